"""The units of work of a parallel run (tests/parallel.py): what shares a costly fixture stays
on one worker."""
from __future__ import annotations

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
