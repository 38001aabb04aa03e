"""Read plan input exactly as written: YAML whose every scalar stays text, and values in the
library's current language (Danish or Norwegian numbers and dates).

A filled template is YAML written by hand, often by someone who writes thousands with a dot.
Plain YAML would read ``2.500`` as 2.5, ``1:30`` as 90 and ``on`` as ``True`` before anyone could
object. Here the YAML reader keeps every scalar as the text the user typed (with its line); the
field's type then decides how it is read (:func:`read_number`, :func:`read_date`). The CLI, the
notebook form and the book's build all read through this module.
"""
from __future__ import annotations

import calendar
import re
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from ..errors import InputError
from ..number_reading import ascii_digits, read_number, write_number
from ..texts import text

__all__ = ["read_number", "write_number"]  # re-exported: the templates read numbers this way

# Characters YAML and Word's XML cannot hold (control characters other than tab and line
# breaks, lone surrogates). Text pasted from other programs sometimes carries them; each run
# becomes one space, so "Grønne\vgårde" stays two words.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]+")

# Dates over ASCII digits (other scripts' digits are made 0-9 first, as numbers are)
_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_DANISH_DATE = re.compile(r"([0-9]{1,2})\s*[./-]\s*([0-9]{1,2})\s*[./-]\s*([0-9]{4})")
_WORD_DATE = re.compile(r"([0-9]{1,2})\.?\s+([a-zæøå]+)\.?\s+([0-9]{4})")


class Text(str):
    """A scalar as written in a YAML file, with the line it stands on (1-based)."""

    line: int

    def __new__(cls, value: str, line: int) -> Text:
        scalar = super().__new__(cls, value)
        scalar.line = line
        return scalar


class Rows(list[Any]):
    """A YAML sequence, with the line it begins on."""

    line: int


class Fields(dict[str, Any]):
    """A YAML mapping, with the line it begins on."""

    line: int


def line_of(value: Any) -> int | None:
    """The line *value* stands on in its file, when it came from one."""
    return getattr(value, "line", None)


class _TextLoader(yaml.SafeLoader):
    """A safe loader without implicit types: every plain scalar is a :class:`Text`."""

    yaml_implicit_resolvers: dict[str, Any] = {}

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.duplicates: list[tuple[str, int, int]] = []

    def construct_scalar(self, node: yaml.ScalarNode | yaml.MappingNode) -> Text:
        return Text(super().construct_scalar(node), node.start_mark.line + 1)

    def construct_mapping(  # type: ignore[override]
            self, node: yaml.MappingNode, deep: bool = False) -> Fields:
        if not isinstance(node, yaml.MappingNode):
            raise yaml.constructor.ConstructorError(None, None, "expected a mapping node",
                                                    node.start_mark)
        self.flatten_mapping(node)
        mapping = Fields()
        mapping.line = node.start_mark.line + 1
        first: dict[Any, int] = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=True)
            if not isinstance(key, str):
                raise yaml.constructor.ConstructorError(
                    None, None, "found unhashable key", key_node.start_mark)
            line = key_node.start_mark.line + 1
            if key in first:
                self.duplicates.append((key, first[key], line))
            else:
                first[key] = line
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping

    def construct_rows(self, node: yaml.SequenceNode) -> Any:
        rows = Rows()
        rows.line = node.start_mark.line + 1
        yield rows
        rows.extend(self.construct_sequence(node))

    def construct_fields(self, node: yaml.MappingNode) -> Any:
        yield self.construct_mapping(node, deep=True)

    def construct_text(self, node: yaml.ScalarNode) -> Text:
        return self.construct_scalar(node)


_TextLoader.add_constructor("tag:yaml.org,2002:seq", _TextLoader.construct_rows)
_TextLoader.add_constructor("tag:yaml.org,2002:map", _TextLoader.construct_fields)
for _tag in ("str", "int", "float", "bool", "null", "timestamp", "binary"):
    _TextLoader.add_constructor(f"tag:yaml.org,2002:{_tag}", _TextLoader.construct_text)


def load_yaml(content: str, source: str) -> Any:
    """The data in the YAML text *content*; scalars stay text, duplicate keys are an error.

    *source* names the file in the Danish messages of the :class:`InputError` raised.
    """
    loader = _TextLoader(CONTROL.sub(" ", content))
    try:
        data = loader.get_single_data()
    except yaml.MarkedYAMLError as error:
        raise InputError(_yaml_problem(error, source)) from None
    except yaml.YAMLError:
        raise InputError(text("template_errors.yaml_nowhere", where=source,
                              problem=text("template_errors.yaml.unknown"))) from None
    finally:
        loader.dispose()
    if loader.duplicates:
        raise InputError([text("template_errors.duplicate_key", where=source, key=key,
                               first=first, line=line)
                          for key, first, line in loader.duplicates])
    return data


def read_file(path: str | Path) -> Any:
    """The data in the YAML file *path*, read by :func:`load_yaml`; Danish messages only."""
    path = Path(path)
    try:
        content = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(text("template_errors.not_utf8", where=path.name)) from None
    except IsADirectoryError:
        raise InputError(text("template_errors.is_folder", where=str(path))) from None
    except FileNotFoundError:
        raise InputError(text("template_errors.no_such_file", where=str(path))) from None
    except PermissionError:
        raise InputError(text("template_errors.no_permission", where=str(path))) from None
    except OSError:
        raise InputError(text("template_errors.unreadable_file", where=str(path))) from None
    return load_yaml(content, path.name)


# YAML parser problems, by the start of PyYAML's English text, as keys of Danish sentences.
_YAML_PROBLEMS = (
    ("mapping values are not allowed", "colon"),
    ("could not find expected ':'", "missing_colon"),
    ("expected ',' or ']'", "open_list"),
    ("expected ',' or '}'", "open_mapping"),
    ("found unexpected end of stream", "open_quote"),
    ("found character '\\t'", "tab"),
    ("found character", "bad_start"),
    ("found undefined alias", "alias"),
    ("found unhashable key", "bad_key"),
    ("expected a single document", "documents"),
    ("expected <block end>", "indent"),
    ("expected <document start>", "indent"),
    ("did not find expected key", "indent"),
    ("did not find expected '-' indicator", "indent"),
    ("found unknown escape character", "escape"),
    ("found a tab character", "tab"),
    ("could not determine a constructor", "tag"),
)


def _yaml_problem(error: yaml.MarkedYAMLError, source: str) -> str:
    """One Danish sentence for a YAML parser error, with line and column."""
    mark = error.problem_mark or error.context_mark
    problem = f"{error.problem or ''} {error.context or ''}"
    key = next((k for start, k in _YAML_PROBLEMS if start in problem), "unknown")
    if key == "unknown" and "while scanning a quoted scalar" in problem:
        key = "open_quote"
    if mark is None:
        return text("template_errors.yaml_nowhere", where=source,
                    problem=text(f"template_errors.yaml.{key}"))
    return text("template_errors.yaml_at", where=source, line=mark.line + 1,
                column=mark.column + 1, problem=text(f"template_errors.yaml.{key}"))


def clean_text(value: str) -> str:
    """*value* with control characters turned into a space and outer spaces removed."""
    return CONTROL.sub(" ", value).strip()


def read_date(raw: str) -> date:
    """A date as ISO (``2026-03-02``) or as the current language writes it (``2.3.2026``,
    ``02-03-2026``, Danish ``2. marts 2026``, Norwegian ``2. mars 2026``).

    Raises :class:`ValueError`: ``"not_date"`` when it is no date, or the reason in the current
    language when the date does not exist (``"februar 2026 har kun 28 dage"``).
    """
    value = ascii_digits(raw).strip().lower()
    if match := _ISO_DATE.fullmatch(value):
        year, month, day = (int(g) for g in match.groups())
    elif match := _DANISH_DATE.fullmatch(value):
        day, month, year = (int(g) for g in match.groups())
    elif (match := _WORD_DATE.fullmatch(value)) and _month(match.group(2)):
        day, month, year = int(match.group(1)), _month(match.group(2)), int(match.group(3))
    else:
        raise ValueError("not_date")
    if not 1 <= month <= 12:
        raise ValueError(text("template_errors.no_such_month", month=month))
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        raise ValueError(text("template_errors.no_such_day", month=month_name(month),
                              year=year, days=days))
    return date(year, month, day)


def month_name(month: int) -> str:
    """The name of *month* (1-12) in the current language (``template_plan.months``)."""
    return text("template_plan.months").split()[month - 1]


def _month(name: str) -> int:
    """The number of the month *name* (current language) or its first three letters, else 0."""
    names = text("template_plan.months").split()
    for month, full in enumerate(names, start=1):
        if name == full or (len(name) >= 3 and full.startswith(name)):
            return month
    return 0


def danish_date(value: date) -> str:
    """*value* as a reader of the current language writes it: ``2. marts 2026`` (da),
    ``2. mars 2026`` (nb). The name is kept from when the library was Danish only."""
    return f"{value.day}. {month_name(value.month)} {value.year}"
