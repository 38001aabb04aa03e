"""`make book` without changed notebooks does not open the execution cache at all."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def script(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """scripts/execute_notebooks.py working on a small project in tmp_path."""
    spec = importlib.util.spec_from_file_location("execute_notebooks", ROOT / "scripts" / "execute_notebooks.py")
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
