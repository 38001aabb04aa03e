"""The method overview filters its cards in the browser, with the keyboard, and says how many it shows."""
from __future__ import annotations

import pytest
from browsing import open_page

from samskab_lib.handbook.methods import load_methods, methods_for_step
from samskab_lib.texts import texts_under

pytestmark = pytest.mark.browser
PAGE = "book/metoder/index.html"


def shown(page) -> list[str]:
    """The titles of the cards the reader can see."""
    return page.eval_on_selector_all(
        "ul.samskab-metodeliste li",
        "items => items.filter(i => !i.hidden).map(i => i.querySelector('a').textContent)")


def test_form_is_shown_and_every_card_is_listed(browser, base_url: str) -> None:
    context, page, visit = open_page(browser, base_url + PAGE)
    visible = page.is_visible("form.samskab-metodefilter")
    titles, status = shown(page), page.text_content(".samskab-metodefilter-status")
    context.close()
    total = len(load_methods())
    assert visible and visit.console_errors == []
    assert titles == [m.title for m in load_methods()]
    assert status == f"Viser {total} af {total} metodekort."


def test_choosing_a_step_shows_only_that_steps_cards(browser, base_url: str) -> None:
    context, page, _visit = open_page(browser, base_url + PAGE)
    page.select_option("#metodefilter-step", "4")
    titles, status = shown(page), page.text_content(".samskab-metodefilter-status")
    context.close()
    expected = [m.title for m in methods_for_step(4)]
    assert titles == expected
    assert status == f"Viser {len(expected)} af {len(load_methods())} metodekort."


def test_filters_combine_and_an_empty_result_says_what_to_do(browser, base_url: str) -> None:
    context, page, _visit = open_page(browser, base_url + PAGE)
    page.select_option("#metodefilter-step", "2")
    page.select_option("#metodefilter-size", "en")
    combined = shown(page)
    page.select_option("#metodefilter-effort", "stor")
    empty, status = shown(page), page.text_content(".samskab-metodefilter-status")
    context.close()
    assert combined == [m.title for m in load_methods() if 2 in m.steps and m.size == "en"]
    assert empty == []
    assert status.startswith("Viser 0 af") and "Prøv at vælge »Alle«" in status


def test_filter_works_from_the_keyboard_and_reset_shows_all(browser, base_url: str) -> None:
    context, page, _visit = open_page(browser, base_url + PAGE)
    page.focus("#metodefilter-size")
    page.keyboard.press("ArrowDown")  # first choice after »Alle«
    after_key = shown(page)
    page.focus("form.samskab-metodefilter button[type=reset]")
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelectorAll('ul.samskab-metodeliste li[hidden]').length === 0")
    after_reset = shown(page)
    context.close()
    first_size = next(iter(texts_under("methods.sizes")))
    assert after_key == [m.title for m in load_methods() if m.size == first_size]
    assert len(after_reset) == len(load_methods())


def test_without_javascript_the_page_is_a_plain_list_of_every_card(browser, base_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + PAGE)
    form_visible = page.is_visible("form.samskab-metodefilter")
    links = page.eval_on_selector_all("ul.samskab-metodeliste li a", "links => links.length")
    context.close()
    assert not form_visible
    assert links == len(load_methods())
