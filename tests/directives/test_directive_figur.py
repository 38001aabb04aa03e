"""``{samskab-figur} NAME`` on a tiny site (tests/roots/test-figur): a figure the library draws,
with its alt text, its narrow variant for phones and the caption the author writes."""
from __future__ import annotations

import pytest
from site_html import visible_text
from tiny_sites import TinySite

from samskab_book import FIGURES
from samskab_lib.handbook.steps_figure import steps_overview, steps_overview_narrow
from samskab_lib.texts import language_scope, text


@pytest.fixture(scope="module")
def danish(tiny_site) -> TinySite:
    return tiny_site("figur")


@pytest.fixture(scope="module")
def norwegian(tiny_site) -> TinySite:
    return tiny_site("figur", "nb")


def test_the_figure_builds_without_a_warning(danish: TinySite):
    assert danish.warnings_besides("fejl.md") == []


def test_the_figure_shows_both_drawings_with_the_librarys_alt_text_and_the_caption(danish: TinySite):
    figure = danish.body().find("figure")
    wide, narrow = figure.find_all("img")
    assert wide["alt"] == steps_overview().alt and "samskab-figur-bred" in wide["class"]
    assert narrow["alt"] == steps_overview_narrow().alt and "samskab-figur-smal" in narrow["class"]
    assert (danish.outdir / wide["src"]).read_bytes().startswith(b"<?xml")
    assert (danish.outdir / narrow["src"]).name == "fem-trin-smal.svg"
    assert visible_text(figure.figcaption).rstrip(" #") == "De fem trin fra afklaring til evaluering."


def test_an_unknown_figure_is_named_in_danish_with_the_known_ones(danish: TinySite):
    assert danish.warnings_from("fejl.md") == [
        "6: ERROR: " + text("directives.unknown_figure", name="fem-faser", known=", ".join(FIGURES))]


def test_the_norwegian_figure_is_drawn_and_described_in_bokmaal(norwegian: TinySite):
    assert norwegian.warnings_besides("fejl.md") == []
    with language_scope("nb"):
        alt = steps_overview().alt
    wide = norwegian.body().find("figure").find("img")
    assert wide["alt"] == alt and wide["alt"] != steps_overview().alt
    assert (norwegian.srcdir / "book/_generated/nb/fem-trin.svg").is_file()
    assert norwegian.warnings_from("fejl.md")[0].startswith("6: ERROR: Figuren «fem-faser» finnes ikke.")
