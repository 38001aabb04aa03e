"""The Norwegian (bokmål) edition of the library: the same keys as Danish, real Norwegian words,
Norwegian numbers and dates, Word files with nb-NO proofing, and ``samskab --sprog nb``.

Every test starts and ends in Danish (the autouse fixture in conftest.py).
"""
from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path
from typing import Any

import docx
import pytest
import yaml
from docx.oxml.ns import qn
from pdf_text import convert_to_pdf, letters, need_tools, page_sizes, pdf_text

from samskab_lib import (
    InputError,
    get_language,
    language_scope,
    languages,
    set_language,
    text,
    to_docx,
)
from samskab_lib.cli import main
from samskab_lib.formatting import money, number, percent
from samskab_lib.learner import typed_number
from samskab_lib.number_reading import read_number, write_number
from samskab_lib.resources import LOCALE_DIR
from samskab_lib.templates.definitions import blank, load_template, template_ids
from samskab_lib.templates.fill import load_example, load_filled
from samskab_lib.templates.markdown_html import to_html, to_markdown
from samskab_lib.templates.reading import danish_date, read_date
from samskab_lib.templates.validate import validate
from samskab_lib.texts import _flatten

FIXTURE = Path(__file__).parent / "fixtures" / "samarbejdsplan_nb.yml"
NBSP = "\u00a0"
FILES = sorted(path.name for path in (LOCALE_DIR / "da").glob("*.yml"))

# Words only a Danish text has (their bokmål: innbyggere, kommunestyret, fyll ut, last ned,
# høringsuttalelse, innsigelse, medvirkning, ...), and words only a Norwegian text has.
DANISH_ONLY = ("borger", "borgere", "borgerne", "kommunalbestyrelse", "kommunalbestyrelsen",
               "udfyld", "udfylde", "udfyldes", "udfyldt", "hent",
               "høringssvar", "indsigelse", "medvirken", "spørgeskema", "notesbog", "bogen",
               "håndbogen", "hvad", "hvornår", "blev", "endnu", "tjek", "række", "rækker",
               "mellemrum", "kræver", "opgave", "gem", "gemt", "skabelonen", "tilføj")
NORWEGIAN_ONLY = ("innbyggere", "innbyggerne", "medvirkning", "innsigelse", "kommunestyret",
                  "deltakere", "deltakerne", "spørreskjema", "notatbok", "notatboka", "boka",
                  "håndboka", "hva", "ble", "ennå", "nøkkel", "trinn", "tiltak", "sjekk",
                  "mellomrom", "høringsuttalelse", "lagre", "malen", "fylles")
# Names a text may quote whatever its language: subcommands, a template file's YAML keys,
# a learner's variable names.
IDENTIFIERS = re.compile(r"samskab(?: --sprog \w+)?(?: case)? \w+|«skabelon: \w+»|"
                         r"\w+ / deltagere|'\w+'")


def catalogue(language: str, name: str) -> dict[str, str]:
    """The texts of one locale file, by flattened key."""
    with (LOCALE_DIR / language / name).open(encoding="utf-8") as handle:
        return _flatten(yaml.safe_load(handle) or {})


def placeholders(template: str) -> set[str]:
    """The ``{names}`` a text is filled with (a text may also hold a lone brace, "Sæt } til")."""
    return set(re.findall(r"\{(\w+)(?:[:!][^{}]*)?\}", template))


def words(value: str) -> set[str]:
    return set(re.findall(r"\w+", IDENTIFIERS.sub(" ", value).lower()))


# --- the texts ------------------------------------------------------------------------------

def test_both_languages_are_offered_and_danish_is_the_default():
    assert languages() == ("da", "nb")
    assert get_language() == "da"


def test_every_locale_file_exists_in_both_languages():
    assert sorted(path.name for path in (LOCALE_DIR / "nb").glob("*.yml")) == FILES


@pytest.mark.parametrize("name", FILES)
def test_every_key_has_a_translation_with_the_same_placeholders(name: str):
    danish, norwegian = catalogue("da", name), catalogue("nb", name)
    assert sorted(norwegian) == sorted(danish)
    differ = {key: (placeholders(danish[key]), placeholders(norwegian[key])) for key in danish
              if placeholders(danish[key]) != placeholders(norwegian[key])}
    assert differ == {}


@pytest.mark.parametrize("name", FILES)
def test_no_norwegian_text_has_a_danish_only_word(name: str):
    found = {key: sorted(words(value) & set(DANISH_ONLY))
             for key, value in catalogue("nb", name).items() if words(value) & set(DANISH_ONLY)}
    assert found == {}


@pytest.mark.parametrize("name", FILES)
def test_no_danish_text_has_a_norwegian_only_word(name: str):
    found = {key: sorted(words(value) & set(NORWEGIAN_ONLY))
             for key, value in catalogue("da", name).items() if words(value) & set(NORWEGIAN_ONLY)}
    assert found == {}


def test_norwegian_quotes_open_with_the_left_guillemet():
    """Bokmål quotes «like this»; the Danish »like this« must not slip into nb."""
    wrong = [(path.name, match.group(0)) for path in sorted((LOCALE_DIR / "nb").glob("*.yml"))
             for match in re.finditer(r"»\w", path.read_text(encoding="utf-8"))]
    assert wrong == []


def test_the_lists_catch_what_they_are_for():
    assert words("Fyll ut, og send til borgerne") & set(DANISH_ONLY) == {"borgerne"}
    assert words("Udfyld skemaet sammen med innbyggerne") & set(NORWEGIAN_ONLY) == {"innbyggerne"}
    assert words("Sjekk med: samskab --sprog nb tjek plan.yml") & set(DANISH_ONLY) == set()


def test_set_language_switches_every_lookup_and_language_scope_restores_it():
    assert text("steps.heading_step") == "Trin"
    set_language("nb")
    assert (get_language(), text("steps.heading_step")) == ("nb", "Trinn")
    set_language("da")
    with language_scope("nb"):
        assert load_template("samarbejdsplan").title == "Plan for samarbeidet"
    assert load_template("samarbejdsplan").title == "Plan for samarbejdet"


def test_an_unknown_language_is_refused_and_the_language_is_kept():
    with pytest.raises(ValueError, match="'sv'"):
        set_language("sv")
    assert get_language() == "da"


# --- numbers and dates ----------------------------------------------------------------------

@pytest.mark.parametrize(("language", "typed", "read"), [
    ("da", "2.500", 2500), ("da", "2 500", 2500), ("da", "12,5", 12.5),
    ("da", "1.000.000", 1000000), ("da", "2.500,50", 2500.5),
    ("nb", "2 500", 2500), ("nb", f"2{NBSP}500", 2500), ("nb", "2\u202f500", 2500),
    ("nb", "12,5", 12.5), ("nb", "1 000 000", 1000000), ("nb", "2 500,50", 2500.5),
    ("nb", "2500", 2500), ("nb", "-3", -3),
])
def test_numbers_are_read_the_languages_way(language: str, typed: str, read: float):
    with language_scope(language):
        assert read_number(typed) == read


@pytest.mark.parametrize(("language", "typed", "problem"), [
    ("nb", "2.500", "number_point"), ("nb", "1.000.000", "number_point"),
    ("nb", "2.500,50", "number_point"), ("nb", "12.5", "number_point"),
    ("da", "12.5", "number_point"), ("nb", "1:30", "number_clock"), ("nb", "to", "not_number"),
])
def test_an_ambiguous_number_is_refused_not_guessed(language: str, typed: str, problem: str):
    with language_scope(language), pytest.raises(ValueError, match=problem):
        read_number(typed)


@pytest.mark.parametrize(("language", "shown"), [
    ("da", ["2.500", "12,5", "10 %", "12.500 NOK", "1.234.567,89"]),
    ("nb", [f"2{NBSP}500", "12,5", "10 %", f"12{NBSP}500 NOK", f"1{NBSP}234{NBSP}567,89"]),
])
def test_numbers_are_written_the_languages_way(language: str, shown: list[str]):
    with language_scope(language):
        assert [number(2500), number(12.5, 1), percent(0.1), money(12500, "NOK"),
                number(1234567.891, 2)] == shown


@pytest.mark.parametrize("language", ["da", "nb"])
@pytest.mark.parametrize("value", [2500, 12.5, 1000000, 2500.5, -3, 0.25])
def test_a_written_number_reads_back_to_itself(language: str, value: float):
    with language_scope(language):
        assert read_number(write_number(value)) == value


@pytest.mark.parametrize(("language", "typed", "shown"), [
    ("da", "2. marts 2026", "2. marts 2026"), ("da", "2.3.2026", "2. marts 2026"),
    ("nb", "2. mars 2026", "2. mars 2026"), ("nb", "2.3.2026", "2. mars 2026"),
    ("nb", "17. mai 2027", "17. mai 2027"), ("nb", "1. des. 2026", "1. desember 2026"),
    ("nb", "2026-10-01", "1. oktober 2026"),
])
def test_dates_are_read_and_written_the_languages_way(language: str, typed: str, shown: str):
    with language_scope(language):
        assert danish_date(read_date(typed)) == shown


def test_a_day_that_does_not_exist_is_explained_in_norwegian():
    with language_scope("nb"), pytest.raises(ValueError, match="februar 2027 har bare 28 dager"):
        read_date("29.2.2027")


# --- messages ----------------------------------------------------------------------------------

def _plan(kroner: str) -> dict[str, object]:
    return {"skabelon": "samarbejdsplan", "projekt": "Arealdelen", "formål": "Medvirkning",
            "målgrupper": ["Ungdom"], "budskaber": ["Si din mening"],
            "aktiviteter": [{"aktivitet": "Folkemøte", "start": "1.3.2027", "slut": "1.3.2027",
                             "ansvarlig": "Planlegger", "kroner": kroner}]}


def test_a_bad_number_gets_a_norwegian_message_naming_the_field():
    with language_scope("nb"), pytest.raises(InputError) as caught:
        validate("samarbejdsplan", _plan("2.500"), source="plan.yml")
    message, = caught.value.problems
    assert "feltet «aktiviteter», rad 1, kolonnen «kroner»" in message
    assert "kan ikke leses som et tall" in message and "2 500" in message


def test_the_same_number_is_a_thousands_point_in_danish():
    assert validate("samarbejdsplan", _plan("2.500")).values["aktiviteter"][0]["kroner"] == 2500


def test_the_same_number_with_a_space_reads_in_norwegian():
    with language_scope("nb"):
        filled = validate("samarbejdsplan", _plan("2 500"))
    assert filled.values["aktiviteter"][0]["kroner"] == 2500


def test_a_learners_number_gets_a_norwegian_hint():
    with language_scope("nb"):
        assert typed_number("15 000", "deltakere") == 15000
        with pytest.raises(InputError, match="deltakere: «15.000» kan ikke leses som et tall"):
            typed_number("15.000", "deltakere")
        with pytest.raises(InputError, match="Mente du 15\u00a0000"):
            typed_number(15.000, "deltakere", whole=True)


# --- documents ---------------------------------------------------------------------------------

def _languages_of(document) -> set[str]:
    styles = document.styles.element
    found = {style.rPr.find(qn("w:lang")).get(qn("w:val"))
             for style in styles.findall(qn("w:style"))
             if style.rPr is not None and style.rPr.find(qn("w:lang")) is not None}
    found.add(styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
              .find(qn("w:lang")).get(qn("w:val")))
    return found


@pytest.mark.parametrize("template_id", template_ids())
def test_every_template_in_norwegian_has_nb_no_proofing_on_every_style_and_its_paper(
        template_id: str):
    with language_scope("nb"):
        data = to_docx(blank(template_id))
        title = load_template(template_id).title
    document = docx.Document(io.BytesIO(data))
    assert _languages_of(document) == {"nb-NO"}
    assert len(document.styles.element.findall(qn("w:style"))) > 10
    assert document.core_properties.language == "nb-NO"
    assert document.core_properties.title == title
    assert document.core_properties.author == "Samskaping i praksis"
    short, long_ = {"A4": (210, 297), "A3": (297, 420)}[load_template(template_id).paper]
    for section in document.sections:
        size = sorted((round(section.page_width.mm), round(section.page_height.mm)))
        assert size == [short, long_]


def test_markdown_and_html_in_norwegian_show_norwegian_numbers_and_dates():
    with language_scope("nb"):
        filled = load_filled(FIXTURE)
        markdown, html = to_markdown(filled), to_html(filled)
    assert f"| 1. mars 2027 | 2. mars 2027 | Planlegger | 12,5 | 2{NBSP}500 |" in markdown
    assert f"**20{NBSP}750,50**" in markdown
    assert '<html lang="nb">' in html


@pytest.fixture(scope="module")
def norwegian_pdfs(tmp_path_factory) -> Path:
    """The Norwegian example plan and two blank templates, through LibreOffice."""
    need_tools()
    folder = tmp_path_factory.mktemp("nb-pdf")
    with language_scope("nb"):
        (folder / "plan.docx").write_bytes(to_docx(load_filled(FIXTURE)))
        for template_id in ("risikolog", "gruppeplakat"):
            (folder / f"{template_id}.docx").write_bytes(to_docx(blank(template_id)))
        for template_id in template_ids():
            (folder / f"eksempel-{template_id}.docx").write_bytes(
                to_docx(load_example(template_id)))
    convert_to_pdf(folder)
    return folder


def test_the_norwegian_plan_prints_on_a4_with_norwegian_words_numbers_and_dates(norwegian_pdfs):
    pdf = norwegian_pdfs / "plan.pdf"
    assert {tuple(sorted(size)) for size in page_sizes(pdf)} == {(595, 842)}
    shown = pdf_text(pdf)
    for expected in ("Plan for samarbeidet", "Aktiviteter og kanaler", "1. mars 2027",
                     "2500", "12,5", "20750,50", "Mal fra håndboka Samskaping i praksis"):
        assert letters(expected) in shown
    assert "2.500" not in shown and "marts" not in shown


@pytest.mark.parametrize("template_id", template_ids())
def test_every_templates_example_prints_in_norwegian_on_its_paper_with_norwegian_dates(
        norwegian_pdfs, template_id: str):
    """The examples are written in Danish (their prose stays so); their sheets in nb have
    Norwegian headings and footer, and their date and number fields written the Norwegian way."""
    pdf = norwegian_pdfs / f"eksempel-{template_id}.pdf"
    size = {"A4": (595, 842), "A3": (842, 1191)}[load_template(template_id).paper]
    assert {tuple(sorted(page)) for page in page_sizes(pdf)} == {size}
    shown = subprocess_text(pdf)
    assert "Mal fra håndboka Samskaping i praksis" in shown
    footers = re.findall(r"– side \d+ a[vf] \d+", shown)  # every sheet but the poster has one
    assert all(" av " in footer for footer in footers) and bool(footers) == (
        template_id != "gruppeplakat")
    with language_scope("nb"):
        expected = [write_number(v) for v in _typed_values(template_id, "tal")]
        expected += [danish_date(v) for v in _typed_values(template_id, "dato")]
    missing = [value for value in expected if letters(value) not in letters(shown)]
    assert missing == []


def _typed_values(template_id: str, kind: str) -> list[Any]:
    """The example's values of every field and table column of type *kind*."""
    filled = load_example(template_id)
    found = []
    for spec in filled.template.fields:
        value = filled.values.get(spec.id)
        if spec.type == kind and value is not None:
            found.append(value)
        columns = [c.id for c in spec.columns if c.type == kind]
        if isinstance(value, list) and columns:
            found += [row[c] for row in value if isinstance(row, dict) for c in columns
                      if row.get(c) is not None]
    return found


def subprocess_text(pdf: Path) -> str:
    import subprocess

    return " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())


@pytest.mark.parametrize(("template_id", "heading"), [
    ("risikolog", "Risikologg – når noe går galt"),
    ("gruppeplakat", "18 nøkler til god innbyggerinvolvering"),
])
def test_blank_norwegian_templates_print_with_norwegian_headings(norwegian_pdfs, template_id,
                                                                  heading):
    shown = pdf_text(norwegian_pdfs / f"{template_id}.pdf")
    assert letters(heading) in shown
    assert letters("Fyll ut feltene.") in shown


# --- the samskab command ---------------------------------------------------------------------

@pytest.mark.parametrize("where", ["before", "after"])
def test_samskab_sprog_nb_writes_a_norwegian_word_file(tmp_path: Path, where: str, capsys):
    target = tmp_path / "plan.docx"
    arguments = ["udfyld", str(FIXTURE), "-o", str(target)]
    argv = ["--sprog", "nb", *arguments] if where == "before" else [*arguments, "--sprog", "nb"]
    assert main(argv) == 0
    document = docx.Document(str(target))
    assert _languages_of(document) == {"nb-NO"}
    shown = "\n".join(p.text for p in document.paragraphs)
    assert "Plan for samarbeidet" in shown and "Verktøy" in shown
    cells = {cell.text for table in document.tables for row in table.rows for cell in row.cells}
    assert f"2{NBSP}500" in cells and "1. mars 2027" in cells
    assert capsys.readouterr().out.strip() == f"{target}: skrevet"
    assert get_language() == "da"


def test_samskab_without_sprog_reads_the_file_as_danish(tmp_path: Path, capsys):
    """Without --sprog the Norwegian file is read as Danish: its spaced numbers still read, but
    "2. mars 2027" is no Danish date, and the message says so in Danish."""
    assert main(["udfyld", str(FIXTURE), "-o", str(tmp_path / "plan.docx")]) == 1
    error = capsys.readouterr().err
    assert "kolonnen »slut« (linje 20): »2. mars 2027« er ikke en dato" in error
    assert not (tmp_path / "plan.docx").exists()


def test_samskab_sprog_nb_refuses_a_danish_thousands_point_in_norwegian(tmp_path: Path, capsys):
    plan = tmp_path / "plan.yml"
    plan.write_text(FIXTURE.read_text(encoding="utf-8").replace("kroner: 2 500", "kroner: 2.500"),
                    encoding="utf-8")
    assert main(["--sprog", "nb", "tjek", str(plan)]) == 1
    error = capsys.readouterr().err
    assert "kolonnen «kroner» (linje 23): «2.500» kan ikke leses som et tall" in error


def test_samskab_names_the_option_and_the_languages_for_an_unknown_language(capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["--sprog", "sv", "skabeloner"])
    assert stopped.value.code == 2
    error = capsys.readouterr().err
    assert "--sprog sv: sproget findes ikke. Vælg et af disse sprog: da, nb" in error


def test_samskab_help_offers_the_language_option_in_danish(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    shown = " ".join(capsys.readouterr().out.split())
    assert "--sprog da|nb" in shown and "da (dansk) eller nb (norsk bokmål)" in shown


def test_samskab_help_is_norwegian_with_sprog_nb(capsys):
    with pytest.raises(SystemExit):
        main(["--sprog", "nb", "ny", "--help"])
    assert "skriv over en fil som finnes fra før" in capsys.readouterr().out
    assert get_language() == "da"


def test_samskab_ny_in_norwegian_writes_a_norwegian_blank(tmp_path: Path):
    target = tmp_path / "plan.yml"
    assert main(["--sprog", "nb", "ny", "samarbejdsplan", "-o", str(target)]) == 0
    content = target.read_text(encoding="utf-8")
    assert "Skriv tall som 2 500 eller 12,5" in content and "(må fylles ut)" in content


def test_today_in_norwegian_is_a_norwegian_date():
    with language_scope("nb"):
        assert danish_date(date(2026, 12, 3)) == "3. desember 2026"


@pytest.mark.parametrize(("answer", "point"), [
    ("Helt enig", 5), ("Svært enig", 5), ("Verken enig eller uenig", 3), ("Nøytral", 3),
    ("Svært uenig", 1), ("Vet ikke", 0), ("Ikke aktuelt", 0), ("Hverken enig eller uenig", 3),
])
def test_a_norwegian_survey_export_is_read_on_the_same_scale(answer: str, point: int):
    from samskab_lib.evaluation.export_answers import scale_code

    assert scale_code(answer) == point


@pytest.mark.parametrize(("language", "names", "first_key"), [
    ("da", ["Afklar", "Undersøg", "Planlæg", "Implementér", "Evaluér og følg op"],
     "Begynd med at blive klar over, hvorfor I involverer"),
    ("nb", ["Avklar", "Undersøk", "Planlegg", "Gjennomfør", "Evaluer og følg opp"],
     "Begynn med å bli klar over hvorfor dere involverer"),
])
def test_steps_and_keys_are_named_in_the_current_language(language, names, first_key):
    from samskab_lib.handbook.keys import key
    from samskab_lib.handbook.steps import load_steps

    with language_scope(language):
        assert [step.name for step in load_steps()] == names
        assert key(1).title == first_key
        assert load_steps()[0].question.endswith("?")


# --- the language a process starts in ---------------------------------------------------------

@pytest.mark.parametrize(("value", "language"), [(None, "da"), ("", "da"), ("nb", "nb"),
                                                 (" da ", "da")])
def test_the_language_is_taken_from_samskab_sprog(monkeypatch, value, language):
    from samskab_lib.texts import language_from_environment

    if value is None:
        monkeypatch.delenv("SAMSKAB_SPROG", raising=False)
    else:
        monkeypatch.setenv("SAMSKAB_SPROG", value)
    assert language_from_environment() == language


def test_an_unknown_samskab_sprog_is_refused_in_danish_and_norwegian(monkeypatch):
    from samskab_lib.texts import language_from_environment

    monkeypatch.setenv("SAMSKAB_SPROG", "sv")
    with pytest.raises(ValueError) as refused:
        language_from_environment()
    danish, norwegian = str(refused.value).split("\n")
    assert danish.startswith("Miljøvariablen SAMSKAB_SPROG=sv nævner et sprog, der ikke findes")
    assert norwegian.startswith("Miljøvariabelen SAMSKAB_SPROG=sv viser til et språk som ikke")
    assert "da, nb" in danish and "da, nb" in norwegian


def test_a_kernel_started_with_samskab_sprog_nb_speaks_bokmaal(tmp_path: Path):
    import os
    import subprocess
    import sys

    shown = subprocess.run(
        [sys.executable, "-c", "import samskab_lib as sl; print(sl.get_language(), "
         "sl.text('steps.heading_step'))"],
        env={**os.environ, "SAMSKAB_SPROG": "nb"}, capture_output=True, text=True, check=True)
    assert shown.stdout.split() == ["nb", "Trinn"]


def test_samskab_without_sprog_speaks_the_librarys_language(tmp_path: Path, capsys):
    set_language("nb")
    assert main(["ny", "samarbejdsplan", "-o", str(tmp_path / "plan.yml")]) == 0
    assert "(må fylles ut)" in (tmp_path / "plan.yml").read_text(encoding="utf-8")


@pytest.mark.parametrize(("configured", "language"), [("nb", "nb"), ("da", "da"), ("en", "da")])
def test_the_book_extension_sets_the_librarys_language_from_sphinx(configured, language):
    from types import SimpleNamespace

    from samskab_book.edition import generated_folder, use_the_language

    use_the_language(None, SimpleNamespace(language=configured))
    assert get_language() == language
    assert generated_folder("metoder") == (Path("book/_generated/metoder") if language == "da"
                                           else Path("book/_generated/nb/metoder"))


def test_a_danish_export_and_population_read_in_norwegian_with_norwegian_group_names():
    """The book's fictional example (Danish answers, Danish population file) in nb: the same
    figures, the groups named in bokmål."""
    from samskab_lib.evaluation.survey_results import example_results

    danish = example_results()
    with language_scope("nb"):
        norwegian = example_results()
    assert [g.count for g in norwegian.groups] == [g.count for g in danish.groups]
    assert [g.group for g in norwegian.groups][-1] == "65 år og over"
    assert norwegian.representation is not None


@pytest.mark.parametrize("language", ["da", "nb"])
def test_the_example_folder_a_page_opens_reads_in_the_pages_language(language: str,
                                                                     tmp_path: Path):
    """The project folder page opens the Nordfjordby folder: in the nb edition it is written
    with Norwegian numbers and dates, so the page's own reading finds no error in it."""
    from samskab_book import forms
    from samskab_lib.templates.folder import load_folder

    with language_scope(language):
        (tmp_path / "nordfjordby.yml").write_bytes(forms.nordfjordby_file())
        folder = load_folder(tmp_path / "nordfjordby.yml")
        assert folder.errors == [] and folder.warnings == []
        assert folder.sheets["samarbejdsplan"].values["aktiviteter"][0]["kroner"] == 15000


def test_labels_sphinx_and_the_theme_lack_in_norwegian_come_from_the_texts(tmp_path: Path):
    """Sphinx's Norwegian catalogue has no "Table %s"; the theme has Norwegian only as "no"."""
    import gettext

    from samskab_book.labels import write_catalogues

    with language_scope("nb"):
        write_catalogues(tmp_path, "nb")
    sphinx = gettext.translation("sphinx", tmp_path, ["nb"])
    theme = gettext.translation("booktheme", tmp_path, ["nb"])
    assert sphinx.gettext("Table %s") % 2 == "tabell 2"
    assert theme.gettext("Contents") == "Innhold"
    assert theme.gettext("Toggle navigation") == "Vis eller skjul navigasjonen"


def test_pages_read_in_parallel_keep_the_editions_language():
    """Sphinx reads pages in forked processes (sphinx.util.parallel); the language the
    extension set at config-inited goes with them."""
    from types import SimpleNamespace

    from sphinx.util.parallel import ParallelTasks

    from samskab_book.edition import use_the_language

    use_the_language(None, SimpleNamespace(language="nb"))
    seen: list[str] = []
    tasks = ParallelTasks(2)
    for _ in range(2):
        tasks.add_task(lambda _argument: (get_language(), text("steps.heading_step")),
                       "page", lambda _argument, result: seen.append(result))
    tasks.join()
    assert seen == [("nb", "Trinn"), ("nb", "Trinn")]
