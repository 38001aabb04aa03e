"""Every built page, read as HTML: self-contained, no fake-live widgets, alt text on every image."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

EXTERNAL = re.compile(r"^(https?:)?//", re.IGNORECASE)


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.loaded: list[str] = []
        self.images_without_alt: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag in ("script", "img", "iframe", "source") and values.get("src"):
            self.loaded.append(values["src"] or "")
        if tag == "link" and values.get("rel") in ("stylesheet", "preload", "icon") and values.get("href"):
            self.loaded.append(values["href"] or "")
        if tag == "img" and not (values.get("alt") or "").strip():
            self.images_without_alt.append(values.get("src") or "?")


def pages(site: Path) -> list[Path]:
    return [p for p in site.rglob("*.html") if "_static" not in p.parts]


def read(page: Path) -> _Collector:
    collector = _Collector()
    collector.feed(page.read_text(encoding="utf-8"))
    return collector


def test_no_page_loads_anything_from_another_host(site: Path):
    offenders = {p.relative_to(site).as_posix(): [u for u in read(p).loaded if EXTERNAL.match(u)]
                 for p in pages(site)}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_every_image_has_alt_text(site: Path):
    missing = {p.relative_to(site).as_posix(): read(p).images_without_alt for p in pages(site)}
    assert {k: v for k, v in missing.items() if v} == {}


def test_no_page_shows_a_widget_that_needs_a_kernel(site: Path):
    fake_live = [p.relative_to(site).as_posix() for p in pages(site)
                 if "application/vnd.jupyter.widget-view+json" in p.read_text(encoding="utf-8")]
    assert fake_live == []


def test_citations_join_authors_in_danish(site: Path):
    citations = re.compile(
        r'<a class="reference internal" href="[^"]*kildeliste\.html#id\d+"[^>]*>([^<]+)</a>')
    found = [c for p in pages(site) for c in citations.findall(p.read_text(encoding="utf-8"))]
    assert any(" og " in c for c in found), "no citation with two authors found"
    assert [c for c in found if " and " in c] == []


def test_no_page_carries_unused_widget_state(site: Path):
    heavy = [p.relative_to(site).as_posix() for p in pages(site)
             if "application/vnd.jupyter.widget-state+json" in p.read_text(encoding="utf-8")]
    assert heavy == []


ENGLISH_UI = ("Link to this heading", "Skip to main content", "Toggle primary sidebar", "Run Time (s)",
              "Toggle hidden content", "Search this book", "previous page", "Color mode")


def test_page_controls_speak_danish(site: Path):
    english = {p.relative_to(site).as_posix(): [s for s in ENGLISH_UI if s in p.read_text(encoding="utf-8")]
               for p in pages(site)}
    assert {k: v for k, v in english.items() if v} == {}


def test_headings_never_skip_a_level(site: Path):
    skipped, checked = {}, 0
    for page in pages(site):
        article = page.read_text(encoding="utf-8").split('<article class="bd-article">', 1)
        if len(article) < 2:
            continue
        checked += 1
        levels = [int(level) for level in re.findall(r"<h([1-6])[\s>]", article[1].split("</article>")[0])]
        jumps = [(a, b) for a, b in zip(levels, levels[1:], strict=False) if b > a + 1]
        if jumps:
            skipped[page.relative_to(site).as_posix()] = jumps
    assert checked >= 30 and skipped == {}
