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
                        chapter_page="book/ny", goal="Et mål", minutes=5, materials="Papir",
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


# --- other languages: the texts from the pages' translation catalogues -------------------------

def test_norwegian_texts_are_in_step_with_the_catalogues():
    """Run scripts/make_exercise_texts.py after translating an exercise's page when this fails."""
    from samskab_lib import language_scope
    from samskab_lib.course.task_source import CatalogueTranslation

    stored = (DATA_DIR / "nb" / tasks.TEXTS_DATA).read_text(encoding="utf-8")
    with language_scope("nb"):
        made = exercise_texts_yaml(ROOT, "nb", CatalogueTranslation(ROOT, "nb"))
    assert stored == made


def _catalogue(root: Path, page: str, entries: list[tuple[str, str, bool]]) -> None:
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import write_po

    catalog = Catalog(locale="nb")
    for danish, norwegian, fuzzy in entries:
        catalog.add(danish, norwegian, flags=["fuzzy"] if fuzzy else [])
    path = root / "locale" / "nb" / "LC_MESSAGES" / f"{page}.po"
    path.parent.mkdir(parents=True)
    with path.open("wb") as handle:
        write_po(handle, catalog)


def test_a_catalogue_translates_paragraphs_items_and_headings_and_names_what_it_cannot(
        tmp_path: Path):
    from samskab_lib.course.task_source import CatalogueTranslation

    _catalogue(tmp_path, "book/oevelser/del9", [
        ("**Opgave:** Læs casen, og skriv formålet.", "**Oppgave:** Les casen, og skriv formålet.",
         False),
        ("Find tre målgrupper.", "Finn tre målgrupper.", False),
        ("Hvem mangler?", "Hvem mangler?", False),
        ("Sæt tid på.", "Sett tid på.", True),  # fuzzy: not trusted
    ])
    danish = ("**Opgave:** Læs casen,\nog skriv formålet.\n\n1. Find tre\n   målgrupper.\n"
              "2. Sæt tid på.\n\n(rubrik-x)=\n### Hvem mangler?\n\nTal sammen.")
    translation = CatalogueTranslation(tmp_path, "nb")
    assert translation(danish, "book/oevelser/del9") == (
        "**Oppgave:** Les casen, og skriv formålet.\n\n1. Finn tre målgrupper.\n"
        "2. Sæt tid på.\n\n(rubrik-x)=\n### Hvem mangler?\n\nTal sammen.")
    assert translation.missing == [("book/oevelser/del9", "Sæt tid på."),
                                   ("book/oevelser/del9", "Tal sammen.")]


def test_a_pack_in_norwegian_has_norwegian_sheets_and_templates(tmp_path: Path):
    import docx

    assert main(["--sprog", "nb", "elevpakke", "oevelse-afklar", "--ud",
                 str(tmp_path / "pakke")]) == 0
    sheet = (tmp_path / "pakke" / "LAES-MIG.md").read_text(encoding="utf-8")
    assert sheet.startswith("# Øvelser i Samskaping i praksis")
    assert "## Utgangspunktet for Nordfjordby" in sheet and "Samlet tid: 30 minutter." in sheet
    assert "**Notatbok:** Ingen – oppgaven står nedenfor" in sheet and "## Tomme maler" in sheet
    assert "## Udgangspunktet" not in sheet and "Notesbog" not in sheet
    template = docx.Document(str(tmp_path / "pakke" / "skabeloner" / "udgangspunkt.docx"))
    assert template.core_properties.language == "nb-NO"
