"""Browser fixtures: the built site served on 127.0.0.1 and Debian's Chromium via Playwright.

Every test module here sets `pytestmark = pytest.mark.browser`. `scripts/run_tests.sh` deselects
them, with a plain message, on a machine without Chromium; under CI (`CI=true`) a missing browser
fails instead.
"""
from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from browsing import CHROMIUM, CHROMIUM_ARGS, DESKTOP, SITE, TABLE_FACTS, PageVisit, open_page

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib name
        pass


@pytest.fixture(scope="session")
def base_url() -> Iterator[str]:
    """Serve the built site on a free port of 127.0.0.1 for the whole session."""
    if not (SITE / "index.html").is_file():
        pytest.fail("The book is not built: run `make test`, which builds it first.")
    handler = functools.partial(_QuietHandler, directory=str(SITE))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, driven by Playwright (which cannot download browsers here)."""
    if not CHROMIUM.is_file():
        pytest.fail(f"Chromium is missing at {CHROMIUM}: install it with `apt-get install chromium`.")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@dataclass(frozen=True)
class SeenPage:
    """What one load of a page at one viewport showed, for every test that asks about it."""

    visit: PageVisit  # requests off-site, failures and console errors while it loaded
    overflow: int  # pixels the page is wider than the screen
    table_facts: dict  # browsing.TABLE_FACTS
    violations: tuple[str, ...] | None  # axe's WCAG 2.1 AA findings (desktop loads only)


@pytest.fixture(scope="session")
def seen_page(browser, base_url: str) -> Callable[[str, dict], SeenPage]:
    """Load each page once per viewport and remember what the every-page and reader tests check.

    A desktop load is also checked with axe (after the snapshot of the load: axe fetches
    stylesheets itself while it checks).
    """
    from axe_playwright_python.sync_playwright import Axe

    seen: dict[tuple[str, int, int], SeenPage] = {}

    def load(path: str, viewport: dict) -> SeenPage:
        key = (path, viewport["width"], viewport["height"])
        if key not in seen:
            context, page, loaded = open_page(browser, base_url + path, viewport=viewport)
            overflow = page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth")
            facts = page.evaluate(TABLE_FACTS)
            visit = PageVisit(list(loaded.foreign), list(loaded.failed),
                              list(loaded.console_errors))
            violations = None
            if viewport == DESKTOP:
                results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
                violations = tuple(
                    f"{v['id']}: {v['help']} ({len(v['nodes'])}x, e.g. {v['nodes'][0]['target']})"
                    for v in results.response["violations"])
            context.close()
            seen[key] = SeenPage(visit, overflow, facts, violations)
        return seen[key]

    return load
