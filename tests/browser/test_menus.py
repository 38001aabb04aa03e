"""Both menu buttons open and close their menus: on a phone by touch and keyboard, on a desktop by mouse."""
from __future__ import annotations

import pytest
from browsing import open_page

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}
CHAPTER = "book/trin/afklar.html"
SIDEBAR_VISIBILITY = "getComputedStyle(document.getElementById('pst-primary-sidebar')).visibility"


def _visible_links(page, selector: str) -> list[str]:
    return [link.inner_text().strip() for link in page.locator(f"{selector} a").all()
            if link.is_visible()]


def test_contents_button_on_a_phone_shows_the_chapters_and_closes_again(browser, base_url: str) -> None:
    context = browser.new_context(viewport=PHONE, has_touch=True, is_mobile=True)
    page = context.new_page()
    page.goto(base_url + CHAPTER, wait_until="networkidle")
    button = page.get_by_role("button", name="Vis eller skjul indholdsfortegnelsen")
    closed = button.get_attribute("aria-expanded")
    button.tap()
    links = _visible_links(page, "#pst-primary-sidebar-modal")
    opened = button.get_attribute("aria-expanded")
    page.get_by_role("button", name="Luk menuen").tap()
    still_open = page.locator("#pst-primary-sidebar-modal[open]").count()
    context.close()
    assert closed == "false" and opened == "true"
    assert "Trin 1: Afklar rammerne, før I involverer nogen" in links and "Kilder" in links
    assert still_open == 0


def test_page_contents_button_on_a_phone_opens_by_keyboard_and_closes_with_escape(
        browser, base_url: str) -> None:
    context, page, _visit = open_page(browser, base_url + CHAPTER, viewport=PHONE)
    button = page.get_by_role("button", name="Vis eller skjul sidens indhold")
    button.focus()
    page.keyboard.press("Enter")
    links = _visible_links(page, "#pst-secondary-sidebar-modal")
    page.keyboard.press("Escape")
    still_open = page.locator("#pst-secondary-sidebar-modal[open]").count()
    focused = page.evaluate("document.activeElement.getAttribute('aria-label')")
    context.close()
    assert "Eksempel: Hjørring afklarer sagen om oliefyr" in links
    assert still_open == 0 and focused == "Vis eller skjul sidens indhold"


def test_contents_button_on_a_desktop_hides_and_shows_the_sidebar(browser, base_url: str) -> None:
    context, page, _visit = open_page(browser, base_url + CHAPTER, viewport=DESKTOP)
    button = page.get_by_role("button", name="Vis eller skjul indholdsfortegnelsen")
    sidebar = page.locator("#pst-primary-sidebar")
    shown_at_first = sidebar.is_visible()
    button.click()
    page.wait_for_function(f"{SIDEBAR_VISIBILITY} === 'hidden'")
    hidden = button.get_attribute("aria-expanded")
    button.click()
    page.wait_for_function(f"{SIDEBAR_VISIBILITY} === 'visible'")
    shown_again = button.get_attribute("aria-expanded")
    context.close()
    assert shown_at_first and hidden == "false" and shown_again == "true"
