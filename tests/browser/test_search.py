"""The site's own search finds Danish words."""
from __future__ import annotations

from urllib.parse import quote

import pytest
from browsing import SEARCH_DONE, open_page

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("query, expected_page", [
    ("målgruppeanalyse", "trin/undersoeg.html"),
    ("framtidsverksted", "cases/jevnaker.html"),
])
def test_search_finds_a_page_for_a_danish_query(browser, base_url: str, query: str,
                                                expected_page: str) -> None:
    context, page, visit = open_page(browser, f"{base_url}search.html?q={quote(query)}")
    page.wait_for_function(SEARCH_DONE)
    hits = page.eval_on_selector_all("#search-results ul.search li a", "els => els.map(e => e.href)")
    context.close()
    assert any(href.split("?")[0].endswith(expected_page) for href in hits), hits
    assert visit.foreign == []
