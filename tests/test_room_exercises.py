"""Exercises a course leader can run in a room: no computer needed, and a rubric for open answers."""
from __future__ import annotations

import re
from pathlib import Path

from samskab_lib.handbook.exercises import load_exercises

ROOT = Path(__file__).resolve().parent.parent
ROOM_EXERCISES = ["oevelse-rollespil-videndeling", "oevelse-mini-fremtidsvaerksted",
                  "oevelse-maalgrupper-papir"]
# Exercises whose answer is a calculation in a notebook, checked there, not by a rubric.
def test_room_exercises_need_no_notebook() -> None:
    by_id = {e.id: e for e in load_exercises()}
    assert all(by_id[i].notebook is None for i in ROOM_EXERCISES)


def test_every_open_exercise_has_a_rubric() -> None:
    rubrics = (ROOT / "book/oevelser/rubrikker.md").read_text(encoding="utf-8")
    covered = set(re.findall(r"<(oevelse-[a-z-]+)>`", rubrics))
    assert covered == {e.id for e in load_exercises()}


def test_role_play_has_a_motive_card_for_every_role(site: Path) -> None:
    page = (site / "book/oevelser/del2.html").read_text(encoding="utf-8")
    table = re.search(r'<table[^>]*id="tabel-motivkort".*?</table>', page, re.S).group(0)
    roles = re.findall(r"<tr[^>]*>\s*<td><p>(.*?)</p></td>", table)
    assert len(roles) == 8 and roles[0] == "Mødeleder fra kommunen"


def test_typology_model_answer_is_folded_away(site: Path) -> None:
    page = (site / "book/oevelser/del1.html").read_text(encoding="utf-8")
    assert re.search(r'<div class="dropdown admonition[^"]*">\s*<p class="admonition-title">'
                     r"Modelbesvarelse: Hjørring og oliefyrene", page)
