"""Every Word file the library writes — templates, method worksheets, the student pack's sheet —
is A4 (or the template's paper), proofed in Danish on every style, authored by the book, and
reproducible."""
from __future__ import annotations

import io
import zipfile

import docx
import pytest
from docx.oxml.ns import qn

from samskab_lib import load_example, to_docx
from samskab_lib.course.sheet_docx import sheet_docx
from samskab_lib.handbook.method_sheet import method_docx
from samskab_lib.handbook.methods import load_methods

SHEET = "# Øvelser i Samskabelse i praksis\n\nEn opgave.\n\n1. Læs casen.\n2. Skriv svaret.\n"


def _documents() -> dict[str, bytes]:
    method = load_methods()[0]
    return {"template": to_docx(load_example("samarbejdsplan")),
            "method worksheet": method_docx(method),
            "student sheet": sheet_docx(SHEET)}


@pytest.mark.parametrize("kind", ["template", "method worksheet", "student sheet"])
def test_every_word_file_is_danish_and_authored_by_the_book(kind: str) -> None:
    data = _documents()[kind]
    document = docx.Document(io.BytesIO(data))
    styles = document.styles.element.findall(qn("w:style"))
    languages = {style.rPr.find(qn("w:lang")).get(qn("w:val")) for style in styles
                 if style.rPr is not None and style.rPr.find(qn("w:lang")) is not None}
    assert languages == {"da-DK"} and len(styles) > 10
    assert document.core_properties.author == "Samskabelse i praksis"
    assert b"python-docx" not in b"".join(zipfile.ZipFile(io.BytesIO(data)).read(n)
                                          for n in zipfile.ZipFile(io.BytesIO(data)).namelist())
    section = document.sections[0]
    # A4, either way up
    assert sorted((round(section.page_width.mm), round(section.page_height.mm))) == [210, 297]


@pytest.mark.parametrize("kind", ["template", "method worksheet", "student sheet"])
def test_the_same_content_gives_the_same_bytes(kind: str) -> None:
    assert _documents()[kind] == _documents()[kind]


def test_student_sheet_title_is_its_first_heading() -> None:
    document = docx.Document(io.BytesIO(sheet_docx(SHEET)))
    assert document.core_properties.title == "Øvelser i Samskabelse i praksis"
