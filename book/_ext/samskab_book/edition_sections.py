"""Sections for one edition only: a heading whose whole section sits in ``{only}`` blocks.

Sphinx's ``only`` directive cannot hold a heading: MyST hangs a section it meets inside the
block on the page's section tree, outside the block, so the heading and all that follows it
show in every edition. A page therefore writes an edition's own section as a heading followed
by ``only`` blocks of one expression::

    ## Plan- og bygningsloven

    :::{only} lang_nb
    ...
    :::

After reading, a section whose content (everything but its title and targets) is ``only``
blocks of one and the same expression, or sections that are so themselves, is moved into an
``only`` node of that expression. Sphinx then drops or keeps it like any ``only`` block, its
table of contents included. The gettext builder still extracts it (it reads every ``only``).
"""
from __future__ import annotations

from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.transforms import SphinxTransform

_IGNORED = (nodes.title, nodes.target, nodes.comment)


def edition_of(section: nodes.section) -> str | None:
    """The one ``only`` expression all of *section*'s content is in, or ``None``."""
    expressions = {child["expr"] for child in section.children
                   if isinstance(child, addnodes.only)}
    others = [child for child in section.children
              if not isinstance(child, (*_IGNORED, addnodes.only))]
    return expressions.pop() if len(expressions) == 1 and not others else None


class EditionSections(SphinxTransform):
    """Wrap each section that holds only one edition's content in an ``only`` node."""

    # After the translations are applied (Locale: 20), before the table of contents is
    # collected on doctree-read (DoctreeReadEvent: 880).
    default_priority = 870

    def apply(self, **kwargs: Any) -> None:
        # Deepest sections first, so a section whose subsections are one edition's counts too.
        sections = sorted(self.document.findall(nodes.section), key=_depth, reverse=True)
        for section in sections:
            expression = edition_of(section)
            if expression is None or isinstance(section.parent, addnodes.only):
                continue
            wrapper = addnodes.only(expr=expression)
            wrapper.source, wrapper.line = section.source, section.line
            section.replace_self(wrapper)
            wrapper += section


def _depth(node: nodes.Node) -> int:
    depth = 0
    while node.parent is not None:
        node, depth = node.parent, depth + 1
    return depth


def setup(app: Sphinx) -> None:
    app.add_transform(EditionSections)
