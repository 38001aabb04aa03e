"""A page is read again exactly when what it is made from changed, and a notebook executed again
exactly when what it reads changed: the library, cases and templates (``samskab_inputs`` and
the execution cache's key), the bibliography and the book's extension (``samskab_inputs``)."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from samskab_book.files import write_if_changed
from samskab_book.freshness import book_inputs_hash, notebook_inputs_hash

ROOT = Path(__file__).resolve().parent.parent
# A notebook that prints a library text and a number drawn when it runs (so a page rendered
# from the cache shows the number of the run that cached it).
NOTEBOOK = {
    "cells": [{"cell_type": "markdown", "id": "titel", "metadata": {}, "source": "# Regning"},
              {"cell_type": "code", "execution_count": None, "id": "tekst", "metadata": {},
               "outputs": [], "source": "import uuid\n"
               "print(open('../samskab_lib/tekst.txt', encoding='utf-8').read(), uuid.uuid4())"}],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python",
                                "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5,
}
CONF = """\
extensions = ["myst_nb", "samskab_book.freshness", "samskab_book.execution"]
nb_execution_mode = "cache"
nb_execution_cache_path = "_build/.jupyter_cache"
exclude_patterns = ["_build", "samskab_lib", "cases", "templates"]
"""


def _write(path: Path, content: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A tiny book: a chapter, a notebook reading a library text, a bibliography, an extension."""
    for name, content in {"conf.py": CONF,
                          "index.md": "# Forside\n\n```{toctree}\nkapitel\nbog/regning\n```\n",
                          "kapitel.md": "# Kapitel\n\nTekst.\n",
                          "bog/regning.ipynb": json.dumps(NOTEBOOK),
                          "samskab_lib/tekst.txt": "Velkommen", "cases/hjoerring/case.yml": "id: a\n",
                          "templates/plan.yml": "id: plan\n", "book/kilder/cases.bib": "@misc{a}\n",
                          "book/_ext/samskab_book/tables.py": "X = 1\n"}.items():
        _write(tmp_path / name, content)
    return tmp_path


def _build(project: Path) -> list[str]:
    """Build the tiny book strictly, as `make book` builds an edition; the pages Sphinx read.

    Sphinx runs in a process of its own, as in `make book` (a second Sphinx in one process
    finds docutils' and myst-nb's registrations of the first).
    """
    result = subprocess.run(
        [sys.executable, "-m", "sphinx", "-W", "-b", "html", "-d", "_build/doctrees", ".",
         "_build/html"], cwd=project, capture_output=True, text=True, check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT / "book" / "_ext")})
    assert result.returncode == 0, result.stderr
    return sorted(re.findall(r"^reading sources\.\.\. \[\s*\d+%\] (\S+)", result.stdout, re.M))


def _notebook_output(project: Path) -> str:
    page = (project / "_build" / "html" / "bog" / "regning.html").read_text(encoding="utf-8")
    return page.split('<div class="output stream highlight-myst-ansi notranslate">', 1)[1][:400]


def test_every_input_folder_counts_and_compiled_files_do_not(project: Path):
    before = (notebook_inputs_hash(project), book_inputs_hash(project))
    (project / "samskab_lib" / "__pycache__").mkdir()
    (project / "samskab_lib" / "__pycache__" / "texts.cpython-311.pyc").write_bytes(b"\0")
    _write(project / "kapitel.md", "# Kapitel\n\nRettet.\n")
    assert (notebook_inputs_hash(project), book_inputs_hash(project)) == before
    for name in ("samskab_lib/tekst.txt", "cases/hjoerring/case.yml", "templates/plan.yml"):
        _write(project / name, "ændret\n")
        now = (notebook_inputs_hash(project), book_inputs_hash(project))
        assert now[0] != before[0] and now[1] != before[1], name
        before = now


@pytest.mark.parametrize("name", ["book/kilder/cases.bib", "book/_ext/samskab_book/tables.py",
                                  "book/_static/samskab-tables.js",
                                  "locale/nb/LC_MESSAGES/sphinx.po"])
def test_bibliography_extension_site_scripts_and_interface_words_reread_pages(
        project: Path, name: str):
    before = (notebook_inputs_hash(project), book_inputs_hash(project))
    _write(project / name, "ændret\n")
    assert notebook_inputs_hash(project) == before[0]
    assert book_inputs_hash(project) != before[1]


@pytest.mark.notebook
def test_a_changed_library_text_changes_the_built_notebook_page(project: Path):
    assert _build(project) == ["bog/regning", "index", "kapitel"]
    first = _notebook_output(project)
    assert "Velkommen" in first
    assert _build(project) == [], "nothing changed, nothing read"
    _write(project / "samskab_lib" / "tekst.txt", "Farvel")
    assert _build(project) == ["bog/regning", "index", "kapitel"], "every page read again"
    assert "Farvel" in _notebook_output(project)
    caches = list((project / "_build" / ".jupyter_cache").iterdir())
    assert len(caches) == 1, "the cache of the old library is gone"


@pytest.mark.notebook
def test_one_edited_chapter_is_read_again_and_a_changed_extension_executes_nothing(project: Path):
    _build(project)
    executed = _notebook_output(project)
    _write(project / "kapitel.md", "# Kapitel\n\nRettet.\n")
    assert _build(project) == ["kapitel"]
    _write(project / "book" / "_ext" / "samskab_book" / "tables.py", "X = 2\n")
    assert _build(project) == ["bog/regning", "index", "kapitel"]
    assert _notebook_output(project) == executed, "the notebook came from the cache"


def test_a_generated_file_with_the_same_content_is_left_alone(tmp_path: Path):
    path = tmp_path / "_generated" / "fem-trin.alt.txt"
    assert write_if_changed(path, "Fem trin")
    os.utime(path, ns=(1_000_000_000, 1_000_000_000))
    assert not write_if_changed(path, b"Fem trin")
    assert path.stat().st_mtime_ns == 1_000_000_000, "an unchanged file keeps its time"
    assert write_if_changed(path, b"Seks trin")
    assert path.read_text(encoding="utf-8") == "Seks trin"
