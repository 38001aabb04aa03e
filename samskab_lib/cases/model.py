"""The case model: one definition of ``cases/<id>/case.yml``, from which the JSON Schema comes.

Every class is a pydantic model with English attribute names and the Danish field names of
the file as aliases. Unknown fields are refused (``extra="forbid"``). :func:`case_schema`
writes the published JSON Schema from these classes; :mod:`.reader` turns pydantic's errors
into Danish messages with file, field and line.

A fact is ``ukendt`` or a mapping ``{værdi, kilde, enhed?, betegnelse?, note?}``. Checks that
JSON Schema cannot express (a fictional case cites only ``eksempeldata``; a period ends after
it begins; an amount needs a currency) are validators here, with their own error types.
"""
from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeAlias

import numpy as np
from pydantic import (
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationInfo,
    field_validator,
    model_validator,
)

from ..evaluation.survey import default_likert_scale
from ..handbook.methods import method_ids
from ..handbook.steps import load_steps
from ..handbook.typology import load_types
from ..texts import texts_under
from .facts import (
    EXAMPLE_DATA,
    SOURCE_KEY,
    UNKNOWN,
    CountFact,
    Fact,
    FigureFact,
    ScenarioFact,
    SourceKey,
    Strict,
    TextListFact,
    fictional_only,
    problem,
)

__all__ = ["EXAMPLE_DATA", "SOURCE_KEY", "UNKNOWN", "Case", "Fact", "case_schema"]

SCHEMA_VERSION = 1
PERIOD = re.compile(r"^\d{4}(-(0[1-9]|1[0-2]))?$")
CURRENCIES = ("DKK", "NOK")
COUNTRIES = ("DK", "NO")


def _enum(values: tuple[Any, ...]) -> Any:
    """``Literal[...]`` of *values* (method cards, typology forms, steps), read from the data."""
    return Literal.__getitem__(values)


if TYPE_CHECKING:  # to a type checker, each is its base type; the values come from the data
    MethodId: TypeAlias = str
    FormId: TypeAlias = str
    TopicId: TypeAlias = str
    Country: TypeAlias = str
    Currency: TypeAlias = str
    StepNumber: TypeAlias = int
    SchemaVersion: TypeAlias = int
else:
    MethodId = _enum(tuple(method_ids()))
    FormId = _enum(tuple(t.id for t in load_types()))
    StepNumber = _enum(tuple(s.number for s in load_steps()))
    TopicId = _enum(tuple(texts_under("cases.topics")))
    Country = _enum(COUNTRIES)
    Currency = _enum(CURRENCIES)
    SchemaVersion = Literal[SCHEMA_VERSION]
Text = Annotated[str, Field(min_length=1, pattern=r"\S")]


def _choices(values: Any) -> str:
    """``DKK`` or ``NOK``: the values a field allows, for its description."""
    shown = [f"`{value}`" for value in values]
    return ", ".join(shown[:-1]) + f" or {shown[-1]}" if len(shown) > 1 else shown[0]


# --------------------------------------------------------------------------- sections

class Period(Strict):
    """When the process ran: ``fra`` and ``til`` as a year or year-month (``2020-08``)."""

    start: Annotated[str, Field(pattern=PERIOD.pattern)] = Field(alias="fra")
    end: Annotated[str, Field(pattern=PERIOD.pattern)] | None = Field(None, alias="til")
    source: SourceKey = Field(alias="kilde")
    note: str = Field("", alias="note")

    @field_validator("end")
    @classmethod
    def _after_start(cls, value: str | None, info: ValidationInfo) -> str | None:
        start = info.data.get("start")
        if value and start and value < start:
            raise problem("period_order", start=start, end=value)
        return value


class Municipality(Strict):
    """The municipality: country and number of inhabitants (a sourced count, or ``ukendt``)."""

    country: Country = Field(alias="land")
    inhabitants: CountFact = Field(alias="indbyggere")


class Classification(Strict):
    """The book's own reading of the case, for the overview's filters (not a sourced fact)."""

    steps: list[StepNumber] = Field(alias="trin", min_length=1)
    form: FormId = Field(alias="samskabelsesform")
    methods: list[MethodId] = Field(default_factory=list, alias="metodekort")
    topics: list[TopicId] = Field(alias="emner", min_length=1)


class CaseStep(Strict):
    number: Annotated[int, Field(ge=0)] = Field(alias="nummer")
    name: Text = Field(alias="navn")
    actions: TextListFact = Field(alias="tiltag")
    tools: TextListFact = Field(alias="værktøjer")


class ParticipantGroup(Strict):
    name: Text = Field(alias="navn")
    count: CountFact = Field(alias="antal")
    recruitment: Fact = Field(alias="rekruttering")


class Participants(Strict):
    total: CountFact = Field(alias="i_alt")
    recruitment: Fact = Field(alias="rekruttering")
    groups: tuple[ParticipantGroup, ...] = Field((), alias="grupper")


class Costs(Strict):
    currency: Currency | None = Field(None, alias="valuta")
    amount: FigureFact = Field(alias="beløb")
    covers: Fact = Field(alias="dækker")
    staff_hours: FigureFact = Field(alias="personaletimer")

    @field_validator("amount")
    @classmethod
    def _has_currency(cls, value: FigureFact, info: ValidationInfo) -> FigureFact:
        if value.known and "currency" in info.data and not info.data["currency"]:
            raise problem("no_currency", currencies=", ".join(CURRENCIES))
        return value


class Lessons(Strict):
    """What worked and what did not, as the sources tell it."""

    worked: tuple[Fact, ...] = Field((), alias="virkede")
    did_not_work: tuple[Fact, ...] = Field((), alias="virkede_ikke")


class DataTable(Strict):
    """A small table of figures with one source for all its cells."""

    title: Text = Field(alias="titel")
    source: SourceKey = Field(alias="kilde")
    columns: tuple[Text, ...] = Field(alias="kolonner", min_length=1)
    rows: tuple[tuple[Any, ...], ...] = Field(alias="rækker", min_length=1)

    _fictional_source = field_validator("source")(fictional_only)

    @model_validator(mode="after")
    def _rows_fit(self) -> DataTable:
        for index, row in enumerate(self.rows):
            if len(row) != len(self.columns):
                raise problem("row_length", row=index, found=len(row),
                               expected=len(self.columns))
            for cell in row:
                if isinstance(cell, (int, float)) and not isinstance(cell, bool) and cell < 0:
                    raise problem("negative", value=cell)
        return self

    def mapping(self, key: str, value: str) -> dict[Any, Any]:
        """Column *key* → column *value*, in row order (e.g. group → population)."""
        k, v = self.columns.index(key), self.columns.index(value)
        return {row[k]: row[v] for row in self.rows}


class Survey(Strict):
    """A Likert survey: its questions and scale here, the answers in a CSV beside the file."""

    source: SourceKey = Field(alias="kilde")
    file: Text = Field(alias="fil")
    questions: dict[str, Text] = Field(alias="spørgsmål", min_length=1)
    scale: tuple[Text, ...] = Field(default_factory=lambda: tuple(default_likert_scale()),
                                    alias="skala", min_length=2)
    _answers: dict[str, np.ndarray] = PrivateAttr(default_factory=dict)

    _fictional_source = field_validator("source")(fictional_only)

    @property
    def answers(self) -> dict[str, np.ndarray]:
        """Answers coded 1..len(scale) per question id (blank answers left out)."""
        return self._answers

    def answers_by_text(self) -> dict[str, np.ndarray]:
        """The answers keyed by the question's wording, ready for ``likert_summary``."""
        return {self.questions[qid]: values for qid, values in self._answers.items()}


class Case(Strict):
    """A case read from ``cases/<id>/case.yml``."""

    model_config = ConfigDict(title="Samskabelse i praksis: case",
                              json_schema_extra={"$schema": "https://json-schema.org/draft/2020-12/schema"})

    schema_version: SchemaVersion = Field(
        alias="skemaversion", description=f"`{SCHEMA_VERSION}`, the version of this schema")
    id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$")] = Field(
        alias="id", description="the folder's name (lower case letters, digits, hyphens)")
    fictional: bool = Field(alias="fiktiv", description=(
        "`true` for a fictional case (then every `kilde` is `eksempeldata`), else `false`"))
    title: Fact = Field(alias="titel", description="fact (text): the case's title")
    what: Fact = Field(alias="hvad", description="fact (text): what the process was about")
    where: Fact = Field(alias="hvor", description="fact (text): where it took place")
    when: Fact = Field(alias="hvornår", description="fact (text): when, in words")
    period: Period = Field(alias="periode", description=(
        "`fra`, optional `til` (a year `\"2020\"` or year-month `2020-08`; `til` not before "
        "`fra`), `kilde`, optional `note`"))
    municipality: Municipality = Field(alias="kommune", description=(
        f"`land` ({_choices(COUNTRIES)}), `indbyggere` (fact: count, or `ukendt`)"))
    classification: Classification = Field(alias="klassifikation", description=(
        "the book's own reading of the case, for the overview's filters: `trin` (the book's "
        f"steps the case shows: {_choices(s.number for s in load_steps())}), "
        f"`samskabelsesform` ({_choices(t.id for t in load_types())}), "
        "`metodekort` (ids of the book's method cards), `emner` (topic ids, `cases.topics` in "
        "`samskab_lib/locale/da/cases.yml`)"))
    steps: tuple[CaseStep, ...] = Field(alias="trin", min_length=1, description=(
        "the case's own steps: `nummer`, `navn`, `tiltag` (fact: list of texts), `værktøjer` "
        "(fact: list of texts)"))
    participants: Participants = Field(alias="deltagere", description=(
        "`i_alt` (fact: count), `rekruttering` (fact: text), optional `grupper`: a list of "
        "`navn`, `antal` (fact: count), `rekruttering` (fact: text)"))
    costs: Costs = Field(alias="omkostninger", description=(
        f"`valuta` ({_choices(CURRENCIES)}; required when `beløb` is known), `beløb` (fact: "
        "number), `dækker` (fact: text), `personaletimer` (fact: number)"))
    goals: tuple[Fact, ...] = Field(alias="mål", description="list of facts (text); may be empty")
    outcomes: tuple[Fact, ...] = Field(alias="resultater",
                                       description="list of facts (text); may be empty")
    decisions: tuple[Fact, ...] = Field(alias="beslutninger",
                                        description="list of facts (text); may be empty")
    lessons: Lessons = Field(default_factory=Lessons, alias="erfaringer", description=(
        "`virkede`, `virkede_ikke`: lists of facts (text), what worked and what did not, as the "
        "sources tell it"))
    feedback: Fact = Field(alias="tilbagemelding", description=(
        "fact (text): when and how participants were told the result"))
    figures: dict[str, FigureFact] = Field(default_factory=dict, alias="nøgletal", description=(
        "named key figures (fact: number or text) for the evaluation notebooks"))
    scenarios: dict[str, ScenarioFact] = Field(
        default_factory=dict, alias="scenarier", description=(
            "named example figures for calculations (fact: number or text); every `kilde` is "
            "`eksempeldata`"))
    tables: dict[str, DataTable] = Field(default_factory=dict, alias="tabeller", description=(
        "named tables: `titel`, `kilde` (one source for every cell), `kolonner`, `rækker`"))
    survey: Survey | None = Field(None, alias="spørgeskema", description=(
        "Likert survey: `kilde`, `fil` (CSV beside `case.yml`), `spørgsmål` (id → wording), "
        "optional `skala` (labels from 1 up; default the Danish five-point scale)"))
    _path: Any = PrivateAttr(None)

    @field_validator("steps")
    @classmethod
    def _unique_steps(cls, steps: tuple[CaseStep, ...]) -> tuple[CaseStep, ...]:
        seen: set[int] = set()
        for step in steps:
            if step.number in seen:
                raise problem("duplicate_step", number=step.number)
            seen.add(step.number)
        return steps

    @property
    def path(self) -> Any:
        """The ``case.yml`` the case was read from."""
        return self._path

    def figure(self, name: str) -> Any:
        """The value of key figure *name* (``nøgletal``)."""
        return self.figures[name].value

    def scenario(self, name: str) -> Any:
        """The value of scenario figure *name* (``scenarier``): example data, never a result."""
        return self.scenarios[name].value

    def facts(self) -> list[Fact]:
        """Every fact of the case, in the order of the file."""
        facts = [self.title, self.what, self.where, self.when, self.municipality.inhabitants]
        facts += [f for s in self.steps for f in (s.actions, s.tools)]
        facts += [self.participants.total, self.participants.recruitment]
        facts += [f for g in self.participants.groups for f in (g.count, g.recruitment)]
        facts += [self.costs.amount, self.costs.covers, self.costs.staff_hours]
        facts += [*self.goals, *self.outcomes, *self.decisions, *self.lessons.worked,
                  *self.lessons.did_not_work, self.feedback, *self.figures.values()]
        return facts

    def sources(self) -> set[str]:
        """Every bib key the case cites (``eksempeldata`` excluded)."""
        keys = {f.source for f in self.facts() if f.source} | {self.period.source}
        keys |= {t.source for t in self.tables.values()}
        if self.survey:
            keys.add(self.survey.source)
        return keys - {EXAMPLE_DATA}


def case_schema() -> dict[str, Any]:
    """The published JSON Schema of a case file, generated from :class:`Case`."""
    schema = Case.model_json_schema(by_alias=True, mode="validation")
    schema["$id"] = f"case-schema-v{SCHEMA_VERSION}.json"
    return schema


def case_schema_json() -> str:
    """The JSON Schema as the text of the published file."""
    return json.dumps(case_schema(), ensure_ascii=False, indent=2) + "\n"
