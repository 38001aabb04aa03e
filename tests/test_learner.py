"""Learners' cells: one number rule with the templates, Danish hints, tables, saving to hand in."""
from __future__ import annotations

from pathlib import Path

import pytest

from samskab_lib.errors import InputError
from samskab_lib.evaluation.costs import budget_total, cost_per_participant
from samskab_lib.evaluation.survey import likert_summary
from samskab_lib.learner import (
    checked_rows,
    explain_errors,
    rows_summary,
    save_results,
    show_result,
    typed_number,
    typed_numbers,
)
from samskab_lib.tables import Table
from samskab_lib.templates.reading import read_number


def problems(call) -> list[str]:
    with pytest.raises(InputError) as caught:
        call()
    return caught.value.problems


@pytest.mark.parametrize("written", ["15.000", "2.500,5", "12,5", "1.000.000", "2 500", "40"])
def test_learners_and_templates_read_a_number_the_same_way(written: str):
    assert typed_number(written, "Feltet") == read_number(written)
    assert cost_per_participant(written, 1).total == read_number(written)


def test_evaluation_functions_accept_what_the_templates_accept():
    assert budget_total({"Lokaler": "25.000", "Annoncer": "15.000"}) == 40_000
    assert cost_per_participant("400.000", "80").per_unit == 5_000
    assert problems(lambda: budget_total({"Annoncer": "2.5"})) == [
        "Budgetposten »Annoncer«: »2.5« kan ikke læses som et tal. Skriv decimaler med komma, "
        "fx 12,5, og punktum kun mellem tusinder, fx 2.500."]


def test_csv_style_likert_answers_are_read_as_numbers():
    summary = likert_summary({"Jeg blev hørt": ["4", " 5", "3", ""]})
    assert summary.questions[0].counts == (0, 0, 1, 1, 1)
    assert summary.questions[0].blanks == 1


@pytest.mark.parametrize(("typed", "guess"), [(15.0, "15.000"), (2.5, "2.500"), (1.2, "1.200")])
def test_a_python_decimal_point_where_a_whole_number_is_expected_gets_a_hint(typed, guess):
    message = problems(lambda: typed_number(typed, "Udgiften", whole=True))[0]
    assert f"Mente du {guess}?" in message and f'"{guess}"' in message


def test_a_small_share_is_not_taken_for_thousands():
    assert problems(lambda: typed_number(0.75, "Antal", whole=True)) == [
        "Antal: 0,75 er ikke et helt tal. Her skal stå et helt tal."]
    assert typed_number(0.75, "Andelen") == 0.75


def test_every_problem_in_a_budget_is_named_at_once():
    found = problems(lambda: typed_numbers({"Annoncer": 15.000, "Lokaler": "mange", "Mad": "500"},
                                           "Budgetposten »{name}«", whole=True))
    assert [p.split(":")[0] for p in found] == ["Budgetposten »Annoncer«", "Budgetposten »Lokaler«"]
    assert typed_numbers(["40", 110], "År {place}", whole=True) == [40, 110]


def test_an_unquoted_word_gets_a_danish_sentence_not_a_traceback(capsys):
    with explain_errors():
        kommunen  # noqa: B018, F821 - a learner's unquoted word
    shown = capsys.readouterr().out
    assert "Notesbogen kender ikke »kommunen«" in shown and '"kommunen"' in shown
    assert "Traceback" not in shown


def test_a_table_with_a_short_row_or_no_rows_is_named_in_danish():
    columns = ["Målgruppe", "Behov", "Medier"]
    assert problems(lambda: checked_rows([["Sejlklubben", "Rent vand"]], columns, "Tabellen")) == [
        "Tabellen: rækken »Sejlklubben« har 2 tekster, men der skal være 3: én til hver kolonne. "
        "Tilføj det, der mangler, mellem anførselstegn og med komma imellem."]
    assert "ingen rækker" in problems(lambda: checked_rows([], columns, "Tabellen"))[0]
    assert rows_summary([["a", "b", "c"]], columns) == (
        "Tabellen har 1 række med en tekst til hver af de 3 kolonner.")


def test_a_result_is_shown_the_danish_way_and_a_tiny_one_gets_a_hint(capsys):
    show_result("Pris pr. deltager", 5000.0, "NOK", at_least=100)
    show_result("Pris pr. deltager", 400.000 / 80, "NOK", at_least=100)
    show_result("Mål i alt", None)
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Pris pr. deltager: 5.000 NOK"
    assert lines[1] == "Pris pr. deltager: 5 NOK" and "punktum" in lines[2]
    assert "Skriv din beregning i stedet for None" in lines[3]


def test_saving_figures_replaces_only_its_own_file(tmp_path: Path, capsys):
    table = Table(headers=["Post", "Kroner"], rows=[["Annoncer", 15_000]])
    path = save_results("mine-tal", "Mine tal", ["Pris: 5.000 NOK", table], folder=tmp_path)
    assert path.name == "mine-tal.md"
    assert "| Annoncer | 15.000 |" in path.read_text(encoding="utf-8")
    save_results("mine-tal.md", "Mine tal", ["igen"], folder=tmp_path)  # its own file: saved again
    assert "igen" in path.read_text(encoding="utf-8")
    (tmp_path / "noter.md").write_text("mine egne noter", encoding="utf-8")
    assert "bliver ikke overskrevet" in problems(
        lambda: save_results("noter.md", "Mine tal", ["x"], folder=tmp_path))[0]
    assert (tmp_path / "noter.md").read_text(encoding="utf-8") == "mine egne noter"
    assert "kan ikke bruges" in problems(lambda: save_results("../x.md", "x", [], folder=tmp_path))[0]


@pytest.mark.parametrize(("language", "options"), [("da", "»alder«, »boligform«"),
                                                   ("nb", "«alder», «boligform»")])
def test_an_unknown_choice_names_the_options_in_the_languages_quotation_marks(language, options):
    from samskab_lib.learner import check_choice
    from samskab_lib.texts import language_scope

    with language_scope(language), pytest.raises(InputError) as raised:
        check_choice("køn", ["alder", "boligform"], "Opdelingen (opdeling)")
    assert raised.value.problems[0].endswith(f": {options}.")
