"""Sphinx extension part: the browser forms (fill a template, typology, key ranking, survey).

At the end of the build the library's definitions are written as JSON to
``_static/forms/data/``: every template (fields, labels, help texts, types, limits), the
library's Danish messages, the typology's questions and types, the keys and the seminar's
top five. Beside them goes one Word skeleton per template: the library's own blank Word file,
its ``word/document.xml`` stored uncompressed, which the browser refills with the values typed.
One source, no second copy: the JavaScript in ``book/_static/forms/`` only reads these files.

Four directives place a block on a page and load its script on that page only:
``{samskab-udfyld}`` (the form), ``{samskab-typologi-selvvurdering}``, ``{samskab-rangering}``,
``{samskab-caseformular}`` (a new case file, page »Del jeres case«), ``{samskab-procesmappe}``
(a whole process; its definition goes to ``procesmappe.json``, its Word skeleton is the
library's Word file of the Nordfjordby folder) and ``{samskab-evaluering}`` (a survey export
read in the browser, its report shown and downloaded).
"""
from __future__ import annotations

import dataclasses
import html
import io
import json
import zipfile
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective
from sphinx.util.osutil import relative_uri

from samskab_lib.handbook import keys, ranking, typology
from samskab_lib.resources import cases_dir
from samskab_lib.templates.definitions import (
    Field,
    Template,
    blank,
    list_templates,
    load_template,
    template_ids,
)
from samskab_lib.templates.folder import load_definition
from samskab_lib.texts import DEFAULT_LANGUAGE, get_language, language_scope, text, texts_under

from . import downloads
from .files import write_if_changed
from .freshness import Stamps, fingerprint

DATA_FOLDER = Path("_static") / "forms" / "data"
FOLDER_PAGE = "book/procesmappe"
NORDFJORDBY_FOLDER = cases_dir() / "nordfjordby" / "procesmappe.yml"
FOLDER_FILES = ("procesmappe.json", "word-procesmappe.docx", "nordfjordby-procesmappe.yml")
# Text groups of the catalogue the browser needs, and which JSON file carries them.
TEMPLATE_TEXTS = ("template_errors", "template_render", "template_form", "forms")
TYPOLOGY_TEXTS = ("typology", "forms")
RANKING_TEXTS = ("ranking", "forms", "template_errors", "template_render")
CASE_TEXTS = ("forms", "case_form")
# directive name -> (script in book/_static/forms/, CSS class of the block)
BLOCKS = {
    "samskab-udfyld": ("form.js", "samskab-udfyld"),
    "samskab-typologi-selvvurdering": ("typology.js", "samskab-typologi"),
    "samskab-rangering": ("ranking.js", "samskab-rangering"),
    "samskab-caseformular": ("caseform.js", "samskab-caseformular"),
    "samskab-procesmappe": ("folder_page.js", "samskab-procesmappe"),
    "samskab-evaluering": ("survey.js", "samskab-evaluering"),
}
#: The parts of a Word skeleton docx.js rewrites: the body, and for charts their relationships
#: and the content types.
REFILLED = ("word/document.xml", "word/_rels/document.xml.rels", "[Content_Types].xml")
SURVEY_TEXTS = ("exports", "survey_report", "survey_form", "evaluation")


def field_data(spec: Field) -> dict[str, Any]:
    """Everything about a field the browser needs: its definition plus its Danish words."""
    data: dict[str, Any] = spec.model_dump(mode="json", exclude={"columns"})
    data["text_key"] = spec.text_key
    data["columns"] = [field_data(column) for column in spec.columns]
    data["label"] = spec.label
    data["help"] = spec.help
    data["input"] = spec.is_input
    if spec.overview:
        data["overview_title"] = text(f"{spec.text_key}.overview")
    return data


def template_data(template: Template) -> dict[str, Any]:
    """A template as JSON-ready data: id, title, purpose and fields."""
    return {"id": template.id, "title": template.title, "purpose": template.purpose,
            "paper": template.paper, "orientation": template.orientation,
            "columns": template.columns, "keeps_empty_sections": template.keeps_empty_sections,
            "fields": [field_data(spec) for spec in template.fields]}


def texts(groups: tuple[str, ...]) -> dict[str, dict[str, str]]:
    """The catalogue's texts of each group in *groups*, by key within the group.

    The month names come along (dates are read and shown with them), and the number format
    (the forms read and write numbers with the edition's separators).
    """
    return {**{group: texts_under(group) for group in (*groups, "format")},
            "template_plan": {"months": text("template_plan.months")}}


def word_skeleton(template_id: str) -> bytes:
    """The library's blank Word file for *template_id*, ``word/document.xml`` stored uncompressed."""
    from samskab_lib.templates.word import (
        to_docx,  # python-docx only when a file is made
    )

    return stored_skeleton(to_docx(blank(template_id)))


def folder_skeleton() -> bytes:
    """The library's Word file of the Nordfjordby project folder as the page's skeleton.

    Its title, footer and styles are every folder's; its sections include a landscape one.
    """
    from samskab_lib.templates.folder_document import folder_docx

    return stored_skeleton(folder_docx(nordfjordby_folder()))


def nordfjordby_folder_file() -> Path:
    """The Nordfjordby project folder in the edition's language: its translation
    ``cases/nordfjordby/<language>/procesmappe.yml`` when there is one, else the Danish file."""
    translated = NORDFJORDBY_FOLDER.parent / get_language() / NORDFJORDBY_FOLDER.name
    return translated if translated.is_file() else NORDFJORDBY_FOLDER


def nordfjordby_folder() -> Any:
    """The Nordfjordby project folder, read in the language it is written in (numbers, dates)."""
    from samskab_lib.templates.folder import load_folder

    path = nordfjordby_folder_file()
    if path != NORDFJORDBY_FOLDER:
        return load_folder(path)
    with language_scope(DEFAULT_LANGUAGE):
        return load_folder(NORDFJORDBY_FOLDER)


def nordfjordby_file() -> bytes:
    """The example folder the page opens: the file as written in the edition's language, or,
    where it has no translation, the Danish values written the edition's way (15 000)."""
    path = nordfjordby_folder_file()
    if path != NORDFJORDBY_FOLDER or get_language() == DEFAULT_LANGUAGE:
        return path.read_bytes()
    from samskab_lib.templates.folder_document import folder_yaml

    return folder_yaml(nordfjordby_folder()).encode("utf-8")


def stored_skeleton(source: bytes) -> bytes:
    """*source* (a .docx) with the parts the browser rewrites (:data:`REFILLED`) stored
    uncompressed."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as original, \
            zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in original.infolist():
            copy = zipfile.ZipInfo(entry.filename, date_time=entry.date_time)
            copy.compress_type = (zipfile.ZIP_STORED if entry.filename in REFILLED
                                  else zipfile.ZIP_DEFLATED)
            target.writestr(copy, original.read(entry.filename))
    return buffer.getvalue()


def folder_json() -> dict[str, Any]:
    """The project folder's definition (steps, carried values, choices, rules) and its texts."""
    definition = load_definition()
    return {
        "version": definition.version,
        "steps": [{"number": s.number, "name": s.step.name, "slug": s.step.slug,
                   "question": s.step.question, "heading": s.heading, "sheets": list(s.sheets)}
                  for s in definition.steps],
        "carry": [dict(c) for c in definition.carry],
        "choices": [dict(c) for c in definition.choices],
        "rules": [dict(r) for r in definition.rules],
        "texts": {"folder": texts_under("folder")},
    }


def templates_json() -> dict[str, Any]:
    """Every template, the Danish texts the form shows, the keys' titles and the Word styles."""
    templates = list_templates()
    return {
        "templates": [template_data(t) for t in templates],
        "texts": texts(TEMPLATE_TEXTS),
        "keys": {str(k.number): k.title for k in keys.load_keys()},
    }


def typology_json() -> dict[str, Any]:
    """The self-assessment's questions, options and types, and its Danish texts."""
    return {
        "questions": [{"id": q.id, "question": q.question,
                       "options": [dataclasses.asdict(o) for o in q.options]}
                      for q in typology.load_questions()],
        "types": [dataclasses.asdict(t) for t in typology.load_types()],
        "texts": texts(TYPOLOGY_TEXTS),
    }


def ranking_json() -> dict[str, Any]:
    """The keys, the seminar's top five, the size of a top five and the Danish texts."""
    return {
        "keys": [{"number": k.number, "title": k.title} for k in keys.load_keys()],
        "seminar_top_five": list(keys.seminar_top_five()),
        "top": ranking.TOP,
        "points": [ranking.points_for_place(p) for p in range(1, ranking.TOP + 1)],
        "texts": texts(RANKING_TEXTS),
    }


def case_form_json() -> dict[str, Any]:
    """The case form's choices (steps, forms, method cards, topics, countries, currencies)."""
    from samskab_lib.cases.model import CURRENCIES, SCHEMA_VERSION

    from .cases import filter_choices

    choices = {**filter_choices(), "currency": {c: c for c in CURRENCIES}}
    # [value, label] pairs: the JSON is written with sorted keys, and the order is the book's.
    return {"texts": texts(CASE_TEXTS), "schema_version": SCHEMA_VERSION,
            "choices": {name: [list(pair) for pair in choices[name].items()]
                        for name in ("step", "form", "method", "topic", "country", "currency")}}


def survey_json() -> dict[str, Any]:
    """The participant questionnaire, how exports write answers, and the report's Danish texts."""
    from samskab_lib.evaluation.export_answers import normalise
    from samskab_lib.evaluation.questionnaire import load_questionnaire
    from samskab_lib.evaluation.survey_results import MIN_GROUP
    from samskab_lib.resources import read_data

    exports = read_data("questionnaires/exports.yml")
    return {
        "questions": [dataclasses.asdict(q) for q in load_questionnaire().questions],
        "scale_words": {normalise(w): code for w, code in exports["scale_words"].items()},
        "date_columns": [normalise(name) for name in exports["date_columns"]],
        "header_rows": exports["header_rows"],
        "min_group": MIN_GROUP,
        "months": text("template_plan.months").split(),
        "texts": {group: texts_under(group) for group in SURVEY_TEXTS},
    }


def survey_skeleton() -> bytes:
    """The report's Word skeleton: the library's A4 report page with its title in the footer."""
    from samskab_lib.word.blocks import Block
    from samskab_lib.word.writer import write_docx

    title = text("survey_report.title")
    return stored_skeleton(write_docx([Block("heading", 1, title)], title,
                                      text("survey_report.subject")))


def write_data(folder: Path) -> list[Path]:
    """Write every JSON file and Word skeleton the browser forms read into *folder*."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    data = templates_json()
    data["word"] = {}
    for template in data["templates"]:
        data["word"][template["id"]] = {"skeleton": f"word-{template['id']}.docx"}
        written.append(_write(folder / f"word-{template['id']}.docx", word_skeleton(template["id"])))
    project_folder = folder_json()
    project_folder["word"] = {"skeleton": "word-procesmappe.docx"}
    written.append(_write(folder / "word-procesmappe.docx", folder_skeleton()))
    written.append(_write(folder / "nordfjordby-procesmappe.yml", nordfjordby_file()))
    survey = survey_json()
    survey["word"] = {"skeleton": "word-evalueringsrapport.docx"}
    written.append(_write(folder / "word-evalueringsrapport.docx", survey_skeleton()))
    for name, content in (("skabeloner.json", data), ("typologi.json", typology_json()),
                          ("noegler.json", ranking_json()),
                          ("caseformular.json", case_form_json()),
                          ("procesmappe.json", project_folder), ("spoergeskema.json", survey)):
        encoded = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        written.append(_write(folder / name, encoded.encode("utf-8")))
    return written


def _write(path: Path, content: bytes) -> Path:
    write_if_changed(path, content)
    return path


def write_site_data(app: Sphinx, exception: Exception | None) -> None:
    """After an HTML build: write the forms' data into the built site, when the library changed."""
    if exception is not None or app.builder.format != "html":
        return
    folder = Path(app.outdir) / DATA_FOLDER
    stamps = Stamps(downloads.stamp_file(app))
    here = Path(__file__).parent
    stamp = fingerprint((here / "forms.py", here / "cases.py",  # they shape the data too
                         nordfjordby_folder_file()))
    expected = [folder / f"word-{template_id}.docx" for template_id in template_ids()]
    expected += [folder / name for name in ("skabeloner.json", "typologi.json", "noegler.json",
                                            "caseformular.json", *FOLDER_FILES,
                                            "spoergeskema.json", "word-evalueringsrapport.docx")]
    if stamps.fresh(expected, stamp):
        return
    stamps.record(write_data(folder), stamp)
    stamps.save()


class forms_block(nodes.General, nodes.Element):
    """A place on a page where a browser form draws itself; carries its script's name."""


class FormsDirective(SphinxDirective):
    """``{samskab-udfyld}``, ``{samskab-typologi-selvvurdering}``, ``{samskab-rangering}`` or
    ``{samskab-procesmappe}``.

    The optional argument is the template chosen first (the form only).
    """

    optional_arguments = 1
    has_content = False

    def run(self) -> list[nodes.Node]:
        script, css_class = BLOCKS[self.name]
        if self.arguments and self.arguments[0] not in template_ids():
            raise self.error(text("directives.unknown_template", name=self.arguments[0],
                                   known=", ".join(template_ids())))
        node = forms_block(script=script, classes=[css_class, "samskab-form-blok"],
                           start=self.arguments[0] if self.arguments else "")
        return [node]


def visit_forms_block(translator: Any, node: forms_block) -> None:
    builder = translator.builder
    here = builder.get_target_uri(builder.current_docname)
    script = relative_uri(here, f"_static/forms/{node['script']}")
    style = relative_uri(here, "_static/forms/forms.css")
    start = f' data-start="{html.escape(node["start"])}"' if node["start"] else ""
    translator.body.append(
        f'<link rel="stylesheet" href="{style}">'
        f'<div class="{" ".join(node["classes"])}"{start}'
        f' data-failed="{html.escape(text("forms.loading_failed"))}">'
        f'<p class="samskab-form-js-mangler">{text("forms.needs_javascript")}</p></div>'
        f'<script type="module" src="{script}"></script>')
    raise nodes.SkipNode


class folder_step_link(nodes.General, nodes.Element):
    """A line in a step's chapter: the step's sheets in the project folder, linked to the page."""


class FolderStepDirective(SphinxDirective):
    """``{samskab-procesmappe-trin} 3``: which sheets step 3 has in the folder, and a link there."""

    required_arguments = 1
    has_content = False

    def run(self) -> list[nodes.Node]:
        steps = {str(step.number): step for step in load_definition().steps}
        if self.arguments[0] not in steps:
            raise self.error(text("directives.unknown_step", name=self.arguments[0],
                                   known=", ".join(steps)))
        step = steps[self.arguments[0]]
        titles = [load_template(sheet).title for sheet in step.sheets]
        sheets = titles[0] if len(titles) == 1 else (
            ", ".join(titles[:-1]) + text("folder.book.and") + titles[-1])
        return [folder_step_link(step=step.number, sheets=sheets)]


def visit_folder_step_link(translator: Any, node: folder_step_link) -> None:
    builder = translator.builder
    here = builder.get_target_uri(builder.current_docname)
    target = relative_uri(here, builder.get_target_uri(FOLDER_PAGE)) + f"#trin-{node['step']}"
    link = html.escape(text("folder.book.step_link_text", number=node["step"]))
    translator.body.append(
        f'<p class="samskab-procesmappe-henvisning">'
        f'{html.escape(text("folder.book.step_sheets", number=node["step"], sheets=node["sheets"]))} '
        f'<a class="reference internal" href="{html.escape(target)}">{link}</a></p>')
    raise nodes.SkipNode


def skip_node(translator: Any, node: forms_block) -> None:
    raise nodes.SkipNode


def setup(app: Sphinx) -> None:
    app.add_node(forms_block, html=(visit_forms_block, None),
                 latex=(skip_node, None), text=(skip_node, None), man=(skip_node, None),
                 texinfo=(skip_node, None))
    for name in BLOCKS:
        app.add_directive(name, FormsDirective)
    app.add_node(folder_step_link, html=(visit_folder_step_link, None),
                 latex=(skip_node, None), text=(skip_node, None), man=(skip_node, None),
                 texinfo=(skip_node, None))
    app.add_directive("samskab-procesmappe-trin", FolderStepDirective)
    app.connect("build-finished", write_site_data)
