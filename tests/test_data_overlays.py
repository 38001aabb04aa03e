"""Translated data files (``data/<language>/<name>``): read in their language, and held to the
Danish file's shape, so a translator can change words but not ids, numbers or structure."""
from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import docx
import pytest
import yaml

from samskab_lib import language_scope, resources
from samskab_lib.resources import DATA_DIR, data_path
from samskab_lib.texts import DEFAULT_LANGUAGE, languages

FIXTURES = Path(__file__).parent / "fixtures" / "data_nb"
# Strings under these keys are ids, choices, pages or sources: the same in every language.
ID_KEYS = {"id", "slug", "source", "template", "templates", "effort", "size", "page",
           "chapter_page", "notebook", "notebooks", "reading", "theme", "kind", "options", "number"}


def drift(danish: Any, translated: Any, where: str = "", key: str = "") -> list[str]:
    """Every place *translated* differs from *danish* other than in the wording of a text."""
    if isinstance(danish, dict) and isinstance(translated, dict):
        if sorted(danish) != sorted(translated):
            return [f"{where or '/'}: keys {sorted(translated)}, not {sorted(danish)}"]
        return [problem for name in danish
                for problem in drift(danish[name], translated[name], f"{where}/{name}", name)]
    if isinstance(danish, list) and isinstance(translated, list):
        if len(danish) != len(translated):
            return [f"{where}: {len(translated)} items, not {len(danish)}"]
        return [problem for index, (d, t) in enumerate(zip(danish, translated, strict=True))
                for problem in drift(d, t, f"{where}[{index}]", key)]
    if isinstance(danish, str) and isinstance(translated, str) and key not in ID_KEYS:
        return []
    return [] if danish == translated else [f"{where}: {translated!r}, not {danish!r}"]


def overlays() -> list[tuple[Path, Path]]:
    """(translation, Danish file) for every translated data file, and the test fixture."""
    pairs = [(path, DATA_DIR / path.relative_to(DATA_DIR / language))
             for language in languages() if language != DEFAULT_LANGUAGE
             for path in sorted((DATA_DIR / language).rglob("*.yml"))]
    pairs += [(path, DATA_DIR / path.relative_to(FIXTURES)) for path in FIXTURES.rglob("*.yml")]
    return pairs


def load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(("translated", "danish"), overlays(),
                         ids=lambda path: path.relative_to(path.parents[2]).as_posix())
def test_a_translation_keeps_the_danish_files_structure_ids_and_values(translated: Path,
                                                                        danish: Path):
    assert danish.is_file(), f"{translated} translates no Danish data file"
    assert drift(load(danish), load(translated)) == []


def test_drift_is_found_where_a_translator_changed_more_than_words():
    danish = load(DATA_DIR / "methods" / "byvandring.yml")
    translated = load(FIXTURES / "methods" / "byvandring.yml")
    translated.update(effort="liten", steps=[2, 3], extra="ny")
    translated["case"]["source"] = "bengtsson2017"
    translated["how"].pop()
    assert drift(danish, translated) == [
        "/: keys " + str(sorted(translated)) + ", not " + str(sorted(danish))]
    del translated["extra"]
    assert drift(danish, translated) == [
        "/steps: 2 items, not 1",
        "/effort: 'liten', not 'lille'",
        "/how: 4 items, not 5",
        "/case/source: 'bengtsson2017', not 'bengtsson2016'",
    ]


@pytest.fixture
def norwegian_card(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data folder holding the Danish data and the fixture's bokmål byvandring card."""
    for entry in DATA_DIR.iterdir():
        if entry.name != "nb":
            (tmp_path / entry.name).symlink_to(entry)
    (tmp_path / "nb" / "methods").mkdir(parents=True)  # a folder of its own, not the package's
    for entry in (DATA_DIR / "nb").iterdir():
        if entry.name != "methods":
            (tmp_path / "nb" / entry.name).symlink_to(entry)
    (tmp_path / "nb" / "methods" / "byvandring.yml").symlink_to(
        FIXTURES / "methods" / "byvandring.yml")
    monkeypatch.setattr(resources, "DATA_DIR", tmp_path)
    return tmp_path


def test_a_card_is_read_from_its_translation_in_norwegian_and_from_danish_otherwise(
        norwegian_card: Path):
    assert data_path("methods/byvandring.yml", "nb") == norwegian_card / "nb/methods/byvandring.yml"
    assert data_path("methods/fokusgruppe.yml", "nb") == norwegian_card / "methods/fokusgruppe.yml"
    with language_scope("nb"):
        card = _fresh_card()
    assert card.summary.startswith("En tur gjennom området sammen med innbyggerne")
    assert card.steps == (2,) and card.effort == "lille"
    assert _fresh_card().summary.startswith("En gåtur gennem området sammen med borgerne")


def test_the_worksheet_of_a_translated_card_is_norwegian(norwegian_card: Path):
    from samskab_lib.handbook.method_sheet import method_docx

    with language_scope("nb"):
        data = method_docx(_fresh_card(), "Bengtsson (2016): Kommunikasjon")
    document = docx.Document(io.BytesIO(data))
    shown = "\n".join(p.text for p in document.paragraphs)
    cells = {cell.text for table in document.tables for row in table.rows for cell in row.cells}
    assert "Velg en rute med noen få stopp" in shown and "Hvor går dere selv" in shown
    assert "borgerne" not in shown and "Vælg" not in shown
    assert {"Trinn", "Innsats"} & {cell.split()[0] for cell in cells if cell}
    assert document.core_properties.language == "nb-NO"


def _fresh_card():
    """The byvandring card read now (the per-language cache would keep an earlier folder's)."""
    from samskab_lib.handbook import methods

    return methods.read_method(data_path("methods/byvandring.yml"))
