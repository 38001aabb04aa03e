"""Controls a staff member can read and a screen reader can name, at 375 and 1280 px: the copy
button on code, the download menu, every button's name."""
from __future__ import annotations

import pytest
from browsing import open_page

pytestmark = pytest.mark.browser

SCREENS = {"phone": {"width": 375, "height": 812}, "desktop": {"width": 1280, "height": 900}}
PAGES = ["book/teknisk.html", "book/udfyld.html", "book/grundlag/noegler.html",
         "book/metoder/fremtidsvaerksted.html", "book/notesboeger/kom-i-gang.html", "search.html?q=plan"]

# Every button's accessible name as a screen reader computes it (simplified: label, labelledby,
# text, title), and what a tooltip shows.
_BUTTONS = """() => [...document.querySelectorAll('button')].map(b => {
  const labelledby = (b.getAttribute('aria-labelledby') || '').split(' ').filter(Boolean)
    .map(id => (document.getElementById(id) || {textContent: ''}).textContent).join(' ');
  const name = (b.getAttribute('aria-label') || labelledby || b.textContent || b.title || '').trim();
  return {name, tooltip: b.dataset.tooltip || '', cls: b.className};
})"""


@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("path", PAGES)
def test_every_button_has_a_danish_name(browser, base_url: str, path: str, screen: str) -> None:
    context, page, _visit = open_page(browser, base_url + path, viewport=SCREENS[screen])
    page.wait_for_timeout(200)  # the Danish names are set once the page has loaded
    buttons = page.evaluate(_BUTTONS)
    context.close()
    assert [b for b in buttons if not b["name"]] == []
    said = {b["name"] for b in buttons} | {b["tooltip"] for b in buttons}
    assert not said & {"Copy", "Copied!", "Copy to clipboard", ".md", ".pdf", ".ipynb"}, said


@pytest.mark.parametrize("screen", SCREENS)
def test_copy_button_speaks_danish_before_and_after_a_copy(browser, base_url: str, screen: str) -> None:
    context, page, _visit = open_page(browser, base_url + "book/teknisk.html", viewport=SCREENS[screen])
    button = page.locator("button.copybtn").first
    page.wait_for_function("() => document.querySelector('button.copybtn[aria-label]')")
    before = (button.get_attribute("aria-label"), button.get_attribute("data-tooltip"))
    button.click(force=True)
    page.wait_for_function("() => document.querySelector('button.copybtn').dataset.tooltip !== 'Kopiér'")
    after = button.get_attribute("data-tooltip")
    context.close()
    assert before == ("Kopiér koden", "Kopiér")
    assert after in ("Kopieret", "Kunne ikke kopiere")


@pytest.mark.parametrize("screen", SCREENS)
def test_download_menu_says_what_each_download_is(browser, base_url: str, screen: str) -> None:
    context, page, _visit = open_page(browser, base_url + "book/trin/planlaeg.html", viewport=SCREENS[screen])
    entries = page.eval_on_selector_all(".dropdown-download-buttons .dropdown-item",
                                        "els => els.map(e => e.textContent.trim())")
    menu = page.get_attribute(".dropdown-download-buttons > button", "aria-label")
    context.close()
    assert entries == ["Hent siden som PDF", "Hent kildeteksten (Markdown)", "Hent hele bogen som PDF"]
    assert menu == "Hent siden"


@pytest.mark.parametrize("screen", SCREENS)
def test_search_icon_stands_beside_the_typed_text(browser, base_url: str, screen: str) -> None:
    context, page, _visit = open_page(browser, base_url + "search.html?q=plan", viewport=SCREENS[screen])
    form = page.locator("#main-content form.bd-search")
    icon = form.locator("i.fa-magnifying-glass").bounding_box()
    text_starts = form.locator("input").evaluate(
        "i => i.getBoundingClientRect().left + parseFloat(getComputedStyle(i).paddingLeft)")
    context.close()
    assert icon["x"] + icon["width"] <= text_starts



@pytest.mark.parametrize("screen", SCREENS)
def test_no_accessible_name_ends_in_a_link_sign(browser, base_url: str, screen: str) -> None:
    names = []
    for path in ("book/trin/planlaeg.html", "book/metoder/fremtidsvaerksted.html",
                 "book/cases/jevnaker.html"):
        context, page, _visit = open_page(browser, base_url + path, viewport=SCREENS[screen])
        page.wait_for_timeout(200)
        names += page.eval_on_selector_all("[aria-label]",
                                           "els => els.map(e => e.getAttribute('aria-label'))")
        context.close()
    assert [n for n in names if n.rstrip().endswith("#")] == []
