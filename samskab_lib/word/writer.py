"""The one Word writer: a list of blocks (:mod:`.blocks`) as a ``.docx`` file.

Templates, project folders, survey reports, method worksheets and the student pack's
instruction sheet are all written here. The document uses Word's built-in styles (Title,
Heading 1-9, List Bullet, Table Grid) of python-docx's default document, so it reads and edits
well in Word and LibreOffice and a screen reader finds its structure; the few settings of our
own (margins, sizes, the code font) are the constants below. Pages are A4 (A3 for a poster); a
table that needs it gets a landscape section of its own; every style is proofed in the current
language; the footer gives the title and "side 2 af 3". The same blocks give the same bytes.

``book/_static/forms/docx.js`` writes the same body for the browser's forms; a change here is
a change there (``tests/test_forms_js.py`` compares them).
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import Literal

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import Section
from docx.shared import Cm, Length, Pt
from docx.text.paragraph import Paragraph
from PIL import Image

from ..texts import text
from .basics import (
    docx_bytes,
    set_page,
    set_proofing_language,
    set_properties,
    update_fields_on_open,
)
from .blocks import Block, Span
from .ooxml import field, field_end, field_start, keep_whole, repeat_header, ruled, set_widths

PAPER_SIZES = {"A4": (210, 297), "A3": (297, 420)}  # width and height in mm, portrait
MARGIN = Cm(2)
POSTER_MARGIN = Cm(1.5)
COLUMN_GAP = Cm(1)
LINE = Cm(0.75)  # height of one handwritten line in a blank sheet
SMALL = Pt(8)
TABLE_TEXT = Pt(10)
# A poster is read on the wall from a step away: larger text that fills the A3 sheet.
POSTER_TEXT = Pt(11.5)
POSTER_TABLE_TEXT = Pt(11)
MAX_IMAGE_HEIGHT = Cm(13)  # the printed keys and, on a poster, the help texts
NUMBER_INDENT = Pt(18)  # a numbered item's text starts here; its number hangs to the left
CODE_FONT = "Courier New"
FACT_WIDTHS = (1.0, 2.0)  # label and value of a facts table


@dataclass(frozen=True)
class Page:
    """The paper a document is set on. A poster (more than one column) is one sheet: larger
    text, newspaper columns from the first heading that breaks to one, and no page numbers."""

    paper: Literal["A4", "A3"] = "A4"
    landscape: bool = False
    columns: int = 1


def write_docx(blocks: list[Block], title: str, subject: str = "", page: Page = Page(),
               update_fields: bool = False) -> bytes:
    """*blocks* as the bytes of a ``.docx`` file titled *title*; the same blocks give the same
    bytes. *update_fields* asks Word to update the table of contents when the file opens."""
    doc = Document()
    set_properties(doc, title, subject)
    set_proofing_language(doc)
    if update_fields:
        update_fields_on_open(doc)
    set_paper(doc.sections[0], page.paper, page.landscape)
    if page.columns == 1:
        add_footer(doc.sections[0], title)
    else:
        doc.styles["Normal"].font.size = POSTER_TEXT
    writer = _Writer(doc, page.columns)
    turned = _landscape_spans(blocks) if not page.landscape else {}
    for index, block in enumerate(blocks):
        if index in turned:
            set_paper(doc.add_section(WD_SECTION.NEW_PAGE), page.paper, True)
        if block.column_break and page.columns > 1:
            writer.next_column()
        writer.add(block)
        if index in turned.values() and index < len(blocks) - 1:  # no empty page at the end
            set_paper(doc.add_section(WD_SECTION.NEW_PAGE), page.paper, False)
    return docx_bytes(doc)


def add_footer(section: Section, title: str) -> None:
    """The document's title and "side 2 af 3" at the foot of every page (Word fields)."""
    paragraph = section.footer.paragraphs[0]
    pieces = re.split(r"(\{page\}|\{pages\})", text("template_render.footer", title=title,
                                                          page="{page}", pages="{pages}"))
    for piece in pieces:
        if piece in ("{page}", "{pages}"):
            field(paragraph, "PAGE" if piece == "{page}" else "NUMPAGES")
        elif piece:
            paragraph.add_run(piece).font.size = Pt(8)


def _landscape_spans(blocks: list[Block]) -> dict[int, int]:
    """For each table that needs a landscape page: index of its field heading -> its own index."""
    spans: dict[int, int] = {}
    for index, block in enumerate(blocks):
        if block.kind == "table" and block.landscape:
            start = max(i for i in range(index) if blocks[i].kind == "heading")
            spans[start] = index
    return spans


def set_paper(section: Section, paper: str, landscape: bool) -> None:
    """Set *section* to *paper* (A4, A3) in portrait or landscape, with the margins."""
    set_page(section, PAPER_SIZES[paper], landscape, POSTER_MARGIN if paper == "A3" else MARGIN)


class _Writer:
    """Adds blocks to the document, keeping track of the width a table may take."""

    def __init__(self, doc: DocxDocument, columns: int) -> None:
        self.doc = doc
        self.poster_columns = columns
        self.columns = 1
        names = ["List Bullet", "Table Grid", "Title", "TOC Heading",
                 *(f"Heading {n}" for n in range(1, 10))]
        self.styles = {name: doc.styles[name].style_id for name in names}
        self.pending_break = False

    def next_column(self) -> None:
        """Start the poster's newspaper columns, or move on to the next column."""
        if self.columns == 1:
            section = self.doc.add_section(WD_SECTION.CONTINUOUS)
            columns = section._sectPr.find(qn("w:cols"))
            if columns is None:
                columns = OxmlElement("w:cols")
                section._sectPr.append(columns)
            columns.set(qn("w:num"), str(self.poster_columns))
            columns.set(qn("w:space"), str(int(COLUMN_GAP.twips)))
            self.columns = self.poster_columns
        else:
            self.pending_break = True

    @property
    def width(self) -> Length:
        """The width text may take: the page's, or one poster column's."""
        section = self.doc.sections[-1]
        width, left, right = section.page_width, section.left_margin, section.right_margin
        assert width is not None and left is not None and right is not None  # set by set_page
        page = width - left - right
        return Length(int((page - COLUMN_GAP * (self.columns - 1)) / self.columns))

    @property
    def poster(self) -> bool:
        return self.poster_columns > 1

    def add(self, block: Block) -> None:
        if block.kind == "heading":
            paragraph = self._paragraph("", self.styles[f"Heading {min(block.level, 9)}"])
            if self.pending_break:
                paragraph.add_run().add_break(WD_BREAK.COLUMN)
                self.pending_break = False
            paragraph.paragraph_format.page_break_before = block.page_break or None
            paragraph.add_run(block.text)
        elif block.kind == "help":
            paragraph = self.doc.add_paragraph()
            paragraph.paragraph_format.keep_with_next = True  # stays with what it explains
            run = paragraph.add_run(block.text)
            run.italic = True
            if self.poster:
                run.font.size = SMALL
        elif block.kind == "paragraph":
            self._text(block)
        elif block.kind == "bullets":
            for number, item in enumerate(block.items):
                paragraph = self._paragraph(item if not block.rich else "", self.styles["List Bullet"])
                _add_spans(paragraph, block.rich[number] if block.rich else ())
                if block.writing:
                    ruled(paragraph)
        elif block.kind == "numbered":
            self._numbered(block)
        elif block.kind == "code":
            self.doc.add_paragraph().add_run(block.text).font.name = CODE_FONT
        elif block.kind == "title":
            self._paragraph(block.text, self.styles["Title"])
        elif block.kind == "toc":
            self._contents(block)
        elif block.kind == "image":
            self._image(block)
        elif block.kind == "facts":
            self._facts(block)
        else:
            self._table(block)

    def _text(self, block: Block) -> None:
        """A paragraph per line (or per rich entry), with ruled lines before or after it."""
        if block.writing:
            self._writing_lines(block.writing)
        if block.rich:
            for spans in block.rich:
                _add_spans(self.doc.add_paragraph(), spans)
        for line in block.text.split("\n") if block.text and not block.rich else []:
            self.doc.add_paragraph(line)
        if block.room:
            self._writing_lines(block.room)

    def _numbered(self, block: Block) -> None:
        """Each item with its number written, hanging left of the text (so every list starts
        at 1, as on the web page); small on a poster (the 18 keys)."""
        for number, item in enumerate(block.items, start=1):
            if block.rich:
                paragraph = self.doc.add_paragraph(f"{number}. ")
                _add_spans(paragraph, block.rich[number - 1])
            else:
                paragraph = self.doc.add_paragraph(f"{number}. {item}")
            layout = paragraph.paragraph_format
            if number < len(block.items):  # the last keeps the space before what follows
                layout.space_after = Pt(1)
            layout.left_indent = NUMBER_INDENT
            layout.first_line_indent = -NUMBER_INDENT
            if self.poster:
                for run in paragraph.runs:
                    run.font.size = SMALL

    def _contents(self, block: Block) -> None:
        """A table of contents on a page of its own: a Word TOC field over the level-1 headings.

        Its entries are written in already, so the contents read right before Word updates it.
        """
        heading = self._paragraph(block.text, self.styles["TOC Heading"])
        heading.paragraph_format.page_break_before = True
        for number, item in enumerate(block.items):
            paragraph = self.doc.add_paragraph()
            if number == 0:
                field_start(paragraph, 'TOC \\o "1-1" \\h \\z')
            paragraph.add_run(item)
            if number == len(block.items) - 1:
                field_end(paragraph)

    def _image(self, block: Block) -> None:
        """A chart the width of the text, its alt text as the picture's description."""
        paragraph = self.doc.add_paragraph()
        paragraph.paragraph_format.keep_with_next = True  # stays with the table of its numbers
        run = paragraph.add_run()
        with Image.open(io.BytesIO(block.image)) as picture:
            ratio = picture.height / picture.width
        if self.width * ratio > MAX_IMAGE_HEIGHT:  # a tall chart leaves room for its table
            run.add_picture(io.BytesIO(block.image), height=MAX_IMAGE_HEIGHT)
        else:
            run.add_picture(io.BytesIO(block.image), width=self.width)
        properties = run._r.find(".//" + qn("wp:docPr"))
        properties.set("descr", block.text)
        properties.set("title", block.source)

    def _paragraph(self, content: str, style_id: str) -> Paragraph:
        """Add a paragraph in the style *style_id*.

        Sets the style id directly: python-docx's lookup by name scans every style each time,
        which made rendering five times slower (see benchmarks/render_templates.py).
        """
        paragraph = self.doc.add_paragraph(content)
        paragraph._p.style = style_id
        return paragraph

    def _writing_lines(self, count: int) -> None:
        """Ruled lines to write on by hand, in a blank sheet, kept together on one page."""
        for number in range(count):
            paragraph = self.doc.add_paragraph()
            ruled(paragraph)
            paragraph.paragraph_format.keep_with_next = number < count - 1

    def _facts(self, block: Block) -> None:
        """Label and value in two columns, the labels bold, no header row."""
        table = self.doc.add_table(rows=len(block.rows), cols=2)
        table._tbl.tblPr.style = self.styles["Table Grid"]
        set_widths(table, FACT_WIDTHS, self.width)
        for row, (label, value) in zip(table.rows, block.rows, strict=True):
            keep_whole(row)
            row.cells[0].paragraphs[0].add_run(label).bold = True
            row.cells[1].paragraphs[0].add_run(value)
        self._spacer()

    def _table(self, block: Block) -> None:
        empty = ("",) * len(block.headers)
        rows = [*block.rows, *([empty] * block.room), *([block.footer] if block.footer else [])]
        table = self.doc.add_table(rows=1 + len(rows), cols=len(block.headers))
        table._tbl.tblPr.style = self.styles["Table Grid"]
        set_widths(table, block.widths, self.width)
        for index, (cell, header) in enumerate(zip(table.rows[0].cells, block.headers, strict=True)):
            paragraph = cell.paragraphs[0]
            paragraph.add_run(header).bold = True
            if block.numeric[index]:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        repeat_header(table.rows[0])
        for index, values in enumerate(rows, start=1):
            is_footer = bool(block.footer) and index == len(rows)
            row = table.rows[index]
            if block.writing:
                row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
                row.height = LINE * block.writing
            keep_whole(row)
            for column, (cell, value) in enumerate(zip(row.cells, values, strict=False)):
                paragraph = cell.paragraphs[0]
                for number, line in enumerate(value.split("\n")):
                    if number:
                        paragraph = cell.add_paragraph()
                    run = paragraph.add_run(line)
                    run.bold = is_footer
                    run.font.size = POSTER_TABLE_TEXT if self.poster else TABLE_TEXT
                    if block.numeric[column]:
                        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        self._spacer()

    def _spacer(self) -> None:
        """A small empty paragraph that keeps a following table apart."""
        spacer = self.doc.add_paragraph().paragraph_format
        spacer.line_spacing = spacer.space_after = Pt(6)


def _add_spans(paragraph: Paragraph, spans: tuple[Span, ...]) -> None:
    """Add *spans* to *paragraph*, each a run with its emphasis."""
    for span in spans:
        run = paragraph.add_run(span.text)
        run.bold = span.bold or None
        run.italic = span.italic or None
        if span.code:
            run.font.name = CODE_FONT
