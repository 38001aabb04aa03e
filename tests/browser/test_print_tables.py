"""On paper no table loses a column: every table fits the A4 text width when the page is printed."""
from __future__ import annotations

import pytest
from browsing import open_page

pytestmark = pytest.mark.browser

# A4 minus the print style's 16 mm side margins: 178 mm at 96 px per inch.
A4_TEXT_WIDTH = {"width": 673, "height": 950}
WIDE_TABLE_PAGES = ["book/cases/nordfjordby.html", "book/trin/undersoeg.html",
                    "book/oevelser/katalog.html", "book/notesboeger/case-nordfjordby.html"]


@pytest.mark.parametrize("path", WIDE_TABLE_PAGES)
def test_printed_tables_keep_every_column(browser, base_url: str, path: str) -> None:
    context, page, _visit = open_page(browser, base_url + path, viewport=A4_TEXT_WIDTH)
    page.emulate_media(media="print")
    cut = page.evaluate("""() => [...document.querySelectorAll('article table')]
        .filter(t => t.getClientRects().length)
        .filter(t => t.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map(t => (t.querySelector('caption, th') || t).textContent.trim().slice(0, 60))""")
    context.close()
    assert cut == [], f"{path}: tables wider than the printed page: {cut}"
