"""The 18 keys from the KS seminar: numbering, themes, top five and their tables."""
from __future__ import annotations

import re

import pytest

from samskab_lib import (
    InputError,
    key,
    keys_by_theme,
    keys_table,
    load_keys,
    seminar_top_five,
    supplementary_keys,
    theme_table,
)
from samskab_lib.handbook.keys import load_themes, supplementary_table


def test_there_are_18_keys_numbered_1_to_18():
    assert [k.number for k in load_keys()] == list(range(1, 19))


def test_seminar_top_five_is_keys_1_2_3_4_and_9():
    assert seminar_top_five() == (1, 2, 3, 4, 9)


def test_every_key_has_a_known_theme_title_meaning_and_example():
    theme_ids = {theme.id for theme in load_themes()}
    for k in load_keys():
        assert k.theme in theme_ids, k.number
        assert k.title.strip() and k.meaning.strip() and k.example.strip(), k.number


def test_source_titles_stay_short_enough_to_be_our_own_words():
    assert all(len(re.findall(r"[^\W\d_]+", k.source_title)) <= 6 for k in load_keys())


def test_five_themes_cover_every_key_exactly_once():
    grouped = keys_by_theme()
    assert [theme.name for theme in grouped] == [
        "Formål og handlerum", "Metode og mennesker", "Roller, ejerskab og tillid",
        "Tid, træthed og opfølgning", "Organisation og kultur"]
    numbers = sorted(k.number for keys in grouped.values() for k in keys)
    assert numbers == list(range(1, 19))


def test_key_looks_up_by_number_and_refuses_an_unknown_number_in_danish():
    assert key(16).title == "Tal om involvering, ikke inddragelse"
    with pytest.raises(InputError, match="Nøgle 19 findes ikke"):
        key(19)


def test_participants_added_19_supplementary_keys_with_known_themes():
    extra = supplementary_keys()
    assert len(extra) == 19
    assert {s.theme for s in extra} <= {theme.id for theme in load_themes()}
    assert supplementary_table()._repr_html_().count("<tr>") == 20


def test_theme_table_lists_that_themes_keys_under_five_headers():
    table = theme_table("formaal")
    assert [row[0] for row in table.rows] == [1, 2, 18]
    assert len(table.headers) == 5
    with pytest.raises(InputError, match="Temaet »ukendt« findes ikke"):
        theme_table("ukendt")


def test_keys_table_for_a_chosen_top_five_keeps_the_given_order():
    table = keys_table([9, 1])
    assert [row[0] for row in table.rows] == [9, 1]
    assert table.rows[0][2] == "Metode og mennesker"
