"""Check filled-in values against a template's definition and clean them.

:func:`validate` collects every problem before it raises, so a user fixes a file in one go.
Each problem is a Danish sentence naming the file, the field (and row and column) and what to do.
"""
from __future__ import annotations

import difflib
import math
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from ..errors import InputError
from ..texts import text
from .definitions import Field, Filled, Template, load_template, template_ids
from .reading import (
    CONTROL,
    clean_text,
    danish_date,
    line_of,
    read_date,
    read_number,
    write_number,
)

TEMPLATE_KEY = "skabelon"


def validate(template_id: str, data: Any, source: str | None = None) -> Filled:
    """Check *data* (a mapping of field ids to values) against *template_id*; return it cleaned.

    *source* names where the data came from (a file name) in the messages. Raises
    :class:`~samskab_lib.errors.InputError` listing every problem found.
    """
    source = source or text("template_errors.dict_source")
    template = known_template(template_id, text("template_errors.where_file", source=source))
    if not isinstance(data, Mapping):
        raise InputError(text("template_errors.not_mapping", where=source, template=template.id))
    named = data.get(TEMPLATE_KEY)
    if named is not None and str(named) != template.id:
        raise InputError(text("template_errors.wrong_template", where=source,
                              found=_show(named), expected=template.id))
    checker = _Checker(source)
    for key in data:
        if key != TEMPLATE_KEY and (not isinstance(key, str) or key not in template.field_ids):
            checker.unknown(_at_line(text("template_errors.where_field", source=source,
                                          field=_show(key)), key),
                            _show(key), template.field_ids)
    values = {f.id: checker.field(f, data.get(f.id)) for f in template.inputs}
    if checker.problems:
        raise InputError(checker.problems)
    return Filled(template, values)


def known_template(template_id: Any, where: str) -> Template:
    """The template *template_id*, or an :class:`InputError` that suggests the nearest id."""
    known = template_ids()
    if isinstance(template_id, str) and template_id in known:
        return load_template(template_id)
    suggestion = suggest(_show(template_id), known)
    if suggestion:
        raise InputError(text("template_errors.unknown_template_suggest", where=where,
                              template=_show(template_id), suggestion=suggestion,
                              known=", ".join(known)))
    raise InputError(text("template_errors.unknown_template", where=where,
                          template=_show(template_id), known=", ".join(known)))


def suggest(word: str, candidates: Sequence[str]) -> str | None:
    """The candidate closest to *word*, also when æ, ø and å were typed as ae, oe and aa."""
    folded = {_fold(c): c for c in candidates}
    match = difflib.get_close_matches(_fold(word), list(folded), n=1, cutoff=0.6)
    return folded[match[0]] if match else None


def _fold(word: str) -> str:
    word = word.lower().strip()
    for letter, plain in (("æ", "ae"), ("ø", "oe"), ("å", "aa")):
        word = word.replace(letter, plain)
    return word


def _at_line(where: str, value: Any) -> str:
    """*where* with the line *value* stands on, when it came from a file."""
    line = line_of(value)
    return text("template_errors.at_line", where=where, line=line) if line else where


def _show(value: Any) -> str:
    shown = CONTROL.sub(" ", str(value))
    return shown if len(shown) <= 60 else shown[:57] + "..."


class _Checker:
    """Walks the fields of one template, collecting problems and cleaned values."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[str] = []
        # A form shows its fields by their headings, a file by the keys written in it.
        self.by_label = source == text("template_errors.form_source")

    def name(self, spec: Field) -> str:
        """How the messages name field or column *spec*: as the reader sees it."""
        return spec.label if self.by_label else spec.id

    def add(self, key: str, where: str, **values: Any) -> None:
        self.problems.append(text(f"template_errors.{key}", where=where, **values))

    def unknown(self, where: str, name: str, known: Sequence[str]) -> None:
        suggestion = suggest(name, known)
        if suggestion:
            self.add("unknown_field_suggest", where, suggestion=suggestion)
        else:
            self.add("unknown_field", where, known=", ".join(known))

    def field(self, spec: Field, value: Any) -> Any:
        where = text("template_errors.where_field", source=self.source, field=self.name(spec))
        if spec.type == "rækker":
            return self.rows(spec, value, where)
        return self.value(spec, value, where)

    def value(self, spec: Field, value: Any, where: str) -> Any:
        """Check one text, number, date or list value; return it cleaned (None when empty)."""
        where = _at_line(where, value)
        if _empty(value):
            if spec.required:
                self.add("missing", where, help=spec.help)
            return [] if spec.type == "liste" else None
        check = {"tekst": self.text, "tal": self.number, "dato": self.date,
                 "liste": self.text_list}[spec.type]
        return check(spec, value, where)

    def text(self, spec: Field, value: Any, where: str) -> str | None:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            self.add("number_as_text", where, value=_show(value))
            return None
        if not isinstance(value, (str, date)):
            self.add("not_text", where)
            return None
        return _clean(value.isoformat() if isinstance(value, date) else value)

    def number(self, spec: Field, value: Any, where: str) -> float | int | None:
        if isinstance(value, str):
            try:
                value = read_number(value)
            except ValueError as reason:
                self.add(str(reason), where, value=_show(value))
                return None
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            self.add("not_number", where, value=_show(value))
            return None
        if spec.integer and value != int(value):
            self.add("not_integer", where, value=write_number(value))
            return None
        if spec.minimum is not None and value < spec.minimum:
            self.add("too_small", where, value=write_number(value),
                     limit=write_number(spec.minimum))
        if spec.maximum is not None and value > spec.maximum:
            self.add("too_large", where, value=write_number(value),
                     limit=write_number(spec.maximum))
        return int(value) if spec.integer or isinstance(value, int) else value

    def date(self, spec: Field, value: Any, where: str) -> date | None:
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        if isinstance(value, str):
            try:
                return read_date(value)
            except ValueError as reason:
                if str(reason) != "not_date":
                    self.add("bad_date", where, value=_show(value), reason=str(reason))
                    return None
        self.add("not_date", where, value=_show(value))
        return None

    def text_list(self, spec: Field, value: Any, where: str) -> list[str]:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            self.add("not_list", where)
            return []
        items = []
        for number, item in enumerate(value, start=1):
            if _empty(item):
                self.add("empty_item", where, item=number)
                continue
            cleaned = self.text(spec, item, text("template_errors.where_item", where=where, item=number))
            if cleaned:
                items.append(cleaned)
        return items

    def rows(self, spec: Field, value: Any, where: str) -> list[dict[str, Any]]:
        if _empty(value):
            if spec.required:
                self.add("missing", where, help=spec.help)
            return []
        if not isinstance(value, list):
            self.add("not_rows", where)
            return []
        if spec.max_rows is not None and len(value) > spec.max_rows:
            self.add("too_many_rows", where, limit=spec.max_rows, count=len(value))
        read = (self.row(spec, raw, number) for number, raw in enumerate(value, start=1))
        rows = [row for row in read if row is not None]
        self.unique(spec, rows)
        self.date_order(spec, rows)
        return [{k: v for k, v in row.items() if k != "_number"} for row in rows]

    def row(self, spec: Field, raw: Any, number: int) -> dict[str, Any] | None:
        where = _at_line(text("template_errors.where_row", source=self.source,
                              field=self.name(spec), row=number), raw)
        if not isinstance(raw, Mapping):
            self.add("not_row" if not _empty(raw) else "empty_row", where)
            return None
        if _empty(raw):
            self.add("empty_row", where)
            return None
        column_ids = tuple(c.id for c in spec.columns)
        for key in raw:
            if not isinstance(key, str) or key not in column_ids:
                self.unknown(_at_line(text("template_errors.where_column", source=self.source,
                                           field=spec.id, row=number, column=_show(key)), key),
                             _show(key), column_ids)
        row: dict[str, Any] = {"_number": number}
        for column in spec.columns:
            where_column = text("template_errors.where_column", source=self.source,
                                field=self.name(spec), row=number, column=self.name(column))
            row[column.id] = self.value(column, raw.get(column.id), where_column)
        return row

    def unique(self, spec: Field, rows: list[dict[str, Any]]) -> None:
        for column in (c for c in spec.columns if c.unique):
            first: dict[Any, int] = {}
            for row in rows:
                value = row[column.id]
                if value is None:
                    continue
                if value in first:
                    self.add("duplicate", text("template_errors.where_column", source=self.source,
                             field=self.name(spec), row=row["_number"], column=self.name(column)),
                             value=_show(value), first=first[value])
                else:
                    first[value] = row["_number"]

    def date_order(self, spec: Field, rows: list[dict[str, Any]]) -> None:
        if not spec.date_order:
            return
        start_id, end_id = spec.date_order
        for row in rows:
            start, end = row[start_id], row[end_id]
            if start is not None and end is not None and end < start:
                self.add("date_order", text("template_errors.where_column", source=self.source,
                         field=self.name(spec), row=row["_number"],
                         column=self.name(spec.column(end_id))),
                         start=danish_date(start), end=danish_date(end))


def _clean(value: str) -> str | None:
    return clean_text(value) or None



def _empty(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not clean_text(value)
    if isinstance(value, (list, tuple)):
        return all(_empty(v) for v in value)
    if isinstance(value, Mapping):
        return all(_empty(v) for v in value.values())
    return False
