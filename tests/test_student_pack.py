"""The student pack never carries a solution; the course leader's pack does."""
from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import docx
import pytest
from pack_text import pack_text

from samskab_lib.cli import main
from samskab_lib.course import student_pack
from samskab_lib.course.tasks import task_notebooks
from samskab_lib.errors import InputError
from samskab_lib.handbook.exercises import load_exercises
from samskab_lib.templates.definitions import list_templates

SECRET = "HEMMELIG-LOESNING-7f3a9c"
OLD_OUTPUT = "GAMMELT-RESULTAT-41b2"
NOTEBOOK_EXERCISES = [e for e in load_exercises() if e.notebook]


def _cell(kind: str, source: str, tags: list[str] | None = None) -> dict:
    cell = {"cell_type": kind, "id": f"c{abs(hash(source)) % 10**8}",
            "metadata": {"tags": tags or []}, "source": source}
    if kind == "code":
        cell["execution_count"] = 3
        cell["outputs"] = [{"output_type": "stream", "name": "stdout", "text": OLD_OUTPUT}]
    return cell


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    """A project root whose exercise notebooks each hide SECRET in a solution cell."""
    root = tmp_path / "projekt"
    notebooks = [e.notebook for e in NOTEBOOK_EXERCISES]
    notebooks += [path for e in load_exercises() for path in task_notebooks(e)]
    for name in notebooks:
        notebook = {
            "cells": [
                _cell("markdown", "# Opgave"),
                _cell("code", "svar = None  # skriv dit svar"),
                _cell("code", f"print('{SECRET}')", ["loesning", "hide-cell"]),
                _cell("markdown", f"Løsning: {SECRET}", ["loesning"]),
            ],
            "metadata": {}, "nbformat": 4, "nbformat_minor": 5,
        }
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(notebook), encoding="utf-8")
    return root


def test_student_pack_contains_no_solution_text(project: Path, tmp_path: Path):
    pack = student_pack.write_pack(None, tmp_path / "elevpakke", root=project)
    names = {p.name for p in pack.iterdir()}
    assert {Path(e.notebook).name for e in NOTEBOOK_EXERCISES} <= names
    assert SECRET not in pack_text(pack)


def test_solutions_pack_keeps_the_solution_cells(project: Path, tmp_path: Path):
    pack = student_pack.write_pack(None, tmp_path / "loesning", solutions=True, root=project)
    for exercise in NOTEBOOK_EXERCISES:
        notebook = json.loads((pack / Path(exercise.notebook).name).read_text(encoding="utf-8"))
        assert sum(SECRET in cell["source"] for cell in notebook["cells"]) == 2


def test_both_packs_clear_old_outputs(project: Path, tmp_path: Path):
    for solutions in (False, True):
        pack = student_pack.write_pack(None, tmp_path / f"pakke-{solutions}",
                                       solutions=solutions, root=project)
        assert OLD_OUTPUT not in pack_text(pack)
        for notebook_path in pack.glob("*.ipynb"):
            cells = json.loads(notebook_path.read_text(encoding="utf-8"))["cells"]
            assert all(c["outputs"] == [] and c["execution_count"] is None
                       for c in cells if c["cell_type"] == "code")


def test_real_notebooks_lose_every_cell_tagged_loesning(tmp_path: Path):
    pack = student_pack.write_pack(None, tmp_path / "elevpakke")
    for exercise in NOTEBOOK_EXERCISES:
        original = json.loads((student_pack.PROJECT_ROOT / exercise.notebook).read_text("utf-8"))
        solutions = [c["source"] for c in original["cells"]
                     if "loesning" in c["metadata"].get("tags", [])]
        assert solutions, f"{exercise.notebook} has no solution cell"
        packed = (pack / Path(exercise.notebook).name).read_text(encoding="utf-8")
        for source in solutions:
            text = "".join(source)
            assert text not in packed
        remaining = json.loads(packed)["cells"]
        assert len(remaining) == len(original["cells"]) - len(solutions)


def test_existing_folder_is_not_overwritten_without_force(project: Path, tmp_path: Path):
    target = tmp_path / "elevpakke"
    student_pack.write_pack(["oevelse-jevnaker"], target, root=project)
    (target / "noter.txt").write_text("mine noter", encoding="utf-8")
    with pytest.raises(InputError) as error:
        student_pack.write_pack(["oevelse-jevnaker"], target, root=project)
    assert "findes allerede" in str(error.value) and "--force" in str(error.value)
    assert (target / "noter.txt").read_text(encoding="utf-8") == "mine noter"


def test_force_replaces_an_earlier_pack(project: Path, tmp_path: Path):
    target = tmp_path / "pakke"
    student_pack.write_pack(None, target, solutions=True, root=project)
    assert SECRET in pack_text(target)
    student_pack.write_pack(None, target, force=True, root=project)
    assert SECRET not in pack_text(target)


def test_force_never_replaces_a_folder_samskab_did_not_write(project: Path, tmp_path: Path):
    target = tmp_path / "dokumenter"
    target.mkdir()
    (target / "vigtigt.docx").write_bytes(b"data")
    with pytest.raises(InputError) as error:
        student_pack.write_pack(None, target, force=True, root=project)
    assert "ikke en pakke" in str(error.value)
    assert (target / "vigtigt.docx").read_bytes() == b"data"


def test_zip_pack_has_the_files_and_no_solution(project: Path, tmp_path: Path):
    written = student_pack.write_pack(None, tmp_path / "hold-a", as_zip=True, root=project)
    assert written == tmp_path / "hold-a.zip"
    with zipfile.ZipFile(written) as archive:
        names = archive.namelist()
        contents = "".join(archive.read(n).decode("utf-8") for n in names
                           if not n.endswith((".docx", ".whl")))
    assert "LAES-MIG.md" in names
    assert {Path(e.notebook).name for e in NOTEBOOK_EXERCISES} <= set(names)
    assert SECRET not in contents


def test_zip_is_not_overwritten_without_force(project: Path, tmp_path: Path):
    student_pack.write_pack(None, tmp_path / "hold-a.zip", as_zip=True, solutions=True,
                            root=project)
    with pytest.raises(InputError):
        student_pack.write_pack(None, tmp_path / "hold-a.zip", as_zip=True, root=project)
    student_pack.write_pack(None, tmp_path / "hold-a.zip", as_zip=True, force=True, root=project)
    with zipfile.ZipFile(tmp_path / "hold-a.zip") as archive:
        assert SECRET not in "".join(archive.read(n).decode("utf-8")
                                     for n in archive.namelist() if not n.endswith((".docx", ".whl")))


def test_instruction_sheet_lists_goal_time_and_materials(project: Path, tmp_path: Path):
    chosen = ["oevelse-afklar", "oevelse-jevnaker"]
    pack = student_pack.write_pack(chosen, tmp_path / "pakke", root=project)
    sheet = (pack / "LAES-MIG.md").read_text(encoding="utf-8")
    exercises = {e.id: e for e in load_exercises()}
    for exercise_id in chosen:
        exercise = exercises[exercise_id]
        assert f"## {exercise.title}" in sheet
        assert exercise.goal in sheet and exercise.materials in sheet
        assert f"{exercise.minutes} minutter" in sheet
    assert "Samlet tid: 60 minutter." in sheet
    assert "jevnaker-beregning.ipynb" in sheet
    assert "**Notesbog:** Ingen – opgaven står herunder" in sheet  # oevelse-afklar
    assert sorted(p.name for p in pack.glob("*.ipynb")) == ["jevnaker-beregning.ipynb"]


def test_unknown_exercise_is_named_in_the_error(project: Path, tmp_path: Path):
    with pytest.raises(InputError) as error:
        student_pack.write_pack(["oevelse-jevnaker", "oevelse-findes-ikke"], tmp_path / "p",
                                root=project)
    assert len(error.value.problems) == 1
    assert "Øvelsen »oevelse-findes-ikke« findes ikke" in error.value.problems[0]
    assert not (tmp_path / "p").exists()


def test_missing_notebook_names_the_exercise_and_file(tmp_path: Path):
    with pytest.raises(InputError) as error:
        student_pack.write_pack(["oevelse-jevnaker"], tmp_path / "p", root=tmp_path / "tom")
    assert "oevelse-jevnaker" in str(error.value)
    assert "jevnaker-beregning.ipynb" in str(error.value)


def test_cli_writes_the_pack_and_refuses_to_overwrite(tmp_path: Path, capsys):
    target = tmp_path / "uge-2"
    assert main(["elevpakke", "oevelse-jevnaker", "--ud", str(target)]) == 0
    assert f"Pakken er skrevet: {target}" in capsys.readouterr().out
    assert (target / "LAES-MIG.md").is_file()
    assert main(["elevpakke", "oevelse-jevnaker", "--ud", str(target)]) == 1
    assert "--force" in capsys.readouterr().err


def test_cli_without_exercises_lists_ids_with_titles(tmp_path: Path, capsys):
    assert main(["elevpakke", "--ud", str(tmp_path / "p")]) == 0
    listing = capsys.readouterr().out
    for exercise in load_exercises():
        assert re.search(rf"^  {exercise.id} +{re.escape(exercise.title)} \({exercise.minutes} min\)$",
                         listing, re.M)
    assert "--alle" in listing
    assert not (tmp_path / "p").exists()


def test_cli_refuses_exercises_and_alle_together(tmp_path: Path, capsys):
    assert main(["elevpakke", "oevelse-jevnaker", "--alle", "--ud", str(tmp_path / "p")]) == 1
    assert "ikke begge dele" in capsys.readouterr().err


def test_cli_help_is_danish(capsys):
    with pytest.raises(SystemExit):
        main(["elevpakke", "--help"])
    help_text = capsys.readouterr().out
    assert help_text.startswith("brug: samskab elevpakke")
    assert "vis denne hjælp og afslut" in help_text
    assert "--loesninger" in help_text and "--zip" in help_text


def test_student_pack_has_every_blank_template_as_word(project: Path, tmp_path: Path):
    pack = student_pack.write_pack(["oevelse-afklar"], tmp_path / "pakke", root=project)
    written = sorted(p.name for p in (pack / "skabeloner").glob("*.docx"))
    assert written == sorted(f"{t.id}.docx" for t in list_templates())
    plan = docx.Document(str(pack / "skabeloner" / "samarbejdsplan.docx"))
    assert any(p.style.name.startswith("Heading") for p in plan.paragraphs)
    sheet = (pack / "LAES-MIG.md").read_text(encoding="utf-8")
    assert "skabeloner/samarbejdsplan.docx" in sheet
