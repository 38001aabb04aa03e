"""Check an author's YAML file against its pydantic model; every problem names file, line, field.

Cases, plan templates, method cards and exercises are each defined once, as a pydantic model that refuses
unknown fields (``extra="forbid"``), so a misspelt key such as ``widht`` is an error, not a
silent default. pydantic's errors carry a location such as ``("fields", 2, "columns", 0,
"width")``; :class:`LineMap` finds its line in the YAML text and :func:`wording` gives the
problem in the reader's language (the ``cases.problems`` texts serve every kind of file).
:func:`read_file` reads such a file from disk and checks it, so every kind is read one way.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError
from pydantic_core import PydanticCustomError

from .errors import InputError
from .texts import text

Model = TypeVar("Model", bound=BaseModel)
Wording = Callable[[Mapping[str, Any]], str]

# pydantic's error types → the key of their wording.
_TYPES = {
    "missing": "missing",
    "literal_error": "not_allowed",
    "string_pattern_mismatch": "bad_pattern",
    "too_short": "too_short",
    "string_too_short": "empty_text",
    "greater_than_equal": "negative",
    "greater_than": "not_positive",
}
_EXPECTED = {
    "string_type": "text", "int_type": "count", "int_parsing": "count",
    "int_from_float": "count", "bool_type": "boolean", "bool_parsing": "boolean",
    "list_type": "list", "tuple_type": "list", "dict_type": "mapping", "model_type": "mapping",
    "model_attributes_type": "mapping", "float_type": "number", "float_parsing": "number",
}


def problem(kind: str, **values: Any) -> PydanticCustomError:
    """An error of a model's own check, worded by the text ``cases.problems.<kind>``, or by the
    text *kind* itself when it is a whole key (``methods.problems.wrong_id``)."""
    return PydanticCustomError(f"samskab_{kind}", kind, values)


def field_name(location: tuple[Any, ...]) -> str:
    """``("deltagere", "grupper", 0, "antal")`` → ``deltagere.grupper[0].antal``."""
    shown = ""
    for part in location:
        shown += f"[{part}]" if isinstance(part, int) else (f".{part}" if shown else str(part))
    return shown


class LineMap:
    """The line of every field of a YAML text, found by walking its node tree."""

    def __init__(self, content: str) -> None:
        self.root = yaml.compose(content, Loader=yaml.SafeLoader)

    def line(self, location: tuple[Any, ...]) -> int:
        """The line of the deepest part of *location* the file has (1-based)."""
        node = self.root
        line = node.start_mark.line + 1 if node is not None else 1
        for part in location:
            if isinstance(node, yaml.MappingNode):
                found = [(k, v) for k, v in node.value if k.value == part]
                if not found:
                    break
                key, node = found[0]
                line = key.start_mark.line + 1
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) \
                    and part < len(node.value):
                node = node.value[part]
                line = node.start_mark.line + 1
            else:
                break
        return line


def _resolve(schema: Mapping[str, Any], node: Mapping[str, Any]) -> Mapping[str, Any]:
    while True:
        if "$ref" in node:
            node = schema["$defs"][node["$ref"].rsplit("/", 1)[-1]]
        elif "anyOf" in node:
            node = next((n for n in node["anyOf"] if "$ref" in n or "properties" in n),
                        node["anyOf"][0])
        else:
            return node


def allowed_fields(schema: Mapping[str, Any], location: tuple[Any, ...]) -> list[str]:
    """The fields *schema* (a JSON Schema) allows in the mapping at *location*."""
    node = _resolve(schema, schema)
    for part in location:
        if isinstance(part, int):
            node = _resolve(schema, node.get("items", {}))
        elif part in node.get("properties", {}):
            node = _resolve(schema, node["properties"][part])
        elif isinstance(node.get("additionalProperties"), dict):
            node = _resolve(schema, node["additionalProperties"])
    return list(node.get("properties", {}))


def wording(error: Mapping[str, Any], schema: Mapping[str, Any]) -> str:
    """One pydantic error in the reader's language (without file, line and field)."""
    kind, context = error["type"], dict(error.get("ctx") or {})
    value = error.get("input")
    if kind.startswith("samskab_"):
        key = kind.removeprefix("samskab_")
        if "expected" in context:
            context["expected"] = text(f"cases.types.{context['expected']}")
        return text(key if "." in key else f"cases.problems.{key}", **context)
    if kind == "value_error":  # a model's own check, already worded from the catalogue
        return str(context["error"])
    if kind in _EXPECTED:
        return text("cases.problems.wrong_type", expected=text(f"cases.types.{_EXPECTED[kind]}"),
                    value=value)
    if kind == "extra_forbidden":
        return text("cases.problems.unknown_field",
                    allowed=", ".join(allowed_fields(schema, tuple(error["loc"][:-1]))))
    if kind == "literal_error":
        return text("cases.problems.not_allowed", value=value,
                    expected=context.get("expected", "").replace("'", "").replace(" or ", ", "))
    return text(f"cases.problems.{_TYPES.get(kind, 'wrong_value')}", value=value)


def validate(model: type[Model], data: Any, content: str, file: str, *,
             context: Mapping[str, Any] | None = None, words: Wording | None = None) -> Model:
    """*data* (the parsed *content* of *file*) as a *model*; InputError naming every problem.

    *words* words an error where a kind of file says it better than :func:`wording`.
    """
    try:
        return model.model_validate(data, context=dict(context or {}))
    except ValidationError as error:
        if words is None:
            schema = model.model_json_schema(by_alias=True, mode="validation")
            words = lambda e: wording(e, schema)  # noqa: E731 - bound to this model's schema
        lines = LineMap(content)
        raise InputError([
            text("cases.errors.at", file=file, line=lines.line(tuple(e["loc"])),
                 field=field_name(tuple(e["loc"])) or "id", problem=words(e))
            for e in error.errors(include_url=False)]) from None


def read_yaml(path: Path, file: str) -> tuple[Any, str]:
    """The YAML file *path* (named *file* in messages): its data and its text.

    A file that is not UTF-8 or not YAML is refused with the line where reading stopped.
    """
    try:
        content = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(text("cases.errors.not_utf8", file=file)) from None
    try:
        return yaml.safe_load(content), content
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise InputError(text("cases.errors.yaml", file=file, line=mark.line + 1 if mark else 1,
                              detail=str(error).splitlines()[0])) from None


def read_file(model: type[Model], path: Path, file: str, *,
              context: Mapping[str, Any] | None = None) -> Model:
    """The YAML file *path* (named *file* in messages) checked as a *model*."""
    data, content = read_yaml(path, file)
    return validate(model, data, content, file, context=context)
