"""Staff who zoom to 200 %: a 1280 px window shows the site as a 640 px one (WCAG 1.4.4, 1.4.10).

Nothing scrolls sideways, the contents menu opens and every field of a form stays on screen.
"""
from __future__ import annotations

import pytest
from browsing import OVERFLOW

pytestmark = pytest.mark.browser

ZOOMED = {"width": 640, "height": 400}  # a 1280 × 800 window at 200 %
PAGES = ["book/intro.html", "book/trin/planlaeg.html", "book/udfyld.html",
         "book/skabeloner.html", "book/metoder/fremtidsvaerksted.html",
         "book/procesmappe.html", "book/trin/evaluer-svar.html", "book/kildeliste.html"]


def _zoomed(browser, url: str):
    context = browser.new_context(viewport=ZOOMED, device_scale_factor=2)
    page = context.new_page()
    page.goto(url, wait_until="networkidle")
    return context, page


@pytest.mark.parametrize("path", PAGES)
def test_page_at_200_percent_does_not_scroll_sideways(browser, base_url: str, path: str) -> None:
    context, page = _zoomed(browser, base_url + path)
    overflow = page.evaluate(OVERFLOW)
    outside = page.evaluate("""() => [...document.querySelectorAll('input, select, textarea, button')]
        .filter((e) => e.offsetParent !== null && !e.closest('dialog:not([open]), .bd-sidebar-primary'))
        .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map((e) => e.name || e.id || e.getAttribute('aria-label') || e.tagName)""")
    context.close()
    assert overflow <= 0, f"{path} is {overflow}px wider than the zoomed window"
    assert outside == [], f"{path}: controls outside the zoomed window: {outside}"


def test_contents_menu_opens_at_200_percent(browser, base_url: str) -> None:
    context, page = _zoomed(browser, base_url + "book/trin/planlaeg.html")
    page.get_by_role("button", name="Vis eller skjul indholdsfortegnelsen").click()
    links = [a.inner_text().strip() for a in page.locator("#pst-primary-sidebar-modal a").all()
             if a.is_visible()]
    context.close()
    assert "Trin 1: Afklar rammerne, før I involverer nogen" in links and "Kilder" in links
