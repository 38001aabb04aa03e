"""The five steps of a co-creative process (Afklar, Undersøg, Planlæg, Implementér, Evaluér)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import yaml

from .resources import DATA_DIR
from .tables import Table
from .texts import text


@dataclass(frozen=True)
class Step:
    """One step of the process, with the question it answers and its template."""

    number: int
    name: str
    slug: str
    question: str
    template: str


@lru_cache(maxsize=1)
def load_steps() -> tuple[Step, ...]:
    """Return the five steps in order, read from ``data/steps.yml``."""
    with (DATA_DIR / "steps.yml").open(encoding="utf-8") as handle:
        return tuple(Step(**row) for row in yaml.safe_load(handle))


def steps_table() -> Table:
    """The five steps as a table: number, name and the question each answers."""
    return Table(
        headers=[text("steps.heading_step"), text("steps.heading_name"),
                 text("steps.heading_question")],
        rows=[[s.number, s.name, s.question] for s in load_steps()],
        caption=text("steps.figure_title"),
    )
