"""Every Word template, filled and blank, opens in LibreOffice and prints on the right paper.

The .docx files are converted to PDF with ``soffice --headless``; ``pdfinfo`` gives the page
size and ``pdftotext`` the text, in which every filled value must appear.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from pdf_text import appears, convert_to_pdf, letters, need_tools, page_sizes, pdf_text

from samskab_lib import load_example, to_docx
from samskab_lib.templates.definitions import blank, load_template, template_ids
from samskab_lib.templates.markdown_html import document

IDS = list(template_ids())
PAPER_POINTS = {"A4": (595, 842), "A3": (842, 1191)}


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory) -> Path:
    """All templates, filled and blank, converted to PDF in one LibreOffice run."""
    need_tools()
    folder = tmp_path_factory.mktemp("pdf")
    for template_id in IDS:
        (folder / f"{template_id}.docx").write_bytes(to_docx(load_example(template_id)))
        (folder / f"{template_id}_tom.docx").write_bytes(to_docx(blank(template_id)))
    convert_to_pdf(folder)
    return folder


@pytest.mark.parametrize("template_id", IDS)
@pytest.mark.parametrize("kind", ["", "_tom"])
def test_pdf_pages_have_the_templates_paper(pdfs: Path, template_id: str, kind: str):
    template = load_template(template_id)
    short, long_ = PAPER_POINTS[template.paper]
    sizes = page_sizes(pdfs / f"{template_id}{kind}.pdf")
    assert sizes
    for width, height in sizes:
        assert sorted((width, height)) == [short, long_]
    first = sizes[0]
    assert (first[0] > first[1]) == (template.orientation == "liggende")


def test_pages_are_numbered_in_danish(pdfs: Path):
    shown = pdf_text(pdfs / "samarbejdsplan.pdf")
    for page in (1, 2):
        assert letters(f"Plan for samarbejdet – side {page} af 2") in shown


def test_the_poster_is_one_sheet_filled_and_blank(pdfs: Path):
    assert len(page_sizes(pdfs / "gruppeplakat.pdf")) == 1
    assert len(page_sizes(pdfs / "gruppeplakat_tom.pdf")) == 1


@pytest.mark.parametrize("template_id", IDS)
def test_every_filled_value_appears_in_the_pdf(pdfs: Path, template_id: str):
    shown = pdf_text(pdfs / f"{template_id}.pdf")
    assert not appears("Denne sætning står ikke i skabelonen", shown)
    blocks = document(load_example(template_id))
    values = [b.text for b in blocks if b.kind in ("paragraph", "heading")]
    values += [item for b in blocks for item in b.items]
    values += [cell for b in blocks for row in (*b.rows, b.footer) for cell in row]
    for value in filter(None, values):
        for line in value.split("\n"):
            assert appears(line, shown), (template_id, line)
