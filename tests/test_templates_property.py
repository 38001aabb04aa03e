"""Arbitrary text and structures never crash validation or rendering: only InputError."""
from __future__ import annotations

import io
from datetime import date

from docx import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from samskab_lib import (
    InputError,
    load_template,
    to_docx,
    to_html,
    to_markdown,
    validate,
)
from samskab_lib.templates.definitions import template_ids

_scalars = (st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True)
            | st.text() | st.dates())
_values = st.recursive(_scalars, lambda inner: st.lists(inner, max_size=4)
                       | st.dictionaries(st.text(max_size=12) | st.integers(), inner, max_size=4),
                       max_leaves=12)


@st.composite
def _near_valid(draw):
    """Data with the template's own field and column names; mostly well typed, sometimes not."""
    template = load_template(draw(st.sampled_from(template_ids())))
    data = {}
    for spec in template.inputs:
        if spec.required or draw(st.booleans()):
            data[spec.id] = draw(_value_for(spec, draw(st.integers(0, 9)) < 8))
    return template.id, data


def _value_for(spec, well_typed: bool):
    if not spec.columns:
        return _typed(spec.type) if well_typed else _values
    columns = {c.id: _typed(c.type) if well_typed else _values for c in spec.columns}
    required = {k: v for k, v in columns.items() if spec.column(k).required}
    optional = {k: v for k, v in columns.items() if k not in required}
    rows = st.fixed_dictionaries(required, optional=optional)
    return st.lists(rows, min_size=1, max_size=3) if well_typed else (st.lists(rows) | _values)


def _typed(kind: str):
    return {"tekst": st.text(min_size=1), "tal": st.integers(0, 18) | st.floats(0, 1e6),
            "dato": st.dates(date(2000, 1, 1), date(2100, 1, 1)),
            "liste": st.lists(st.text(min_size=1), max_size=3)}[kind]


def _render_all(filled) -> None:
    assert to_markdown(filled)
    assert to_html(filled).startswith("<!DOCTYPE html>")
    Document(io.BytesIO(to_docx(filled)))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(template_ids()), _values)
def test_arbitrary_structures_give_input_error_or_render(template_id, data):
    try:
        filled = validate(template_id, data, "x.yml")
    except InputError as error:
        assert error.problems and all(isinstance(p, str) and p for p in error.problems)
        return
    _render_all(filled)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_near_valid())
def test_near_valid_data_gives_input_error_or_renders_in_every_format(case):
    template_id, data = case
    try:
        filled = validate(template_id, data, "x.yml")
    except InputError as error:
        assert all(p.startswith("x.yml") for p in error.problems)
        return
    _render_all(filled)


@settings(max_examples=100, deadline=None)
@given(st.text(min_size=1))
def test_any_text_in_a_field_is_escaped_in_html(value):
    data = {"projekt": value, "hvad": "a", "hvorfor": "b", "hvornår": "c", "hvor_meget": "d"}
    try:
        filled = validate("udgangspunkt", data)
    except InputError:
        return
    page = to_html(filled, full_document=False).replace("<br>", "")
    baseline = to_html(validate("udgangspunkt", {**data, "projekt": "p"}), full_document=False)
    assert page.count("<") == baseline.count("<")  # the value added no tag of its own
