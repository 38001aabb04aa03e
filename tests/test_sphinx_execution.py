"""The build reads each notebook executing in the background as soon as it is done, and not before."""
from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest

from samskab_book.execution import (
    DONE,
    MARKER,
    read_executing_notebooks_last,
    wait_for_background_execution,
)


def _app(tmp_path: Path) -> SimpleNamespace:
    suffixes = {"case": ".ipynb", "regning": ".md"}
    env = SimpleNamespace(
        doc2path=lambda docname: tmp_path / "book" / f"{docname}{suffixes.get(docname, '.md')}")
    return SimpleNamespace(srcdir=str(tmp_path), doctreedir=str(tmp_path / "_build" / ".doctrees"),
                           env=env)


def _marker(tmp_path: Path, pid: int, *notebooks: str) -> None:
    marker = tmp_path / "_build" / MARKER
    marker.parent.mkdir(parents=True, exist_ok=True)
    marker.write_text("\n".join([str(pid), *notebooks]))
    (tmp_path / "_build" / DONE).write_text("")


@pytest.fixture
def executing() -> Iterator[subprocess.Popen]:
    """A process standing in for the background execution (it runs for 5 s unless killed)."""
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(5)"])
    yield sleeper
    sleeper.kill()
    sleeper.wait()


def _seconds_to_read(tmp_path: Path, docname: str) -> float:
    start = time.monotonic()
    wait_for_background_execution(_app(tmp_path), docname, ["{}"])
    return time.monotonic() - start


def test_a_notebook_is_read_as_soon_as_it_is_done(tmp_path: Path, executing):
    _marker(tmp_path, executing.pid, "book/case.ipynb", "book/regning.md")
    finish = threading.Timer(0.5, lambda: (tmp_path / "_build" / DONE).write_text("book/case.ipynb\n"))
    finish.start()
    wait_for_background_execution(_app(tmp_path), "case", ["{}"])
    assert "book/case.ipynb" in (tmp_path / "_build" / DONE).read_text(), "not before it is done"
    assert executing.poll() is None, "not only when the whole process has ended"


def test_a_notebook_waits_while_its_process_runs(tmp_path: Path):
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(1)"])
    _marker(tmp_path, sleeper.pid, "book/case.ipynb")
    wait_for_background_execution(_app(tmp_path), "case", ["{}"])
    assert sleeper.poll() is not None, "it waited until the process had ended"


def test_pages_and_cached_notebooks_are_read_at_once(tmp_path: Path, executing):
    _marker(tmp_path, executing.pid, "book/regning.md")
    wait_for_background_execution(_app(tmp_path), "kapitel", ["# Kapitel\n"])
    wait_for_background_execution(_app(tmp_path), "case", ["{}"])
    assert executing.poll() is None, "neither waited for the executing process"


def test_a_marker_left_by_a_dead_process_does_not_block(tmp_path: Path):
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True, check=True)
    _marker(tmp_path, int(finished.stdout), "book/case.ipynb")
    assert _seconds_to_read(tmp_path, "case") < 0.5


def test_executing_notebooks_are_read_last_in_the_order_they_run(tmp_path: Path, executing):
    _marker(tmp_path, executing.pid, "book/regning.md", "book/case.ipynb")
    docnames = ["case", "intro", "regning", "trin"]
    read_executing_notebooks_last(_app(tmp_path), None, docnames)
    assert docnames == ["intro", "trin", "regning", "case"]


def test_without_background_execution_the_order_stays(tmp_path: Path):
    docnames = ["case", "intro", "regning", "trin"]
    read_executing_notebooks_last(_app(tmp_path), None, docnames)
    assert docnames == ["case", "intro", "regning", "trin"]
