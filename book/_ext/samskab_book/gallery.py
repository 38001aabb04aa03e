"""Sphinx directive ``{samskab-skabelongalleri}``: every template at a glance, for staff.

Each template gets a picture of its blank first page, its title, the step it belongs to, what
it is for, and a link to its blank Word file whose text names the template and the format.
Above the list, one zip holds every blank Word file ("Hent alle skabeloner").

The pictures are drawn at build time as small SVGs from the template's own fields (title,
headings, help lines, table columns): no office suite is needed to build the book.
"""
from __future__ import annotations

import html
import io
import zipfile
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from samskab_lib.templates.definitions import (
    Field,
    Template,
    load_template,
    template_ids,
)
from samskab_lib.texts import text

from .downloads import file_name, folder, form_link
from .files import write_if_changed

ZIP_NAME = "alle-skabeloner.zip"
# A4 in the thumbnail's units (millimetres), and the page margin.
PAGE_W, PAGE_H, MARGIN = 210, 297, 18
LINE = 5.5


def _lines(field: Field, y: float) -> tuple[list[str], float]:
    """SVG for one field: its heading, a help line and its table or writing lines."""
    width = PAGE_W - 2 * MARGIN
    parts = [f'<text x="{MARGIN}" y="{y:.1f}" class="h">{html.escape(field.label)}</text>']
    y += 3
    parts.append(f'<rect x="{MARGIN}" y="{y:.1f}" width="{width * 0.7:.1f}" height="2" class="help"/>')
    y += 5
    if field.columns:
        cell = width / len(field.columns)
        for row in range(3):
            for index, column in enumerate(field.columns):
                x = MARGIN + index * cell
                kind = "head" if row == 0 else "cell"
                parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{cell:.1f}" height="{LINE + 1}" '
                             f'class="{kind}"/>')
                if row == 0:
                    label = html.escape(column.label[:14])
                    parts.append(f'<text x="{x + 1:.1f}" y="{y + 4.5:.1f}" class="c">{label}</text>')
            y += LINE + 1
        y += 4
    else:
        for _ in range(2):
            parts.append(f'<line x1="{MARGIN}" y1="{y + 4:.1f}" x2="{MARGIN + width}" '
                         f'y2="{y + 4:.1f}" class="write"/>')
            y += LINE
        y += 3
    return parts, y + 4


def first_page_svg(template: Template) -> str:
    """A picture of the blank template's first page: title, then fields until the page is full."""
    parts = [f'<text x="{MARGIN}" y="{MARGIN + 8}" class="t">{html.escape(template.title)}</text>']
    y = MARGIN + 20.0
    for field in template.fields:
        drawn, below = _lines(field, y)
        if below > PAGE_H - MARGIN:
            break
        parts += drawn
        y = below
    style = ("text{font-family:sans-serif;fill:#1a1a1a}.t{font-size:9px;font-weight:bold}"
             ".h{font-size:5.5px;font-weight:bold}.c{font-size:3.2px}"
             ".help{fill:#c8c8c8}.head{fill:#dde7f0;stroke:#555;stroke-width:.3}"
             ".cell{fill:#fff;stroke:#555;stroke-width:.3}.write{stroke:#999;stroke-width:.3}")
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {PAGE_W} {PAGE_H}" '
            f'width="{PAGE_W}" height="{PAGE_H}"><style>{style}</style>'
            f'<rect width="{PAGE_W}" height="{PAGE_H}" fill="#fff" stroke="#888"/>'
            + "".join(parts) + "</svg>\n")


def thumbnail_name(template_id: str) -> str:
    return file_name(template_id, "forside.svg")


def write_gallery_files(app: Sphinx) -> None:
    """Draw each template's first page and pack every blank Word file into one zip."""
    target = Path(app.srcdir) / folder()
    target.mkdir(parents=True, exist_ok=True)
    for template_id in template_ids():
        svg = first_page_svg(load_template(template_id)).encode("utf-8")
        write_if_changed(target / thumbnail_name(template_id), svg)
    packed = io.BytesIO()
    stamp = (2026, 1, 1, 0, 0, 0)  # a fixed date: the same templates give the same zip
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as archive:
        for template_id in template_ids():
            blank = target / file_name(template_id, "tom.docx")
            archive.writestr(zipfile.ZipInfo(blank.name, stamp), blank.read_bytes(),
                             compress_type=zipfile.ZIP_DEFLATED)
    write_if_changed(target / ZIP_NAME, packed.getvalue())


def _download(directive: SphinxDirective, name: str, label: str) -> nodes.Node:
    reference = addnodes.download_reference(
        "", "", reftarget=f"/{folder().as_posix()}/{name}", refdoc=directive.env.docname,
        refdomain="", reftype="download", refexplicit=True, refwarn=False)
    reference += nodes.inline("", label)
    return reference


def template_steps() -> dict[str, str]:
    """Template id -> where in the process it is used (Danish)."""
    return {template_id: text(f"site.gallery.used_in.{template_id}") for template_id in template_ids()}


class GalleryDirective(SphinxDirective):
    """``{samskab-skabelongalleri}``: the zip of all blank templates, then one card per template."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        for template_id in template_ids():
            self.env.note_dependency(str(Path(self.env.srcdir) / folder() / thumbnail_name(template_id)))
        everything = nodes.paragraph("", "", _download(self, ZIP_NAME, text("site.gallery.all")),
                                     classes=["samskab-hent-alle"])
        cards = nodes.bullet_list(classes=["samskab-galleri"])
        steps = template_steps()
        for template_id in template_ids():
            template = load_template(template_id)
            image = nodes.image(uri=f"/{folder().as_posix()}/{thumbnail_name(template_id)}",
                                alt=text("site.gallery.picture", title=template.title),
                                classes=["samskab-forside"])
            title = nodes.paragraph("", "", nodes.strong("", template.title),
                                    classes=["samskab-galleri-titel"])
            step = nodes.paragraph("", text("site.gallery.step", step=steps[template_id]))
            purpose = nodes.paragraph("", template.purpose)
            link = nodes.paragraph("", "", _download(
                self, file_name(template_id, "tom.docx"),
                text("site.gallery.blank_word", title=template.title)))
            cards += nodes.list_item("", image, title, step, purpose, link,
                                     form_link(self.env.docname, template))
        return [everything, cards]


def setup(app: Sphinx) -> dict[str, Any]:
    # After downloads.write_template_files (priority 500), whose Word files go into the zip.
    app.connect("builder-inited", write_gallery_files, priority=600)
    app.add_directive("samskab-skabelongalleri", GalleryDirective)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
