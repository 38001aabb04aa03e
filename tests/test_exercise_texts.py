"""The exercises' texts the library carries are the ones on the book's pages, and making a pack
leaves no temporary folder behind."""
from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from samskab_lib.cli import main
from samskab_lib.course import install, student_pack, tasks
from samskab_lib.course.task_source import exercise_texts_yaml
from samskab_lib.errors import InputError
from samskab_lib.handbook.exercises import Exercise, load_exercises
from samskab_lib.resources import DATA_DIR

ROOT = Path(__file__).resolve().parent.parent


def test_library_data_matches_the_book_pages():
    """Run scripts/make_exercise_texts.py after changing an exercise's page when this fails."""
    stored = (DATA_DIR / tasks.TEXTS_DATA).read_text(encoding="utf-8")
    assert stored == exercise_texts_yaml(ROOT)


def test_texts_are_plain_markdown_without_the_book_markup():
    for exercise in load_exercises():
        for part in (tasks.task_text(exercise), tasks.solution_text(exercise)):
            assert part and "{ref}" not in part and "{doc}" not in part and "{cite" not in part
    jevnaker = next(e for e in load_exercises() if e.id == "oevelse-jevnaker")
    assert "Åbn notesbogen jevnaker-beregning.ipynb" in tasks.task_text(jevnaker)


def test_an_exercise_missing_from_the_data_gets_a_danish_message():
    stranger = Exercise(id="oevelse-ny", title="Ny", chapter=1, chapter_title="Ny",
                        chapter_page="book/ny", goal="", minutes=5, materials="",
                        page="book/oevelser/del9", notebook=None)
    with pytest.raises(InputError) as error:
        tasks.task_text(stranger)
    assert error.value.problems == [
        "Opgaven til øvelsen »oevelse-ny« (fra siden book/oevelser/del9) mangler i bibliotekets "
        "data. Skriv den ind med scripts/make_exercise_texts.py i bogens projekt, eller installér "
        "en nyere udgave af biblioteket."]


def test_making_a_pack_with_a_notebook_leaves_no_temporary_folder(tmp_path: Path, monkeypatch):
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    install.pack_wheel.cache_clear()
    student_pack.write_pack(["oevelse-jevnaker"], tmp_path / "pakke")
    assert list(scratch.iterdir()) == []
    assert next((tmp_path / "pakke" / "wheels").glob("samskab_lib-*.whl")).stat().st_size > 0


def test_a_library_without_the_texts_says_so_in_danish(tmp_path: Path, monkeypatch, capsys):
    """The library in a student pack leaves the texts out; the command names that, no traceback."""
    monkeypatch.setattr(tasks, "DATA_DIR", tmp_path)
    tasks._texts.cache_clear()
    try:
        status = main(["elevpakke", "oevelse-afklar", "--ud", str(tmp_path / "pakke")])
    finally:
        tasks._texts.cache_clear()
    assert status == 1
    assert "har ikke øvelsernes opgaver og løsninger" in capsys.readouterr().err
    assert not (tmp_path / "pakke").exists()


def test_an_editable_install_outside_its_checkout_is_named_not_packed(tmp_path: Path):
    """This environment's library is editable: with no checkout at hand it cannot be packed."""
    with pytest.raises(InputError) as error:
        install.pack_wheel(tmp_path)
    assert "ikke er installeret som pakke" in str(error.value)
