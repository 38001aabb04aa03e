"""Charts of the evaluation figures: Danish labels, the Okabe-Ito palette, hatching and
direct value labels (readable in greyscale), and alt text that states the figures.

Each function takes a result from :mod:`samskab_lib.evaluation` and only draws it.
"""
from __future__ import annotations

from matplotlib.axes import Axes
from matplotlib.container import BarContainer
from matplotlib.figure import Figure

from ..charts import AccessibleFigure, wrap_words
from ..formatting import approximately, number, percent
from ..palette import OKABE_ITO, TEXT_COLOUR
from ..texts import text
from .energy import EnergySaving
from .goals import GoalAttainment
from .reach import Funnel, Representativeness
from .survey import LikertSummary

BLUE, ORANGE, GREEN, PURPLE, SKY, VERMILLION, YELLOW, BLACK = OKABE_ITO
#: Likert colours from 'Helt uenig' to 'Helt enig', with hatches for greyscale print.
_LIKERT_STYLE = ((VERMILLION, "xx"), (ORANGE, "//"), (YELLOW, ""), (SKY, ".."), (BLUE, ""))
#: White box behind a label on a coloured, hatched bar segment.
_LABEL_BOX = {"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none"}


def _t(key: str, **values: object) -> str:
    return text(f"evaluation.charts.{key}", **values)


def _axes(title: str, size: tuple[float, float]) -> tuple[Figure, Axes]:
    figure = Figure(figsize=size, layout="constrained")
    axes = figure.add_subplot()
    axes.set_title(title, color=TEXT_COLOUR, loc="left", fontsize=12)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    axes.tick_params(colors=TEXT_COLOUR)
    axes.xaxis.set_major_formatter(_tick)
    return figure, axes


def _tick(value: float, _position: object) -> str:
    """Danish axis numbers: 1.000, 2,5."""
    return number(value, 0 if float(value).is_integer() else 1)


def _label_bars(axes: Axes, bars: BarContainer, labels: list[str]) -> None:
    """Write each label just after the end of its horizontal bar."""
    axes.bar_label(bars, labels=labels, padding=4, color=TEXT_COLOUR, fontsize=10)


def goal_attainment_chart(result: GoalAttainment) -> AccessibleFigure:
    """Baseline, goal and achieved as labelled horizontal bars."""
    figure, axes = _axes(_t("goal_title"), (8, 2.8))
    names = [_t("goal_label_baseline"), _t("goal_label_goal"), _t("goal_label_achieved")]
    values = [result.baseline, result.goal_count, result.achieved]
    bars = axes.barh(names, values, color=[SKY, ORANGE, BLUE], edgecolor=TEXT_COLOUR)
    for bar, hatch in zip(bars, ("..", "//", ""), strict=True):
        bar.set_hatch(hatch)
    labels = [number(result.baseline), number(result.goal_count),
              _t("goal_label_attainment", achieved=number(result.achieved),
                 attainment=percent(result.attainment))]
    _label_bars(axes, bars, labels)
    axes.invert_yaxis()
    axes.set_xlabel(_t("goal_axis"), color=TEXT_COLOUR)
    axes.set_xlim(0, max(values) * 1.35)
    alt = _t("goal_alt", baseline=number(result.baseline), goal=number(result.goal_count),
             goal_share=percent(result.goal_share), achieved=number(result.achieved),
             attainment=percent(result.attainment))
    return AccessibleFigure(figure, alt)


def funnel_chart(result: Funnel) -> AccessibleFigure:
    """The funnel's stages from top to bottom, each with its count and rate from the one before."""
    figure, axes = _axes(_t("funnel_title"), (8, 0.7 * len(result.stages) + 1.4))
    names = [stage.name for stage in result.stages]
    counts = [stage.count for stage in result.stages]
    hatches = ("", "//", "..", "xx")
    bars = axes.barh(names, counts, color=BLUE, edgecolor=TEXT_COLOUR)
    for index, bar in enumerate(bars):
        bar.set_hatch(hatches[index % len(hatches)])
    labels = [number(s.count) if s.share_of_previous is None
              else _t("funnel_bar_rate", count=number(s.count), rate=percent(s.share_of_previous))
              for s in result.stages]
    _label_bars(axes, bars, labels)
    axes.invert_yaxis()
    axes.set_xlabel(_t("funnel_axis"), color=TEXT_COLOUR)
    axes.set_xlim(0, max(counts) * 1.3)
    stages = "; ".join(
        _t("funnel_stage", name=s.name, count=number(s.count)) if s.share_of_previous is None
        else _t("funnel_stage_rate", name=s.name, count=number(s.count),
                rate=percent(s.share_of_previous))
        for s in result.stages)
    return AccessibleFigure(figure, _t("funnel_alt", stages=stages))


def representativeness_chart(result: Representativeness) -> AccessibleFigure:
    """Each group's share of the population beside its share of the participants."""
    figure, axes = _axes(_t("representation_title"), (8, 0.9 * len(result.groups) + 1.8))
    positions = range(len(result.groups))
    height = 0.38
    population = axes.barh([p - height / 2 for p in positions],
                           [g.population_share for g in result.groups], height,
                           color=SKY, hatch="//", edgecolor=TEXT_COLOUR,
                           label=_t("representation_population"))
    participants = axes.barh([p + height / 2 for p in positions],
                             [g.participant_share for g in result.groups], height,
                             color=BLUE, edgecolor=TEXT_COLOUR,
                             label=_t("representation_participants"))
    _label_bars(axes, population, [percent(g.population_share) for g in result.groups])
    _label_bars(axes, participants, [percent(g.participant_share) for g in result.groups])
    axes.set_yticks(list(positions), [g.group for g in result.groups])
    axes.invert_yaxis()
    axes.set_xlabel(_t("representation_axis"), color=TEXT_COLOUR)
    top = max(max(g.population_share, g.participant_share) for g in result.groups)
    axes.set_xlim(0, top * 1.3)
    axes.xaxis.set_major_formatter(lambda value, _: percent(value))
    axes.legend(loc="lower right", frameon=False)
    groups = "; ".join(_t("representation_group", group=g.group,
                          population=percent(g.population_share),
                          participants=percent(g.participant_share)) for g in result.groups)
    alt = _t("representation_alt", groups=groups, index=number(result.dissimilarity_index, 2))
    return AccessibleFigure(figure, alt)


def likert_chart(summary: LikertSummary) -> AccessibleFigure:
    """One stacked bar per question: the share of answers at each point of the scale."""
    questions = summary.questions
    figure, axes = _axes(_t("likert_title"), (9, 0.75 * len(questions) + 2.2))
    names = [wrap_words(q.question, 38) for q in questions]
    left = [0.0] * len(questions)
    styles = _likert_styles(len(summary.scale))
    for point, (label, (colour, hatch)) in enumerate(zip(summary.scale, styles, strict=True)):
        shares = [q.shares[point] for q in questions]
        bars = axes.barh(names, shares, left=left, color=colour, hatch=hatch,
                         edgecolor=TEXT_COLOUR, linewidth=0.5, label=label)
        axes.bar_label(bars, labels=[percent(s) if s >= 0.06 else "" for s in shares],
                       label_type="center", color=TEXT_COLOUR, fontsize=9, bbox=_LABEL_BOX)
        left = [a + b for a, b in zip(left, shares, strict=True)]
    axes.invert_yaxis()
    axes.set_xlim(0, 1)
    axes.xaxis.set_major_formatter(lambda value, _: percent(value))
    axes.set_xlabel(_t("likert_axis"), color=TEXT_COLOUR)
    figure.legend(loc="outside lower center", ncols=min(len(summary.scale), 5), frameon=False,
                  fontsize=9)
    described = "; ".join(_t("likert_question", question=q.question,
                             agreeing=percent(q.share_agreeing), mean=number(q.mean, 1),
                             n=number(q.n)) for q in questions)
    alt = _t("likert_alt", first=summary.scale[0], last=summary.scale[-1], questions=described)
    return AccessibleFigure(figure, alt)


def co2_chart(saving: EnergySaving) -> AccessibleFigure:
    """CO2 per year with oil boilers and with heat pumps, and the saving between them."""
    figure, axes = _axes(_t("co2_title"), (8, 2.6))
    before, after = saving.oil_co2_kg / 1000, saving.electricity_co2_kg / 1000
    bars = axes.barh([_t("co2_before"), _t("co2_after")], [before, after],
                     color=[VERMILLION, GREEN], edgecolor=TEXT_COLOUR)
    bars[0].set_hatch("xx")
    _label_bars(axes, bars, [_t("co2_value", value=approximately(v)) for v in (before, after)])
    axes.invert_yaxis()
    axes.set_xlabel(_t("co2_axis"), color=TEXT_COLOUR)
    axes.set_xlim(0, before * 1.25 if before else 1)
    alt = _t("co2_alt", boilers=number(saving.boilers), before=approximately(before),
             after=approximately(after), saved=approximately(saving.co2_saved_tonnes),
             energy=approximately(saving.energy_saved_kwh))
    return AccessibleFigure(figure, alt)


def _likert_styles(points: int) -> tuple[tuple[str, str], ...]:
    """Colours and hatches for a scale of *points* (the five-point set, cut or repeated)."""
    if points == len(_LIKERT_STYLE):
        return _LIKERT_STYLE
    return tuple((OKABE_ITO[i % len(OKABE_ITO)], ("", "//", "..", "xx")[i % 4])
                 for i in range(points))

