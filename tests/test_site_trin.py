"""What the built pages of part 2 (the five steps) show a reader."""
from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest

from samskab_lib import steps_overview

STEP_PAGES = ["afklar", "undersoeg", "planlaeg", "implementer", "evaluer"]
METHODS = ["Fokusgruppe", "Interview", "Onlinespørgeskema", "Tænke-højt-test", "Workshop",
           "Åbent borgermøde", "Byvandring"]


def page_text(site: Path, name: str) -> str:
    """The page's HTML with entities decoded."""
    return unescape((site / "book" / "trin" / f"{name}.html").read_text(encoding="utf-8"))


def tables(html: str) -> list[str]:
    """Every <table> element of a page, as HTML."""
    return re.findall(r"<table.*?</table>", html, flags=re.DOTALL)


def header_cells(table: str) -> list[str]:
    """The text of a table's header cells."""
    return [re.sub(r"<[^>]+>", "", cell).strip()
            for cell in re.findall(r"<th[^>]*>(.*?)</th>", table, flags=re.DOTALL)]


def first_column(table: str) -> list[str]:
    """The text of the first cell of every body row."""
    body = re.search(r"<tbody>(.*?)</tbody>", table, flags=re.DOTALL).group(1)
    rows = re.findall(r"<tr[^>]*>\s*<td[^>]*>(.*?)</td>", body, flags=re.DOTALL)
    return [re.sub(r"<[^>]+>", "", cell).strip() for cell in rows]


@pytest.mark.parametrize("name", STEP_PAGES)
def test_each_step_page_has_a_getting_started_checklist(site: Path, name: str):
    html = page_text(site, name)
    section = re.search(r"<section id=\"sadan-kommer-i-i-gang\">(.*?)</section>", html,
                        flags=re.DOTALL)
    assert section, f"{name}: no 'Sådan kommer I i gang' section"
    assert "Sådan kommer I i gang" in section.group(1)
    assert len(re.findall(r"<li>", section.group(1))) >= 4, f"{name}: checklist too short"


@pytest.mark.parametrize("name", STEP_PAGES)
def test_each_step_page_lists_its_own_sources(site: Path, name: str):
    html = page_text(site, name)
    sources = re.search(r"<section id=\"kilder\">(.*?)</section>", html, flags=re.DOTALL)
    assert sources, f"{name}: no Kilder section"
    assert "Hjørring Kommune" in sources.group(1) or "Bengtsson" in sources.group(1)
    assert "kildeliste.html" in sources.group(1)


def test_method_catalogue_is_one_table_with_the_seven_methods(site: Path):
    catalogue = [t for t in tables(page_text(site, "undersoeg"))
                 if "Brug den, når" in " ".join(header_cells(t))]
    assert len(catalogue) == 1
    assert header_cells(catalogue[0]) == ["Metode", "Brug den, når …", "Den giver jer …",
                                          "Den koster …"]
    assert first_column(catalogue[0]) == METHODS


def test_overview_has_the_figure_with_alt_text_and_a_row_per_step(site: Path):
    html = page_text(site, "oversigt")
    alt = re.search(r'<img alt="([^"]+)"[^>]* src="[^"]*fem-trin\.svg"', html)
    assert alt and alt.group(1) == unescape(steps_overview().alt)
    overview = [t for t in tables(html) if "Skabelon" in header_cells(t)]
    assert len(overview) == 1
    assert first_column(overview[0]) == ["1 Afklar", "2 Undersøg", "3 Planlæg", "4 Implementér",
                                         "5 Evaluér og følg op"]


def test_afklar_explains_why_the_fixed_ten_percent_goal_was_a_weakness(site: Path):
    html = page_text(site, "afklar")
    assert "10 % af kommunens oliefyr" in html
    assert "Sådan sætter I målet" in html
    assert "sammen med aktørerne" in html


def test_nordfjordby_is_always_labelled_fictional(site: Path):
    for name in ["undersoeg", "planlaeg", "evaluer"]:
        html = page_text(site, name)
        assert "Nordfjordby" in html
        for heading in re.findall(r"<h2>(.*?)</h2>", html, flags=re.DOTALL):
            if "Nordfjordby" in heading:
                assert "(fiktiv)" in heading, f"{name}: {heading}"


def test_part_two_appears_in_the_navigation(site: Path):
    html = (site / "book" / "intro.html").read_text(encoding="utf-8")
    assert "Del 2 – Processen i fem trin" in unescape(html)
    for name in ["oversigt", *STEP_PAGES]:
        assert f"trin/{name}.html" in html


@pytest.mark.parametrize("name", STEP_PAGES)
def test_every_step_chapter_links_the_browser_form_for_its_templates(site: Path, name: str):
    html = page_text(site, name)
    links = re.findall(r'href="\.\./udfyld\.html\?skabelon=([a-z_]+)"', html)
    assert links and len(links) == html.count('class="samskab-skabelon-formaal"'), links


@pytest.mark.parametrize("page", ["grundlag/typologi", "grundlag/noegler", "trin/planlaeg",
                                  "cases/hjoerring", "cases/jevnaker", "cases/nordfjordby"])
def test_next_leads_from_a_chapter_to_a_chapter_not_a_notebook(site: Path, page: str):
    html = (site / "book" / f"{page}.html").read_text(encoding="utf-8")
    following = re.search(r'<a class="right-next"\s+href="([^"]+)"', html)
    assert following and "notesboeger" not in following.group(1), following


def test_every_gallery_card_links_the_browser_form_with_its_template(site: Path):
    from samskab_lib.templates.definitions import template_ids

    html = (site / "book" / "skabeloner.html").read_text(encoding="utf-8")
    gallery = html[html.index('class="samskab-galleri'):]
    gallery = gallery[:gallery.index("</ul>")]
    assert re.findall(r'href="udfyld\.html\?skabelon=([a-z_]+)"', gallery) == list(template_ids())
