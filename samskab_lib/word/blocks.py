"""The one block model every document the library writes is drawn from.

A template, a project folder, a survey report, a method worksheet and the student pack's
instruction sheet are each a list of :class:`Block`; Word (:mod:`samskab_lib.word.writer`),
Markdown and HTML (:mod:`samskab_lib.templates.markdown_html`) draw the same list, and the
browser's forms build and write the same blocks (``book/_static/forms/docx.js``).
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    """A piece of a paragraph or list item with its emphasis (text written in Markdown)."""

    text: str
    bold: bool = False
    italic: bool = False
    code: bool = False


@dataclass(frozen=True)
class Block:
    """One piece of a document: a heading, a paragraph, a list, a table, a picture.

    ``kind`` is one of :data:`KINDS`. The layout fields matter on paper only (Word): ``widths``
    and ``numeric`` per table column, ``writing`` the rows or lines left for handwriting in a
    blank sheet, ``room`` the empty rows (table) or ruled lines (paragraph) a filled poster keeps
    after its content, so the sheet still has the blank one's room to write (Markdown leaves it
    out), ``landscape`` for a table that needs a landscape page, ``column_break`` for a heading
    that starts a new column on a poster, ``page_break`` for a heading that starts a new page.
    ``rich`` is the text with its emphasis, one tuple of spans for a paragraph or per list item;
    when given, Word draws it instead of ``text`` or ``items``.
    """

    kind: str
    level: int = 0
    text: str = ""
    items: tuple[str, ...] = ()
    headers: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    footer: tuple[str, ...] = ()
    widths: tuple[float, ...] = ()
    numeric: tuple[bool, ...] = ()
    writing: int = 0
    room: int = 0
    landscape: bool = False
    column_break: bool = False
    page_break: bool = False
    image: bytes = b""  # an "image" block's PNG; its alt text is ``text``, its file name ``source``
    source: str = ""
    rich: tuple[tuple[Span, ...], ...] = ()


#: What each kind is: a heading (``level``), a paragraph (with ruled lines to write on), a
#: help text (italic), a bulleted or a numbered list (``items``; numbers written, from 1), a
#: table (``headers`` over ``rows``), two columns of facts (``rows`` of label and value, the
#: labels bold), a code block (``text``, monospace), the document's title, a table of contents
#: over the level-1 headings, and a picture.
KINDS = ("heading", "paragraph", "help", "bullets", "numbered", "table", "facts", "code",
         "title", "toc", "image")
