"""Translated data files (``data/<language>/<name>``, a case's ``cases/<id>/<language>/case.yml``,
a template's filled example ``templates/eksempler/<language>/<id>.yml``): read in their language,
and held to the Danish file's shape, so a translator can change words but not ids, numbers or
structure."""
from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import docx
import pytest
import yaml

from samskab_lib import language_scope, load_case, resources
from samskab_lib.cases import loading
from samskab_lib.cases.loading import case_file
from samskab_lib.cases.model import EXAMPLE_DATA, UNKNOWN
from samskab_lib.resources import DATA_DIR, cases_dir, data_path
from samskab_lib.templates.definitions import examples_dir
from samskab_lib.templates.fill import load_example
from samskab_lib.texts import DEFAULT_LANGUAGE, languages

FIXTURES = Path(__file__).parent / "fixtures" / "data_nb"
# Strings under these keys are ids, choices, pages or sources: the same in every language.
ID_KEYS = {"id", "slug", "source", "template", "templates", "effort", "size", "page",
           "chapter_page", "notebook", "notebooks", "reading", "theme", "kind", "options", "number"}
# In a case file: strings under these keys are ids, sources, codes, table columns or periods,
# and these values are the file's own words (unknown, example data, a share): never translated.
CASE_ID_KEYS = {"id", "kilde", "fil", "land", "valuta", "samskabelsesform", "metodekort", "emner",
                "kolonner", "fra", "til"}
CASE_FIXED = frozenset({UNKNOWN, EXAMPLE_DATA, "andel"})


def drift(danish: Any, translated: Any, where: str = "", key: str = "",
          ids: set[str] = ID_KEYS, fixed: frozenset[str] = frozenset()) -> list[str]:
    """Every place *translated* differs from *danish* other than in the wording of a text:
    strings under a key in *ids*, and the values in *fixed*, must stay as they are."""
    if isinstance(danish, dict) and isinstance(translated, dict):
        if sorted(danish) != sorted(translated):
            return [f"{where or '/'}: keys {sorted(translated)}, not {sorted(danish)}"]
        return [problem for name in danish
                for problem in drift(danish[name], translated[name], f"{where}/{name}", name,
                                     ids, fixed)]
    if isinstance(danish, list) and isinstance(translated, list):
        if len(danish) != len(translated):
            return [f"{where}: {len(translated)} items, not {len(danish)}"]
        return [problem for index, (d, t) in enumerate(zip(danish, translated, strict=True))
                for problem in drift(d, t, f"{where}[{index}]", key, ids, fixed)]
    if (isinstance(danish, str) and isinstance(translated, str) and key not in ids
            and danish not in fixed and translated not in fixed):
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


def case_translations() -> list[tuple[Path, Path]]:
    """(translation, Danish file) for every translated case file."""
    return [(path, path.parent.parent / "case.yml")
            for language in languages() if language != DEFAULT_LANGUAGE
            for path in sorted(cases_dir().glob(f"*/{language}/case.yml"))]


@pytest.mark.parametrize(("translated", "danish"), case_translations(),
                         ids=lambda path: path.relative_to(cases_dir()).as_posix())
def test_a_case_translation_keeps_the_danish_cases_structure_ids_sources_and_figures(
        translated: Path, danish: Path):
    assert danish.is_file(), f"{translated} translates no Danish case"
    assert drift(load(danish), load(translated), ids=CASE_ID_KEYS, fixed=CASE_FIXED) == []


def test_the_cases_the_book_shows_most_have_a_bokmaal_translation():
    assert {path.parent.parent.name for path, _ in case_translations()} >= {
        "hjoerring", "jevnaker", "nordfjordby", "albertslund-borgersamling",
        "rudersdal-borgersamling", "oerland-samfunnsdel", "steinkjer-bolystteam"}


def test_case_drift_is_found_where_a_translator_changed_a_source_a_figure_or_unknown():
    danish = load(cases_dir() / "hjoerring" / "case.yml")
    translated = load(cases_dir() / "hjoerring" / "nb" / "case.yml")
    translated["hvor"]["kilde"] = "sagrom"
    translated["kommune"]["indbyggere"]["værdi"] = 65412
    translated["deltagere"]["i_alt"] = "ukjent"
    translated["klassifikation"]["emner"] = ["klima_energi_nb"]
    assert drift(danish, translated, ids=CASE_ID_KEYS, fixed=CASE_FIXED) == [
        "/kommune/indbyggere/værdi: 65412, not 65411",
        "/klassifikation/emner[0]: 'klima_energi_nb', not 'klima_energi'",
        "/hvor/kilde: 'sagrom', not 'hjoerring-case'",
        "/deltagere/i_alt: 'ukjent', not 'ukendt'",
    ]


def test_a_case_is_read_from_its_translation_in_norwegian_and_from_danish_otherwise():
    with language_scope("nb"):
        norwegian = load_case("hjoerring")
    danish = load_case("hjoerring")
    assert norwegian.path == cases_dir() / "hjoerring" / "nb" / "case.yml"
    assert norwegian.title.value == "Hjørring: utfasing av oljefyr"
    assert danish.title.value == "Hjørring: udfasning af oliefyr"
    assert norwegian.figure("oliefyr_i_kommunen") == danish.figure("oliefyr_i_kommunen") == 4500
    assert norwegian.sources() == danish.sources()


def test_a_case_without_a_translation_is_read_from_the_danish_file_in_norwegian_too(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    # Every case in cases/ has a bokmål copy now, so the fallback is shown on a folder of its own.
    (tmp_path / "uoversat").mkdir()
    (tmp_path / "uoversat" / "case.yml").write_text("id: uoversat\n", encoding="utf-8")
    monkeypatch.setattr(loading, "cases_dir", lambda: tmp_path)
    with language_scope("nb"):
        assert case_file("uoversat") == tmp_path / "uoversat" / "case.yml"


def test_a_translated_case_reads_the_danish_cases_survey_answers():
    danish = load_case("nordfjordby")
    with language_scope("nb"):
        norwegian = load_case("nordfjordby")
    assert norwegian.survey.questions["s4"] == "Jeg vet hva innspillet mitt ble brukt til"
    assert {qid: list(values) for qid, values in norwegian.survey.answers.items()} == {
        qid: list(values) for qid, values in danish.survey.answers.items()}


def example_translations() -> list[tuple[str, str]]:
    """(language, template id) for every translated filled example of a template."""
    return [(language, path.stem) for language in languages() if language != DEFAULT_LANGUAGE
            for path in sorted((examples_dir() / language).glob("*.yml"))]


def plain(value: Any) -> Any:
    """A filled template's values as plain dicts and lists, for :func:`drift`."""
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    return value


@pytest.mark.parametrize(("language", "template_id"), example_translations())
def test_a_translated_example_has_the_danish_examples_fields_rows_numbers_and_dates(
        language: str, template_id: str):
    danish = load_example(template_id)
    with language_scope(language):
        translated = load_example(template_id)
        assert translated is not danish and translated.template.id == template_id
    assert drift(plain(dict(danish.values)), plain(dict(translated.values)), ids=set()) == []


def test_every_template_has_a_bokmaal_example():
    assert {template for language, template in example_translations() if language == "nb"} == {
        path.stem for path in examples_dir().glob("*.yml")}


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


def test_the_bokmaal_project_folder_has_the_danish_folders_sheets_rows_numbers_and_dates():
    from samskab_lib.templates.folder import load_folder

    danish_file = cases_dir() / "nordfjordby" / "procesmappe.yml"
    danish = load_folder(danish_file)
    with language_scope("nb"):
        norwegian = load_folder(danish_file.parent / "nb" / danish_file.name)
    assert norwegian.errors == [] and norwegian.warnings == []
    assert norwegian.sheets["samarbejdsplan"].values["aktiviteter"][0]["aktivitet"] == (
        "Arbeidsverksted om regnvannsparken")
    assert drift(plain({name: dict(sheet.values) for name, sheet in danish.sheets.items()}),
                 plain({name: dict(sheet.values) for name, sheet in norwegian.sheets.items()}),
                 ids=set()) == []
