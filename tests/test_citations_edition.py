"""A source in the bibliography as each edition shows it: its notes in the edition's language,
its title marked with the source's own language where that differs from the page's."""
from __future__ import annotations

from pathlib import Path

import pytest
from pybtex.backends.plaintext import Backend as PlaintextBackend
from pybtex.database import Entry, Person, parse_file
from pybtex_docutils import Backend as DocutilsBackend

from samskab_book import citation_language, citations
from samskab_lib.texts import language_scope

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def empty_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    citations.register()
    monkeypatch.setattr(citations, "_FORMATTED", {})
    monkeypatch.setattr(citations, "_USED", set())


def _presentation(langid: str = "danish") -> Entry:
    entry = Entry("misc", fields={
        "title": "Godt samarbejde med borgere", "langid": langid, "year": "2016",
        "howpublished": "Præsentation", "howpublished_nb": "Presentasjon",
        "note": "Ingen netadresse", "note_nb": "Ingen nettadresse"},
        persons={"author": [Person("Bengtsson, Mille Wilken")]})
    entry.key = "bengtsson2016"
    return entry


def _formatted(language: str, entry: Entry):
    with language_scope(language):
        return citations.DanishBibliographyStyle().format_entry("Bengtsson, 2016", entry)


@pytest.mark.parametrize(("language", "shown"), [
    ("da", "Mille Wilken Bengtsson. Godt samarbejde med borgere. Præsentation, 2016. "
           "Ingen netadresse."),
    ("nb", "Mille Wilken Bengtsson. Godt samarbejde med borgere. Presentasjon, 2016. "
           "Ingen nettadresse."),
])
def test_each_edition_shows_the_notes_in_its_own_language(language: str, shown: str) -> None:
    assert _formatted(language, _presentation()).text.render(PlaintextBackend()) == shown


def test_a_field_without_a_translation_is_shown_as_written() -> None:
    assert citation_language.edition_fields({"note": "Læst 3. december 2026", "note_nb": "Lest"}, "da") \
        == {"note": "Læst 3. december 2026"}
    assert citation_language.edition_fields({"howpublished": "planinfo.dk"}, "nb") \
        == {"howpublished": "planinfo.dk"}


def _marked_titles(language: str, entry: Entry) -> list[tuple[str, str]]:
    paragraph = DocutilsBackend().paragraph(_formatted(language, entry))
    return [(node.astext(), " ".join(node["classes"])) for node in paragraph.findall()
            if node.tagname == "inline" and node.get("classes")]


def test_a_danish_title_is_marked_danish_on_a_norwegian_page_only() -> None:
    assert _marked_titles("nb", _presentation()) == [("Godt samarbejde med borgere", "language-da")]
    assert _marked_titles("da", _presentation()) == []


def test_a_norwegian_title_is_marked_norwegian_on_a_danish_page_only() -> None:
    assert _marked_titles("da", _presentation("norsk")) == [("Godt samarbejde med borgere",
                                                             "language-nb")]
    assert _marked_titles("nb", _presentation("norsk")) == []


@pytest.mark.parametrize(("langid", "code"), [("english", "en"), ("german", "de"),
                                              ("nynorsk", "nn")])
def test_a_title_in_a_language_of_no_edition_is_marked_on_every_page(langid: str, code: str) -> None:
    for language in ("da", "nb"):
        assert _marked_titles(language, _presentation(langid)) == [
            ("Godt samarbejde med borgere", f"language-{code}")]


def test_every_source_names_its_language() -> None:
    known = citation_language.language_codes()
    for path in [ROOT / "book" / "references.bib", *sorted((ROOT / "book" / "kilder").glob("*.bib"))]:
        for key, entry in parse_file(path).entries.items():
            assert entry.fields.get("langid") in known, f"{path.name}: {key} has no known langid"
