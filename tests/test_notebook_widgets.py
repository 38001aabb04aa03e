"""Every widget in the notebooks, given wrong values and clicked, in the notebook's own kernel.

The wrong values are set and the buttons clicked by a last cell appended to the notebook; an
exception in a widget's handler would reach the kernel's iopub as an error output, which
:meth:`Run.errors` collects.
"""
from __future__ import annotations

import html
from pathlib import Path

import pytest
from notebook_run import run_notebook

from samskab_lib.handbook.typology import load_types
from samskab_lib.texts import text

pytestmark = pytest.mark.notebook

BUTTONS = '''
import ipywidgets as _w

def _find(widget, kind):
    if isinstance(widget, kind):
        yield widget
    for child in getattr(widget, "children", ()):
        yield from _find(child, kind)

def _click(widget, description):
    for button in _find(widget, _w.Button):
        if button.description == description:
            button.click()
            return True
    return False
'''


def test_group_poster_form_with_wrong_keys_explains_in_danish(tmp_path: Path):
    setup = BUTTONS + '''
_seen = {}
_key = plakat_formular.inputs["top_fem"].rows[0]["nøgle"].widget
for _value in ["0", "-1", "19", "100", "tre"]:
    _key.value = _value
    _seen[_value] = [plakat_formular.errors.value, plakat_formular.preview.value]
    _click(plakat_formular.widget, "Gem som Word")
    _seen[_value].append(plakat_formular.message.value)
_other = sl.TemplateForm("gruppeplakat", initial={**plakat_data,
                         "top_fem": [{"nøgle": 25, "begrundelse": ""}]}, directory=".")
_seen["25"] = [_other.errors.value, _other.preview.value, ""]
_key.value = "3"
_seen["3"] = [plakat_formular.errors.value, plakat_formular.preview.value, ""]
'''
    run = run_notebook("book/notesboeger/noegler-rangering.ipynb", probe="_seen", setup=setup,
                       workdir=tmp_path)
    assert run.errors() == []
    seen = run.probe()
    for value, expected in [("0", "for lille"), ("-1", "for lille"), ("19", "for stor"),
                            ("100", "for stor"), ("25", "for stor")]:
        errors, preview, message = seen[value]
        assert "Det mangler eller skal rettes" in errors and expected in errors
        assert "kolonnen »Nøgle«" in errors
        # the preview follows what was typed (never stale, never a traceback)
        assert "Forhåndsvisningen venter" in preview or f"<td>{value}</td>" in preview
        assert message == "" if value == "25" else html.escape(text("template_form.fix_first")) in message
    assert "tre" in seen["tre"][0]
    errors, preview, _ = seen["3"]
    assert "Det mangler" not in errors and "Forhåndsvisningen venter" not in preview
    assert list(tmp_path.glob("*.docx")) == []  # nothing saved while the poster is wrong


def test_plan_form_with_wrong_values_and_every_button(tmp_path: Path):
    setup = BUTTONS + '''
_seen = {}
_row = formular.inputs["aktiviteter"].rows[0]
_timer = next(i for c, i in _row.items() if c == "timer")
_timer.widget.value = "mange"
_seen["fejl"] = formular.errors.value
_click(formular.widget, "Gem som Word")
_seen["word"] = formular.message.value
_click(formular.widget, "Gem som YAML")
_seen["yaml"] = formular.message.value
_click(formular.widget, "Gem som YAML")
_seen["igen"] = formular.message.value
_click(formular.widget, "Tilføj række")
_click(formular.widget, "Fjern")
_seen["rapport"] = PlanReport(formular.data())._repr_html_()
'''
    run = run_notebook("book/notesboeger/planlaeg-samarbejdet.ipynb", probe="_seen",
                       setup=setup, workdir=tmp_path)
    assert run.errors() == []
    seen = run.probe()
    assert "mange" in seen["fejl"]
    assert seen["word"] and "Word" in seen["word"] or "ret" in seen["word"].lower()
    assert seen["yaml"] and seen["igen"] != seen["yaml"]
    assert [p.suffix for p in tmp_path.iterdir() if p.is_file()] == [".yml"]


def test_heating_form_with_wrong_values_explains_in_danish(tmp_path: Path):
    setup = '''
_seen = {}
for _name, _value in [("heat_pump_scop", 0), ("boilers", -1), ("boiler_efficiency", 1.5)]:
    _old = regneformular.controls[_name].value
    regneformular.controls[_name].value = _value
    _seen[_name] = regneformular.result.value
    regneformular.controls[_name].value = _old
_seen["igen"] = regneformular.result.value
'''
    run = run_notebook("book/notesboeger/case-hjoerring.ipynb", probe="_seen", setup=setup,
                       workdir=tmp_path)
    assert run.errors() == []
    seen = run.probe()
    assert "Varmepumpens årsvirkningsgrad (SCOP): 0,00 skal være større end 0." in seen["heat_pump_scop"]
    assert "Antal oliefyr: -1 er negativ." in seen["boilers"]
    assert "er over 1" in seen["boiler_efficiency"]
    assert "<table" in seen["igen"] and 'role="alert"' not in seen["igen"]


def test_typology_menus_give_a_result_for_every_choice(tmp_path: Path):
    setup = '''
import contextlib, io
_seen = []
display = lambda shown: _seen.append(getattr(shown, "data", repr(shown)))  # what vis_resultat shows
for _menu in menuer.values():
    _start = _menu.value
    for _label, _value in _menu.options:
        _printed = io.StringIO()
        with contextlib.redirect_stdout(_printed):
            _menu.value = _value
        _seen.append(_printed.getvalue())
    _menu.value = _start
_seen = [s for s in _seen if s]
'''
    run = run_notebook("book/notesboeger/typologi-selvvurdering.ipynb", probe="_seen",
                       setup=setup, workdir=tmp_path)
    assert run.errors() == []
    seen = run.probe()
    assert len(seen) >= 12  # a result for every choice that changes the menu's value
    names = [t.name for t in load_types()]  # from the data file, where names may change
    assert all(any(name in shown for name in names) for shown in seen)
