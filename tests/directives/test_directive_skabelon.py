"""``{samskab-skabelon} ID`` on a tiny site (tests/roots/test-skabelon): a template's purpose,
its four downloads in the site, the link to the browser form and the filled example."""
from __future__ import annotations

import io
import zipfile

import pytest
from site_html import visible_text
from tiny_sites import TinySite

from samskab_book.downloads import VARIANTS, file_name
from samskab_lib.templates.definitions import blank, load_template, template_ids
from samskab_lib.templates.fill import load_example
from samskab_lib.templates.markdown_html import to_markdown
from samskab_lib.texts import language_scope, text

TEMPLATE = "samarbejdsplan"


@pytest.fixture(scope="module")
def danish(tiny_site) -> TinySite:
    return tiny_site("skabelon")


@pytest.fixture(scope="module")
def norwegian(tiny_site) -> TinySite:
    return tiny_site("skabelon", "nb")


def _downloads(site: TinySite):
    return site.body().select("section#samarbejdsplan a.download")


def test_the_template_builds_without_a_warning(danish: TinySite):
    assert danish.warnings_besides("fejl.md") == []


def test_the_template_shows_its_purpose_and_links_the_browser_form(danish: TinySite):
    template = load_template(TEMPLATE)
    section = danish.body().select_one("section#samarbejdsplan")
    assert visible_text(section.select_one("p.samskab-skabelon-formaal")) == template.purpose
    form = section.select_one("p.samskab-udfyld-link a")
    assert form["href"] == "book/udfyld.html?skabelon=samarbejdsplan"
    assert visible_text(form) == text("template_sphinx.fill_in_browser", title=template.title)


def test_the_four_downloads_are_named_in_danish_and_hold_the_librarys_files(danish: TinySite):
    title = load_template(TEMPLATE).title
    links = _downloads(danish)
    assert [visible_text(a) for a in links] == [
        text(f"template_sphinx.{key}", title=title) for _variant, key in VARIANTS]
    files = [danish.outdir / a["href"] for a in links]
    assert [f.name for f in files] == [file_name(TEMPLATE, variant) for variant, _ in VARIANTS]
    blank_word, blank_md, filled_word, filled_md = files
    assert blank_md.read_text(encoding="utf-8") == to_markdown(blank(TEMPLATE))
    assert filled_md.read_text(encoding="utf-8") == to_markdown(load_example(TEMPLATE))
    for word in (blank_word, filled_word):
        with zipfile.ZipFile(io.BytesIO(word.read_bytes())) as document:
            assert title in document.read("word/document.xml").decode("utf-8")


def test_the_filled_example_folds_out_under_a_danish_summary(danish: TinySite):
    title = load_template(TEMPLATE).title
    example = danish.body().select_one("details.samskab-eksempel")
    assert visible_text(example.summary) == text("template_sphinx.example", title=title)
    assert visible_text(example.h3) == title
    assert "Skrot oliefyr – Hjørring Kommune" in visible_text(example)


def test_an_unknown_template_is_named_in_danish_with_the_known_ones(danish: TinySite):
    assert danish.warnings_from("fejl.md") == [
        "6: ERROR: " + text("directives.unknown_template", name="samarbejdsaftale",
                            known=", ".join(template_ids()))]


def test_the_norwegian_template_links_its_own_bokmaal_files(norwegian: TinySite):
    assert norwegian.warnings_besides("fejl.md") == []
    with language_scope("nb"):
        title = load_template(TEMPLATE).title
        labels = [text(f"template_sphinx.{key}", title=title) for _variant, key in VARIANTS]
        blank_md = to_markdown(blank(TEMPLATE))
    links = _downloads(norwegian)
    assert [visible_text(a) for a in links] == labels
    assert (norwegian.outdir / links[1]["href"]).read_text(encoding="utf-8") == blank_md
    assert blank_md != to_markdown(blank(TEMPLATE))  # the Danish file would not do
    assert norwegian.warnings_from("fejl.md")[0].startswith(
        "6: ERROR: Malen «samarbejdsaftale» finnes ikke.")
