"""Every Word template, filled and blank, opens in LibreOffice and prints on the right paper.

The .docx files are converted to PDF with ``soffice --headless``; ``pdfinfo`` gives the page
size and ``pdftotext`` the text, in which every filled value must appear.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from samskab_lib import load_example, to_docx
from samskab_lib.templates.definitions import blank, load_template, template_ids
from samskab_lib.templates.markdown_html import document

IDS = list(template_ids())
PAPER_POINTS = {"A4": (595, 842), "A3": (842, 1191)}


def _tools() -> None:
    missing = [t for t in ("soffice", "pdfinfo", "pdftotext") if shutil.which(t) is None]
    if missing and os.environ.get("CI") == "true":
        pytest.fail(f"LibreOffice/poppler mangler under CI: {', '.join(missing)}")
    if missing:
        pytest.skip(f"installér libreoffice-writer-nogui og poppler-utils ({', '.join(missing)})")


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory) -> Path:
    """All templates, filled and blank, converted to PDF in one LibreOffice run."""
    _tools()
    folder = tmp_path_factory.mktemp("pdf")
    for template_id in IDS:
        (folder / f"{template_id}.docx").write_bytes(to_docx(load_example(template_id)))
        (folder / f"{template_id}_tom.docx").write_bytes(to_docx(blank(template_id)))
    profile = (folder / "profil").as_uri()  # own profile: parallel runs do not clash
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(folder),
                    *sorted(str(p) for p in folder.glob("*.docx"))],
                   check=True, capture_output=True, timeout=600)
    return folder


def _page_sizes(pdf: Path) -> list[tuple[int, int]]:
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "99", str(pdf)], capture_output=True,
                          text=True, check=True).stdout
    return [(round(float(w)), round(float(h)))
            for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)]


def _letters(value: str) -> str:
    """*value* without spaces and hyphens: a PDF breaks lines, and table cells wrap."""
    return re.sub(r"[\s\-\u00ad]", "", value)


def _text(pdf: Path) -> str:
    return _letters(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                   text=True, check=True).stdout)


def _appears(value: str, shown: str) -> bool:
    """True when *value* is in *shown* as written, or in order within a short stretch of it.

    Text in a table cell or a poster column is interleaved with its neighbours' lines in the
    PDF's text, so a value may be split; its letters still come in order, close together.
    """
    target = _letters(value)
    if target in shown:
        return True
    window = 8 * len(target)
    start = shown.find(target[:4])
    while start != -1:
        position = start
        for letter in target:
            position = shown.find(letter, position, start + window)
            if position == -1:
                break
            position += 1
        else:
            return True
        start = shown.find(target[:4], start + 1)
    return False


@pytest.mark.parametrize("template_id", IDS)
@pytest.mark.parametrize("kind", ["", "_tom"])
def test_pdf_pages_have_the_templates_paper(pdfs: Path, template_id: str, kind: str):
    template = load_template(template_id)
    short, long_ = PAPER_POINTS[template.paper]
    sizes = _page_sizes(pdfs / f"{template_id}{kind}.pdf")
    assert sizes
    for width, height in sizes:
        assert sorted((width, height)) == [short, long_]
    first = sizes[0]
    assert (first[0] > first[1]) == (template.orientation == "liggende")


def test_pages_are_numbered_in_danish(pdfs: Path):
    shown = _text(pdfs / "samarbejdsplan.pdf")
    for page in (1, 2):
        assert _letters(f"Plan for samarbejdet – side {page} af 2") in shown


def test_the_poster_is_one_sheet_filled_and_blank(pdfs: Path):
    assert len(_page_sizes(pdfs / "gruppeplakat.pdf")) == 1
    assert len(_page_sizes(pdfs / "gruppeplakat_tom.pdf")) == 1


@pytest.mark.parametrize("template_id", IDS)
def test_every_filled_value_appears_in_the_pdf(pdfs: Path, template_id: str):
    shown = _text(pdfs / f"{template_id}.pdf")
    assert not _appears("Denne sætning står ikke i skabelonen", shown)
    blocks = document(load_example(template_id))
    values = [b.text for b in blocks if b.kind in ("paragraph", "heading")]
    values += [item for b in blocks for item in b.items]
    values += [cell for b in blocks for row in (*b.rows, b.footer) for cell in row]
    for value in filter(None, values):
        for line in value.split("\n"):
            assert _appears(line, shown), (template_id, line)
