"""A method card as a printable A4 worksheet: Word (to edit) and a one-page tagged PDF (to print).

Both show the same card: heading, summary, purpose, the facts table, every list, the case with
its source, the template and room for notes.
"""
from __future__ import annotations

import html

from docx import Document
from docx.document import Document as DocxDocument
from docx.shared import Cm, Pt

from ..print_pdf import PRINT_DIR, page, pdf_bytes
from ..texts import text
from ..word_basics import A4, docx_bytes, set_page, set_proofing_language, set_properties
from .methods import LISTS, Method, card_facts

MARGIN = Cm(2.0)
NUMBERED = ("how",)  # the one numbered list (Word continues numbering across lists)
BLANK_LINES = 4  # empty lines under "Noter" to write on by hand
SHEET_STYLE = PRINT_DIR / "arbejdsark.css"


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
    set_proofing_language(doc)
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
    for row, (label, value) in zip(table.rows, rows, strict=True):
        row.cells[0].text = ""
        row.cells[0].paragraphs[0].add_run(label).bold = True
        row.cells[1].text = value
    note = doc.add_paragraph().add_run(text("methods.time_note"))
    note.italic = True
    note.font.size = Pt(9)


def _html_list(items: tuple[str, ...], numbered: bool) -> str:
    tag = "ol" if numbered else "ul"
    return f"<{tag}>{''.join(f'<li>{html.escape(item)}</li>' for item in items)}</{tag}>"


def method_html(method: Method, source: str | None = None) -> str:
    """The card as one HTML document laid out for one A4 page (see ``arbejdsark.css``)."""
    facts = "".join(f'<tr><th scope="row">{html.escape(label)}</th><td>{html.escape(value)}</td></tr>'
                    for label, value in card_facts(method))
    lists = "".join(
        f'<section><h2>{html.escape(text(f"methods.fields.{key}"))}</h2>'
        f"{_html_list(getattr(method, key), key in NUMBERED)}</section>" for key in LISTS)
    case_source = html.escape(f"{text('methods.fields.case_source')}: {source or method.case.source}")
    body = (
        f'<header><p class="samskab-ark-type">{html.escape(text("methods.card"))}</p>'
        f"<h1>{html.escape(method.title)}</h1>"
        f'<p class="samskab-ark-resume">{html.escape(method.summary)}</p></header>'
        f'<div class="samskab-ark-top"><section><h2>{html.escape(text("methods.fields.purpose"))}'
        f"</h2><p>{html.escape(method.purpose)}</p></section>"
        f'<table><caption>{html.escape(text("methods.time_note"))}</caption>'
        f"<tbody>{facts}</tbody></table></div>"
        f'<div class="samskab-ark-spalter">{lists}'
        f'<section><h2>{html.escape(text("methods.fields.case"))}</h2>'
        f"<p>{html.escape(method.case.text)}</p><p class=\"samskab-ark-kilde\">{case_source}</p>"
        f'</section><section><h2>{html.escape(text("methods.fields.template"))}</h2>'
        f'<p>{html.escape(text(f"templates.{method.template}.title"))}</p></section></div>'
        f'<section class="samskab-ark-noter"><h2>{html.escape(text("methods.notes"))}</h2></section>')
    return page(f"{text('methods.card')}: {method.title}", body)


def method_pdf(method: Method, source: str | None = None) -> bytes:
    """The card as a one-page tagged A4 PDF."""
    return pdf_bytes(method_html(method, source), base_url=PRINT_DIR, stylesheets=[SHEET_STYLE])
