"""A small form for trying other heating assumptions in a running notebook.

The web book has no kernel, so pages show the default result and keep this form in a
``remove-cell`` cell. Bad values never raise: the Danish problems are shown in the form.
"""
from __future__ import annotations

import html
from dataclasses import dataclass, field

import ipywidgets as widgets

from ..errors import InputError
from ..texts import text
from .energy import HeatingParameters, energy_and_co2_saved
from .tables import energy_table

_FLOAT_FIELDS = ("litres_per_year", "boiler_efficiency", "heat_pump_scop", "grid_kg_co2_per_kwh")


@dataclass
class HeatingCalculator:
    """The form's controls (by parameter name), its result area and the box showing both."""

    controls: dict[str, widgets.Widget]
    result: widgets.HTML
    box: widgets.VBox = field(init=False)

    def __post_init__(self) -> None:
        self.box = widgets.VBox([*self.controls.values(), self.result])
        for control in self.controls.values():
            control.observe(lambda _change: self.update(), names="value")
        self.update()

    def update(self) -> None:
        """Recompute from the controls; show the table, or the problems in Danish."""
        values = {name: control.value for name, control in self.controls.items()}
        boilers = values.pop("boilers")
        try:
            saving = energy_and_co2_saved(boilers, **values)
        except InputError as error:
            items = "".join(f"<li>{html.escape(p)}</li>" for p in error.problems)
            heading = html.escape(text("evaluation.widgets.problems_heading"))
            self.result.value = f'<div role="alert"><p>{heading}</p><ul>{items}</ul></div>'
            return
        self.result.value = energy_table(saving)._repr_html_()

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.box)


def heating_calculator(boilers: int = 450,
                       parameters: HeatingParameters | None = None) -> HeatingCalculator:
    """A form with the number of houses and the heating assumptions, prefilled with defaults."""
    parameters = parameters or HeatingParameters()
    style = {"description_width": "16em"}
    controls: dict[str, widgets.Widget] = {
        "boilers": widgets.IntText(value=boilers, description=text("evaluation.widgets.boilers"),
                                   style=style),
    }
    for name in _FLOAT_FIELDS:
        controls[name] = widgets.FloatText(value=getattr(parameters, name),
                                           description=text(f"evaluation.widgets.{name}"),
                                           style=style)
    return HeatingCalculator(controls, widgets.HTML())
