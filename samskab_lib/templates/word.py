"""Render a filled (or blank) template as a Word document with real headings and tables.

The document uses Word's built-in styles (Heading 1-4, List Bullet, Table Grid), so it
reads and edits well in Word and LibreOffice, and a screen reader finds its structure.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from .definitions import Filled
from .markdown_html import Block, document

_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)

WIDE_TABLE = 5  # tables with more columns than this turn the page to landscape
BLANK_LINES = 2  # empty paragraphs under an empty text field, room to write by hand


def to_docx(filled: Filled, show_help: bool | None = None) -> bytes:
    """The template as the bytes of a ``.docx`` file; the same input gives the same bytes."""
    doc = build_docx(filled, show_help)
    buffer = io.BytesIO()
    doc.save(buffer)
    return _reproducible(buffer.getvalue())


def _reproducible(docx_bytes: bytes) -> bytes:
    """Rewrite the .docx zip with fixed entry times, so unchanged content is unchanged bytes.

    Repeated builds then leave the book's downloads (and the pages that link them) untouched.
    """
    source = zipfile.ZipFile(io.BytesIO(docx_bytes))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            fixed = zipfile.ZipInfo(entry.filename, date_time=_ZIP_EPOCH)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(entry.filename))
    return buffer.getvalue()


def save_docx(filled: Filled, path: str | Path, show_help: bool | None = None) -> Path:
    """Write the template as a Word document to *path* (overwrites; callers check first)."""
    path = Path(path)
    path.write_bytes(to_docx(filled, show_help))
    return path


def build_docx(filled: Filled, show_help: bool | None = None) -> DocxDocument:
    """The template as a python-docx document, for callers that add to it."""
    doc = Document()
    doc.core_properties.title = filled.template.title
    doc.core_properties.language = "da-DK"
    blocks = document(filled, show_help)
    if any(b.kind == "table" and len(b.headers) > WIDE_TABLE for b in blocks):
        _landscape(doc)
    blank = filled.is_blank
    names = ["List Bullet", "Table Grid", *(f"Heading {n}" for n in range(1, 10))]
    styles = {name: doc.styles[name].style_id for name in names}
    for block in blocks:
        _add(doc, block, blank, styles)
    return doc


def _add(doc: DocxDocument, block: Block, blank: bool, styles: dict[str, str]) -> None:
    if block.kind == "heading":
        _paragraph(doc, block.text, styles[f"Heading {min(block.level, 9)}"])
    elif block.kind == "help":
        run = doc.add_paragraph().add_run(block.text)
        run.italic = True
    elif block.kind == "paragraph":
        for line in (block.text.split("\n") if block.text else [""] * (BLANK_LINES if blank else 0)):
            doc.add_paragraph(line)
    elif block.kind == "bullets":
        for item in block.items:
            _paragraph(doc, item, styles["List Bullet"])
    else:
        _table(doc, block, styles["Table Grid"])


def _paragraph(doc: DocxDocument, content: str, style_id: str) -> None:
    """Add a paragraph in the style *style_id*.

    Sets the style id directly: python-docx's lookup by name scans every style each time,
    which made rendering five times slower (see benchmarks/render_templates.py).
    """
    paragraph = doc.add_paragraph(content)
    paragraph._p.style = style_id


def _table(doc: DocxDocument, block: Block, style_id: str) -> None:
    rows = list(block.rows) + ([block.footer] if block.footer else [])
    table = doc.add_table(rows=1 + len(rows), cols=len(block.headers))
    table._tbl.tblPr.style = style_id
    for cell, header in zip(table.rows[0].cells, block.headers):
        cell.text = ""
        run = cell.paragraphs[0].add_run(header)
        run.bold = True
    _repeat_header(table.rows[0])
    for index, values in enumerate(rows, start=1):
        is_footer = bool(block.footer) and index == len(rows)
        for cell, value in zip(table.rows[index].cells, values):
            lines = value.split("\n")
            cell.text = ""
            paragraph = cell.paragraphs[0]
            for number, line in enumerate(lines):
                if number:
                    paragraph = cell.add_paragraph()
                run = paragraph.add_run(line)
                run.bold = is_footer
                run.font.size = Pt(10)
    doc.add_paragraph()


def _repeat_header(row) -> None:  # type: ignore[no-untyped-def]
    """Mark *row* as a header row: Word repeats it on every page and screen readers announce it."""
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _landscape(doc: DocxDocument) -> None:
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
