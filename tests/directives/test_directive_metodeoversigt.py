"""``{samskab-metodeoversigt}`` on a tiny site (tests/roots/test-metodeoversigt): the filterable
overview of method cards, with its list readable without JavaScript."""
from __future__ import annotations

import pytest
from site_html import visible_text
from tiny_sites import TinySite

from samskab_lib.handbook.methods import card_facts, load_methods
from samskab_lib.texts import text, texts_under

OVERVIEW = "book/metoder/index"


@pytest.fixture(scope="module")
def danish(tiny_site) -> TinySite:
    return tiny_site("metodeoversigt")


def test_the_overview_builds_without_a_warning(danish: TinySite):
    assert danish.warnings_besides("fejl.md") == []


def test_every_card_is_listed_with_its_link_summary_facts_and_filter_values(danish: TinySite):
    items = danish.body(OVERVIEW).select("ul.samskab-metodeliste > li")
    methods = load_methods()
    assert [li.a["href"] for li in items] == [f"{m.id}.html" for m in methods]
    for li, method in zip(items, methods, strict=True):
        assert visible_text(li.a) == method.title
        assert visible_text(li.small) == " · ".join(value for _, value in card_facts(method)[:3])
        assert li["data-step"].split() == [str(n) for n in method.steps]
        assert (li["data-effort"], li["data-size"]) == (method.effort, method.size)


def test_the_filter_form_is_hidden_until_its_script_shows_it_and_has_danish_labels(danish: TinySite):
    form = danish.body(OVERVIEW).select_one("form.samskab-metodefilter")
    assert form.has_attr("hidden")
    assert visible_text(form.legend) == text("methods.filter.legend")
    labels = [visible_text(label) for label in form.find_all("label")]
    assert labels == [text(f"methods.filter.{name}") for name in ("step", "effort", "size")]
    effort = form.select_one("select#metodefilter-effort")
    assert [visible_text(o) for o in effort.find_all("option")] == [
        text("methods.filter.all"), *texts_under("methods.effort_levels").values()]
    assert visible_text(form.button) == text("methods.filter.reset")


def test_the_filter_script_is_loaded_on_the_overview_only(danish: TinySite):
    scripts = [s.get("src", "") for s in danish.page(OVERVIEW).find_all("script")]
    assert any(src.endswith("_static/metodefilter.js") for src in scripts)
    assert not any("metodefilter" in s.get("src", "") for s in danish.page().find_all("script"))
    styles = [link["href"] for link in danish.page(OVERVIEW).find_all("link", rel="stylesheet")]
    assert any(href.startswith("../../_static/metodefilter.css") for href in styles)


def test_a_step_given_to_the_overview_is_reported_with_the_directive(danish: TinySite):
    # MyST's own (English) message, on the directive's line; the book's strict build fails on it.
    assert danish.warnings_from("fejl.md") == [
        "6: WARNING: 'samskab-metodeoversigt': Has content, but none permitted "
        "[myst.directive_parse]"]
