"""A method card as a printable A4 worksheet: Word (to edit) and a one-page tagged PDF (to print).

Both show the same card: heading, summary, purpose, the facts table, every list, the case with
its source, the template and room for notes.
"""
from __future__ import annotations

from docx import Document
from docx.document import Document as DocxDocument
from docx.shared import Cm, Pt

from ..print_pdf import PRINT_DIR
from ..print_typst import language_settings, string, typst_pdf
from ..texts import text
from ..word_basics import A4, docx_bytes, set_page, set_proofing_language, set_properties
from .methods import LISTS, Method, card_facts

MARGIN = Cm(2.0)
NUMBERED = ("how",)  # the one numbered list (Word continues numbering across lists)
BLANK_LINES = 4  # empty lines under "Noter" to write on by hand
SHEET_STYLE = PRINT_DIR / "arbejdsark.typ"


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


def _typst_list(items: tuple[str, ...], numbered: bool) -> str:
    return f"#{'enum' if numbered else 'list'}({', '.join(string(item) for item in items)})"


def method_typst(method: Method, source: str | None = None) -> str:
    """The card as Typst markup for one A4 page (the layout is ``arbejdsark.typ``)."""
    facts = ", ".join(f"strong({string(label)}), {string(value)}"
                      for label, value in card_facts(method))
    lists = "\n".join(
        f"== #{string(text(f'methods.fields.{key}'))}\n{_typst_list(getattr(method, key), key in NUMBERED)}"
        for key in LISTS)
    case_source = f"{text('methods.fields.case_source')}: {source or method.case.source}"
    header = f"= #{string(method.title)}\n#emph(text(size: 9pt, {string(method.summary)}))"
    top = (f"grid(columns: (1fr, 1fr), gutter: 5mm, [== #{string(text('methods.fields.purpose'))}\n"
           f"#{string(method.purpose)}], figure(table(columns: (auto, 1fr), {facts}), caption: "
           f"figure.caption(position: top, {string(text('methods.time_note'))}), numbering: none))")
    rest = (f"{lists}\n== #{string(text('methods.fields.case'))}\n#{string(method.case.text)}\n\n"
            f"#text(size: 6.5pt, {string(case_source)})\n"
            f"== #{string(text('methods.fields.template'))}\n"
            f"#{string(text(f'templates.{method.template}.title'))}")
    title = f"{text('methods.card')}: {method.title}"
    return (f"{language_settings()}#set document(title: {string(title)})\n"
            f"{SHEET_STYLE.read_text(encoding='utf-8')}\n"
            f"#sheet({string(text('methods.card'))}, [{header}], {top}, [{rest}], "
            f"{string(text('methods.notes'))})\n")


def method_pdf(method: Method, source: str | None = None) -> bytes:
    """The card as a one-page tagged A4 PDF."""
    return typst_pdf(method_typst(method, source), PRINT_DIR)
