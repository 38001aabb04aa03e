"""The five-step overview figure: the steps as boxes joined by arrows."""
from __future__ import annotations

from collections.abc import Sequence

from matplotlib.figure import Figure
from matplotlib.patches import FancyArrowPatch, FancyBboxPatch

from ..charts import AccessibleFigure, wrap_words
from ..palette import OKABE_ITO, TEXT_COLOUR
from ..texts import text
from .steps import Step, load_steps


def steps_overview(steps: Sequence[Step] | None = None) -> AccessibleFigure:
    """Draw the five steps as boxes joined by arrows, each with its key question."""
    steps = list(steps or load_steps())
    fig = Figure(figsize=(10, 2.8), layout="constrained")
    ax = fig.add_subplot()
    ax.set_xlim(0, len(steps))
    ax.set_ylim(0, 1)
    ax.axis("off")
    for index, step in enumerate(steps):
        colour = OKABE_ITO[index % len(OKABE_ITO)]
        box = FancyBboxPatch((index + 0.06, 0.5), 0.88, 0.4, boxstyle="round,pad=0.02",
                             facecolor="white", edgecolor=colour, linewidth=3)
        ax.add_patch(box)
        ax.text(index + 0.5, 0.76, str(step.number), ha="center", va="center",
                fontsize=16, fontweight="bold", color=TEXT_COLOUR)
        ax.text(index + 0.5, 0.6, step.name, ha="center", va="center", fontsize=11,
                color=TEXT_COLOUR, wrap=True)
        ax.text(index + 0.5, 0.42, wrap_words(step.question, 22), ha="center", va="top",
                fontsize=9, color=TEXT_COLOUR)
        if index < len(steps) - 1:
            ax.add_patch(FancyArrowPatch((index + 0.95, 0.7), (index + 1.05, 0.7),
                                         arrowstyle="-|>", mutation_scale=14, color=TEXT_COLOUR))
    fig.suptitle(text("steps.figure_title"), fontsize=13, color=TEXT_COLOUR)
    return AccessibleFigure(fig, text("steps.figure_alt"))


def steps_overview_narrow(steps: Sequence[Step] | None = None) -> AccessibleFigure:
    """The same five steps stacked top to bottom, for phone screens: text stays readable."""
    steps = list(steps or load_steps())
    rows = len(steps)
    fig = Figure(figsize=(4, 1.25 * rows + 0.6), layout="constrained")
    ax = fig.add_subplot()
    ax.set_xlim(0, 1)
    ax.set_ylim(0, rows)
    ax.axis("off")
    for index, step in enumerate(steps):
        top = rows - index
        colour = OKABE_ITO[index % len(OKABE_ITO)]
        ax.add_patch(FancyBboxPatch((0.03, top - 0.8), 0.94, 0.7, boxstyle="round,pad=0.02",
                                    facecolor="white", edgecolor=colour, linewidth=3))
        ax.text(0.1, top - 0.45, str(step.number), ha="center", va="center",
                fontsize=18, fontweight="bold", color=TEXT_COLOUR)
        ax.text(0.19, top - 0.25, step.name, ha="left", va="center", fontsize=13,
                fontweight="bold", color=TEXT_COLOUR)
        ax.text(0.19, top - 0.39, wrap_words(step.question, 30), ha="left", va="top",
                fontsize=11.5, color=TEXT_COLOUR)
        if index < rows - 1:
            ax.add_patch(FancyArrowPatch((0.1, top - 0.82), (0.1, top - 1.08),
                                         arrowstyle="-|>", mutation_scale=14, color=TEXT_COLOUR))
    fig.suptitle(text("steps.figure_title"), fontsize=13, color=TEXT_COLOUR)
    return AccessibleFigure(fig, text("steps.figure_alt"))
