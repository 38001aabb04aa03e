"""Search ranks the chapter whose headings name the query first and shows body text in snippets;
the search index is loaded only on the search page."""
from __future__ import annotations

from urllib.parse import quote

import pytest
from browsing import SEARCH_DONE, open_page

pytestmark = pytest.mark.browser


def _results(browser, base_url: str, query: str, viewport: dict | None = None) -> list[tuple[str, str]]:
    context, page, visit = open_page(browser, f"{base_url}search.html?q={quote(query)}", viewport)
    # When every result is listed, Sphinx replaces the heading (and its progress dots).
    page.wait_for_function(f"{SEARCH_DONE} && document.querySelector('#search-results li p.context')",
                           timeout=15_000)
    hits = page.eval_on_selector_all(
        "#search-results ul.search li",
        "els => els.map(e => [e.querySelector('a').getAttribute('href'),"
        " (e.querySelector('p.context') || {textContent: ''}).textContent])")
    context.close()
    assert visit.foreign == []
    return hits


SCREENS = {"phone": {"width": 375, "height": 812}, "desktop": {"width": 1280, "height": 900}}


@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("query, chapter", [
    ("målgruppe", "book/trin/undersoeg.html"),
    ("evaluering", "book/trin/evaluer.html"),
    # The page titled by the query first: the method card, the gallery (either form of the word).
    ("fremtidsværksted", "book/metoder/fremtidsvaerksted.html"),
    ("skabelon", "book/skabeloner.html"),
    ("skabeloner", "book/skabeloner.html"),
    # The legal page, found by its own text, not by a web address in its sources.
    ("GDPR", "book/grundlag/rammer.html"),
])
def test_the_page_whose_title_or_headings_name_the_query_comes_first(
        browser, base_url: str, query: str, chapter: str, screen: str) -> None:
    hits = _results(browser, base_url, query, SCREENS[screen])
    assert hits[0][0].split("#")[0] == chapter, [href for href, _ in hits[:5]]


def test_no_hits_says_so_in_plain_danish(browser, base_url: str) -> None:
    context, page, _visit = open_page(browser, f"{base_url}search.html?q=xqzvw")
    page.wait_for_function("() => document.querySelector('#search-results p.search-summary')"
                           " && document.querySelector('#search-results p.search-summary').textContent",
                           timeout=15_000)
    said = page.inner_text("#search-results p.search-summary")
    context.close()
    assert said.startswith("Ingen sider indeholder") and "kategori" not in said


def test_snippets_show_body_text_with_the_word_not_the_contents_list(browser, base_url: str) -> None:
    hits = _results(browser, base_url, "målgruppe")
    href, snippet = hits[0]
    assert "målgrupp" in snippet.lower()
    # The chapter's contents list would run its headings together; a snippet is prose.
    assert "Metodekatalog" not in snippet and len(snippet) > 60, snippet


def test_only_the_search_page_loads_the_search_index(browser, base_url: str) -> None:
    loaded = {}
    for path in ("book/intro.html", "search.html?q=trin"):
        context, page, visit = open_page(browser, base_url + path)
        loaded[path] = page.evaluate(
            "() => performance.getEntriesByType('resource').map(r => r.name)"
            ".filter(n => n.includes('searchindex.js'))")
        context.close()
    assert loaded["book/intro.html"] == []
    assert len(loaded["search.html?q=trin"]) == 1
