"""The build waits for notebooks executing in the background, and only while they run."""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

from samskab_book.execution import MARKER, wait_for_background_execution


def _app(tmp_path: Path, suffix: str) -> SimpleNamespace:
    env = SimpleNamespace(doc2path=lambda docname: tmp_path / f"{docname}{suffix}")
    return SimpleNamespace(srcdir=str(tmp_path), env=env)


def _marker(tmp_path: Path, pid: int) -> Path:
    marker = tmp_path / MARKER
    marker.parent.mkdir(parents=True, exist_ok=True)
    marker.write_text(str(pid))
    return marker


def test_reading_a_notebook_waits_until_the_executing_process_ends(tmp_path: Path):
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(1)"])
    _marker(tmp_path, sleeper.pid)
    start = time.monotonic()
    wait_for_background_execution(_app(tmp_path, ".ipynb"), "bog", ["{}"])
    sleeper.wait()
    assert time.monotonic() - start >= 0.8


def test_a_page_without_code_is_read_at_once(tmp_path: Path):
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(5)"])
    try:
        _marker(tmp_path, sleeper.pid)
        start = time.monotonic()
        wait_for_background_execution(_app(tmp_path, ".md"), "kapitel", ["# Kapitel\n"])
        assert time.monotonic() - start < 0.5
    finally:
        sleeper.kill()
        sleeper.wait()


def test_a_marker_left_by_a_dead_process_does_not_block(tmp_path: Path):
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True, check=True)
    _marker(tmp_path, int(finished.stdout))
    start = time.monotonic()
    wait_for_background_execution(_app(tmp_path, ".ipynb"), "bog", ["{}"])
    assert time.monotonic() - start < 0.5
