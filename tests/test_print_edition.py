"""The book's print edition as a reader and a screen reader meet it: the PDF in the built site.

Checked with pypdf (veraPDF, a real PDF/UA validator, has no package on the registries this
project installs from): A4 pages, the document language, a structure tree with headings,
tables and figures with alt text, a bookmark and the title of every chapter, working "se side N"
references, text only inside the page, and links to the PDF from every page.
"""
from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest
import yaml
from pdf_checks import (
    A4,
    bookmark_titles,
    figures_without_alt,
    normal,
    open_pdf,
    page_sizes,
    read_pages,
    see_page_numbers,
    structure_types,
)

from samskab_book.print_edition import PDF_NAME
from samskab_lib.texts import text

ROOT = Path(__file__).resolve().parent.parent
# The book has about 220 pages; far fewer means chapters went missing, far more a broken layout.
PAGES = range(150, 330)


def toc_pages() -> list[str]:
    """Every page named in ``_toc.yml``, in order."""
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    pages = [toc["root"]]

    def walk(entries: list[dict]) -> None:
        for entry in entries:
            pages.append(entry["file"])
            walk(entry.get("sections", []))

    for part in toc["parts"]:
        walk(part["chapters"])
    return pages


def chapter_title(site: Path, docname: str) -> str:
    """The page's first heading as the built page shows it."""
    page = unescape((site / f"{docname}.html").read_text(encoding="utf-8"))
    article = page[page.index('<article class="bd-article"'):]
    heading = re.search(r"<h1>(.*?)</h1>", article, re.S)
    assert heading, docname
    return normal(re.sub(r"<a class=\"headerlink\".*?</a>|<[^>]+>", "", heading.group(1)))


@pytest.fixture(scope="module")
def book(site: Path):
    path = site / PDF_NAME
    assert path.is_file(), "make book writes the print edition into the site"
    return open_pdf(path)


@pytest.fixture(scope="module")
def pages(book) -> tuple[list[str], list[tuple[int, str]]]:
    return read_pages(book)


@pytest.fixture(scope="module")
def texts(pages) -> list[str]:
    return pages[0]


def test_every_page_is_a4_and_the_count_is_in_range(book):
    assert page_sizes(book) == {A4}
    assert len(book.pages) in PAGES


def test_document_language_is_danish_and_title_set(book):
    root = book.trailer["/Root"]
    assert str(root["/Lang"]).lower().startswith("da")
    assert book.metadata.title == "Samskabelse i praksis"


def test_structure_tree_has_headings_lists_tables_and_figures_with_alt(book):
    types = structure_types(book)
    for kind in ("H1", "H2", "H3", "Table", "TH", "TD", "L", "LI", "Figure"):
        assert types[kind] > 0, kind
    assert figures_without_alt(book) == 0


def test_every_chapter_has_a_bookmark_and_its_title_in_the_text(site, book, texts):
    bookmarks = {normal(title) for title in bookmark_titles(book)}
    whole = " ".join(texts)
    missing_marks = [d for d in toc_pages() if chapter_title(site, d) not in bookmarks]
    missing_titles = [d for d in toc_pages() if chapter_title(site, d) not in whole]
    assert missing_marks == [] and missing_titles == []


def test_title_page_names_licence_and_date_and_contents_give_page_numbers(book, texts):
    assert "Samskabelse i praksis" in texts[0]
    assert "CC BY 4.0" in texts[0] and "MIT" in texts[0]
    assert re.search(r"Trykudgave, dannet \d{1,2}\. \w+ 20\d\d", texts[0])
    contents = texts[1]
    assert contents.startswith(text("print.contents"))
    assert re.search(r"Hvad er samskabelse\?\s*\.+\s*\d+", contents)


def test_cross_references_name_the_page_of_their_target(site, texts):
    numbers = see_page_numbers(texts)
    assert len(numbers) > 100
    assert all(1 <= n <= len(texts) for n in numbers)
    # The start page's first way in leads to the overview of the five steps.
    first = re.search(r"Planlæg en proces .*?\(se side (\d+)\)", texts[3])
    assert first, texts[3][:300]
    assert chapter_title(site, "book/trin/oversigt") in texts[int(first.group(1)) - 1]


def test_no_code_cells_but_notebook_output(book, texts):
    whole = " ".join(texts)
    # Notebooks' code cells import explain_errors and wrap a learner's code in it; no prose does.
    assert "samskab_lib.learner" not in whole and "with explain_errors" not in whole
    # The Hjørring notebook's output table, and its chart as a picture right after the sentence
    # the notebook prints above it (on the same page or the next, as the layout falls).
    assert any("Sparet energi og CO2 pr. år" in words for words in texts)
    notebook = next(i for i, words in enumerate(texts) if "Sparet energi og CO2 pr. år" in words)
    before = max(i for i, words in enumerate(texts[:notebook + 1])
                 if "Med disse antagelser sparer ét hus" in words)
    assert book.pages[before].images or book.pages[before + 1].images


def test_no_text_outside_the_page(pages):
    assert pages[1] == []


def test_download_menu_of_every_page_and_the_start_page_link_the_pdf(site):
    for docname in toc_pages():
        page = (site / f"{docname}.html").read_text(encoding="utf-8")
        depth = docname.count("/")
        assert f'href="{"../" * depth}{PDF_NAME}"' in page, docname
    start = unescape((site / "book" / "intro.html").read_text(encoding="utf-8"))
    assert text("print.start_page_link") in start
