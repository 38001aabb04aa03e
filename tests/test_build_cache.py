"""The build cannot reuse stale notebook outputs: a library change forces re-execution."""
from __future__ import annotations

import importlib.util
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _stale_script():
    spec = importlib.util.spec_from_file_location("stale_notebooks", ROOT / "scripts" / "stale_notebooks.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _project(tmp_path: Path) -> Path:
    (tmp_path / "samskab_lib").mkdir()
    (tmp_path / "samskab_lib" / "evaluation.py").write_text("FACTOR = 2.691\n")
    (tmp_path / "cases").mkdir()
    (tmp_path / "templates").mkdir()
    (tmp_path / "book").mkdir()
    (tmp_path / "book" / "case.ipynb").write_text("{}")
    (tmp_path / "_build" / ".jupyter_cache").mkdir(parents=True)
    return tmp_path


def test_unchanged_library_keeps_the_execution_cache(tmp_path: Path):
    stale, project = _stale_script(), _project(tmp_path)
    stale.main(project)
    (project / "_build" / ".jupyter_cache").mkdir()
    assert stale.main(project) is False
    assert (project / "_build" / ".jupyter_cache").is_dir()


def test_changed_library_empties_the_cache_and_marks_notebooks_changed(tmp_path: Path):
    stale, project = _stale_script(), _project(tmp_path)
    stale.main(project)
    (project / "_build" / ".jupyter_cache").mkdir()
    notebook = project / "book" / "case.ipynb"
    os.utime(notebook, (1_000_000, 1_000_000))
    (project / "samskab_lib" / "evaluation.py").write_text("FACTOR = 2.7\n")
    assert stale.main(project) is True
    assert not (project / "_build" / ".jupyter_cache").exists()
    assert notebook.stat().st_mtime > 1_000_000


def test_changed_case_data_counts_as_a_library_change(tmp_path: Path):
    stale, project = _stale_script(), _project(tmp_path)
    stale.main(project)
    (project / "cases" / "case.yml").write_text("navn: Hjørring\n")
    assert stale.main(project) is True


def test_changed_bibliography_marks_pages_changed_but_keeps_the_cache(tmp_path: Path):
    stale, project = _stale_script(), _project(tmp_path)
    bib = project / "book" / "references.bib"
    bib.write_text("@misc{ks2017, title={Ti nøgler}}\n")
    assert stale.reread_inputs_changed(project) is False  # the first build has nothing to compare
    page = project / "book" / "case.ipynb"
    os.utime(page, (1_000_000, 1_000_000))
    assert stale.reread_inputs_changed(project) is False
    assert page.stat().st_mtime == 1_000_000
    bib.write_text("@misc{ks2017, title={18 nøgler}}\n")
    assert stale.reread_inputs_changed(project) is True
    assert page.stat().st_mtime > 1_000_000
    assert (project / "_build" / ".jupyter_cache").is_dir()


def test_changed_extension_marks_pages_changed_but_keeps_the_cache(tmp_path: Path):
    stale, project = _stale_script(), _project(tmp_path)
    code = project / "book" / "_ext" / "samskab_book" / "methods.py"
    code.parent.mkdir(parents=True)
    code.write_text("LINK = 'book/skabeloner'\n")
    assert stale.reread_inputs_changed(project) is False
    page = project / "book" / "case.ipynb"
    os.utime(page, (1_000_000, 1_000_000))
    (code.parent / "__pycache__").mkdir()
    (code.parent / "__pycache__" / "methods.cpython-311.pyc").write_bytes(b"\0")
    assert stale.reread_inputs_changed(project) is False, "compiled files are not the extension"
    code.write_text("LINK = 'skabelon-maalgruppeanalyse'\n")
    assert stale.reread_inputs_changed(project) is True
    assert page.stat().st_mtime > 1_000_000
    assert (project / "_build" / ".jupyter_cache").is_dir()
