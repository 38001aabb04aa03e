"""The browser forms on the static site: fill every template, keep the draft, download Word and
YAML that samskab_lib accepts, and the typology and ranking blocks computing what the library does.
"""
from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from browsing import OVERFLOW, open_page
from docx import Document
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from samskab_lib.templates.definitions import load_template, template_ids
from samskab_lib.templates.fill import load_example
from samskab_lib.templates.reading import danish_date, read_date, write_number
from samskab_lib.texts import text

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
SAMSKAB = [str(Path(sys.executable).parent / "samskab")]
FIXTURES = json.loads((ROOT / "tests" / "fixtures" / "typology_ranking.json").read_text("utf-8"))
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
PHONE = {"width": 375, "height": 812}
FORM_PAGE = "book/udfyld.html"


def typed(value: Any) -> Any:
    """A library value as a person types it: Danish numbers and dates (4.9.2017), one item a line."""
    if isinstance(value, list):
        if value and isinstance(value[0], dict):
            return [{k: typed(v) for k, v in row.items() if v not in (None, [], "")} for row in value]
        return "\n".join(str(v) for v in value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return write_number(value)
    if isinstance(value, date):
        return f"{value.day}.{value.month}.{value.year}"
    return "" if value is None else str(value)


def shown(line: str) -> str:
    """A typed line as Word shows it: a date as "4. september 2017", anything else as typed."""
    try:
        return danish_date(read_date(line))
    except ValueError:
        return line


def example_form(template_id: str) -> dict[str, Any]:
    """The template's filled example as typed input; the plan's first row costs "2.500" kroner."""
    form = {k: typed(v) for k, v in load_example(template_id).values.items() if v not in (None, [])}
    if template_id == "samarbejdsplan":
        form["aktiviteter"][0]["kroner"] = "2.500"
    return form


def script_errors(visit) -> list[str]:
    """Console errors, apart from the 404 of Chromium's own request for /favicon.ico."""
    favicon_only = all("favicon.ico" in failed for failed in visit.failed)
    return [e for e in visit.console_errors
            if not (favicon_only and e.startswith("Failed to load resource"))]


def path_selector(*path: Any) -> str:
    return f"[data-path='{json.dumps(list(path), ensure_ascii=False, separators=(',', ':'))}']"


def fill_form(page, template_id: str, form: dict[str, Any]) -> None:
    page.select_option(".samskab-udfyld select", template_id)
    for field_id, value in form.items():
        if isinstance(value, list):
            for index, row in enumerate(value):
                if index > 0:
                    page.click(f"fieldset[data-felt='{field_id}'] > button.samskab-knap")
                for column, cell in row.items():
                    page.fill(path_selector(field_id, index, column), cell)
        else:
            page.fill(path_selector(field_id), value)


def download(page, button: str, target: Path) -> Path:
    with page.expect_download() as info:
        page.click(button)
    info.value.save_as(target)
    return target


def samskab(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*SAMSKAB, *args], capture_output=True, text=True, cwd=ROOT)


def word_content(path: Path) -> list[tuple[str, Any]]:
    """The document body in order: (style, text) for a paragraph, cell texts for a table."""
    doc = Document(str(path))
    content: list[tuple[str, Any]] = []
    for child in doc.element.body.iterchildren():
        if child.tag == qn("w:p"):
            paragraph = Paragraph(child, doc)
            italic = any(run.italic for run in paragraph.runs)
            content.append((paragraph.style.name + (" kursiv" if italic else ""), paragraph.text))
        elif child.tag == qn("w:tbl"):
            table = Table(child, doc)
            content.append(("tabel", [[cell.text for cell in row.cells] for row in table.rows]))
    return content


def all_text(content: list[tuple[str, Any]]) -> str:
    parts = []
    for _style, value in content:
        parts += [cell for row in value for cell in row] if isinstance(value, list) else [value]
    return "\n".join(parts)


def test_emoji_stay_in_the_preview_and_the_word_file(browser, base_url: str, tmp_path: Path) -> None:
    """"Grønne tage 🌱" once lost its emoji to spaces (a regular expression without the u flag)."""
    context, page, visit = open_page(browser, base_url + FORM_PAGE)
    form = {**example_form("samarbejdsplan"), "projekt": "Grønne tage 🌱"}
    fill_form(page, "samarbejdsplan", form)
    preview = page.locator(".samskab-forhaandsvisning")
    preview.get_by_text("Grønne tage 🌱").wait_for()
    word = download(page, "button[data-format=docx]", tmp_path / "samarbejdsplan.docx")
    context.close()
    assert script_errors(visit) == [], visit.failed
    assert "Grønne tage 🌱" in [value for _style, value in word_content(word)]


@pytest.mark.parametrize("template_id", template_ids())
def test_filled_form_keeps_a_draft_and_downloads_word_and_yaml(browser, base_url: str, tmp_path: Path,
                                                              template_id: str) -> None:
    context, page, visit = open_page(browser, base_url + FORM_PAGE)
    form = example_form(template_id)
    has_rows = any(f.type == "rækker" for f in load_template(template_id).fields)
    assert any(isinstance(v, list) and len(v) > 1 for v in form.values()) == has_rows
    fill_form(page, template_id, form)
    page.reload(wait_until="networkidle")
    assert page.input_value(".samskab-udfyld select") == template_id
    status = page.locator(".samskab-status")
    status.wait_for()
    assert status.inner_text().startswith("Kladden fra")
    for field_id, value in form.items():
        if isinstance(value, list):
            for index, row in enumerate(value):
                for column, cell in row.items():
                    assert page.input_value(path_selector(field_id, index, column)) == cell
        else:
            assert page.input_value(path_selector(field_id)) == value

    word = download(page, "button[data-format=docx]", tmp_path / f"{template_id}.docx")
    yaml_file = download(page, "button[data-format=yml]", tmp_path / f"{template_id}.yml")
    context.close()
    assert script_errors(visit) == [], visit.failed

    checked = samskab("tjek", str(yaml_file))
    assert checked.returncode == 0, checked.stderr
    content = all_text(word_content(word))
    for value in form.values():
        cells = [c for row in value for c in row.values()] if isinstance(value, list) else [value]
        for cell in cells:
            for line in cell.split("\n"):
                assert shown(line) in content, f"{template_id}: {shown(line)!r} missing in Word"
    if template_id == "samarbejdsplan":
        assert "2.500" in content
        assert "kroner: 2500" in yaml_file.read_text("utf-8")


@pytest.mark.parametrize("template_id", ["samarbejdsplan", "gruppeplakat"])
def test_browser_word_file_matches_samskab_udfyld_paragraph_by_paragraph(
        browser, base_url: str, tmp_path: Path, template_id: str) -> None:
    context, page, _visit = open_page(browser, base_url + FORM_PAGE)
    fill_form(page, template_id, example_form(template_id))
    browser_word = download(page, "button[data-format=docx]", tmp_path / "browser.docx")
    yaml_file = download(page, "button[data-format=yml]", tmp_path / f"{template_id}.yml")
    context.close()
    library_word = tmp_path / "library.docx"
    made = samskab("udfyld", str(yaml_file), "-o", str(library_word))
    assert made.returncode == 0, made.stderr
    assert word_content(browser_word) == word_content(library_word)
    ours, theirs = Document(str(browser_word)), Document(str(library_word))
    assert ours.sections[0].page_width == theirs.sections[0].page_width
    assert ours.sections[0].page_height == theirs.sections[0].page_height
    assert ours.core_properties.language == theirs.core_properties.language


def test_wrong_input_in_every_field_type_shows_a_danish_message_next_to_the_field(
        browser, base_url: str) -> None:
    context, page, visit = open_page(browser, base_url + FORM_PAGE)
    page.select_option(".samskab-udfyld select", "samarbejdsplan")
    page.click("button[data-format=docx]")
    message = lambda selector: page.locator(selector).locator(  # noqa: E731
        "xpath=ancestor-or-self::*[contains(@class,'samskab-felt')][1]/p[contains(@class,'samskab-fejl')]").inner_text()
    # Under the field it names, a message starts with the problem: the place is the field itself.
    assert message(path_selector("projekt")) == "Skal udfyldes."  # text
    assert message(path_selector("målgrupper")) == "Skal udfyldes."  # list
    rows = page.locator("fieldset[data-felt='aktiviteter'] > p.samskab-fejl").inner_text()
    assert rows == "Skal udfyldes."
    assert page.evaluate("document.activeElement.dataset.path") == '["projekt"]'
    assert "felter skal rettes" in page.locator(".samskab-hent [role=alert]").inner_text()

    page.fill(path_selector("aktiviteter", 0, "aktivitet"), "Borgermøde")
    page.fill(path_selector("aktiviteter", 0, "timer"), "mange")  # number
    page.fill(path_selector("aktiviteter", 0, "start"), "2026-02-30")  # date
    page.fill(path_selector("aktiviteter", 0, "slut"), "31.4.2026")  # a Danish date that does not exist
    page.click("button[data-format=yml]")
    assert message(path_selector("aktiviteter", 0, "timer")) == (
        "Her skal stå et tal, men der står »mange«. Skriv tallet med cifre, fx 2.500 eller 12,5.")
    assert message(path_selector("aktiviteter", 0, "start")).startswith("»2026-02-30« er ikke en dato")
    assert message(path_selector("aktiviteter", 0, "slut")).startswith("»31.4.2026« er ikke en dato")
    assert "april 2026 har kun 30 dage" in message(path_selector("aktiviteter", 0, "slut"))
    for field in ("timer", "start", "slut"):
        shown = message(path_selector("aktiviteter", 0, field))
        assert "formularen" not in shown and "række" not in shown and "'" not in shown
    assert page.get_attribute(path_selector("aktiviteter", 0, "timer"), "aria-invalid") == "true"

    errors = script_errors(visit)  # before axe, which fetches stylesheets itself
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    context.close()
    assert errors == [], visit.failed
    assert results.response["violations"] == []


def test_rows_can_be_added_moved_and_removed(browser, base_url: str) -> None:
    context, page, _visit = open_page(browser, base_url + FORM_PAGE)
    page.select_option(".samskab-udfyld select", "samarbejdsplan")
    page.fill(path_selector("aktiviteter", 0, "aktivitet"), "Første")
    page.click("fieldset[data-felt='aktiviteter'] > button.samskab-knap")
    assert page.evaluate("document.activeElement.dataset.path") == '["aktiviteter",1,"aktivitet"]'
    page.fill(path_selector("aktiviteter", 1, "aktivitet"), "Anden")
    page.get_by_role("button", name="Flyt række 2 op").click()
    assert page.input_value(path_selector("aktiviteter", 0, "aktivitet")) == "Anden"
    page.get_by_role("button", name="Fjern række 1").click()
    assert page.input_value(path_selector("aktiviteter", 0, "aktivitet")) == "Første"
    assert page.locator(path_selector("aktiviteter", 1, "aktivitet")).count() == 0
    context.close()


SCREENS = {"phone": PHONE, "desktop": {"width": 1280, "height": 900}}


def _activities(page) -> list[str]:
    return page.eval_on_selector_all("[data-path$=',\"aktivitet\"]']", "els => els.map(e => e.value)")


@pytest.mark.parametrize("screen", SCREENS)
def test_draft_keeps_what_is_on_screen_after_remove_move_and_add(browser, base_url: str,
                                                                 screen: str) -> None:
    context, page, visit = open_page(browser, base_url + FORM_PAGE, viewport=SCREENS[screen])
    page.select_option(".samskab-udfyld select", "samarbejdsplan")
    for index, name in enumerate("ABC"):
        if index:
            page.click("fieldset[data-felt='aktiviteter'] > button.samskab-knap")
        page.fill(path_selector("aktiviteter", index, "aktivitet"), name)
    page.get_by_role("button", name="Fjern række 2").click()  # A, C
    page.get_by_role("button", name="Flyt række 2 op").click()  # C, A
    page.click("fieldset[data-felt='aktiviteter'] > button.samskab-knap")  # C, A and an empty row
    assert _activities(page) == ["C", "A", ""]
    page.reload(wait_until="networkidle")
    assert _activities(page) == ["C", "A", ""]
    # The removed row B does not come back to block the download with its empty fields.
    page.get_by_role("button", name="Fjern række 3").click()
    page.reload(wait_until="networkidle")
    assert _activities(page) == ["C", "A"]
    context.close()
    assert script_errors(visit) == [], visit.failed


@pytest.mark.parametrize("screen", SCREENS)
def test_focus_stays_on_the_moved_row(browser, base_url: str, screen: str) -> None:
    context, page, _visit = open_page(browser, base_url + FORM_PAGE, viewport=SCREENS[screen])
    page.select_option(".samskab-udfyld select", "samarbejdsplan")
    page.fill(path_selector("aktiviteter", 0, "aktivitet"), "A")
    page.click("fieldset[data-felt='aktiviteter'] > button.samskab-knap")
    page.fill(path_selector("aktiviteter", 1, "aktivitet"), "B")
    page.get_by_role("button", name="Flyt række 2 op").focus()
    page.keyboard.press("Enter")  # B moves to the top, where "op" is no longer possible
    focused = page.evaluate("[document.activeElement.tagName, document.activeElement.textContent,"
                            " document.activeElement.closest('li') && document.activeElement.closest('li')"
                            ".querySelector('input').value]")
    assert focused == ["BUTTON", "Flyt række 1 ned", "B"]
    page.keyboard.press("Enter")  # and back down: focus follows it to the last row
    focused = page.evaluate("[document.activeElement.textContent,"
                            " document.activeElement.closest('li').querySelector('input').value]")
    assert focused == ["Flyt række 2 op", "B"]
    context.close()


@pytest.mark.parametrize("screen", SCREENS)
def test_number_fields_open_the_number_keyboard(browser, base_url: str, screen: str) -> None:
    context, page, _visit = open_page(browser, base_url + FORM_PAGE, viewport=SCREENS[screen])
    page.select_option(".samskab-udfyld select", "samarbejdsplan")
    modes = {name: page.get_attribute(path_selector("aktiviteter", 0, name), "inputmode")
             for name in ("timer", "kroner", "aktivitet")}
    page.goto(base_url + "book/grundlag/noegler.html", wait_until="networkidle")
    group = page.get_by_label(text("forms.ranking_group")).get_attribute("inputmode")
    context.close()
    assert modes == {"timer": "decimal", "kroner": "decimal", "aktivitet": None}
    assert group == "decimal"


@pytest.mark.parametrize("screen", SCREENS)
def test_link_from_a_step_chapter_opens_the_form_with_its_template(browser, base_url: str,
                                                                  screen: str) -> None:
    context, page, _visit = open_page(browser, base_url + "book/trin/planlaeg.html",
                                      viewport=SCREENS[screen])
    page.get_by_role("link", name="Udfyld »Plan for samarbejdet« her i browseren").click()
    page.wait_for_selector(path_selector("projekt"))
    chosen = page.input_value(".samskab-udfyld select")
    context.close()
    assert chosen == "samarbejdsplan"


@pytest.mark.parametrize("screen", SCREENS)
def test_self_assessment_keeps_its_answers_on_reload(browser, base_url: str, screen: str) -> None:
    case = FIXTURES["typology"][0]
    context, page, _visit = open_page(browser, base_url + "book/grundlag/typologi.html",
                                      viewport=SCREENS[screen])
    for question, answer in case["answers"].items():
        page.check(f"fieldset[data-spoergsmaal='{question}'] input[value='{answer}']")
    before = page.locator(".samskab-typologi .samskab-resultat").inner_text()
    page.reload(wait_until="networkidle")
    page.wait_for_selector(".samskab-typologi .samskab-resultat h3")
    checked = {q: page.is_checked(f"fieldset[data-spoergsmaal='{q}'] input[value='{a}']")
               for q, a in case["answers"].items()}
    after = page.locator(".samskab-typologi .samskab-resultat").inner_text()
    context.close()
    assert all(checked.values()) and after == before


def test_delete_draft_empties_the_form(browser, base_url: str) -> None:
    context, page, _visit = open_page(browser, base_url + FORM_PAGE)
    page.select_option(".samskab-udfyld select", "udgangspunkt")
    page.fill(path_selector("projekt"), "Grønne tage")
    page.on("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Slet kladde").click()
    page.reload(wait_until="networkidle")
    assert page.input_value(path_selector("projekt")) == ""
    context.close()


def test_importing_a_file_from_samskab_ny_and_an_example_fills_the_form(
        browser, base_url: str, tmp_path: Path) -> None:
    blank_file = tmp_path / "udgangspunkt.yml"
    assert samskab("ny", "udgangspunkt", "-o", str(blank_file)).returncode == 0
    context, page, visit = open_page(browser, base_url + FORM_PAGE)
    page.set_input_files(".samskab-importer input[type=file]", str(blank_file))
    page.wait_for_function("document.querySelector('.samskab-udfyld select').value === 'udgangspunkt'")
    example = ROOT / "templates" / "eksempler" / "gruppeplakat.yml"
    page.set_input_files(".samskab-importer input[type=file]", str(example))
    page.wait_for_function("document.querySelector('.samskab-udfyld select').value === 'gruppeplakat'")
    assert page.input_value(path_selector("gruppe")) == "3"
    assert page.input_value(path_selector("top_fem", 4, "nøgle")) == "9"
    assert page.input_value(path_selector("pitch")).startswith("Vi starter med hvorfor")
    context.close()
    assert script_errors(visit) == [], visit.failed


@pytest.mark.parametrize("case", FIXTURES["typology"], ids=lambda c: c["name"])
def test_typology_page_gives_the_fixtures_type(browser, base_url: str, case: dict) -> None:
    from samskab_lib.handbook.typology import load_types

    names = {t.id: t.name for t in load_types()}
    context, page, visit = open_page(browser, base_url + "book/grundlag/typologi.html")
    for question, answer in case["answers"].items():
        page.check(f"fieldset[data-spoergsmaal='{question}'] input[value='{answer}']")
    result = page.locator(".samskab-typologi .samskab-resultat").inner_text()
    context.close()
    assert f"{text('typology.result_type')}: {names[case['type']]}" in result
    assert f" {case['score']} " in result
    assert script_errors(visit) == [], visit.failed


@pytest.mark.parametrize("case", FIXTURES["ranking"], ids=lambda c: c["name"])
def test_ranking_page_gives_the_fixtures_combined_ranking(browser, base_url: str, case: dict) -> None:
    context, page, visit = open_page(browser, base_url + "book/grundlag/noegler.html")
    own, *others = case["groups"]
    places = page.locator(".samskab-rangering select")
    for index, key in enumerate(own):
        places.nth(index).select_option(str(key))
    page.fill(".samskab-rangering textarea >> nth=0", "\n".join(", ".join(map(str, g)) for g in others))
    rows = page.locator(".samskab-samlet-tabel tbody tr")
    shown = [[int(c.rstrip(".")) for c in (row.locator("td").nth(i).inner_text() for i in (0, 1, 3))]
             for row in rows.all()]
    context.close()
    assert shown == case["combined"]
    assert script_errors(visit) == [], visit.failed


@pytest.mark.parametrize("screen", SCREENS)
def test_ranking_shows_seminar_beside_yours_and_downloads_the_poster(
        browser, base_url: str, tmp_path: Path, screen: str) -> None:
    context, page, visit = open_page(browser, base_url + "book/grundlag/noegler.html",
                                     viewport=SCREENS[screen])
    places = page.locator(".samskab-rangering select")
    places.nth(0).select_option("9")
    places.nth(1).select_option("9")
    assert "nøgle 9 står mere end én gang" in page.locator(".samskab-rangering").inner_text()
    places.nth(1).select_option("1")
    yours = page.locator(".samskab-jeres").inner_text()
    assert "9 – " in yours and text("forms.ranking_in_seminar") in yours
    assert page.locator(".samskab-seminar li").count() == 5
    page.click(".samskab-plakat button[data-format=docx]")
    assert page.locator(".samskab-plakat .samskab-fejl:not([hidden])").first.inner_text() == "Skal udfyldes."
    page.get_by_label(text("forms.ranking_reason", place=1)).fill("Borgernes hverdag først")
    page.get_by_label(text("forms.ranking_group")).fill("4")
    page.get_by_label(text("forms.ranking_participants")).fill("Anna\nBo")
    word = download(page, ".samskab-plakat button[data-format=docx]", tmp_path / "plakat.docx")
    yaml_file = download(page, ".samskab-plakat button[data-format=yml]", tmp_path / "gruppeplakat.yml")
    context.close()
    assert samskab("tjek", str(yaml_file)).returncode == 0
    content = all_text(word_content(word))
    assert "9 – " in content and "Anna" in content
    # The key's reason, and every section of the blank poster, empty ones left to write in.
    assert "Borgernes hverdag først" in content
    headings = [value for style, value in word_content(word) if style.startswith("Heading 2")]
    poster = load_template("gruppeplakat")
    assert headings == [f.label for f in poster.fields]
    assert script_errors(visit) == [], visit.failed


@pytest.mark.parametrize("path", [FORM_PAGE, "book/grundlag/typologi.html", "book/grundlag/noegler.html"])
def test_forms_fit_a_phone_screen(browser, base_url: str, path: str) -> None:
    context, page, _visit = open_page(browser, base_url + path, viewport=PHONE)
    if path == FORM_PAGE:
        page.select_option(".samskab-udfyld select", "samarbejdsplan")
        page.click("button[data-format=docx]")
    overflow = page.evaluate(OVERFLOW)
    context.close()
    assert overflow <= 0


def test_form_script_is_loaded_only_on_pages_with_a_form(browser, base_url: str) -> None:
    context, page, _visit = open_page(browser, base_url + "book/skabeloner.html")
    scripts = page.evaluate("[...document.scripts].map(s => s.src).filter(s => s.includes('/forms/'))")
    context.close()
    assert scripts == []


@pytest.mark.parametrize("path", ["book/grundlag/typologi.html", "book/grundlag/noegler.html"])
def test_typology_and_ranking_results_have_no_wcag_violations(browser, base_url: str, path: str) -> None:
    context, page, visit = open_page(browser, base_url + path)
    if "typologi" in path:
        for question, answer in FIXTURES["typology"][1]["answers"].items():
            page.check(f"fieldset[data-spoergsmaal='{question}'] input[value='{answer}']")
    else:
        own, *others = FIXTURES["ranking"][0]["groups"]
        for index, key in enumerate(own):
            page.locator(".samskab-rangering select").nth(index).select_option(str(key))
        page.fill(".samskab-rangering textarea >> nth=0", "1, 1, 30")
    errors = script_errors(visit)
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    context.close()
    assert errors == [], visit.failed
    assert results.response["violations"] == []
