"""The page "Procesmappe"'s JavaScript against the library: Node opens the same folders.

`tests/js/folder.mjs` opens a folder file the way the page does (carry, check, lay out, write
Word, Markdown and YAML); for the same folder the library must give the same warnings at the
same places, the same Markdown and the same Word body. The rule cases are the shared fixtures.
"""
from __future__ import annotations

import io
import json
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest
from test_folder import FIXTURES, NORDFJORDBY, broken

from samskab_lib.templates.definitions import load_template
from samskab_lib.templates.folder import load_folder, read_folder
from samskab_lib.templates.folder_document import folder_docx, folder_markdown
from samskab_lib.templates.reading import load_yaml, read_file
from samskab_lib.texts import text

ROOT = Path(__file__).resolve().parents[1]
NODE = shutil.which("node")
pytestmark = pytest.mark.skipif(NODE is None, reason="Node.js is not installed")


def open_in_node(forms_data: Path, folders: list[Any]) -> list[dict[str, Any]]:
    request = json.dumps({"data": str(forms_data), "folders": folders})
    result = subprocess.run([NODE, str(ROOT / "tests" / "js" / "folder.mjs")], input=request,
                            capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(result.stdout)


def test_nordfjordby_gives_the_librarys_markdown_word_body_and_a_file_that_reads_back(
        forms_data: Path) -> None:
    plain = json.loads(json.dumps(read_file(NORDFJORDBY)))
    [result] = open_in_node(forms_data, [plain])
    folder = load_folder(NORDFJORDBY)
    assert (result["errors"], result["warnings"]) == ([], [])
    assert result["markdown"] == folder_markdown(folder)
    with zipfile.ZipFile(io.BytesIO(folder_docx(folder))) as library:
        xml = library.read("word/document.xml").decode("utf-8")
    assert result["word_body"] == xml[xml.index("<w:body>"):]
    again = read_folder(load_yaml(result["yaml"], "fra-siden.yml"))
    assert {s: f.values for s, f in again.sheets.items()} == {
        s: f.values for s, f in folder.sheets.items()}


def test_every_rule_case_gets_the_same_warnings_or_sheet_error_at_the_same_place(
        forms_data: Path) -> None:
    cases = FIXTURES["cases"]
    results = open_in_node(forms_data, [broken(case["set"]) for case in cases])
    for case, result in zip(cases, results, strict=True):
        if "warnings" in case:
            assert result["errors"] == [], case["name"]
            assert result["warnings"] == case["warnings"], case["name"]
            library = read_folder(broken(case["set"]))
            assert [w.message for w in library.warnings] == [w["message"] for w in result["warnings"]]
            continue
        expected = case["error"]
        field_id, row, column = expected["path"]
        spec = load_template(expected["sheet"]).field(field_id)
        where = text("template_errors.where_column", source=text("template_errors.form_source"),
                     field=spec.label, row=row + 1, column=spec.column(column).label)
        [error] = result["errors"]
        assert (error["step"], error["sheet"], error["path"]) == (
            expected["step"], expected["sheet"], expected["path"]), case["name"]
        assert error["message"].startswith(where + ": "), case["name"]
        if expected["kind"] == "missing":
            assert error["message"] == text("template_errors.missing", where=where,
                                             help=spec.column(column).help)


@pytest.mark.parametrize(("content", "expected"), [
    ({"skabelon": "procesmappe", "version": "2"},
     {"kind": "problem", "key": "folder.future_version",
      "values": {"where": "mappe.yml", "found": 2, "known": 1}}),
    ({"skabelon": "gruppeplakat", "gruppe": "3"},
     {"kind": "problem", "key": "folder.page.not_in_folder",
      "values": {"file": "mappe.yml", "template": "gruppeplakat"}}),
    (["ikke", "en", "mappe"],
     {"kind": "problem", "key": "folder.page.damaged", "values": {"file": "mappe.yml"}}),
    ({"skabelon": "noget andet"},
     {"kind": "problem", "key": "folder.not_a_folder", "values": {"where": "mappe.yml"}}),
])
def test_a_file_the_page_cannot_open_names_its_danish_message(
        forms_data: Path, content: Any, expected: dict[str, Any]) -> None:
    [result] = open_in_node(forms_data, [content])
    assert result["opened"] == expected
    text(expected["key"], **expected["values"])  # the message exists and takes these values


def test_a_single_sheet_opens_as_that_sheet(forms_data: Path) -> None:
    [result] = open_in_node(forms_data, [{"skabelon": "risikolog", "projekt": "Grønne tage",
                                          "risici": [{"situation": "Regn", "tegn": "Skyer"}]}])
    assert result["opened"]["kind"] == "sheet"
    assert result["opened"]["template"] == "risikolog"
    assert result["opened"]["form"]["risici"][0]["situation"] == "Regn"
