"""The accessible figure every chart returns: a matplotlib figure with its alt text, as PNG or SVG."""
from __future__ import annotations

import base64
import html
import io
from dataclasses import dataclass

from matplotlib import rc_context
from matplotlib.figure import Figure
from PIL import Image

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


def wrap_words(sentence: str, width: int) -> str:
    lines: list[str] = []
    for word in sentence.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(lines)
