"""Combining groups' top fives with the Borda count: results worked out by hand."""
from __future__ import annotations

import pytest

from samskab_lib import (
    InputError,
    aggregate_rankings,
    ranking_chart,
    ranking_table,
    top_keys,
)
from samskab_lib.handbook.ranking import points_for_place, validate_ranking


def test_places_give_five_down_to_one_point():
    assert [points_for_place(p) for p in range(1, 6)] == [5, 4, 3, 2, 1]


def test_three_groups_worked_by_hand():
    # Group A: 1,2,3,4,9  -> 1:5 2:4 3:3 4:2 9:1
    # Group B: 2,1,3,9,4  -> 2:5 1:4 3:3 9:2 4:1
    # Group C: 1,3,2,5,9  -> 1:5 3:4 2:3 5:2 9:1
    # Totals: 1=14, 2=12, 3=10, 9=4, 4=3, 5=2, the other twelve keys 0.
    result = aggregate_rankings([[1, 2, 3, 4, 9], [2, 1, 3, 9, 4], [1, 3, 2, 5, 9]])
    assert [(r.key, r.points, r.rank) for r in result[:6]] == [
        (1, 14, 1), (2, 12, 2), (3, 10, 3), (9, 4, 4), (4, 3, 5), (5, 2, 6)]
    assert len(result) == 18
    assert {(r.points, r.rank) for r in result[6:]} == {(0, 7)}


def test_equal_points_share_a_rank_and_the_next_rank_is_skipped():
    # 1: 5+4 = 9, 2: 4+5 = 9, 7: 3 -> ranks 1., 1., 3.
    result = aggregate_rankings([[1, 2, 7], [2, 1]])
    assert [(r.key, r.points, r.rank) for r in result[:3]] == [(1, 9, 1), (2, 9, 1), (7, 3, 3)]
    table = ranking_table(result)
    assert [row[0] for row in table.rows] == ["1.", "1.", "3."]


def test_a_shorter_list_still_gives_its_first_place_five_points():
    result = aggregate_rankings([[18]])
    assert result[0] == (18, 5, 1)


def test_known_range_limits_the_keys():
    result = aggregate_rankings([[3, 1]], known=range(1, 4))
    assert [(r.key, r.points, r.rank) for r in result] == [(3, 5, 1), (1, 4, 2), (2, 0, 3)]
    with pytest.raises(InputError, match="»4« er ikke en nøgle. Brug et helt tal fra 1 til 3"):
        aggregate_rankings([[4]], known=range(1, 4))


def test_no_groups_at_all_is_refused():
    with pytest.raises(InputError, match="ingen rangeringer"):
        aggregate_rankings([])


def test_every_problem_is_reported_with_its_group_and_place():
    with pytest.raises(InputError) as caught:
        aggregate_rankings([[1, 2], [], [1, 1, 19, "x", 2, 3]])
    assert caught.value.problems == [
        "Gruppe 2: rangeringen er tom. Skriv mindst ét nøglenummer.",
        "Gruppe 3: rangeringen har 6 nøgler. Vælg højst 5.",
        "Gruppe 3: nøgle 1 står mere end én gang. Hver nøgle må kun stå én gang.",
        "Gruppe 3, plads 3: »19« er ikke en nøgle. Brug et helt tal fra 1 til 18.",
        "Gruppe 3, plads 4: »x« er ikke en nøgle. Brug et helt tal fra 1 til 18.",
    ]


def test_validate_ranking_returns_a_valid_list_and_refuses_a_bool():
    assert validate_ranking((4, 2)) == [4, 2]
    with pytest.raises(InputError, match="»True« er ikke en nøgle"):
        validate_ranking([True])


def test_table_with_titles_has_four_headers_and_hides_zero_points():
    result = aggregate_rankings([[1, 2]])
    table = ranking_table(result, titles={n: f"titel {n}" for n in range(1, 19)})
    assert table.headers[2] == "Titel"
    assert table.rows == [["1.", 1, "titel 1", 5], ["2.", 2, "titel 2", 4]]


def test_chart_alt_text_names_the_leader_and_the_seminar_keys():
    result = aggregate_rankings([[1, 2, 3, 4, 9], [2, 1, 3, 9, 4], [1, 3, 2, 5, 9]])
    figure = ranking_chart(result, (1, 2, 3, 4, 9), groups=3)
    assert "3 gruppers" in figure.alt
    assert "nøgle 1 (14 point)" in figure.alt
    assert "nøgle 1, 2, 3, 4, 9" in figure.alt
    assert "5 af de 5" in figure.alt
    assert figure.png().startswith(b"\x89PNG")


def test_top_keys_include_ties_at_the_last_place_and_never_unchosen_keys():
    result = aggregate_rankings([[1, 2, 3, 4, 5], [1, 2, 3, 4, 6]], known=range(1, 8))
    assert top_keys(result) == [1, 2, 3, 4, 5, 6]  # 5 and 6 share 5th place
    assert top_keys(result, places=2) == [1, 2]
    assert 7 not in top_keys(result, places=7)
