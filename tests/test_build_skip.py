"""`make book` with nothing changed stops at once; any change to an input builds again."""
from __future__ import annotations

import importlib
import os
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def build_book():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        yield importlib.import_module("build_book")
    finally:
        sys.path.remove(str(ROOT / "scripts"))


@pytest.fixture
def built(tmp_path: Path, build_book) -> Path:
    """A small project as a successful build leaves it."""
    for name, content in {"_config.yml": "title: Bog\n", "_toc.yml": "root: book/intro\n",
                          "book/intro.md": "# Forside\n", "samskab_lib/energy.py": "FACTOR = 2.66\n",
                          "templates/samarbejdsplan.yml": "id: samarbejdsplan\n",
                          "tests/test_x.py": "", "_build/html/index.html": "<html></html>",
                          "_build/html/book/intro.html": "<html></html>",
                          "_build/.jupyter_cache/global.db": "", "book/_generated/a.docx": ""}.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    build_book.record(build_book.inputs_fingerprint(tmp_path), tmp_path)
    return tmp_path


def _edit(path: Path, content: str) -> None:
    path.write_text(content, encoding="utf-8")
    later = time.time() + 5  # a clearly later time, whatever the file system's resolution
    os.utime(path, (later, later))


def test_nothing_changed_needs_no_build(built: Path, build_book):
    assert build_book.unchanged(built)


def test_no_record_means_a_build(tmp_path: Path, build_book):
    (tmp_path / "_build" / "html").mkdir(parents=True)
    (tmp_path / "_build" / "html" / "index.html").write_text("<html></html>")
    assert not build_book.unchanged(tmp_path)


@pytest.mark.parametrize("name", ["book/intro.md", "samskab_lib/energy.py",
                                  "templates/samarbejdsplan.yml", "_config.yml"])
def test_a_changed_input_builds_again(built: Path, build_book, name: str):
    _edit(built / name, "ændret\n")
    assert not build_book.unchanged(built)


def test_a_new_page_builds_again(built: Path, build_book):
    (built / "book" / "ny.md").write_text("# Ny\n", encoding="utf-8")
    assert not build_book.unchanged(built)


def test_a_deleted_built_page_builds_again(built: Path, build_book):
    (built / "_build" / "html" / "book" / "intro.html").unlink()
    assert not build_book.unchanged(built)


def test_an_edited_built_page_builds_again(built: Path, build_book):
    _edit(built / "_build" / "html" / "book" / "intro.html", "<html>rettet i hånden</html>")
    assert not build_book.unchanged(built)


def test_a_missing_site_builds_again(built: Path, build_book):
    (built / "_build" / "html" / "index.html").unlink()
    assert not build_book.unchanged(built)


@pytest.mark.parametrize("name", ["tests/test_x.py", "_build/.jupyter_cache/global.db",
                                  "book/_generated/a.docx"])
def test_files_that_are_not_inputs_do_not_build(built: Path, build_book, name: str):
    _edit(built / name, "ændret\n")
    assert build_book.unchanged(built)
