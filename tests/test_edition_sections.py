"""A section for one edition only (book/_ext/samskab_book/edition_sections.py), on a tiny site.

The site is built twice, as the Danish and as the Norwegian edition, with MyST and the book's
tag ``lang_<language>``; the checks read the HTML a reader gets and the gettext catalogue a
translator gets.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from sphinx.cmd.build import build_main

ROOT = Path(__file__).resolve().parent.parent

CONF = f'''
import sys
sys.path.insert(0, {str(ROOT / "book" / "_ext")!r})
extensions = ["myst_parser"]
myst_enable_extensions = ["colon_fence"]
language = "da"
html_sidebars = {{"**": ["localtoc.html"]}}

def setup(app):
    from samskab_book import edition_sections
    from samskab_book import tag_the_language
    edition_sections.setup(app)
    app.connect("config-inited", tag_the_language)
'''

PAGE = """# Rammerne

:::{only} lang_nb
Norsk innledning.
:::

## Plan- og bygningsloven

:::{only} lang_nb
Medvirkning etter § 5-1.
:::

### Planprogram

:::{only} lang_nb
Planprogrammet etter § 4-1.
:::

## Planloven

Idéfasen efter § 23 c.

:::{only} lang_da
Kun i den danske udgave.
:::

## Norge

:::{only} lang_da
Et kort afsnit om Norge i den danske udgave.
:::

## Kilder

Kildelisten.
"""


@pytest.fixture(scope="module")
def tiny_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    source = tmp_path_factory.mktemp("editions")
    (source / "conf.py").write_text(CONF, encoding="utf-8")
    (source / "index.md").write_text(PAGE, encoding="utf-8")
    for builder, language in (("html", "da"), ("html", "nb"), ("gettext", "da")):
        out = source / "_build" / f"{builder}-{language}"
        assert build_main(["-q", "-W", "-b", builder, "-D", f"language={language}",
                           str(source), str(out)]) == 0
    return source / "_build"


def _page(site: Path, language: str) -> BeautifulSoup:
    html = (site / f"html-{language}" / "index.html").read_text(encoding="utf-8")
    return BeautifulSoup(html, "html.parser")


def _headings(page: BeautifulSoup) -> list[str]:
    body = page.select_one("div.body")
    return [h.get_text(strip=True).rstrip("¶") for h in body.find_all(["h1", "h2", "h3"])]


def _contents(page: BeautifulSoup) -> list[str]:
    """The page's own table of contents in the sidebar."""
    return [a.get_text(strip=True) for a in page.select("div.sphinxsidebar a.reference.internal")]


def test_the_norwegian_edition_shows_its_own_sections_first(tiny_site: Path) -> None:
    page = _page(tiny_site, "nb")
    assert _headings(page) == ["Rammerne", "Plan- og bygningsloven", "Planprogram", "Planloven",
                               "Kilder"]
    text = page.select_one("div.body").get_text(" ", strip=True)
    assert "Medvirkning etter § 5-1." in text and "Planprogrammet etter § 4-1." in text
    assert "Kun i den danske udgave" not in text and "Norge i den danske udgave" not in text
    assert "Plan- og bygningsloven" in _contents(page) and "Norge" not in _contents(page)


def test_the_danish_edition_has_no_norwegian_heading_nor_contents_entry(tiny_site: Path) -> None:
    page = _page(tiny_site, "da")
    assert _headings(page) == ["Rammerne", "Planloven", "Norge", "Kilder"]
    text = page.select_one("div.body").get_text(" ", strip=True)
    assert "Kun i den danske udgave." in text and "Idéfasen efter § 23 c." in text
    assert "§ 5-1" not in text and "Norsk innledning" not in text
    assert "Plan- og bygningsloven" not in _contents(page)
    assert "Planprogram" not in _contents(page)


def test_a_shared_section_keeps_its_heading_in_both_editions(tiny_site: Path) -> None:
    for language in ("da", "nb"):
        assert "Planloven" in _headings(_page(tiny_site, language))


def test_the_catalogue_holds_both_editions_text_for_the_translator(tiny_site: Path) -> None:
    catalogue = (tiny_site / "gettext-da" / "index.pot").read_text(encoding="utf-8")
    for text in ("Plan- og bygningsloven", "Medvirkning etter § 5-1.", "Planprogram",
                 "Kun i den danske udgave.", "Norge", "Idéfasen efter § 23 c."):
        assert f'msgid "{text}"' in catalogue, text
