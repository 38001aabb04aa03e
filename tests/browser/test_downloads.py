"""Every template download on the site returns a file that opens: Word via python-docx."""
from __future__ import annotations

import io

import docx
import pytest
from browsing import SITE, open_page

pytestmark = pytest.mark.browser

PAGES_WITH_DOWNLOADS = sorted(
    p.relative_to(SITE).as_posix() for p in SITE.rglob("*.html")
    if "_static" not in p.parts and 'class="reference download internal"' in p.read_text(encoding="utf-8")
) if SITE.is_dir() else []


def test_the_templates_page_offers_downloads():
    assert "book/skabeloner.html" in PAGES_WITH_DOWNLOADS


@pytest.mark.parametrize("path", PAGES_WITH_DOWNLOADS)
def test_every_download_link_returns_a_file_that_opens(browser, base_url: str, path: str) -> None:
    context, page, _visit = open_page(browser, base_url + path)
    links = page.eval_on_selector_all("a.reference.download", "els => els.map(e => e.href)")
    problems = []
    for href in links:
        response = page.request.get(href)
        if not response.ok:
            problems.append(f"{href}: {response.status}")
        elif href.endswith(".docx"):
            document = docx.Document(io.BytesIO(response.body()))
            if not any(p.style.name.startswith("Heading") for p in document.paragraphs):
                problems.append(f"{href}: no headings")
        elif href.endswith(".md") and not response.text().lstrip().startswith("#"):
            problems.append(f"{href}: not a Markdown document with a heading")
    context.close()
    assert links, f"{path} has no download links"
    assert problems == []
