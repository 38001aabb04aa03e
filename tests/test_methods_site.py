"""Method cards as a reader meets them: card pages, A4 worksheets, the overview and the links."""
from __future__ import annotations

import io
import re
import shutil
import subprocess
import uuid
import zipfile
from html import unescape
from pathlib import Path

import pytest
from docx import Document

from samskab_lib.handbook.method_sheet import method_docx
from samskab_lib.handbook.methods import load_method, load_methods, method_ids
from samskab_lib.texts import text

ROOT = Path(__file__).resolve().parent.parent
# Words in a chapter that name a method, by card id (the chapter links the card when it names one).
NAMED_BY = {
    "fokusgruppe": ["fokusgruppe"], "interview": ["interview"],
    "onlinespoergeskema": ["spørgeskema"], "taenke-hoejt-test": ["tænke-højt"],
    "workshop": ["workshop"], "borgermoede": ["borgermøde"], "byvandring": ["byvandring"],
    "uddannelsescafe": ["uddannelsescafé"], "hjemmebesoeg": ["hjemmebesøg"],
    "ambassadoerer": ["ambassadør"], "raadgivning": ["rådgivning"],
    "videndelingsmoede": ["videndelingsmøde"],
    "fremtidsvaerksted": ["fremtidsværksted", "framtidsverksted"],
    "netvaerksgrupper": ["netværksgruppe", "arbejdsgruppe"],
}
PART_2 = ["oversigt", "afklar", "undersoeg", "planlaeg", "implementer", "evaluer"]
NEW_TEMPLATES = ["risikolog", "evalueringsplan", "tilbagemelding"]


def read(site: Path, page: str) -> str:
    return unescape((site / page).read_text(encoding="utf-8"))


def plain(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_names_cover_every_card() -> None:
    assert set(NAMED_BY) == set(method_ids())


@pytest.mark.parametrize("method_id", method_ids())
def test_card_page_shows_every_part_of_the_card(site: Path, method_id: str) -> None:
    method = load_method(method_id)
    page = read(site, f"book/metoder/{method_id}.html")
    words = plain(page)
    assert f"<h1>{method.title}" in page
    for key in ("purpose", *("use_when", "avoid_when", "people", "cost_drivers", "how", "script",
                             "questions", "pitfalls", "inclusion", "afterwards"), "case", "template"):
        assert re.search(rf"<h2>{re.escape(text(f'methods.fields.{key}'))}", page), key
    assert method.time.prepare in words and method.time.hold in words
    assert method.pitfalls[0] in words
    assert plain(method.case.text) in words
    # The case's source as an author-year citation linking to the list of sources.
    assert re.search(r'href="\.\./kildeliste\.html#[^"]+" title="[^"]+">(?:(?!</a>).)+, \d{4}</a>', page)
    assert re.search(rf'href="[^"]*_downloads/[0-9a-f]+/{method_id}-arbejdsark\.docx"', page)
    assert text("methods.time_note") in words


@pytest.mark.parametrize("method_id", method_ids())
def test_card_links_its_template_at_the_templates_own_section(site: Path, method_id: str) -> None:
    method = load_method(method_id)
    page = read(site, f"book/metoder/{method_id}.html")
    title = text(f"templates.{method.template}.title")
    link = re.search(rf'href="\.\./skabeloner\.html#([^"]+)"[^>]*><span[^>]*>'
                     rf'{re.escape(text("methods.template_link", title=title))}</span>', page)
    assert link, "the card links the template page"
    gallery = read(site, "book/skabeloner.html")
    section = re.search(rf'<section id="[^"]+">\s*<span id="{re.escape(link.group(1))}"></span>'
                        rf'<h2>([^<]+)<', gallery)
    assert section, f"#{link.group(1)} is a section of the template page"
    assert title in section.group(1)


@pytest.mark.parametrize("method_id", method_ids())
def test_worksheet_is_danish_a4_with_every_section(method_id: str) -> None:
    method = load_method(method_id)
    data = method_docx(method)
    doc = Document(io.BytesIO(data))
    section = doc.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert headings[0] == method.title
    assert text("methods.fields.pitfalls") in headings and text("methods.fields.case") in headings
    styles = zipfile.ZipFile(io.BytesIO(data)).read("word/styles.xml").decode("utf-8")
    assert 'w:val="da-DK"' in styles
    assert doc.core_properties.language == "da-DK"
    assert method_docx(method) == data  # same card, same bytes


@pytest.mark.skipif(not shutil.which("soffice") or not shutil.which("pdfinfo"),
                    reason="LibreOffice (soffice) and poppler-utils (pdfinfo) are not installed")
def test_libreoffice_turns_every_worksheet_into_an_a4_pdf(tmp_path: Path) -> None:
    for method in load_methods():
        (tmp_path / f"{method.id}.docx").write_bytes(method_docx(method))
    profile = f"file:///tmp/samskab-lo-{uuid.uuid4().hex}"
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path),
                    *sorted(str(p) for p in tmp_path.glob("*.docx"))],
                   check=True, capture_output=True, timeout=300)
    sizes = {}
    for method in load_methods():
        info = subprocess.run(["pdfinfo", str(tmp_path / f"{method.id}.pdf")], check=True,
                              capture_output=True, text=True).stdout
        sizes[method.id] = re.search(r"Page size:\s+(.*)", info).group(1)
    assert all("(A4)" in size for size in sizes.values()), sizes


def test_overview_lists_every_card_with_its_filter_data(site: Path) -> None:
    page = read(site, "book/metoder/index.html")
    items = re.findall(r'<li data-step="([^"]+)" data-effort="([^"]+)" data-size="([^"]+)">'
                       r'<a href="([^"]+)\.html">', page)
    assert {href for *_, href in items} == set(method_ids())
    for steps, effort, size, method_id in items:
        method = load_method(method_id)
        assert (steps, effort, size) == (" ".join(map(str, method.steps)), method.effort, method.size)
    # Without JavaScript the form stays hidden and the list is complete.
    assert re.search(r'<form class="samskab-metodefilter" hidden', page)
    assert 'role="status" aria-live="polite"' in page


def test_filter_script_is_small_and_loaded_on_the_overview_only(site: Path) -> None:
    assert (ROOT / "book" / "_static" / "metodefilter.js").stat().st_size < 10_000
    assert "metodefilter.js" in read(site, "book/metoder/index.html")
    for page in ("book/metoder/fokusgruppe.html", "book/trin/undersoeg.html", "book/intro.html"):
        assert "metodefilter.js" not in read(site, page), page


@pytest.mark.parametrize("chapter", PART_2)
def test_part_2_chapter_links_the_cards_of_the_methods_it_names(site: Path, chapter: str) -> None:
    source = (ROOT / "book" / "trin" / f"{chapter}.md").read_text(encoding="utf-8").lower()
    prose = source.split("## metodekort")[0]
    named = {i for i, words in NAMED_BY.items() if any(w in prose for w in words)}
    page = read(site, f"book/trin/{chapter}.html")
    linked = set(re.findall(r'href="\.\./metoder/([a-z-]+)\.html"', page))
    assert named <= linked, named - linked


@pytest.mark.parametrize("template_id", NEW_TEMPLATES)
def test_new_template_is_in_the_gallery_with_four_downloads(site: Path, template_id: str) -> None:
    page = read(site, "book/skabeloner.html")
    for variant in ("tom.docx", "tom.md", "eksempel.docx", "eksempel.md"):
        name = re.escape(f"{template_id}-{variant}")
        match = re.search(rf'href="(\.\./_downloads/[0-9a-f]+/{name})"', page)
        assert match, variant
        assert (site / "book" / match.group(1)).resolve().is_file()
    assert text(f"templates.{template_id}.title") in plain(page)


def test_risk_log_example_has_nordfjordbys_five_risks(site: Path) -> None:
    page = plain(read(site, "book/skabeloner.html"))
    for risk in ("Et skybrud rammer", "ikke kloakmestre nok", "sænker huspriserne",
                 "Sejlklubben frygter", "skærer i budgettet"):
        assert risk in page, risk


def test_worksheet_numbers_only_the_steps_so_numbering_starts_at_one() -> None:
    method = load_method("videndelingsmoede")
    doc = Document(io.BytesIO(method_docx(method)))
    numbered = [p.text for p in doc.paragraphs if p.style.name == "List Number"]
    assert numbered == list(method.how)
