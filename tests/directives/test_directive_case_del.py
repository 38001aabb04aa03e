"""``{samskab-case-del} ID DEL`` on a tiny site (tests/roots/test-case-del): parts of a case
page drawn from ``cases/<id>/case.yml``, every source a citation into the bibliography."""
from __future__ import annotations

import pytest
from site_html import first_column, header_cells, visible_text
from tiny_sites import TinySite

from samskab_book.cases import PARTS
from samskab_lib.cases import tables
from samskab_lib.cases.loading import list_cases, load_case
from samskab_lib.texts import text

CASE = "steinkjer-bolystteam"


@pytest.fixture(scope="module")
def danish(tiny_site) -> TinySite:
    return tiny_site("case-del")


def _resolves(site: TinySite, link) -> bool:
    return site.body().select_one(f"[id='{link['href'].removeprefix('#')}']") is not None


def test_the_case_parts_build_without_a_warning(danish: TinySite):
    assert danish.warnings_besides("fejl.md") == []


def test_the_summary_says_what_the_case_is_and_cites_its_source(danish: TinySite):
    case = load_case(CASE)
    summary = danish.body().select("div.samskab-case-del")[0]
    assert visible_text(summary).startswith(case.what.value)
    citation = summary.select_one("span.bibtex-citation a")
    assert _resolves(danish, citation)


def test_the_facts_table_has_the_librarys_caption_rows_and_a_cited_source_where_known(danish: TinySite):
    expected = tables.facts_table(load_case(CASE), keys=True)
    table = danish.body().select_one("section#fakta table")
    assert visible_text(table.caption).rstrip(" #") == expected.caption
    assert header_cells(table) == expected.headers
    assert first_column(table) == [row[0] for row in expected.rows]
    sources = [row.find_all("td")[2] for row in table.tbody.find_all("tr")]
    unknown = text("cases.unknown")
    for cell, row in zip(sources, expected.rows, strict=True):
        if row[2] == unknown:  # no source to cite: the word says so
            assert visible_text(cell) == unknown and cell.find("a") is None
        else:
            assert _resolves(danish, cell.select_one("span.bibtex-citation a"))
    assert any(row[2] != unknown for row in expected.rows)  # some rows cite


def test_the_sources_part_names_the_case_file(danish: TinySite):
    part = danish.body().select_one("section#kilder div.samskab-case-del")
    assert f"cases/{CASE}/case.yml" in visible_text(part)
    assert visible_text(part).startswith("Casen bygger på")
    assert len(part.select("span.bibtex-citation")) == len(load_case(CASE).sources())


def test_an_unknown_case_and_an_unknown_part_are_named_in_danish(danish: TinySite):
    assert danish.warnings_from("fejl.md") == [
        "6: ERROR: " + text("directives.unknown_case", name="steinkjer",
                            known=", ".join(list_cases())),
        "9: ERROR: " + text("directives.unknown_case_part", name="resumé", known=", ".join(PARTS)),
    ]
