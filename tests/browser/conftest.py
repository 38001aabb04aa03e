"""Browser fixtures: the built site served on 127.0.0.1 and Debian's Chromium via Playwright.

Every test module here sets `pytestmark = pytest.mark.browser`. `scripts/run_tests.sh` deselects
them, with a plain message, on a machine without Chromium; under CI (`CI=true`) a missing browser
fails instead.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from browsing import (
    CHROMIUM,
    CHROMIUM_ARGS,
    DESKTOP,
    OVERFLOW,
    PHONE,
    SITE,
    TABLE_FACTS,
    PageVisit,
    open_page,
    serve,
)

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture(scope="session")
def base_url() -> Iterator[str]:
    """Serve the built site on a free port of 127.0.0.1 for the whole session."""
    if not (SITE / "index.html").is_file():
        pytest.fail("The book is not built: run `make test`, which builds it first.")
    with serve(SITE) as address:
        yield address


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
    """What a page showed at one screen width, for every test that asks about it."""

    visit: PageVisit  # requests off-site, failures and console errors at every width
    overflow: int  # pixels the page is wider than the screen
    table_facts: dict  # browsing.TABLE_FACTS
    violations: tuple[str, ...] | None  # axe's WCAG 2.1 AA findings (desktop width only)


# The widths every page is seen at, in the order a load goes through them: opened on a phone,
# then narrowed to the smallest phone, then widened to a desktop screen.
SEEN_AT = (PHONE, {**PHONE, "width": 320}, DESKTOP)

# After a change of width: fonts and the images the page started to fetch are in, the layout has
# stopped moving (the sidebars slide), and the page's handlers of the new sizes have run (they
# wait for an animation frame).
SETTLED = """async () => {
  const frame = () => new Promise(done => requestAnimationFrame(done));
  await document.fonts.ready;
  const pending = [...document.images].filter(img => !img.complete && img.loading !== 'lazy');
  await Promise.all(pending.map(img => img.decode().catch(() => null)));
  const shape = () => [...document.querySelectorAll('article, article table, .bd-sidebar-primary')]
    .map(box => box.getBoundingClientRect().width).join();
  let last = null;
  for (let still = 0, frames = 0; still < 3 && frames < 300; frames++) {
    await frame();
    const now = shape();
    still = now === last ? still + 1 : 0;
    last = now;
  }
  await frame();
  await frame();
}"""


def _axe_findings(page) -> tuple[str, ...]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    return tuple(f"{v['id']}: {v['help']} ({len(v['nodes'])}x, e.g. {v['nodes'][0]['target']})"
                 for v in results.response["violations"])


@pytest.fixture(scope="session")
def seen_page(browser, base_url: str) -> Callable[[str, dict], SeenPage]:
    """What a page shows at each width of SEEN_AT, from one load of it.

    The page is opened at phone width, the width most staff read at, then the window is resized
    as when a phone is turned or a window dragged (samskab-tables.js marks tables again on
    resize), and axe checks the desktop layout last (it fetches stylesheets itself, after the
    requests of the load are recorded).
    """
    seen: dict[tuple[str, int, int], SeenPage] = {}

    def look(path: str) -> None:
        # A page that redirects (the root index) is followed until the network is quiet.
        redirects = 'http-equiv="refresh"' in (SITE / path).read_text(encoding="utf-8")
        context, page, visit = open_page(browser, base_url + path, viewport=SEEN_AT[0],
                                         wait_until="networkidle" if redirects else "load")
        views = []
        for viewport in SEEN_AT:
            page.set_viewport_size(viewport)
            page.evaluate(SETTLED)
            overflow = page.evaluate(OVERFLOW)
            views.append((viewport, overflow, page.evaluate(TABLE_FACTS)))
        snapshot = PageVisit(list(visit.foreign), list(visit.failed), list(visit.console_errors))
        violations = _axe_findings(page)
        context.close()
        for viewport, overflow, facts in views:
            seen[path, viewport["width"], viewport["height"]] = SeenPage(
                snapshot, overflow, facts, violations if viewport == DESKTOP else None)

    def load(path: str, viewport: dict) -> SeenPage:
        if (path, viewport["width"], viewport["height"]) not in seen:
            look(path)
        return seen[path, viewport["width"], viewport["height"]]

    return load
