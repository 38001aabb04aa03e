"""The small pieces of Word's XML that python-docx has no call for: fields (page numbers, a
table of contents), fixed column widths, rows kept whole and header rows."""
from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Length
from docx.table import Table, _Row
from docx.text.paragraph import Paragraph


def field(paragraph: Paragraph, code: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word and LibreOffice fill in when they lay out pages."""
    for kind, content in (("begin", ""), ("instr", f" {code} "), ("separate", ""),
                          ("text", "1"), ("end", "")):
        run = paragraph.add_run()
        if kind == "instr":
            instruction = OxmlElement("w:instrText")
            instruction.set(qn("xml:space"), "preserve")
            instruction.text = content
            run._r.append(instruction)
        elif kind == "text":
            run.text = content
        else:
            character = OxmlElement("w:fldChar")
            character.set(qn("w:fldCharType"), kind)
            run._r.append(character)


def field_start(paragraph: Paragraph, code: str) -> None:
    """The start of a Word field whose shown result follows in the next runs."""
    for kind in ("begin", "instr", "separate"):
        run = paragraph.add_run()
        if kind == "instr":
            instruction = OxmlElement("w:instrText")
            instruction.set(qn("xml:space"), "preserve")
            instruction.text = f" {code} "
            run._r.append(instruction)
        else:
            character = OxmlElement("w:fldChar")
            character.set(qn("w:fldCharType"), kind)
            run._r.append(character)


def field_end(paragraph: Paragraph) -> None:
    character = OxmlElement("w:fldChar")
    character.set(qn("w:fldCharType"), "end")
    paragraph.add_run()._r.append(character)


def set_widths(table: Table, relative: tuple[float, ...], available: Length) -> None:
    """Fixed column widths in proportion to *relative*, filling *available*."""
    table.autofit = False
    total = sum(relative)
    widths = [Length(int(available * share / total)) for share in relative]
    table_width = table._tbl.tblPr.find(qn("w:tblW"))
    table_width.set(qn("w:type"), "dxa")
    table_width.set(qn("w:w"), str(sum(int(w.twips) for w in widths)))
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width


def keep_whole(row: _Row) -> None:
    """Keep *row* on one page: a page break between rows, never inside one."""
    row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def repeat_header(row: _Row) -> None:
    """Mark *row* as a header row: Word repeats it on every page and screen readers announce it."""
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)
