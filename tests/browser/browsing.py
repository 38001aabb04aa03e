"""Helpers for the browser tests: which pages the site has and how to visit one."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

SITE = Path(__file__).resolve().parents[2] / "_build" / "html"
CHROMIUM = Path(os.environ.get("SAMSKAB_CHROMIUM", "/usr/bin/chromium"))
# Flags that keep Chromium from phoning home, so every request we see is the page's own.
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


# Where each edition of the book is below the site root: Danish at the root, bokmål in nb/.
EDITIONS = {"da": "", "nb": "nb/"}
_NOT_PAGES = ("_static/", "_sources/", "_downloads/", "_images/",
              *(folder for folder in EDITIONS.values() if folder))


def edition_pages(folder: str) -> list[str]:
    """Every HTML page of the edition in *folder*, as a path relative to the site root."""
    root = SITE / folder
    return sorted(folder + p.relative_to(root).as_posix() for p in root.rglob("*.html")
                  if not p.relative_to(root).as_posix().startswith(_NOT_PAGES))


def site_pages() -> list[str]:
    """Every HTML page of both editions of the built site, as a path relative to the site root."""
    pages = [page for folder in EDITIONS.values() for page in edition_pages(folder)]
    return pages or ["index.html"]


@dataclass
class PageVisit:
    """What a page did while it loaded: requests it tried off-site, failures and console errors."""

    foreign: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)


def open_page(browser, url: str, viewport: dict | None = None):
    """Load `url`, blocking and recording every request to another host."""
    context = browser.new_context(viewport=viewport or {"width": 1280, "height": 900})
    page = context.new_page()
    visit = PageVisit()
    own_host = urlparse(url).netloc

    def route(route):
        target = urlparse(route.request.url)
        if target.scheme in ("data", "blob") or target.netloc == own_host:
            route.continue_()
        else:
            visit.foreign.append(route.request.url)
            route.abort()

    page.route("**/*", route)
    page.on("requestfailed", lambda r: visit.failed.append(f"{r.url} ({r.failure})"))
    page.on("response", lambda r: r.status >= 400 and visit.failed.append(f"{r.url} ({r.status})"))
    page.on("console", lambda m: m.type == "error" and visit.console_errors.append(m.text))
    page.on("pageerror", lambda e: visit.console_errors.append(str(e)))
    page.goto(url, wait_until="networkidle")
    return context, page, visit
