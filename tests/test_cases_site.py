"""The case library's pages: generated from the case files, linked to sources and method cards."""
from __future__ import annotations

import html
import re
import zipfile
from pathlib import Path

from frictionless import validate

from samskab_book.cases import GENERATED_MARK, generated_pages
from samskab_lib.cases.loading import list_cases, load_case

ROOT = Path(__file__).resolve().parents[1]
HAND_WRITTEN = ("hjoerring", "jevnaker", "nordfjordby")


def _text(page: Path) -> str:
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", page.read_text(encoding="utf-8"), flags=re.S)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", body)))


def test_every_case_has_a_page_and_generated_pages_are_up_to_date():
    pages = generated_pages(ROOT)
    for path, content in pages.items():
        assert path.is_file(), f"{path} is missing: run scripts/make_case_pages.py"
        assert path.read_text(encoding="utf-8") == content, f"run scripts/make_case_pages.py ({path})"
    generated = {p.stem for p in pages}
    assert generated | set(HAND_WRITTEN) == set(list_cases())
    for case_id in HAND_WRITTEN:
        chapter = (ROOT / "book" / "cases" / f"{case_id}.md").read_text(encoding="utf-8")
        assert not chapter.startswith(GENERATED_MARK)
        assert f"{{samskab-case-del}} {case_id} fakta" in chapter


def test_a_generated_case_page_shows_facts_sources_lessons_and_method_cards(site: Path):
    page = site / "book" / "cases" / "rudersdal-borgersamling.html"
    text = _text(page)
    raw = page.read_text(encoding="utf-8")
    case = load_case("rudersdal-borgersamling")
    assert case.title.value in text
    assert "Deltagere i alt 37" in text
    assert "Det virkede ikke Corona betød" in text
    assert 'href="../metoder/workshop.html"' in raw
    assert "kildeliste.html#" in raw  # every source a citation into the bibliography
    assert "Kilderne giver ikke tal nok til, at bogens bibliotek kan regne noget ud" in text


def test_jevnaker_page_shows_the_cost_per_participant_the_library_computed(site: Path):
    text = _text(site / "book" / "cases" / "jevnaker.html")
    assert "Omkostning 400.000 NOK" in text
    data = _text(site / "book" / "cases" / "index.html")
    assert "Jevnaker: framtidsverksted i kommuneplanen" in data


def test_the_built_open_data_validates_and_is_linked_from_the_data_page(site: Path, tmp_path: Path):
    raw = (site / "book" / "cases" / "data.html").read_text(encoding="utf-8")
    links = re.findall(r'href="([^"]*samskabelse-i-praksis-cases\.zip)"', raw)
    assert links
    archive = (site / "book" / "cases" / links[0]).resolve()
    with zipfile.ZipFile(archive) as package:
        package.extractall(tmp_path)
    report = validate(str(tmp_path / "samskabelse-i-praksis-cases" / "datapackage.json"))
    assert report.valid, report.flatten(["type", "note"])
    assert "intet modstykke" in _text(site / "book" / "cases" / "data.html")
