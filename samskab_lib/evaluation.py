"""Evaluation figures for a co-creative process: outcome, reach, representativeness, cost,
energy and CO2, and survey answers.

Every function is pure: it checks its input, computes, and returns a small frozen dataclass.
Bad input raises :class:`~samskab_lib.errors.InputError` listing every problem in Danish
(never a NaN and never a ``ZeroDivisionError``). Drawing is in :mod:`evaluation_charts`,
tables in :mod:`evaluation_tables`.

Two figures live in their own modules and are re-exported here so that every evaluation
figure has one home: the ranking of the 18 keys (:func:`aggregate_rankings`, from
:mod:`ranking`) and the time line and resource total of a filled plan (:func:`plan_summary`,
from :mod:`plan`).
"""
from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from numbers import Real

import numpy as np
from numpy.typing import ArrayLike

from .errors import InputError
from .formatting import number
from .plan import PlanSummary, plan_summary
from .ranking import RankedKey, aggregate_rankings
from .texts import text

__all__ = [
    "CostBreakdown", "EnergySaving", "Funnel", "FunnelStage", "GoalAttainment",
    "GroupRepresentation", "HeatingParameters", "LikertQuestion", "LikertSummary",
    "PARAMETER_SOURCES", "Representativeness", "UnitCost", "cost_per_participant",
    "cost_per_staff_trained", "cost_with_staff_time", "default_likert_scale",
    "dissimilarity_index", "energy_and_co2_saved", "funnel", "goal_attainment",
    "likert_summary", "parameter_names", "representativeness",
    "PlanSummary", "RankedKey", "aggregate_rankings", "plan_summary",
]


# --------------------------------------------------------------------------- input checks

def _field(name: str) -> str:
    return text(f"evaluation.fields.{name}")


def _error(key: str, **values: object) -> str:
    message = text(f"evaluation.errors.{key}", **values)
    return message[:1].upper() + message[1:]


def _real(value: object, name: str, problems: list[str], label: str = "") -> float | None:
    """*value* as a finite float, or ``None`` after recording why it is not one.

    Messages name the field by its Danish name for *name*, or by *label* when given.
    """
    if isinstance(value, bool) or not isinstance(value, Real) or not math.isfinite(value):
        problems.append(_error("not_a_number", field=label or _field(name), value=value))
        return None
    return float(value)


def _count(value: object, name: str, problems: list[str], *, positive: bool = False,
           label: str = "") -> int | None:
    """*value* as a whole, non-negative number (``positive``: above 0), else ``None``."""
    label = label or _field(name)
    real = _real(value, name, problems, label)
    if real is None:
        return None
    if not real.is_integer():
        problems.append(_error("not_whole", field=label, value=number(real, 2)))
        return None
    if real < 0:
        problems.append(_error("negative", field=label, value=number(real)))
        return None
    if positive and real == 0:
        key = "zero_baseline" if name == "baseline" else "zero_participants"
        problems.append(_error(key, field=label))
        return None
    return int(real)


def _amount(value: object, name: str, problems: list[str]) -> float | None:
    """*value* as a non-negative amount (money, hours), else ``None``."""
    real = _real(value, name, problems)
    if real is not None and real < 0:
        problems.append(_error("negative", field=_field(name), value=number(real, 2)))
        return None
    return real


def _raise_if(problems: list[str]) -> None:
    if problems:
        raise InputError(problems)


# --------------------------------------------------------------------------- goal attainment

@dataclass(frozen=True)
class GoalAttainment:
    """How far a goal of *goal_share* of *baseline* has been met by *achieved*.

    Hjørring: baseline 4,500 oil boilers, goal share 0.10, so the goal is 450 boilers.
    """

    baseline: int
    achieved: int
    goal_share: float

    @property
    def goal_count(self) -> float:
        """The goal as a number (baseline × goal share)."""
        return self.baseline * self.goal_share

    @property
    def achieved_share(self) -> float:
        """Share of the baseline achieved (phased out)."""
        return self.achieved / self.baseline

    @property
    def attainment(self) -> float:
        """Share of the goal reached; above 1 when the goal is exceeded."""
        return self.achieved / self.goal_count

    @property
    def remaining(self) -> float:
        """How many are still missing to reach the goal (0 once it is reached)."""
        return max(self.goal_count - self.achieved, 0.0)

    @property
    def reached(self) -> bool:
        return self.achieved >= self.goal_count


def goal_attainment(baseline: int, achieved: int, goal_share: float) -> GoalAttainment:
    """Compare *achieved* (e.g. boilers phased out) with a goal of *goal_share* of *baseline*.

    *goal_share* is a share between 0 and 1 (0.10 for 10 %).
    """
    problems: list[str] = []
    base = _count(baseline, "baseline", problems, positive=True)
    done = _count(achieved, "achieved", problems)
    share = _real(goal_share, "goal_share", problems)
    if share is not None:
        if share < 0:
            problems.append(_error("negative", field=_field("goal_share"), value=number(share, 2)))
        elif share == 0:
            problems.append(_error("share_zero", field=_field("goal_share")))
        elif share > 1:
            problems.append(_error("share_above_one", field=_field("goal_share"),
                                   value=number(share, 2)))
    if base is not None and done is not None and done > base:
        problems.append(_error("baseline_below_achieved", baseline=number(base),
                               achieved=number(done)))
    _raise_if(problems)
    return GoalAttainment(baseline=base, achieved=done, goal_share=share)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- energy and CO2

@dataclass(frozen=True)
class HeatingParameters:
    """Assumptions for replacing one oil boiler with a heat pump; each default has a source.

    - ``litres_per_year`` = 2,000 l: a *planning assumption* (derived, not a source figure).
      Bolius's example house of 150 m² uses 2,800 l a year with a 75 %-efficient boiler, and
      Energistyrelsen's data show real use about 30 % below the theoretical figure;
      2,800 × 0.7 ≈ 2,000 (bib key ``bolius-oliefyr``).
    - ``kwh_per_litre`` = 10.10 kWh/l: heating gas oil, Energistyrelsen, *Håndbog for
      energikonsulenter* HB2016, table 9.3.1 (``hb2016``).
    - ``kg_co2_per_litre`` = 2.691 kg CO2/l (0.266 kg/kWh of fuel): same table (``hb2016``).
    - ``boiler_efficiency`` = 0.75: Bolius's example boiler; seasonal efficiency is typically
      70–80 % (``bolius-oliefyr``).
    - ``heat_pump_scop`` = 2.7: Bolius's figure for an air-to-water heat pump, the usual
      replacement for an oil boiler; ground-source heat pumps 3.0 (``bolius-oliefyr``).
    - ``grid_kg_co2_per_kwh`` = 0.157 kg/kWh: Energinet's environmental declaration for Danish
      electricity, 2019 (preliminary); 2017 ≈ 0.190, 2015 ≈ 0.192–0.202
      (``energinet-deklaration``). No later official annual figure was found, so the year is
      a parameter too (``grid_year``).
    """

    litres_per_year: float = 2000.0
    kwh_per_litre: float = 10.10
    kg_co2_per_litre: float = 2.691
    boiler_efficiency: float = 0.75
    heat_pump_scop: float = 2.7
    grid_kg_co2_per_kwh: float = 0.157
    grid_year: int = 2019

    def problems(self) -> list[str]:
        """Danish problems with these values (empty when they are usable)."""
        found: list[str] = []
        for name in PARAMETER_SOURCES:
            label = text(f"evaluation.parameters.{name}")
            value = _real(getattr(self, name), name, found, label)
            if value is None:
                continue
            if name == "grid_kg_co2_per_kwh":
                if value < 0:
                    found.append(_error("negative", field=label, value=number(value, 3)))
            elif value <= 0:
                found.append(_error("not_positive", field=label, value=number(value, 2)))
            elif name == "boiler_efficiency" and value > 1:
                found.append(_error("share_above_one", field=label, value=number(value, 2)))
        return found


#: Where each default in :class:`HeatingParameters` comes from: (bib key, is it derived?).
PARAMETER_SOURCES: dict[str, tuple[str, bool]] = {
    "litres_per_year": ("bolius-oliefyr", True),
    "kwh_per_litre": ("hb2016", False),
    "kg_co2_per_litre": ("hb2016", False),
    "boiler_efficiency": ("bolius-oliefyr", False),
    "heat_pump_scop": ("bolius-oliefyr", False),
    "grid_kg_co2_per_kwh": ("energinet-deklaration", False),
}


@dataclass(frozen=True)
class EnergySaving:
    """Energy and CO2 per year before (oil) and after (heat pump) for *boilers* houses."""

    boilers: int
    parameters: HeatingParameters
    oil_litres: float
    fuel_kwh: float
    heat_kwh: float
    electricity_kwh: float
    oil_co2_kg: float
    electricity_co2_kg: float

    @property
    def energy_saved_kwh(self) -> float:
        """Bought energy saved: oil's energy content minus the heat pump's electricity."""
        return self.fuel_kwh - self.electricity_kwh

    @property
    def co2_saved_kg(self) -> float:
        return self.oil_co2_kg - self.electricity_co2_kg

    @property
    def co2_saved_tonnes(self) -> float:
        return self.co2_saved_kg / 1000


def energy_and_co2_saved(
    boilers: int,
    *,
    litres_per_year: float = HeatingParameters.litres_per_year,
    kwh_per_litre: float = HeatingParameters.kwh_per_litre,
    kg_co2_per_litre: float = HeatingParameters.kg_co2_per_litre,
    boiler_efficiency: float = HeatingParameters.boiler_efficiency,
    heat_pump_scop: float = HeatingParameters.heat_pump_scop,
    grid_kg_co2_per_kwh: float = HeatingParameters.grid_kg_co2_per_kwh,
    grid_year: int = HeatingParameters.grid_year,
) -> EnergySaving:
    """Energy and CO2 saved per year when *boilers* oil boilers are replaced by heat pumps.

    Oil: litres × kWh/litre is the bought energy; litres × kg CO2/litre the emission.
    Heat delivered = oil energy × boiler efficiency; the heat pump needs heat / SCOP of
    electricity, which emits electricity × the grid's kg CO2 per kWh. Defaults and their
    sources: :class:`HeatingParameters`.
    """
    parameters = HeatingParameters(litres_per_year, kwh_per_litre, kg_co2_per_litre,
                                   boiler_efficiency, heat_pump_scop, grid_kg_co2_per_kwh,
                                   grid_year)
    problems: list[str] = []
    houses = _count(boilers, "boilers", problems)
    problems += parameters.problems()
    _raise_if(problems)
    litres = houses * parameters.litres_per_year  # type: ignore[operator]
    fuel = litres * parameters.kwh_per_litre
    heat = fuel * parameters.boiler_efficiency
    electricity = heat / parameters.heat_pump_scop
    return EnergySaving(
        boilers=houses, parameters=parameters, oil_litres=litres, fuel_kwh=fuel, heat_kwh=heat,
        electricity_kwh=electricity, oil_co2_kg=litres * parameters.kg_co2_per_litre,
        electricity_co2_kg=electricity * parameters.grid_kg_co2_per_kwh,
    )


def parameter_names() -> tuple[str, ...]:
    """The sourced parameters of :class:`HeatingParameters`, in order."""
    return tuple(f.name for f in fields(HeatingParameters) if f.name in PARAMETER_SOURCES)


# --------------------------------------------------------------------------- cost

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
    total = _amount(cost, "cost", problems)
    units = _count(count, name, problems, positive=True)
    _raise_if(problems)
    return UnitCost(total=total, units=units)  # type: ignore[arg-type]


def cost_per_participant(cost: float, participants: int) -> UnitCost:
    """*cost* divided by *participants* (Jevnaker: NOK 400,000 / 80 = NOK 5,000)."""
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
    values = [_amount(value, name, problems) for value, name in
              ((direct, "cost"), (staff_hours, "staff_hours"), (hourly_rate, "hourly_rate"))]
    _raise_if(problems)
    return CostBreakdown(*values)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- funnel

@dataclass(frozen=True)
class FunnelStage:
    """One stage of a participation funnel.

    ``share_of_previous`` is ``None`` when the stage before had nobody (no rate exists).
    """

    name: str
    count: int
    share_of_previous: float | None
    share_of_first: float


@dataclass(frozen=True)
class Funnel:
    stages: tuple[FunnelStage, ...]


def funnel(stages: Mapping[str, int] | Sequence[tuple[str, int]]) -> Funnel:
    """Reach along a funnel such as invited → took part → active → ambassadors.

    Each stage is a subset of the one before, so a count may not exceed the previous one.
    """
    pairs = list(stages.items()) if isinstance(stages, Mapping) else list(stages)
    if not pairs:
        raise InputError(_error("empty", field=_field("stages")))
    problems: list[str] = []
    counts: list[int | None] = []
    seen: set[str] = set()
    for name, value in pairs:
        if name in seen:
            problems.append(_error("duplicate_stage", stage=name))
        seen.add(name)
        counts.append(_count(value, "stages", problems,
                             label=text("evaluation.fields.stage", stage=name)))
    if counts[0] == 0:
        problems.append(_error("funnel_first_zero", stage=pairs[0][0]))
    for (prev_name, _), (name, _), prev, count in zip(pairs, pairs[1:], counts, counts[1:]):
        if prev is not None and count is not None and count > prev:
            problems.append(_error("funnel_grows", stage=name, count=number(count),
                                   previous=prev_name, previous_count=number(prev)))
    _raise_if(problems)
    checked = [int(count) for count in counts]  # every count is valid once no problem is left
    result = []
    for index, ((name, _), count) in enumerate(zip(pairs, checked)):
        previous = checked[index - 1] if index else 0
        rate = count / previous if previous else None
        result.append(FunnelStage(name, count, rate, count / checked[0]))
    return Funnel(tuple(result))


# --------------------------------------------------------------------------- representativeness

@dataclass(frozen=True)
class GroupRepresentation:
    """One group's share of the population and of the participants.

    ``ratio`` = participant share / population share: 1 mirrors the population, below 1 the
    group is under-represented, above 1 over-represented.
    """

    group: str
    population: int
    participants: int
    population_share: float
    participant_share: float

    @property
    def ratio(self) -> float:
        return self.participant_share / self.population_share


@dataclass(frozen=True)
class Representativeness:
    """Per-group shares and the dissimilarity index (0 = participants mirror the population)."""

    groups: tuple[GroupRepresentation, ...]
    dissimilarity_index: float


def representativeness(population_by_group: Mapping[str, int],
                       participants_by_group: Mapping[str, int]) -> Representativeness:
    """How far the participants mirror the population, group by group (key 9, diversity).

    The dissimilarity index is D = ½ Σ |pᵢ/P − qᵢ/Q| over the groups i, with pᵢ the
    population and qᵢ the participants in group i. It is the share of participants who
    would have to belong to another group for the two distributions to match.
    """
    problems: list[str] = []
    if not population_by_group:
        problems.append(_error("empty", field=_field("population")))
    if not participants_by_group:
        problems.append(_error("empty", field=_field("participants_by_group")))
    _raise_if(problems)
    only_pop = [g for g in population_by_group if g not in participants_by_group]
    only_part = [g for g in participants_by_group if g not in population_by_group]
    if only_pop or only_part:
        none = text("evaluation.errors.none")
        problems.append(_error("groups_differ", only_population=", ".join(only_pop) or none,
                               only_participants=", ".join(only_part) or none))
    population: dict[str, int | None] = {}
    participants: dict[str, int | None] = {}
    for group, value in population_by_group.items():
        population[group] = _labelled_count(value, "population", group, problems)
        if population[group] == 0:
            problems.append(_error("zero_population_group", group=group))
    for group, value in participants_by_group.items():
        participants[group] = _labelled_count(value, "participants_by_group", group, problems)
    _raise_if(problems)
    pop_total = sum(population.values())  # type: ignore[arg-type]
    part_total = sum(participants.values())  # type: ignore[arg-type]
    if part_total == 0:
        problems.append(_error("zero_total", field=_field("participants_by_group")))
    _raise_if(problems)
    groups = tuple(
        GroupRepresentation(group, population[group], participants[group],  # type: ignore[arg-type]
                            population[group] / pop_total,  # type: ignore[operator]
                            participants[group] / part_total)  # type: ignore[operator]
        for group in population_by_group
    )
    index = 0.5 * sum(abs(g.population_share - g.participant_share) for g in groups)
    return Representativeness(groups, index)


def dissimilarity_index(population_by_group: Mapping[str, int],
                        participants_by_group: Mapping[str, int]) -> float:
    """The dissimilarity index between population and participants (0 to 1); see
    :func:`representativeness`."""
    return representativeness(population_by_group, participants_by_group).dissimilarity_index


def _labelled_count(value: object, name: str, group: str, problems: list[str]) -> int | None:
    return _count(value, name, problems, label=text("evaluation.fields.in_group",
                                                     field=_field(name), group=group))


# --------------------------------------------------------------------------- Likert surveys

@dataclass(frozen=True)
class LikertQuestion:
    """Summary of one question's answers on a 1..k scale."""

    question: str
    n: int
    counts: tuple[int, ...]
    mean: float
    share_agreeing: float

    @property
    def shares(self) -> tuple[float, ...]:
        """Share of answers per scale point, from 1 to k."""
        return tuple(count / self.n for count in self.counts)


@dataclass(frozen=True)
class LikertSummary:
    scale: tuple[str, ...]
    agree_from: int
    questions: tuple[LikertQuestion, ...]


def default_likert_scale() -> tuple[str, ...]:
    """The Danish five-point scale, from 'Helt uenig' (1) to 'Helt enig' (5)."""
    return tuple(text(f"evaluation.likert_scale.{point}") for point in range(1, 6))


def likert_summary(answers: Mapping[str, ArrayLike], scale: Sequence[str] | None = None, *,
                   agree_from: int | None = None) -> LikertSummary:
    """Distribution, mean and share agreeing per question.

    *answers* maps each question to its answers, coded 1..k where k = ``len(scale)``
    (default: the five-point scale of :func:`default_likert_scale`). An answer counts as
    agreeing when it is at least *agree_from* (default: the two top points, k − 1).
    Vectorised with numpy: a million answers take a fraction of a second.
    """
    labels = tuple(scale) if scale is not None else default_likert_scale()
    top = len(labels)
    problems: list[str] = []
    if top < 2:
        problems.append(_error("empty", field=_field("scale")))
    threshold = top - 1 if agree_from is None else agree_from
    if top >= 2 and not (isinstance(threshold, int) and 1 <= threshold <= top):
        problems.append(_error("agree_from_outside", field=_field("agree_from"),
                               value=threshold, top=top))
    if not answers:
        problems.append(_error("empty", field=_field("answers")))
    _raise_if(problems)
    summaries: list[LikertQuestion] = []
    for question, values in answers.items():
        coded = _coded_answers(question, values, top, problems)
        if coded is None:
            continue
        counts = np.bincount(coded - 1, minlength=top)
        n = int(coded.size)
        mean = float(counts @ np.arange(1, top + 1)) / n
        agreeing = float(counts[threshold - 1:].sum()) / n
        summaries.append(LikertQuestion(str(question), n, tuple(int(c) for c in counts), mean,
                                        agreeing))
    _raise_if(problems)
    return LikertSummary(labels, threshold, tuple(summaries))


def _coded_answers(question: str, values: ArrayLike, top: int,
                   problems: list[str]) -> np.ndarray | None:
    """*values* as an int64 array of 1..top, or ``None`` after recording the problem."""
    array = np.asarray(values).ravel()
    if array.dtype.kind not in "iuf":  # e.g. numbers mixed with text: check each value
        array = np.asarray(values, dtype=object).ravel()
    if array.size == 0:
        problems.append(_error("empty_question", question=question))
        return None
    if array.dtype.kind in "iu":
        valid = (array >= 1) & (array <= top)
    elif array.dtype.kind == "f":
        with np.errstate(invalid="ignore"):
            valid = (array >= 1) & (array <= top) & (array == np.round(array))
    else:
        valid = np.zeros(array.size, dtype=bool)
        for index, value in enumerate(array):
            valid[index] = (isinstance(value, Real) and not isinstance(value, bool)
                            and float(value).is_integer() and 1 <= value <= top)
    if not valid.all():
        bad = [str(v) for v in dict.fromkeys(array[~valid].tolist())][:5]
        problems.append(_error("unknown_likert", question=question, top=top,
                               values=", ".join(bad)))
        return None
    return array.astype(np.int64, copy=False)
