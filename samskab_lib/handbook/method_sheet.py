"""A method card as a printable A4 worksheet: Word (to edit) and a one-page tagged PDF (to print).

Both show the same card: heading, summary, purpose, the facts table, every list (the lists of
steps numbered, as on the card's page), the case with its source, the template and room for notes.
"""
from __future__ import annotations

from ..print_pdf import PRINT_DIR
from ..print_typst import language_settings, string, typst_pdf
from ..texts import text
from ..word.blocks import Block
from .methods import LISTS, NUMBERED, Method, card_facts

BLANK_LINES = 4  # ruled lines under "Noter" to write on by hand
SHEET_STYLE = PRINT_DIR / "arbejdsark.typ"


def method_blocks(method: Method, source: str | None = None) -> list[Block]:
    """The card as blocks.

    *source* is the case example's reference as a reader should see it (the book passes the
    formatted bibliography entry); without it the bibliography key is shown.
    """
    blocks = [Block("heading", 1, method.title), Block("paragraph", text=method.summary),
              Block("heading", 2, text("methods.fields.purpose")),
              Block("paragraph", text=method.purpose),
              Block("facts", rows=tuple(card_facts(method))),
              Block("help", text=text("methods.time_note"))]
    for key in LISTS:
        blocks += [Block("heading", 2, text(f"methods.fields.{key}")),
                   Block("numbered" if key in NUMBERED else "bullets", items=getattr(method, key))]
    case_source = f"{text('methods.fields.case_source')}: {source or method.case.source}"
    return [*blocks, Block("heading", 2, text("methods.fields.case")),
            Block("paragraph", text=f"{method.case.text}\n{case_source}"),
            Block("heading", 2, text("methods.fields.template")),
            Block("paragraph", text=text(f"templates.{method.template}.title")),
            Block("heading", 2, text("methods.notes")), Block("paragraph", writing=BLANK_LINES)]


def method_docx(method: Method, source: str | None = None) -> bytes:
    """The card as the bytes of a ``.docx`` file; the same card gives the same bytes."""
    from ..word.writer import write_docx  # python-docx only when a file is made

    return write_docx(method_blocks(method, source), f"{text('methods.card')}: {method.title}",
                      method.summary)


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
