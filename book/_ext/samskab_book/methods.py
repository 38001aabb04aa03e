"""Method cards in the book: a page per card, the filterable overview and the Word worksheets.

- ``{samskab-metode} ID`` draws one card (facts table, sections, case with citation, downloads).
- ``{samskab-metodeoversigt}`` draws the overview: a filter form (hidden until
  ``metodefilter.js`` shows it) and a plain list of every card, which works without JavaScript.
- ``{samskab-metodekort} STEP`` lists links to the cards of one step (for the chapters of part 2).

At build start every card is written as an A4 worksheet to ``book/_generated/metoder/``: a Word
file to edit and a one-page tagged PDF to print.
"""
from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from samskab_lib.handbook.methods import (
    LISTS,
    NUMBERED,
    Method,
    card_facts,
    load_method,
    load_methods,
    method_ids,
    methods_for_step,
)
from samskab_lib.handbook.steps import load_steps
from samskab_lib.resources import data_path
from samskab_lib.texts import text, texts_under

from . import downloads
from .citations import plain_entries
from .edition import generated_folder
from .files import write_if_changed
from .freshness import Stamps, fingerprint

CARD_DIR = "book/metoder"
OVERVIEW = f"{CARD_DIR}/index"
SCRIPT = "metodefilter.js"
STYLE = "metodefilter.css"
SHEET_FORMATS = ("docx", "pdf")


def folder() -> Path:
    """The current edition's folder of worksheets (``book/_generated/metoder``)."""
    return generated_folder("metoder")


def sheet_name(method_id: str, suffix: str = "docx") -> str:
    """The worksheet's file name, e.g. ``fokusgruppe-arbejdsark.docx`` (or ``.pdf``)."""
    return f"{method_id}-arbejdsark.{suffix}"


def source_labels(app: Sphinx) -> dict[str, str]:
    """Every bibliography entry as »Author (year): Title«, by key, for the worksheets."""
    labels: dict[str, str] = {}
    for key, (authors, fields) in plain_entries(app).items():
        names = f" {text('site.citation_and')} ".join(authors) or "?"
        year = fields.get("year", text("site.citation_no_year"))
        labels[key] = f"{names} ({year}): {fields.get('title', '')}"
    return labels


def write_method_sheets(app: Sphinx) -> None:
    """Write every card as a Word and a PDF worksheet, when the library or the bibliography changed."""
    target = Path(app.srcdir) / folder()
    target.mkdir(parents=True, exist_ok=True)
    outputs = [target / sheet_name(method_id, suffix) for method_id in method_ids()
               for suffix in SHEET_FORMATS]
    stamps = Stamps(downloads.stamp_file(app))
    stamp = fingerprint(sorted(Path(app.srcdir).glob("book/**/*.bib")))
    if stamps.fresh(outputs, stamp):
        return
    from samskab_lib.handbook.method_sheet import (  # python-docx, Typst only when needed
        method_docx,
        method_pdf,
    )

    labels = source_labels(app)
    for method_id in method_ids():
        method = load_method(method_id)
        source = labels.get(method.case.source)
        for suffix, make in (("docx", method_docx), ("pdf", method_pdf)):
            write_if_changed(target / sheet_name(method_id, suffix), make(method, source))
    stamps.record(outputs, stamp)
    stamps.save()


def _paragraph(directive: SphinxDirective, content: str) -> nodes.paragraph:
    parsed, _ = directive.state.inline_text(content, directive.lineno)
    return nodes.paragraph(content, "", *parsed)


def _items(directive: SphinxDirective, items: tuple[str, ...], numbered: bool) -> nodes.Element:
    listing = nodes.enumerated_list(enumtype="arabic") if numbered else nodes.bullet_list()
    for item in items:
        listing.append(nodes.list_item("", _paragraph(directive, item)))
    return listing


def _section(method_id: str, key: str, title: str, *body: nodes.Node) -> nodes.section:
    section = nodes.section(ids=[f"metode-{method_id}-{key}".replace("_", "-")],
                            names=[nodes.fully_normalize_name(title)])
    section += nodes.title(title, title)
    section.extend(body)
    return section


def _link(reftype: str, target: str, refdoc: str, shown: str) -> addnodes.pending_xref:
    """A link to a page (``doc``, target ``/docname``) or a labelled section (``ref``)."""
    reference = addnodes.pending_xref("", refdomain="std", reftype=reftype, reftarget=target,
                                      refdoc=refdoc, refexplicit=True, refwarn=True)
    reference += nodes.inline("", shown)
    return reference


class MethodCard(SphinxDirective):
    """``{samskab-metode} ID``: one method card drawn from its data file."""

    required_arguments = 1
    has_content = False

    def run(self) -> list[nodes.Node]:
        method_id = self.arguments[0]
        if method_id not in method_ids():
            raise self.error(text("directives.unknown_method", name=method_id,
                                   known=", ".join(method_ids())))
        method = load_method(method_id)
        self.env.note_dependency(str(data_path(f"methods/{method_id}.yml")))
        summary = nodes.paragraph("", method.summary, classes=["samskab-metode-resume"])
        result: list[nodes.Node] = [summary, self._facts(method), self._download(method)]
        result.append(_section(method.id, "purpose", text("methods.fields.purpose"),
                               _paragraph(self, method.purpose)))
        for key in LISTS:
            result.append(_section(method.id, key, text(f"methods.fields.{key}"),
                                   _items(self, getattr(method, key), key in NUMBERED)))
        case = _paragraph(self, f"{method.case.text} {{cite:p}}`{method.case.source}`")
        result.append(_section(method.id, "case", text("methods.fields.case"), case))
        template = nodes.paragraph("", "", _link(
            "ref", f"skabelon-{method.template}", self.env.docname,
            text("methods.template_link", title=text(f"templates.{method.template}.title"))))
        result.append(_section(method.id, "template", text("methods.fields.template"), template))
        return result

    def _facts(self, method: Method) -> nodes.table:
        rows = card_facts(method)
        table = nodes.table(classes=["samskab-metode-fakta"])
        table += nodes.title(text("methods.time_note"), text("methods.time_note"))
        group = nodes.tgroup(cols=2)
        table += group
        group += nodes.colspec(colwidth=35)
        group += nodes.colspec(colwidth=65)
        body = nodes.tbody()
        for label, value in rows:
            header = nodes.entry("", nodes.paragraph("", label))
            body += nodes.row("", header, nodes.entry("", nodes.paragraph("", value)))
        group += body
        return table

    def _download(self, method: Method) -> nodes.paragraph:
        paragraph = nodes.paragraph("", "", classes=["samskab-metode-hent"])
        for suffix, key in (("docx", "methods.download"), ("pdf", "methods.download_pdf")):
            reference = addnodes.download_reference(
                "", "", reftarget=f"/{folder().as_posix()}/{sheet_name(method.id, suffix)}",
                refdoc=self.env.docname, refdomain="", reftype="download", refexplicit=True,
                refwarn=False)
            reference += nodes.inline("", text(key))
            if len(paragraph):
                paragraph += nodes.Text(" · ")
            paragraph += reference
        return paragraph


class MethodsForStep(SphinxDirective):
    """``{samskab-metodekort} STEP``: links to the cards of step STEP (a number, or ``alle``).

    The option ``:ogsaa:`` adds cards by id, for methods a chapter names outside its own step.
    """

    required_arguments = 1
    has_content = False
    option_spec = {"ogsaa": directives.unchanged}

    def run(self) -> list[nodes.Node]:
        step = self.arguments[0]
        steps = [str(s.number) for s in load_steps()]
        if step != "alle" and step not in steps:
            raise self.error(text("directives.unknown_step", name=step,
                                  known=", ".join([*steps, "alle"])))
        chosen = load_methods() if step == "alle" else methods_for_step(int(step))
        extra = self.options.get("ogsaa", "").split()
        unknown = [i for i in extra if i not in method_ids()]
        if unknown:
            raise self.error(text("directives.unknown_method", name=", ".join(unknown),
                                   known=", ".join(method_ids())))
        wanted = {m.id for m in chosen} | set(extra)
        listing = nodes.bullet_list(classes=["samskab-metodekort"])
        for method in (m for m in load_methods() if m.id in wanted):
            link = _link("doc", f"/{CARD_DIR}/{method.id}", self.env.docname, method.title)
            paragraph = nodes.paragraph("", "", link, nodes.Text(f": {method.summary}"))
            listing += nodes.list_item("", paragraph)
        return [listing]


def filter_field(prefix: str, name: str, texts: str, choices: dict[str, str]) -> str:
    """One labelled select of an overview's filter form: »all« first, then *choices*.

    *prefix* starts the select's id (``metodefilter``); *texts* is the group of its label and
    of the word for »all« (``methods.filter``).
    """
    options = [f'<option value="">{html.escape(text(f"{texts}.all"))}</option>']
    options += [f'<option value="{html.escape(k)}">{html.escape(v)}</option>'
                for k, v in choices.items()]
    label = html.escape(text(f"{texts}.{name}"))
    return (f'<div class="samskab-filter-felt"><label for="{prefix}-{name}">{label}</label>'
            f'<select id="{prefix}-{name}" name="{name}">{"".join(options)}</select></div>')


def _options(name: str, choices: dict[str, str]) -> str:
    return filter_field("metodefilter", name, "methods.filter", choices)


class MethodOverview(SphinxDirective):
    """``{samskab-metodeoversigt}``: filter form (shown by JavaScript) and the list of cards."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        methods = load_methods()
        steps = {str(s.number): text("methods.step_label", number=s.number, name=s.name)
                 for s in load_steps()}
        form = (
            f'<form class="samskab-metodefilter" hidden '
            f'data-count="{html.escape(text("methods.filter.count"))}" '
            f'data-none="{html.escape(text("methods.filter.none"))}">'
            f'<fieldset><legend>{html.escape(text("methods.filter.legend"))}</legend>'
            f'{_options("step", steps)}'
            f'{_options("effort", texts_under("methods.effort_levels"))}'
            f'{_options("size", texts_under("methods.sizes"))}'
            f'<button type="reset">{html.escape(text("methods.filter.reset"))}</button>'
            f'</fieldset></form>'
            f'<p class="samskab-metodefilter-status" role="status" aria-live="polite"></p>'
        )
        items = []
        for method in methods:
            facts = " · ".join(value for _label, value in card_facts(method)[:3])
            items.append(
                f'<li data-step="{" ".join(str(n) for n in method.steps)}" '
                f'data-effort="{method.effort}" data-size="{method.size}">'
                f'<a href="{html.escape(method.id)}.html">{html.escape(method.title)}</a>: '
                f'{html.escape(method.summary)}<br><small>{html.escape(facts)}</small></li>')
        listing = f'<ul class="samskab-metodeliste">{"".join(items)}</ul>'
        for method in methods:
            self.env.note_dependency(str(data_path(f"methods/{method.id}.yml")))
        return [nodes.raw("", form + listing, format="html")]


def add_filter_script(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any],
                      doctree: Any) -> None:
    """Load the filter's script and style on the overview page only."""
    if pagename == OVERVIEW:
        app.add_js_file(SCRIPT, loading_method="defer")
        app.add_css_file(STYLE)


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("builder-inited", write_method_sheets)
    # Before site.clean_page, which copies the page's script list.
    app.connect("html-page-context", add_filter_script, priority=400)
    app.add_directive("samskab-metode", MethodCard)
    app.add_directive("samskab-metodekort", MethodsForStep)
    app.add_directive("samskab-metodeoversigt", MethodOverview)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
