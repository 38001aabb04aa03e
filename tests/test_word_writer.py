"""The one Word writer: blocks in, a .docx out, read back as its XML (page, language, numbering)."""
from __future__ import annotations

import io
import re
import zipfile

import pytest
from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.shared import Pt

from samskab_lib.texts import language_scope, text
from samskab_lib.word.blocks import Block, Span
from samskab_lib.word.markdown import markdown_blocks
from samskab_lib.word.writer import Page, write_docx


def _part(data: bytes, name: str = "word/document.xml") -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as docx:
        return docx.read(name).decode("utf-8")


def _doc(data: bytes) -> DocxDocument:
    return Document(io.BytesIO(data))


def _paragraphs(xml: str) -> list[str]:
    """Each paragraph's text, runs joined."""
    return ["".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p))
            for p in re.findall(r"<w:p\b.*?</w:p>|<w:p/>", xml)]


STEPS = [Block("heading", 1, "Sådan gør I"), Block("numbered", items=("Inviter", "Hold mødet")),
         Block("heading", 2, "Drejebog"), Block("numbered", items=("Velkomst", "Runde", "Tak"))]


def test_page_is_a4_portrait_with_two_centimetre_margins() -> None:
    body = _part(write_docx(STEPS, "Prøve"))
    assert '<w:pgSz w:w="11906" w:h="16838"/>' in body
    assert re.search(r'<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134"', body)


def test_a3_landscape_page_is_turned() -> None:
    body = _part(write_docx(STEPS, "Plakat", page=Page("A3", landscape=True)))
    assert '<w:pgSz w:w="23811" w:h="16838" w:orient="landscape"/>' in body


@pytest.mark.parametrize(("language", "code"), [("da", "da-DK"), ("nb", "nb-NO")])
def test_every_style_is_proofed_in_the_documents_language(language: str, code: str) -> None:
    with language_scope(language):
        styles = _part(write_docx(STEPS, "Prøve"), "word/styles.xml")
    style_count = styles.count("<w:style ")
    assert style_count > 10
    languages = re.findall(r'<w:lang w:val="([^"]+)"', styles)
    assert languages == [code] * (style_count + 1)  # the document defaults and every style


def test_each_numbered_list_starts_at_one_with_the_number_hanging() -> None:
    body = _part(write_docx(STEPS, "Prøve"))
    assert _paragraphs(body)[:7] == ["Sådan gør I", "1. Inviter", "2. Hold mødet", "Drejebog",
                                     "1. Velkomst", "2. Runde", "3. Tak"]
    numbered = [p for p in _doc(write_docx(STEPS, "Prøve")).paragraphs if p.text[:1].isdigit()]
    assert {p.style.style_id for p in numbered} == {"NumberedItem"}
    layout = numbered[0].style.paragraph_format
    assert (layout.left_indent, layout.first_line_indent) == (Pt(18), -Pt(18))
    # no space between the items of a list; the last keeps its space before what follows
    assert numbered[0].style.element.pPr.find(qn("w:contextualSpacing")) is not None
    assert "<w:numPr>" not in body  # numbers written, not Word's list numbering that runs on


def test_footer_gives_the_title_and_page_fields() -> None:
    data = write_docx(STEPS, "Prøve")
    footer = _part(data, "word/footer1.xml")
    assert "Prøve" in footer and " PAGE " in footer and " NUMPAGES " in footer


def test_a_poster_has_no_footer_larger_text_and_small_numbered_items() -> None:
    data = write_docx(STEPS, "Plakat", page=Page("A3", columns=4))
    assert "word/footer1.xml" not in zipfile.ZipFile(io.BytesIO(data)).namelist()
    poster, sheet = _doc(data), _doc(write_docx(STEPS, "Ark"))
    sizes = {style: poster.styles[style].font.size for style in ("Normal", "Nummereret punkt")}
    assert sizes == {"Normal": Pt(11.5), "Nummereret punkt": Pt(8)}
    assert sheet.styles["Normal"].font.size is None
    assert sheet.styles["Nummereret punkt"].font.size is None


def test_facts_are_two_columns_with_bold_labels_and_no_header_row() -> None:
    body = _part(write_docx([Block("facts", rows=(("Tid", "2 timer"), ("Antal", "8-12")))], "F"))
    assert "<w:tblHeader" not in body
    assert _paragraphs(body)[:4] == ["Tid", "2 timer", "Antal", "8-12"]
    assert body.count("<w:b/>") == 2


def test_blank_paragraph_gives_ruled_lines_to_write_on() -> None:
    doc = _doc(write_docx([Block("paragraph", writing=4)], "Noter"))
    lines = [p for p in doc.paragraphs if p.style.style_id == "WritingLine"]
    assert len(lines) == 4
    borders = lines[0].style.element.pPr.find(qn("w:pBdr"))
    assert borders.find(qn("w:bottom")).get(qn("w:val")) == "single"
    assert [line.paragraph_format.keep_with_next for line in lines] == [True, True, True, None]


def test_rich_text_keeps_bold_italic_and_code() -> None:
    rich = ((Span("Kapitel: ", bold=True), Span("4"), Span(" kør "), Span("make", code=True)),)
    body = _part(write_docx([Block("paragraph", text="x", rich=rich)], "R"))
    assert '<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Kapitel: </w:t></w:r>' in body
    assert '<w:rStyle w:val="CodeChar"/></w:rPr><w:t>make</w:t>' in body
    assert _doc(write_docx([Block("paragraph", text="x", rich=rich)], "R")).styles[
        "Kodetegn"].font.name == "Courier New"


def test_the_same_blocks_give_the_same_bytes() -> None:
    assert write_docx(STEPS, "Prøve") == write_docx(STEPS, "Prøve")


def test_markdown_becomes_title_headings_lists_code_and_spans() -> None:
    blocks = markdown_blocks(
        "# Øvelser\n\nLæs **kapitel 4** og *noter*.\n\n## Opgave\n\n1. Åbn `hjemmebesoeg.ipynb`\n"
        "2. Skriv\n   svaret\n\n- Se [bogen](https://eksempel.dk/bog)\n\n```\nsamskab elevpakke\n```\n")
    assert [(b.kind, b.level) for b in blocks] == [
        ("title", 0), ("paragraph", 0), ("heading", 1), ("numbered", 0), ("bullets", 0), ("code", 0)]
    assert blocks[1].rich == ((Span("Læs "), Span("kapitel 4", bold=True), Span(" og "),
                               Span("noter", italic=True), Span(".")),)
    assert blocks[3].items == ("Åbn hjemmebesoeg.ipynb", "Skriv svaret")
    assert blocks[3].rich[0][1] == Span("hjemmebesoeg.ipynb", code=True)
    assert blocks[4].items == ("Se bogen (https://eksempel.dk/bog)",)
    assert blocks[5].text == "samskab elevpakke"


def test_markdown_sheet_numbers_its_list_as_written_in_word() -> None:
    data = write_docx(markdown_blocks("# Ark\n\n1. Læs casen.\n2. Skriv svaret.\n"), "Ark")
    assert _paragraphs(_part(data))[:3] == ["Ark", "1. Læs casen.", "2. Skriv svaret."]


def test_footer_text_comes_from_the_catalogue() -> None:
    footer = _part(write_docx(STEPS, "Prøve"), "word/footer1.xml")
    before_page = text("template_render.footer", title="Prøve", page="{page}", pages="{pages}")
    assert before_page.split("{page}")[0] in footer
