"""Method cards as a reader meets them: card pages, A4 worksheets, the overview and the links."""
from __future__ import annotations

import io
import re
import shutil
import subprocess
import uuid
import zipfile
from pathlib import Path

import pytest
from docx import Document
from site_html import hrefs, visible_text

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


def card(page, method_id: str):
    """A method card's page, parsed."""
    return page(f"book/metoder/{method_id}")


def test_names_cover_every_card() -> None:
    assert set(NAMED_BY) == set(method_ids())


@pytest.mark.parametrize("method_id", method_ids())
def test_card_page_shows_every_part_of_the_card(page, method_id: str) -> None:
    method = load_method(method_id)
    parsed = card(page, method_id)
    article = parsed.find("article")
    words = visible_text(article)
    assert visible_text(article.find("h1")).startswith(method.title)
    headings = [visible_text(h2) for h2 in article.find_all("h2")]
    for key in ("purpose", *("use_when", "avoid_when", "people", "cost_drivers", "how", "script",
                             "questions", "pitfalls", "inclusion", "afterwards"), "case", "template"):
        assert any(h.startswith(text(f"methods.fields.{key}")) for h in headings), key
    assert method.time.prepare in words and method.time.hold in words
    assert method.pitfalls[0] in words
    assert visible_text(method.case.text) in words
    # The case's source as an author-year citation linking to the list of sources.
    citations = [a for a in article.find_all("a", href=True, title=True)
                 if a["href"].startswith("../kildeliste.html#")]
    assert any(re.search(r", \d{4}$", visible_text(a)) for a in citations), citations
    assert any(re.fullmatch(rf"[^\s]*_downloads/[0-9a-f]+/{method_id}-arbejdsark\.docx", href)
               for href in hrefs(article))
    assert text("methods.time_note") in words


@pytest.mark.parametrize("method_id", method_ids())
def test_card_links_its_template_at_the_templates_own_section(page, method_id: str) -> None:
    method = load_method(method_id)
    title = text(f"templates.{method.template}.title")
    link = next((a for a in card(page, method_id).find_all("a", href=True)
                 if a["href"].startswith("../skabeloner.html#")
                 and visible_text(a) == text("methods.template_link", title=title)), None)
    assert link, "the card links the template page"
    anchor = link["href"].split("#", 1)[1]
    target = page("book/skabeloner").find(id=anchor)
    assert target, f"#{anchor} is on the template page"
    section = target if target.name == "section" else target.find_parent("section")
    assert section and title in visible_text(section.find("h2")), f"#{anchor} is the template's section"


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


def test_overview_lists_every_card_with_its_filter_data(page) -> None:
    overview = page("book/metoder/index")
    items = overview.find_all("li", attrs={"data-step": True})
    cards = [item.find("a", href=True)["href"].removesuffix(".html") for item in items]
    assert sorted(cards) == sorted(method_ids())
    for item, method_id in zip(items, cards, strict=True):
        method = load_method(method_id)
        assert (item["data-step"], item["data-effort"], item["data-size"]) == (
            " ".join(map(str, method.steps)), method.effort, method.size)
    # Without JavaScript the form stays hidden and the list is complete.
    form = overview.find("form", class_="samskab-metodefilter")
    assert form is not None and form.has_attr("hidden")
    assert overview.find(attrs={"role": "status", "aria-live": "polite"})


def scripts(parsed) -> list[str]:
    return [script["src"] for script in parsed.find_all("script", src=True)]


def test_filter_script_is_small_and_loaded_on_the_overview_only(page) -> None:
    assert (ROOT / "book" / "_static" / "metodefilter.js").stat().st_size < 10_000
    assert any("metodefilter.js" in src for src in scripts(page("book/metoder/index")))
    for name in ("book/metoder/fokusgruppe", "book/trin/undersoeg", "book/intro"):
        assert not any("metodefilter.js" in src for src in scripts(page(name))), name


@pytest.mark.parametrize("chapter", PART_2)
def test_part_2_chapter_links_the_cards_of_the_methods_it_names(page, chapter: str) -> None:
    source = (ROOT / "book" / "trin" / f"{chapter}.md").read_text(encoding="utf-8").lower()
    prose = source.split("## metodekort")[0]
    named = {i for i, words in NAMED_BY.items() if any(w in prose for w in words)}
    linked = {re.fullmatch(r"\.\./metoder/([a-z-]+)\.html(?:#.*)?", href)[1]
              for href in hrefs(page(f"book/trin/{chapter}"), "../metoder/")
              if re.fullmatch(r"\.\./metoder/([a-z-]+)\.html(?:#.*)?", href)}
    assert named <= linked, named - linked


@pytest.mark.parametrize("template_id", NEW_TEMPLATES)
def test_new_template_is_in_the_gallery_with_four_downloads(site: Path, page,
                                                            template_id: str) -> None:
    gallery = page("book/skabeloner")
    downloads = hrefs(gallery, "../_downloads/")
    for variant in ("tom.docx", "tom.md", "eksempel.docx", "eksempel.md"):
        name = re.escape(f"{template_id}-{variant}")
        match = next((h for h in downloads if re.fullmatch(rf"\.\./_downloads/[0-9a-f]+/{name}", h)), None)
        assert match, variant
        assert (site / "book" / match).resolve().is_file()
    assert text(f"templates.{template_id}.title") in visible_text(gallery)


def test_risk_log_example_has_nordfjordbys_five_risks(page) -> None:
    words = visible_text(page("book/skabeloner"))
    for risk in ("Et skybrud rammer", "ikke kloakmestre nok", "sænker huspriserne",
                 "Sejlklubben frygter", "skærer i budgettet"):
        assert risk in words, risk


def test_worksheet_numbers_both_lists_of_steps_from_one_as_the_card_page_does() -> None:
    method = load_method("videndelingsmoede")
    doc = Document(io.BytesIO(method_docx(method)))
    texts = [p.text for p in doc.paragraphs]
    for key in ("how", "script"):
        heading = texts.index(text(f"methods.fields.{key}"))
        items = getattr(method, key)
        assert texts[heading + 1:heading + 1 + len(items)] == [
            f"{number}. {item}" for number, item in enumerate(items, start=1)], key
    people = texts.index(text("methods.fields.people"))
    assert doc.paragraphs[people + 1].style.name == "List Bullet"
