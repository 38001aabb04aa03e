"""A page printed from the browser is a clean A4 worksheet: content only, tables with borders."""
from __future__ import annotations

import pytest
from browsing import open_page

pytestmark = pytest.mark.browser

PRINT_PAGE = "book/intro.html"


def test_printing_a_page_hides_navigation_and_keeps_the_content(browser, base_url: str) -> None:
    context, page, _visit = open_page(browser, base_url + PRINT_PAGE)
    page.emulate_media(media="print")
    hidden = [selector for selector in (".bd-header", ".bd-sidebar-primary", ".bd-sidebar-secondary",
                                        ".prev-next-area", ".bd-footer")
              if page.locator(selector).count() and page.locator(selector).first.is_visible()]
    article_visible = page.locator("article.bd-article p").first.is_visible()
    title_visible = page.locator("h1:visible").count() == 1
    pdf = page.pdf(format="A4")
    context.close()
    assert hidden == [], f"shown when printing: {hidden}"
    assert article_visible and title_visible
    assert pdf.startswith(b"%PDF")
