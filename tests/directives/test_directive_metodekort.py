"""``{samskab-metodekort} STEP`` on a tiny site (tests/roots/test-metodekort): a step's cards."""
from __future__ import annotations

import pytest
from site_html import cell_text
from tiny_sites import TinySite

from samskab_lib.handbook.methods import load_methods, method_ids, methods_for_step
from samskab_lib.texts import text


@pytest.fixture(scope="module")
def danish(tiny_site) -> TinySite:
    return tiny_site("metodekort")


def test_the_list_builds_without_a_warning(danish: TinySite):
    assert danish.warnings_besides("fejl.md") == []


def test_the_list_links_every_card_of_the_step_and_the_extra_one_in_card_order(danish: TinySite):
    wanted = {m.id for m in methods_for_step(2)} | {"netvaerksgrupper"}
    expected = [m for m in load_methods() if m.id in wanted]
    items = danish.body().select("ul.samskab-metodekort > li")
    assert [cell_text(li) for li in items] == [f"{m.title}: {m.summary}" for m in expected]
    assert [li.a["href"] for li in items] == [f"book/metoder/{m.id}.html" for m in expected]
    assert "netvaerksgrupper" not in {m.id for m in methods_for_step(2)}  # the option added it


def test_a_step_that_is_no_number_or_no_step_and_an_unknown_card_are_named(danish: TinySite):
    known = ", ".join(method_ids())
    assert danish.warnings_from("fejl.md") == [
        "6: ERROR: " + text("directives.unknown_step", name="to", known="1, 2, 3, 4, 5, alle"),
        "9: ERROR: " + text("directives.unknown_step", name="9", known="1, 2, 3, 4, 5, alle"),
        "12: ERROR: " + text("directives.unknown_method", name="borgermøde", known=known),
    ]
    assert danish.warnings_from("fejl.md")[0].startswith("6: ERROR: Trin »to« findes ikke.")
