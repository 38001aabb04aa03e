"""Read ``cases/<id>/case.yml`` through the model; every problem names file, line and field.

pydantic checks the data against :class:`~.model.Case`. Its errors carry a location such as
``("deltagere", "grupper", 0, "antal")``; :mod:`samskab_lib.data_schema` finds the line of that
field in the YAML text and words the error from ``cases.problems`` in the text catalogue.
"""
from __future__ import annotations

import csv
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from ..data_schema import LineMap, validate, wording
from ..errors import InputError
from ..resources import cases_dir
from ..texts import languages, text
from .model import SCHEMA_VERSION, Case, case_schema


def shown_name(path: Path) -> str:
    """The path as a reader knows it: ``cases/<id>/case.yml`` when in the cases folder."""
    try:
        return str(path.resolve().relative_to(cases_dir().resolve().parent))
    except ValueError:
        return str(path)


def case_folder(path: Path) -> Path:
    """The folder of the case whose file is *path*; a translation (``<id>/<language>/case.yml``)
    shares its case's other files, such as the survey's answers."""
    folder = path.parent
    if folder.name in languages() and (folder.parent / "case.yml").is_file():
        return folder.parent
    return folder


def danish(error: Mapping[str, Any]) -> str:
    """The Danish wording of one pydantic error in a case file (without file, line and field)."""
    kind, value = error["type"], error.get("input")
    if kind == "string_pattern_mismatch" and error["loc"] and error["loc"][-1] == "kilde":
        return text("cases.problems.bad_source", value=value)
    if kind == "string_pattern_mismatch" and error["loc"][:1] == ("periode",):
        return text("cases.problems.period_format", value=value)
    return wording(error, _schema())


@lru_cache(maxsize=1)
def _schema() -> dict[str, Any]:
    return case_schema()


def check_version(data: Mapping[str, Any], file: str, lines: LineMap) -> None:
    """Refuse a file written for a newer schema than this library knows, before anything else."""
    found = data.get("skemaversion")
    if isinstance(found, int) and not isinstance(found, bool) and found > SCHEMA_VERSION:
        raise InputError(text("cases.errors.at", file=file, line=lines.line(("skemaversion",)),
                              field="skemaversion",
                              problem=text("cases.problems.newer_schema", found=found,
                                           known=SCHEMA_VERSION)))


def read_case(path: Path, data: Mapping[str, Any], content: str) -> Case:
    """Check *data* (the parsed *content* of *path*) and return the :class:`Case`."""
    file = shown_name(path)
    lines = LineMap(content)
    check_version(data, file, lines)
    fictional = data.get("fiktiv") is True
    case = validate(Case, data, content, file, context={"fictional": fictional}, words=danish)
    case._path = path
    if case.survey:
        case.survey._answers = survey_answers(case_folder(path) / case.survey.file,
                                              case.survey.questions, len(case.survey.scale))
    return case


def survey_answers(path: Path, questions: Mapping[str, str], top: int) -> dict[str, np.ndarray]:
    """The survey's answers from its CSV, coded 1..*top*; every bad cell named by line."""
    shown = shown_name(path)
    if not path.is_file():
        raise InputError(text("cases.errors.no_file", file=shown))
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    if not rows:
        raise InputError(text("cases.errors.survey_empty", file=shown))
    problems = [text("cases.errors.survey_column", file=shown, column=column,
                     known=", ".join(questions))
                for column in rows[0] if column != "respondent" and column not in questions]
    answers: dict[str, list[int]] = {qid: [] for qid in questions}
    for qid in questions:
        if qid not in rows[0]:
            problems.append(text("cases.errors.survey_missing_column", file=shown, column=qid))
            continue
        for line, row in enumerate(rows, start=2):
            cell = (row.get(qid) or "").strip()
            if not cell:
                continue
            if cell.isdigit() and 1 <= int(cell) <= top:
                answers[qid].append(int(cell))
            else:
                problems.append(text("cases.errors.survey_answer", file=shown, line=line,
                                     column=qid, value=cell, top=top))
    if problems:
        raise InputError(problems)
    return {qid: np.array(values, dtype=np.int64) for qid, values in answers.items()}
