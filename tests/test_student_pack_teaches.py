"""A student pack teaches: the full task of every exercise, no answer, and it installs alone.

Built from the real book: each exercise's task and solution are read from its page, so the
checks compare the pack with what the book says.
"""
from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import docx
import pytest
from pack_text import pack_text

from samskab_lib.course import student_pack
from samskab_lib.course.tasks import solution_text, task_text
from samskab_lib.handbook.exercises import load_exercises

ROOT = student_pack.PROJECT_ROOT
EXERCISES = load_exercises()
# Answers as the solutions state them, in the forms a pack could leak them.
ANSWERS = {
    "oevelse-jevnaker": ["5.000 NOK", "5000 NOK", "NOK 5,000", "5.000 kr", "5000.0"],
    "oevelse-nordfjordby-maalgrupper": ["300 huse", "100 om året", "100 huse"],
    "oevelse-hjoerring": ["450 oliefyr", "27 % af målet", "knap 18 %"],
}


def _plain(markdown: str) -> str:
    """Text without Markdown marks and with single spaces, for comparing across formats."""
    text = re.sub(r"^\s*(?:[-*]|\d+\.)\s+", "", markdown, flags=re.M)
    return re.sub(r"\s+", " ", re.sub(r"[*`]", "", text)).strip()


def _solution_sentences(exercise) -> list[str]:
    sentences = re.split(r"(?<=[.:;])\s", _plain(solution_text(exercise)))
    return [s for s in sentences if len(s.split()) >= 6]


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda e: e.id)
def test_pack_has_the_full_task_and_no_answer(exercise, tmp_path: Path):
    pack = student_pack.write_pack([exercise.id], tmp_path / "pakke")
    task = task_text(exercise)
    assert "**Opgave:**" in task
    assert task in (pack / "LAES-MIG.md").read_text(encoding="utf-8")
    word = _plain("\n".join(p.text for p in docx.Document(str(pack / "LAES-MIG.docx")).paragraphs))
    for line in filter(None, (_plain(line) for line in task.splitlines())):
        assert line in word, line
    shown = _plain(pack_text(pack))
    leaked = [s for s in _solution_sentences(exercise) if s in shown]
    leaked += [a for a in ANSWERS.get(exercise.id, []) if a in shown]
    assert leaked == []


def test_every_exercise_has_a_solution_to_keep_out():
    assert all(_solution_sentences(e) for e in EXERCISES)


def test_solutions_pack_holds_every_solution(tmp_path: Path):
    pack = student_pack.write_pack(None, tmp_path / "underviser", solutions=True)
    sheet = (pack / "LAES-MIG.md").read_text(encoding="utf-8")
    assert all(solution_text(e) in sheet for e in EXERCISES)


def test_pack_names_its_install_step_and_word_sheet_is_a4(tmp_path: Path):
    pack = student_pack.write_pack(["oevelse-jevnaker"], tmp_path / "pakke")
    requirements = (pack / "requirements.txt").read_text(encoding="utf-8").splitlines()
    wheel = next(pack.glob("wheels/samskab_lib-*.whl"))
    assert f"./wheels/{wheel.name}" in requirements and "jupyterlab" in requirements
    assert "python -m pip install -r requirements.txt" in (pack / "LAES-MIG.md").read_text("utf-8")
    section = docx.Document(str(pack / "LAES-MIG.docx")).sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)


def test_task_sends_students_only_to_notebooks_in_the_pack(tmp_path: Path):
    pack = student_pack.write_pack(["oevelse-typologi", "oevelse-noegler"], tmp_path / "pakke")
    sheet = (pack / "LAES-MIG.md").read_text(encoding="utf-8")
    named = set(re.findall(r"[\w-]+\.ipynb", sheet))
    assert named == {"typologi-selvvurdering.ipynb", "noegler-rangering.ipynb", "kom-i-gang.ipynb"}
    assert named <= {p.name for p in pack.glob("*.ipynb")}


def _commands(sheet: str, system: str) -> list[str]:
    """The commands the sheet gives under *system* (e.g. "macOS og Linux"), one per line."""
    block = re.search(rf"På {re.escape(system)}:\n\n```\n(.*?)\n```", sheet, re.S)
    assert block, f"the sheet has no commands for {system}"
    return block[1].splitlines()


def _stated(sheet: str, unit: str) -> int:
    """A figure the sheet states about the installation, e.g. "omkring 110 pakker"."""
    return int(re.search(rf"omkring (\d+) {unit}", sheet)[1])


@pytest.mark.slow
@pytest.mark.notebook
def test_pack_with_two_exercises_installs_by_its_own_text_and_its_notebooks_run(tmp_path: Path):
    """SLOW (several minutes, needs the package index): only the pack and its own words.

    The commands are read from LAES-MIG.md and run in the pack's folder with no project
    checkout on the path; then every notebook in the pack runs in the new environment,
    the cells that save the learner's figures included.
    """
    pack = student_pack.write_pack(["oevelse-jevnaker", "oevelse-nordfjordby-maalgrupper"],
                                   tmp_path / "pakke")
    sheet = (pack / "LAES-MIG.md").read_text(encoding="utf-8")
    environment = {"PATH": "/usr/bin:/bin", "HOME": str(Path.home())}
    create, install, start = _commands(sheet, "macOS og Linux")
    for command in (create, install):
        subprocess.run(command, shell=True, cwd=pack, check=True, env=environment,
                       capture_output=True)
    program = start.split()[0]
    assert subprocess.run([program, "lab", "--version"], cwd=pack, check=True,
                          capture_output=True, env=environment).stdout.strip()
    python = pack / ".venv" / "bin" / "python"
    run = ("import sys, nbformat, nbclient, samskab_lib\n"
           "assert samskab_lib.__file__.startswith(sys.prefix), samskab_lib.__file__\n"
           "for path in sys.argv[1:]:\n"
           "    notebook = nbformat.read(path, as_version=4)\n"
           "    nbclient.NotebookClient(notebook, timeout=300, kernel_name='python3',\n"
           "                            skip_cells_with_tag='ingen').execute()\n"
           "    print('ok', path)\n")
    notebooks = sorted(p.name for p in pack.glob("*.ipynb"))
    assert notebooks == ["jevnaker-beregning.ipynb", "kom-i-gang.ipynb",
                         "nordfjordby-maalgrupper.ipynb"]
    result = subprocess.run([python, "-c", run, *notebooks], cwd=pack, capture_output=True,
                            text=True, env={**environment, "HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.count("ok ") == 3
    assert (pack / "mine-tal-jevnaker.md").is_file()
    assert (pack / "mine-maalgrupper-vestbyen.md").is_file()
    # what the sheet says about the download holds (within a quarter)
    packages = subprocess.run([python, "-m", "pip", "list", "--format=freeze"], check=True,
                              capture_output=True, text=True).stdout.splitlines()
    megabytes = sum(f.stat().st_size for f in (pack / ".venv").rglob("*") if f.is_file()) / 1e6
    print(f"fresh environment: {len(packages)} packages, {megabytes:.0f} MB")
    assert abs(len(packages) - _stated(sheet, "pakker")) <= _stated(sheet, "pakker") / 4
    assert abs(megabytes - _stated(sheet, "MB")) <= _stated(sheet, "MB") / 4


def test_pack_notebooks_link_only_to_files_in_the_pack(tmp_path: Path):
    pack = student_pack.write_pack(None, tmp_path / "pakke")
    for notebook in pack.glob("*.ipynb"):
        cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
        targets = [t for c in cells if c["cell_type"] == "markdown"
                   for t in re.findall(r"\]\(([^)\s]+)\)", "".join(c["source"]))
                   if not t.startswith(("http://", "https://"))]
        assert all((pack / t).is_file() for t in targets), (notebook.name, targets)
    text = (pack / "jevnaker-beregning.ipynb").read_text(encoding="utf-8")
    assert "kildelisten (i bogen Samskabelse i praksis)" in text
