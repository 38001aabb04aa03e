"""Survey exports as Danish tools write them: a table of export files, each read right or
refused with its Danish message (issue 28)."""
from __future__ import annotations

import io
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from samskab_lib.errors import InputError
from samskab_lib.evaluation.export_answers import read_answers, scale_code

OPGAVE = "Jeg forstod, hvad vi skulle give input til, og hvad der lå fast på forhånd."
HOERT = "Mine synspunkter blev lyttet til."
ALDER = "Hvor gammel er du?"
BEDST = "Hvad fungerede bedst for dig?"
HEADINGS = ["Tidsstempel", OPGAVE, HOERT, ALDER, BEDST]
# Six respondents; the expected codes: 5 = Helt enig … 1 = Helt uenig, 0 = Ved ikke.
ANSWERS = [
    ["02-03-2026 10:00", "Helt enig", "Enig", "Under 30 år", "Kaffen og kagen"],
    ["02-03-2026 11:30", "Enig", "Helt enig", "30–49 år", ""],
    ["03-03-2026 09:15", "Hverken enig eller uenig", "Uenig", "50–64 år", "Grønne områder på kortet"],
    ["04-03-2026 20:45", "Uenig", "Ved ikke", "65 år og derover", ""],
    ["05-03-2026 08:00", "Helt uenig", "Enig", "65 år og derover", "Mødelederen, Søren"],
    ["05-03-2026 08:05", "Ved ikke", "", "50–64 år", ""],
]
OPGAVE_CODES = [5, 4, 3, 2, 1, 0]
HOERT_CODES = [4, 5, 2, 0, 4, math.nan]
AS_NUMBER = {"Helt enig": "5", "Enig": "4", "Hverken enig eller uenig": "3", "Uenig": "2",
             "Helt uenig": "1", "Ved ikke": "", "": ""}


def csv_text(rows: list[list[str]], separator: str = ";") -> str:
    def cell(value: str) -> str:
        return f'"{value}"' if separator in value or '"' in value else value
    return "\r\n".join(separator.join(cell(c) for c in row) for row in rows) + "\r\n"


def plain(separator: str = ";", encoding: str = "utf-8", headings: list[str] = HEADINGS,
          answers: list[list[str]] = ANSWERS, before: str = "") -> Callable[[], bytes]:
    return lambda: (before + csv_text([headings, *answers], separator)).encode(encoding)


def numbers(template: str) -> list[list[str]]:
    """The answers with the two scale questions as numbers written with *template*."""
    def coded(value: str) -> str:
        number = AS_NUMBER[value]
        return template.format(number) if number else ""
    return [[r[0], coded(r[1]), coded(r[2]), r[3], r[4]] for r in ANSWERS]


def xlsx(rows: list[list[object]], merge: tuple[str, ...] = ()) -> Callable[[], bytes]:
    def build() -> bytes:
        book = Workbook()
        sheet = book.active
        for row in rows:
            sheet.append(row)
        for span in merge:
            sheet.merge_cells(span)
        buffer = io.BytesIO()
        book.save(buffer)
        return buffer.getvalue()
    return build


def excel_rows() -> list[list[object]]:
    rows: list[list[object]] = [HEADINGS]
    for answer in ANSWERS:
        when = datetime.strptime(answer[0], "%d-%m-%Y %H:%M")
        rows.append([when, *(a or None for a in answer[1:])])
    return rows


@dataclass(frozen=True)
class Export:
    name: str
    content: Callable[[], bytes]
    encoding: str = "utf-8"
    separator: str = ";"
    opgave: list[float] = field(default_factory=lambda: OPGAVE_CODES)
    hoert: list[float] | None = field(default_factory=lambda: HOERT_CODES)
    problems: tuple[str, ...] = ()  # each problem's text (file, row, column, value, why)
    notes: tuple[str, ...] = ()
    mapping: dict[str, str] | None = None
    first_day: date | None = date(2026, 3, 2)


# With numbers, "Ved ikke" has no number: the tools leave the cell empty.
NUMBERED = {"opgave": [5, 4, 3, 2, 1, math.nan], "hoert": [4, 5, 2, math.nan, 4, math.nan]}
GOOD = [
    Export("semikolon.csv", plain(";")),
    Export("komma.csv", plain(","), separator=","),
    Export("tabulator.txt", plain("\t"), separator="\t"),
    Export("bom.csv", plain(";", "utf-8-sig"), encoding="utf-8-sig"),
    Export("windows-1252.csv", plain(";", "cp1252"), encoding="cp1252"),
    Export("unicode-tekst.txt", plain("\t", "utf-16"), encoding="utf-16", separator="\t"),
    Export("tal-heltal.csv", plain(answers=numbers("{}")), **NUMBERED),
    Export("tal-kommadecimal.csv", plain(";", answers=numbers("{},0")), **NUMBERED),
    Export("tal-punktumdecimal.csv", plain(",", answers=numbers("{}.0")), separator=",",
           **NUMBERED),
    Export("tal-og-ord.csv", plain(answers=[[r[0], f"{AS_NUMBER[r[1]]} - {r[1]}" if AS_NUMBER[r[1]]
                                             else r[1], *r[2:]] for r in ANSWERS])),
    Export("overskrift-id.csv", plain(headings=["Tidsstempel", "opgave", "hoert", "alder", "bedst"])),
    Export("overskrift-id-i-parentes.csv", plain(headings=[
        "Tidsstempel", "Forstod du opgaven? (opgave)", "Blev du hørt? (hoert)", ALDER, BEDST])),
    Export("google-gitter.csv", plain(",", headings=[
        "Tidsstempel", f"Hvor enig er du? [{OPGAVE}]", f"Hvor enig er du? [{HOERT}]", ALDER, BEDST]),
        separator=","),
    Export("nummererede-overskrifter.csv", plain(headings=[
        "Tidsstempel", f"1. {OPGAVE.upper()}", f"2.  {HOERT.rstrip('.')}", f"3. {ALDER}", BEDST])),
    Export("omdoebt-med-oversaettelse.csv", plain(headings=[
        "Tidsstempel", "Forstod du rammen?", "Følte du dig hørt?", "Alder", BEDST]),
        mapping={"Forstod du rammen?": "opgave", "Følte du dig hørt?": "hoert", "Alder": "alder"}),
    Export("excel-datoer.xlsx", xlsx(excel_rows()), encoding="xlsx", separator=""),
    Export("excel-serienumre.csv", plain(answers=[[f"{46083 + i},4375", *r[1:]]
                                                  for i, r in enumerate(ANSWERS)])),
    Export("flettede-overskrifter.xlsx", xlsx(
        [["Tidsstempel", "Om forløbet", None, "Om dig", None], [None, OPGAVE, HOERT, ALDER, BEDST],
         *excel_rows()[1:]], merge=("A1:A2", "B1:C1", "D1:E1")), encoding="xlsx", separator=""),
    Export("tomme-rækker.xlsx", xlsx([*excel_rows()[:2], [], [None] * 5, *excel_rows()[2:5],
                                      [excel_rows()[5][0], "Fremragende", *excel_rows()[5][2:]],
                                      excel_rows()[6]]),
           encoding="xlsx", separator="", opgave=[5, 4, 3, 2, math.nan, 0], problems=(
        f"tomme-rækker.xlsx, række 8, kolonnen »{OPGAVE}«: »Fremragende« – svaret findes ikke på "
        "skalaen (Helt enig, Enig, Hverken enig eller uenig, Uenig, Helt uenig, Ved ikke eller "
        "1–5). Svaret er ikke talt med.",)),
    Export("titelrække.csv", plain(before="Eksport fra spørgeskemaet;;;;\r\n;;;;\r\n")),
    Export("tomme-rækker.csv", plain(answers=[ANSWERS[0], ["", "", "", "", ""], *ANSWERS[1:3],
                                              ["06-03-2026 10:00", "", "", "", ""], *ANSWERS[3:],
                                              [""], [""]]),
           notes=("Tomme rækker uden svar, som er sprunget over: 2.",)),
    Export("manglende-kolonne.csv", plain(headings=HEADINGS[:2] + HEADINGS[3:],
                                          answers=[r[:2] + r[3:] for r in ANSWERS]),
           hoert=None, notes=(f"Spørgsmålet »{HOERT}« (hoert) findes ikke i filen.",)),
    Export("uden-for-skalaen.csv", plain(answers=[ANSWERS[0], [ANSWERS[1][0], "Meget godt",
                                                               "6", *ANSWERS[1][3:]], *ANSWERS[2:]]),
           opgave=[5, math.nan, 3, 2, 1, 0], hoert=[4, math.nan, 2, 0, 4, math.nan], problems=(
        f"uden-for-skalaen.csv, række 3, kolonnen »{OPGAVE}«: »Meget godt« – svaret findes ikke "
        "på skalaen (Helt enig, Enig, Hverken enig eller uenig, Uenig, Helt uenig, Ved ikke eller "
        "1–5). Svaret er ikke talt med.",
        f"uden-for-skalaen.csv, række 3, kolonnen »{HOERT}«: »6« – tallet ligger uden for "
        "skalaen 1–5. Svaret er ikke talt med.")),
    Export("halve-tal.csv", plain(answers=[[*ANSWERS[0][:2], "4,5", *ANSWERS[0][3:]], *ANSWERS[1:]]),
           hoert=[math.nan, *HOERT_CODES[1:]], problems=(
        f"halve-tal.csv, række 2, kolonnen »{HOERT}«: »4,5« – tallet er ikke et helt tal på "
        "skalaen 1–5. Svaret er ikke talt med.",)),
    Export("ukendt-alder.csv", plain(answers=[[*ANSWERS[0][:3], "Over 100", ANSWERS[0][4]],
                                              *ANSWERS[1:]]), problems=(
        f"ukendt-alder.csv, række 2, kolonnen »{ALDER}«: »Over 100« – svaret er ikke en af "
        "svarmulighederne (Under 30 år, 30–49 år, 50–64 år, 65 år og derover). Svaret er ikke "
        "talt med.",)),
    Export("ukendt-dato.csv", plain(answers=[["i går", *ANSWERS[0][1:]], *ANSWERS[1:]]),
           first_day=date(2026, 3, 2), problems=(
        "ukendt-dato.csv, række 2, kolonnen »Tidsstempel«: »i går« – er ikke en dato. Rækkens "
        "svar er talt med, men datoen ikke.",)),
]

REFUSED = [
    ("budget.csv", lambda: "Post;Beløb\r\nKaffe;1.200,50\r\nLeje;4.000\r\n".encode(),
     "budget.csv: ingen kolonne passer til spørgeskemaets spørgsmål, så filen ligner ikke en "
     "eksport af svar. Kolonnerne i filen er: »Post«, »Beløb«."),
    ("tom.csv", lambda: b"\xef\xbb\xbf\r\n", "tom.csv: filen er tom."),
    ("kun-overskrifter.csv", lambda: csv_text([HEADINGS]).encode(),
     "kun-overskrifter.csv: filen har overskrifter, men ingen svar."),
    ("gammelt-format.xls", lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64,
     "gammelt-format.xls: det gamle Excel-format (.xls) kan ikke læses."),
    ("ikke-excel.xlsx", lambda: b"Tidsstempel;hoert\r\n1;2\r\n",
     "ikke-excel.xlsx: filen kan ikke åbnes som Excel-fil (.xlsx)."),
    ("billede.png", lambda: b"\x89PNG\r\n\x1a\n" + b"\x00" * 32,
     "billede.png: filtypen ».png« kan ikke læses."),
]


def _write(tmp_path: Path, name: str, content: Callable[[], bytes]) -> Path:
    path = tmp_path / name
    path.write_bytes(content())
    return path


def _codes(series: object) -> list[float]:
    return [float(v) for v in series]  # type: ignore[attr-defined]


def test_corpus_has_at_least_twenty_files() -> None:
    assert len(GOOD) + len(REFUSED) >= 20


@pytest.mark.parametrize("export", GOOD, ids=[e.name for e in GOOD])
def test_export_is_read_right(tmp_path: Path, export: Export) -> None:
    answers = read_answers(_write(tmp_path, export.name, export.content), mapping=export.mapping)
    assert (answers.encoding, answers.separator) == (export.encoding, export.separator)
    assert answers.respondents == 6
    assert _codes(answers.frame["opgave"]) == pytest.approx(export.opgave, nan_ok=True)
    if export.hoert is None:
        assert "hoert" not in answers.frame
    else:
        assert _codes(answers.frame["hoert"]) == pytest.approx(export.hoert, nan_ok=True)
    if "ukendt-alder" not in export.name:
        assert list(answers.frame["alder"]) == [r[3] for r in ANSWERS]
    assert [str(p) for p in answers.problems] == list(export.problems)
    for note in export.notes:
        assert note in answers.notes()
    assert answers.frame["bedst"].dropna().tolist() == [
        "Kaffen og kagen", "Grønne områder på kortet", "Mødelederen, Søren"]
    assert answers.answered_on.min().date() == export.first_day


@pytest.mark.parametrize("name, content, message", REFUSED, ids=[r[0] for r in REFUSED])
def test_export_is_refused_with_a_danish_message(tmp_path: Path, name: str,
                                                 content: Callable[[], bytes], message: str) -> None:
    with pytest.raises(InputError) as refused:
        read_answers(_write(tmp_path, name, content))
    assert refused.value.problems[0].startswith(message)


def test_unknown_id_in_mapping_file_is_named(tmp_path: Path) -> None:
    mapping = tmp_path / "oversaettelse.yml"
    mapping.write_text("kolonner:\n  Følte du dig hørt?: hørt\n", encoding="utf-8")
    with pytest.raises(InputError, match="»hørt« er ikke et spørgsmåls id"):
        read_answers(_write(tmp_path, "svar.csv", plain()), mapping=mapping)


def test_mapping_file_renames_headings(tmp_path: Path) -> None:
    mapping = tmp_path / "oversaettelse.yml"
    mapping.write_text("kolonner:\n  Følte du dig hørt?: hoert\n", encoding="utf-8")
    export = plain(headings=["Tidsstempel", OPGAVE, "Følte du dig hørt?", ALDER, BEDST])
    answers = read_answers(_write(tmp_path, "svar.csv", export), mapping=mapping)
    assert _codes(answers.frame["hoert"]) == pytest.approx(HOERT_CODES, nan_ok=True)


@pytest.mark.parametrize("value, code", [
    ("Helt enig", 5), (" HELT  ENIG ", 5), ("Hverken/eller", 3), ("Ved ikke", 0), ("1", 1),
    ("5,0", 5), (4.0, 4), (3, 3), ("0", "outside_scale"), (7, "outside_scale"),
    ("3,5", "not_whole"), ("Super", "not_on_scale"), (True, "not_on_scale"),
    ("4 - Enig", 4), ("4 - Uenig", "not_on_scale")])
def test_scale_code(value: object, code: object) -> None:
    assert scale_code(value) == code


def test_example_exports_in_cases_agree() -> None:
    folder = Path(__file__).resolve().parent.parent / "cases" / "evaluering-eksempel"
    read = [read_answers(folder / name) for name in
            ("surveyxact.csv", "microsoft-forms.xlsx", "google-forms.csv")]
    assert [(a.encoding, a.separator) for a in read] == [("cp1252", ";"), ("xlsx", ""),
                                                         ("utf-8", ",")]
    for answers in read:
        assert answers.respondents == 62 and not answers.problems and not answers.missing
        assert answers.frame.equals(read[0].frame.set_axis(answers.frame.index))


def test_an_export_of_a_danish_survey_is_read_by_a_norwegian_user():
    """Headings and options are recognised in every language and shown in the current one;
    a population file with Danish group names is compared with the same groups."""
    from samskab_lib.evaluation.survey_results import survey_results
    from samskab_lib.resources import cases_dir
    from samskab_lib.texts import language_scope

    with language_scope("nb"):
        answers = read_answers(cases_dir() / "evaluering-eksempel" / "microsoft-forms.xlsx")
        results = survey_results(answers, 180, {"Under 30 år": 1240, "30–49 år": 1510,
                                                "50–64 år": 980, "65 år og derover": 870})
    assert answers.problems == ()
    assert list(answers.frame.columns)[:2] == ["opgave", "information"]
    assert answers.frame["alder"].value_counts()["65 år og over"] == 17
    assert [g.group for g in results.groups] == [
        "Under 30 år + 30–49 år (slått sammen)", "50–64 år", "65 år og over"]
    assert round(results.representation.dissimilarity_index, 2) == 0.29


def test_the_bokmaal_example_exports_hold_the_same_answers_worded_in_bokmaal() -> None:
    """The book's Norwegian edition reads its own copy of the example (example_folder): every
    respondent's choices as in the Danish files, the free text the same answer in bokmål."""
    import yaml

    from samskab_lib.evaluation.survey_results import example_folder
    from samskab_lib.texts import language_scope

    with language_scope("nb"):
        folder = example_folder()
        danish = read_answers(example_folder("da") / "microsoft-forms.xlsx").frame
        read = [read_answers(folder / name) for name in
                ("surveyxact.csv", "microsoft-forms.xlsx", "google-forms.csv")]
    assert folder == example_folder("da") / "nb"
    free = {"da": yaml.safe_load((example_folder("da") / "fritekst.yml").read_text("utf-8")),
            "nb": yaml.safe_load((folder / "fritekst.yml").read_text("utf-8"))}
    chosen = [column for column in danish.columns if column not in free["da"]]
    for answers in read:
        frame = answers.frame.set_axis(danish.index)
        assert answers.respondents == 62 and not answers.problems
        assert frame[chosen].equals(danish[chosen])
        for question, said in free["da"].items():
            as_danish = [said[free["nb"][question].index(v)] if v else v
                         for v in frame[question].fillna("")]
            assert as_danish == list(danish[question].fillna(""))
    assert "Jeg ble kjent med naboene mine." in set(read[0].frame["bedst"])
