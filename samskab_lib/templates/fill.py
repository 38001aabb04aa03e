"""Fill a template from a Python dict or a YAML file, and write filled or blank YAML.

A YAML file names its template in the key ``skabelon``; it is read by
:mod:`samskab_lib.templates.reading`, which keeps every value as the text the user wrote.
"""
from __future__ import annotations

from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any

import yaml

from ..errors import InputError
from ..formatting import number
from ..texts import DEFAULT_LANGUAGE, language_scope, text
from .definitions import (
    Field,
    Filled,
    example_path,
    examples_dir,
    load_template,
    template_ids,
)
from .reading import read_file, write_number
from .validate import TEMPLATE_KEY, known_template, validate


def from_dict(data: Any, template_id: str | None = None, source: str | None = None) -> Filled:
    """Validate *data*; the template is *template_id* or, when omitted, ``data["skabelon"]``."""
    source = source or text("template_errors.dict_source")
    if template_id is None:
        template_id = _named_template(data, source)
    return validate(template_id, data, source)


def load_filled(path: str | Path, template_id: str | None = None) -> Filled:
    """Read and validate the filled template in the YAML file *path*."""
    data = read_file(path)
    return from_dict(data, template_id, source=Path(path).name)


def load_example(template_id: str) -> Filled:
    """The filled example of *template_id* that ships with the book (``templates/eksempler``).

    An example without a translation is read as the Danish it is written in (its numbers and
    dates too); the sheets made from it show them in the library's language.
    """
    path = example_path(template_id)
    if path.parent != examples_dir():
        return load_filled(path, template_id)
    with language_scope(DEFAULT_LANGUAGE):
        return load_filled(path, template_id)


def _named_template(data: Any, source: str) -> str:
    if not isinstance(data, Mapping):
        raise InputError(text("template_errors.not_mapping", where=source,
                              template=template_ids()[0]))
    named = data.get(TEMPLATE_KEY)
    if named is None:
        raise InputError(text("template_errors.missing_template", where=source,
                              example=template_ids()[0], known=", ".join(template_ids())))
    return known_template(named, source).id


def to_yaml(filled: Filled) -> str:
    """The filled template as YAML that :func:`load_filled` reads back to the same values."""
    data: dict[str, Any] = {TEMPLATE_KEY: filled.template.id}
    for spec in filled.template.fields:
        value = filled.values.get(spec.id)
        if value not in (None, "", []):
            data[spec.id] = field_value(spec, value)
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


def field_value(spec: Field, value: Any) -> Any:
    """One field's *value* as YAML; amounts with øre in kroner columns keep two decimals."""
    return plain_value(value, {c.id for c in spec.columns if c.shows == "kroner"})


def plain_value(value: Any, money: Collection[str] = frozenset()) -> Any:
    """*value* as YAML that reads back the same: floats in Danish (``12,5``), as users write.

    Amounts with øre in the columns *money* keep two decimals (``1.200,50``).
    """
    if isinstance(value, list):
        return [plain_value(v, money) for v in value]
    if isinstance(value, Mapping):
        return {k: number(v, 2) if k in money and isinstance(v, float) else plain_value(v)
                for k, v in value.items() if v not in (None, "", [])}
    if isinstance(value, float):
        return write_number(value)
    return value


def blank_yaml(template_id: str, filename: str | None = None) -> str:
    """A YAML file with every field of *template_id* empty and its help text as comments."""
    template = load_template(template_id)
    filename = filename or f"{template.id}.yml"
    header = text("template_blank_yaml.header", title=template.title, template=template.id,
                  purpose=template.purpose, filename=filename)
    lines = [_comment(line) for line in header.splitlines()]
    lines += [f"{TEMPLATE_KEY}: {template.id}", ""]
    for spec in template.inputs:
        lines += [_comment(_describe(spec)), *_blank_value(spec), ""]
    return "\n".join(line.rstrip() for line in lines)


def _describe(spec: Field) -> str:
    required = text("template_blank_yaml.required") if spec.required else ""
    return text("template_blank_yaml.field", label=spec.label, required=required, help=spec.help)


def _comment(line: str, indent: str = "") -> str:
    return f"{indent}# {line}".rstrip()


def _blank_value(spec: Field) -> list[str]:
    if spec.type == "liste":
        return [_comment(text("template_blank_yaml.list_hint")), f"{spec.id}:", '  - ""']
    if spec.type != "rækker":
        return [f"{spec.id}: {_blank_scalar(spec)}"]
    lines = [_comment(text("template_blank_yaml.rows_hint")), f"{spec.id}:"]
    for column in spec.columns:
        lines.append(_comment(_describe(column), "  "))
    for first_value in spec.blank_rows or (None,):
        for index, column in enumerate(spec.columns):
            prefix = "  - " if index == 0 else "    "
            if column.type == "liste":
                lines += [f"{prefix}{column.id}:", '      - ""']
            elif index == 0 and first_value is not None:
                lines.append(f"{prefix}{column.id}: {yaml.safe_dump(first_value).split(chr(10))[0]}")
            else:
                lines.append(f"{prefix}{column.id}: {_blank_scalar(column)}")
    return lines


def _blank_scalar(spec: Field) -> str:
    """An empty value of the right kind: quotes for text, nothing for numbers and dates."""
    if spec.type == "tekst":
        return '""'
    if spec.type == "dato":
        return f" # {text('template_form.date_placeholder')}"
    if spec.type == "tal" and not spec.integer:
        return f" # {text('template_form.number_placeholder')}"
    return ""
