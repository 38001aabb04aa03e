"""A notebook form for any template, generated from its definition.

:class:`TemplateForm` checks the values as the user types, shows the Danish problems and a live
preview, and saves YAML and Word files in the working folder with a link to each. It never
overwrites a file unless the user ticks the overwrite box, and never shows a traceback.
"""
from __future__ import annotations

import html
import os
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path
from typing import Any

import ipywidgets as widgets
import yaml

from ..errors import InputError
from ..texts import text
from .definitions import Field, Filled, Template, load_template
from .fill import to_yaml
from .markdown_html import to_html
from .reading import danish_date, write_number
from .validate import TEMPLATE_KEY, validate
from .word import to_docx

_FULL = widgets.Layout(width="100%")


class _Input:
    """One value in the form: a text, number, date or list input for one field or column."""

    def __init__(self, spec: Field, value: Any, on_change: Callable[[], None],
                 compact: bool = False) -> None:
        self.spec = spec
        options: dict[str, Any] = {"layout": _FULL}
        if compact:
            options["description"] = spec.label
            options["style"] = {"description_width": "8em"}
        if spec.type == "dato":
            self.widget: widgets.ValueWidget = widgets.DatePicker(value=_as_date(value), **options)
        elif spec.type == "liste":
            lines = "\n".join(str(v) for v in value) if isinstance(value, list) else (value or "")
            self.widget = widgets.Textarea(value=str(lines), rows=3,
                                           placeholder=text("template_form.list_placeholder"),
                                           **options)
        elif spec.type == "tal":
            self.widget = widgets.Text(value=_as_text(value),
                                       placeholder=text("template_form.number_placeholder"),
                                       **options)
        elif spec.type == "tekst" and not compact:
            self.widget = widgets.Textarea(value=_as_text(value), rows=2, **options)
        else:
            self.widget = widgets.Text(value=_as_text(value), **options)
        self.widget.observe(lambda _change: on_change(), names="value")

    def get(self) -> Any:
        value = self.widget.value
        if self.spec.type == "liste":
            return [line.strip() for line in value.splitlines() if line.strip()]
        return value  # numbers stay text: validation reads them the Danish way, as from a file


class _Rows:
    """A field that repeats as rows; rows can be added and removed."""

    def __init__(self, spec: Field, rows: Any, on_change: Callable[[], None]) -> None:
        self.spec = spec
        self.on_change = on_change
        self.rows: list[dict[str, _Input]] = []
        self.box = widgets.VBox()
        add = widgets.Button(description=text("template_form.add_row"), icon="plus")
        add.on_click(lambda _button: self.add({}))
        self.widget = widgets.VBox([self.box, add])
        for row in rows if isinstance(rows, list) and rows else [{}]:
            self.add(row if isinstance(row, Mapping) else {}, notify=False)

    def add(self, values: Mapping[str, Any], notify: bool = True) -> None:
        self.rows.append({c.id: _Input(c, values.get(c.id), self.on_change, compact=True)
                          for c in self.spec.columns})
        self._draw()
        if notify:
            self.on_change()

    def remove(self, index: int) -> None:
        del self.rows[index]
        self._draw()
        self.on_change()

    def _draw(self) -> None:
        boxes = []
        for index, row in enumerate(self.rows):
            remove = widgets.Button(description=text("template_form.remove_row"), icon="trash")
            remove.on_click(lambda _button, i=index: self.remove(i))
            heading = html.escape(text("template_form.row", number=index + 1))
            title = widgets.HTML(f"<strong>{heading}</strong>")
            boxes.append(widgets.VBox([title, *(i.widget for i in row.values()), remove],
                                      layout=widgets.Layout(border="1px solid #bbb",
                                                            padding="4px", margin="4px 0")))
        self.box.children = boxes

    def get(self) -> list[dict[str, Any]]:
        return [{column: value.get() for column, value in row.items()} for row in self.rows]


class TemplateForm:
    """A form for the template *template_id*, optionally filled with *initial* values.

    Display it in a notebook cell. *directory* is where files are saved (default: the
    working folder, which in Jupyter is the notebook's folder).
    """

    def __init__(self, template_id: str, initial: Filled | Mapping[str, Any] | None = None,
                 directory: str | Path | None = None) -> None:
        self.template: Template = load_template(template_id)
        self.directory = Path(directory) if directory is not None else Path.cwd()
        values = initial.values if isinstance(initial, Filled) else (initial or {})
        self.inputs: dict[str, _Input | _Rows] = {}
        sections = []
        for spec in self.template.inputs:
            control = (_Rows(spec, values.get(spec.id), self._changed) if spec.type == "rækker"
                       else _Input(spec, values.get(spec.id), self._changed))
            self.inputs[spec.id] = control
            required = f" {text('template_render.required_mark')}" if spec.required else ""
            heading = widgets.HTML(f"<strong>{html.escape(spec.label + required)}</strong><br>"
                                   f"<small>{html.escape(spec.help)}</small>")
            sections.append(widgets.VBox([heading, control.widget]))
        self.errors = widgets.HTML()
        self.preview = widgets.HTML()
        self.message = widgets.HTML()
        self.filename = widgets.Text(value=self.template.id,
                                     description=text("template_form.filename"))
        self.overwrite = widgets.Checkbox(value=False, description=text("template_form.overwrite"),
                                          indent=False)
        save_yaml = widgets.Button(description=text("template_form.save_yaml"), icon="save")
        save_docx = widgets.Button(description=text("template_form.save_docx"), icon="file")
        save_yaml.on_click(lambda _button: self.save_yaml())
        save_docx.on_click(lambda _button: self.save_docx())
        heading = html.escape(text("template_form.title", title=self.template.title))
        title = widgets.HTML(f"<h3>{heading}</h3>")
        preview = widgets.Accordion(children=[self.preview])
        preview.set_title(0, text("template_form.preview_title"))
        preview.selected_index = 0
        self.widget = widgets.VBox([
            title, *sections, self.errors,
            widgets.HBox([self.filename, self.overwrite]),
            widgets.HBox([save_yaml, save_docx]), self.message, preview])
        self._changed()

    def _ipython_display_(self) -> None:
        from IPython.display import display
        display(self.widget)

    def data(self) -> dict[str, Any]:
        """The values as typed so far, as a dict that :func:`validate` accepts."""
        data: dict[str, Any] = {TEMPLATE_KEY: self.template.id}
        for field_id, control in self.inputs.items():
            data[field_id] = control.get()
        return data

    def filled(self) -> Filled:
        """The validated values; raises :class:`InputError` with every problem."""
        return validate(self.template.id, self.data(), text("template_errors.form_source"))

    def _changed(self) -> None:
        """Check and preview after every change."""
        data = self.data()
        try:
            self.filled()
        except InputError as error:
            items = "".join(f"<li>{html.escape(p)}</li>" for p in error.problems)
            heading = html.escape(text("template_form.errors_title"))
            self.errors.value = (f'<div role="alert"><strong>{heading}'
                                 f"</strong><ul>{items}</ul></div>")
        else:
            self.errors.value = f"<p>✔ {html.escape(text('template_form.valid'))}</p>"
        preview = Filled(self.template, {k: v for k, v in data.items() if k != TEMPLATE_KEY})
        try:
            self.preview.value = to_html(preview, full_document=False, heading_offset=2)
        except InputError:  # the problems are listed above the preview already
            self.preview.value = f"<p>{html.escape(text('learner.preview_waits'))}</p>"

    def save_yaml(self) -> Path | None:
        """Save the values as YAML (a draft with problems is saved too, and says so)."""
        try:
            filled = self.filled()
        except InputError:
            content = yaml.safe_dump(self.data(), allow_unicode=True, sort_keys=False)
            return self._save(".yml", content.encode("utf-8"), "template_form.saved_with_errors")
        return self._save(".yml", to_yaml(filled).encode("utf-8"), "template_form.saved")

    def save_docx(self) -> Path | None:
        """Save the values as a Word document; only when every field is in order."""
        try:
            filled = self.filled()
        except InputError:
            self.message.value = f"<p>{html.escape(text('template_form.fix_first'))}</p>"
            return None
        return self._save(".docx", to_docx(filled), "template_form.saved")

    def _save(self, suffix: str, content: bytes, message_key: str) -> Path | None:
        stem = Path(self.filename.value.strip() or self.template.id).name
        if Path(stem).suffix in (".yml", ".yaml", ".docx"):
            stem = stem.removesuffix(Path(stem).suffix)
        path = self.directory / (stem + suffix)
        try:
            with path.open("wb" if self.overwrite.value else "xb") as handle:
                handle.write(content)
        except FileExistsError:
            self.message.value = f"<p>{html.escape(text('template_form.exists', file=path.name))}</p>"
            return None
        except OSError:
            self.message.value = ("<p>" + html.escape(text("template_form.cannot_write",
                                  file=path.name)) + "</p>")
            return None
        href = html.escape(Path(os.path.relpath(path, Path.cwd())).as_posix(), quote=True)
        name = html.escape(path.name, quote=True)
        link = f'<a href="{href}" download="{name}" target="_blank">{name}</a>'
        self.message.value = "<p>" + text(message_key, link=link) + "</p>"
        return path


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return danish_date(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return write_number(value)
    return str(value)


def _as_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None
