"""Every page of the built site in a real browser: own host only, no errors, WCAG 2.1 AA, phone width."""
from __future__ import annotations

import pytest
from browsing import DESKTOP, OVERFLOW, PHONE, open_page, serve, site_pages

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


def test_a_request_to_another_host_is_seen_and_goes_nowhere(browser, tmp_path) -> None:
    """The check above can fail: a page that asks another server is caught, and the request is
    not sent on (Chromium resolves no host but 127.0.0.1)."""
    (tmp_path / "side.html").write_text(
        '<!doctype html><html lang="da"><title>Prøve</title>'
        '<img src="https://fonts.example.com/logo.png" alt="Logo">'
        '<div style="width:600px">Bred</div></html>', encoding="utf-8")
    with serve(tmp_path) as address:
        context, page, visit = open_page(browser, address + "side.html", viewport=PHONE,
                                         wait_until="load")
        overflow = page.evaluate(OVERFLOW)
        context.close()
    assert visit.foreign == ["https://fonts.example.com/logo.png"]
    assert visit.failed == []
    assert overflow > 0
