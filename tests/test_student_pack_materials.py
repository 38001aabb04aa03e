"""A pack a course leader can hand out as it is: every material it lists is in it or has an
address, chapters are named as the sidebar names them, the way in (install, Kom i gang) comes
only with notebooks, and the course leader's pack holds the assessment guide.
"""
from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest

from samskab_lib.course import book_address, student_pack, tasks
from samskab_lib.course.tasks import rubric_text
from samskab_lib.handbook.exercises import load_exercises

ROOT = student_pack.PROJECT_ROOT
EXERCISES = load_exercises()
ADDRESS = "https://eksempel.dk/samskabelse/"


def _section(sheet: str, title: str) -> str:
    """The part of the instruction sheet about the exercise *title*."""
    return sheet.split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0]


@pytest.fixture(scope="module")
def full_pack(tmp_path_factory) -> Path:
    return student_pack.write_pack(None, tmp_path_factory.mktemp("alle") / "pakke")


def test_every_file_the_sheet_lists_is_in_the_pack(full_pack: Path):
    sheet = (full_pack / "LAES-MIG.md").read_text(encoding="utf-8")
    for exercise in EXERCISES:
        section = _section(sheet, exercise.title)
        for name in student_pack.material_files(exercise):
            assert name in section, (exercise.id, name)
            assert (full_pack / name).is_file(), (exercise.id, name)
    named = set(re.findall(r"(?:skabeloner/)?[\w-]+\.(?:ipynb|docx)", sheet))
    assert named and all((full_pack / name).is_file() for name in named), named


def test_every_page_to_read_is_named_by_its_title_and_said_to_be_in_the_book(full_pack: Path):
    sheet = (full_pack / "LAES-MIG.md").read_text(encoding="utf-8")
    for exercise in EXERCISES:
        section = _section(sheet, exercise.title)
        for page in exercise.reading:
            title = book_address.page_title(page, ROOT)
            assert f"**Læs i bogen:** »{title}« i bogen Samskabelse i praksis" in section


def test_materials_the_text_mentions_are_listed_for_the_pack():
    """What an exercise's materials name (a chapter, the case, a template) is in its lists."""
    mentions = {"Nordfjordby-casen": "book/cases/nordfjordby", "Jevnaker-kapitlet": "book/cases/jevnaker",
                "Hjørring-kapitlet": "book/cases/hjoerring", "18 nøgler": "book/grundlag/noegler",
                "Kapitlet om samskabelsens former": "book/grundlag/typologi"}
    for exercise in EXERCISES:
        for words, page in mentions.items():
            if words in exercise.materials:
                assert page in exercise.reading, (exercise.id, words)
        if "skabelonen" in exercise.materials or "målgruppeanalyse" in exercise.materials:
            assert exercise.templates, exercise.id


def test_chapters_are_named_by_title_with_no_number_the_sidebar_lacks(full_pack: Path):
    sheet = (full_pack / "LAES-MIG.md").read_text(encoding="utf-8")
    assert not re.search(r"Kapitel \d", sheet)
    for exercise in EXERCISES:
        title = book_address.page_title(exercise.chapter_page, ROOT)
        assert f"**Kapitel:** »{title}«" in _section(sheet, exercise.title)


def test_with_the_book_address_set_chapters_and_links_are_absolute(monkeypatch, tmp_path: Path):
    monkeypatch.setattr(tasks, "pack_address", lambda: ADDRESS)
    monkeypatch.setattr(student_pack, "pack_address", lambda: ADDRESS)
    pack = student_pack.write_pack(["oevelse-jevnaker"], tmp_path / "pakke")
    sheet = (pack / "LAES-MIG.md").read_text(encoding="utf-8")
    assert f"{ADDRESS}book/cases/jevnaker.html" in sheet
    notebook = (pack / "jevnaker-beregning.ipynb").read_text(encoding="utf-8")
    assert f"]({ADDRESS}book/cases/jevnaker.html)" in notebook
    assert f"]({ADDRESS}book/kildeliste.html)" in notebook


def test_the_book_address_is_read_from_the_one_setting(tmp_path: Path):
    (tmp_path / "_config.yml").write_text("html:\n  baseurl: https://eksempel.dk/bog\n", "utf-8")
    assert book_address.book_address(tmp_path) == "https://eksempel.dk/bog/"
    assert book_address.book_address(ROOT) == ""  # unset in the project: the text says so


def test_a_pack_without_notebooks_has_no_install_steps(tmp_path: Path):
    pack = student_pack.write_pack(["oevelse-afklar", "oevelse-samskabelse"], tmp_path / "pakke")
    sheet = (pack / "LAES-MIG.md").read_text(encoding="utf-8")
    assert "pip install" not in sheet and "Python" not in sheet
    assert "der er intet at installere" in sheet
    assert not list(pack.glob("*.ipynb")) and not (pack / "requirements.txt").exists()
    assert not (pack / "wheels").exists()


def test_every_pack_with_a_notebook_holds_kom_i_gang_and_says_how_to_hand_in(tmp_path: Path):
    pack = student_pack.write_pack(["oevelse-jevnaker"], tmp_path / "pakke")
    sheet = (pack / "LAES-MIG.md").read_text(encoding="utf-8")
    assert (pack / "kom-i-gang.ipynb").is_file()
    assert "Start med notesbogen kom-i-gang.ipynb" in sheet
    assert "## Sådan skriver, gemmer og afleverer du" in sheet
    assert "internetadgang" in sheet and "PyPI" in sheet


def test_the_solutions_pack_holds_each_rubric_and_the_student_pack_none(tmp_path: Path):
    rubrics = {e.id: rubric_text(e) for e in EXERCISES if rubric_text(e)}
    assert set(rubrics) == {e.id for e in EXERCISES}  # every exercise has its guide
    leader = student_pack.write_pack(None, tmp_path / "underviser", solutions=True)
    sheet = (leader / "LAES-MIG.md").read_text(encoding="utf-8")
    by_id = {e.id: e for e in EXERCISES}
    for exercise_id, rubric in rubrics.items():
        assert rubric in _section(sheet, by_id[exercise_id].title)
    student = student_pack.write_pack(None, tmp_path / "elev")
    assert "Bedømmelsesguide (kun til underviseren)" not in (student / "LAES-MIG.md").read_text("utf-8")


@pytest.mark.parametrize("exercise", [e for e in EXERCISES if rubric_text(e)],
                         ids=lambda e: e.id)
def test_each_exercise_with_a_rubric_links_it_from_its_page(exercise):
    page = (ROOT / f"{exercise.page}.md").read_text(encoding="utf-8")
    block = re.search(r"```\{exercise\}[^\n]*\n:label: " + re.escape(exercise.id) + r"\n(.*?)\n```",
                      page, re.S)
    assert block and f"<rubrik-{exercise.id}>`" in block[1]


def test_each_material_line_is_a_paragraph_of_its_own_in_the_word_sheet(tmp_path: Path):
    """Seen in LibreOffice: »I pakken« and »Læs i bogen« ran together into one paragraph."""
    pack = student_pack.write_pack(["oevelse-jevnaker"], tmp_path / "pakke")
    paragraphs = [p.text for p in docx.Document(str(pack / "LAES-MIG.docx")).paragraphs]
    in_pack = next(p for p in paragraphs if p.startswith("I pakken:"))
    assert in_pack == "I pakken: jevnaker-beregning.ipynb"
    assert any(p.startswith("Læs i bogen: »Jevnaker") for p in paragraphs)
