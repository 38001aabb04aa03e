"""Sphinx extension: text written in the book's pages that Sphinx would not translate.

Sphinx translates a text node only when it knows the node's source file; it skips the others
as built-in messages. Three kinds of the book's own text are built inside directives without
one, so they stayed Danish in the Norwegian edition and never reached the catalogues:

- the cells of Markdown tables inside a directive (``{table}``, a solution): MyST gives the
  table its source but not the paragraphs in its cells;
- the titles of exercises (```` ```{exercise} Title ````): sphinx-exercise parses the argument
  into a node without a source, and later merges it into a new title;
- the captions of ``{samskab-figur}`` (set where the directive makes them, in ``__init__``).

:class:`GiveDirectiveTextItsSource` gives the first two their page before the translation
runs. An exercise's title is extracted by the gettext builder only after sphinx-exercise has
rebuilt it, so :class:`KeepExerciseTitleMessage` lets that builder see the title's text
again; and sphinx-exercise keeps a copy of every exercise made before the translation,
from which it writes the solutions' titles, so :func:`keep_translated_exercises` refreshes
that copy once the page is translated.
"""
from __future__ import annotations

from typing import Any
from uuid import uuid4

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.transforms import SphinxTransform
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx_exercise.nodes import exercise_subtitle, is_exercise_node  # type: ignore[import-untyped]

TITLE_MESSAGE = "samskab_title_message"


def _give_source(node: nodes.Element, owner: nodes.Element) -> None:
    node.source, node.line = owner.source, owner.line


class GiveDirectiveTextItsSource(SphinxTransform):
    """Give table cells and exercise titles the page they come from, so they translate."""

    # Before Sphinx's source workaround (10), which fills every empty rawsource with the node's
    # text: only MyST keeps a cell's Markdown as rawsource, a table the library draws has none.
    default_priority = 5

    def apply(self, **kwargs: Any) -> None:
        for table in self.document.findall(nodes.table):
            if not table.source:
                continue
            for entry in table.findall(nodes.entry):
                for paragraph in entry.findall(nodes.paragraph):
                    if paragraph.source is None and paragraph.rawsource:
                        _give_source(paragraph, table)
        for subtitle in self.document.findall(exercise_subtitle):
            exercise = subtitle.parent.parent
            if subtitle.source is None and exercise.source:
                _give_source(subtitle, exercise)
                subtitle.rawsource = subtitle.rawsource or subtitle.astext()
                exercise[TITLE_MESSAGE] = subtitle.rawsource


class KeepExerciseTitleMessage(SphinxPostTransform):
    """For the gettext builder: the rebuilt exercise title carries the title's message."""

    default_priority = 25  # after sphinx-exercise rebuilds the titles (20)
    builders = ("gettext",)

    def run(self, **kwargs: Any) -> None:
        for exercise in self.document.findall(is_exercise_node):
            message = exercise.get(TITLE_MESSAGE)
            title = exercise.children[0] if exercise.children else None
            if message and isinstance(title, nodes.title):
                _give_source(title, exercise)
                title.rawsource = message
                # The gettext builder skips a node without a uid (set while reading).
                title.uid = uuid4().hex  # type: ignore[attr-defined]


def keep_translated_exercises(app: Sphinx, doctree: nodes.document) -> None:
    """Let sphinx-exercise write solution titles from the translated exercise."""
    registry = getattr(app.env, "sphinx_exercise_registry", {})
    for exercise in doctree.findall(is_exercise_node):
        entry = registry.get(exercise.get("label", ""))
        if entry:
            entry["node"] = exercise.deepcopy()


def setup(app: Sphinx) -> None:
    app.add_transform(GiveDirectiveTextItsSource)
    app.add_post_transform(KeepExerciseTitleMessage)
    app.connect("doctree-read", keep_translated_exercises)
