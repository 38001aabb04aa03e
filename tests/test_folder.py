"""The project folder (procesmappe): reading, carrying forward, the cross-sheet rules, the outputs.

The rules are table-driven from tests/fixtures/procesmappe_regler.json, which the page's tests
run too: each case breaks the fictional Nordfjordby folder in one way.
"""
from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest
from pdf_text import appears, convert_to_pdf, letters, need_tools, page_sizes, pdf_text

from samskab_lib.errors import InputError
from samskab_lib.templates.definitions import load_template
from samskab_lib.templates.folder import load_definition, load_folder, read_folder
from samskab_lib.templates.folder_document import (
    folder_blocks,
    folder_docx,
    folder_markdown,
    folder_yaml,
)
from samskab_lib.templates.reading import danish_date, load_yaml, read_date, read_file
from samskab_lib.texts import text

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = json.loads((ROOT / "tests" / "fixtures" / "procesmappe_regler.json")
                      .read_text(encoding="utf-8"))
NORDFJORDBY = ROOT / FIXTURES["base"]


def broken(changes: dict[str, Any]) -> dict[str, Any]:
    """The Nordfjordby folder's data with *changes* ("sheet.field.row.column": value; None removes)."""
    data = json.loads(json.dumps(read_file(NORDFJORDBY)))  # plain text, as the page has it
    for path, value in changes.items():
        *parents, last = [int(p) if p.isdigit() else p for p in path.split(".")]
        target = data
        for key in parents:
            target = target[key]
        if value is None:
            del target[last]
        else:
            target[last] = value
    return data


def test_nordfjordby_folder_has_every_sheet_and_nothing_to_warn() -> None:
    folder = load_folder(NORDFJORDBY)
    assert list(folder.sheets) == list(load_definition().sheets)
    assert folder.errors == [] and folder.warnings == []


@pytest.mark.parametrize("case", [c for c in FIXTURES["cases"] if "warnings" in c],
                         ids=lambda c: c["name"])
def test_cross_sheet_rule_gives_its_danish_message_at_its_place(case: dict[str, Any]) -> None:
    folder = read_folder(broken(case["set"]), "nordfjordby.yml")
    assert folder.errors == []
    assert [{"step": w.step, "sheet": w.sheet, "path": list(w.path), "message": w.message}
            for w in folder.warnings] == case["warnings"]


@pytest.mark.parametrize("case", [c for c in FIXTURES["cases"] if "error" in c],
                         ids=lambda c: c["name"])
def test_sheet_rule_gives_its_danish_message_with_its_step(case: dict[str, Any]) -> None:
    expected = case["error"]
    data = broken(case["set"])
    folder = read_folder(data, "nordfjordby.yml")
    field_id, row, column = expected["path"]
    spec = load_template(expected["sheet"]).field(field_id)
    where = text("template_errors.where_column", source=f"nordfjordby.yml: {expected['sheet']}",
                 field=field_id, row=row + 1, column=column)
    if expected["kind"] == "missing":
        message = text("template_errors.missing", where=where, help=spec.column(column).help)
    else:
        start, end = spec.date_order
        dates = [read_date(data[expected["sheet"]][field_id][row][c]) for c in (start, end)]
        message = text("template_errors.date_order", where=where, start=danish_date(dates[0]),
                       end=danish_date(dates[1]))
    assert [(p.step, p.sheet, p.message) for p in folder.errors] == [
        (expected["step"], expected["sheet"], message)]
    assert str(folder.errors[0]).startswith(f"Trin {expected['step']}, ")
    with pytest.raises(InputError):
        folder_docx(folder)


def test_a_value_changed_early_shows_in_every_later_sheet() -> None:
    data = broken({"udgangspunkt.projekt": "Grønne tage i Vestbyen",
                   "maalgruppeanalyse.målgrupper.2.målgruppe": "Vestbyskolens elever",
                   "udgangspunkt.foreløbigt_mål": "Mål A\nMål B"})
    folder = read_folder(data)
    for sheet in load_definition().sheets:
        assert folder.sheets[sheet].values["projekt"] == "Grønne tage i Vestbyen", sheet
    assert folder.sheets["samarbejdsplan"].values["målgrupper"][-1] == "Vestbyskolens elever"
    assert folder.sheets["evalueringsplan"].values["mål"] == ["Mål A", "Mål B"]
    assert folder.sheets["trinplan"].values["aktiviteter"] == [
        "Workshop om regnvandsparken", "Rådgiverbesøg hos boligejere",
        "Tilbagemelding til deltagerne"]
    # the renamed group still has its message ("Vestbyskolen" is part of the name), the goals
    # changed in step 1 now lack measurements, and the measurements lack goals
    rules = [w.message for w in folder.warnings]
    assert any("»Mål A«" in m for m in rules) and any("»Mål B«" in m for m in rules)


def test_a_carried_field_is_not_asked_again_and_not_written_to_the_file() -> None:
    folder = load_folder(NORDFJORDBY)
    written = load_yaml(folder_yaml(folder), "igen.yml")
    assert "målgrupper" not in written["samarbejdsplan"]
    assert "projekt" not in written["risikolog"]
    again = read_folder(written)
    assert {s: f.values for s, f in again.sheets.items()} == {
        s: f.values for s, f in folder.sheets.items()}


def test_sheets_not_started_are_chapters_saying_so() -> None:
    data = broken({"evalueringsplan": None, "tilbagemelding": None, "risikolog": None})
    folder = read_folder(data)
    assert "risikolog" not in folder.sheets
    markdown = folder_markdown(folder)
    assert markdown.count(text("folder.not_started")) == 3
    assert text("folder.rules.tilbagemelding_mangler", value="Tilbagemelding til deltagerne") in markdown


@pytest.mark.parametrize(("content", "key", "values"), [
    ("skabelon: procesmappe\nversion: 2\n", "folder.future_version", {"found": 2, "known": 1}),
    ("skabelon: risikolog\nprojekt: x\n", "folder.single_sheet", {"template": "risikolog"}),
    ("- en liste\n", "folder.not_a_folder", {}),
    ("skabelon: procesmappe\nversion: ny\n", "folder.bad_version", {"found": "ny"}),
    ("skabelon: procesmappe\nudgangspunt:\n  projekt: x\n", "folder.unknown_sheet_suggest",
     {"sheet": "udgangspunt", "suggestion": "udgangspunkt"}),
])
def test_a_file_that_is_no_folder_of_this_version_gets_a_danish_message(
        tmp_path: Path, content: str, key: str, values: dict[str, Any]) -> None:
    path = tmp_path / "mappe.yml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as error:
        load_folder(path)
    assert error.value.problems == [text(key, where="mappe.yml", **values)]


def test_a_damaged_file_gets_the_readers_danish_message(tmp_path: Path) -> None:
    path = tmp_path / "mappe.yml"
    path.write_bytes(NORDFJORDBY.read_bytes()[:900] + b"\n  - ]: {\n")
    with pytest.raises(InputError) as error:
        load_folder(path)
    assert error.value.problems[0].startswith("mappe.yml")


def test_word_and_markdown_have_a_title_contents_five_chapters_and_the_remaining_list() -> None:
    folder = read_folder(broken({"risikolog.risici.0.aktivitet": "Byvandring"}))
    blocks = folder_blocks(folder)
    assert blocks[0].kind == "title" and blocks[0].text == folder.title
    contents = next(b for b in blocks if b.kind == "toc")
    chapters = [b.text for b in blocks if b.kind == "heading" and b.level == 1]
    assert list(contents.items) == chapters
    assert chapters == [*(s.heading for s in load_definition().steps),
                        text("folder.remaining_title")]
    assert str(folder.warnings[0]) in blocks[-1].items
    word = folder_docx(folder)
    assert word == folder_docx(folder)
    with zipfile.ZipFile(io.BytesIO(word)) as docx:  # Word numbers the contents' pages on opening
        assert '<w:updateFields w:val="true"/>' in docx.read("word/settings.xml").decode("utf-8")


def test_the_command_writes_word_and_lists_warnings(tmp_path: Path) -> None:
    source = tmp_path / "projekt.yml"
    source.write_text(folder_yaml(read_folder(broken({"tilbagemelding": None}))),
                      encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "samskab_lib.cli", "procesmappe", str(source)],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "projekt.docx").is_file()
    assert text("folder.cli.warnings", count=1) in result.stderr
    again = subprocess.run([sys.executable, "-m", "samskab_lib.cli", "procesmappe", str(source)],
                           capture_output=True, text=True, cwd=ROOT)
    assert again.returncode == 1 and "--force" in again.stderr


def test_nordfjordby_word_through_libreoffice_has_every_step_every_value_and_a4(
        tmp_path: Path) -> None:
    need_tools()
    folder = load_folder(NORDFJORDBY)
    (tmp_path / "nordfjordby.docx").write_bytes(folder_docx(folder))
    convert_to_pdf(tmp_path)
    pdf = tmp_path / "nordfjordby.pdf"
    sizes = page_sizes(pdf)
    assert sizes and all(sorted(size) == [595, 842] for size in sizes)
    shown = pdf_text(pdf)
    for step in load_definition().steps:
        assert letters(step.heading) in shown
    typed = [value for filled in folder.sheets.values() for value in _shown_values(filled.values)]
    assert len(typed) > 100
    for value in typed:
        for line in value.split("\n"):
            assert appears(line, shown), line
    assert letters(text("folder.remaining_none")) in shown


def _shown_values(values: Any) -> list[str]:
    from samskab_lib.templates.markdown_html import format_value

    if isinstance(values, dict):
        return [v for value in values.values() for v in _shown_values(value)]
    if isinstance(values, list):
        return [v for value in values for v in _shown_values(value)]
    return [format_value(values)] if values is not None else []


def test_a_notebook_makes_the_folder_with_the_public_api(tmp_path: Path) -> None:
    import samskab_lib

    folder = samskab_lib.load_folder(NORDFJORDBY)
    for suffix in ("docx", "md", "yml"):
        written = samskab_lib.save_folder(folder, tmp_path / f"nordfjordby.{suffix}")
        assert written.stat().st_size > 1000
    assert (tmp_path / "nordfjordby.md").read_text("utf-8").startswith(f"# {folder.title}\n")
