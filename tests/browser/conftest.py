"""Browser fixtures: the built site served on 127.0.0.1 and Debian's Chromium via Playwright.

Every test module here sets `pytestmark = pytest.mark.browser`. `scripts/run_tests.sh` deselects
them, with a plain message, on a machine without Chromium; under CI (`CI=true`) a missing browser
fails instead.
"""
from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator

import pytest
from browsing import CHROMIUM, CHROMIUM_ARGS, SITE


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
