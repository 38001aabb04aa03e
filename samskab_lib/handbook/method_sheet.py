"""A method card as a printable A4 Word worksheet (Danish, with real headings and lists)."""
from __future__ import annotations

import io
import zipfile

from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from ..texts import text
from .methods import LISTS, Method, card_facts

A4 = (Cm(21.0), Cm(29.7))
MARGIN = Cm(2.0)
LANGUAGE = "da-DK"
_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
NUMBERED = ("how",)  # the one numbered list (Word continues numbering across lists)
BLANK_LINES = 4  # empty lines under "Noter" to write on by hand


def method_docx(method: Method, source: str | None = None) -> bytes:
    """The card as the bytes of a ``.docx`` file; the same card gives the same bytes.

    *source* is the case example's reference as a reader should see it (the book passes the
    formatted bibliography entry); without it the bibliography key is shown.
    """
    buffer = io.BytesIO()
    build_sheet(method, source).save(buffer)
    return _fixed_times(buffer.getvalue())


def build_sheet(method: Method, source: str | None = None) -> DocxDocument:
    """The card as a python-docx document on A4 paper in Danish."""
    doc = Document()
    _a4_danish(doc)
    doc.core_properties.title = f"{text('methods.card')}: {method.title}"
    doc.core_properties.language = LANGUAGE
    doc.add_heading(method.title, level=1)
    doc.add_paragraph(method.summary)
    doc.add_heading(text("methods.fields.purpose"), level=2)
    doc.add_paragraph(method.purpose)
    _facts_table(doc, method)
    for key in LISTS:
        doc.add_heading(text(f"methods.fields.{key}"), level=2)
        style = "List Number" if key in NUMBERED else "List Bullet"
        for item in getattr(method, key):
            doc.add_paragraph(item, style=style)
    doc.add_heading(text("methods.fields.case"), level=2)
    doc.add_paragraph(method.case.text)
    doc.add_paragraph(f"{text('methods.fields.case_source')}: {source or method.case.source}")
    doc.add_heading(text("methods.fields.template"), level=2)
    doc.add_paragraph(text(f"templates.{method.template}.title"))
    doc.add_heading(text("methods.notes"), level=2)
    for _ in range(BLANK_LINES):
        doc.add_paragraph("")
    return doc


def _facts_table(doc: DocxDocument, method: Method) -> None:
    rows = card_facts(method)
    table = doc.add_table(rows=len(rows), cols=2)
    table.style = doc.styles["Table Grid"]
    for row, (label, value) in zip(table.rows, rows):
        row.cells[0].text = ""
        row.cells[0].paragraphs[0].add_run(label).bold = True
        row.cells[1].text = value
    note = doc.add_paragraph().add_run(text("methods.time_note"))
    note.italic = True
    note.font.size = Pt(9)


def _a4_danish(doc: DocxDocument) -> None:
    """A4 portrait with 2 cm margins, and Danish as the language of every style."""
    section = doc.sections[0]
    section.page_width, section.page_height = A4
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, MARGIN)
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    run_properties = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    language = run_properties.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        run_properties.append(language)
    language.set(qn("w:val"), LANGUAGE)
    language.set(qn("w:eastAsia"), LANGUAGE)


def _fixed_times(docx_bytes: bytes) -> bytes:
    """Rewrite the zip with fixed entry times, so an unchanged card gives unchanged bytes."""
    source = zipfile.ZipFile(io.BytesIO(docx_bytes))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            target.writestr(zipfile.ZipInfo(entry.filename, date_time=_ZIP_EPOCH),
                            source.read(entry.filename), zipfile.ZIP_DEFLATED)
    return buffer.getvalue()
