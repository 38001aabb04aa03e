"""The project folder (procesmappe): one file that holds one process, from Afklar to Evaluér.

The folder's definition (``data/templates/procesmappe/procesmappe.yml``) lists the sheets of
each step, the values carried forward from one sheet to later ones and the rules checked across
sheets. A folder file names itself ``skabelon: procesmappe`` and holds one filled template per
sheet, by template id, read with the templates' own reader and checked with their own
:func:`~samskab_lib.templates.validate.validate`. The rules are data; each kind is one small
function in :mod:`samskab_lib.templates.folder_rules`, mirrored by the page's JavaScript.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..handbook.steps import Step, load_steps
from ..resources import read_data
from ..texts import text
from .definitions import Filled, has_content, load_template, template_ids
from .reading import clean_text, read_file
from .validate import TEMPLATE_KEY, suggest, validate

FOLDER_ID = "procesmappe"
VERSION_KEY = "version"


@dataclass(frozen=True)
class FolderStep:
    """One of the five steps (from ``data/steps.yml``) and the sheets it holds in the folder."""

    step: Step
    sheets: tuple[str, ...]

    @property
    def number(self) -> int:
        return self.step.number

    @property
    def heading(self) -> str:
        return text("folder.step_heading", number=self.step.number, name=self.step.name)


@dataclass(frozen=True)
class FolderDefinition:
    """The sheets per step, the carried values, the offered choices and the rules."""

    version: int
    steps: tuple[FolderStep, ...]
    carry: tuple[Mapping[str, Any], ...]
    choices: tuple[Mapping[str, Any], ...]
    rules: tuple[Mapping[str, Any], ...]

    @property
    def sheets(self) -> tuple[str, ...]:
        """Every sheet's template id, in step order."""
        return tuple(sheet for step in self.steps for sheet in step.sheets)

    def step_of(self, sheet: str) -> FolderStep:
        return next(step for step in self.steps if sheet in step.sheets)

    def carried_fields(self, sheet: str) -> tuple[str, ...]:
        """The fields of *sheet* that take their value from an earlier sheet."""
        return tuple(split_path(c["to"])[1] for c in self.carry if split_path(c["to"])[0] == sheet)


@lru_cache(maxsize=1)
def load_definition() -> FolderDefinition:
    """Read the folder's definition; every sheet must be a known template."""
    raw = read_data(f"templates/{FOLDER_ID}/{FOLDER_ID}.yml")
    names = {step.number: step for step in load_steps()}
    steps = tuple(FolderStep(names[s["step"]], tuple(s["sheets"])) for s in raw["steps"])
    unknown = {sheet for step in steps for sheet in step.sheets} - set(template_ids())
    if unknown:
        raise ValueError(f"{FOLDER_ID}: unknown sheets {sorted(unknown)}")
    return FolderDefinition(version=int(raw["version"]), steps=steps,
                            carry=tuple(raw["carry"]), choices=tuple(raw["choices"]),
                            rules=tuple(raw["rules"]))


def split_path(path: str) -> tuple[str, str, str | None]:
    """``"sheet.field.column"`` as (sheet, field, column or None)."""
    sheet, field_id, *column = path.split(".")
    return sheet, field_id, column[0] if column else None


@dataclass(frozen=True)
class Problem:
    """A message about one place in the folder: the step, the sheet and where in it.

    *path* is ``()`` for the whole sheet, ``(field,)`` or ``(field, row index, column)``, as
    the page marks fields; *message* says what is wrong, *where* names the place in Danish.
    """

    step: int
    sheet: str
    path: tuple[Any, ...]
    message: str
    where: str = ""

    def __str__(self) -> str:
        return text("folder.problem", where=self.where, message=self.message)


def where(sheet: str, path: tuple[Any, ...] = ()) -> str:
    """The Danish name of a place: "Trin 3, Plan for samarbejdet, Aktiviteter, række 2, Timer"."""
    step = load_definition().step_of(sheet).number
    template = load_template(sheet)
    if not path:
        return text("folder.where_sheet", step=step, sheet=template.title)
    spec = template.field(path[0])
    if len(path) == 1:
        return text("folder.where_field", step=step, sheet=template.title, field=spec.label)
    return text("folder.where_column", step=step, sheet=template.title, field=spec.label,
                row=path[1] + 1, column=spec.column(path[2]).label)


@dataclass
class Folder:
    """A read folder: each sheet's data as written (carried values in), clean sheets, problems.

    ``errors`` are the sheets' own problems (a required field empty, a date that does not
    exist); a sheet with errors has no clean values. ``warnings`` are the cross-sheet rules'.
    """

    raw: Mapping[str, Mapping[str, Any]]
    sheets: dict[str, Filled] = field(default_factory=dict)
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    @property
    def title(self) -> str:
        """The project's name, as written in the starting point (or the folder's own word)."""
        first = load_definition().sheets[0]
        name = self.raw.get(first, {}).get("projekt")
        return clean_text(str(name)) if isinstance(name, str) and clean_text(name) else text(
            "folder.title")

    def started(self, sheet: str) -> bool:
        return sheet_started(sheet, self.raw.get(sheet, {}))


def sheet_started(sheet: str, data: Mapping[str, Any]) -> bool:
    """True when *data* holds something typed in a field that is not carried from elsewhere."""
    carried = load_definition().carried_fields(sheet)
    return any(has_content(value) for key, value in data.items()
               if key not in carried and key != TEMPLATE_KEY)


def carry_forward(raw: Mapping[str, Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """*raw* sheets with every carried field set from its source, once the source has content.

    Values stay as written (text), so a carried value is read and checked as if typed there.
    Carrying into a sheet not started leaves it unstarted (the value shows when it is begun).
    """
    sheets = {sheet: dict(data) for sheet, data in raw.items()}
    for link in load_definition().carry:
        source = [value for value, _place in text_values(sheets, link["from"])]
        if link.get("lines"):
            source = [line for value in source for line in value.split("\n")]
        source = [clean_text(v) for v in source if clean_text(v)]
        if not source:
            continue
        sheet, field_id, _ = split_path(link["to"])
        spec = load_template(sheet).field(field_id)
        sheets.setdefault(sheet, {})[field_id] = source if spec.type == "liste" else "\n".join(source)
    return sheets


def text_values(sheets: Mapping[str, Mapping[str, Any]],
                path: str) -> list[tuple[str, tuple[Any, ...]]]:
    """Every value at *path* as text, with its place: ``(field,)`` or ``(field, row, column)``."""
    sheet, field_id, column = split_path(path)
    value = sheets.get(sheet, {}).get(field_id)
    if column is None:
        items = value if isinstance(value, list) else [value]
        return [(show(v), (field_id,)) for v in items if has_content(v)]
    rows = value if isinstance(value, list) else []
    return [(show(row.get(column)), (field_id, index, column)) for index, row in enumerate(rows)
            if isinstance(row, Mapping) and has_content(row.get(column))]


def show(value: Any) -> str:
    """A value as a reader sees it (Danish numbers and dates)."""
    from .markdown_html import format_value

    return clean_text(format_value(value))


def read_folder(data: Any, source: str | None = None) -> Folder:
    """Read a folder from *data* (the YAML file's content): carry, check each sheet, check across.

    Raises :class:`InputError` when *data* is no folder (another template's sheet, a newer
    version, unknown sheets); problems inside sheets are in the folder's ``errors``.
    """
    from .folder_rules import check_rules

    source = source or text("folder.source_default")
    definition = load_definition()
    raw = _sheets(data, source, definition)
    folder = Folder(raw=carry_forward(raw))
    for sheet in definition.sheets:
        if not folder.started(sheet):
            continue
        data_of_sheet = {k: v for k, v in folder.raw[sheet].items() if k != TEMPLATE_KEY}
        try:
            folder.sheets[sheet] = validate(sheet, data_of_sheet, f"{source}: {sheet}")
        except InputError as error:
            step = definition.step_of(sheet).number
            folder.errors += [Problem(step, sheet, (), message, where(sheet))
                              for message in error.problems]
    folder.warnings = check_rules(folder)
    return folder


def _sheets(data: Any, source: str, definition: FolderDefinition) -> dict[str, Mapping[str, Any]]:
    """The sheets of the folder file *data*, after checking what kind of file it is."""
    if not isinstance(data, Mapping):
        raise InputError(text("folder.not_a_folder", where=source))
    named = data.get(TEMPLATE_KEY)
    if named != FOLDER_ID:
        if isinstance(named, str) and named in template_ids():
            raise InputError(text("folder.single_sheet", where=source, template=named))
        raise InputError(text("folder.not_a_folder", where=source))
    version = data.get(VERSION_KEY, str(definition.version))
    if not (isinstance(version, str) and version.strip().isdigit()):
        raise InputError(text("folder.bad_version", where=source, found=show(version)))
    if int(version) > definition.version:
        raise InputError(text("folder.future_version", where=source, found=int(version),
                              known=definition.version))
    problems = []
    sheets: dict[str, Mapping[str, Any]] = {}
    for key, value in data.items():
        if key in (TEMPLATE_KEY, VERSION_KEY):
            continue
        if key not in definition.sheets:
            suggestion = suggest(str(key), definition.sheets)
            problems.append(
                text("folder.unknown_sheet_suggest", where=source, sheet=key, suggestion=suggestion)
                if suggestion else
                text("folder.unknown_sheet", where=source, sheet=key,
                     known=", ".join(definition.sheets)))
        elif value is not None and not isinstance(value, Mapping):
            problems.append(text("folder.sheet_not_mapping", where=source, sheet=key))
        else:
            sheets[key] = value or {}
    if problems:
        raise InputError(problems)
    return sheets


def load_folder(path: str | Path) -> Folder:
    """Read the folder file *path* (YAML) with the templates' reader; see :func:`read_folder`."""
    return read_folder(read_file(path), Path(path).name)
