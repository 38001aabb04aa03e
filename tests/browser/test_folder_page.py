"""The page "Procesmappe" in Chromium at 375 and 1280 px: fill, carry, keep the draft, save, open
in a fresh browser, download Word equal to the library's, the rule fixtures' messages next to
their fields, and files it cannot open refused in Danish with nothing typed lost.
"""
from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from axe_playwright_python.sync_playwright import Axe
from browsing import open_page

from samskab_lib.templates.definitions import load_template
from samskab_lib.templates.folder import load_definition, load_folder
from samskab_lib.templates.folder_document import folder_docx
from samskab_lib.texts import text

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
PAGE = "book/procesmappe.html"
FIXTURES = json.loads((ROOT / "tests" / "fixtures" / "procesmappe_regler.json").read_text("utf-8"))
NORDFJORDBY = ROOT / FIXTURES["base"]
SIZES = {"375": {"width": 375, "height": 812}, "1280": {"width": 1280, "height": 900}}
STEP_1 = {"projekt": "Grønne tage i Søby", "hvad": "Flere grønne tage på boligforeningens blokke",
          "hvorfor": "Mindre regnvand i kloakken", "hvornår": "Foråret 2027",
          "hvor_meget": "Boligforeningen betaler; kommunen rådgiver",
          "foreløbigt_mål": "Ti grønne tage i 2028\nBeboerne bruger tagene"}


def field(sheet: str, *path: Any) -> str:
    data_path = json.dumps(list(path), ensure_ascii=False, separators=(",", ":"))
    return f"section[data-ark='{sheet}'] [data-path='{data_path}']"


def message_at(page, sheet: str, *path: Any) -> str:
    """The Danish message shown next to the field (or above a rows field) at *path*."""
    if len(path) == 1 and load_template(sheet).field(path[0]).type == "rækker":
        rows = f"section[data-ark='{sheet}'] fieldset[data-felt='{path[0]}']"
        return page.locator(f"{rows} > p.samskab-fejl").inner_text()
    return page.locator(field(sheet, *path)).locator(
        "xpath=ancestor::*[contains(@class,'samskab-felt')][1]/p[contains(@class,'samskab-fejl')]").inner_text()


def go_to_step(page, number: int) -> None:
    page.click(f".samskab-trinliste button[data-trin='{number}']")


def open_file(page, path: Path) -> None:
    page.set_input_files(".samskab-procesmappe input[type=file]", str(path))


def body_of(docx: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(docx)) as word:
        xml = word.read("word/document.xml").decode("utf-8")
    return xml[xml.index("<w:body>"):]


def download(page, kind: str, target: Path) -> Path:
    with page.expect_download() as info:
        page.click(f".samskab-procesmappe button[data-format={kind}]")
    info.value.save_as(target)
    return target


@pytest.mark.parametrize("size", SIZES)
def test_fill_carry_reload_save_open_elsewhere_and_download_the_librarys_word(
        browser, base_url: str, tmp_path: Path, size: str) -> None:
    context, page, visit = open_page(browser, base_url + PAGE, SIZES[size])
    for key, value in STEP_1.items():
        page.fill(field("udgangspunkt", key), value)
    go_to_step(page, 2)
    carried = page.locator("section[data-ark='maalgruppeanalyse'] [data-hentet] .samskab-hentet-vaerdi")
    assert carried.inner_text() == STEP_1["projekt"]
    go_to_step(page, 5)
    goals = page.locator("section[data-ark='evalueringsplan'] [data-felt='mål'] .samskab-hentet-vaerdi")
    assert goals.inner_text().split("\n") == STEP_1["foreløbigt_mål"].split("\n")
    assert "1 af 8 ark i gang" in page.locator(".samskab-mappe-fremdrift").inner_text()

    page.reload(wait_until="networkidle")
    go_to_step(page, 1)
    for key, value in STEP_1.items():
        assert page.input_value(field("udgangspunkt", key)) == value
    saved = download(page, "yml", tmp_path / "procesmappe.yml")
    context.close()
    assert visit.console_errors == [] and visit.foreign == []

    fresh, page, visit = open_page(browser, base_url + PAGE, SIZES[size])
    assert page.input_value(field("udgangspunkt", "projekt")) == ""
    open_file(page, saved)
    page.wait_for_function("document.querySelector('.samskab-status').textContent.length > 0")
    assert page.input_value(field("udgangspunkt", "projekt")) == STEP_1["projekt"]
    word = download(page, "docx", tmp_path / "procesmappe.docx")
    fresh.close()
    assert visit.console_errors == []
    assert body_of(word.read_bytes()) == body_of(folder_docx(load_folder(saved)))


def test_nordfjordby_opens_and_its_word_is_the_librarys(browser, base_url: str, tmp_path: Path) -> None:
    context, page, visit = open_page(browser, base_url + PAGE)
    page.click("text=" + text("folder.page.open_example"))
    page.wait_for_function("document.querySelector('.samskab-status').textContent.length > 0")
    assert "8 af 8 ark i gang" in page.locator(".samskab-mappe-fremdrift").inner_text()
    assert page.locator(".samskab-advarsler").inner_text() == text("folder.page.warnings_none")
    word = download(page, "docx", tmp_path / "nordfjordby.docx")
    context.close()
    assert visit.console_errors == []
    assert body_of(word.read_bytes()) == body_of(folder_docx(load_folder(NORDFJORDBY)))


def test_every_rule_case_shows_its_message_next_to_its_field(browser, base_url: str,
                                                             tmp_path: Path) -> None:
    from test_folder import broken

    context, page, visit = open_page(browser, base_url + PAGE)
    for number, case in enumerate(FIXTURES["cases"]):
        path = tmp_path / f"regel-{number}.yml"
        path.write_text(yaml.safe_dump(broken(case["set"]), allow_unicode=True), encoding="utf-8")
        open_file(page, path)
        page.wait_for_function("document.querySelector('.samskab-status').textContent.length > 0")
        for warning in case.get("warnings", []):
            go_to_step(page, warning["step"])
            if warning["path"]:
                message = message_at(page, warning["sheet"], *warning["path"])
                assert message == warning["message"], case["name"]
            else:
                top = page.locator(f"[data-ark-besked='{warning['sheet']}']").inner_text()
                assert top == warning["message"], case["name"]
            assert warning["message"] in page.locator(".samskab-advarsler").inner_text()
        if "error" in case:
            error = case["error"]
            page.click(".samskab-procesmappe button[data-format=docx]")
            assert f"Trin {error['step']}" in page.locator(".samskab-procesmappe > [role=alert]").inner_text()
            # Under its field a message says only what is wrong, from a capital: the field is marked.
            shown = message_at(page, error["sheet"], *error["path"])
            assert not shown.startswith(text("template_errors.form_source")), case["name"]
            assert shown[:1].isupper(), case["name"]
            if error["kind"] == "missing":
                problem = text("template_errors.missing", where="", help="").strip(":, ")
                assert shown == problem[:1].upper() + problem[1:], case["name"]
        page.evaluate("document.querySelector('.samskab-status').textContent = ''")
    context.close()
    assert visit.console_errors == []


@pytest.mark.parametrize("size", SIZES)
def test_files_it_cannot_open_get_a_danish_message_and_nothing_typed_is_lost(
        browser, base_url: str, tmp_path: Path, size: str) -> None:
    future = tmp_path / "ny.yml"
    future.write_text("skabelon: procesmappe\nversion: 7\nudgangspunkt:\n  projekt: Fremtid\n", "utf-8")
    damaged = tmp_path / "skadet.yml"
    damaged.write_bytes(NORDFJORDBY.read_bytes()[:700] + b"\n  - ]: {\n\x00")
    other = tmp_path / "plakat.yml"
    other.write_text("skabelon: gruppeplakat\ngruppe: 3\n", "utf-8")
    huge = tmp_path / "stor.yml"
    huge.write_bytes(b"# " + b"x" * (5 * 1024 * 1024) + b"\nskabelon: procesmappe\n")
    expected = {
        future: text("folder.future_version", where="ny.yml", found=7, known=load_definition().version),
        damaged: text("folder.page.damaged", file="skadet.yml"),
        other: text("folder.page.not_in_folder", file="plakat.yml", template="gruppeplakat"),
        huge: text("folder.page.too_big", file="stor.yml", size="5"),
    }
    context, page, visit = open_page(browser, base_url + PAGE, SIZES[size])
    page.fill(field("udgangspunkt", "projekt"), "Det, vi har skrevet")
    for path, message in expected.items():
        open_file(page, path)
        alert = page.locator(".samskab-procesmappe > [role=alert]")
        alert.get_by_text(message).wait_for()
        assert page.input_value(field("udgangspunkt", "projekt")) == "Det, vi har skrevet"
    page.reload(wait_until="networkidle")
    assert page.input_value(field("udgangspunkt", "projekt")) == "Det, vi har skrevet"
    context.close()
    assert visit.console_errors == []


@pytest.mark.parametrize("size", SIZES)
def test_the_page_passes_axe_at_both_widths(browser, base_url: str, size: str) -> None:
    context, page, _visit = open_page(browser, base_url + PAGE, SIZES[size])
    page.click("text=" + text("folder.page.open_example"))
    page.wait_for_function("document.querySelector('.samskab-status').textContent.length > 0")
    result = Axe().run(page, options={"runOnly": {"type": "tag", "values": [
        "wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}})
    context.close()
    assert result.response["violations"] == [], [v["id"] for v in result.response["violations"]]


def test_a_warning_in_the_list_takes_the_reader_to_its_field(browser, base_url: str,
                                                             tmp_path: Path) -> None:
    from test_folder import broken

    case = next(c for c in FIXTURES["cases"] if c["name"] == "aktivitet uden ressourcer")
    path = tmp_path / "mappe.yml"
    path.write_text(yaml.safe_dump(broken(case["set"]), allow_unicode=True), encoding="utf-8")
    context, page, _visit = open_page(browser, base_url + PAGE, SIZES["375"])
    open_file(page, path)
    page.wait_for_function("document.querySelector('.samskab-status').textContent.length > 0")
    status = page.locator(".samskab-trinliste li[data-trin='3'] .samskab-trinstatus").inner_text()
    assert status.endswith(text("folder.page.step_warnings", count=1))
    page.click(".samskab-advarsler button")
    focused = page.evaluate("document.activeElement.dataset.path")
    context.close()
    assert json.loads(focused) == case["warnings"][0]["path"]
