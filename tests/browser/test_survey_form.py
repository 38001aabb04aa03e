"""The survey form on step 5's page: an export read in the browser at 375 and 1280 px, the
report's figures equal to the library's, the report downloaded, and no request off the site."""
from __future__ import annotations

from pathlib import Path

import pytest
from browsing import open_page
from docx import Document

from samskab_lib.evaluation.export_answers import read_answers
from samskab_lib.evaluation.survey_report import report_blocks
from samskab_lib.evaluation.survey_results import survey_results
from samskab_lib.templates.markdown_html import blocks_markdown

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "cases" / "evaluering-eksempel"
PAGE = "book/trin/evaluer-svar.html"
POPULATION = {"Under 30 år": 1240, "30–49 år": 1510, "50–64 år": 980, "65 år og derover": 870}


def library_tables(name: str) -> list[list[list[str]]]:
    results = survey_results(read_answers(EXAMPLE / name), 180, POPULATION)
    return [[list(block.headers), *map(list, block.rows)]
            for block in report_blocks(results) if block.kind == "table"]


@pytest.mark.parametrize("name, width", [("microsoft-forms.xlsx", 375), ("surveyxact.csv", 1280),
                                         ("google-forms.csv", 375)])
def test_export_read_in_the_browser_gives_the_library_report(browser, base_url: str, tmp_path: Path,
                                                             name: str, width: int) -> None:
    context, page, visit = open_page(browser, f"{base_url}/{PAGE}", {"width": width, "height": 900})
    form = page.locator(".samskab-evaluering")
    form.locator("input[data-felt=svarfil]").set_input_files(str(EXAMPLE / name))
    form.locator("input[data-felt=inviterede]").fill("180")
    for group, people in POPULATION.items():
        form.locator(f"input[data-felt='befolkning-{group}']").fill(f"{people:,}".replace(",", "."))
    page.wait_for_selector(".samskab-evaluering .samskab-resultat table")
    tables = page.eval_on_selector_all(".samskab-evaluering .samskab-resultat table", """tables =>
        tables.map(t => [...t.rows].map(r => [...r.cells].map(c => c.textContent)))""")
    assert tables == library_tables(name)
    with page.expect_download() as info:
        form.locator("button[data-hent=md]").click()
    markdown = Path(info.value.path()).read_text(encoding="utf-8")
    results = survey_results(read_answers(EXAMPLE / name), 180, POPULATION)
    assert markdown == blocks_markdown([b for b in report_blocks(results) if b.kind != "image"])
    with page.expect_download() as info:
        form.locator("button[data-hent=docx]").click()
    info.value.save_as(tmp_path / "rapport.docx")
    word = Document(str(tmp_path / "rapport.docx"))
    assert [[c.text for c in row.cells] for row in word.tables[3].rows] == library_tables(name)[3]
    assert round(word.sections[0].page_width.mm) == 210
    page_width = page.evaluate("document.documentElement.scrollWidth")
    assert page_width <= width  # nothing sticks out sideways, also on a phone
    page.screenshot(path=str(tmp_path / f"evaluering-{width}.png"), full_page=True)
    assert visit.foreign == [] and visit.console_errors == []
    context.close()


def test_a_file_that_is_not_an_export_gets_the_danish_message(browser, base_url: str,
                                                              tmp_path: Path) -> None:
    context, page, visit = open_page(browser, f"{base_url}/{PAGE}")
    budget = tmp_path / "budget.csv"
    budget.write_text("Post;Beløb\nKaffe;1.200\n", encoding="utf-8")
    page.locator("input[data-felt=svarfil]").set_input_files(str(budget))
    alert = page.locator(".samskab-evaluering .samskab-fejl")
    alert.wait_for()
    assert alert.text_content().startswith(
        "budget.csv: ingen kolonne passer til spørgeskemaets spørgsmål")
    assert visit.foreign == []
    context.close()
