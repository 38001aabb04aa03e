"""The plan's time line as a Gantt chart, and a notebook view of the time line and totals."""
from __future__ import annotations

import html
import textwrap
from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from matplotlib.dates import date2num, num2date
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from ..charts import AccessibleFigure
from ..errors import InputError
from ..palette import OKABE_ITO, TEXT_COLOUR
from ..templates.definitions import Filled
from ..texts import text
from .plan import PlanSummary, danish_date, plan_summary


def gantt(summary: PlanSummary) -> AccessibleFigure:
    """One horizontal bar per activity from its start to its end, earliest at the top."""
    activities = summary.activities
    fig = Figure(figsize=(10, 1.2 + 0.55 * max(len(activities), 1)), layout="constrained")
    ax = fig.add_subplot()
    for row, activity in enumerate(activities):
        left = date2num(activity.start)
        width = date2num(activity.end + timedelta(days=1)) - left
        ax.barh(row, width, left=left, height=0.6, color=OKABE_ITO[row % len(OKABE_ITO)],
                edgecolor=TEXT_COLOUR, linewidth=0.6)
    ax.set_yticks(range(len(activities)), [textwrap.fill(a.name, 34) for a in activities], fontsize=9)
    ax.invert_yaxis()
    ax.xaxis_date()
    ax.xaxis.set_major_formatter(FuncFormatter(_month_label))
    ax.set_xlabel(text("template_plan.axis_time"), color=TEXT_COLOUR)
    ax.set_ylabel(text("template_plan.axis_activity"), color=TEXT_COLOUR)
    ax.grid(axis="x", color="#cccccc", linewidth=0.6)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.set_title(text("template_plan.timeline_title"), color=TEXT_COLOUR)
    return AccessibleFigure(fig, gantt_alt(summary))


def _month_label(value: float, _position: int) -> str:
    day = num2date(value)
    return f"{text('template_plan.months_short').split()[day.month - 1]} {day.year}"


def gantt_alt(summary: PlanSummary) -> str:
    """Alt text that names every activity with its dates and the span of the whole plan."""
    if not summary.activities:
        return text("template_plan.alt_empty")
    items = "; ".join(text("template_plan.alt_item", name=a.name, start=danish_date(a.start),
                           end=danish_date(a.end)) for a in summary.activities)
    return text("template_plan.alt", count=len(summary.activities),
                start=danish_date(summary.start), end=danish_date(summary.end), items=items)


class PlanReport:
    """A notebook view of a plan: the Gantt chart, the totals table, or the Danish errors."""

    def __init__(self, plan: Filled | Mapping[str, Any], source: str | None = None) -> None:
        self.problems: list[str] = []
        self.summary: PlanSummary | None = None
        try:
            self.summary = plan_summary(plan, source)
        except InputError as error:
            self.problems = error.problems

    def _repr_html_(self) -> str:
        if self.summary is None:
            items = "".join(f"<li>{html.escape(p)}</li>" for p in self.problems)
            return f'<div role="alert"><ul>{items}</ul></div>'
        return (f"<p>{html.escape(self.summary.describe())}</p>"
                + gantt(self.summary)._repr_html_() + self.summary.table()._repr_html_())
