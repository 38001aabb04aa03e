"""The typology and ranking fixtures that the browser test also uses, checked against samskab_lib.

tests/browser/test_forms.py gives the same answers to the web pages; both must match the fixture.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from samskab_lib.formatting import number
from samskab_lib.handbook.ranking import aggregate_rankings
from samskab_lib.handbook.typology import classify

FIXTURES = json.loads((Path(__file__).parent / "fixtures" / "typology_ranking.json")
                      .read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", FIXTURES["typology"], ids=lambda c: c["name"])
def test_typology_fixture_gives_its_type(case: dict) -> None:
    assessment = classify(case["answers"])
    assert assessment.type.id == case["type"]
    assert number(assessment.score, 2) == case["score"]


@pytest.mark.parametrize("case", FIXTURES["ranking"], ids=lambda c: c["name"])
def test_ranking_fixture_gives_its_combined_ranking(case: dict) -> None:
    result = aggregate_rankings(case["groups"])
    assert [[r.rank, r.key, r.points] for r in result if r.points > 0] == case["combined"]
