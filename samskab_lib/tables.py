"""Accessible tables for notebooks and pages: a caption, column headers and escaped cells."""
from __future__ import annotations

import html
import re
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
        numeric = self._numeric_columns()
        head = "".join(f'<th scope="col"{_NUM if numeric[i] else ""}>{html.escape(str(h))}</th>'
                       for i, h in enumerate(self.headers))
        body = "".join(
            "<tr>" + "".join(f"<td{_NUM if is_number(_cell(c)) else ''}>{html.escape(_cell(c))}</td>"
                             for c in row) + "</tr>"
            for row in self.rows
        )
        caption = f"<caption>{html.escape(self.caption)}</caption>" if self.caption else ""
        return (f'<table class="samskab-table">{caption}<thead><tr>{head}</tr></thead>'
                f"<tbody>{body}</tbody></table>")

    def _numeric_columns(self) -> list[bool]:
        """Per column: are its filled cells all numbers? (Then its header aligns right too.)"""
        columns = [[_cell(row[i]) for row in self.rows if i < len(row) and _cell(row[i])]
                   for i in range(len(self.headers))]
        return [bool(cells) and all(is_number(c) for c in cells) for cells in columns]

    def to_markdown(self) -> str:
        """The table as a GitHub-flavoured Markdown pipe table."""
        def line(cells: Sequence[object]) -> str:
            return "| " + " | ".join(_cell(c).replace("|", "\\|") for c in cells) + " |"

        lines = [line(self.headers), "|" + "---|" * len(self.headers)]
        lines += [line(row) for row in self.rows]
        return "\n".join(lines)


_NUM = ' class="num"'
# A Danish number as the book writes it, with an optional sign and unit: "2.000", "4,5 %",
# "-12", "1.200 kr.".
_NUMBER = re.compile(r"[-−+]?\d(?:[\d.,\u00a0\u202f ]*\d)?(?:\s?(?:%|pct\.|kr\.))?")


def is_number(text: str) -> bool:
    """True when *text* is a number (right-aligned and kept on one line in a table)."""
    return bool(_NUMBER.fullmatch(text.strip()))


def _cell(value: object) -> str:
    if isinstance(value, float):
        return number(value, 2)
    if isinstance(value, int) and not isinstance(value, bool):
        return number(value)
    return "" if value is None else str(value)
