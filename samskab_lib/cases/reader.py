"""Read ``cases/<id>/case.yml`` through the model; every problem names file, line and field.

pydantic checks the data against :class:`~.model.Case`. Its errors carry a location such as
``("deltagere", "grupper", 0, "antal")``; :class:`LineMap` finds the line of that field in the
YAML text, and :func:`danish` words the error from ``cases.problems`` in the text catalogue.
"""
from __future__ import annotations

import csv
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import yaml
from pydantic import ValidationError

from ..errors import InputError
from ..resources import cases_dir
from ..texts import text
from .model import SCHEMA_VERSION, Case, case_schema


def shown_name(path: Path) -> str:
    """The path as a reader knows it: ``cases/<id>/case.yml`` when in the cases folder."""
    try:
        return str(path.resolve().relative_to(cases_dir().resolve().parent))
    except ValueError:
        return str(path)


def field_name(location: tuple[Any, ...]) -> str:
    """``("deltagere", "grupper", 0, "antal")`` → ``deltagere.grupper[0].antal``."""
    shown = ""
    for part in location:
        shown += f"[{part}]" if isinstance(part, int) else (f".{part}" if shown else str(part))
    return shown


class LineMap:
    """The line of every field of a YAML text, found by walking its node tree."""

    def __init__(self, content: str) -> None:
        self.root = yaml.compose(content, Loader=yaml.SafeLoader)

    def line(self, location: tuple[Any, ...]) -> int:
        """The line of the deepest part of *location* the file has (1-based)."""
        node, line = self.root, 1
        for part in location:
            if isinstance(node, yaml.MappingNode):
                found = [(k, v) for k, v in node.value if k.value == part]
                if not found:
                    break
                key, node = found[0]
                line = key.start_mark.line + 1
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) \
                    and part < len(node.value):
                node = node.value[part]
                line = node.start_mark.line + 1
            else:
                break
        return line


# pydantic's error types → the key of their Danish wording and what it needs.
_TYPES = {
    "missing": "missing",
    "extra_forbidden": "unknown_field",
    "literal_error": "not_allowed",
    "string_pattern_mismatch": "bad_pattern",
    "too_short": "too_short",
    "string_too_short": "empty_text",
    "greater_than_equal": "negative",
}
_EXPECTED = {
    "string_type": "text", "int_type": "count", "int_parsing": "count",
    "int_from_float": "count", "bool_type": "boolean", "bool_parsing": "boolean",
    "list_type": "list", "tuple_type": "list", "dict_type": "mapping", "model_type": "mapping",
    "model_attributes_type": "mapping", "float_type": "number", "float_parsing": "number",
}


@lru_cache(maxsize=1)
def _schema() -> dict[str, Any]:
    return case_schema()


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    while True:
        if "$ref" in node:
            node = _schema()["$defs"][node["$ref"].rsplit("/", 1)[-1]]
        elif "anyOf" in node:
            node = next((n for n in node["anyOf"] if "$ref" in n or "properties" in n),
                        node["anyOf"][0])
        else:
            return node


def allowed_fields(location: tuple[Any, ...]) -> list[str]:
    """The fields the schema allows in the mapping at *location*."""
    node = _resolve(_schema())
    for part in location:
        if isinstance(part, int):
            node = _resolve(node.get("items", {}))
        elif part in node.get("properties", {}):
            node = _resolve(node["properties"][part])
        elif isinstance(node.get("additionalProperties"), dict):
            node = _resolve(node["additionalProperties"])
    return list(node.get("properties", {}))


def danish(error: Mapping[str, Any]) -> str:
    """The Danish wording of one pydantic error (without file, line and field)."""
    kind, context = error["type"], dict(error.get("ctx") or {})
    value = error.get("input")
    if kind.startswith("samskab_"):
        key = kind.removeprefix("samskab_")
        if "expected" in context:
            context["expected"] = text(f"cases.types.{context['expected']}")
        return text(f"cases.problems.{key}", **context)
    if kind in _EXPECTED:
        return text("cases.problems.wrong_type", expected=text(f"cases.types.{_EXPECTED[kind]}"),
                    value=value)
    if kind == "extra_forbidden":
        return text("cases.problems.unknown_field",
                    allowed=", ".join(allowed_fields(tuple(error["loc"][:-1]))))
    if kind == "string_pattern_mismatch" and error["loc"] and error["loc"][-1] == "kilde":
        return text("cases.problems.bad_source", value=value)
    if kind == "string_pattern_mismatch" and error["loc"][:1] == ("periode",):
        return text("cases.problems.period_format", value=value)
    if kind == "literal_error":
        return text("cases.problems.not_allowed", value=value,
                    expected=context.get("expected", "").replace("'", "").replace(" or ", ", "))
    return text(f"cases.problems.{_TYPES.get(kind, 'wrong_value')}", value=value)


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
    try:
        case = Case.model_validate(data, context={"fictional": fictional})
    except ValidationError as error:
        raise InputError([
            text("cases.errors.at", file=file, line=lines.line(tuple(e["loc"])),
                 field=field_name(tuple(e["loc"])) or "id", problem=danish(e))
            for e in error.errors(include_url=False)]) from None
    case._path = path
    if case.survey:
        case.survey._answers = survey_answers(path.parent / case.survey.file,
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
