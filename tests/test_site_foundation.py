"""What the built book shows a reader: language, licence, figure alt text, no dead links out."""
from __future__ import annotations

import re
from pathlib import Path

from samskab_lib import steps_overview


def test_pages_are_danish_and_carry_the_licence_line(site: Path):
    intro = (site / "book" / "intro.html").read_text(encoding="utf-8")
    assert '<html lang="da"' in intro
    assert "CC BY 4.0" in intro and "MIT" in intro
    norwegian = (site / "nb" / "book" / "intro.html").read_text(encoding="utf-8")
    assert '<html lang="nb"' in norwegian
    assert "oppgir boka som kilde" in norwegian and "CC BY 4.0" in norwegian
    assert "Del 4 – Maler og øvelser" in norwegian  # the part captions from the catalogue


def test_five_steps_figure_has_the_library_alt_text(site: Path):
    intro = (site / "book" / "intro.html").read_text(encoding="utf-8")
    alt = re.search(r'<img alt="([^"]+)"[^>]* src="[^"]*fem-trin\.svg"', intro)
    assert alt, "the five-steps figure is missing from the introduction"
    assert alt.group(1) == steps_overview().alt


def test_no_binder_button_while_repository_url_is_unset(site: Path):
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "mybinder.org" not in text, page
        assert "github.com" not in text, page


def test_notebook_page_shows_its_executed_table(site: Path):
    page = (site / "book" / "notesboeger" / "kom-i-gang.html").read_text(encoding="utf-8")
    assert "Hvem gør hvad, hvornår og med hvilke midler?" in page
    assert "valgt_trin" in page  # the code a learner changes is shown
    assert "assert trinnavne" not in page  # the test cell is removed
