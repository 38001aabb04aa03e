"""Plan templates as data: each template's structure is read from ``data/templates/<id>.yml``.

The structure (field ids, types, which are required, which repeat as rows) is data; the words a
reader sees (title, purpose, labels, help texts) come from ``locale/<language>/templates.yml``
through :func:`samskab_lib.texts.text`. Every output format is rendered from this one definition.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..resources import DATA_DIR, read_data, templates_dir
from ..texts import get_language, per_language, text

TEMPLATE_DIR = DATA_DIR / "templates"
FIELD_TYPES = ("tekst", "tal", "dato", "liste", "rækker", "opslag")
COLUMN_TYPES = ("tekst", "tal", "dato", "liste")
PAPER_SIZES = {"A4": (210, 297), "A3": (297, 420)}  # width and height in mm, portrait
ORIENTATIONS = ("stående", "liggende")


@dataclass(frozen=True)
class Field:
    """One field of a template, or one column of a field that repeats as rows."""

    id: str
    type: str
    required: bool
    text_key: str
    columns: tuple[Field, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    integer: bool = False
    unique: bool = False
    max_rows: int | None = None
    totals: bool = False
    date_order: tuple[str, str] | None = None
    layout: str = "tabel"
    blank_rows: tuple[str, ...] = ()
    shows: str | None = None  # how a value is shown: "nøgle" (number and title), "kroner" (øre: 2 decimals)
    # Layout on paper (Word): a column's relative width; rows and lines left for handwriting
    # in a blank sheet; a table on a landscape page; a field that starts a new poster column.
    width: float = 1.0
    writing_rows: int = 5
    writing_lines: int = 3
    landscape: bool = False
    column_break: bool = False
    content: str | None = None  # what an "opslag" field prints: "nøgler" or "tekst"
    overview: tuple[str, ...] = ()  # columns of a table over all rows, before "afsnit" sections

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


@dataclass(frozen=True)
class Template:
    """A plan template: its id and its fields (which step uses it is in ``data/steps.yml``)."""

    id: str
    fields: tuple[Field, ...] = field(default_factory=tuple)
    paper: str = "A4"  # "A3" for a poster or a wall plan
    orientation: str = "stående"  # or "liggende"
    columns: int = 1  # newspaper columns on a poster; a field with column_break starts the next
    # A filled sheet keeps its empty optional sections, with room to write by hand (the poster
    # is filled on the page, then finished with a pen at the workshop).
    keeps_empty_sections: bool = False

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


def _field(raw: Mapping[str, Any], text_key: str, types: tuple[str, ...]) -> Field:
    if raw["type"] not in types:
        raise ValueError(f"{text_key}: type {raw['type']!r} is not one of {types}")
    columns = tuple(_field(c, f"{text_key}.columns.{c['id']}", COLUMN_TYPES)
                    for c in raw.get("columns", ()))
    if (raw["type"] == "rækker") != bool(columns):
        raise ValueError(f"{text_key}: a 'rækker' field needs columns, other fields none")
    order = raw.get("date_order")
    return Field(
        id=raw["id"], type=raw["type"], required=bool(raw["required"]), text_key=text_key,
        columns=columns, minimum=raw.get("min"), maximum=raw.get("max"),
        integer=bool(raw.get("integer", False)), unique=bool(raw.get("unique", False)),
        max_rows=raw.get("max_rows"), totals=bool(raw.get("totals", False)),
        date_order=tuple(order) if order else None, layout=raw.get("layout", "tabel"),
        blank_rows=tuple(str(r) for r in raw.get("blank_rows", ())),
        shows=raw.get("shows"), width=float(raw.get("width", 1)),
        writing_rows=int(raw.get("writing_rows", 5)),
        writing_lines=int(raw.get("writing_lines", 3)),
        landscape=bool(raw.get("landscape", False)),
        column_break=bool(raw.get("column_break", False)), content=raw.get("content"),
        overview=tuple(raw.get("overview", ())),
    )


@per_language
def load_template(template_id: str) -> Template:
    """Read the template *template_id* (e.g. ``"samarbejdsplan"``) from its definition file.

    Raises :class:`KeyError` for an unknown id; :func:`known_template` gives a Danish message.
    """
    if template_id not in template_ids():
        raise KeyError(template_id)
    raw = read_data(f"templates/{template_id}.yml")
    fields = tuple(_field(f, f"templates.{template_id}.fields.{f['id']}", FIELD_TYPES)
                   for f in raw["fields"])
    paper = raw.get("paper", "A4")
    if paper not in PAPER_SIZES or raw.get("orientation", "stående") not in ORIENTATIONS:
        raise ValueError(f"{template_id}: paper {paper!r} or orientation is unknown")
    return Template(id=raw["id"], fields=fields, paper=paper,
                    orientation=raw.get("orientation", "stående"),
                    columns=int(raw.get("columns", 1)),
                    keeps_empty_sections=bool(raw.get("keeps_empty_sections", False)))


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
