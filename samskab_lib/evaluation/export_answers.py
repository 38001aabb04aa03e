"""Turn an export's cells into answers to the questionnaire, naming every cell it cannot read.

Columns are matched to questions by id (``hoert``, or ``… (hoert)`` after a heading), by the
question's text (also inside Google Forms' ``Spørgsmål [delspørgsmål]``), or by a mapping file
that pairs a tool's own headings with ids. The heading row is found among the first rows, so a
title row or a merged group row above the headings is no trouble. Scale answers are read as
text ("Helt enig" … "Helt uenig", "Ved ikke") or as numbers 1–5 (``4``, ``4,0``, ``4.0``).
A cell that cannot be read is left out of the figures and named in :attr:`SurveyAnswers.problems`
(file, row, column, value, why); nothing is dropped without being counted.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path

import pandas as pd
import yaml

from ..errors import InputError
from ..formatting import quoted
from ..resources import read_data
from ..templates.reading import read_date
from ..texts import text
from . import questionnaire as questionnaires
from .exports import RawTable, read_table
from .questionnaire import Question, Questionnaire, load_questionnaire

DONT_KNOW = 0  # the code of "Ved ikke": kept apart from the scale 1–5
_EXCEL_EPOCH = datetime(1899, 12, 30)
_NUMBERED = re.compile(r"^(?:q|spm\.?|spørgsmål)?\s*\d{1,2}\s*[.):]\s+")
_ID_AT_END = re.compile(r"\(([a-z_æøå0-9]+)\)\s*$")
_IN_BRACKETS = re.compile(r"\[([^\]]+)\]\s*$")
_WHOLE = re.compile(r"[-+]?\d+(?:[.,]0+)?")
_DECIMAL = re.compile(r"[-+]?\d+[.,]\d+")
_CODE_AND_WORDS = re.compile(r"(\d)\s*[-–.:=)]\s*(\D.*)")
_SERIAL = re.compile(r"\d{5}(?:[.,]\d+)?")
_US_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{2})")


@dataclass(frozen=True)
class CellProblem:
    """A cell that could not be read: where it is, what it holds and why (in Danish)."""

    file: str
    row: int
    column: str
    value: str
    why: str

    def __str__(self) -> str:
        return text("exports.cell", file=self.file, row=self.row, column=self.column,
                    value=self.value, why=self.why)


@dataclass(frozen=True)
class SurveyAnswers:
    """The answers of one export, one row per respondent (the index is the file's row).

    ``frame`` has a column per question found: scale answers as 1–5, 0 for "Ved ikke" and NaN
    for blank or unreadable; a choice as its Danish option; free text as written.
    """

    source: str
    encoding: str
    separator: str
    questionnaire: Questionnaire
    frame: pd.DataFrame
    headings: Mapping[str, str]
    answered_on: pd.Series
    problems: tuple[CellProblem, ...]
    missing: tuple[str, ...]
    empty_rows: int
    ignored_columns: tuple[str, ...]
    duplicates: tuple[str, ...] = ()

    @property
    def respondents(self) -> int:
        return len(self.frame)

    def notes(self) -> list[str]:
        """What the reader could not use, in Danish: missing questions, empty rows, columns."""
        notes = [text("exports.notes.missing", question=self.questionnaire.question(i).text, id=i)
                 for i in self.missing]
        notes += list(self.duplicates)
        if self.empty_rows:
            notes.append(text("exports.notes.empty_rows", count=self.empty_rows))
        if self.ignored_columns:
            notes.append(text("exports.notes.ignored", columns=", ".join(
                quoted(c) for c in self.ignored_columns)))
        return notes


def read_answers(path: str | Path, mapping: str | Path | Mapping[str, str] | None = None,
                 questionnaire: Questionnaire | None = None) -> SurveyAnswers:
    """Read the export at *path* as answers to *questionnaire* (default: the participants').

    *mapping* pairs headings the tool wrote with question ids: a dict, or a YAML file with
    ``kolonner: {"Tool's heading": id}``. InputError in Danish when the file cannot be read or
    is not a survey export at all.
    """
    questionnaire = questionnaire or load_questionnaire()
    pairs = _mapping(mapping, questionnaire) if mapping is not None else {}
    return answers_from_table(read_table(path), questionnaire, pairs)


def answers_from_table(table: RawTable, questionnaire: Questionnaire,
                       mapping: Mapping[str, str] | None = None) -> SurveyAnswers:
    """The answers in *table* (cells already read from a file)."""
    lookup = _heading_lookup(questionnaire, mapping or {})
    header, matched, headings = _find_header(table, lookup)
    if not matched:
        columns = [_display(c) for c in (table.rows[header] if table.rows else []) if c is not None]
        raise InputError(text("exports.file.not_survey", file=table.name,
                              columns=", ".join(quoted(c) for c in columns[:12]) or "–"))
    width = max((len(r) for r in table.rows), default=0)
    body = [row + [None] * (width - len(row)) for row in table.rows[header + 1:]]
    if not body:
        raise InputError(text("exports.file.no_rows", file=table.name))
    raw = pd.DataFrame(body, index=range(header + 2, header + 2 + len(body)), dtype=object)
    duplicates: list[str] = []
    first_column: dict[str, int] = {}
    for column, question_id in matched.items():
        if question_id in first_column:
            duplicates.append(text("exports.file.duplicate", file=table.name,
                                   question=question_id, columns=", ".join(
                                       quoted(headings[c]) for c in (first_column[question_id], column))))
        else:
            first_column[question_id] = column
    answered = raw[list(first_column.values())].notna().any(axis=1)
    kept = raw[answered]
    problems: list[CellProblem] = []
    frame = pd.DataFrame(index=kept.index)
    for question in questionnaire.questions:
        if question.id in first_column:
            column = first_column[question.id]
            names = questionnaires.option_names(questionnaire.id, question.id)
            frame[question.id] = _read_column(kept[column], question, names, headings[column],
                                              table.name, problems)
    date_column = _date_column(headings, matched)
    answered_on = (_read_dates(kept[date_column], headings[date_column], table.name, problems)
                   if date_column is not None else pd.Series(pd.NaT, index=kept.index))
    ignored = tuple(headings[c] for c in sorted(headings) if c not in matched and c != date_column)
    missing = tuple(q.id for q in questionnaire.questions if q.id not in first_column)
    problems.sort(key=lambda p: (p.row, p.column))
    return SurveyAnswers(table.name, table.encoding, table.separator, questionnaire, frame,
                         {qid: headings[c] for qid, c in first_column.items()}, answered_on,
                         tuple(problems), missing, int((~answered).sum()), ignored,
                         tuple(duplicates))


# ------------------------------------------------------------------------------ headings

def normalise(heading: object) -> str:
    """A heading or answer compared loosely: lower case, one space, plain dashes and quotes,
    no leading question number and no closing punctuation."""
    value = unicodedata.normalize("NFKC", _display(heading)).casefold()
    value = re.sub(r"[‐‑‒–—−]", "-", value)
    value = re.sub(r"[«»“”„\"']", "", value)
    value = " ".join(value.split())
    value = _NUMBERED.sub("", value)
    return value.rstrip(" .?!:*")


def _display(value: object) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def _heading_lookup(questionnaire: Questionnaire, mapping: Mapping[str, str]) -> dict[str, str]:
    lookup: dict[str, str] = {}
    for version in questionnaires.in_every_language(questionnaire.id):  # a heading in any language
        for question in version.questions:
            lookup[normalise(question.id)] = question.id
            lookup[normalise(question.text)] = question.id
    lookup.update({normalise(heading): qid for heading, qid in mapping.items()})
    return lookup


def _match(heading: object, lookup: Mapping[str, str]) -> str | None:
    """The question id *heading* names, or None."""
    if heading is None or not isinstance(heading, str):
        return None
    plain = normalise(heading)
    if plain in lookup:
        return lookup[plain]
    if (found := _ID_AT_END.search(plain)) and found.group(1) in lookup:
        return lookup[found.group(1)]
    if (found := _IN_BRACKETS.search(plain)) and normalise(found.group(1)) in lookup:
        return lookup[normalise(found.group(1))]
    return None


def _find_header(table: RawTable, lookup: Mapping[str, str]
                 ) -> tuple[int, dict[int, str], dict[int, str]]:
    """The heading row (0-based), column → question id, and column → heading shown.

    The row with most matching headings wins (the later row on a tie: a row of ids above a
    row of question texts); a column empty in that row takes its heading from a row above it
    (a cell merged downwards).
    """
    searched = table.rows[:read_data("questionnaires/exports.yml")["header_rows"]]
    if not searched:
        return 0, {}, {}
    counts = [sum(_match(cell, lookup) is not None for cell in row) for row in searched]
    header = max(range(len(searched)), key=lambda r: (counts[r], r)) if any(counts) else 0
    matched: dict[int, str] = {}
    headings: dict[int, str] = {}
    for column in range(max(len(r) for r in searched[:header + 1])):
        above = [row[column] for row in searched[:header + 1]
                 if column < len(row) and row[column] is not None]
        if not above:
            continue
        headings[column] = _display(above[-1])
        found = next((qid for cell in reversed(above) if (qid := _match(cell, lookup))), None)
        if found is not None:
            matched[column] = found
    return header, matched, headings


def _date_column(headings: Mapping[int, str], matched: Mapping[int, str]) -> int | None:
    names = set(read_data("questionnaires/exports.yml")["date_columns"])
    return next((c for c in sorted(headings)
                 if c not in matched and normalise(headings[c]) in names), None)


def _mapping(mapping: str | Path | Mapping[str, str],
             questionnaire: Questionnaire) -> dict[str, str]:
    """A mapping file's (or dict's) headings → question ids, each id checked."""
    name = str(mapping)
    given: object = mapping  # a file's contents are checked like a dict the caller gave
    if not isinstance(mapping, Mapping):
        path = Path(mapping)
        name = path.name
        if not path.is_file():
            raise InputError(text("exports.file.mapping_missing", file=path))
        try:
            content = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
        except (yaml.YAMLError, UnicodeDecodeError) as error:
            raise InputError(text("exports.file.mapping_shape", file=name)) from error
        given = content.get("kolonner") if isinstance(content, dict) else None
    if not isinstance(given, Mapping) or not all(isinstance(k, str) and isinstance(v, str)
                                                 for k, v in given.items()):
        raise InputError(text("exports.file.mapping_shape", file=name))
    known = [q.id for q in questionnaire.questions]
    unknown = [text("exports.file.mapping_unknown", file=name, id=v, known=", ".join(known))
               for v in given.values() if v not in known]
    if unknown:
        raise InputError(unknown)
    return dict(given)


# ------------------------------------------------------------------------------ cells

@lru_cache(maxsize=1)
def _scale_words() -> dict[str, int]:
    return {normalise(word): code
            for word, code in read_data("questionnaires/exports.yml")["scale_words"].items()}


def scale_code(value: object) -> int | str:
    """The point on the scale (1–5, 0 for "Ved ikke") *value* means, or the key of why not."""
    if isinstance(value, bool):
        return "not_on_scale"
    if isinstance(value, (int, float)):
        if not float(value).is_integer():
            return "not_whole"
        return int(value) if 1 <= value <= 5 else "outside_scale"
    plain = normalise(value)
    words = _scale_words()
    if plain in words:
        return words[plain]
    if _WHOLE.fullmatch(plain):
        return scale_code(int(float(plain.replace(",", "."))))
    if _DECIMAL.fullmatch(plain):
        return "not_whole"
    if (found := _CODE_AND_WORDS.fullmatch(plain)) and words.get(normalise(found.group(2))) == int(
            found.group(1)):
        return int(found.group(1))
    return "not_on_scale"


def _read_column(column: pd.Series, question: Question, names: Mapping[str, str], heading: str,
                 file: str, problems: list[CellProblem]) -> pd.Series:
    """The column's answers (*names*: each option in any language → now); bad cells in *problems*."""
    present = column.dropna()
    meaning: dict[object, object] = {}
    why: dict[object, str] = {}
    options = {normalise(written): option for written, option in names.items()}
    for value in pd.unique(present):
        if question.kind == "skala":
            code = scale_code(value)
            if isinstance(code, str):
                why[value] = text(f"exports.why.{code}")
            else:
                meaning[value] = code
        elif question.kind == "valg":
            if normalise(value) in options:
                meaning[value] = options[normalise(value)]
            else:
                why[value] = text("exports.why.unknown_option", options=", ".join(question.options))
        else:
            meaning[value] = _display(value) if not isinstance(value, str) else value.strip()
    if why:
        cells = present.to_numpy(object)
        for value, reason in why.items():
            for row in present.index[cells == value]:
                problems.append(CellProblem(file, int(row), heading, _display(value), reason))
    read = column.map(meaning)
    return read.astype(float) if question.kind == "skala" else read.astype(object)


def read_answer_date(value: object) -> date | None:
    """The day an answer was given, from Excel's date, its serial number or the tools' text."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (_EXCEL_EPOCH + timedelta(days=float(value))).date() if value > 20000 else None
    raw = _display(value)
    if _SERIAL.fullmatch(raw):
        return read_answer_date(float(raw.replace(",", ".")))
    day = raw.split(" ")[0].split("T")[0]
    if found := _US_DATE.fullmatch(day):  # Microsoft Forms in English: month/day/year
        month, day_of_month, year = (int(g) for g in found.groups())
        try:
            return date(2000 + year, month, day_of_month)
        except ValueError:
            return None
    try:
        return read_date(day.replace("/", "-"))
    except ValueError:
        return None


def _read_dates(column: pd.Series, heading: str, file: str,
                problems: list[CellProblem]) -> pd.Series:
    days: dict[object, date | None] = {value: read_answer_date(value)
                                       for value in pd.unique(column.dropna())}
    unreadable = {value for value, day in days.items() if day is None}
    answered = column.dropna() if unreadable else column.iloc[:0]
    for row, value in zip(answered.index.tolist(), answered.tolist(), strict=True):
        if value in unreadable:
            problems.append(CellProblem(file, int(row), heading, _display(value),
                                        text("exports.why.not_date")))
    return pd.to_datetime(column.map(days), errors="coerce")
