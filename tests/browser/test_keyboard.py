"""The site works from the keyboard: the first Tab reaches the skip link, and it leads to the text."""
from __future__ import annotations

import pytest
from browsing import open_page

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("path", ["book/intro.html", "book/skabeloner.html",
                                  "book/notesboeger/case-hjoerring.html"])
def test_first_tab_reaches_skip_link_which_moves_focus_to_the_main_text(browser, base_url: str,
                                                                        path: str) -> None:
    context, page, _visit = open_page(browser, base_url + path)
    page.keyboard.press("Tab")
    first = page.evaluate("() => [document.activeElement.tagName, document.activeElement.textContent.trim(),"
                          " document.activeElement.getAttribute('href')]")
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    inside_main = page.evaluate("() => !!document.activeElement.closest('main')")
    context.close()
    assert first[0] == "A" and first[1] == "Gå til hovedindholdet", first
    assert inside_main


def test_download_links_can_be_reached_with_the_keyboard(browser, base_url: str) -> None:
    context, page, _visit = open_page(browser, base_url + "book/skabeloner.html")
    reached = False
    for _ in range(120):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.classList.contains('download')"):
            reached = True
            break
    context.close()
    assert reached, "no download link was reached within 120 Tab presses"
