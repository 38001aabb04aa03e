"""What the built pages of part 2 (the five steps) show a reader."""
from __future__ import annotations

import re
from html import unescape

import pytest
from site_html import first_column, header_cells, hrefs, visible_text

from samskab_lib import steps_overview

STEP_PAGES = ["afklar", "undersoeg", "planlaeg", "implementer", "evaluer"]
METHODS = ["Fokusgruppe", "Interview", "Onlinespørgeskema", "Tænke-højt-test", "Workshop",
           "Åbent borgermøde", "Byvandring"]


def step(page, name: str):
    """A page of part 2, parsed."""
    return page(f"book/trin/{name}")


@pytest.mark.parametrize("name", STEP_PAGES)
def test_each_step_page_has_a_getting_started_checklist(page, name: str):
    section = step(page, name).find("section", id="sadan-kommer-i-i-gang")
    assert section, f"{name}: no 'Sådan kommer I i gang' section"
    assert "Sådan kommer I i gang" in visible_text(section.find(re.compile(r"^h[1-6]$")))
    assert len(section.find_all("li")) >= 4, f"{name}: checklist too short"


@pytest.mark.parametrize("name", STEP_PAGES)
def test_each_step_page_lists_its_own_sources(page, name: str):
    sources = step(page, name).find("section", id="kilder")
    assert sources, f"{name}: no Kilder section"
    words = visible_text(sources)
    assert "Hjørring Kommune" in words or "Bengtsson" in words
    assert any("kildeliste.html" in href for href in hrefs(sources))


def test_method_catalogue_is_one_table_with_the_seven_methods(page):
    catalogue = [t for t in step(page, "undersoeg").find_all("table")
                 if "Brug den, når" in " ".join(header_cells(t))]
    assert len(catalogue) == 1
    assert header_cells(catalogue[0]) == ["Metode", "Brug den, når …", "Den giver jer …",
                                          "Den koster …"]
    assert first_column(catalogue[0]) == METHODS


def test_overview_has_the_figure_with_alt_text_and_a_row_per_step(page):
    overview_page = step(page, "oversigt")
    figure = overview_page.find("img", src=re.compile(r"fem-trin\.svg$"))
    assert figure and figure["alt"] == unescape(steps_overview().alt)
    overview = [t for t in overview_page.find_all("table") if "Skabelon" in header_cells(t)]
    assert len(overview) == 1
    assert first_column(overview[0]) == ["1 Afklar", "2 Undersøg", "3 Planlæg", "4 Implementér",
                                         "5 Evaluér og følg op"]


def test_afklar_explains_why_the_fixed_ten_percent_goal_was_a_weakness(page):
    words = visible_text(step(page, "afklar"))
    assert "10 % af kommunens oliefyr" in words
    assert "Sådan sætter I målet" in words
    assert "sammen med aktørerne" in words


def test_nordfjordby_is_always_labelled_fictional(page):
    for name in ["undersoeg", "planlaeg", "evaluer"]:
        parsed = step(page, name)
        assert "Nordfjordby" in visible_text(parsed)
        for heading in parsed.find_all("h2"):
            if "Nordfjordby" in visible_text(heading):
                assert "(fiktiv)" in visible_text(heading), f"{name}: {heading}"


def test_part_two_appears_in_the_navigation(page):
    intro = page("book/intro")
    assert "Del 2 – Processen i fem trin" in visible_text(intro)
    links = hrefs(intro)
    for name in ["oversigt", *STEP_PAGES]:
        assert any(link.endswith(f"trin/{name}.html") for link in links), name


@pytest.mark.parametrize("name", STEP_PAGES)
def test_every_step_chapter_links_the_browser_form_for_its_templates(page, name: str):
    parsed = step(page, name)
    links = hrefs(parsed, "../udfyld.html?skabelon=")
    purposes = parsed.find_all(class_="samskab-skabelon-formaal")
    assert links and len(links) == len(purposes), links
    assert all(re.fullmatch(r"\.\./udfyld\.html\?skabelon=[a-z_]+", link) for link in links)


@pytest.mark.parametrize("chapter", ["grundlag/typologi", "grundlag/noegler", "trin/planlaeg",
                                     "cases/hjoerring", "cases/jevnaker", "cases/nordfjordby"])
def test_next_leads_from_a_chapter_to_a_chapter_not_a_notebook(page, chapter: str):
    following = page(f"book/{chapter}").find("a", class_="right-next", href=True)
    assert following and "notesboeger" not in following["href"], following


def test_every_gallery_card_links_the_browser_form_with_its_template(page):
    from samskab_lib.templates.definitions import template_ids

    gallery = page("book/skabeloner").find("ul", class_="samskab-galleri")
    forms = [href.split("=", 1)[1] for href in hrefs(gallery, "udfyld.html?skabelon=")]
    assert forms == list(template_ids())
