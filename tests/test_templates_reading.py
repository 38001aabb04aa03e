"""Plan input is read exactly as written: Danish numbers and dates, no YAML guessing.

Each case goes through the command line (a YAML file to a Word file) and, where a person can
type it, through the notebook form; the test reads the value that ends up in the document.
"""
from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from docx import Document

from samskab_lib import TemplateForm
from samskab_lib.cli import main

PLAN = """\
skabelon: samarbejdsplan
projekt: {projekt}
formål: {formål}
målgrupper:
  - Ejere af oliefyr
budskaber:
  - Kom og vær med
aktiviteter:
  - aktivitet: Borgermøde
    start: {start}
    slut: 2026-12-31
    ansvarlig: Projektleder
    timer: {timer}
    kroner: {kroner}
"""
DEFAULTS = {"projekt": "Grønne gårde", "formål": "Flere skifter oliefyret ud",
            "start": "2026-03-02", "timer": "40", "kroner": "8000"}
START_LINE = 10  # the line of "start:" in PLAN

# (field, as written, as shown in the Word document)
READ = [
    ("kroner", "2.500", "2.500"),
    ("kroner", "2.500,50", "2.500,50"),
    ("kroner", "12,5", "12,50"),
    ("kroner", "2500", "2.500"),
    ("kroner", "1.000", "1.000"),
    ("kroner", "1.000.000", "1.000.000"),
    ("kroner", "2 500", "2.500"),
    ("timer", "1,5", "1,5"),
    ("timer", "8", "8"),
    ("start", "2026-03-02", "2. marts 2026"),
    ("start", "2.3.2026", "2. marts 2026"),
    ("start", "02-03-2026", "2. marts 2026"),
    ("start", "2. marts 2026", "2. marts 2026"),
    ("formål", "on", "on"),
    ("formål", "ja", "ja"),
    ("formål", "nej", "nej"),
    ("formål", "yes", "yes"),
    ("formål", "2.500", "2.500"),
    ("projekt", '"Grønne\\vgårde"', "Grønne gårde"),
]
# (field, as written, the Danish problem)
REFUSED = [
    ("kroner", "12.5", "kolonnen »kroner« (linje 14): »12.5« kan ikke læses som tal. Skriv "
                       "decimaler med komma, fx 12,5"),
    ("timer", "1:30", "kolonnen »timer« (linje 13): »1:30« ligner timer og minutter. Skriv "
                      "antallet af timer som et tal, fx 1,5"),
    ("kroner", "mange", "kolonnen »kroner« (linje 14): her skal stå et tal, men der står »mange«"),
    ("start", "2026-02-30", "kolonnen »start« (linje 10): »2026-02-30« er ikke en dato, der "
                            "findes: februar 2026 har kun 28 dage."),
    ("start", "31.4.2026", "»31.4.2026« er ikke en dato, der findes: april 2026 har kun 30 dage."),
    ("start", "2026-13-01", "der er ikke nogen måned nummer 13"),
    ("start", "4. september", "»4. september« er ikke en dato. Skriv datoen som 1.3.2027"),
]


def _plan(tmp_path: Path, field: str, written: str, name: str = "plan.yml") -> Path:
    path = tmp_path / name
    path.write_text(PLAN.format(**{**DEFAULTS, field: written}), encoding="utf-8")
    return path


def _shown(docx: bytes, field: str) -> str:
    """The text the Word document shows for *field* (a column of the activity or a paragraph)."""
    doc = Document(io.BytesIO(docx))
    table = doc.tables[0]
    header = [c.text for c in table.rows[0].cells]
    label = {"kroner": "Kroner", "timer": "Timer", "start": "Start"}.get(field)
    if label:
        return table.rows[1].cells[header.index(label)].text
    texts = [p.text for p in doc.paragraphs]
    return texts[texts.index({"formål": "Formål", "projekt": "Projekt"}[field]) + 1]


def _cli(capsys, tmp_path: Path, field: str, written: str) -> tuple[int, str, bytes | None]:
    source = _plan(tmp_path, field, written)
    target = tmp_path / "plan.docx"
    status = main(["udfyld", str(source), "-o", str(target)])
    err = capsys.readouterr().err
    return status, err, target.read_bytes() if target.exists() else None


@pytest.mark.parametrize("field,written,shown", READ)
def test_cli_reads_values_as_written(capsys, tmp_path: Path, field, written, shown):
    status, err, docx = _cli(capsys, tmp_path, field, written)
    assert status == 0, err
    assert _shown(docx, field) == shown


@pytest.mark.parametrize("field,written,problem", REFUSED)
def test_cli_refuses_with_file_field_and_line(capsys, tmp_path: Path, field, written, problem):
    status, err, docx = _cli(capsys, tmp_path, field, written)
    assert status == 1 and docx is None
    assert err.startswith("plan.yml, feltet »aktiviteter«, række 1, ")
    assert problem in err
    assert "Traceback" not in err and "Error" not in err


def _form(tmp_path: Path, field: str, typed: str) -> TemplateForm:
    form = TemplateForm("samarbejdsplan", directory=tmp_path)
    values = {**DEFAULTS, field: typed}
    form.inputs["projekt"].widget.value = values["projekt"]
    form.inputs["formål"].widget.value = values["formål"]
    form.inputs["målgrupper"].widget.value = "Ejere af oliefyr"
    form.inputs["budskaber"].widget.value = "Kom og vær med"
    row = form.inputs["aktiviteter"].rows[0]
    row["aktivitet"].widget.value = "Borgermøde"
    row["ansvarlig"].widget.value = "Projektleder"
    row["start"].widget.value = date(2026, 3, 2)
    row["slut"].widget.value = date(2026, 12, 31)
    row["timer"].widget.value = values["timer"]
    row["kroner"].widget.value = values["kroner"]
    return form


TYPED = [(f, w.strip('"').replace("\\v", "\v"), s) for f, w, s in READ if f != "start"]


@pytest.mark.parametrize("field,typed,shown", TYPED)
def test_form_reads_what_is_typed_like_the_cli(tmp_path: Path, field, typed, shown):
    form = _form(tmp_path, field, typed)
    path = form.save_docx()
    assert path is not None, form.errors.value
    assert _shown(path.read_bytes(), field) == shown


@pytest.mark.parametrize("field,typed,problem", [r for r in REFUSED if r[0] != "start"])
def test_form_refuses_what_the_cli_refuses(tmp_path: Path, field, typed, problem):
    form = _form(tmp_path, field, typed)
    assert form.save_docx() is None
    message = problem.split(": ", 1)[1].replace("'", "&#x27;")
    assert message in form.errors.value


def test_duplicate_key_names_both_lines(capsys, tmp_path: Path):
    path = tmp_path / "plan.yml"
    path.write_text(PLAN.format(**DEFAULTS) + "projekt: Igen\n", encoding="utf-8")
    assert main(["tjek", str(path)]) == 1
    assert capsys.readouterr().err == (
        "plan.yml, linje 15: navnet »projekt« står også i linje 2. Hvert navn må kun stå én "
        "gang; slet eller ret den ene linje.\n")


@pytest.mark.parametrize("content,problem", [
    ("skabelon: samarbejdsplan\nformål: [ikke lukket\n",
     "plan.yml, linje 3, kolonne 1: en liste i firkantede parenteser er ikke lukket rigtigt."),
    ("skabelon: samarbejdsplan\nprojekt: Mødet: om vand\n",
     "plan.yml, linje 2, kolonne 15: der står et kolon, hvor der ikke må stå et."),
    ("skabelon: samarbejdsplan\nprojekt: 'åben\n",
     "et anførselstegn er ikke lukket."),
    ("skabelon: samarbejdsplan\naktiviteter:\n\t- aktivitet: x\n",
     "plan.yml, linje 3, kolonne 1: der står et tabulatortegn i indrykningen."),
])
def test_yaml_errors_are_one_danish_sentence_with_line(capsys, tmp_path: Path, content, problem):
    path = tmp_path / "plan.yml"
    path.write_text(content, encoding="utf-8")
    assert main(["tjek", str(path)]) == 1
    err = capsys.readouterr().err
    assert problem in err and err.count("\n") == 1
    assert not any(word in err for word in ("expected", "found", "mapping", "scalar"))


def test_missing_file_and_folder_are_danish(capsys, tmp_path: Path):
    assert main(["tjek", str(tmp_path / "væk.yml"), str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "væk.yml: filen findes ikke. Tjek navnet og mappen." in err
    assert ": det er en mappe, ikke en fil." in err
    assert "No such file" not in err and "Is a directory" not in err


def test_output_naming_a_folder_has_its_own_message(capsys, tmp_path: Path):
    source = _plan(tmp_path, "kroner", "2.500")
    folder = tmp_path / "ud"
    folder.mkdir()
    assert main(["udfyld", str(source), "-o", str(folder)]) == 1
    err = capsys.readouterr().err
    assert f"{folder} er en mappe. Skriv et filnavn efter -o" in err
    assert "findes allerede" not in err
