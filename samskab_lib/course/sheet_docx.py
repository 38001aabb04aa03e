"""The pack's instruction sheet as a Word document (A4), from the same Markdown as LAES-MIG.md.

Only the Markdown the sheet uses is read: ``#`` headings, paragraphs, ``-`` and ``1.`` lists,
``**bold**``, ``*italic*`` and ```code```, and fenced code blocks for commands.
"""
from __future__ import annotations

import re

import docx
from docx.shared import Cm, Mm
from docx.text.paragraph import Paragraph

from ..word_basics import A4, docx_bytes, set_page, set_proofing_language, set_properties

_INLINE = re.compile(r"(\*\*[^*]+\*\*|\*[^*]+\*|`[^`]+`)")
_ITEM = re.compile(r"^(?P<indent>\s*)(?P<mark>[-*]|\d+\.)\s+(?P<text>.*)$")


def sheet_docx(markdown: str) -> bytes:
    """*markdown* (the instruction sheet) as the bytes of an A4 Word document."""
    document = docx.Document()
    set_page(document.sections[0], A4, landscape=False, margin=Cm(2))
    set_proofing_language(document)
    title = next((line[2:] for line in markdown.splitlines() if line.startswith("# ")), "")
    set_properties(document, title)
    for block in _blocks(markdown):
        _add_block(document, block)
    return docx_bytes(document)


def _blocks(markdown: str) -> list[list[str]]:
    """The Markdown split into blocks: fenced code, headings, list items and paragraphs."""
    blocks: list[list[str]] = []
    current: list[str] = []
    fenced = False
    for line in markdown.splitlines():
        if line.startswith("```"):
            if fenced:
                blocks.append(["```", *current])
                current = []
            elif current:
                blocks.append(current)
                current = []
            fenced = not fenced
        elif fenced:
            current.append(line)
        elif not line.strip() or line.startswith("#") or _ITEM.match(line):
            if current:
                blocks.append(current)
            current = [line] if line.strip() else []
            if line.startswith("#"):
                blocks.append(current)
                current = []
        else:
            current.append(line)
    if current:
        blocks.append(current)
    return blocks


def _add_block(document: docx.document.Document, block: list[str]) -> None:
    first = block[0]
    if first == "```":
        paragraph = document.add_paragraph()
        run = paragraph.add_run("\n".join(block[1:]))
        run.font.name = "Courier New"
        return
    if first.startswith("#"):
        level = len(first) - len(first.lstrip("#"))
        document.add_heading(first.lstrip("#").strip(), level=min(level, 4) - 1 or 0)
        return
    item = _ITEM.match(first)
    if item:
        text = " ".join([item["text"], *(line.strip() for line in block[1:])])
        if item["mark"][0].isdigit():  # the number as written: Word's own numbering runs on
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.left_indent = Mm(8)
            paragraph.paragraph_format.first_line_indent = Mm(-6)
            _add_inline(paragraph, f"{item['mark']} {text}")
        else:
            _add_inline(document.add_paragraph(style="List Bullet"), text)
        return
    _add_inline(document.add_paragraph(), " ".join(line.strip() for line in block))


def _add_inline(paragraph: Paragraph, text: str) -> None:
    for part in _INLINE.split(text):
        if part.startswith("**") and part.endswith("**") and len(part) > 4:
            paragraph.add_run(part[2:-2]).bold = True
        elif part.startswith("`") and part.endswith("`") and len(part) > 2:
            paragraph.add_run(part[1:-1]).font.name = "Courier New"
        elif part.startswith("*") and part.endswith("*") and len(part) > 2:
            paragraph.add_run(part[1:-1]).italic = True
        elif part:
            paragraph.add_run(part)
