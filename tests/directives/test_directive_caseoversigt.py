"""``{samskab-caseoversigt}`` on a tiny site (tests/roots/test-caseoversigt): the filterable case
overview, its list readable without JavaScript."""
from __future__ import annotations

import pytest
from site_html import visible_text
from tiny_sites import TinySite

from samskab_book.cases import filter_choices
from samskab_lib.cases import overview
from samskab_lib.cases.loading import list_cases, load_case
from samskab_lib.texts import text

OVERVIEW = "book/cases/index"


@pytest.fixture(scope="module")
def danish(tiny_site) -> TinySite:
    return tiny_site("caseoversigt")


def test_the_overview_builds_without_a_warning(danish: TinySite):
    assert danish.warnings_besides("fejl.md") == []


def test_every_case_is_listed_with_its_link_and_a_fictional_one_says_so(danish: TinySite):
    items = danish.body(OVERVIEW).select("ul.samskab-caseliste > li")
    cases = [load_case(case_id) for case_id in list_cases()]
    assert [li.a["href"] for li in items] == [f"{case.id}.html" for case in cases]
    assert [visible_text(li.a) for li in items] == [case.title.value for case in cases]
    fictional = [case.id for case, li in zip(cases, items, strict=True)
                 if f"({text('cases.filter.fictional')})" in visible_text(li)]
    assert fictional == [case.id for case in cases if case.fictional] and fictional
    for case, li in zip(cases, items, strict=True):
        facets = overview.facets(case)
        assert (li["data-country"], li["data-form"]) == (facets.country, facets.form)
        assert li["data-step"].split() == [str(step) for step in facets.steps]


def test_the_filter_form_is_hidden_until_its_script_shows_it_and_has_danish_labels(danish: TinySite):
    form = danish.body(OVERVIEW).select_one("form.samskab-casefilter")
    assert form.has_attr("hidden")
    assert visible_text(form.legend) == text("cases.filter.legend")
    choices = filter_choices()
    assert [visible_text(label) for label in form.find_all("label")] == [
        text(f"cases.filter.{name}") for name in choices]
    country = form.select_one("select#casefilter-country")
    assert [visible_text(o) for o in country.find_all("option")] == [
        text("cases.filter.all"), *choices["country"].values()]


def test_the_filter_script_is_loaded_on_the_overview_only(danish: TinySite):
    scripts = [s.get("src", "") for s in danish.page(OVERVIEW).find_all("script")]
    assert any(src.endswith("_static/metodefilter.js") for src in scripts)
    assert not any("metodefilter" in s.get("src", "") for s in danish.page().find_all("script"))


def test_an_option_the_overview_does_not_take_is_reported_with_the_directive(danish: TinySite):
    # MyST's own (English) message, on the directive's line; the book's strict build fails on it.
    assert danish.warnings_from("fejl.md") == [
        "6: WARNING: 'samskab-caseoversigt': Has content, but none permitted "
        "[myst.directive_parse]"]
