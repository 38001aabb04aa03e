"""The case library in the book: case pages drawn from ``cases/<id>/case.yml`` and the overview.

Each edition reads a case in its language: ``cases/<id>/<language>/case.yml`` where the case
has a translation (:func:`samskab_lib.cases.loading.case_file`).

- ``{samskab-case-del} ID DEL`` draws one part of a case page (summary, facts, steps,
  participants, results, lessons, key figures, computed figures, method cards, sources) as
  MyST, so every source becomes a citation that links to the bibliography.
- ``{samskab-caseoversigt}`` draws the overview: a filter form (shown by ``metodefilter.js``,
  which the method overview uses too) and a plain list of every case.
- :func:`case_page` is the Markdown of a case page without a hand-written chapter;
  ``scripts/make_case_pages.py`` writes it to ``book/cases/<id>.md`` (a test keeps them equal).
"""
from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from docutils import nodes
from docutils.statemachine import StringList
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from samskab_lib.cases import overview, tables
from samskab_lib.cases.loading import list_cases, load_case
from samskab_lib.cases.model import EXAMPLE_DATA, Case
from samskab_lib.handbook.methods import load_methods
from samskab_lib.handbook.steps import load_steps
from samskab_lib.handbook.typology import load_types
from samskab_lib.tables import Table
from samskab_lib.texts import text, texts_under

from .methods import filter_field

CASE_DIR = "book/cases"
OVERVIEW = f"{CASE_DIR}/index"
PARTS = ("resume", "fakta", "forloeb", "deltagere", "resultater", "erfaringer", "noegletal",
         "beregnet", "metodekort", "kilder")
GENERATED_MARK = "% Genereret af scripts/make_case_pages.py"
_SPECIAL = re.compile(r"([\\`*_\[\]<>|{}])")


def _escape(value: object) -> str:
    return _SPECIAL.sub(r"\\\1", " ".join(str(value).split()))


def _source(cell: object) -> str:
    key = str(cell)
    if key in (text("cases.unknown"), EXAMPLE_DATA, ""):
        return _escape(key)
    return f"{{cite:t}}`{key}`"


def list_table(table: Table, source_columns: tuple[int, ...] = ()) -> list[str]:
    """A library table as a MyST list-table; cells of *source_columns* become citations."""
    lines = [f":::{{list-table}} {_escape(table.caption)}", ":header-rows: 1", ""]
    rows: list[list[object]] = [list(table.headers), *(list(row) for row in table.rows)]
    for index, row in enumerate(rows):
        for column, cell in enumerate(row):
            shown = _source(cell) if index and column in source_columns else _escape(cell)
            lines.append(f"{'* -' if column == 0 else '  -'} {shown}")
    return [*lines, ":::", ""]


def _paragraph(key: str, **values: Any) -> list[str]:
    return [text(f"cases.page.{key}", **values), ""]


def part_markdown(case: Case, part: str) -> list[str]:
    """The MyST lines of one part of *case*'s page."""
    if part == "resume":
        lines = [f"{_escape(case.what.value)} {{cite:p}}`{case.what.source}`", ""]
        if case.fictional:
            lines = [":::{warning}", text("cases.page.fictional"), ":::", "", *lines]
        return lines
    if part == "fakta":
        return list_table(tables.facts_table(case, keys=True), (2,))
    if part == "forloeb":
        return list_table(tables.steps_table(case, keys=True), (4,))
    if part == "deltagere":
        return list_table(tables.participants_table(case, keys=True), (2, 4))
    if part == "resultater":
        return list_table(tables.results_table(case, keys=True), (2,))
    if part == "erfaringer":
        lessons = overview.lessons_table(case)
        return list_table(lessons, (2,)) if lessons.rows else _paragraph("no_lessons")
    if part == "noegletal":
        return (list_table(tables.figures_table(case, keys=True), (3,)) if case.figures
                else _paragraph("no_figures"))
    if part == "beregnet":
        computed = overview.computed_table(case)
        return list_table(computed) if computed.rows else _paragraph("no_computed")
    if part == "metodekort":
        return _classification(case)
    return _sources(case)


def _classification(case: Case) -> list[str]:
    chosen = case.classification
    steps = {s.number: s.name for s in load_steps()}
    lines = _paragraph("classification",
                       steps=", ".join(f"{n} {steps[n]}" for n in chosen.steps),
                       form=overview.form_name(chosen.form).lower(),
                       topics=", ".join(text(f"cases.topics.{t}") for t in chosen.topics))
    if not chosen.methods:
        return [*lines, *_paragraph("no_methods")]
    lines += _paragraph("methods_intro")
    lines += [f"- {{doc}}`{overview.method_title(m)} </book/metoder/{m}>`" for m in chosen.methods]
    return [*lines, ""]


def _sources(case: Case) -> list[str]:
    keys = sorted(case.sources())
    if not keys:
        return _paragraph("no_sources")
    cited = "; ".join(f"{{cite:t}}`{key}`" for key in keys)
    return _paragraph("sources", sources=cited, file=f"cases/{case.id}/case.yml")


def case_page(case: Case) -> str:
    """The Markdown of a generated case page: headings and one directive per part."""
    lines = [f"{GENERATED_MARK} fra cases/{case.id}/case.yml. Ret casen dér, ikke her.",
             f"(case-{case.id})=", f"# {case.title.value}", ""]
    for part in PARTS:
        heading = text(f"cases.page.headings.{part}") if part != "resume" else ""
        if heading:
            lines += [f"## {heading}", ""]
        lines += [f"```{{samskab-case-del}} {case.id} {part}", "```", ""]
    return "\n".join(lines).rstrip() + "\n"


class CasePart(SphinxDirective):
    """``{samskab-case-del} ID DEL``: one part of a case page, drawn from its file."""

    required_arguments = 2
    has_content = False

    def run(self) -> list[nodes.Node]:
        case_id, part = self.arguments
        if case_id not in list_cases():
            raise self.error(text("directives.unknown_case", name=case_id,
                                   known=", ".join(list_cases())))
        if part not in PARTS:
            raise self.error(text("directives.unknown_case_part", name=part, known=", ".join(PARTS)))
        case = load_case(case_id)  # in the edition's language where the case has a translation
        self.env.note_dependency(str(case.path))
        container = nodes.container(classes=["samskab-case-del"])
        lines = part_markdown(case, part)
        self.state.nested_parse(StringList(lines), self.content_offset, container)
        return [container]


def filter_choices() -> dict[str, dict[str, str]]:
    """Every filter and its choices (value → Danish label), in the form's order."""
    return {
        "step": {str(s.number): text("methods.step_label", number=s.number, name=s.name)
                 for s in load_steps()},
        "form": {t.id: t.name for t in load_types()},
        "method": {m.id: m.title for m in load_methods()},
        "topic": texts_under("cases.topics"),
        "country": texts_under("cases.countries"),
        "size": overview.band_labels("size"),
        "participants": overview.band_labels("participants"),
        "cost": overview.band_labels("cost"),
    }


def _item(case: Case) -> str:
    facets = overview.facets(case)
    values = {"step": " ".join(map(str, facets.steps)), "form": facets.form,
              "method": " ".join(facets.methods), "topic": " ".join(facets.topics),
              "country": facets.country, "size": facets.size,
              "participants": facets.participants, "cost": facets.cost}
    data = " ".join(f'data-{k}="{html.escape(v)}"' for k, v in values.items())
    summary = text("cases.filter.summary",
                   country=text(f"cases.countries.{facets.country}"),
                   form=overview.form_name(facets.form),
                   participants=text(f"cases.bands.participants.{facets.participants}"),
                   cost=text(f"cases.bands.cost.{facets.cost}"))
    fictional = f' <em>({html.escape(text("cases.filter.fictional"))})</em>' if case.fictional else ""
    return (f'<li {data}><a href="{html.escape(case.id)}.html">{html.escape(case.title.value)}</a>'
            f'{fictional}<br><small>{html.escape(summary)}</small></li>')


class CaseOverview(SphinxDirective):
    """``{samskab-caseoversigt}``: filter form (shown by JavaScript) and the list of cases."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        cases = [load_case(case_id) for case_id in list_cases()]
        for case in cases:
            self.env.note_dependency(str(case.path))
        fields = "".join(filter_field("casefilter", name, "cases.filter", choices)
                         for name, choices in filter_choices().items())
        form = (
            f'<form class="samskab-metodefilter samskab-casefilter" hidden '
            f'data-count="{html.escape(text("cases.filter.count"))}" '
            f'data-none="{html.escape(text("cases.filter.none"))}">'
            f'<fieldset><legend>{html.escape(text("cases.filter.legend"))}</legend>{fields}'
            f'<button type="reset">{html.escape(text("cases.filter.reset"))}</button>'
            f'</fieldset></form>'
            f'<p class="samskab-metodefilter-status" role="status" aria-live="polite"></p>')
        listing = f'<ul class="samskab-metodeliste samskab-caseliste">{"".join(map(_item, cases))}</ul>'
        return [nodes.raw("", form + listing, format="html")]


def add_filter_script(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any],
                      doctree: Any) -> None:
    """Load the filter's script and style on the case overview only."""
    if pagename == OVERVIEW:
        app.add_js_file("metodefilter.js", loading_method="defer")
        app.add_css_file("metodefilter.css")


def generated_pages(root: Path) -> dict[Path, str]:
    """Every generated case page (those whose file carries the mark, or is missing)."""
    pages = {}
    for case_id in list_cases():
        path = root / CASE_DIR / f"{case_id}.md"
        if not path.is_file() or path.read_text(encoding="utf-8").startswith(GENERATED_MARK):
            pages[path] = case_page(load_case(case_id))
    return pages


def setup(app: Sphinx) -> None:
    app.connect("html-page-context", add_filter_script, priority=400)
    app.add_directive("samskab-case-del", CasePart)
    app.add_directive("samskab-caseoversigt", CaseOverview)
