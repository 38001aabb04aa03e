"""The built case pages: figures from the library, no code, the widget cell removed."""
from __future__ import annotations

import html
from pathlib import Path

from samskab_lib.evaluation.charts import co2_chart, goal_attainment_chart
from samskab_lib.evaluation.energy import energy_and_co2_saved
from samskab_lib.evaluation.goals import goal_attainment


def page(site: Path, name: str) -> str:
    return (site / "book" / "notesboeger" / f"case-{name}.html").read_text(encoding="utf-8")


def test_hjoerring_page_shows_library_figures_and_no_code(site: Path):
    text = page(site, "hjoerring")
    # The example figure of 300 is a scenario under a scenario heading, never a result or a chart.
    assert "Scenarie: hvis 300 oliefyr var udfaset (eksempeldata)" in text
    assert "ville 67 % af målet være nået" in text and "67 % af målet nået" not in text
    assert html.escape(goal_attainment_chart(goal_attainment(4500, 300, 0.10)).alt) not in text
    assert f'alt="{html.escape(co2_chart(energy_and_co2_saved(450)).alt)}"' in text
    assert "omkring 14.600 kWh" in text and "omkring 2.000 ton CO2" in text
    assert "Energistyrelsen, Håndbog for energikonsulenter (HB2016), tabel 9.3.1." in text
    assert "from samskab_lib" not in text
    assert "heating_calculator" not in text  # the form's cell is removed from the web page
    assert "udfasede_oliefyr_eksempel" in text  # the value a learner changes is shown


def test_jevnaker_page_shows_cost_per_participant(site: Path):
    text = page(site, "jevnaker")
    assert "Med 80 deltagere er det 5.000 NOK pr. deltager." in text
    assert "from samskab_lib.cases" not in text


def test_nordfjordby_page_says_it_is_fictional(site: Path):
    text = page(site, "nordfjordby")
    assert "fiktiv" in text and "eksempeldata" in text
    assert "Dissimilaritetsindekset er 0,15." in text
    assert "Jeg ved, hvad mit input blev brugt til" in text
