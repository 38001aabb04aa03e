"""Plan templates as data: each template's structure is read from ``data/templates/<id>.yml``.

The structure (field ids, types, which are required, which repeat as rows) is data; the words a
reader sees (title, purpose, labels, help texts) come from ``locale/<language>/templates.yml``
through :func:`samskab_lib.texts.text`. Every output format is rendered from this one definition.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, PrivateAttr, model_validator
from pydantic import Field as Attribute

from ..data_schema import read_file
from ..resources import DATA_DIR, data_name, data_path, read_data, templates_dir
from ..texts import get_language, per_language, text

TEMPLATE_DIR = DATA_DIR / "templates"

FieldType = Literal["tekst", "tal", "dato", "liste", "rækker", "opslag"]
ColumnType = Literal["tekst", "tal", "dato", "liste"]


class Field(BaseModel):
    """One field of a template, as its definition file writes it; unknown keys are refused."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    id: str
    type: FieldType
    required: bool
    columns: tuple[Column, ...] = ()
    minimum: float | None = Attribute(default=None, alias="min")
    maximum: float | None = Attribute(default=None, alias="max")
    integer: bool = False
    unique: bool = False
    max_rows: int | None = None
    totals: bool = False
    date_order: tuple[str, str] | None = None
    layout: Literal["tabel", "afsnit"] = "tabel"
    blank_rows: tuple[str, ...] = ()
    shows: Literal["nøgle", "kroner"] | None = None  # "nøgle": number and title; "kroner": øre
    # Layout on paper (Word): a column's relative width; rows and lines left for handwriting
    # in a blank sheet; a table on a landscape page; a field that starts a new poster column.
    width: float = 1.0
    writing_rows: int = 5
    writing_lines: int = 3
    landscape: bool = False
    column_break: bool = False
    content: Literal["nøgler", "tekst"] | None = None  # what an "opslag" field prints
    overview: tuple[str, ...] = ()  # columns of a table over all rows, before "afsnit" sections
    _text_key: str = PrivateAttr(default="")

    @model_validator(mode="after")
    def _rows_have_columns(self) -> Field:
        if (self.type == "rækker") != bool(self.columns):
            raise ValueError(text("template_errors.rows_need_columns"))
        return self

    @property
    def text_key(self) -> str:
        """Where the field's words are in the text catalogue (``templates.<id>.fields.<id>``)."""
        return self._text_key

    @property
    def is_input(self) -> bool:
        """False for an "opslag": text printed on the sheet, not filled in."""
        return self.type != "opslag"

    @property
    def label(self) -> str:
        """The field's heading in the current language."""
        return text(f"{self.text_key}.label")

    @property
    def help(self) -> str:
        """One or two sentences on what to write in the field."""
        return text(f"{self.text_key}.help")

    def column(self, column_id: str) -> Field:
        """The column *column_id* of a rows field."""
        return next(c for c in self.columns if c.id == column_id)


class Column(Field):
    """One column of a field that repeats as rows."""

    type: ColumnType  # a column is one of fewer types


class Template(BaseModel):
    """A plan template: its id and its fields (which step uses it is in ``data/steps.yml``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    order: int = 0  # where the template comes in a process
    fields: tuple[Field, ...] = ()
    paper: Literal["A4", "A3"] = "A4"  # "A3" for a poster or a wall plan
    orientation: Literal["stående", "liggende"] = "stående"
    columns: int = 1  # newspaper columns on a poster; a field with column_break starts the next
    # A filled sheet keeps its empty optional sections, with room to write by hand (the poster
    # is filled on the page, then finished with a pen at the workshop).
    keeps_empty_sections: bool = False

    @model_validator(mode="after")
    def _name_the_texts(self) -> Template:
        for spec in self.fields:
            spec._text_key = f"templates.{self.id}.fields.{spec.id}"
            for column in spec.columns:
                column._text_key = f"{spec._text_key}.columns.{column.id}"
        return self

    @property
    def inputs(self) -> tuple[Field, ...]:
        """The fields a user fills in (every field but the printed "opslag")."""
        return tuple(f for f in self.fields if f.is_input)

    @property
    def title(self) -> str:
        return text(f"templates.{self.id}.title")

    @property
    def purpose(self) -> str:
        """What the template is for, in one line."""
        return text(f"templates.{self.id}.purpose")

    def field(self, field_id: str) -> Field:
        """The field *field_id* (raises ``StopIteration`` when unknown)."""
        return next(f for f in self.fields if f.id == field_id)

    @property
    def field_ids(self) -> tuple[str, ...]:
        """The ids of the fields a user fills in."""
        return tuple(f.id for f in self.inputs)


@dataclass(frozen=True)
class Filled:
    """A template with values: ``values`` maps field ids to text, numbers, dates, lists or rows.

    Values that :func:`samskab_lib.templates.validate.validate` returned are clean; a blank
    template has no values at all. Renderers accept both.
    """

    template: Template
    values: Mapping[str, Any]

    @property
    def is_blank(self) -> bool:
        return not any(has_content(v) for v in self.values.values())


def has_content(value: Any) -> bool:
    """True when *value* holds something a reader would see (not only blanks)."""
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, (list, tuple, dict)):
        return any(has_content(v) for v in (value.values() if isinstance(value, dict) else value))
    return value is not None


@per_language
def load_template(template_id: str) -> Template:
    """Read the template *template_id* (e.g. ``"samarbejdsplan"``) from its definition file.

    Raises :class:`KeyError` for an unknown id (:func:`known_template` gives a Danish message),
    and InputError naming file, line and field for a definition that breaks the model.
    """
    if template_id not in template_ids():
        raise KeyError(template_id)
    path = data_path(f"templates/{template_id}.yml")
    return read_file(Template, path, data_name(path))


@lru_cache(maxsize=1)
def template_ids() -> tuple[str, ...]:
    """The ids of every template, ordered by each definition's ``order``."""
    order = {}
    for path in TEMPLATE_DIR.glob("*.yml"):
        order[path.stem] = read_data(f"templates/{path.name}").get("order", 0)
    return tuple(sorted(order, key=lambda i: (order[i], i)))


def list_templates() -> list[Template]:
    """Every template, in the order a process uses them."""
    return [load_template(i) for i in template_ids()]


def blank(template_id: str) -> Filled:
    """The template *template_id* with no values, for a blank Word or Markdown sheet."""
    return Filled(load_template(template_id), {})


def examples_dir() -> Path:
    """Folder with one filled example YAML file per template (``templates/eksempler``)."""
    return templates_dir() / "eksempler"


def example_path(template_id: str) -> Path:
    """The filled example of *template_id*: its translation
    ``templates/eksempler/<language>/<id>.yml`` in the library's language when there is one,
    else the Danish example."""
    translated = examples_dir() / get_language() / f"{template_id}.yml"
    return translated if translated.is_file() else examples_dir() / f"{template_id}.yml"
