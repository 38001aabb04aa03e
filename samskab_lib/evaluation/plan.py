"""The time line and resource totals of a filled plan for the collaboration (``samarbejdsplan``)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..tables import Table
from ..templates.definitions import Filled
from ..templates.fill import from_dict, load_filled
from ..templates.markdown_html import format_value
from ..texts import text

PLAN_TEMPLATE = "samarbejdsplan"


@dataclass(frozen=True)
class Activity:
    """One activity of the plan, from its first to its last day (both included)."""

    name: str
    channel: str
    start: date
    end: date
    responsible: str
    hours: float
    kroner: float

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True)
class PlanSummary:
    """The activities in order of start, with the plan's span and its total hours and kroner."""

    activities: tuple[Activity, ...]

    @property
    def start(self) -> date | None:
        return min((a.start for a in self.activities), default=None)

    @property
    def end(self) -> date | None:
        return max((a.end for a in self.activities), default=None)

    @property
    def total_hours(self) -> float:
        return sum(a.hours for a in self.activities)

    @property
    def total_kroner(self) -> float:
        return sum(a.kroner for a in self.activities)

    def describe(self) -> str:
        """One Danish sentence: how many activities, from when to when, hours and kroner."""
        return text("template_plan.summary", count=len(self.activities),
                    start=danish_date(self.start), end=danish_date(self.end),
                    hours=format_value(self.total_hours), kroner=format_value(self.total_kroner, money=True))

    def table(self) -> Table:
        """The activities with dates, days, responsible, hours and kroner, and a total row."""
        rows: list[list[object]] = [
            [a.name, danish_date(a.start), danish_date(a.end), a.days, a.responsible,
             a.hours, a.kroner] for a in self.activities]
        rows.append([text("template_plan.total"), "", "", "", "", self.total_hours,
                     self.total_kroner])
        keys = ("activity", "start", "end", "days", "responsible", "hours", "kroner")
        return Table(headers=[text(f"template_plan.heading_{k}") for k in keys], rows=rows,
                     caption=text("template_plan.table_caption"))


def plan_summary(plan: Filled | Mapping[str, Any] | str | Path,
                 source: str | None = None) -> PlanSummary:
    """The time line and totals of a plan: a validated :class:`Filled`, a dict or a YAML file.

    Raises :class:`InputError` for a plan that does not validate, e.g. a ``slut`` before its
    ``start``, or for a filled template that is not a ``samarbejdsplan``.
    """
    if isinstance(plan, (str, Path)):
        filled = load_filled(plan, PLAN_TEMPLATE)
    elif isinstance(plan, Filled):
        if plan.template.id != PLAN_TEMPLATE:
            raise InputError(text("template_plan.not_plan", source=source or plan.template.title,
                                  template=plan.template.id))
        filled = from_dict(dict(plan.values), PLAN_TEMPLATE, source)  # checks it once more
    else:
        filled = from_dict(plan, PLAN_TEMPLATE, source)
    activities = [
        Activity(name=row["aktivitet"], channel=row.get("kanal") or "", start=row["start"],
                 end=row["slut"], responsible=row["ansvarlig"], hours=row.get("timer") or 0,
                 kroner=row.get("kroner") or 0)
        for row in filled.values.get("aktiviteter") or []]
    activities.sort(key=lambda a: (a.start, a.end))
    return PlanSummary(tuple(activities))


def danish_date(day: date | None) -> str:
    """A date as Danish readers write it, e.g. ``4. september 2017``."""
    if day is None:
        return ""
    month = text("template_plan.months").split()[day.month - 1]
    return f"{day.day}. {month} {day.year}"
