"""The language switch: from a page of one edition to the same page of the other and back, by
touch on a phone, by keyboard, and from files opened on disk; each edition searched in its own
language."""
from __future__ import annotations

from urllib.parse import quote

import pytest
from browsing import EDITIONS, SEARCH_DONE, SITE, open_page

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 812}
SWITCH = ".bd-header-article a.samskab-edition-switch"
PAGES = ["book/intro.html", "book/trin/afklar.html", "book/cases/jevnaker.html",
         "book/skabeloner.html", "book/notesboeger/kom-i-gang.html"]
LANGUAGE = "document.documentElement.lang"


@pytest.mark.parametrize("path", PAGES)
def test_switch_on_a_phone_leads_to_the_same_page_in_norwegian_and_back(browser, base_url: str,
                                                                        path: str) -> None:
    context = browser.new_context(viewport=PHONE, has_touch=True, is_mobile=True)
    page = context.new_page()
    page.goto(base_url + path, wait_until="networkidle")
    seen = []
    for _ in EDITIONS:
        switch = page.locator(SWITCH)
        box = switch.bounding_box()
        seen.append((switch.inner_text(), switch.get_attribute("lang"), box["x"] >= 0
                     and box["x"] + box["width"] <= PHONE["width"] and box["height"] >= 24))
        with page.expect_navigation(wait_until="networkidle"):
            switch.tap()
        seen.append((page.url.removeprefix(base_url), page.evaluate(LANGUAGE)))
    context.close()
    assert seen == [("Norsk (bokmål)", "nb", True), ("nb/" + path, "nb"),
                    ("Dansk", "da", True), (path, "da")]


def test_switch_is_reached_with_the_keyboard_before_the_page_text(browser, base_url: str) -> None:
    """On a phone the chapter list is folded away: the switch is among the first stops."""
    context, page, _visit = open_page(browser, base_url + "nb/book/trin/planlaeg.html",
                                      viewport=PHONE)
    reached = False
    for _ in range(30):
        page.keyboard.press("Tab")
        reached = page.evaluate("document.activeElement.matches('a.samskab-edition-switch')")
        if reached:
            break
    in_main_text = page.evaluate("!!document.activeElement.closest('article')")
    with page.expect_navigation(wait_until="networkidle"):
        page.keyboard.press("Enter")
    landed = page.url.removeprefix(base_url)
    context.close()
    assert reached and not in_main_text
    assert landed == "book/trin/planlaeg.html"


def test_switch_works_on_pages_opened_from_disk(browser) -> None:
    context = browser.new_context()
    page = context.new_page()
    page.goto((SITE / "book" / "cases" / "jevnaker.html").as_uri())
    with page.expect_navigation():
        page.locator(SWITCH).click()
    landed = page.url
    language = page.evaluate(LANGUAGE)
    context.close()
    assert landed == (SITE / "nb" / "book" / "cases" / "jevnaker.html").as_uri()
    assert language == "nb"


def _search(browser, base_url: str, edition: str, query: str):
    context, page, visit = open_page(browser, f"{base_url}{edition}search.html?q={quote(query)}")
    page.wait_for_function(SEARCH_DONE)
    found = {
        "hits": page.eval_on_selector_all("#search-results ul.search li a",
                                          "els => els.map(e => e.href.split('?')[0])"),
        "status": page.inner_text("#search-results p.search-summary"),
        "stop words": page.evaluate("['ikkje', 'hvad'].filter((w) => stopwords.includes(w))"),
        "stem": page.evaluate("new Stemmer().stemWord('innbyggerne')"),
        "switch": page.evaluate(f"document.querySelector('{SWITCH}').href"),
    }
    context.close()
    assert visit.foreign == [] and visit.console_errors == []
    return found


def test_norwegian_edition_is_searched_with_norwegian_words_and_messages(browser,
                                                                        base_url: str) -> None:
    found = _search(browser, base_url, "nb/", "framtidsverkstedet")
    assert base_url + "nb/book/cases/jevnaker.html" in found["hits"]
    assert all(hit.startswith(base_url + "nb/") for hit in found["hits"])
    assert found["stop words"] == ["ikkje"] and found["stem"] == "innbyggern"
    assert found["status"].startswith("Søket fullført")
    assert found["switch"] == f"{base_url}search.html?q=framtidsverkstedet"


def test_danish_edition_keeps_danish_search(browser, base_url: str) -> None:
    found = _search(browser, base_url, "", "fremtidsværksted")
    assert base_url + "book/cases/jevnaker.html" in found["hits"]
    assert not any("/nb/" in hit for hit in found["hits"])
    assert found["stop words"] == ["hvad"] and found["stem"] == "innbyg"
    assert "Search finished" not in found["status"]


def test_a_norwegian_query_finds_the_translated_method_card(browser, base_url: str) -> None:
    """Needs the translated catalogues: the card "Onlinespørgeskema" speaks of a "spørreskjema"."""
    found = _search(browser, base_url, "nb/", "spørreskjema")
    assert base_url + "nb/book/metoder/onlinespoergeskema.html" in found["hits"][:3]
