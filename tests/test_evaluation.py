"""Evaluation figures: expected values worked out by hand here, and a Danish message per bad input."""
from __future__ import annotations

import math

import numpy as np
import pytest

from samskab_lib.errors import InputError
from samskab_lib.evaluation.costs import (
    cost_per_participant,
    cost_per_staff_trained,
    cost_with_staff_time,
)
from samskab_lib.evaluation.energy import HeatingParameters, energy_and_co2_saved
from samskab_lib.evaluation.goals import goal_attainment
from samskab_lib.evaluation.reach import dissimilarity_index, funnel, representativeness
from samskab_lib.evaluation.survey import likert_summary
from samskab_lib.evaluation.tables import energy_table, goal_table, parameters_table
from samskab_lib.evaluation.widgets import heating_calculator


def problems(call) -> list[str]:
    with pytest.raises(InputError) as caught:
        call()
    return caught.value.problems


# ----------------------------------------------------------------- goal attainment

def test_goal_attainment_hjoerring_ten_percent_of_4500():
    result = goal_attainment(4500, 300, 0.10)
    assert result.goal_count == pytest.approx(450)          # 4,500 × 0.10
    assert result.achieved_share == pytest.approx(300 / 4500)  # 6.67 %
    assert result.attainment == pytest.approx(300 / 450)   # two thirds of the goal
    assert result.remaining == pytest.approx(150)
    assert not result.reached


def test_goal_exceeded_has_nothing_remaining():
    result = goal_attainment(1200, 330, 0.25)  # goal 300
    assert result.reached and result.remaining == 0
    assert result.attainment == pytest.approx(1.1)


def test_goal_table_shows_danish_numbers():
    markdown = goal_table(goal_attainment(4500, 300, 0.10)).to_markdown()
    assert "| Udgangspunkt (antal) | 4.500 |" in markdown
    assert "| Andel af målet nået | 67 % |" in markdown


def test_baseline_smaller_than_phased_out_is_refused():
    found = problems(lambda: goal_attainment(100, 200, 0.1))
    assert found == ["Udgangspunktet (100) er mindre end antal opnået (200). Der kan ikke "
                     "opnås flere, end der var fra start: tjek de to tal."]


def test_share_above_one_is_refused():
    assert problems(lambda: goal_attainment(4500, 10, 10)) == [
        "Målandelen: 10,00 er over 1. Skriv andelen som et tal mellem 0 og 1 (fx 0,10 for 10 %)."]


def test_zero_baseline_and_negative_count_reported_together():
    found = problems(lambda: goal_attainment(0, -3, 0.1))
    assert found[0].startswith("Udgangspunktet (antal før indsatsen) er 0.")
    assert found[1] == "Antal opnået: -3 er negativ. Skriv et tal på 0 eller derover."


def test_text_instead_of_number_is_named():
    assert problems(lambda: goal_attainment("mange", 1, 0.1)) == [
        "Udgangspunktet (antal før indsatsen): »mange« er ikke et tal. "
        "Skriv tallet med cifre, fx 2.500 eller 12,5."]


# ----------------------------------------------------------------- energy and CO2

def test_co2_per_house_recomputed_from_sourced_factors():
    # 2,000 l × 2.691 kg/l (HB2016) = 5,382 kg CO2 from oil.
    # Heat: 2,000 l × 10.10 kWh/l = 20,200 kWh fuel × 0.75 (Bolius) = 15,150 kWh.
    # Heat pump: 15,150 / 2.7 (Bolius) = 5,611.11 kWh el × 0.157 kg/kWh (Energinet 2019) = 880.94 kg.
    saving = energy_and_co2_saved(1)
    assert saving.oil_co2_kg == pytest.approx(5382.0)
    assert saving.heat_kwh == pytest.approx(15150.0)
    assert saving.electricity_kwh == pytest.approx(5611.111, abs=0.01)
    assert saving.co2_saved_kg == pytest.approx(5382.0 - 880.944, abs=0.01)
    assert saving.energy_saved_kwh == pytest.approx(20200 - 5611.111, abs=0.01)


def test_co2_for_hjoerring_goal_of_450_boilers():
    saving = energy_and_co2_saved(450)
    assert saving.co2_saved_tonnes == pytest.approx(450 * 4.501056, abs=0.01)  # ≈ 2,025.5 t


def test_every_factor_can_be_overridden():
    # facts.md's worked check: 80 % efficiency, SCOP 3.0 → 16,160 kWh heat, 5,386.7 kWh el.
    saving = energy_and_co2_saved(1, boiler_efficiency=0.80, heat_pump_scop=3.0)
    assert saving.heat_kwh == pytest.approx(16160.0)
    assert saving.electricity_kwh == pytest.approx(5386.667, abs=0.01)
    assert saving.electricity_co2_kg == pytest.approx(5386.667 * 0.157, abs=0.01)


def test_default_parameters_match_their_sources():
    p = HeatingParameters()
    assert (p.kwh_per_litre, p.kg_co2_per_litre) == (10.10, 2.691)      # HB2016 table 9.3.1
    assert (p.boiler_efficiency, p.heat_pump_scop) == (0.75, 2.7)       # Bolius
    assert (p.grid_kg_co2_per_kwh, p.grid_year) == (0.157, 2019)        # Energinet 2019
    assert p.litres_per_year == 2000                                    # derived assumption


def test_parameters_table_lists_every_factor_with_source_and_status():
    table = parameters_table()
    assert len(table.rows) == 6
    rows = {row[0]: row for row in table.rows}
    assert rows["CO2 fra fyringsgasolie"][1] == "2,691"
    assert "HB2016" in rows["CO2 fra fyringsgasolie"][3]
    assert rows["Olieforbrug pr. hus og år"][4] == "Antagelse (udledt)"
    assert rows["Varmepumpens årsvirkningsgrad (SCOP)"][4] == "Fra kilden"
    assert "2019" in rows["CO2 pr. kWh el fra nettet"][3]


def test_energy_table_per_house_and_total():
    markdown = energy_table(energy_and_co2_saved(450)).to_markdown()
    assert "| Olie, liter pr. år | 2.000 | 900.000 |" in markdown
    assert "| Sparet CO2, ton pr. år | 4,50 | 2.030 |" in markdown


def test_bad_heating_assumptions_all_reported():
    found = problems(lambda: energy_and_co2_saved(-1, heat_pump_scop=0, boiler_efficiency=1.2))
    assert found == [
        "Antal oliefyr: -1 er negativ. Skriv et tal på 0 eller derover.",
        "Oliefyrets årsvirkningsgrad: 1,20 er over 1. Skriv andelen som et tal mellem 0 og 1 "
        "(fx 0,10 for 10 %).",
        "Varmepumpens årsvirkningsgrad (SCOP): 0,00 skal være større end 0.",
    ]


def test_negative_grid_intensity_and_text_factor_are_named():
    assert problems(lambda: energy_and_co2_saved(1, grid_kg_co2_per_kwh=-0.1,
                                                 kwh_per_litre="ti")) == [
        "Energiindhold i fyringsgasolie: »ti« er ikke et tal. Skriv tallet med cifre, fx 2.500 eller 12,5.",
        "CO2 pr. kWh el fra nettet: -0,100 er negativ. Skriv et tal på 0 eller derover.",
    ]


def test_calculator_form_shows_danish_problem_instead_of_raising():
    calculator = heating_calculator(450)
    assert "2.030" in calculator.result.value
    calculator.controls["heat_pump_scop"].value = 0
    assert "Varmepumpens årsvirkningsgrad (SCOP): 0,00 skal være større end 0." in calculator.result.value
    calculator.controls["heat_pump_scop"].value = 2.7
    assert "2.030" in calculator.result.value


# ----------------------------------------------------------------- cost

def test_cost_per_participant_jevnaker():
    assert cost_per_participant(400_000, 80).per_unit == 5_000  # NOK 400,000 / 80


def test_cost_per_staff_trained():
    assert cost_per_staff_trained(90_000, 12).per_unit == 7_500  # DKK 90,000 / 12


def test_cost_with_staff_time():
    # DKK 600,000 direct + 2,200 hours × DKK 450 = 600,000 + 990,000 = 1,590,000.
    cost = cost_with_staff_time(600_000, 2_200, 450)
    assert (cost.staff, cost.total) == (990_000, 1_590_000)
    assert problems(lambda: cost_with_staff_time(1, -2, 450)) == [
        "Antal personaletimer: -2 er negativ. Skriv et tal på 0 eller derover."]


def test_zero_participants_is_a_danish_error_not_zero_division():
    assert problems(lambda: cost_per_participant(400_000, 0)) == [
        "Antal deltagere er 0. Der skal være mindst én, før omkostningen pr. person kan beregnes."]


def test_negative_cost_is_refused():
    assert problems(lambda: cost_per_staff_trained(-1, 5)) == [
        "Omkostningen: -1 er negativ. Skriv et tal på 0 eller derover."]


# ----------------------------------------------------------------- funnel

def test_funnel_conversion_rates():
    result = funnel({"Inviteret": 1200, "Deltog": 300, "Aktive": 90, "Ambassadører": 9})
    assert [s.share_of_previous for s in result.stages] == [None, 0.25, 0.3, 0.1]
    assert result.stages[-1].share_of_first == pytest.approx(9 / 1200)


def test_funnel_rate_after_an_empty_stage_is_undefined_not_nan():
    result = funnel([("Inviteret", 10), ("Aktive", 0), ("Ambassadører", 0)])
    assert result.stages[1].share_of_previous == 0
    assert result.stages[2].share_of_previous is None


def test_funnel_that_grows_is_refused():
    assert problems(lambda: funnel({"Inviteret": 10, "Deltog": 20})) == [
        "Tragtens trin »Deltog« (20) er større end trinnet før (»Inviteret«, 10). "
        "Hvert trin er en del af trinnet før: tjek tallene."]


def test_negative_funnel_stage_is_named():
    assert problems(lambda: funnel({"Inviteret": 10, "Aktive": -2})) == [
        "Tragtens trin »Aktive«: -2 er negativ. Skriv et tal på 0 eller derover."]


def test_empty_funnel_and_empty_first_stage():
    assert problems(lambda: funnel({})) == [
        "Trinene i tragten: der er ingen værdier. Angiv mindst én."]
    assert problems(lambda: funnel({"Inviteret": 0}))[0].startswith(
        "Tragtens første trin (»Inviteret«) er 0.")


# ----------------------------------------------------------------- representativeness

def test_dissimilarity_index_on_a_small_table():
    # Population 600/400 (60 %/40 %); participants 30/70 (30 %/70 %).
    # D = ½ (|0.6 − 0.3| + |0.4 − 0.7|) = ½ (0.3 + 0.3) = 0.3.
    assert dissimilarity_index({"Ejere": 600, "Lejere": 400},
                               {"Ejere": 30, "Lejere": 70}) == pytest.approx(0.3)


def test_representativeness_ratios_per_group():
    result = representativeness({"Unge": 200, "Voksne": 500, "Ældre": 300},
                                {"Unge": 10, "Voksne": 50, "Ældre": 40})
    ratios = {g.group: g.ratio for g in result.groups}
    # Unge 10 % of participants vs 20 % of population → 0.5; Ældre 40 % vs 30 % → 1.333.
    assert ratios == pytest.approx({"Unge": 0.5, "Voksne": 1.0, "Ældre": 4 / 3})
    assert result.dissimilarity_index == pytest.approx(0.1)  # ½ (0.1 + 0 + 0.1)


def test_identical_distributions_give_zero():
    assert dissimilarity_index({"a": 100, "b": 300}, {"a": 5, "b": 15}) == 0


def test_representativeness_bad_input_named():
    found = problems(lambda: representativeness({"a": 10, "b": 0}, {"a": -1, "c": 2}))
    assert found[0] == ("Befolkningen og deltagerne har ikke de samme grupper. "
                        "Kun i befolkningen: b. Kun blandt deltagerne: c.")
    assert "Gruppen »b« har 0 i befolkningen." in found[1]
    assert found[2] == "Deltagerne, gruppen »a«: -1 er negativ. Skriv et tal på 0 eller derover."
    assert problems(lambda: representativeness({"a": 10}, {"a": 0})) == [
        "Deltagerne: summen over alle grupper er 0. Der skal være mindst én person."]


# ----------------------------------------------------------------- Likert

def test_likert_summary_on_a_small_list():
    # Answers 1, 2, 4, 5, 5: counts (1, 1, 0, 1, 2); mean 17 / 5 = 3.4; agreeing (4 or 5) 3 of 5.
    summary = likert_summary({"Tid nok": [1, 2, 4, 5, 5]})
    question = summary.questions[0]
    assert question.counts == (1, 1, 0, 1, 2)
    assert question.mean == pytest.approx(3.4)
    assert question.share_agreeing == pytest.approx(0.6)
    assert question.shares == pytest.approx((0.2, 0.2, 0, 0.2, 0.4))
    assert summary.scale[0] == "Helt uenig" and summary.scale[-1] == "Helt enig"


def test_likert_custom_scale_and_agree_threshold():
    summary = likert_summary({"q": np.array([1, 2, 3, 3])}, ["Nej", "Måske", "Ja"], agree_from=3)
    assert summary.questions[0].share_agreeing == 0.5
    assert summary.questions[0].mean == pytest.approx(9 / 4)


def test_likert_unknown_values_named_per_question():
    found = problems(lambda: likert_summary({"q1": [1, 6, 0, "ved ikke"], "q2": []}))
    assert found == [
        "Spørgsmålet »q1« har svar, der ikke findes på skalaen 1–5: 6, 0, ved ikke. "
        "Ret eller fjern de svar.",
        "Spørgsmålet »q2« har ingen svar. Fjern det, eller tilføj svar.",
    ]


def test_likert_fractions_are_unknown_values_and_nan_is_blank():
    found = problems(lambda: likert_summary({"q": np.array([1.0, 2.5, math.nan])}))
    assert found == ["Spørgsmålet »q« har svar, der ikke findes på skalaen 1–5: 2.5. "
                     "Ret eller fjern de svar."]


def test_likert_empty_survey():
    assert problems(lambda: likert_summary({})) == [
        "Svarene: der er ingen værdier. Angiv mindst én."]


def test_energy_results_are_rounded_to_the_precision_of_their_assumptions():
    from samskab_lib.evaluation.energy import energy_and_co2_saved
    from samskab_lib.evaluation.tables import energy_table
    from samskab_lib.formatting import approximately

    saved = energy_and_co2_saved(450)
    cells = [cell for row in energy_table(saved).rows for cell in row[1:]]
    assert approximately(saved.energy_saved_kwh) in cells
    assert approximately(14589) == "14.600" and approximately(2025.5) == "2.030"
    for cell in cells:  # no more than three significant digits in any figure
        assert len(cell.replace(".", "").replace(",", "").strip("0")) <= 3, cell
