"""``{samskab-skabelongalleri}`` on a tiny site (tests/roots/test-skabelongalleri): one card per
template with a picture of its first page, and one zip of every blank Word file."""
from __future__ import annotations

import zipfile

import pytest
from site_html import visible_text
from tiny_sites import TinySite

from samskab_book.downloads import file_name
from samskab_book.gallery import first_page_svg
from samskab_lib.templates.definitions import load_template, template_ids
from samskab_lib.texts import text


@pytest.fixture(scope="module")
def danish(tiny_site) -> TinySite:
    return tiny_site("skabelongalleri")


def test_the_gallery_builds_without_a_warning(danish: TinySite):
    assert danish.warnings_besides("fejl.md") == []


def test_the_zip_holds_every_blank_word_file(danish: TinySite):
    link = danish.body().select_one("p.samskab-hent-alle a.download")
    assert visible_text(link) == text("site.gallery.all")
    with zipfile.ZipFile(danish.outdir / link["href"]) as archive:
        assert archive.namelist() == [file_name(t, "tom.docx") for t in template_ids()]


def test_every_template_has_a_card_with_picture_title_step_purpose_and_links(danish: TinySite):
    cards = danish.body().select("ul.samskab-galleri > li")
    assert len(cards) == len(template_ids())
    for card, template_id in zip(cards, template_ids(), strict=True):
        template = load_template(template_id)
        picture = card.find("img")
        assert picture["alt"] == text("site.gallery.picture", title=template.title)
        assert (danish.outdir / picture["src"]).read_text(encoding="utf-8") == first_page_svg(template)
        assert visible_text(card.select_one("p.samskab-galleri-titel")) == template.title
        paragraphs = [visible_text(p) for p in card.find_all("p")]
        assert text("site.gallery.step", step=text(f"site.gallery.used_in.{template_id}")) in paragraphs
        assert template.purpose in paragraphs
        word = card.select_one("a.download")
        assert visible_text(word) == text("site.gallery.blank_word", title=template.title)
        assert (danish.outdir / word["href"]).name == file_name(template_id, "tom.docx")
        assert card.select_one("p.samskab-udfyld-link a")["href"] == (
            f"book/udfyld.html?skabelon={template_id}")


def test_a_step_given_to_the_gallery_is_reported_with_the_directive(danish: TinySite):
    # MyST's own (English) message, on the directive's line; the book's strict build fails on it.
    assert danish.warnings_from("fejl.md") == [
        "6: WARNING: 'samskab-skabelongalleri': Has content, but none permitted "
        "[myst.directive_parse]"]
