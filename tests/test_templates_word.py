"""The Word files a municipality hands around: A4 (A3 for the poster), Danish, tidy tables."""
from __future__ import annotations

import io
import zipfile

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm

from samskab_lib import load_example, to_docx, to_markdown
from samskab_lib.templates.definitions import Filled, blank, load_template, template_ids

IDS = list(template_ids())


def _doc(content: bytes):
    return Document(io.BytesIO(content))


def _both(template_id: str) -> list[bytes]:
    return [to_docx(load_example(template_id)), to_docx(blank(template_id))]


@pytest.mark.parametrize("template_id", [t for t in IDS if t != "gruppeplakat"])
def test_documents_are_a4_and_portrait_outside_landscape_tables(template_id):
    declared = (WD_ORIENT.LANDSCAPE if load_template(template_id).orientation == "liggende"
                else WD_ORIENT.PORTRAIT)
    for content in _both(template_id):
        sections = _doc(content).sections
        assert sections[0].orientation == declared
        for section in sections:
            sides = sorted((section.page_width, section.page_height))
            assert [round(s.mm) for s in sides] == [210, 297]
            assert (section.page_width > section.page_height) == (
                section.orientation == WD_ORIENT.LANDSCAPE)
        assert sections[-1].orientation == declared


def test_the_plan_is_landscape_throughout_so_its_table_stays_in_the_flow():
    doc = _doc(to_docx(load_example("samarbejdsplan")))
    assert [s.orientation for s in doc.sections] == [WD_ORIENT.LANDSCAPE]


def test_rows_of_a_table_are_never_split_across_pages():
    table = _doc(to_docx(load_example("samarbejdsplan"))).tables[0]
    body = table.rows[1:]
    assert all(row._tr.trPr is not None and row._tr.trPr.find(qn("w:cantSplit")) is not None
               for row in body)


def _with_landscape_table(filled: Filled) -> Filled:
    """*filled* on a portrait plan whose activity table asks for a landscape page of its own."""
    template = filled.template
    fields = tuple(f.model_copy(update={"landscape": True}) if f.id == "aktiviteter" else f
                   for f in template.fields)
    return Filled(template.model_copy(update={"orientation": "stående", "fields": fields}),
                  filled.values)


def test_a_table_marked_landscape_gets_a_landscape_page_of_its_own():
    doc = _doc(to_docx(_with_landscape_table(load_example("samarbejdsplan"))))
    orientations = [s.orientation for s in doc.sections]
    assert orientations == [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE, WD_ORIENT.PORTRAIT]


def test_group_poster_is_one_a3_landscape_sheet_in_four_columns():
    doc = _doc(to_docx(blank("gruppeplakat")))
    for section in doc.sections:
        assert (round(section.page_width.mm), round(section.page_height.mm)) == (420, 297)
    assert doc.sections[-1]._sectPr.find(qn("w:cols")).get(qn("w:num")) == "4"


def test_filled_poster_keeps_the_blank_sheets_room_to_write_in_larger_type():
    """Filled on the ranking page, the poster is finished by hand on the wall: every table has
    at least the blank sheet's rows, a text is followed by ruled lines, the type is larger than
    an A4 sheet's, and the Markdown has none of the empty rows."""
    filled, empty = (_doc(content) for content in _both("gruppeplakat"))
    for with_values, without in zip(filled.tables, empty.tables, strict=True):
        assert len(with_values.rows) >= len(without.rows)
    participants = filled.tables[0]  # four names on the example, two rows on the blank sheet
    assert [c.text for c in participants.columns[0].cells][1:5] and len(participants.rows) == 5
    new_keys = filled.tables[-1]  # three keys on the example, four rows on the blank sheet
    assert [r.cells[0].text == "" for r in new_keys.rows[1:]] == [False, False, False, True]
    texts = [p.text for p in filled.paragraphs]
    notes = next(i for i, t in enumerate(texts) if t.startswith("Top fem er den rangering"))
    assert texts[notes + 1: notes + 3] == ["", ""]
    line = filled.paragraphs[notes + 1]
    assert line.style.name == "Skrivelinje"
    assert line.style.element.pPr.find(qn("w:pBdr")) is not None
    assert filled.styles["Normal"].font.size.pt == 11.5
    assert _doc(to_docx(load_example("samarbejdsplan"))).styles["Normal"].font.size is None
    assert "|  |" not in to_markdown(load_example("gruppeplakat"))


@pytest.mark.parametrize("template_id", IDS)
def test_every_style_and_the_defaults_are_proofed_as_danish(template_id):
    doc = _doc(to_docx(load_example(template_id)))
    styles = doc.styles.element
    default = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    assert default.find(qn("w:lang")).get(qn("w:val")) == "da-DK"
    every = styles.findall(qn("w:style"))
    assert every and all(s.find(qn("w:rPr")).find(qn("w:lang")).get(qn("w:val")) == "da-DK"
                         for s in every)
    assert doc.core_properties.language == "da-DK"


@pytest.mark.parametrize("template_id", IDS)
def test_core_properties_name_the_book_and_the_template_and_no_generator(template_id):
    content = to_docx(load_example(template_id))
    properties = _doc(content).core_properties
    assert properties.author == "Samskabelse i praksis"
    assert properties.last_modified_by == "Samskabelse i praksis"
    assert properties.title == load_template(template_id).title
    with zipfile.ZipFile(io.BytesIO(content)) as package:
        for name in package.namelist():
            assert b"python-docx" not in package.read(name).lower(), name


def test_column_widths_follow_the_definition():
    doc = _doc(to_docx(load_example("samarbejdsplan")))
    table = doc.tables[0]
    widths = [c.width for c in table.columns]
    spec = load_template("samarbejdsplan").field("aktiviteter")
    relative = [c.width for c in spec.columns]
    section = doc.sections[0]
    usable = section.page_width - section.left_margin - section.right_margin
    for width, share in zip(widths, relative, strict=True):
        assert abs(width - usable * share / sum(relative)) < Mm(0.5)
    assert widths[0] > 2 * widths[-2]  # "Aktivitet" is wide, "Timer" narrow
    cell_widths = [c.width for c in table.rows[1].cells]
    assert cell_widths == widths


def test_numbers_are_right_aligned_in_danish_format_and_dates_danish():
    table = _doc(to_docx(load_example("samarbejdsplan"))).tables[0]
    header = [c.text for c in table.rows[0].cells]
    hours, kroner, start = header.index("Timer"), header.index("Kroner"), header.index("Start")
    first = table.rows[1].cells
    assert first[start].text == "4. september 2017"
    total = table.rows[-1].cells
    assert (total[hours].text, total[kroner].text) == ("530", "100.000")
    for row in table.rows:
        for index in (hours, kroner):
            assert row.cells[index].paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT
        assert row.cells[start].paragraphs[0].alignment != WD_ALIGN_PARAGRAPH.RIGHT


def test_filled_document_has_no_empty_heading():
    data = dict(load_example("samarbejdsplan").values)
    data.pop("noter")
    from samskab_lib import validate
    doc = _doc(to_docx(validate("samarbejdsplan", data)))
    assert "Noter" not in [p.text for p in doc.paragraphs if p.style.name == "Heading 2"]
    heading_2 = doc.styles["Heading 2"].style_id
    body = list(doc.element.body)
    for index, element in enumerate(body):
        style = element.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        if style is not None and style.get(qn("w:val")) == heading_2:
            following = body[index + 1]
            assert following.tag == qn("w:tbl") or "".join(following.itertext()).strip()


@pytest.mark.parametrize("template_id,rows", [("gruppeplakat", 5), ("maalgruppeanalyse", 4),
                                              ("samarbejdsplan", 8)])
def test_blank_tables_leave_declared_rows_to_write_in(template_id, rows):
    doc = _doc(to_docx(blank(template_id)))
    spec = next(f for f in load_template(template_id).fields
                if f.type == "rækker" and f.writing_rows == rows and not f.blank_rows)
    table = next(t for t in doc.tables
                 if [c.text for c in t.rows[0].cells] == [c.label for c in spec.columns])
    assert len(table.rows) == 1 + rows
    assert all(r.height is not None and r.height >= Mm(7) for r in table.rows[1:])


def test_the_poster_prints_the_18_keys_to_choose_from():
    for content in _both("gruppeplakat"):
        texts = [p.text for p in _doc(content).paragraphs]
        numbered = [t for t in texts if t[:3].rstrip(". ").isdigit() and ". " in t[:4]]
        assert [t.split(".")[0] for t in numbered] == [str(n) for n in range(1, 19)]
        for label in ("De fem nøgler, vi vil tage fat på", "Nøgler, vi ikke havde tænkt på",
                      "Nøgler, vi synes mangler", "Det første, vi gør derhjemme"):
            assert label in texts


def test_same_input_gives_the_same_bytes():
    assert to_docx(load_example("gruppeplakat")) == to_docx(load_example("gruppeplakat"))


def test_pages_carry_the_title_and_page_numbers_but_the_poster_does_not():
    doc = _doc(to_docx(load_example("samarbejdsplan")))
    footer = doc.sections[0].footer._element
    codes = [t.text.strip() for t in footer.iter(qn("w:instrText"))]
    assert codes == ["PAGE", "NUMPAGES"]
    assert "".join(footer.itertext()).startswith("Plan for samarbejdet – side ")
    poster = _doc(to_docx(load_example("gruppeplakat")))
    assert not list(poster.sections[0].footer._element.iter(qn("w:instrText")))


def test_a_landscape_table_at_the_end_leaves_no_empty_page_after_it():
    from samskab_lib import validate
    values = load_example("samarbejdsplan").values
    required = {f.id: values[f.id] for f in load_template("samarbejdsplan").inputs if f.required}
    doc = _doc(to_docx(_with_landscape_table(validate("samarbejdsplan", required))))
    assert [s.orientation for s in doc.sections] == [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE]
