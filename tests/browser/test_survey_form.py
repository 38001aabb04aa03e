"""The survey form on step 5's page: an export read in the browser at 375 and 1280 px, the
report's figures equal to the library's, the report downloaded (Word with the same headings,
tables and charts; Markdown with its figures) and no request off the site."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from browsing import open_page
from docx import Document
from docx.oxml.ns import qn
from PIL import Image
from test_survey_report import POPULATION as SMALL_POPULATION
from test_survey_report import _small_group_shown, assert_report_in_libreoffice, write_small_export

from samskab_lib.evaluation.export_answers import read_answers
from samskab_lib.evaluation.survey_report import report_blocks, report_docx, report_files
from samskab_lib.evaluation.survey_results import survey_results

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "cases" / "evaluering-eksempel"
PAGE = "book/trin/evaluer-svar.html"
POPULATION = {"Under 30 år": 1240, "30–49 år": 1510, "50–64 år": 980, "65 år og derover": 870}


def library_tables(name: str) -> list[list[list[str]]]:
    results = survey_results(read_answers(EXAMPLE / name), 180, POPULATION)
    return [[list(block.headers), *map(list, block.rows)]
            for block in report_blocks(results) if block.kind == "table"]


def word_contents(document: Document) -> dict[str, list]:
    """What a reader finds in a Word report: headings, tables, and each picture's alt text and
    title, in order."""
    pictures = document.element.body.findall(".//" + qn("wp:docPr"))
    return {"headings": [(p.style.name, p.text) for p in document.paragraphs
                         if p.style.name.startswith("Heading")],
            "tables": [[[c.text for c in row.cells] for row in t.rows] for t in document.tables],
            "pictures": [(p.get("descr"), p.get("title")) for p in pictures]}


def fill_form(page, name: str) -> None:
    form = page.locator(".samskab-evaluering")
    form.locator("input[data-felt=svarfil]").set_input_files(str(EXAMPLE / name))
    form.locator("input[data-felt=inviterede]").fill("180")
    for group, people in POPULATION.items():
        form.locator(f"input[data-felt='befolkning-{group}']").fill(f"{people:,}".replace(",", "."))
    page.wait_for_selector(".samskab-evaluering .samskab-resultat table")


@pytest.mark.parametrize("name, width", [("microsoft-forms.xlsx", 375), ("surveyxact.csv", 1280),
                                         ("google-forms.csv", 375)])
def test_export_read_in_the_browser_gives_the_library_report(browser, base_url: str, tmp_path: Path,
                                                             name: str, width: int) -> None:
    context, page, visit = open_page(browser, f"{base_url}/{PAGE}", {"width": width, "height": 900})
    form = page.locator(".samskab-evaluering")
    fill_form(page, name)
    tables = page.eval_on_selector_all(".samskab-evaluering .samskab-resultat table", """tables =>
        tables.map(t => [...t.rows].map(r => [...r.cells].map(c => c.textContent)))""")
    assert tables == library_tables(name)
    results = survey_results(read_answers(EXAMPLE / name), 180, POPULATION)
    alts = [b.text for b in report_blocks(results) if b.kind == "image"]
    assert page.eval_on_selector_all(".samskab-evaluering .samskab-resultat img",
                                     "images => images.map(i => i.alt)") == alts
    with page.expect_download() as info:
        form.locator("button[data-hent=md]").click()
    stem = f"{Path(name).stem}-rapport"
    assert info.value.suggested_filename == f"{stem}-markdown.zip"
    with zipfile.ZipFile(info.value.path()) as folder:
        files = {entry: folder.read(entry) for entry in folder.namelist()}
    expected = report_files(results, stem)
    assert sorted(files) == sorted(n for n in expected if not n.endswith(".docx"))
    assert files[f"{stem}.md"].decode("utf-8") == expected[f"{stem}.md"].decode("utf-8")
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


def test_browser_word_report_is_the_library_report_with_its_charts(browser, base_url: str,
                                                                   tmp_path: Path) -> None:
    """The same headings, tables and charts (alt text and file name) as `samskab evaluering`
    writes for the example export; each chart a PNG that fits the A4 page's text width."""
    name = "surveyxact.csv"
    context, page, visit = open_page(browser, f"{base_url}/{PAGE}", {"width": 1280, "height": 900})
    fill_form(page, name)
    with page.expect_download() as info:
        page.locator(".samskab-evaluering button[data-hent=docx]").click()
    info.value.save_as(tmp_path / "rapport.docx")
    browser_word = Document(str(tmp_path / "rapport.docx"))
    results = survey_results(read_answers(EXAMPLE / name), 180, POPULATION)
    library_word = Document(io.BytesIO(report_docx(results)))
    made_here, made_by_library = word_contents(browser_word), word_contents(library_word)
    assert made_here == made_by_library
    assert [title for _alt, title in made_here["pictures"]] == ["figur-1.png", "figur-2.png"]
    text_width = browser_word.sections[0].page_width - 2 * browser_word.sections[0].left_margin
    for shape in browser_word.inline_shapes:
        assert 0 < shape.width <= text_width and shape.height <= 4680000  # 13 cm
    with zipfile.ZipFile(tmp_path / "rapport.docx") as word:
        media = sorted(n for n in word.namelist() if n.startswith("word/media/"))
        assert media == ["word/media/figur-1.png", "word/media/figur-2.png"]
        sizes = [Image.open(io.BytesIO(word.read(n))).size for n in media]
    library_sizes = [Image.open(io.BytesIO(b.image)).size
                     for b in report_blocks(results) if b.kind == "image"]
    assert sizes == library_sizes  # the same shape, so the same place on the page
    assert_report_in_libreoffice(tmp_path / "rapport.docx")  # both charts on A4 pages
    assert visit.foreign == [] and visit.console_errors == []
    context.close()


def test_browser_charts_break_down_no_group_under_5(browser, base_url: str,
                                                    tmp_path: Path) -> None:
    """The small export of test_survey_report (a question with 4 answers, age groups of 2 and
    0): the Word report's charts carry the library's alt texts, none showing a small group."""
    path = write_small_export(tmp_path)
    context, page, visit = open_page(browser, f"{base_url}/{PAGE}")
    form = page.locator(".samskab-evaluering")
    form.locator("input[data-felt=svarfil]").set_input_files(str(path))
    for group, people in SMALL_POPULATION.items():
        form.locator(f"input[data-felt='befolkning-{group}']").fill(str(people))
    form.locator("input[data-felt=inviterede]").fill("40")
    page.wait_for_selector(".samskab-evaluering .samskab-resultat img")
    with page.expect_download() as info:
        form.locator("button[data-hent=docx]").click()
    info.value.save_as(tmp_path / "rapport.docx")
    alts = [alt for alt, _title in word_contents(Document(str(tmp_path / "rapport.docx")))["pictures"]]
    results = survey_results(read_answers(path), 40, SMALL_POPULATION)
    assert alts == [b.text for b in report_blocks(results) if b.kind == "image"]
    assert len(alts) == 2 and not any(_small_group_shown(alt) for alt in alts)
    assert visit.foreign == [] and visit.console_errors == []
    context.close()
