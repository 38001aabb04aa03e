"""The book extension's repairs of other extensions' HTML (valid_html, root_page)."""
from __future__ import annotations

import re
from pathlib import Path

from samskab_book.root_page import root_page_html


def test_root_page_is_a_full_danish_page_that_links_to_the_front_page():
    page = root_page_html("Samskabelse i praksis", "book/intro.html", "da")
    assert page.startswith("<!DOCTYPE html>\n<html lang=\"da\">")
    assert "<title>Samskabelse i praksis</title>" in page
    assert '<meta http-equiv="refresh" content="0; url=book/intro.html">' in page
    assert '<a href="book/intro.html">Gå til forsiden af Samskabelse i praksis</a>' in page


def test_built_root_page_sends_readers_to_the_front_page(site: Path):
    page = (site / "index.html").read_text(encoding="utf-8")
    assert '<a href="book/intro.html">' in page
    assert (site / "book" / "intro.html").is_file()


def test_each_exercise_and_solution_body_has_an_id_of_its_own(site: Path):
    page = (site / "book" / "oevelser" / "del2.html").read_text(encoding="utf-8")
    bodies = re.findall(r'<section class="(exercise|solution)-content" id="([^"]+)">', page)
    ids = [body_id for _, body_id in bodies]
    assert len(ids) >= 4 and {kind for kind, _ in bodies} == {"exercise", "solution"}
    assert len(set(ids)) == len(ids)
    assert 'id="exercise-content"' not in page and 'id="solution-content"' not in page


def test_folded_cell_labels_are_phrasing_content(site: Path):
    page = (site / "book" / "notesboeger" / "noegler-rangering.html").read_text(encoding="utf-8")
    summaries = re.findall(r"<summary([^>]*)>(.*?)</summary>", page, flags=re.S)
    folded = [(attributes, s) for attributes, s in summaries if "admonition-title" in s]
    assert folded, "the notebook page has folded code cells"
    assert all("<p" not in summary and "<span class=\"collapsed admonition-title\">Vis kodecellen"
               in summary for _, summary in folded)
    # Named by its visible label, not by an English aria-label over it.
    assert all("aria-label" not in attributes for attributes, _ in folded)
