"""Read and check ``cases/<id>/case.yml``; every problem names the file and the field."""
from __future__ import annotations

import csv
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import InputError
from ..evaluation.survey import default_likert_scale
from ..resources import cases_dir
from ..texts import text
from .model import (
    EXAMPLE_DATA,
    SOURCE_KEY,
    UNKNOWN,
    Case,
    CaseStep,
    Costs,
    DataTable,
    Fact,
    ParticipantGroup,
    Participants,
    Survey,
)


def shown_name(path: Path) -> str:
    """The path as a reader knows it: ``cases/<id>/case.yml`` when in the cases folder."""
    try:
        return str(path.resolve().relative_to(cases_dir().resolve().parent))
    except ValueError:
        return str(path)


# --------------------------------------------------------------------------- checking

_TOP_FIELDS = ("id", "fiktiv", "titel", "hvad", "hvor", "hvornår", "trin", "deltagere",
               "omkostninger", "mål", "resultater", "beslutninger", "tilbagemelding",
               "nøgletal", "scenarier", "tabeller", "spørgeskema")
_OPTIONAL_TOP = {"nøgletal", "scenarier", "tabeller", "spørgeskema"}


class CaseReader:
    """Turns a parsed case file into a :class:`Case`, collecting every problem on the way."""

    def __init__(self, path: Path, shown: str) -> None:
        self.path = path
        self.file = shown
        self.problems: list[str] = []
        self.fictional = False

    # -- reporting
    def _problem(self, key: str, where: str, **values: Any) -> None:
        self.problems.append(text(f"cases.errors.{key}", file=self.file, field=where, **values))

    def _wrong_type(self, where: str, kind: str, value: Any) -> None:
        self._problem("wrong_type", where, expected=text(f"cases.types.{kind}"), value=value)

    def _fields(self, data: Any, where: str, allowed: tuple[str, ...],
                optional: frozenset[str] | set[str] = frozenset()) -> dict[str, Any]:
        """*data* as a mapping with only *allowed* fields; missing required ones reported."""
        if not isinstance(data, dict):
            self._wrong_type(where, "mapping", data)
            return {}
        prefix = f"{where}." if where else ""
        for name in data:
            if name not in allowed:
                self._problem("unknown_field", f"{prefix}{name}", allowed=", ".join(allowed))
        for name in allowed:
            if name not in data and name not in optional:
                self._problem("missing", f"{prefix}{name}")
        return data

    # -- values
    def _text(self, value: Any, where: str) -> str:
        if not isinstance(value, str) or not value.strip():
            self._wrong_type(where, "text", value)
            return ""
        return value.strip()

    def _count(self, value: Any, where: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            self._wrong_type(where, "count", value)
            return 0
        if value < 0:
            self._problem("negative", where, value=value)
        return value

    def _source(self, value: Any, where: str) -> str | None:
        if value is None:
            self._problem("missing_source", where)
            return None
        if not isinstance(value, str) or not SOURCE_KEY.match(value):
            self._problem("bad_source", where, value=value)
            return None
        if self.fictional and value != EXAMPLE_DATA:
            self._problem("fictional_source", where, value=value)
        return value

    def fact(self, data: Any, where: str, kind: str = "text") -> Fact:
        """A fact: ``ukendt`` or ``{værdi, kilde, enhed?, betegnelse?, note?}``.

        *kind* says what the value must be: text, text_list, count or figure.
        """
        if data == UNKNOWN:
            return Fact(UNKNOWN, None)
        if not isinstance(data, dict):
            self._wrong_type(where, "fact", data)
            return Fact(UNKNOWN, None)
        self._fields(data, where, ("værdi", "kilde", "enhed", "betegnelse", "note"),
                     {"kilde", "enhed", "betegnelse", "note"})
        value = data.get("værdi")
        unit, label, note = data.get("enhed", ""), data.get("betegnelse", ""), data.get("note", "")
        if value == UNKNOWN:
            return Fact(UNKNOWN, data.get("kilde"), unit, label, note)
        source = self._source(data.get("kilde"), where)
        inner = f"{where}.værdi"
        if kind == "text":
            value = self._text(value, inner)
        elif kind == "text_list":
            if not isinstance(value, list) or not value:
                self._wrong_type(inner, "text_list", value)
            else:
                value = [self._text(item, f"{inner}[{i}]") for i, item in enumerate(value)]
        elif kind == "count":
            value = self._count(value, inner)
        elif kind == "figure":
            value = self._figure(value, inner, unit)
        return Fact(value, source, unit, label, note)

    def _figure(self, value: Any, where: str, unit: str) -> Any:
        """A key figure: a text, or a number that is not negative (a share at most 1)."""
        if isinstance(value, str) and value.strip():
            return value
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self._wrong_type(where, "number", value)
            return value
        if value < 0:
            self._problem("negative", where, value=value)
        if unit == "andel" and value > 1:
            self._problem("share_above_one", where, value=value)
        return value

    def facts(self, data: Any, where: str) -> tuple[Fact, ...]:
        if not isinstance(data, list):
            self._wrong_type(where, "list", data)
            return ()
        return tuple(self.fact(item, f"{where}[{i}]") for i, item in enumerate(data))

    # -- sections
    def case(self, data: dict[str, Any]) -> Case:
        data = self._fields(data, "", _TOP_FIELDS, _OPTIONAL_TOP)
        fictional = data.get("fiktiv", False)
        if not isinstance(fictional, bool):
            self._wrong_type("fiktiv", "boolean", fictional)
            fictional = False
        self.fictional = fictional
        result = Case(
            id=self._text(data.get("id", ""), "id"),
            fictional=fictional,
            path=self.path,
            title=self.fact(data.get("titel"), "titel"),
            what=self.fact(data.get("hvad"), "hvad"),
            where=self.fact(data.get("hvor"), "hvor"),
            when=self.fact(data.get("hvornår"), "hvornår"),
            steps=self.steps(data.get("trin", [])),
            participants=self.participants(data.get("deltagere", {})),
            costs=self.costs(data.get("omkostninger", {})),
            goals=self.facts(data.get("mål", []), "mål"),
            outcomes=self.facts(data.get("resultater", []), "resultater"),
            decisions=self.facts(data.get("beslutninger", []), "beslutninger"),
            feedback=self.fact(data.get("tilbagemelding", UNKNOWN), "tilbagemelding"),
            figures=self.figures(data.get("nøgletal", {})),
            scenarios=self.scenarios(data.get("scenarier", {})),
            tables=self.tables(data.get("tabeller", {})),
            survey=self.survey(data["spørgeskema"]) if "spørgeskema" in data else None,
        )
        if self.problems:
            raise InputError(self.problems)
        return result

    def steps(self, data: Any) -> tuple[CaseStep, ...]:
        if not isinstance(data, list) or not data:
            self._wrong_type("trin", "list", data)
            return ()
        steps, numbers = [], set()
        for index, item in enumerate(data):
            where = f"trin[{index}]"
            item = self._fields(item, where, ("nummer", "navn", "tiltag", "værktøjer"))
            number = self._count(item.get("nummer", 0), f"{where}.nummer")
            if number in numbers:
                self._problem("duplicate_step", f"{where}.nummer", number=number)
            numbers.add(number)
            steps.append(CaseStep(number, self._text(item.get("navn", ""), f"{where}.navn"),
                                  self.fact(item.get("tiltag"), f"{where}.tiltag", "text_list"),
                                  self.fact(item.get("værktøjer"), f"{where}.værktøjer",
                                            "text_list")))
        return tuple(steps)

    def participants(self, data: Any) -> Participants:
        data = self._fields(data, "deltagere", ("i_alt", "rekruttering", "grupper"), {"grupper"})
        groups = []
        for index, item in enumerate(data.get("grupper", []) or []):
            where = f"deltagere.grupper[{index}]"
            item = self._fields(item, where, ("navn", "antal", "rekruttering"))
            groups.append(ParticipantGroup(
                self._text(item.get("navn", ""), f"{where}.navn"),
                self.fact(item.get("antal"), f"{where}.antal", "count"),
                self.fact(item.get("rekruttering"), f"{where}.rekruttering")))
        return Participants(self.fact(data.get("i_alt"), "deltagere.i_alt", "count"),
                            self.fact(data.get("rekruttering"), "deltagere.rekruttering"),
                            tuple(groups))

    def costs(self, data: Any) -> Costs:
        data = self._fields(data, "omkostninger",
                            ("valuta", "beløb", "dækker", "personaletimer"))
        return Costs(self._text(data.get("valuta", ""), "omkostninger.valuta"),
                     self.fact(data.get("beløb"), "omkostninger.beløb", "figure"),
                     self.fact(data.get("dækker"), "omkostninger.dækker"),
                     self.fact(data.get("personaletimer"), "omkostninger.personaletimer",
                               "figure"))

    def figures(self, data: Any) -> dict[str, Fact]:
        if not isinstance(data, dict):
            self._wrong_type("nøgletal", "mapping", data)
            return {}
        return {str(name): self.fact(item, f"nøgletal.{name}", "figure")
                for name, item in data.items()}

    def scenarios(self, data: Any) -> dict[str, Fact]:
        """Example figures for calculations, kept apart from the case's own key figures."""
        if not isinstance(data, dict):
            self._wrong_type("scenarier", "mapping", data)
            return {}
        found = {str(name): self.fact(item, f"scenarier.{name}", "figure")
                 for name, item in data.items()}
        for name, fact in found.items():
            if fact.source and fact.source != EXAMPLE_DATA:
                self._problem("scenario_source", f"scenarier.{name}.kilde", value=fact.source)
        return found

    def tables(self, data: Any) -> dict[str, DataTable]:
        if not isinstance(data, dict):
            self._wrong_type("tabeller", "mapping", data)
            return {}
        tables = {}
        for name, item in data.items():
            where = f"tabeller.{name}"
            item = self._fields(item, where, ("titel", "kilde", "kolonner", "rækker"))
            columns = item.get("kolonner", [])
            if not isinstance(columns, list) or not columns:
                self._wrong_type(f"{where}.kolonner", "text_list", columns)
                columns = []
            rows = item.get("rækker", [])
            if not isinstance(rows, list) or not rows:
                self._wrong_type(f"{where}.rækker", "list", rows)
                rows = []
            for index, row in enumerate(rows):
                self._table_row(row, f"{where}.rækker[{index}]", len(columns))
            tables[name] = DataTable(name, self._text(item.get("titel", ""), f"{where}.titel"),
                                     self._source(item.get("kilde"), where) or "",
                                     tuple(columns), tuple(tuple(r) for r in rows
                                                           if isinstance(r, list)))
        return tables

    def _table_row(self, row: Any, where: str, width: int) -> None:
        if not isinstance(row, list):
            self._wrong_type(where, "list", row)
            return
        if len(row) != width:
            self._problem("row_length", where, found=len(row), expected=width)
        for index, cell in enumerate(row):
            if isinstance(cell, (int, float)) and not isinstance(cell, bool) and cell < 0:
                self._problem("negative", f"{where}[{index}]", value=cell)

    def survey(self, data: Any) -> Survey | None:
        data = self._fields(data, "spørgeskema", ("kilde", "fil", "skala", "spørgsmål"),
                            {"skala"})
        source = self._source(data.get("kilde"), "spørgeskema") or ""
        questions = data.get("spørgsmål", {})
        if not isinstance(questions, dict) or not questions:
            self._wrong_type("spørgeskema.spørgsmål", "mapping", questions)
            return None
        questions = {str(k): self._text(v, f"spørgeskema.spørgsmål.{k}")
                     for k, v in questions.items()}
        scale = data.get("skala", list(default_likert_scale()))
        if not isinstance(scale, list) or len(scale) < 2:
            self._wrong_type("spørgeskema.skala", "text_list", scale)
            return None
        name = self._text(data.get("fil", ""), "spørgeskema.fil")
        if not name:
            return None
        answers = self._survey_answers(self.path.parent / name, questions, len(scale))
        return Survey(source, questions, tuple(str(s) for s in scale), answers)

    def _survey_answers(self, path: Path, questions: Mapping[str, str],
                        top: int) -> dict[str, np.ndarray]:
        shown = shown_name(path)
        if not path.is_file():
            self.problems.append(text("cases.errors.no_file", file=shown))
            return {}
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        if not rows:
            self.problems.append(text("cases.errors.survey_empty", file=shown))
            return {}
        known = ", ".join(questions)
        for column in rows[0]:
            if column != "respondent" and column not in questions:
                self.problems.append(text("cases.errors.survey_column", file=shown,
                                          column=column, known=known))
        answers: dict[str, list[int]] = {qid: [] for qid in questions}
        for qid in questions:
            if qid not in rows[0]:
                self.problems.append(text("cases.errors.survey_missing_column", file=shown,
                                          column=qid))
                continue
            for line, row in enumerate(rows, start=2):
                cell = (row.get(qid) or "").strip()
                if not cell:
                    continue
                if cell.isdigit() and 1 <= int(cell) <= top:
                    answers[qid].append(int(cell))
                else:
                    self.problems.append(text("cases.errors.survey_answer", file=shown,
                                              line=line, column=qid, value=cell, top=top))
        return {qid: np.array(values, dtype=np.int64) for qid, values in answers.items()}
