"""What the tests read out of a printed PDF with pypdf: structure, bookmarks, text and its places."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject

A4 = (595.3, 841.9)  # points
A3 = (841.9, 1190.6)


def page_sizes(reader: PdfReader) -> set[tuple[float, float]]:
    """Every page's size in points, rounded to a tenth, with the short side first."""
    return {tuple(sorted((round(float(p.mediabox.width), 1), round(float(p.mediabox.height), 1))))
            for p in reader.pages}


def _elements(node: Any) -> Iterator[DictionaryObject]:
    node = node.get_object() if hasattr(node, "get_object") else node
    if isinstance(node, ArrayObject):
        for kid in node:
            yield from _elements(kid)
    elif isinstance(node, DictionaryObject) and "/S" in node:
        yield node
        if "/K" in node:
            yield from _elements(node["/K"])


def structure(reader: PdfReader) -> list[DictionaryObject]:
    """Every element of the structure tree (tagged PDF), in document order."""
    root = reader.trailer["/Root"]
    if "/StructTreeRoot" not in root:
        return []
    return list(_elements(root["/StructTreeRoot"].get_object().get("/K", ArrayObject())))


def structure_types(reader: PdfReader) -> Counter[str]:
    """How often each structure type (``H1``, ``Table``, ``Figure`` …) occurs."""
    return Counter(str(element["/S"]).lstrip("/") for element in structure(reader))


def figures_without_alt(reader: PdfReader) -> int:
    """How many Figure elements lack a non-empty /Alt text."""
    return sum(1 for element in structure(reader) if str(element["/S"]) == "/Figure"
               and not str(element.get("/Alt", "")).strip())


def bookmark_titles(reader: PdfReader) -> list[str]:
    """Every bookmark's title, nested ones included, in order."""
    titles: list[str] = []

    def walk(items: list[Any]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(" ".join(item.title.split()))

    walk(reader.outline)
    return titles


def read_pages(reader: PdfReader) -> tuple[list[str], list[tuple[int, str]]]:
    """Each page's text (white space run together), and (page number, text) of every piece of
    text placed outside its page's box; one pass over the pages."""
    texts: list[str] = []
    outside: list[tuple[int, str]] = []
    for number, page in enumerate(reader.pages, start=1):
        box = page.mediabox
        edges = tuple(float(v) for v in (box.left, box.bottom, box.right, box.top))

        def visit(content: str, cm: list[float], tm: list[float], _font: Any, _size: Any,
                  page_number: int = number, edges: tuple[float, ...] = edges) -> None:
            if not content.strip():
                return
            left, bottom, right, top = edges
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            if not (left - 1 <= x <= right + 1 and bottom - 1 <= y <= top + 1):
                outside.append((page_number, content.strip()))

        # A word hyphenated at a line end (U+2010) is joined again.
        texts.append(normal(page.extract_text(visitor_text=visit).replace("\u2010\n", "")))
    return texts, outside


def normal(words: str) -> str:
    """*words* with white space run together and soft hyphens removed, for comparing texts."""
    # A word hyphenated at a line end (a soft hyphen, as Typst writes it) is joined again, and
    # a word with a hyphen of its own that broke there (»Tupperware-\nfester«) too. Typst maps
    # the hyphen glyph to the soft hyphen once it has hyphenated a word, so a soft hyphen
    # inside a line is the word's own hyphen (see the closing note on the Typst quirk).
    words = words.replace("\u00ad\n", "").replace("\u00ad", "-").replace("-\n", "-")
    return " ".join(words.replace("\x00", "").replace("\u2010", "-").split())


def see_page_numbers(texts: list[str]) -> list[int]:
    """Every N of "(se side N)" in the texts."""
    return [int(n) for page in texts for n in re.findall(r"se side (\d+)\)", page)]


def open_pdf(source: Path | IO[bytes]) -> PdfReader:
    return PdfReader(source if hasattr(source, "read") else str(source))
