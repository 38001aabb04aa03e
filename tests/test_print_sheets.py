"""Printed worksheets: each method card as a one-page PDF, and the course folder of `--pdf`.

Opened with pypdf as the book's PDF is (tests/pdf_checks.py): paper size, language, structure
tree, bookmarks, text and where it sits.
"""
from __future__ import annotations

import io
import re
from pathlib import Path

import docx
import pytest
from pdf_checks import (
    A3,
    A4,
    bookmark_titles,
    figures_without_alt,
    normal,
    open_pdf,
    page_sizes,
    read_pages,
    structure_types,
)

from samskab_lib.cli import main
from samskab_lib.course.folder import worksheets
from samskab_lib.handbook.exercises import load_exercises, select_exercises
from samskab_lib.handbook.method_sheet import method_pdf
from samskab_lib.handbook.methods import load_methods, method_ids
from samskab_lib.templates.definitions import load_template, template_ids

ROOT = Path(__file__).resolve().parent.parent
CHOSEN = ["oevelse-noegler", "oevelse-afklar", "oevelse-nordfjordby-plan"]


def reader(data: bytes):
    return open_pdf(io.BytesIO(data))


@pytest.mark.parametrize("method", load_methods(), ids=method_ids())
def test_every_method_card_prints_on_one_tagged_a4_page(method):
    pdf = reader(method_pdf(method, "Forfatter (2020): Titel"))
    assert len(pdf.pages) == 1 and page_sizes(pdf) == {A4}
    assert str(pdf.trailer["/Root"]["/Lang"]).startswith("da")
    types = structure_types(pdf)
    assert types["H1"] == 1 and types["H2"] >= 10 and types["Table"] == 1 and types["L"] >= 10
    texts, outside = read_pages(pdf)
    assert outside == []
    for words in (method.title, method.summary, method.how[-1], "Forfatter (2020): Titel",
                  "Jeres noter"):
        assert normal(words) in texts[0]


def test_method_card_pages_link_their_pdf_worksheet(site):
    for method_id in method_ids():
        page = (site / "book" / "metoder" / f"{method_id}.html").read_text(encoding="utf-8")
        link = re.search(rf'href="([^"]*_downloads/[0-9a-f]+/{method_id}-arbejdsark\.pdf)"', page)
        assert link, method_id
        target = (site / "book" / "metoder" / link.group(1)).resolve()
        assert target.read_bytes().startswith(b"%PDF-")


def test_every_worksheet_named_by_an_exercise_is_a_template():
    named = {t for e in load_exercises() for t in e.templates}
    assert named and named <= set(template_ids())


def test_worksheets_come_once_each_with_the_group_poster_last():
    exercises = select_exercises([*CHOSEN, "oevelse-afklar"])
    assert worksheets(exercises) == ["udgangspunkt", "samarbejdsplan", "gruppeplakat"]
    assert worksheets(select_exercises(["oevelse-samskabelse"])) == ["gruppeplakat"]
    assert worksheets(select_exercises(["oevelse-samskabelse"]), poster=False) == []
    assert worksheets(select_exercises(["oevelse-noegler"]), poster=False) == ["gruppeplakat"]


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("mappe") / "pakke"
    assert main(["elevpakke", *CHOSEN, "--pdf", "--ud", str(out)]) == 0
    return out


def test_course_folder_pdf_has_tasks_a4_and_the_poster_on_a3(folder):
    pdf = open_pdf(folder / "kursusmappe.pdf")
    sizes = [tuple(sorted((round(float(p.mediabox.width), 1), round(float(p.mediabox.height), 1))))
             for p in pdf.pages]
    assert set(sizes[:-1]) == {A4} and sizes[-1] == A3
    assert float(pdf.pages[-1].mediabox.width) > float(pdf.pages[-1].mediabox.height)  # landscape
    assert 6 <= len(pdf.pages) <= 14
    assert str(pdf.trailer["/Root"]["/Lang"]).startswith("da")
    types = structure_types(pdf)
    for kind in ("H1", "H2", "H3", "Table", "TH", "L", "LI"):
        assert types[kind] > 0, kind
    assert figures_without_alt(pdf) == 0
    texts, outside = read_pages(pdf)
    assert outside == []
    whole = " ".join(texts)
    marks = set(bookmark_titles(pdf))
    for exercise in select_exercises(CHOSEN):
        assert exercise.title in marks and normal(exercise.goal) in whole
    for template_id in ("udgangspunkt", "samarbejdsplan", "gruppeplakat"):
        assert load_template(template_id).title in marks
    assert "Fremlæg planen på ét minut" in whole  # task text from the exercise's page
    assert load_template("gruppeplakat").title in texts[-1]


def test_course_folder_word_file_has_every_task(folder):
    document = docx.Document(str(folder / "kursusmappe.docx"))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    for exercise in select_exercises(CHOSEN):
        assert exercise.title in headings
    assert round(document.sections[0].page_width.mm) == 210


def test_without_pdf_the_pack_has_no_course_folder(tmp_path):
    out = tmp_path / "pakke"
    assert main(["elevpakke", "oevelse-afklar", "--ud", str(out)]) == 0
    assert not (out / "kursusmappe.pdf").exists() and (out / "LAES-MIG.md").is_file()


def test_catalogue_offers_prebuilt_course_folders_that_exist(site):
    page = (site / "book" / "oevelser" / "katalog.html").read_text(encoding="utf-8")
    block = page[page.index('<div class="samskab-kursusmappe">'):]
    links = re.findall(r'href="\.\./\.\./(_kursusmapper/[^"]+)"', block)
    assert "_kursusmapper/kursusmappe-alle.pdf" in links
    assert "_kursusmapper/kursusmappe-alle.docx" in links
    for exercise in load_exercises():
        assert f"_kursusmapper/kursusmappe-{exercise.id}.pdf" in links
        assert f'value="{exercise.id}"' in block  # a checkbox to choose it
    assert "samskab elevpakke --alle --pdf" in block
    assert "kursusmappe.js" in page
    for link in links:
        assert (site / link).stat().st_size > 1000, link
    whole = open_pdf(site / "_kursusmapper" / "kursusmappe-alle.pdf")
    marks = set(bookmark_titles(whole))
    assert {e.title for e in load_exercises()} <= marks
    one = open_pdf(site / "_kursusmapper" / "kursusmappe-oevelse-afklar.pdf")
    assert page_sizes(one) == {A4}
    assert {"Udgangspunktet for Nordfjordby", load_template("udgangspunkt").title} <= set(
        bookmark_titles(one))
