"""A method card as a printable A4 Word worksheet (Danish, with real headings and lists)."""
from __future__ import annotations

from docx import Document
from docx.document import Document as DocxDocument
from docx.shared import Cm, Pt

from ..texts import text
from ..word_basics import A4, docx_bytes, set_danish, set_page, set_properties
from .methods import LISTS, Method, card_facts

MARGIN = Cm(2.0)
NUMBERED = ("how",)  # the one numbered list (Word continues numbering across lists)
BLANK_LINES = 4  # empty lines under "Noter" to write on by hand


def method_docx(method: Method, source: str | None = None) -> bytes:
    """The card as the bytes of a ``.docx`` file; the same card gives the same bytes.

    *source* is the case example's reference as a reader should see it (the book passes the
    formatted bibliography entry); without it the bibliography key is shown.
    """
    return docx_bytes(build_sheet(method, source))


def build_sheet(method: Method, source: str | None = None) -> DocxDocument:
    """The card as a python-docx document on A4 paper in Danish."""
    doc = Document()
    set_page(doc.sections[0], A4, landscape=False, margin=MARGIN)
    set_danish(doc)
    set_properties(doc, f"{text('methods.card')}: {method.title}", method.summary)
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
