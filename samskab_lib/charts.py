"""Figures for the book and the notebooks. Computing is elsewhere; these only draw."""
from __future__ import annotations

import base64
import html
import io
from collections.abc import Sequence
from dataclasses import dataclass

from matplotlib import rc_context
from matplotlib.figure import Figure
from matplotlib.patches import FancyArrowPatch, FancyBboxPatch
from PIL import Image

from .palette import OKABE_ITO, TEXT_COLOUR
from .steps import Step, load_steps
from .texts import text

# Charts use a handful of colours; 64 keeps anti-aliased text and lines smooth.
PNG_COLOURS = 64


@dataclass
class AccessibleFigure:
    """A figure with its alt text; notebooks and pages show it as an ``<img>`` with ``alt``."""

    figure: Figure
    alt: str

    def png(self) -> bytes:
        """The figure as PNG, reduced to a palette of colours: a quarter of the bytes, same look."""
        buffer = io.BytesIO()
        self.figure.savefig(buffer, format="png", dpi=110)
        image = Image.open(buffer).convert("RGB").quantize(colors=PNG_COLOURS,
                                                           method=Image.Quantize.MEDIANCUT)
        small = io.BytesIO()
        image.save(small, format="PNG", optimize=True)
        return small.getvalue()

    def _repr_html_(self) -> str:
        data = base64.b64encode(self.png()).decode("ascii")
        return (f'<img src="data:image/png;base64,{data}" alt="{html.escape(self.alt)}" '
                'style="max-width:100%;height:auto">')

    def svg(self) -> bytes:
        """The figure as SVG; the same figure gives the same bytes (no date, fixed ids)."""
        buffer = io.BytesIO()
        with rc_context({"svg.hashsalt": self.alt}):
            self.figure.savefig(buffer, format="svg", metadata={"Date": None})
        return buffer.getvalue()


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
        ax.text(index + 0.5, 0.42, _wrap(step.question, 22), ha="center", va="top",
                fontsize=9, color=TEXT_COLOUR)
        if index < len(steps) - 1:
            ax.add_patch(FancyArrowPatch((index + 0.95, 0.7), (index + 1.05, 0.7),
                                         arrowstyle="-|>", mutation_scale=14, color=TEXT_COLOUR))
    fig.suptitle(text("steps.figure_title"), fontsize=13, color=TEXT_COLOUR)
    return AccessibleFigure(fig, text("steps.figure_alt"))


def _wrap(sentence: str, width: int) -> str:
    lines: list[str] = []
    for word in sentence.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(lines)
