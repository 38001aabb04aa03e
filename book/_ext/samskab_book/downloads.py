"""Sphinx directive ``{samskab-skabelon} ID``: a template's purpose, filled example and downloads.

At build start every template is written as blank and filled Word and Markdown files to
``book/_generated/skabeloner/``; the directive links them as Sphinx downloads, so they are
copied into the built site (``_downloads``) and a reader who never runs Python can take them.
A template's files are written again only when its definition, its example or the library
(code, texts) changed (:mod:`.freshness`).
"""
from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.util.docutils import SphinxDirective
from sphinx.util.osutil import relative_uri

from samskab_lib.templates.definitions import (
    TEMPLATE_DIR,
    Filled,
    Template,
    blank,
    example_path,
    load_template,
    template_ids,
)
from samskab_lib.templates.fill import load_example
from samskab_lib.templates.markdown_html import to_html, to_markdown
from samskab_lib.texts import text

from .edition import GENERATED, generated_folder
from .files import write_if_changed
from .freshness import Stamps, fingerprint

KIND = "skabeloner"
QUESTIONNAIRE_KIND = "spoergeskema"
FORM_PAGE = "book/udfyld"
# (file name ending, text key of the link) for the four downloads of each template.
VARIANTS = (
    ("tom.docx", "blank_docx"), ("tom.md", "blank_md"),
    ("eksempel.docx", "filled_docx"), ("eksempel.md", "filled_md"),
)


def folder() -> Path:
    """The current edition's folder of template downloads (``book/_generated/skabeloner``)."""
    return generated_folder(KIND)


def file_name(template_id: str, variant: str) -> str:
    """The download's file name, e.g. ``samarbejdsplan-tom.docx``."""
    return f"{template_id}-{variant}"


def form_link(docname: str, template: Template) -> nodes.paragraph:
    """A paragraph linking the browser form with *template* chosen (``udfyld.html?skabelon=ID``)."""
    uri = relative_uri(f"{docname}.html", f"{FORM_PAGE}.html") + f"?skabelon={template.id}"
    reference = nodes.reference("", text("template_sphinx.fill_in_browser", title=template.title),
                                refuri=uri, internal=True)
    return nodes.paragraph("", "", reference, classes=["samskab-udfyld-link"])


def template_inputs(template_id: str) -> list[Path]:
    """The files a template's downloads are made from besides the library: definition, example."""
    return [TEMPLATE_DIR / f"{template_id}.yml", example_path(template_id)]


def write_template_files(target: Path, stamps: Stamps) -> list[Path]:
    """Make blank and filled .docx and .md of every template whose inputs changed; return those.

    A file is only rewritten if its bytes differ, so an unchanged download keeps its date.
    """
    target.mkdir(parents=True, exist_ok=True)
    made: list[Path] = []
    for template_id in template_ids():
        outputs = [target / file_name(template_id, variant) for variant, _key in VARIANTS]
        stamp = fingerprint(template_inputs(template_id))
        if stamps.fresh(outputs, stamp):
            continue
        from samskab_lib.templates.word import (
            to_docx,  # python-docx: only when a file is made
        )

        versions = {"tom": blank(template_id), "eksempel": load_example(template_id)}
        for (variant, _key), path in zip(VARIANTS, outputs, strict=True):
            kind, suffix = variant.split(".")
            filled: Filled = versions[kind]
            content = to_docx(filled) if suffix == "docx" else to_markdown(filled).encode("utf-8")
            write_if_changed(path, content)
        made.extend(outputs)
        stamps.record(outputs, stamp)
    stamps.save()
    return made


def write_questionnaire_files(target: Path) -> list[Path]:
    """The blank participant questionnaire (Word) and its questions to paste (text), written
    only when their bytes changed; step 5 links them."""
    from samskab_lib.evaluation.questionnaire import blank_docx, load_questionnaire, paste_list

    target.mkdir(parents=True, exist_ok=True)
    questionnaire = load_questionnaire()
    files = {f"{questionnaire.id}.docx": blank_docx(questionnaire),
             f"{questionnaire.id}-spoergsmaal.txt": paste_list(questionnaire).encode("utf-8")}
    for name, content in files.items():
        write_if_changed(target / name, content)
    return [target / name for name in files]


def write_template_files_at_start(app: Sphinx) -> None:
    """Bring the template and questionnaire downloads up to date before any page is read."""
    write_template_files(Path(app.srcdir) / folder(), Stamps(stamp_file(app)))
    write_questionnaire_files(Path(app.srcdir) / generated_folder(QUESTIONNAIRE_KIND))


def stamp_file(app: Sphinx) -> Path:
    """Where the fingerprints of the generated files are kept (beside the doctrees)."""
    return Path(app.doctreedir) / "samskab-generated.json"


class TemplateDirective(SphinxDirective):
    """``{samskab-skabelon} ID``: purpose in one line, four downloads, the filled example."""

    required_arguments = 1
    has_content = False

    def run(self) -> list[nodes.Node]:
        template_id = self.arguments[0]
        if template_id not in template_ids():
            raise self.error(text("directives.unknown_template", name=template_id,
                                   known=", ".join(template_ids())))
        template = load_template(template_id)
        for path in (example_path(template_id), TEMPLATE_DIR / f"{template_id}.yml"):
            self.env.note_dependency(str(path))
        purpose = nodes.paragraph("", template.purpose, classes=["samskab-skabelon-formaal"])
        links = nodes.bullet_list()
        for variant, key in VARIANTS:
            reference = addnodes.download_reference(
                "", "", reftarget=f"/{folder().as_posix()}/{file_name(template_id, variant)}",
                refdoc=self.env.docname, refdomain="", reftype="download", refexplicit=True,
                refwarn=False)
            reference += nodes.inline("", text(f"template_sphinx.{key}", title=template.title))
            links += nodes.list_item("", nodes.paragraph("", "", reference))
        downloads = nodes.paragraph("", text("template_sphinx.downloads"))
        example = load_example(template_id)
        summary = text("template_sphinx.example", title=template.title)
        body = to_html(example, full_document=False, heading_offset=2)
        details = nodes.raw("", f"<details class=\"samskab-eksempel\"><summary>{html.escape(summary)}"
                                f"</summary>\n{body}\n</details>", format="html")
        return [purpose, form_link(self.env.docname, template), downloads, links, details]


def exclude_generated(app: Sphinx, config: Config) -> None:
    """Keep the generated Markdown downloads of every edition from being read as pages."""
    config.exclude_patterns = [*config.exclude_patterns, f"{GENERATED.as_posix()}/{KIND}/**",
                               f"{GENERATED.as_posix()}/*/{KIND}/**"]


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("config-inited", exclude_generated)
    app.connect("builder-inited", write_template_files_at_start)
    app.add_directive("samskab-skabelon", TemplateDirective)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
