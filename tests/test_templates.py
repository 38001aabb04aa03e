"""Every template is data, and renders to Markdown, HTML and Word from that one definition."""
from __future__ import annotations

import io

import pytest
from docx import Document

from samskab_lib import (
    blank,
    key,
    list_templates,
    load_example,
    load_template,
    to_docx,
    to_html,
    to_markdown,
    validate,
)
from samskab_lib.templates.definitions import template_ids
from samskab_lib.templates.markdown_html import format_value

IDS = ["udgangspunkt", "trinplan", "maalgruppeanalyse", "samarbejdsplan", "budskaber_kanaler",
       "naar_det_gaar_galt", "netvaerksgrupper", "gruppeplakat"]
# Added with the method cards (issue 18): the risk log, the evaluation plan and the feedback sheet.
IDS += ["risikolog", "evalueringsplan", "tilbagemelding"]


def _docx_text(content: bytes) -> tuple[list[tuple[str, str]], str]:
    """Headings (style, text) and all text, tables included, of a .docx file."""
    doc = Document(io.BytesIO(content))
    headings = [(p.style.name, p.text) for p in doc.paragraphs if p.style.name.startswith("Heading")]
    cells = [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
    return headings, "\n".join([p.text for p in doc.paragraphs] + cells)


def _scalar_values(template_id: str) -> list[str]:
    """Every value of the filled example as it is shown, text, numbers and dates alike."""
    filled = load_example(template_id)
    shown: list[str] = []
    for value in filled.values.values():
        items = value if isinstance(value, list) else [value]
        for item in items:
            if isinstance(item, dict):
                for cell in item.values():
                    shown += [format_value(c) for c in (cell if isinstance(cell, list) else [cell])]
            else:
                shown.append(format_value(item))
    return [s for s in shown if s]


def test_the_templates_are_defined_in_process_order():
    assert list(template_ids()) == IDS
    assert [t.id for t in list_templates()] == IDS


def test_gruppeplakat_has_exactly_the_agreed_field_ids():
    poster = load_template("gruppeplakat")
    assert poster.field_ids == ("gruppe", "deltagere", "manglende_nøgler", "top_fem", "pitch",
                                "top_fem_indsats", "første_handlinger", "nye_nøgler", "noter")
    assert [c.id for c in poster.field("top_fem").columns] == ["nøgle", "begrundelse"]
    key = poster.field("top_fem").column("nøgle")
    assert (key.type, key.integer, key.minimum, key.maximum) == ("tal", True, 1, 18)


def test_samarbejdsplan_fields_and_activity_columns():
    plan = load_template("samarbejdsplan")
    assert plan.field_ids == ("projekt", "formål", "målgrupper", "budskaber", "aktiviteter",
                              "ressourcer", "ansvar", "værktøjer", "noter")
    assert [c.id for c in plan.field("aktiviteter").columns] == [
        "aktivitet", "målgruppe", "kanal", "start", "slut", "ansvarlig", "timer", "kroner"]


def test_labels_and_help_come_from_the_danish_texts():
    plan = load_template("samarbejdsplan")
    assert plan.title == "Plan for samarbejdet"
    assert plan.field("formål").label == "Formål"
    assert "fx 1.3.2027" in plan.field("aktiviteter").column("start").help
    for template in list_templates():
        assert template.purpose and template.title
        for spec in template.fields:
            assert spec.label and spec.help
            for column in spec.columns:
                assert column.label and column.help


@pytest.mark.parametrize("template_id", IDS)
def test_example_renders_to_markdown_with_title_labels_and_values(template_id):
    markdown = to_markdown(load_example(template_id))
    template = load_template(template_id)
    assert markdown.startswith(f"# {template.title}\n")
    for spec in template.fields:
        assert f"## {spec.label}" in markdown
    for value in _scalar_values(template_id):
        first_line = value.split("\n")[0].replace("<", "\\<").replace(">", "\\>")
        assert first_line.replace("|", "\\|") in markdown or first_line in markdown


@pytest.mark.parametrize("template_id", IDS)
def test_example_renders_to_html_with_headings_and_values(template_id):
    page = to_html(load_example(template_id))
    template = load_template(template_id)
    assert page.startswith("<!DOCTYPE html>") and '<html lang="da">' in page
    assert f"<h1>{template.title}</h1>" in page
    for spec in template.fields:
        assert f"<h2>{spec.label}</h2>" in page.replace("&#x27;", "'")


@pytest.mark.parametrize("template_id", IDS)
def test_example_renders_to_docx_with_headings_and_every_value(template_id):
    headings, body = _docx_text(to_docx(load_example(template_id)))
    template = load_template(template_id)
    assert headings[0] == ("Heading 1", template.title)
    assert [t for s, t in headings if s == "Heading 2"] == [f.label for f in template.fields]
    for value in _scalar_values(template_id):
        assert value in body, value


@pytest.mark.parametrize("template_id", IDS)
def test_blank_template_renders_with_help_texts_and_empty_rows(template_id):
    template = load_template(template_id)
    empty = blank(template_id)
    assert empty.is_blank
    headings, body = _docx_text(to_docx(empty))
    assert [t for s, t in headings if s == "Heading 2"] == [f.label for f in template.fields]
    for spec in template.fields:
        shown = spec.help if spec.is_input or spec.content == "tekst" else "1. Begynd med at"
        assert shown in body
        assert shown in to_markdown(empty)
    assert to_html(empty).count("<h2>") == len(template.fields)


def test_blank_samarbejdsplan_table_has_headers_and_eight_empty_rows():
    doc = Document(io.BytesIO(to_docx(blank("samarbejdsplan"))))
    table = doc.tables[0]
    assert [c.text for c in table.rows[0].cells] == [
        "Aktivitet", "Målgruppe", "Kanal", "Start", "Slut", "Ansvarlig", "Timer", "Kroner"]
    assert len(table.rows) == 9
    assert all(c.text == "" for row in table.rows[1:] for c in row.cells)


def test_blank_network_sheet_has_a_section_for_each_network_a_to_e():
    markdown = to_markdown(blank("netvaerksgrupper"))
    for letter in "ABCDE":
        assert f"### Netværk {letter}" in markdown


def test_activity_table_sums_hours_and_kroner_in_every_format():
    filled = load_example("samarbejdsplan")
    assert "| **I alt** |  |  |  |  |  | **530** | **100.000** |" in to_markdown(filled)
    assert "<td><strong>530</strong></td><td><strong>100.000</strong></td>" in to_html(filled)
    doc = Document(io.BytesIO(to_docx(filled)))
    assert [c.text for c in doc.tables[0].rows[-1].cells][-2:] == ["530", "100.000"]


def test_wide_table_turns_the_word_page_to_landscape():
    doc = Document(io.BytesIO(to_docx(load_example("maalgruppeanalyse"))))
    section = doc.sections[0]
    assert section.page_width > section.page_height
    doc = Document(io.BytesIO(to_docx(load_example("udgangspunkt"))))
    assert doc.sections[0].page_width < doc.sections[0].page_height


def test_script_in_a_field_is_shown_as_text_in_html():
    data = {"projekt": "<script>alert('x')</script>", "hvad": "a & b", "hvorfor": '"citat"',
            "hvornår": "nu", "hvor_meget": "lidt"}
    page = to_html(validate("udgangspunkt", data))
    assert "<script>" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "a &amp; b" in page and "&quot;citat&quot;" in page
    assert "\\<script\\>" in to_markdown(validate("udgangspunkt", data))


def test_script_in_a_table_cell_is_escaped_in_html():
    plan = load_example("samarbejdsplan")
    rows = [dict(r) for r in plan.values["aktiviteter"]]
    rows[0]["aktivitet"] = "<script>x</script>"
    data = {**plan.values, "aktiviteter": rows}
    page = to_html(validate("samarbejdsplan", data))
    assert "<script>" not in page and "<td>&lt;script&gt;x&lt;/script&gt;</td>" in page


def test_danish_number_format():
    assert format_value(100000) == "100.000"
    assert format_value(12.5) == "12,5"
    assert format_value(1234.25) == "1.234,25"
    assert format_value(30.0) == "30"


def test_group_poster_shows_each_key_with_its_title():
    poster = load_example("gruppeplakat")
    first = poster.values["top_fem"][0]["nøgle"]
    expected = f"{first} – {key(first).title}"
    assert expected in to_markdown(poster)
    assert expected in to_html(poster)
