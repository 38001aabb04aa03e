"""Energy and CO2 saved by replacing oil boilers with heat pumps; every default has a source."""
from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

from ..errors import InputError
from ..formatting import number
from ..texts import text
from .checks import checked_count, checked_real, passed, problem, raise_if


@dataclass(frozen=True)
class HeatingParameters:
    """Assumptions for replacing one oil boiler with a heat pump; each default has a source.

    - ``litres_per_year`` = 2,000 l: a *planning assumption* (derived, not a source figure).
      Bolius's example house of 150 m² uses 2,800 l a year with a 75 %-efficient boiler, and
      Energistyrelsen's data show real use about 30 % below the theoretical figure;
      2,800 × 0.7 ≈ 2,000 (bib key ``bolius-oliefyr``).
    - ``kwh_per_litre`` = 10.10 kWh/l: heating gas oil, Energistyrelsen, *Håndbog for
      energikonsulenter* HB2016, table 9.3.1 (``hb2016``).
    - ``kg_co2_per_litre`` = 2.691 kg CO2/l (0.266 kg/kWh of fuel): same table (``hb2016``).
    - ``boiler_efficiency`` = 0.75: Bolius's example boiler; seasonal efficiency is typically
      70–80 % (``bolius-oliefyr``).
    - ``heat_pump_scop`` = 2.7: Bolius's figure for an air-to-water heat pump, the usual
      replacement for an oil boiler; ground-source heat pumps 3.0 (``bolius-oliefyr``).
    - ``grid_kg_co2_per_kwh`` = 0.157 kg/kWh: Energinet's environmental declaration for Danish
      electricity, 2019 (preliminary); 2017 ≈ 0.190, 2015 ≈ 0.192–0.202
      (``energinet-deklaration``). No later official annual figure was found, so the year is
      a parameter too (``grid_year``).
    """

    litres_per_year: float = 2000.0
    kwh_per_litre: float = 10.10
    kg_co2_per_litre: float = 2.691
    boiler_efficiency: float = 0.75
    heat_pump_scop: float = 2.7
    grid_kg_co2_per_kwh: float = 0.157
    grid_year: int = 2019

    def problems(self) -> list[str]:
        """Danish problems with these values (empty when they are usable)."""
        found: list[str] = []
        for name in PARAMETER_SOURCES:
            label = text(f"evaluation.parameters.{name}")
            value = checked_real(getattr(self, name), name, found, label)
            if value is None:
                continue
            if name == "grid_kg_co2_per_kwh":
                if value < 0:
                    found.append(problem("negative", field=label, value=number(value, 3)))
            elif value <= 0:
                found.append(problem("not_positive", field=label, value=number(value, 2)))
            elif name == "boiler_efficiency" and value > 1:
                found.append(problem("share_above_one", field=label, value=number(value, 2)))
        return found


#: Where each default in :class:`HeatingParameters` comes from: (bib key, is it derived?).
PARAMETER_SOURCES: dict[str, tuple[str, bool]] = {
    "litres_per_year": ("bolius-oliefyr", True),
    "kwh_per_litre": ("hb2016", False),
    "kg_co2_per_litre": ("hb2016", False),
    "boiler_efficiency": ("bolius-oliefyr", False),
    "heat_pump_scop": ("bolius-oliefyr", False),
    "grid_kg_co2_per_kwh": ("energinet-deklaration", False),
}


@dataclass(frozen=True)
class EnergySaving:
    """Energy and CO2 per year before (oil) and after (heat pump) for *boilers* houses."""

    boilers: int
    parameters: HeatingParameters
    oil_litres: float
    fuel_kwh: float
    heat_kwh: float
    electricity_kwh: float
    oil_co2_kg: float
    electricity_co2_kg: float

    @property
    def energy_saved_kwh(self) -> float:
        """Bought energy saved: oil's energy content minus the heat pump's electricity."""
        return self.fuel_kwh - self.electricity_kwh

    @property
    def co2_saved_kg(self) -> float:
        return self.oil_co2_kg - self.electricity_co2_kg

    @property
    def co2_saved_tonnes(self) -> float:
        return self.co2_saved_kg / 1000


def energy_and_co2_saved(boilers: int, parameters: HeatingParameters | None = None,
                         **changes: float) -> EnergySaving:
    """Energy and CO2 saved per year when *boilers* oil boilers are replaced by heat pumps.

    *parameters* holds the assumptions (default: :class:`HeatingParameters`, where each
    default's source is given); *changes* overrides single assumptions by name, e.g.
    ``energy_and_co2_saved(25, HeatingParameters(heat_pump_scop=3.5))`` or
    ``energy_and_co2_saved(25, heat_pump_scop=3.5)``.

    Oil: litres × kWh/litre is the bought energy; litres × kg CO2/litre the emission.
    Heat delivered = oil energy × boiler efficiency; the heat pump needs heat / SCOP of
    electricity, which emits electricity × the grid's kg CO2 per kWh.
    """
    parameters = _parameters(parameters, changes)
    problems: list[str] = []
    counted = checked_count(boilers, "boilers", problems)
    problems += parameters.problems()
    raise_if(problems)
    houses = passed(counted)
    litres = houses * parameters.litres_per_year
    fuel = litres * parameters.kwh_per_litre
    heat = fuel * parameters.boiler_efficiency
    electricity = heat / parameters.heat_pump_scop
    return EnergySaving(
        boilers=houses, parameters=parameters, oil_litres=litres, fuel_kwh=fuel, heat_kwh=heat,
        electricity_kwh=electricity, oil_co2_kg=litres * parameters.kg_co2_per_litre,
        electricity_co2_kg=electricity * parameters.grid_kg_co2_per_kwh,
    )


def parameter_names() -> tuple[str, ...]:
    """The sourced parameters of :class:`HeatingParameters`, in order."""
    return tuple(f.name for f in fields(HeatingParameters) if f.name in PARAMETER_SOURCES)


def _parameters(parameters: object, changes: dict[str, Any]) -> HeatingParameters:
    """*parameters* (default: the sourced defaults) with *changes*; InputError in Danish.

    The changed values are a user's, of any type: :meth:`HeatingParameters.problems` checks them.
    """
    if parameters is None:
        parameters = HeatingParameters()
    if not isinstance(parameters, HeatingParameters):
        raise InputError(text("evaluation.errors.not_heating_parameters",
                              kind=type(parameters).__name__))
    known = {f.name for f in fields(HeatingParameters)}
    unknown = [name for name in changes if name not in known]
    if unknown:
        raise InputError(text("evaluation.errors.unknown_parameter", names=", ".join(unknown),
                              known=", ".join(sorted(known))))
    return replace(parameters, **changes)
