"""The units of work of a parallel run (tests/parallel.py): what shares a costly fixture stays
on one worker."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

import pytest
from parallel import work_group

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class FakeItem:
    """The parts of a collected test that ``work_group`` reads."""

    module: str
    fixturenames: list[str] = field(default_factory=list)
    params: dict[str, object] | None = None
    markers: tuple[str, ...] = ()

    @property
    def path(self) -> Path:
        return ROOT / self.module

    @property
    def config(self) -> SimpleNamespace:
        return SimpleNamespace(rootpath=ROOT)

    @property
    def callspec(self) -> SimpleNamespace:
        if self.params is None:
            raise AttributeError("callspec")
        return SimpleNamespace(params=self.params)

    def get_closest_marker(self, name: str) -> pytest.MarkDecorator | None:
        return getattr(pytest.mark, name) if name in self.markers else None


def test_every_test_of_a_page_loaded_by_the_browser_shares_one_group():
    every_page = FakeItem("tests/browser/test_every_page.py", ["seen_page", "path", "width"],
                          {"path": "nb/book/intro.html", "width": 320}, ("browser",))
    readers = FakeItem("tests/browser/test_readers.py", ["read", "seen_page", "path"],
                       {"path": "nb/book/intro.html"}, ("browser",))
    other = FakeItem("tests/browser/test_readers.py", ["read", "seen_page", "path"],
                     {"path": "book/intro.html"}, ("browser",))
    assert work_group(every_page) == work_group(readers) == "page:nb/book/intro.html"
    assert work_group(other) == "page:book/intro.html"


def test_every_test_of_a_notebook_in_its_own_kernel_shares_one_group():
    path = "book/notesboeger/kom-i-gang.ipynb"
    learner = FakeItem("tests/test_notebooks_learner.py", ["learner_run", "path"],
                       {"path": path, "cell_id": "a"}, ("notebook",))
    change = FakeItem("tests/test_notebook_changes.py", ["tmp_path", "path"],
                      {"path": path, "change": {}}, ("notebook",))
    assert work_group(learner) == work_group(change) == f"notebook:{path}"


def test_tests_of_the_one_kernel_without_the_library_stay_with_their_module():
    hint = FakeItem("tests/test_notebook_install_hint.py", ["kernel_without_library", "path"],
                    {"path": "book/notesboeger/kom-i-gang.ipynb"}, ("notebook",))
    assert work_group(hint) == "module:tests/test_notebook_install_hint.py"


def test_a_notebook_read_without_a_kernel_and_other_tests_stay_with_their_module():
    read_only = FakeItem("tests/test_notebooks_learner.py", ["path"],
                         {"path": "book/notesboeger/kom-i-gang.ipynb"})
    plain = FakeItem("tests/test_html_valid.py", ["vnu_errors"])
    assert work_group(read_only) == "module:tests/test_notebooks_learner.py"
    assert work_group(plain) == "module:tests/test_html_valid.py"


GROUPED_TESTS = '''
import os
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def seen_page():
    return None


@pytest.mark.parametrize("path", ["a.html", "b.html", "c.html", "d.html"])
@pytest.mark.parametrize("check", range(4))
def test_page(seen_page, path, check):
    with open(Path(__file__).with_name("workers.txt"), "a") as seen:
        seen.write(f"{path} {os.environ['PYTEST_XDIST_WORKER']}\\n")
'''


def test_a_parallel_run_keeps_each_group_on_one_worker(tmp_path: Path):
    """The installed pytest and pytest-xdist honour the groups tests/conftest.py sets (pytest
    9.2 with xdist 3.8 did not: every test went wherever a worker was free)."""
    (tmp_path / "test_grouped.py").write_text(GROUPED_TESTS, encoding="utf-8")
    (tmp_path / "conftest.py").write_text(
        (ROOT / "tests" / "conftest.py").read_text(encoding="utf-8"), encoding="utf-8")
    shutil.copy(ROOT / "tests" / "parallel.py", tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-n", "2",
         "--dist", "loadgroup", "--rootdir", str(tmp_path), str(tmp_path)],
        cwd=tmp_path, capture_output=True, text=True, check=False,
        env={**os.environ, "PYTHONPATH": str(tmp_path)})
    assert result.returncode == 0, result.stdout + result.stderr
    workers: dict[str, set[str]] = {}
    for line in (tmp_path / "workers.txt").read_text(encoding="utf-8").splitlines():
        page, worker = line.split()
        workers.setdefault(page, set()).add(worker)
    assert sorted(workers) == ["a.html", "b.html", "c.html", "d.html"]
    assert all(len(seen_on) == 1 for seen_on in workers.values()), workers
    assert len(set().union(*workers.values())) == 2, "both workers had work"
