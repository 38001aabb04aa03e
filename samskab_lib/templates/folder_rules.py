"""The project folder's cross-sheet rules: one small function per kind of rule.

The rules themselves are data (``rules`` in ``data/templates/procesmappe/procesmappe.yml``);
``book/_static/forms/folder.js`` has the same four functions, so the page and the library give
the same warnings at the same places. A rule runs once every sheet it reads is started and
free of its own errors; a promise is looked for in whichever of its sheets are.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ..texts import text
from .definitions import load_template
from .folder import Folder, Problem, load_definition, split_path, text_values, where

Values = Mapping[str, Mapping[str, Any]]


def _fold(value: str) -> str:
    return " ".join(value.casefold().split())


def covered(rule: Mapping[str, Any], values: Values) -> list[tuple[str, tuple[Any, ...], dict]]:
    """Every value at ``items`` is named in some value at ``in``; the warning stands at ``in``."""
    targets = [_fold(v) for v, _ in text_values(values, rule["in"])]
    field_id = split_path(rule["in"])[1]
    return [(split_path(rule["in"])[0], (field_id,), {"item": item})
            for item, _ in text_values(values, rule["items"])
            if not any(_fold(item) in target for target in targets)]


def known(rule: Mapping[str, Any], values: Values) -> list[tuple[str, tuple[Any, ...], dict]]:
    """Every value at ``values`` is one of those at ``among``; the warning stands by the value."""
    among = {_fold(v) for v, _ in text_values(values, rule["among"])}
    sheet, field_id, _ = split_path(rule["values"])
    first = _first_column(sheet, field_id)
    return [(sheet, place, {"item": _row_value(values, sheet, place, first), "value": value})
            for value, place in text_values(values, rule["values"]) if _fold(value) not in among]


def needs_any(rule: Mapping[str, Any], values: Values) -> list[tuple[str, tuple[Any, ...], dict]]:
    """Every row at ``rows`` has at least one of ``columns`` filled."""
    sheet, field_id, _ = split_path(rule["rows"])
    first = _first_column(sheet, field_id)
    rows = values.get(sheet, {}).get(field_id) or []
    return [(sheet, (field_id, index, rule["columns"][0]),
             {"item": _row_value(values, sheet, (field_id, index), first)})
            for index, row in enumerate(rows)
            if not any(text_values({sheet: {field_id: [row]}}, f"{sheet}.{field_id}.{c}")
                       for c in rule["columns"])]


def promised(rule: Mapping[str, Any], values: Values) -> list[tuple[str, tuple[Any, ...], dict]]:
    """When a value at ``when`` names one of ``words``, the sheet ``sheet`` must be started."""
    if rule["sheet"] in values:
        return []
    words = [_fold(w) for w in rule["words"]]
    for path in rule["when"]:
        for value, _ in text_values(values, path):
            if any(word in _fold(value) for word in words):
                return [(rule["sheet"], (), {"value": value})]
    return []


KINDS: dict[str, Callable[[Mapping[str, Any], Values], list[tuple[str, tuple[Any, ...], dict]]]] = {
    "covered": covered, "known": known, "needs_any": needs_any, "promised": promised}


def sheets_read(rule: Mapping[str, Any]) -> set[str]:
    """The sheets a rule needs before it runs (a promise is looked for in whichever are there)."""
    paths = [rule[k] for k in ("items", "in", "values", "among", "rows") if k in rule]
    return {split_path(path)[0] for path in paths}


def check_rules(folder: Folder) -> list[Problem]:
    """Every cross-sheet warning for *folder*, in the order of the rules."""
    definition = load_definition()
    values = {sheet: filled.values for sheet, filled in folder.sheets.items()}
    problems = []
    for rule in definition.rules:
        if not sheets_read(rule) <= set(values):
            continue
        for sheet, place, fill in KINDS[rule["kind"]](rule, values):
            problems.append(Problem(definition.step_of(sheet).number, sheet, place,
                                    text(f"folder.rules.{rule['id']}", **fill), where(sheet, place)))
    return problems


def _first_column(sheet: str, field_id: str) -> str:
    return load_template(sheet).field(field_id).columns[0].id


def _row_value(values: Values, sheet: str, place: tuple[Any, ...], column: str) -> str:
    row = values[sheet][place[0]][place[1]]
    return next((v for v, _ in text_values({sheet: {place[0]: [row]}}, f"{sheet}.{place[0]}.{column}")), "")
