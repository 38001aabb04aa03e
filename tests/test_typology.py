"""The handbook's four types of co-creation: classification pinned for each type."""
from __future__ import annotations

import pytest

from samskab_lib import (
    InputError,
    classify,
    example_answers,
    questions_table,
    types_table,
)
from samskab_lib.handbook.typology import load_questions, load_types


def answers(initiativ: str, mandat: str, ressourcer: str, aabenhed: str) -> dict[str, str]:
    return {"initiativ": initiativ, "mandat": mandat, "ressourcer": ressourcer,
            "aabenhed": aabenhed}


def test_four_types_at_levels_1_to_4():
    assert [(t.level, t.name) for t in load_types()] == [
        (1, "Bidrag"), (2, "Medudvikling"), (3, "Partnerskab"),
        (4, "Borgerdrevet samskabelse")]


def test_every_question_has_one_answer_per_level():
    for question in load_questions():
        assert sorted(o.level for o in question.options) == [1, 2, 3, 4], question.id


def test_municipality_holding_everything_is_bidrag():
    result = classify(answers("kommunen", "kommunen", "kommunen", "loesning_fast"))
    assert result.type.id == "bidrag"
    assert result.score == 1.0
    assert [m.target.id for m in result.moves] == ["medudvikling"]


def test_mean_of_2_25_is_medudvikling():
    result = classify(answers("kommunen_efter_henvendelse", "kommunen_inden_for_ramme",
                              "delt", "maal_fast"))
    assert (result.type.id, result.score) == ("medudvikling", 2.25)


def test_mean_of_2_5_rounds_up_to_partnerskab():
    result = classify(answers("kommunen", "faelles", "delt", "emne_fast"))
    assert (result.type.id, result.score) == ("partnerskab", 2.5)


def test_actors_holding_everything_is_borgerdrevet():
    result = classify(answers("aktoererne", "aktoererne", "mest_aktoererne", "alt_aabent"))
    assert result.type.id == "borgerdrevet"
    assert [m.target.id for m in result.moves] == ["partnerskab"]


def test_hjoerring_reading_is_medudvikling_and_moving_up_means_setting_the_goal_together():
    result = classify(example_answers("hjoerring"))
    assert (result.type.id, result.score) == ("medudvikling", 1.75)
    up = next(m for m in result.moves if m.target.id == "partnerskab")
    assert len(up.changes) == 4
    assert any("Målet ligger fast" in c and "formuleres sammen" in c for c in up.changes)
    down = next(m for m in result.moves if m.target.id == "bidrag")
    assert len(down.changes) == 3  # initiativ is already at level 1


def test_why_explains_each_answer_and_the_mean():
    result = classify(example_answers("hjoerring"))
    assert len(result.why) == 5
    assert "peger mod Bidrag" in result.why[0]
    assert "1,75" in result.why[-1] and "Medudvikling" in result.why[-1]


def test_answers_far_apart_get_a_warning():
    result = classify(answers("aktoererne", "kommunen", "delt", "alt_aabent"))
    assert result.type.id == "partnerskab"
    assert any("forskellige retninger" in reason for reason in result.why)


def test_missing_and_unknown_answers_are_named_in_danish():
    with pytest.raises(InputError) as caught:
        classify({"initiativ": "borgerne", "mandat": "faelles", "ressourcer": "delt",
                  "farve": "blå"})
    problems = caught.value.problems
    assert problems[0].startswith("Spørgsmålet »farve« findes ikke")
    assert "Svaret »borgerne« på spørgsmålet »initiativ«" in problems[1]
    assert "Spørgsmålet »aabenhed« (Hvor åbent er resultatet?) mangler et svar" in problems[2]
    assert len(problems) == 3


def test_answers_must_be_a_dict():
    with pytest.raises(InputError, match="par af spørgsmål og svar"):
        classify(["kommunen"])


def test_unknown_example_is_refused():
    with pytest.raises(InputError, match="Eksemplet »odense« findes ikke"):
        example_answers("odense")


def test_markdown_result_names_type_and_moves():
    text = classify(example_answers("nordfjordby")).to_markdown()
    assert text.startswith("**Projektet ligner mest: Medudvikling**")
    assert "Sådan kommer I over i Partnerskab" in text


def test_tables_have_one_row_per_type_and_per_answer():
    assert len(types_table().rows) == 4
    assert len(questions_table().rows) == 16


def test_the_reading_pages_question_table_has_no_notebook_code():
    table = questions_table(notebook_values=False)
    assert "Skriv i notesbogen" not in table.headers and len(table.headers) == 3
    assert not any(" = \"" in cell for row in table.rows for cell in row)
    assert "Skriv i notesbogen" in questions_table().headers
