"""The checked data of a case: facts with sources, steps, participants, costs, tables."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

UNKNOWN = "ukendt"
EXAMPLE_DATA = "eksempeldata"
SOURCE_KEY = re.compile(r"^[a-z0-9][a-z0-9-]*$")


@dataclass(frozen=True)
class Fact:
    """One fact and where it comes from: a bib key, ``eksempeldata``, or ``None`` if unknown."""

    value: Any
    source: str | None
    unit: str = ""
    label: str = ""
    note: str = ""

    @property
    def known(self) -> bool:
        return self.value != UNKNOWN

    @property
    def is_example(self) -> bool:
        return self.source == EXAMPLE_DATA


@dataclass(frozen=True)
class CaseStep:
    number: int
    name: str
    actions: Fact
    tools: Fact


@dataclass(frozen=True)
class ParticipantGroup:
    name: str
    count: Fact
    recruitment: Fact


@dataclass(frozen=True)
class Participants:
    total: Fact
    recruitment: Fact
    groups: tuple[ParticipantGroup, ...]


@dataclass(frozen=True)
class Costs:
    currency: str
    amount: Fact
    covers: Fact
    staff_hours: Fact


@dataclass(frozen=True)
class DataTable:
    """A small table of figures with one source for all its cells."""

    name: str
    title: str
    source: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]

    def mapping(self, key: str, value: str) -> dict[Any, Any]:
        """Column *key* → column *value*, in row order (e.g. group → population)."""
        k, v = self.columns.index(key), self.columns.index(value)
        return {row[k]: row[v] for row in self.rows}


@dataclass(frozen=True)
class Survey:
    """Likert answers, coded 1..len(scale), per question id (blank answers left out)."""

    source: str
    questions: dict[str, str]
    scale: tuple[str, ...]
    answers: dict[str, np.ndarray]

    def answers_by_text(self) -> dict[str, np.ndarray]:
        """The answers keyed by the question's wording, ready for ``likert_summary``."""
        return {self.questions[qid]: values for qid, values in self.answers.items()}


@dataclass(frozen=True)
class Case:
    """A case read from ``cases/<id>/case.yml``."""

    id: str
    fictional: bool
    path: Path
    title: Fact
    what: Fact
    where: Fact
    when: Fact
    steps: tuple[CaseStep, ...]
    participants: Participants
    costs: Costs
    goals: tuple[Fact, ...]
    outcomes: tuple[Fact, ...]
    decisions: tuple[Fact, ...]
    feedback: Fact
    figures: dict[str, Fact] = field(default_factory=dict)
    scenarios: dict[str, Fact] = field(default_factory=dict)
    tables: dict[str, DataTable] = field(default_factory=dict)
    survey: Survey | None = None

    def figure(self, name: str) -> Any:
        """The value of key figure *name* (``nøgletal``), or of a labelled scenario figure
        (``scenarier``) when the case has no key figure by that name."""
        if name in self.figures or name not in self.scenarios:
            return self.figures[name].value
        return self.scenarios[name].value

    def scenario(self, name: str) -> Any:
        """The value of scenario figure *name* (``scenarier``): example data, never a result."""
        return self.scenarios[name].value

    def sources(self) -> set[str]:
        """Every bib key the case cites (``eksempeldata`` excluded)."""
        facts = [self.title, self.what, self.where, self.when, self.feedback,
                 self.participants.total, self.participants.recruitment, self.costs.amount,
                 self.costs.covers, self.costs.staff_hours, *self.goals, *self.outcomes,
                 *self.decisions, *self.figures.values()]
        facts += [f for s in self.steps for f in (s.actions, s.tools)]
        facts += [f for g in self.participants.groups for f in (g.count, g.recruitment)]
        keys = {f.source for f in facts if f.source}
        keys |= {t.source for t in self.tables.values()}
        if self.survey:
            keys.add(self.survey.source)
        return keys - {EXAMPLE_DATA}
