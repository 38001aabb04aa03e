"""What the built part 1 shows a reader: every key, the typology tables, no code."""
from __future__ import annotations

import html
from pathlib import Path

from samskab_lib import load_keys, seminar_top_five
from samskab_lib.handbook.typology import load_types


def page(site: Path, name: str) -> str:
    return (site / "book" / name).read_text(encoding="utf-8")


def test_chapter_3_shows_all_18_keys_with_their_titles(site: Path):
    text = page(site, "grundlag/noegler.html")
    for k in load_keys():
        assert html.escape(k.title, quote=False) in text, k.number
    assert "import samskab_lib" not in text


def test_chapter_3_lists_the_seminar_top_five_in_its_own_table(site: Path):
    text = page(site, "grundlag/noegler.html")
    assert "1, 2, 3, 4 og 9" in text
    section = text[text.index("De fem nøgler, deltagerne satte højest"):]
    table = section[:section.index("</table>")]
    for number in seminar_top_five():
        assert html.escape(load_keys()[number - 1].title, quote=False) in table, number


def test_chapter_2_shows_the_handbooks_four_types_and_says_they_are_not_ulrichs(site: Path):
    text = page(site, "grundlag/typologi.html")
    for kind in load_types():
        assert kind.name in text
    assert "Håndbogens egen ramme" in text
    assert "Medudvikling" in text and "1,75" in text  # the Hjørring worked example


def test_chapter_2_lists_the_questions_answers_without_notebook_code(site: Path):
    text = page(site, "grundlag/typologi.html")
    assert "Selvvurderingens fire spørgsmål" in text
    assert "Skriv i notesbogen" not in text and "initiativ = &quot;" not in text \
        and 'initiativ = "' not in text


def test_chapter_1_has_the_form_and_effect_table(site: Path):
    text = page(site, "grundlag/samskabelse.html")
    for form in ("Informere", "Diskutere", "Gå i dialog"):
        assert f"<td><p>{form}</p></td>" in text or f"<td>{form}</td>" in text, form


def test_ranking_notebook_page_shows_chart_alt_text_and_poster_but_not_the_widget(site: Path):
    text = page(site, "notesboeger/noegler-rangering.html")
    assert 'alt="Søjlediagram over point pr. nøgle fra 4 gruppers rangeringer.' in text
    assert "Gruppens plakat (eksempeldata)" in text
    assert "min_top_fem" in text and "gruppernes_top_fem" in text  # cells a learner edits
    assert "assert faelles" not in text  # the test cell is removed


def test_self_assessment_page_shows_static_result_without_widget_code(site: Path):
    text = page(site, "notesboeger/typologi-selvvurdering.html")
    assert "Projektet ligner mest: Medudvikling" in text
    assert "ipywidgets" not in text
