"""``{samskab-tabel} NAME [ARGUMENT]`` on a tiny site (tests/roots/test-tabel): a library table
as accessible HTML, a library text as MyST, and the Danish (or bokmål) message for each kind of
wrong name or argument."""
from __future__ import annotations

import pytest
from site_html import cell_text, first_column, header_cells, visible_text
from tiny_sites import TinySite

from samskab_book.tables import TABLES
from samskab_lib.handbook import keys, typology
from samskab_lib.texts import language_scope, text


@pytest.fixture(scope="module")
def danish(tiny_site) -> TinySite:
    return tiny_site("tabel")


@pytest.fixture(scope="module")
def norwegian(tiny_site) -> TinySite:
    return tiny_site("tabel", "nb")


def _theme_table(site: TinySite):
    return site.body().select_one("div.samskab-tabel table")


def test_the_tables_build_without_a_warning(danish: TinySite):
    assert danish.warnings_besides("fejl.md") == []


def test_a_library_table_shows_its_caption_headers_and_rows(danish: TinySite):
    expected = keys.theme_table("formaal")
    table = _theme_table(danish)
    assert cell_text(table.caption) == expected.caption == "Tema: Formål og handlerum"
    assert header_cells(table) == expected.headers
    assert [th["scope"] for th in table.find_all("th")] == ["col"] * len(expected.headers)
    assert first_column(table) == [str(row[0]) for row in expected.rows]


def test_a_library_text_is_parsed_as_myst(danish: TinySite):
    result = typology.classify(typology.example_answers("hjoerring"))
    block = danish.body().select("div.samskab-tabel")[1]
    assert visible_text(block.strong) == f"{text('typology.result_type')}: {result.type.name}"
    assert [visible_text(li) for li in block.find("ul").find_all("li")] == list(result.why)


def test_each_wrong_name_or_argument_gets_a_danish_message_not_a_traceback(danish: TinySite):
    assert danish.warnings_from("fejl.md") == [
        "6: ERROR: " + text("directives.unknown_table", name="nøgler",
                            known=", ".join(sorted(TABLES))),
        "9: ERROR: " + text("keys.unknown_theme", theme="formål",
                            known="formaal, metode, roller, tid, organisation"),
        "12: ERROR: " + text("directives.table_arguments", name="noegler-tema", expected=1,
                             given=0),
        "15: ERROR: " + text("directives.table_arguments", name="noegler", expected=0, given=1),
    ]
    assert danish.warnings_from("fejl.md")[2] == (
        "12: ERROR: Tabellen »noegler-tema« tager 1 argument(er), men fik 0.")


def test_the_norwegian_table_has_norwegian_headers_and_keys(norwegian: TinySite):
    assert norwegian.warnings_besides("fejl.md") == []
    with language_scope("nb"):
        expected = keys.theme_table("formaal")
    table = _theme_table(norwegian)
    assert header_cells(table) == expected.headers and "Nøkkelen med våre ord" in expected.headers
    assert [cell_text(row.find_all("td")[2]) for row in table.tbody.find_all("tr")] == [
        row[2] for row in expected.rows]
    assert norwegian.warnings_from("fejl.md")[0].startswith(
        "6: ERROR: Tabellen «nøgler» finnes ikke. Kjente tabeller:")
