"""``{samskab-metode} ID`` on a tiny site (tests/roots/test-metode): one method card as a page."""
from __future__ import annotations

import io
import zipfile

import pytest
from site_html import cell_text, visible_text
from tiny_sites import TinySite

from samskab_lib.handbook.methods import LISTS, card_facts, load_method, method_ids
from samskab_lib.texts import language_scope, text


@pytest.fixture(scope="module")
def danish(tiny_site) -> TinySite:
    return tiny_site("metode")


@pytest.fixture(scope="module")
def norwegian(tiny_site) -> TinySite:
    return tiny_site("metode", "nb")


def _headings(site: TinySite) -> list[str]:
    return [visible_text(h2).rstrip(" #") for h2 in site.body().find_all("h2")]


def _expected_headings() -> list[str]:
    return [text("methods.fields.purpose"), *(text(f"methods.fields.{key}") for key in LISTS),
            text("methods.fields.case"), text("methods.fields.template"), "Målgruppeanalyse",
            "Kilder"]


def test_the_card_page_builds_without_a_warning(danish: TinySite):
    assert danish.warnings_besides("fejl.md") == []


def test_the_card_shows_its_summary_facts_and_sections_in_order(danish: TinySite):
    method = load_method("byvandring")
    body = danish.body()
    assert visible_text(body.select_one("p.samskab-metode-resume")) == method.summary
    facts = body.select_one("table.samskab-metode-fakta")
    assert visible_text(facts.caption).rstrip(" #") == text("methods.time_note")
    rows = [[cell_text(cell) for cell in row.find_all("td")] for row in facts.find_all("tr")]
    assert rows == [list(fact) for fact in card_facts(method)]
    assert _headings(danish) == _expected_headings()
    steps = body.select_one("section#metode-byvandring-how ol")
    assert [visible_text(li) for li in steps.find_all("li")] == list(method.how)


def test_the_card_links_its_worksheets_and_the_site_holds_them(danish: TinySite):
    links = danish.body().select("p.samskab-metode-hent a.download")
    assert [visible_text(a) for a in links] == [text("methods.download"),
                                                text("methods.download_pdf")]
    word, pdf = (danish.outdir / a["href"] for a in links)
    assert word.name == "byvandring-arbejdsark.docx" and pdf.name == "byvandring-arbejdsark.pdf"
    with zipfile.ZipFile(io.BytesIO(word.read_bytes())) as document:
        assert "Byvandring" in document.read("word/document.xml").decode("utf-8")
    assert pdf.read_bytes().startswith(b"%PDF")


def test_the_card_cites_its_case_and_links_its_template_section(danish: TinySite):
    body = danish.body()
    case = body.select_one("section#metode-byvandring-case")
    citation = case.select_one("span.bibtex-citation a")
    assert visible_text(citation) == "Bengtsson, 2016"
    assert body.select_one(f"[id='{citation['href'][1:]}']") is not None
    template = body.select_one("section#metode-byvandring-template p a")
    assert template["href"] == "#skabelon-maalgruppeanalyse"
    assert visible_text(template) == text("methods.template_link",
                                          title=text("templates.maalgruppeanalyse.title"))


def test_an_unknown_method_is_named_in_danish_with_the_known_ones(danish: TinySite):
    assert danish.warnings_from("fejl.md") == [
        "6: ERROR: " + text("directives.unknown_method", name="byvandringer",
                            known=", ".join(method_ids()))]
    assert "Metodekortet »byvandringer« findes ikke." in danish.warnings_from("fejl.md")[0]


def test_the_norwegian_card_has_norwegian_words_data_and_worksheet(norwegian: TinySite):
    assert norwegian.warnings_besides("fejl.md") == []
    with language_scope("nb"):
        method = load_method("byvandring")
        expected = _expected_headings()
        download = text("methods.download")
    body = norwegian.body()
    assert _headings(norwegian) == expected and "Formål" in expected
    assert visible_text(body.select_one("p.samskab-metode-resume")) == method.summary
    word = body.select_one("p.samskab-metode-hent a.download")
    assert visible_text(word) == download
    with zipfile.ZipFile(io.BytesIO((norwegian.outdir / word["href"]).read_bytes())) as document:
        assert method.summary.split()[0] in document.read("word/document.xml").decode("utf-8")
    assert (norwegian.srcdir / "book/_generated/nb/metoder/byvandring-arbejdsark.docx").is_file()


def test_an_unknown_method_is_named_in_bokmaal_in_the_norwegian_edition(norwegian: TinySite):
    (message,) = norwegian.warnings_from("fejl.md")
    assert message.startswith("6: ERROR: Metodekortet «byvandringer» finnes ikke. Kjente metodekort:")
