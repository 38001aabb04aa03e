"""Costs: per participant, per staff member trained, and with staff time."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..errors import InputError
from ..texts import text
from .checks import checked_amount, checked_count, field_label, problem, raise_if


@dataclass(frozen=True)
class UnitCost:
    """A total cost spread over a number of people."""

    total: float
    units: int

    @property
    def per_unit(self) -> float:
        return self.total / self.units


def _unit_cost(cost: float, count: int, name: str) -> UnitCost:
    problems: list[str] = []
    total = checked_amount(cost, "cost", problems)
    units = checked_count(count, name, problems, positive=True)
    raise_if(problems)
    return UnitCost(total=total, units=units)  # type: ignore[arg-type]


def cost_per_participant(cost: float, participants: int) -> UnitCost:
    """*cost* divided by *participants*, e.g. a process's cost over the people who took part."""
    return _unit_cost(cost, participants, "participants")


def cost_per_staff_trained(cost: float, staff_trained: int) -> UnitCost:
    """*cost* of a training effort divided by the staff members it trained."""
    return _unit_cost(cost, staff_trained, "staff_trained")


@dataclass(frozen=True)
class CostBreakdown:
    """Direct costs plus staff time valued at an hourly rate (direct and staff time apart)."""

    direct: float
    staff_hours: float
    hourly_rate: float

    @property
    def staff(self) -> float:
        return self.staff_hours * self.hourly_rate

    @property
    def total(self) -> float:
        return self.direct + self.staff


def cost_with_staff_time(direct: float, staff_hours: float, hourly_rate: float) -> CostBreakdown:
    """A process's full cost: *direct* costs plus *staff_hours* × *hourly_rate*."""
    problems: list[str] = []
    values = [checked_amount(value, name, problems) for value, name in
              ((direct, "cost"), (staff_hours, "staff_hours"), (hourly_rate, "hourly_rate"))]
    raise_if(problems)
    return CostBreakdown(*values)  # type: ignore[arg-type]


def budget_total(items: Mapping[str, float]) -> float:
    """The sum of a budget's *items* (post → amount); problems name each post, in Danish."""
    if not isinstance(items, Mapping):
        raise InputError(problem("not_mapping", field=field_label("budget"),
                                 pairs=text("evaluation.pairs.budget"),
                                 example="{'Lokaler': 25000, 'Annoncer': 15000}",
                                 kind=type(items).__name__))
    problems: list[str] = []
    amounts = [checked_amount(value, "budget", problems,
                              label=text("evaluation.fields.budget_item", item=item))
               for item, value in items.items()]
    if not amounts:
        problems.append(problem("empty", field=field_label("budget")))
    raise_if(problems)
    return float(sum(amounts))  # type: ignore[arg-type]
