"""Accessible tables for notebooks and pages: a caption, column headers and escaped cells."""
from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from .formatting import number


@dataclass(frozen=True)
class Table:
    """Rows under column headers, shown as HTML in notebooks and as Markdown in text."""

    headers: Sequence[str]
    rows: Sequence[Sequence[object]]
    caption: str = ""

    def _repr_html_(self) -> str:
        head = "".join(f'<th scope="col">{html.escape(str(h))}</th>' for h in self.headers)
        body = "".join(
            "<tr>" + "".join(f"<td>{html.escape(_cell(c))}</td>" for c in row) + "</tr>"
            for row in self.rows
        )
        caption = f"<caption>{html.escape(self.caption)}</caption>" if self.caption else ""
        return f"<table>{caption}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"

    def to_markdown(self) -> str:
        """The table as a GitHub-flavoured Markdown pipe table."""
        def line(cells: Sequence[object]) -> str:
            return "| " + " | ".join(_cell(c).replace("|", "\\|") for c in cells) + " |"

        lines = [line(self.headers), "|" + "---|" * len(self.headers)]
        lines += [line(row) for row in self.rows]
        return "\n".join(lines)


def _cell(value: object) -> str:
    if isinstance(value, float):
        return number(value, 2)
    if isinstance(value, int) and not isinstance(value, bool):
        return number(value)
    return "" if value is None else str(value)
