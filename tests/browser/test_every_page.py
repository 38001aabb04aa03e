"""Every page of the built site in a real browser: own host only, no errors, WCAG 2.1 AA, phone width."""
from __future__ import annotations

from collections.abc import Callable

import pytest
from axe_playwright_python.sync_playwright import Axe
from browsing import PageVisit, open_page, site_pages

pytestmark = pytest.mark.browser

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
PHONE = {"width": 375, "height": 812}


@pytest.fixture(scope="session")
def desktop_visit(browser, base_url: str) -> Callable[[str], tuple[PageVisit, list[str]]]:
    """Load each page once at desktop width; remember its requests, errors and axe violations."""
    visits: dict[str, tuple[PageVisit, list[str]]] = {}

    def visit(path: str) -> tuple[PageVisit, list[str]]:
        if path not in visits:
            context, page, loaded = open_page(browser, base_url + path)
            # A snapshot of the page load: axe fetches stylesheets itself while it checks.
            record = PageVisit(list(loaded.foreign), list(loaded.failed), list(loaded.console_errors))
            results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
            context.close()
            violations = [
                f"{v['id']}: {v['help']} ({len(v['nodes'])}x, e.g. {v['nodes'][0]['target']})"
                for v in results.response["violations"]
            ]
            visits[path] = (record, violations)
        return visits[path]

    return visit


@pytest.mark.parametrize("path", site_pages())
def test_page_loads_only_from_own_host_without_errors(desktop_visit, path: str) -> None:
    visit, _violations = desktop_visit(path)
    assert visit.foreign == [], f"{path} asked other hosts: {visit.foreign}"
    assert visit.failed == [], f"{path} had failed requests: {visit.failed}"
    assert visit.console_errors == [], f"{path} logged errors: {visit.console_errors}"


@pytest.mark.parametrize("path", site_pages())
def test_page_has_no_wcag_21_aa_violations(desktop_visit, path: str) -> None:
    _visit, violations = desktop_visit(path)
    assert violations == [], f"{path}: " + "; ".join(violations)


@pytest.mark.parametrize("width", [375, 320])
@pytest.mark.parametrize("path", site_pages())
def test_page_does_not_scroll_sideways_on_a_phone(browser, base_url: str, path: str, width: int) -> None:
    context, page, _visit = open_page(browser, base_url + path, viewport={**PHONE, "width": width})
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    context.close()
    assert overflow <= 0, f"{path} is {overflow}px wider than a {width}px screen"
