"""The five steps of a co-creative process (Afklar, Undersøg, Planlæg, Implementér, Evaluér)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..resources import read_data
from ..tables import Table
from ..texts import text


@dataclass(frozen=True)
class Step:
    """One step of the process, with the question it answers and its template."""

    number: int
    slug: str
    template: str

    @property
    def name(self) -> str:
        """The step's name in the library's current language (``Afklar``, ``Avklar``)."""
        return text(f"steps.names.{self.number}")

    @property
    def question(self) -> str:
        """The question the step answers, in the library's current language."""
        return text(f"steps.questions.{self.number}")


@lru_cache(maxsize=1)
def load_steps() -> tuple[Step, ...]:
    """Return the five steps in order, read from ``data/steps.yml``."""
    return tuple(Step(**row) for row in read_data("steps.yml"))


def steps_table() -> Table:
    """The five steps as a table: number, name and the question each answers."""
    return Table(
        headers=[text("steps.heading_step"), text("steps.heading_name"),
                 text("steps.heading_question")],
        rows=[[s.number, s.name, s.question] for s in load_steps()],
        caption=text("steps.figure_title"),
    )
