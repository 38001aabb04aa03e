"""What a reader sees from the book's extension: Danish sources, apostrophes, the gallery, the footer."""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from docutils.utils.smartquotes import educateQuotes
from pybtex.database import Entry, Person

from samskab_book.citations import author_year_label
from samskab_book.gallery import first_page_svg
from samskab_book.typography import DANISH_QUOTES
from samskab_lib.templates.definitions import load_template, template_ids


def _entry(*authors: str, year: str | None = "2017", **fields: str) -> Entry:
    entry = Entry("misc", fields={**({"year": year} if year else {}), **fields})
    for author in authors:
        entry.add_person(Person(author), "author")
    return entry


def test_labels_read_as_the_text_cites_them():
    assert author_year_label(_entry("Romsaas, Anne", "Sivertsen, Therese")) == "Romsaas og Sivertsen, 2017"
    assert author_year_label(_entry("A, B", "C, D", "E, F")) == "A m.fl., 2017"
    assert author_year_label(_entry("{Hjørring Kommune}", year="2018")) == "Hjørring Kommune, 2018"
    assert author_year_label(_entry("{Socialstyrelsen}", year=None)) == "Socialstyrelsen, u.å."


def test_a_genitive_apostrophe_after_an_abbreviation_stays_an_apostrophe():
    import docutils.utils.smartquotes as smartquotes

    before = smartquotes.smartchars.quotes["da"]
    smartquotes.smartchars.quotes["da"] = DANISH_QUOTES  # what the build sets for Danish
    try:
        genitive = educateQuotes("på KS' seminar og i Bolius' tal", language="da")
        quoted = educateQuotes('et "godt" råd', language="da")
    finally:
        smartquotes.smartchars.quotes["da"] = before
    assert genitive == "på KS’ seminar og i Bolius’ tal"
    assert quoted == "et »godt« råd"


def test_first_page_picture_shows_the_template_title_and_its_first_heading():
    template = load_template("samarbejdsplan")
    svg = first_page_svg(template)
    assert svg.startswith("<svg") and template.title in svg and template.fields[0].label in svg


def test_bibliography_is_danish_with_author_year_labels(site: Path):
    page = (site / "book" / "kildeliste.html").read_text(encoding="utf-8")
    labels = re.findall(r'<span class="label">\[?<?[^>]*>?([^<\]]+)', page)
    assert "Romsaas og Sivertsen, 2017" in page and "Technical Report" not in page
    assert not any(re.fullmatch(r"\d+", label) for label in labels)
    assert "Anne Romsaas og Therese Sivertsen" in page and "Romsaas and" not in page
    assert "Hjørring Kommune casearbejde" in page  # titles as written, not "hjørring kommune"
    assert '<a class="reference external" href="https://regjeringen.no">regjeringen.no</a>' in page


def test_footer_has_a_danish_date_and_the_author_line(site: Path):
    page = (site / "book" / "intro.html").read_text(encoding="utf-8")
    assert re.search(r"Sidst opdateret \d{1,2}\. (januar|februar|marts|april|maj|juni|juli|august|"
                     r"september|oktober|november|december) \d{4}\.", page)
    assert "Ved Forfatterne" not in page and "Forfatterne bag Samskabelse i praksis" in page
    norwegian = (site / "nb" / "book" / "intro.html").read_text(encoding="utf-8")
    assert "Forfatterne bak Samskabelse i praksis" in norwegian and " bag " not in norwegian


def test_footer_names_each_licence_once(site: Path):
    page = (site / "book" / "intro.html").read_text(encoding="utf-8")
    footer = re.sub(r"<[^>]+>", " ", page[page.index('<footer class="bd-footer-content'):])
    assert footer.count("CC BY 4.0") == 1 and footer.count("MIT") == 1


def test_zip_of_all_templates_holds_every_blank_word_file(site: Path):
    archives = list((site / "_downloads").rglob("alle-skabeloner.zip"))
    assert len(archives) == 1
    names = zipfile.ZipFile(io.BytesIO(archives[0].read_bytes())).namelist()
    assert sorted(names) == sorted(f"{t}-tom.docx" for t in template_ids())
