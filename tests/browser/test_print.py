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


@pytest.mark.parametrize("screen", [{"width": 375, "height": 812}, {"width": 1280, "height": 900}],
                         ids=["phone", "desktop"])
@pytest.mark.parametrize("card", ["fremtidsvaerksted", "borgermoede", "workshop"])
def test_a_method_card_prints_on_one_or_two_a4_pages_without_a_contents_list(
        browser, base_url: str, card: str, screen: dict) -> None:
    context, page, _visit = open_page(browser, f"{base_url}book/metoder/{card}.html", viewport=screen)
    page.emulate_media(media="print")
    contents_shown = page.locator("#jb-print-toc").is_visible()
    pdf = page.pdf(format="A4", prefer_css_page_size=True)
    context.close()
    pages = pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")
    assert not contents_shown
    assert 1 <= pages <= 2, f"{card}: {pages} pages"


def test_a_method_card_shows_no_table_number(browser, base_url: str) -> None:
    context, page, _visit = open_page(browser, f"{base_url}book/metoder/fremtidsvaerksted.html")
    caption = page.inner_text("table.samskab-metode-fakta caption")
    context.close()
    assert not caption.lower().startswith("tabel"), caption
