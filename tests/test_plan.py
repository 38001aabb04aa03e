"""The plan's time line and totals, computed by hand from the Hjørring example."""
from __future__ import annotations

import copy
from datetime import date

import pytest

from samskab_lib import InputError, PlanReport, gantt, load_example, plan_summary
from samskab_lib.evaluation.plan import danish_date


def test_totals_of_the_example_added_up_by_hand():
    summary = plan_summary(load_example("samarbejdsplan"))
    assert summary.total_hours == 60 + 40 + 50 + 120 + 150 + 80 + 30 == 530
    assert summary.total_kroner == 8000 + 0 + 12000 + 30000 + 20000 + 25000 + 5000 == 100000
    assert summary.start == date(2017, 9, 4)
    assert summary.end == date(2018, 12, 14)


def test_activity_days_count_both_ends():
    summary = plan_summary(load_example("samarbejdsplan"))
    days = {a.name: a.days for a in summary.activities}
    assert days["Videndelingsmøde for alle interesserede"] == 1
    assert days["Fokusgruppeinterviews med oliefyrsejere"] == 27 + 13  # 4-30 Sept, 1-13 Oct


def test_activities_are_ordered_by_start():
    data = copy.deepcopy(dict(load_example("samarbejdsplan").values))
    data["aktiviteter"].reverse()
    names = [a.name for a in plan_summary(data).activities]
    assert names[0] == "Fokusgruppeinterviews med oliefyrsejere"
    assert names[-1] == "Gode historier i lokale medier"


def test_small_plan_from_a_dict():
    data = {"projekt": "P", "formål": "F", "målgrupper": ["M"], "budskaber": ["B"],
            "aktiviteter": [
                {"aktivitet": "Møde", "start": "2027-03-01", "slut": "2027-03-03",
                 "ansvarlig": "A", "timer": 12.5, "kroner": 1000},
                {"aktivitet": "Avis", "start": "2027-02-01", "slut": "2027-02-28",
                 "ansvarlig": "B"}]}
    summary = plan_summary(data)
    assert summary.total_hours == 12.5 and summary.total_kroner == 1000
    assert summary.describe() == ("Planen har 2 aktiviteter fra 1. februar 2027 til 3. marts "
                                  "2027 og bruger i alt 12,5 timer og 1.000 kr.")
    table = summary.table()
    assert table.rows[-1] == ["I alt", "", "", "", "", 12.5, 1000]
    assert table.rows[0][:4] == ["Avis", "1. februar 2027", "28. februar 2027", 28]


def test_end_before_start_is_a_danish_error():
    data = copy.deepcopy(dict(load_example("samarbejdsplan").values))
    data["aktiviteter"][0]["slut"] = date(2017, 9, 1)
    with pytest.raises(InputError) as caught:
        plan_summary(data, source="plan.yml")
    assert caught.value.problems == [
        "plan.yml, feltet »aktiviteter«, række 1, kolonnen »slut«: slutdatoen 1. september 2017 ligger "
        "før startdatoen 4. september 2017. Ret en af de to datoer."]


def test_another_template_is_not_a_plan():
    with pytest.raises(InputError) as caught:
        plan_summary(load_example("trinplan"))
    assert "kun laves for skabelonen samarbejdsplan" in caught.value.problems[0]


def test_gantt_alt_text_names_every_activity_and_the_span():
    summary = plan_summary(load_example("samarbejdsplan"))
    figure = gantt(summary)
    assert figure.alt.startswith("Gantt-diagram over 7 aktiviteter fra 4. september 2017 til "
                                 "14. december 2018.")
    for activity in summary.activities:
        assert f"{activity.name} fra {danish_date(activity.start)}" in figure.alt
    axis = figure.figure.axes[0]
    assert axis.get_xlabel() == "Tid" and axis.get_ylabel() == "Aktivitet"
    assert len(axis.patches) == 7


def test_gantt_bars_use_the_okabe_ito_palette():
    from matplotlib.colors import to_hex

    from samskab_lib.palette import OKABE_ITO
    figure = gantt(plan_summary(load_example("samarbejdsplan")))
    colours = [to_hex(p.get_facecolor()).upper() for p in figure.figure.axes[0].patches]
    assert colours == [c.upper() for c in OKABE_ITO[:7]]


def test_report_shows_danish_errors_instead_of_a_traceback():
    report = PlanReport({"projekt": "P"}, source="formularen")
    html = report._repr_html_()
    assert 'role="alert"' in html and "formularen, feltet »Formål«: skal udfyldes" in html


def test_report_of_the_example_has_chart_and_totals():
    html = PlanReport(load_example("samarbejdsplan"))._repr_html_()
    assert "530 timer og 100.000 kr." in html and "<img" in html and "<table" in html
