"""Figures written in the prose agree with what the library computes."""
from __future__ import annotations

from pathlib import Path

from samskab_lib.evaluation.energy import HeatingParameters, energy_and_co2_saved

ROOT = Path(__file__).resolve().parent.parent


def _danish(number: float, decimals: int = 0) -> str:
    text = f"{number:,.{decimals}f}"
    return text.replace(",", "X").replace(".", ",").replace("X", ".")


def test_step_five_worked_example_uses_the_library_defaults():
    page = (ROOT / "book" / "trin" / "evaluer.md").read_text(encoding="utf-8")
    defaults = HeatingParameters()
    one = energy_and_co2_saved(1)
    many = energy_and_co2_saved(450)
    saved_kwh = one.fuel_kwh - one.electricity_kwh
    saved_tonnes = (one.oil_co2_kg - one.electricity_co2_kg) / 1000
    assert f"{_danish(defaults.boiler_efficiency * 100)} %" in page
    assert f"| {_danish(defaults.heat_pump_scop, 1)} |" in page
    assert f"omkring {_danish(round(saved_tonnes, 1), 1)} ton CO2" in page
    assert f"omkring {_danish(round(saved_kwh, -2))} kWh" in page
    assert f"{_danish((many.fuel_kwh - many.electricity_kwh) / 1e6, 1)} GWh" in page
