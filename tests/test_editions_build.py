"""The built book has both editions: Danish at the root, Norwegian bokmål under nb/, each a
whole site in its language with its own build files, and a build with nothing changed is a
no-op for both."""
from __future__ import annotations

import re
from pathlib import Path

import build_book
import editions
import pytest
from docx import Document
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = "samarbejdsplan-tom.docx"


def _html_lang(page: Path) -> str:
    found = re.search(r'<html[^>]*\slang="([^"]+)"', page.read_text(encoding="utf-8"))
    assert found, f"{page} has no lang"
    return found.group(1)


@pytest.fixture(scope="module")
def norwegian(site: Path) -> Path:
    edition = site / "nb"
    if not (edition / "index.html").is_file():
        pytest.fail("The Norwegian edition is not built: run `make book`.")
    return edition


def test_the_norwegian_edition_is_a_whole_site_of_its_own(site: Path, norwegian: Path):
    for part in ("book/intro.html", "_static/samskab.css", "search.html",
                 "samskabelse-i-praksis.pdf"):
        assert (site / part).is_file() and (norwegian / part).is_file(), part
    assert _html_lang(site / "book" / "intro.html") == "da"
    assert _html_lang(norwegian / "book" / "intro.html") == "nb"


def _first_heading(path: Path) -> str:
    return next(p.text for p in Document(str(path)).paragraphs if p.text.strip())


def test_the_danish_site_keeps_its_danish_word_files_after_the_norwegian_build(site: Path):
    downloads = list((site / "_downloads").glob(f"*/{TEMPLATE}"))
    assert downloads and all("samarbejdet" in _first_heading(path) for path in downloads)


def test_each_edition_has_its_own_notebook_cache_doctrees_and_executed_notebooks(site: Path):
    for language in editions.EDITIONS:
        folder = editions.build_folder(ROOT, language)
        for part in (".jupyter_cache", ".doctrees", "jupyter_execute"):
            assert (folder / part).is_dir(), f"{language}: {part}"
    assert not (site / "jupyter_execute").exists(), "the Norwegian build wrote into the Danish site"


def test_the_print_editions_are_set_in_their_languages(site: Path, norwegian: Path):
    for edition, language in ((site, "da"), (norwegian, "nb")):
        reader = PdfReader(edition / "samskabelse-i-praksis.pdf")
        assert str(reader.trailer["/Root"]["/Lang"]).lower().startswith(language)


def test_a_build_with_nothing_changed_is_a_no_op_for_both_editions(site: Path, norwegian: Path):
    for language in editions.EDITIONS:
        assert build_book.unchanged(ROOT, language), f"{language}: the last build left it stale"
