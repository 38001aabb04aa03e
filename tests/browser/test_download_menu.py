"""The header's download menu and the back-to-top button, without Bootstrap's script
(book/_static/samskab-buttons.js), as a reader uses them with mouse, finger and keyboard."""
from __future__ import annotations

import pytest
from browsing import DESKTOP, PHONE, open_page

pytestmark = pytest.mark.browser

PAGE = "book/trin/afklar.html"
MENU = ".dropdown-download-buttons"


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["375", "1280"])
def test_the_download_menu_opens_on_screen_and_closes(browser, base_url: str, viewport: dict) -> None:
    context, page, visit = open_page(browser, base_url + PAGE, viewport=viewport)
    button = page.locator(f"{MENU} > button")
    entries = page.locator(f"{MENU} .dropdown-item")
    button.click()
    opened = button.get_attribute("aria-expanded")
    boxes = [entries.nth(i).bounding_box() for i in range(entries.count())]
    visible = [entries.nth(i).is_visible() for i in range(entries.count())]
    page.mouse.click(viewport["width"] // 2, viewport["height"] - 100)  # a tap in the text
    closed_by_click = button.get_attribute("aria-expanded")
    still_visible = entries.first.is_visible()
    context.close()
    assert opened == "true" and all(visible) and len(boxes) == 3
    assert all(0 <= box["x"] and box["x"] + box["width"] <= viewport["width"] for box in boxes)
    assert closed_by_click == "false" and not still_visible
    assert not any("bootstrap" in url for url in visit.foreign + visit.failed)
    assert visit.console_errors == []


def test_the_download_menu_works_by_keyboard(browser, base_url: str) -> None:
    context, page, _visit = open_page(browser, base_url + PAGE, viewport=DESKTOP)
    button = page.locator(f"{MENU} > button")
    button.focus()
    page.keyboard.press("Enter")
    opened = button.get_attribute("aria-expanded")
    page.keyboard.press("ArrowDown")
    first = page.evaluate("document.activeElement.textContent.trim()")
    page.keyboard.press("ArrowDown")
    second = page.evaluate("document.activeElement.textContent.trim()")
    page.keyboard.press("Escape")
    closed = button.get_attribute("aria-expanded")
    back_on_button = page.evaluate(
        f"document.activeElement === document.querySelector('{MENU} > button')")
    context.close()
    assert opened == "true"
    assert (first, second) == ("Hent siden som PDF", "Hent kildeteksten (Markdown)")
    assert closed == "false" and back_on_button


def test_the_page_loads_no_bootstrap_script(browser, base_url: str) -> None:
    context, page, _visit = open_page(browser, base_url + "book/intro.html")
    scripts = page.evaluate("performance.getEntriesByType('resource').map(r => r.name)")
    context.close()
    assert not [url for url in scripts if "bootstrap" in url]
    assert any("samskab-buttons.js" in url for url in scripts)


def test_back_to_top_shows_while_scrolling_up_and_goes_to_the_top(browser, base_url: str) -> None:
    context, page, _visit = open_page(browser, base_url + PAGE, viewport=PHONE)
    top = page.locator("#pst-back-to-top")
    hidden_at_first = not top.is_visible()
    page.mouse.wheel(0, 3000)
    page.wait_for_timeout(200)
    page.mouse.wheel(0, -400)
    page.wait_for_function("() => getComputedStyle(document.getElementById('pst-back-to-top'))"
                           ".display !== 'none'", timeout=3000)
    top.click()
    page.wait_for_function("() => window.scrollY === 0", timeout=3000)
    context.close()
    assert hidden_at_first
