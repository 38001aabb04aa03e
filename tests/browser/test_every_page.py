"""Every page of the built site in a real browser: own host only, no errors, WCAG 2.1 AA, phone width."""
from __future__ import annotations

import pytest
from browsing import DESKTOP, PHONE, site_pages

pytestmark = pytest.mark.browser


# Each page is loaded once per viewport (conftest.seen_page) for these and the reader tests.
@pytest.mark.parametrize("path", site_pages())
def test_page_loads_only_from_own_host_without_errors(seen_page, path: str) -> None:
    visit = seen_page(path, DESKTOP).visit
    assert visit.foreign == [], f"{path} asked other hosts: {visit.foreign}"
    assert visit.failed == [], f"{path} had failed requests: {visit.failed}"
    assert visit.console_errors == [], f"{path} logged errors: {visit.console_errors}"


@pytest.mark.parametrize("path", site_pages())
def test_page_has_no_wcag_21_aa_violations(seen_page, path: str) -> None:
    violations = seen_page(path, DESKTOP).violations
    assert violations == (), f"{path}: " + "; ".join(violations)


@pytest.mark.parametrize("width", [375, 320])
@pytest.mark.parametrize("path", site_pages())
def test_page_does_not_scroll_sideways_on_a_phone(seen_page, path: str, width: int) -> None:
    overflow = seen_page(path, {**PHONE, "width": width}).overflow
    assert overflow <= 0, f"{path} is {overflow}px wider than a {width}px screen"
