"""Sphinx extension part: markup that other extensions write, made valid HTML.

- sphinx-exercise gives the body of every exercise and solution the same id
  (``exercise-content``, ``solution-content``), so a page with two exercises repeats an id.
  A post-transform turns the fixed id into a class and gives each body an id of its own,
  made from its exercise's or solution's id. Waits for: docs/upstream/sphinx-exercise-body-ids.md.
- myst-nb writes the labels of a folded code cell as ``<p>`` inside ``<summary>``, where only
  phrasing content is allowed, and names the summary "Toggle hidden content" in English over
  its visible label. myst-nb offers no setting or template for this markup, so its node is drawn
  here with ``<span>`` labels and no ``aria-label`` (the visible label names the control); the
  style sheet ``static/valid-html.css`` gives the spans the look myst-nb's CSS gives the
  paragraphs. Waits for: docs/upstream/myst-nb-hidden-cell-summary.md.
"""
from __future__ import annotations

from html import escape
from typing import Any

from docutils import nodes
from myst_nb.sphinx_ import HideCodeCellNode
from sphinx.application import Sphinx
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.writers.html5 import HTML5Translator

FIXED_IDS = ("exercise-content", "solution-content")
STYLE_SHEET = "valid-html.css"


class UniqueExerciseBodyIds(SphinxPostTransform):
    """Replace sphinx-exercise's fixed body ids by ids unique on the page."""

    default_priority = 900
    formats = ("html",)

    def run(self, **kwargs: Any) -> None:
        for section in list(self.document.findall(nodes.section)):
            fixed = [name for name in section["ids"] if name in FIXED_IDS]
            if not fixed:
                continue
            section["ids"] = [name for name in section["ids"] if name not in FIXED_IDS]
            section["classes"].extend(name for name in fixed if name not in section["classes"])
            owner = section.parent
            owner_ids: list[str] = owner.get("ids", []) if isinstance(owner, nodes.Element) else []
            if owner_ids and not section["ids"]:
                candidate = f"{owner_ids[0]}-content"
                if candidate not in self.document.ids:
                    section["ids"].append(candidate)
                    self.document.ids[candidate] = section


def visit_hidden_cell(self: HTML5Translator, node: HideCodeCellNode) -> None:
    """Open a folded cell as myst-nb does, its two labels as spans naming the summary."""
    classes = " ".join(node["classes"])
    self.body.append(f'<details class="admonition hide {classes}">\n')
    self.body.append("<summary>")
    self.body.append(f'<span class="collapsed admonition-title">{escape(node["prompt_show"])}</span>')
    self.body.append(f'<span class="expanded admonition-title">{escape(node["prompt_hide"])}</span>')
    self.body.append("</summary>\n")


def depart_hidden_cell(self: HTML5Translator, node: HideCodeCellNode) -> None:
    self.body.append("</details>\n")


def setup(app: Sphinx) -> None:
    app.add_post_transform(UniqueExerciseBodyIds)
    app.add_node(HideCodeCellNode, override=True, html=(visit_hidden_cell, depart_hidden_cell))
    app.add_css_file(STYLE_SHEET)
