"""Both menu buttons open and close their menus in both editions: on a phone by touch and
keyboard, on a desktop by mouse. The buttons are found by the menu they control and the
chapters by the page itself, so the same checks read the Danish and the Norwegian edition."""
from __future__ import annotations

import pytest
from browsing import EDITIONS, open_page
from playwright.sync_api import TimeoutError as PlaywrightTimeout

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}
CHAPTER = "book/trin/afklar.html"
SOURCES = "/kildeliste.html"
SIDEBAR_VISIBILITY = "getComputedStyle(document.getElementById('pst-primary-sidebar')).visibility"
CONTENTS_BUTTON = "button.primary-toggle[aria-controls='pst-primary-sidebar']"
PAGE_CONTENTS_BUTTON = "button.secondary-toggle[aria-controls='pst-secondary-sidebar']"
# The page's own title and first section heading, without the heading links' "#".
TITLE = "document.querySelector('article h1').firstChild.textContent.trim()"
FIRST_SECTION = "document.querySelector('article h2').firstChild.textContent.trim()"
SOURCES_LINK = f"document.querySelector('nav.bd-docs-nav a[href$=\"{SOURCES}\"]').textContent.trim()"


def _visible_links(page, selector: str) -> list[str]:
    return [link.inner_text().strip() for link in page.locator(f"{selector} a").all()
            if link.is_visible()]


def _focus_after_closing(page, expected: str) -> str | None:
    """The label of the focused element once focus has come back (closing a dialog returns
    focus in a later task, so a busy machine may need a moment)."""
    script = "document.activeElement && document.activeElement.getAttribute('aria-label')"
    try:
        page.wait_for_function(f"({script}) === {expected!r}", timeout=3000)
    except PlaywrightTimeout:
        pass
    return page.evaluate(script)


@pytest.mark.parametrize("edition", EDITIONS.values(), ids=EDITIONS.keys())
def test_contents_button_on_a_phone_shows_the_chapters_and_closes_again(
        browser, base_url: str, edition: str) -> None:
    context = browser.new_context(viewport=PHONE, has_touch=True, is_mobile=True)
    page = context.new_page()
    page.goto(base_url + edition + CHAPTER, wait_until="networkidle")
    title, sources = page.evaluate(TITLE), page.evaluate(SOURCES_LINK)
    button = page.locator(CONTENTS_BUTTON)
    name, close_name = button.get_attribute("aria-label"), button.get_attribute("data-close-label")
    closed = button.get_attribute("aria-expanded")
    page.get_by_role("button", name=name).tap()
    links = _visible_links(page, "#pst-primary-sidebar-modal")
    opened = button.get_attribute("aria-expanded")
    page.get_by_role("button", name=close_name).tap()
    still_open = page.locator("#pst-primary-sidebar-modal[open]").count()
    context.close()
    assert closed == "false" and opened == "true"
    assert title in links and sources in links
    assert still_open == 0


@pytest.mark.parametrize("edition", EDITIONS.values(), ids=EDITIONS.keys())
def test_page_contents_button_on_a_phone_opens_by_keyboard_and_closes_with_escape(
        browser, base_url: str, edition: str) -> None:
    context, page, _visit = open_page(browser, base_url + edition + CHAPTER, viewport=PHONE)
    section = page.evaluate(FIRST_SECTION)
    button = page.locator(PAGE_CONTENTS_BUTTON)
    name = button.get_attribute("aria-label")
    button.focus()
    page.keyboard.press("Enter")
    links = _visible_links(page, "#pst-secondary-sidebar-modal")
    page.keyboard.press("Escape")
    still_open = page.locator("#pst-secondary-sidebar-modal[open]").count()
    focused = _focus_after_closing(page, name)
    context.close()
    assert section in links and len(links) >= 5
    assert still_open == 0 and focused == name


@pytest.mark.parametrize("edition", EDITIONS.values(), ids=EDITIONS.keys())
def test_contents_button_on_a_desktop_hides_and_shows_the_sidebar(browser, base_url: str,
                                                                  edition: str) -> None:
    context, page, _visit = open_page(browser, base_url + edition + CHAPTER, viewport=DESKTOP)
    button = page.locator(CONTENTS_BUTTON)
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


def test_danish_menu_buttons_have_danish_names(browser, base_url: str) -> None:
    context, page, _visit = open_page(browser, base_url + CHAPTER, viewport=PHONE)
    names = [page.locator(selector).get_attribute(attribute)
             for selector in (CONTENTS_BUTTON, PAGE_CONTENTS_BUTTON)
             for attribute in ("aria-label", "data-close-label")]
    context.close()
    assert names == ["Vis eller skjul indholdsfortegnelsen", "Luk menuen",
                     "Vis eller skjul sidens indhold", "Luk menuen"]
