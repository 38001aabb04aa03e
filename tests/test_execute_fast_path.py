"""`make book` without changed notebooks does not open the execution cache at all."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def script(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """scripts/execute_notebooks.py working on a small project in tmp_path."""
    spec = importlib.util.spec_from_file_location("execute_notebooks",
                                                  ROOT / "scripts" / "execute_notebooks.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    (tmp_path / "book").mkdir()
    (tmp_path / "book" / "case.ipynb").write_text('{"cells": []}')
    (tmp_path / "_build" / ".jupyter_cache").mkdir(parents=True)
    (tmp_path / "_build" / ".library-hash").write_text("abc")
    for name, path in (("ROOT", tmp_path), ("CACHE", tmp_path / "_build" / ".jupyter_cache"),
                       ("ALL_CACHED", tmp_path / "_build" / ".notebooks-cached"),
                       ("LIBRARY_STAMP", tmp_path / "_build" / ".library-hash")):
        monkeypatch.setattr(module, name, path)
    # Any use of the execution cache would now fail loudly.
    monkeypatch.setitem(sys.modules, "jupyter_cache", None)
    return module


def test_unchanged_notebooks_stop_before_the_cache_is_opened(script):
    script.ALL_CACHED.write_text(script.notebooks_fingerprint(script.notebooks()))
    assert script.main([]) == 0


def test_a_changed_notebook_is_checked_against_the_cache(script):
    script.ALL_CACHED.write_text(script.notebooks_fingerprint(script.notebooks()))
    (script.ROOT / "book" / "case.ipynb").write_text('{"cells": [], "metadata": {}}')
    with pytest.raises(ImportError):
        script.main([])


def test_a_changed_library_is_checked_against_the_cache(script):
    script.ALL_CACHED.write_text(script.notebooks_fingerprint(script.notebooks()))
    script.LIBRARY_STAMP.write_text("def")
    with pytest.raises(ImportError):
        script.main([])


def test_the_background_run_names_its_notebooks_biggest_first(script, monkeypatch: pytest.MonkeyPatch):
    (script.ROOT / "book" / "stor.ipynb").write_text('{"cells": [], "metadata": {"x": "' + "x" * 500 + '"}}')
    (script.ROOT / "_build" / ".executed").write_text("book/case.ipynb\n")  # from an earlier run
    monkeypatch.setattr(script, "MARKER", script.ROOT / "_build" / ".executing")
    monkeypatch.setattr(script, "DONE", script.ROOT / "_build" / ".executed")
    monkeypatch.setitem(sys.modules, "jupyter_cache", SimpleNamespace(get_cache=lambda path: None))
    monkeypatch.setattr(script, "_uncached", lambda cache, path: True)
    monkeypatch.setattr(script.subprocess, "Popen", lambda *args, **kwargs: SimpleNamespace(pid=4242))
    assert script.main(["--background"]) == 0
    assert script.MARKER.read_text().split("\n") == ["4242", "book/stor.ipynb", "book/case.ipynb"]
    assert script.DONE.read_text() == ""
