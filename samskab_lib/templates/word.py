"""Render a filled (or blank) template as a Word document in Danish municipal form.

The document uses Word's built-in styles (Heading 1-4, List Bullet, Table Grid), so it reads
and edits well in Word and LibreOffice and a screen reader finds its structure. Pages are A4
(A3 for a poster, as the template's definition says); a table that needs it gets a landscape
section of its own; every style is proofed as Danish; the book is the author and the template
the title. The same input gives the same bytes.
"""
from __future__ import annotations

import io
import re
from pathlib import Path

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
from ..word_basics import docx_bytes, set_page, set_proofing_language, set_properties
from .definitions import PAPER_SIZES, Filled
from .markdown_html import Block, document
from .word_xml import field, field_end, field_start, keep_whole, repeat_header, ruled, set_widths

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


def to_docx(filled: Filled, show_help: bool | None = None) -> bytes:
    """The template as the bytes of a ``.docx`` file; the same input gives the same bytes."""
    return docx_bytes(build_docx(filled, show_help))


def save_docx(filled: Filled, path: str | Path, show_help: bool | None = None) -> Path:
    """Write the template as a Word document to *path* (overwrites; callers check first)."""
    path = Path(path)
    path.write_bytes(to_docx(filled, show_help))
    return path


def build_docx(filled: Filled, show_help: bool | None = None) -> DocxDocument:
    """The template as a python-docx document, for callers that add to it."""
    template = filled.template
    doc = Document()
    set_properties(doc, template.title, template.purpose)
    set_proofing_language(doc)
    landscape = template.orientation == "liggende"
    set_paper(doc.sections[0], template.paper, landscape)
    if template.columns == 1:  # a poster is one sheet: no page numbers
        add_footer(doc.sections[0], template.title)
    else:
        doc.styles["Normal"].font.size = POSTER_TEXT
    write_blocks(doc, document(filled, show_help), template.paper, landscape, template.columns)
    return doc


def write_blocks(doc: DocxDocument, blocks: list[Block], paper: str = "A4",
                 landscape: bool = False, columns: int = 1) -> None:
    """Add *blocks* to *doc*; a table that needs it gets a landscape section of its own.

    Also writes documents made of several templates (a project folder's chapters).
    """
    writer = _Writer(doc, columns)
    turned = _landscape_spans(blocks) if not landscape else {}
    for index, block in enumerate(blocks):
        if index in turned:
            set_paper(doc.add_section(WD_SECTION.NEW_PAGE), paper, True)
        if block.column_break and columns > 1:
            writer.next_column()
        writer.add(block)
        if index in turned.values() and index < len(blocks) - 1:  # no empty page at the end
            set_paper(doc.add_section(WD_SECTION.NEW_PAGE), paper, False)


def blocks_docx(blocks: list[Block], title: str, subject: str = "") -> bytes:
    """Any list of blocks (a questionnaire, a report) as an A4 Word file in Danish, with the
    same styles, page numbers and reproducible bytes as a template."""
    doc = Document()
    set_properties(doc, title, subject)
    set_proofing_language(doc)
    set_paper(doc.sections[0], "A4", False)
    add_footer(doc.sections[0], title)
    write_blocks(doc, blocks)
    return docx_bytes(doc)


def add_footer(section: Section, title: str) -> None:
    """The template's title and "side 2 af 3" at the foot of every page (Word fields)."""
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
    """Set *section* to *paper* (A4, A3) in portrait or landscape, with Danish margins."""
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
            if self.poster_columns > 1:
                run.font.size = SMALL
        elif block.kind == "paragraph":
            if block.writing:
                self._writing_lines(block.writing)
            for line in block.text.split("\n") if block.text else []:
                self.doc.add_paragraph(line)
            if block.room:
                self._writing_lines(block.room)
        elif block.kind == "bullets":
            for item in block.items:
                paragraph = self._paragraph(item, self.styles["List Bullet"])
                if block.writing:
                    ruled(paragraph)
        elif block.kind == "title":
            self._paragraph(block.text, self.styles["Title"])
        elif block.kind == "toc":
            self._contents(block)
        elif block.kind == "numbered":
            for number, item in enumerate(block.items, start=1):
                paragraph = self.doc.add_paragraph(f"{number}. {item}")
                paragraph.paragraph_format.space_after = Pt(1)
                for run in paragraph.runs:
                    run.font.size = SMALL
        elif block.kind == "image":
            self._image(block)
        else:
            self._table(block)

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
                    run.font.size = POSTER_TABLE_TEXT if self.poster_columns > 1 else TABLE_TEXT
                    if block.numeric[column]:
                        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        spacer = self.doc.add_paragraph().paragraph_format  # keeps a following table apart
        spacer.line_spacing = spacer.space_after = Pt(6)
