"""Both editions are built from one source without touching each other's files: each has its
own site, build folder and notebook cache, and the whole-build skip looks at each edition's
inputs and site apart."""
from __future__ import annotations

import os
import time
from pathlib import Path

import build_book
import editions
import pytest
import sphinx_edition
import update_catalogues

from samskab_lib.print_typst import language_settings, typst_markup
from samskab_lib.texts import language_scope

ROOT = Path(__file__).resolve().parent.parent


def test_each_edition_has_its_own_site_and_build_folder():
    assert editions.site_folder(ROOT, "da") == ROOT / "_build" / "html"
    assert editions.site_folder(ROOT, "nb") == ROOT / "_build" / "html" / "nb"
    assert editions.build_folder(ROOT, "da") == ROOT / "_build"
    assert editions.build_folder(ROOT, "nb") == ROOT / "_build" / "nb"


def test_the_norwegian_edition_is_told_its_language_search_and_notebook_cache():
    danish, norwegian = sphinx_edition.overrides(ROOT, "da"), sphinx_edition.overrides(ROOT, "nb")
    assert "language" not in danish and danish["nitpicky"] is True
    assert norwegian["language"] == "nb"
    assert "html_search_language" not in norwegian  # the extension's search.py sets it
    assert norwegian["nb_execution_cache_path"] == str(ROOT / "_build" / "nb" / ".jupyter_cache")


def test_each_built_edition_searches_with_its_own_languages_stemmer(site: Path) -> None:
    stemmers = {folder: (site / folder / "_static" / "language_data.js").read_text(encoding="utf-8")
                for folder in (".", "nb")}
    assert "DanishStemmer" in stemmers["."] and "NorwegianStemmer" not in stemmers["."]
    assert "NorwegianStemmer" in stemmers["nb"] and "DanishStemmer" not in stemmers["nb"]


def test_print_styles_take_the_language_of_the_document_or_else_the_library():
    assert language_settings() == '#let text-language = "da"\n#let text-region = "dk"\n'
    assert language_settings("nb") == '#let text-language = "nb"\n#let text-region = "no"\n'
    with language_scope("nb"):
        assert '"nb"' in language_settings() and '"nb"' in language_settings("en")


def test_a_norwegian_print_document_is_set_in_norwegian():
    document = '<!DOCTYPE html><html lang="nb"><head></head><body><p>Medvirkning</p></body></html>'
    assert typst_markup(document, ROOT, title="Bok", author="Forfattere").startswith(
        '#let text-language = "nb"\n#let text-region = "no"\n')


@pytest.fixture
def built(tmp_path: Path) -> Path:
    """A small project as a successful build of both editions leaves it."""
    for name in ("_config.yml", "book/intro.md", "samskab_lib/texts.py",
                 "locale/nb/LC_MESSAGES/book/intro.po", "_build/html/index.html",
                 "_build/html/book/intro.html", "_build/html/nb/index.html",
                 "_build/html/nb/book/intro.html", "_build/nb/.jupyter_cache/global.db"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x\n", encoding="utf-8")
    for language in editions.EDITIONS:
        build_book.record(build_book.inputs_fingerprint(tmp_path, language), tmp_path, language)
    return tmp_path


def _edit(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("ændret\n", encoding="utf-8")
    later = time.time() + 5  # a clearly later time, whatever the file system's resolution
    os.utime(path, (later, later))


def _stale(root: Path) -> list[str]:
    return [language for language in editions.EDITIONS if not build_book.unchanged(root, language)]


def test_after_a_build_of_both_nothing_is_stale(built: Path):
    assert _stale(built) == []


def test_a_changed_page_builds_both_editions(built: Path):
    _edit(built / "book" / "intro.md")
    assert _stale(built) == ["da", "nb"]


def test_a_changed_translation_builds_only_the_norwegian_edition(built: Path):
    _edit(built / "locale" / "nb" / "LC_MESSAGES" / "book" / "intro.po")
    assert _stale(built) == ["nb"]


def test_a_compiled_catalogue_is_not_an_input(built: Path):
    _edit(built / "locale" / "nb" / "LC_MESSAGES" / "book" / "intro.mo")
    assert _stale(built) == []


def test_a_page_of_one_edition_edited_by_hand_builds_that_edition_only(built: Path):
    _edit(built / "_build" / "html" / "nb" / "book" / "intro.html")
    assert _stale(built) == ["nb"]
    _edit(built / "_build" / "html" / "book" / "intro.html")
    assert _stale(built) == ["da", "nb"]


def test_a_changed_danish_paragraph_turns_its_translation_fuzzy(tmp_path: Path):
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po, write_po

    def write(path: Path, messages: dict[str, str], locale: str | None = None) -> None:
        catalogue = Catalog(locale=locale)
        for danish, norwegian in messages.items():
            catalogue.add(danish, norwegian)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as stream:
            write_po(stream, catalogue)

    sentence = "Borgerne inviteres til et møde om kommuneplanen i den kommende måned."
    write(tmp_path / "locale" / "nb" / "LC_MESSAGES" / "book" / "intro.po",
          {sentence: "Innbyggerne inviteres til et møte om kommuneplanen i måneden som kommer."},
          "nb")
    write(tmp_path / "_build" / "gettext" / "book" / "intro.pot",
          {sentence.replace("møde", "borgermøde"): "", "Et nyt afsnit.": ""})
    update_catalogues.update(tmp_path, tmp_path / "_build" / "gettext")
    with (tmp_path / "locale" / "nb" / "LC_MESSAGES" / "book" / "intro.po").open() as stream:
        messages = {m.id: m for m in read_po(stream) if m.id}
    changed = messages[sentence.replace("møde", "borgermøde")]
    assert changed.fuzzy and changed.string.startswith("Innbyggerne inviteres")
    assert not messages["Et nyt afsnit."].string
