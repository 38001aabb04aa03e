"""The one Word writer: a list of blocks (:mod:`.blocks`) as a ``.docx`` file.

Templates, project folders, survey reports, method worksheets and the student pack's
instruction sheet are all written here. Every document starts from ``reference.docx`` beside
this module: its styles give the look (Word's built-in Title, Heading 1-9, List Bullet, Table
Grid and Footer, and the library's own: help text, table text, writing lines, numbered items,
the space after a table, code). To change how the files look, edit the styles in that file in
Word or LibreOffice (``tests/test_word_reference.py`` names what the writer needs of it). The
page is the writer's: every section gets its paper and margins from :data:`PAPER_SIZES` and
:data:`MARGIN`. The body only names styles, apart from bold header cells,
right-aligned numbers and fixed column widths. A poster is A3 with larger text
(:data:`POSTER_SIZES`); a table that needs it gets a landscape section of its own; every style
is proofed and the library's styles are named in the current language; the footer gives the
title and "side 2 af 3". The same blocks give the same bytes.

``book/_static/forms/docx.js`` writes the same body for the browser's forms; a change here is
a change there (``tests/test_forms_js.py`` compares them).
"""
from __future__ import annotations

import io
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
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
from docx.styles.style import ParagraphStyle
from docx.table import _Cell
from docx.text.paragraph import Paragraph
from PIL import Image

from ..texts import text
from .basics import (
    docx_bytes,
    set_page,
    set_proofing_language,
    set_properties,
    set_style_names,
    update_fields_on_open,
)
from .blocks import Block, Span
from .ooxml import field, field_end, field_start, keep_whole, repeat_header, set_widths

REFERENCE = Path(__file__).with_name("reference.docx")
#: The style ids of reference.docx the body names.
STYLE_IDS = ("Title", "TOCHeading", *(f"Heading{n}" for n in range(1, 10)), "ListBullet",
             "TableGrid", "HelpText", "TableText", "WritingLine", "WritingBullet", "NumberedItem",
             "TableSpacer", "Code", "CodeChar")
PAPER_SIZES = {"A4": (210, 297), "A3": (297, 420)}  # width and height in mm, portrait
MARGIN = Cm(2)
POSTER_MARGIN = Cm(1.5)
COLUMN_GAP = Cm(1)
LINE = Cm(0.75)  # height of one handwritten line in a blank sheet
# A poster is read on the wall from a step away: larger text that fills the A3 sheet, and
# small print for the printed keys and the help texts. Style id -> text size.
POSTER_SIZES = {"Normal": Pt(11.5), "TableText": Pt(11), "HelpText": Pt(8), "NumberedItem": Pt(8)}
MAX_IMAGE_HEIGHT = Cm(13)
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
    doc = Document(str(REFERENCE))
    set_properties(doc, title, subject)
    set_proofing_language(doc)
    set_style_names(doc)
    if update_fields:
        update_fields_on_open(doc)
    set_paper(doc.sections[0], page.paper, page.landscape)
    if page.columns == 1:
        add_footer(doc.sections[0], title)
    else:
        set_sizes(doc, POSTER_SIZES)
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
            paragraph.add_run(piece)


def set_sizes(doc: DocxDocument, sizes: Mapping[str, Length]) -> None:
    """Set the text size of each paragraph style in *sizes* (style id -> size)."""
    for style_id, size in sizes.items():
        ParagraphStyle(doc.styles.element.get_by_id(style_id)).font.size = size


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

    def add(self, block: Block) -> None:
        if block.kind == "heading":
            paragraph = self._paragraph("", f"Heading{min(block.level, 9)}")
            if self.pending_break:
                paragraph.add_run().add_break(WD_BREAK.COLUMN)
                self.pending_break = False
            paragraph.paragraph_format.page_break_before = block.page_break or None
            paragraph.add_run(block.text)
        elif block.kind == "help":
            self._paragraph(block.text, "HelpText")  # kept with what it explains
        elif block.kind == "paragraph":
            self._text(block)
        elif block.kind == "bullets":
            style_id = "WritingBullet" if block.writing else "ListBullet"
            for number, item in enumerate(block.items):
                paragraph = self._paragraph(item if not block.rich else "", style_id)
                _add_spans(paragraph, block.rich[number] if block.rich else ())
        elif block.kind == "numbered":
            self._numbered(block)
        elif block.kind == "code":
            self._paragraph(block.text, "Code")
        elif block.kind == "title":
            self._paragraph(block.text, "Title")
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
        at 1, as on the web page)."""
        for number, item in enumerate(block.items, start=1):
            if block.rich:
                paragraph = self._paragraph(f"{number}. ", "NumberedItem")
                _add_spans(paragraph, block.rich[number - 1])
            else:
                self._paragraph(f"{number}. {item}", "NumberedItem")

    def _contents(self, block: Block) -> None:
        """A table of contents on a page of its own: a Word TOC field over the level-1 headings.

        Its entries are written in already, so the contents read right before Word updates it.
        """
        heading = self._paragraph(block.text, "TOCHeading")
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
        *style_id* is one of :data:`STYLE_IDS`.
        """
        paragraph = self.doc.add_paragraph(content)
        paragraph._p.style = style_id
        return paragraph

    def _writing_lines(self, count: int) -> None:
        """Ruled lines to write on by hand, in a blank sheet, kept together on one page."""
        for number in range(count):
            paragraph = self._paragraph("", "WritingLine")
            if number < count - 1:
                paragraph.paragraph_format.keep_with_next = True

    def _facts(self, block: Block) -> None:
        """Label and value in two columns, the labels bold, no header row."""
        table = self.doc.add_table(rows=len(block.rows), cols=2)
        table._tbl.tblPr.style = "TableGrid"
        set_widths(table, FACT_WIDTHS, self.width)
        for row, (label, value) in zip(table.rows, block.rows, strict=True):
            keep_whole(row)
            _cell_paragraph(row.cells[0]).add_run(label).bold = True
            _cell_paragraph(row.cells[1]).add_run(value)
        self._spacer()

    def _table(self, block: Block) -> None:
        empty = ("",) * len(block.headers)
        rows = [*block.rows, *([empty] * block.room), *([block.footer] if block.footer else [])]
        table = self.doc.add_table(rows=1 + len(rows), cols=len(block.headers))
        table._tbl.tblPr.style = "TableGrid"
        set_widths(table, block.widths, self.width)
        for index, (cell, header) in enumerate(zip(table.rows[0].cells, block.headers, strict=True)):
            paragraph = _cell_paragraph(cell)
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
                paragraph = _cell_paragraph(cell)
                for number, line in enumerate(value.split("\n")):
                    if number:
                        paragraph = _cell_paragraph(cell, new=True)
                    run = paragraph.add_run(line)
                    if is_footer:
                        run.bold = True
                    if block.numeric[column]:
                        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        self._spacer()

    def _spacer(self) -> None:
        """A small empty paragraph that keeps a following table apart."""
        self._paragraph("", "TableSpacer")


def _add_spans(paragraph: Paragraph, spans: tuple[Span, ...]) -> None:
    """Add *spans* to *paragraph*, each a run with its emphasis."""
    for span in spans:
        run = paragraph.add_run(span.text)
        run.bold = span.bold or None
        run.italic = span.italic or None
        if span.code:
            run._r.style = "CodeChar"


def _cell_paragraph(cell: _Cell, new: bool = False) -> Paragraph:
    """The cell's first paragraph (or, if *new*, one more) in the table text style."""
    paragraph = cell.add_paragraph() if new else cell.paragraphs[0]
    paragraph._p.style = "TableText"
    return paragraph
