"""Chart of the groups' combined key ranking beside the seminar's top five. Draws only."""
from __future__ import annotations

from collections.abc import Sequence

from matplotlib.figure import Figure
from matplotlib.patches import Patch

from ..charts import AccessibleFigure
from ..palette import OKABE_ITO, TEXT_COLOUR
from ..texts import text
from .ranking import RankedKey

SEMINAR_COLOUR = OKABE_ITO[0]
OTHER_COLOUR = OKABE_ITO[1]


def ranking_chart(result: Sequence[RankedKey], seminar: Sequence[int],
                  groups: int) -> AccessibleFigure:
    """Bars of points per key (in key order); the seminar's top five dark and hatched."""
    by_key = sorted(result, key=lambda r: r.key)
    fig = Figure(figsize=(9, 3.6), layout="constrained")
    ax = fig.add_subplot()
    bars = ax.bar([str(r.key) for r in by_key], [r.points for r in by_key],
                  color=[SEMINAR_COLOUR if r.key in seminar else OTHER_COLOUR for r in by_key],
                  edgecolor=TEXT_COLOUR, linewidth=0.6)
    for bar, ranked in zip(bars, by_key, strict=True):
        if ranked.key in seminar:
            bar.set_hatch("//")
    ax.set_xlabel(text("ranking.chart_xlabel"), color=TEXT_COLOUR)
    ax.set_ylabel(text("ranking.chart_ylabel"), color=TEXT_COLOUR)
    ax.set_title(text("ranking.chart_title"), color=TEXT_COLOUR)
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(handles=[
        Patch(facecolor=SEMINAR_COLOUR, hatch="//", edgecolor=TEXT_COLOUR,
              label=text("ranking.legend_seminar")),
        Patch(facecolor=OTHER_COLOUR, edgecolor=TEXT_COLOUR, label=text("ranking.legend_other")),
    ], frameon=False)
    return AccessibleFigure(fig, _alt(result, seminar, groups))


def _alt(result: Sequence[RankedKey], seminar: Sequence[int], groups: int) -> str:
    best = [r for r in result if r.rank == 1 and r.points > 0]
    leaders = ", ".join(text("ranking.alt_leader", key=r.key, points=r.points) for r in best)
    scored = sum(1 for r in result if r.key in seminar and r.points > 0)
    return text("ranking.chart_alt", groups=groups, leaders=leaders or text("ranking.alt_none"),
                seminar=", ".join(str(n) for n in seminar), scored=scored, total=len(seminar))
