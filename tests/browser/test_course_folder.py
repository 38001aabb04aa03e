"""The exercise catalogue's course-folder chooser: tick exercises, see their files and the command."""
from __future__ import annotations

import pytest
from browsing import open_page

from samskab_lib.handbook.exercises import load_exercises
from samskab_lib.texts import text

pytestmark = pytest.mark.browser
PAGE = "book/oevelser/katalog.html"
BLOCK = ".samskab-kursusmappe"


def listed(page) -> list[str]:
    """The exercises whose folder file the reader can see."""
    return page.eval_on_selector_all(
        f"{BLOCK} .samskab-kursusmappe-filer li",
        "items => items.filter(i => !i.hidden).map(i => i.dataset.oevelse)")


def test_ticking_exercises_lists_their_files_and_writes_the_command(browser, base_url: str) -> None:
    context, page, visit = open_page(browser, base_url + PAGE)
    shown_choice = page.is_visible(f"{BLOCK} fieldset")
    everything, command_all = listed(page), page.text_content(".samskab-kursusmappe-kommando")
    for exercise in load_exercises()[1:]:
        page.uncheck(f'{BLOCK} input[value="{exercise.id}"]')
    page.check(f'{BLOCK} input[value="oevelse-afklar"]')
    two, command_two = listed(page), page.text_content(".samskab-kursusmappe-kommando")
    page.uncheck(f'{BLOCK} input[value="oevelse-afklar"]')
    page.uncheck(f'{BLOCK} input[value="{load_exercises()[0].id}"]')
    none = page.text_content(".samskab-kursusmappe-kommando")
    context.close()
    first = load_exercises()[0].id
    assert shown_choice and visit.console_errors == []
    assert everything == [e.id for e in load_exercises()]
    assert command_all == "samskab elevpakke --alle --pdf"
    assert two == [first, "oevelse-afklar"]
    assert command_two == f"samskab elevpakke {first} oevelse-afklar --pdf"
    assert none == text("course_folder.catalogue_none")
