"""``{samskab-procesmappe-trin} STEP`` on a tiny site (tests/roots/test-procesmappe-trin): the
line in a step's chapter naming its sheets in the project folder, linked to the folder page."""
from __future__ import annotations

import pytest
from site_html import visible_text
from tiny_sites import TinySite

from samskab_lib.templates.definitions import load_template
from samskab_lib.templates.folder import load_definition
from samskab_lib.texts import text

CHAPTER = "book/trin/planlaeg"


@pytest.fixture(scope="module")
def danish(tiny_site) -> TinySite:
    return tiny_site("procesmappe-trin")


def test_the_chapter_builds_without_a_warning(danish: TinySite):
    assert danish.warnings_besides("fejl.md") == []


def test_the_line_names_the_steps_sheets_and_links_the_folder_at_the_step(danish: TinySite):
    (step,) = [s for s in load_definition().steps if s.number == 3]
    titles = [load_template(sheet).title for sheet in step.sheets]
    sheets = ", ".join(titles[:-1]) + text("folder.book.and") + titles[-1]
    line = danish.body(CHAPTER).select_one("p.samskab-procesmappe-henvisning")
    link = line.find("a")
    assert visible_text(line) == (f"{text('folder.book.step_sheets', number=3, sheets=sheets)} "
                                  f"{text('folder.book.step_link_text', number=3)}")
    assert link["href"] == "../procesmappe.html#trin-3"


def test_an_unknown_step_is_named_in_danish_and_a_missing_one_is_reported(danish: TinySite):
    assert danish.warnings_from("fejl.md") == [
        "6: ERROR: " + text("directives.unknown_step", name="6", known="1, 2, 3, 4, 5"),
        # MyST's own (English) message for the missing argument, on the directive's line.
        "9: ERROR: Directive 'samskab-procesmappe-trin': 1 argument(s) required, 0 supplied",
    ]
