"""Helpers for the browser tests: which pages the site has and how to visit one."""
from __future__ import annotations

import functools
import http.server
import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import editions as edition_layout

SITE = Path(__file__).resolve().parents[2] / "_build" / "html"
CHROMIUM = Path(os.environ.get("SAMSKAB_CHROMIUM", "/usr/bin/chromium"))
# Flags that keep Chromium from phoning home, so every request we see is the page's own; no
# host but 127.0.0.1 resolves, so a request to another server is seen (open_page) and goes nowhere.
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]


# Where each edition of the book is below the site root: Danish at the root, bokmål in nb/.
EDITIONS = {language: edition_layout.site_prefix(language)
            for language in edition_layout.EDITIONS}
_NOT_PAGES = ("_static/", "_sources/", "_downloads/", "_images/",
              *(folder for folder in EDITIONS.values() if folder))


def edition_pages(folder: str) -> list[str]:
    """Every HTML page of the edition in *folder*, as a path relative to the site root."""
    root = SITE / folder
    return sorted(folder + p.relative_to(root).as_posix() for p in root.rglob("*.html")
                  if not p.relative_to(root).as_posix().startswith(_NOT_PAGES))


PHONE = {"width": 375, "height": 812}
# Pixels the page is wider than the screen (positive: it scrolls sideways).
OVERFLOW = "document.documentElement.scrollWidth - document.documentElement.clientWidth"
DESKTOP = {"width": 1280, "height": 900}

# Every word of every table cell: its pieces of text on screen, by line. Words are runs of
# letters and digits with the separators of a number; hyphens, dashes and slashes are places
# where a line may break, so they end a word.
TABLE_FACTS = """() => {
  const split = [];
  const cells = document.querySelectorAll('article table td, article table th');
  for (const cell of cells) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of node.data.matchAll(/[\\p{L}\\p{N}][\\p{L}\\p{N}.,%’']*/gu)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].filter(r => r.width > 0)
                                                        .map(r => Math.round(r.bottom)));
        if (lines.size > 1) split.push(match[0]);
      }
    }
  }
  const uncued = [];
  for (const table of document.querySelectorAll('article table')) {
    if (!table.getClientRects().length) continue;
    const frame = table.parentElement;
    const article = document.querySelector('article.bd-article');
    const tooWide = table.getBoundingClientRect().width > article.clientWidth + 1
                 || table.getBoundingClientRect().width > frame.clientWidth + 1;
    if (!tooWide) continue;
    const scrolls = ['auto', 'scroll'].includes(getComputedStyle(frame).overflowX);
    const cue = frame.nextElementSibling;
    const cued = frame.classList.contains('samskab-scroll') && frame.tabIndex === 0
              && cue && cue.classList.contains('samskab-scroll-cue') && cue.offsetHeight > 0;
    if (!(scrolls && cued))
      uncued.push((table.querySelector('caption, th') || table).textContent.trim().slice(0, 60));
  }
  const names = [];
  for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
    for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) {
      if (el.hasAttribute(attr)) names.push(el.getAttribute(attr).trim());
    }
  }
  return {split, uncued, names, text: document.body.innerText};
}"""



def site_pages() -> list[str]:
    """Every HTML page of both editions of the built site, as a path relative to the site root."""
    pages = [page for folder in EDITIONS.values() for page in edition_pages(folder)]
    return pages or ["index.html"]


# Sphinx's search has finished, with hits or none: it has replaced the heading and its progress dots.
SEARCH_DONE = ("document.querySelector('#search-results h2')"
               " && !document.querySelector('#search-results h2 span')")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib name
        pass


class _QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        """A page closed before its last file arrived is no error; anything else is shown."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextmanager
def serve(folder: Path) -> Iterator[str]:
    """Serve *folder* on a free port of 127.0.0.1; yields its address, ending in "/"."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = _QuietServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()


@dataclass
class PageVisit:
    """What a page did while it loaded: requests it tried off-site, failures and console errors."""

    foreign: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)


def open_page(browser, url: str, viewport: dict | None = None, wait_until: str = "load"):
    """Load `url`, recording every request to another host (which Chromium cannot reach:
    CHROMIUM_ARGS), every failed request and every console error.

    Returns at the load event (the page's scripts have run); Playwright's locators wait for what
    a script draws later. "networkidle" waits half a second more on every page, which only a
    redirect needs.
    """
    context = browser.new_context(viewport=viewport or {"width": 1280, "height": 900})
    page = context.new_page()
    visit = PageVisit()
    own_host = urlparse(url).netloc

    def foreign(address: str) -> bool:
        target = urlparse(address)
        return target.scheme not in ("data", "blob") and target.netloc != own_host

    page.on("request", lambda r: foreign(r.url) and visit.foreign.append(r.url))
    page.on("requestfailed", lambda r: foreign(r.url)
            or visit.failed.append(f"{r.url} ({r.failure})"))
    page.on("response", lambda r: r.status >= 400 and visit.failed.append(f"{r.url} ({r.status})"))
    page.on("console", lambda m: m.type == "error" and visit.console_errors.append(m.text))
    page.on("pageerror", lambda e: visit.console_errors.append(str(e)))
    page.goto(url, wait_until=wait_until)
    return context, page, visit
