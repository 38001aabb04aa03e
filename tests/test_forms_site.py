"""The browser forms' build side: the exported definitions, the Word skeletons and the pages."""
from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest

from samskab_book.forms import BLOCKS
from samskab_lib.handbook.keys import seminar_top_five
from samskab_lib.templates.definitions import list_templates
from samskab_lib.texts import text

FORM_PAGES = {"book/udfyld.html", "book/grundlag/typologi.html", "book/grundlag/noegler.html",
              "book/cases/del-jeres-case.html", "book/procesmappe.html",
              "book/trin/evaluer-svar.html"}
JS_BUDGET = 250_000  # bytes of JavaScript and data a page with a form loads at most


def test_every_template_is_exported_with_the_librarys_labels_and_rules(forms_data: Path) -> None:
    data = json.loads((forms_data / "skabeloner.json").read_text("utf-8"))
    assert [t["id"] for t in data["templates"]] == [t.id for t in list_templates()]
    plan = next(t for t in data["templates"] if t["id"] == "samarbejdsplan")
    activities = next(f for f in plan["fields"] if f["id"] == "aktiviteter")
    library = next(t for t in list_templates() if t.id == "samarbejdsplan").field("aktiviteter")
    assert activities["label"] == library.label
    assert [c["label"] for c in activities["columns"]] == [c.label for c in library.columns]
    assert activities["date_order"] == list(library.date_order)
    assert data["texts"]["template_errors"]["missing"] == text("template_errors.missing")


def test_word_skeleton_is_the_librarys_blank_file_with_document_xml_stored(forms_data: Path) -> None:
    with zipfile.ZipFile(forms_data / "word-samarbejdsplan.docx") as skeleton:
        document = skeleton.getinfo("word/document.xml")
        styles = skeleton.getinfo("word/styles.xml")
        assert document.compress_type == zipfile.ZIP_STORED
        assert styles.compress_type == zipfile.ZIP_DEFLATED
        assert b"<w:sectPr" in skeleton.read("word/document.xml")


def test_ranking_data_carries_the_seminars_top_five(forms_data: Path) -> None:
    data = json.loads((forms_data / "noegler.json").read_text("utf-8"))
    assert data["seminar_top_five"] == list(seminar_top_five())
    assert data["points"] == [5, 4, 3, 2, 1]


def test_forms_scripts_load_only_on_pages_with_a_form(site: Path) -> None:
    with_forms = {p.relative_to(site).as_posix() for p in site.rglob("*.html")
                  if "_static" not in p.parts and "_static/forms/" in p.read_text("utf-8")}
    # The same pages in both editions: Danish at the root, bokmål under nb/.
    assert with_forms == FORM_PAGES | {"nb/" + page for page in FORM_PAGES}


def _loaded_by(entry: Path) -> tuple[set[Path], set[str]]:
    """The modules *entry* loads (itself and every module it imports, transitively) and the
    data files they fetch by name."""
    modules, data, todo = set(), set(), [entry]
    while todo:
        module = todo.pop()
        if module in modules:
            continue
        modules.add(module)
        source = module.read_text("utf-8")
        todo += [module.parent / name for name in re.findall(r'from "\./([\w.]+\.js)"', source)]
        data.update(re.findall(r'"(\w+\.json)"', source))
    return modules, data


@pytest.mark.parametrize("script", sorted({script for script, _ in BLOCKS.values()}))
def test_javascript_of_a_form_page_stays_within_budget(site: Path, script: str) -> None:
    forms = site / "_static" / "forms"
    modules, data = _loaded_by(forms / script)
    assert data, f"{script} fetches no data file"
    loaded = sum(m.stat().st_size for m in modules)
    loaded += sum((forms / "data" / name).stat().st_size for name in data)
    assert loaded <= JS_BUDGET


def test_form_page_says_it_needs_javascript_until_the_form_draws_itself(site: Path) -> None:
    page = (site / "book" / "udfyld.html").read_text("utf-8")
    assert text("forms.needs_javascript").split()[0] in page
    assert 'type="module"' in page


def test_printed_fields_are_exported_as_not_asked_with_the_posters_paper(forms_data: Path) -> None:
    data = json.loads((forms_data / "skabeloner.json").read_text("utf-8"))
    poster = next(t for t in data["templates"] if t["id"] == "gruppeplakat")
    library = next(t for t in list_templates() if t.id == "gruppeplakat")
    assert [f["id"] for f in poster["fields"] if f["input"]] == list(library.field_ids)
    assert [f["id"] for f in poster["fields"] if not f["input"]] == ["nøgleknippe", "husk"]
    assert (poster["paper"], poster["orientation"], poster["columns"]) == ("A3", "liggende", 4)
    assert data["texts"]["template_plan"]["months"].split()[2] == "marts"


def test_case_form_data_carries_every_choice_and_the_schema_version(forms_data: Path) -> None:
    data = json.loads((forms_data / "caseformular.json").read_text("utf-8"))
    assert data["schema_version"] == 1
    assert data["choices"]["currency"] == [["DKK", "DKK"], ["NOK", "NOK"]]
    assert ["fremtidsvaerksted", "Fremtidsværksted"] in data["choices"]["method"]
    assert [value for value, _ in data["choices"]["form"]] == [
        "bidrag", "medudvikling", "partnerskab", "borgerdrevet"]
    assert data["texts"]["case_form"]["errors.no_consent"].startswith("Bekræft")
