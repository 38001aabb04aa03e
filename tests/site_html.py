"""Reading the built site's HTML as a reader's browser would, with BeautifulSoup (not regexes).

`conftest.py` offers ``page(name)``, a built page parsed; these helpers read the parts of it.
"""
from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup, Tag


def parse(html: str) -> BeautifulSoup:
    """HTML text as a tree (the standard library's parser: nothing else to install)."""
    return BeautifulSoup(html, "html.parser")


def read_page(site: Path, name: str) -> BeautifulSoup:
    """The built page *name* (e.g. ``book/trin/afklar``, with or without ``.html``)."""
    path = site / (name if name.endswith(".html") else f"{name}.html")
    return parse(path.read_text(encoding="utf-8"))


def visible_text(node: Tag | str) -> str:
    """The words a reader sees in *node* (or in an HTML text): no scripts or styles, and every
    run of whitespace between and inside elements as one space."""
    tree = parse(node) if isinstance(node, str) else parse(str(node))
    for hidden in tree.find_all(["script", "style", "template"]):
        hidden.decompose()
    return " ".join(tree.get_text(" ").split())


def cell_text(cell: Tag) -> str:
    """A table cell's text as a reader sees it (its inline tags do not split words)."""
    return " ".join(cell.get_text().split())


def header_cells(table: Tag) -> list[str]:
    """The text of a table's header cells."""
    return [cell_text(th) for th in table.find_all("th")]


def first_column(table: Tag) -> list[str]:
    """The text of the first cell of every body row that starts with a data cell."""
    body = table.find("tbody")
    assert body is not None, "the table has no body"
    firsts = [row.find(["td", "th"]) for row in body.find_all("tr")]
    return [cell_text(cell) for cell in firsts if cell is not None and cell.name == "td"]


def hrefs(node: Tag, start: str = "") -> list[str]:
    """Every link target in *node* that begins with *start*, in page order."""
    return [a["href"] for a in node.find_all("a", href=True) if a["href"].startswith(start)]
