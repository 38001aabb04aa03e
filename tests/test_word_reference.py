"""What the Word writer needs of reference.docx, the file that gives every Word file its look:
the styles the body names, the library's own styles named in each language, an A4 page, and
no content of its own. Whoever restyles the file in Word or LibreOffice keeps these."""
from __future__ import annotations

import io

import pytest
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Pt

from samskab_lib.texts import language_scope, languages, texts_under
from samskab_lib.word.blocks import Block
from samskab_lib.word.writer import REFERENCE, STYLE_IDS, write_docx

LIBRARY_STYLES = {"HelpText", "TableText", "WritingLine", "WritingBullet", "NumberedItem",
                  "TableSpacer", "Code", "CodeChar"}


@pytest.fixture(scope="module")
def reference():
    return Document(str(REFERENCE))


def test_every_style_the_body_names_is_in_the_reference_with_its_kind(reference) -> None:
    styles = {style.style_id: style.type for style in reference.styles}
    kinds = {style_id: styles.get(style_id) for style_id in STYLE_IDS}
    expected = {style_id: WD_STYLE_TYPE.PARAGRAPH for style_id in STYLE_IDS}
    expected.update(CodeChar=WD_STYLE_TYPE.CHARACTER, TableGrid=WD_STYLE_TYPE.TABLE)
    assert kinds == expected


def test_the_reference_page_is_a4_with_two_centimetre_margins_and_no_content(reference) -> None:
    section = reference.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    margins = (section.left_margin, section.right_margin, section.top_margin, section.bottom_margin)
    assert {round(margin.cm, 2) for margin in margins} == {2.0}
    assert reference.paragraphs == [] and reference.tables == []


def test_the_styles_give_the_look_the_body_no_longer_sets(reference) -> None:
    by_id = {style.style_id: style for style in reference.styles}
    assert by_id["HelpText"].font.italic and by_id["HelpText"].paragraph_format.keep_with_next
    assert by_id["TableText"].font.size == Pt(10)
    assert by_id["Footer"].font.size == Pt(8)
    assert by_id["Code"].font.name == by_id["CodeChar"].font.name == "Courier New"
    assert by_id["WritingBullet"].base_style.style_id == "ListBullet"


@pytest.mark.parametrize("language", languages())
def test_the_librarys_own_styles_are_named_in_each_language(language: str) -> None:
    with language_scope(language):
        names = texts_under("word_styles")
        written = Document(io.BytesIO(write_docx([Block("help", text="Hjælp")], "Navne")))
    assert set(names) == LIBRARY_STYLES
    shown = {style.style_id: style.name for style in written.styles if style.style_id in names}
    assert shown == names
    assert written.paragraphs[0].style.name == names["HelpText"]
