"""Bibliography entries are formatted once and reused by the next build, never stale."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from pybtex.backends.plaintext import Backend
from pybtex.database import Entry, Person

from samskab_book import citations


@pytest.fixture(autouse=True)
def empty_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    citations.register()
    monkeypatch.setattr(citations, "_FORMATTED", {})
    monkeypatch.setattr(citations, "_USED", set())


def _report(title: str = "Borgerinddragelse i Hjørring") -> Entry:
    entry = Entry("techreport", fields={"title": title, "institution": "Hjørring Kommune",
                                        "year": "2021"},
                  persons={"author": [Person("Andersen, Anne"), Person("Bech, Bo")]})
    entry.key = "hjoerring2021"
    return entry


def _shown(formatted) -> str:
    return formatted.text.render(Backend())


def test_an_entry_formatted_again_comes_from_the_cache():
    style = citations.DanishBibliographyStyle()
    first = style.format_entry("Andersen og Bech, 2021", _report())
    assert style.format_entry("Andersen og Bech, 2021", _report()) is first
    assert _shown(first) == "Anne Andersen og Bo Bech. Borgerinddragelse i Hjørring. Rapport, " \
                            "Hjørring Kommune, 2021."


def test_a_changed_entry_is_formatted_anew():
    style = citations.DanishBibliographyStyle()
    style.format_entry("Andersen og Bech, 2021", _report())
    changed = style.format_entry("Andersen og Bech, 2021", _report("Ny titel"))
    assert "Ny titel" in _shown(changed)


def test_the_next_build_reads_what_this_build_formatted(tmp_path: Path):
    app = SimpleNamespace(doctreedir=str(tmp_path))
    first = citations.DanishBibliographyStyle().format_entry("Andersen og Bech, 2021", _report())
    citations.save_formatted(app, None)
    citations._FORMATTED.clear()
    citations.load_formatted(app)
    again = citations.DanishBibliographyStyle().format_entry("Andersen og Bech, 2021", _report())
    assert _shown(again) == _shown(first)
    assert len(citations._FORMATTED) == 1


def test_a_failed_build_keeps_no_cache(tmp_path: Path):
    citations.DanishBibliographyStyle().format_entry("Andersen og Bech, 2021", _report())
    citations.save_formatted(SimpleNamespace(doctreedir=str(tmp_path)), RuntimeError("fejl"))
    assert not (tmp_path / citations._CACHE_FILE).exists()


def test_a_cache_from_other_code_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    app = SimpleNamespace(doctreedir=str(tmp_path))
    citations.DanishBibliographyStyle().format_entry("Andersen og Bech, 2021", _report())
    citations.save_formatted(app, None)
    citations._FORMATTED.clear()
    monkeypatch.setattr(citations, "_CODE_HASH", "en anden version")
    citations.load_formatted(app)
    assert citations._FORMATTED == {}


def test_a_damaged_cache_file_is_ignored(tmp_path: Path):
    (tmp_path / citations._CACHE_FILE).write_bytes(b"ikke en pickle")
    citations.load_formatted(SimpleNamespace(doctreedir=str(tmp_path)))
    assert citations._FORMATTED == {}
