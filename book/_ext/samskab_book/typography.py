"""Sphinx extension part: Danish typography on every page.

- Smart quotes that keep apostrophes as apostrophes. Docutils' Danish quote set is »…« and
  ›…‹. An apostrophe at the end of a word (the Danish genitive after s, x, z or an
  abbreviation: »KS' seminar«, »Bolius' tal«) cannot be told apart from a closing single
  quote, so it became »‹«. The book uses only »…« as quotes; with ’ as the single quote on
  both sides, every straight apostrophe becomes ’.
- Numbers in the chapters' tables are marked (class ``num``) like the library's tables, so
  the book's style sets them right-aligned and unbroken.
"""
from __future__ import annotations

from docutils import nodes
from sphinx.application import Sphinx

from samskab_lib.tables import is_number

# Opening and closing double quote, opening and closing single quote.
DANISH_QUOTES = "»«’’"
NUMBER_CLASS = "num"


def use_danish_quotes(app: Sphinx) -> None:
    """Tell docutils' smart-quotes transform to use :data:`DANISH_QUOTES` for Danish."""
    locales = dict(app.env.settings.get("smartquotes_locales") or [])
    locales["da"] = DANISH_QUOTES
    app.env.settings["smartquotes_locales"] = list(locales.items())


def _rows(part: nodes.Element) -> list[list[nodes.entry]]:
    return [list(row.findall(nodes.entry)) for row in part.findall(nodes.row)]


def mark_numbers(app: Sphinx, doctree: nodes.document) -> None:
    """Add ``num`` to number cells, and to the header of a column holding only numbers."""
    for group in doctree.findall(nodes.tgroup):
        body = [row for part in group.findall(nodes.tbody) for row in _rows(part)]
        head = [row for part in group.findall(nodes.thead) for row in _rows(part)]
        if any(entry.get("morecols") for row in body + head for entry in row):
            continue  # spanned cells: columns cannot be told apart simply
        for row in body:
            for entry in row:
                if is_number(entry.astext()):
                    entry["classes"].append(NUMBER_CLASS)
        for index in range(max((len(row) for row in body), default=0)):
            cells = [row[index].astext() for row in body if index < len(row) and row[index].astext()]
            if cells and all(is_number(cell) for cell in cells):
                for row in head:
                    if index < len(row):
                        row[index]["classes"].append(NUMBER_CLASS)


def setup(app: Sphinx) -> None:
    app.connect("builder-inited", use_danish_quotes)
    app.connect("doctree-read", mark_numbers)
