"""The library as an analyst uses it from a Python prompt: one table of calls and outcomes."""
from __future__ import annotations

import math

import numpy as np
import pytest

import samskab_lib as sl

# (what the analyst types, a check of the result)
WORKS = [
    ("energy_and_co2_saved(25, HeatingParameters(heat_pump_scop=3.5))",
     lambda r: r.boilers == 25 and r.parameters.heat_pump_scop == 3.5
     and r.electricity_kwh == pytest.approx(25 * 2000 * 10.10 * 0.75 / 3.5)),
    ("energy_and_co2_saved(25, heat_pump_scop=3.5)",
     lambda r: r.electricity_kwh == pytest.approx(25 * 2000 * 10.10 * 0.75 / 3.5)),
    ("energy_and_co2_saved(25, HeatingParameters(heat_pump_scop=3.5), boiler_efficiency=0.8)",
     lambda r: r.parameters.boiler_efficiency == 0.8 and r.parameters.heat_pump_scop == 3.5),
    ("cost_with_staff_time(600_000, 2_200, 450)", lambda r: r.total == 600_000 + 2_200 * 450),
    ("default_likert_scale()", lambda r: r[0] == "Helt uenig" and len(r) == 5),
    ("likert_summary({'q': [5, 4, float('nan'), None, 2]})",
     lambda r: r.questions[0].n == 3 and r.questions[0].blanks == 2
     and r.questions[0].share_agreeing == pytest.approx(2 / 3)),
    ("likert_summary({'q': np.array([5.0, np.nan, 1.0])})",
     lambda r: r.questions[0].counts == (1, 0, 0, 0, 1) and r.questions[0].blanks == 1),
    ("goal_attainment(1200, 110, 0.25)", lambda r: isinstance(r, sl.GoalAttainment)),
    ("goal_progress(1200, [40, 110, 150], 0.25)",
     lambda r: [g.achieved for g in r] == [40, 150, 300] and r[-1].reached),
    ("funnel({'Inviteret': 1200, 'Deltog': 312})", lambda r: isinstance(r, sl.Funnel)),
    ("funnel([('Inviteret', 1200), ('Deltog', 312)])",
     lambda r: isinstance(r.stages[1], sl.FunnelStage) and r.stages[1].count == 312),
    ("representativeness({'a': 10, 'b': 30}, {'a': 1, 'b': 3})",
     lambda r: isinstance(r, sl.Representativeness) and r.dissimilarity_index == 0),
    ("cost_per_participant(400_000, 80)", lambda r: isinstance(r, sl.UnitCost) and r.per_unit == 5000),
    ("budget_total({'Lokaler': 25_000, 'Annoncer': 15_000})", lambda r: r == 40_000),
]

# (what the analyst types, the Danish message it gets)
REFUSED = [
    ("funnel(['a', 'b'])", "Trinene i tragten skal være par af navn og antal"),
    ("funnel(5)", "Trinene i tragten skal være en ordbog (dict)"),
    ("representativeness([10, 20], [1, 2])", "Befolkningen skal være en ordbog (dict)"),
    ("likert_summary([[1, 2, 3]])", "Svarene skal være en ordbog (dict)"),
    ("likert_summary({'q': 5})", "Spørgsmålet »q« skal have en liste af svar"),
    ("likert_summary({'q': 'enig'})", "Spørgsmålet »q« skal have en liste af svar"),
    ("likert_summary({'q': [None, float('nan')]})", "Spørgsmålet »q« har ingen svar"),
    ("energy_and_co2_saved(25, {'heat_pump_scop': 3.5})",
     "Antagelserne skal gives som HeatingParameters(...)"),
    ("energy_and_co2_saved(25, scop=3.5)", "Antagelsen scop findes ikke"),
    ("goal_attainment(100, 200, 0.1)", "Der kan ikke opnås flere, end der var fra start"),
    ("goal_progress(1200, 40, 0.25)", "Planen pr. periode: »40« er ikke en liste."),
    ("budget_total([25_000])", "Budgettet skal være en ordbog (dict)"),
]

NAMESPACE = {"np": np, **{name: getattr(sl, name) for name in sl.__all__}}


@pytest.mark.parametrize(("call", "check"), WORKS, ids=[c for c, _ in WORKS])
def test_analyst_call_works(call: str, check):
    assert check(eval(call, NAMESPACE))


@pytest.mark.parametrize(("call", "message"), REFUSED, ids=[c for c, _ in REFUSED])
def test_analyst_mistake_is_refused_in_danish(call: str, message: str):
    with pytest.raises(sl.InputError) as error:
        eval(call, NAMESPACE)
    assert message in str(error.value)


def test_generic_functions_speak_of_no_oil_boilers():
    for call in ["goal_attainment(100, 200, 0.1)", "goal_attainment(0, -3, 0.1)"]:
        with pytest.raises(sl.InputError) as error:
            eval(call, NAMESPACE)
        assert "oliefyr" not in str(error.value) and "udfas" not in str(error.value)


def test_dir_shows_the_public_api_only():
    names = dir(sl)
    assert not {"Any", "annotations", "importlib"} & set(names)
    assert not [n for n in names if n.startswith("_")]
    assert {"UnitCost", "Funnel", "cost_with_staff_time", "default_likert_scale",
            "explain_errors"} <= set(names)


def test_every_public_name_imports():
    assert all(getattr(sl, name) is not None for name in sl.__all__)


def test_nan_answers_are_left_out_not_counted_as_disagreeing():
    summary = sl.likert_summary({"q": [5, math.nan, 5]})
    assert summary.questions[0].share_agreeing == 1.0
