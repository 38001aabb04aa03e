"""Evaluation figures as accessible tables (:class:`~samskab_lib.tables.Table`) with Danish
headers and numbers, so a page can print every figure and every factor with its source."""
from __future__ import annotations

from ..formatting import approximately, money, number, percent
from ..tables import Table
from ..texts import text
from .costs import UnitCost
from .energy import PARAMETER_SOURCES, EnergySaving, HeatingParameters, parameter_names
from .goals import GoalAttainment
from .reach import Funnel, Representativeness
from .survey import LikertSummary

#: How each heating parameter is shown: (unit key, decimals, as a percentage?).
_PARAMETER_FORMAT: dict[str, tuple[str, int, bool]] = {
    "litres_per_year": ("litres_per_year", 0, False),
    "kwh_per_litre": ("kwh_per_litre", 2, False),
    "kg_co2_per_litre": ("kg_per_litre", 3, False),
    "boiler_efficiency": ("share", 0, True),
    "heat_pump_scop": ("ratio", 1, False),
    "grid_kg_co2_per_kwh": ("kg_per_kwh", 3, False),
}


def _t(key: str, **values: object) -> str:
    return text(f"evaluation.tables.{key}", **values)


def parameter_source(name: str, parameters: HeatingParameters | None = None) -> str:
    """The Danish source line for heating parameter *name* (with the grid year filled in)."""
    year = (parameters or HeatingParameters()).grid_year
    return text(f"evaluation.parameter_sources.{name}", year=year)


def parameters_table(parameters: HeatingParameters | None = None) -> Table:
    """Every heating parameter with its value, unit, source and whether it is an assumption.

    A value changed from its default is still shown with the default's source: the caller
    (e.g. a notebook) says that the reader changed it.
    """
    parameters = parameters or HeatingParameters()
    rows = []
    for name in parameter_names():
        unit, decimals, as_percent = _PARAMETER_FORMAT[name]
        value = getattr(parameters, name)
        shown = percent(value, decimals) if as_percent else number(value, decimals)
        derived = PARAMETER_SOURCES[name][1]
        status = text("evaluation.parameter_status." + ("assumption" if derived else "source"))
        rows.append([text(f"evaluation.parameters.{name}"), shown,
                     text(f"evaluation.units.{unit}"), parameter_source(name, parameters), status])
    return Table(headers=[_t("parameter"), _t("value"), _t("unit"), _t("source"), _t("status")],
                 rows=rows, caption=_t("parameters_caption"))


def goal_table(result: GoalAttainment) -> Table:
    """Baseline, goal, achieved and how much of the goal that is."""
    rows = [
        [_t("baseline"), number(result.baseline)],
        [_t("goal_share"), percent(result.goal_share)],
        [_t("goal_count"), number(result.goal_count)],
        [_t("achieved"), number(result.achieved)],
        [_t("achieved_share"), percent(result.achieved_share, 1)],
        [_t("attainment"), percent(result.attainment)],
        [_t("remaining"), number(result.remaining)],
    ]
    return Table(headers=[_t("figure"), _t("amount")], rows=rows, caption=_t("goal_caption"))


def energy_table(saving: EnergySaving) -> Table:
    """Yearly oil, energy and CO2 before and after, per house and for all houses."""
    houses = max(saving.boilers, 1)

    def row(label: str, value: float, scale: float = 1.0) -> list[str]:
        # The assumptions carry two to three significant figures, and so do the results.
        return [_t(label), approximately(value / houses / scale),
                approximately(value / scale)]

    tonnes = {"scale": 1000.0}
    rows = [
        row("oil_litres", saving.oil_litres),
        row("fuel_kwh", saving.fuel_kwh),
        row("heat_kwh", saving.heat_kwh),
        row("electricity_kwh", saving.electricity_kwh),
        row("energy_saved_kwh", saving.energy_saved_kwh),
        row("oil_co2", saving.oil_co2_kg, **tonnes),
        row("electricity_co2", saving.electricity_co2_kg, **tonnes),
        row("co2_saved", saving.co2_saved_kg, **tonnes),
    ]
    total = f"{_t('total')} ({number(saving.boilers)})"
    return Table(headers=[_t("figure"), _t("per_house"), total], rows=rows,
                 caption=_t("energy_caption"))


def cost_table(costs: dict[str, UnitCost], currency: str) -> Table:
    """One row per cost figure: label → total, number of people, cost per person."""
    rows = [[label, money(cost.total, currency), number(cost.units),
             money(cost.per_unit, currency)] for label, cost in costs.items()]
    return Table(headers=[_t("figure"), _t("cost_total"), _t("count"), _t("per_unit")],
                 rows=rows, caption=_t("cost_caption"))


def funnel_table(result: Funnel) -> Table:
    """Each funnel stage with its count and conversion rates."""
    def rate(share: float | None) -> str:
        return _t("not_defined") if share is None else percent(share)

    rows = [[stage.name, number(stage.count), rate(stage.share_of_previous),
             percent(stage.share_of_first)] for stage in result.stages]
    return Table(headers=[_t("stage"), _t("count"), _t("share_of_previous"),
                          _t("share_of_first")], rows=rows, caption=_t("funnel_caption"))


def representation_table(result: Representativeness) -> Table:
    """Each group's share of population and participants and their ratio."""
    rows = [[g.group, number(g.population), number(g.participants), percent(g.population_share),
             percent(g.participant_share), number(g.ratio, 2)] for g in result.groups]
    headers = [_t("group"), text("evaluation.charts.representation_population"),
               text("evaluation.charts.representation_participants"), _t("population_share"),
               _t("participant_share"), _t("ratio")]
    caption = _t("representation_caption", index=number(result.dissimilarity_index, 2))
    return Table(headers=headers, rows=rows, caption=caption)


def likert_table(summary: LikertSummary) -> Table:
    """Per question: answers, share per scale point, mean and share agreeing."""
    top = len(summary.scale)
    rows = [[q.question, number(q.n), *(percent(s) for s in q.shares), number(q.mean, 2),
             percent(q.share_agreeing)] for q in summary.questions]
    headers = [_t("question"), _t("answers"), *summary.scale, _t("mean", top=top),
               _t("share_agreeing")]
    return Table(headers=headers, rows=rows, caption=_t("likert_caption"))
