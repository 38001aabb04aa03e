"""Sphinx extension part: glossary headwords kept in Danish are marked Danish in another edition.

Sphinx translates a glossary term like any other message, and a ``{term}`` reference still
finds it: the Danish name is registered when the page is read, the translated one when it is
translated. The bokmål edition keeps the Danish headwords on purpose (its glossary gives each
Danish word of the book with the Norwegian one), so a headword its catalogue leaves as written
is a Danish word on a Norwegian page. It gets ``lang="da"`` (WCAG 3.1.2, a screen reader reads
it as Danish), in the glossary and in the general index, which lists the same words.
"""
from __future__ import annotations

from typing import Any

from docutils import nodes
from markupsafe import Markup, escape
from sphinx.application import Sphinx
from sphinx.transforms import SphinxTransform

from samskab_lib.texts import DEFAULT_LANGUAGE

_SOURCE_TEXT = "samskab_source_text"
_SOURCE_CLASS = f"language-{DEFAULT_LANGUAGE}"  # docutils writes it as lang="da"


class RememberTermSource(SphinxTransform):
    """Keep each glossary term's text as written on the page, before it is translated."""

    default_priority = 19  # just before Sphinx's i18n transform (20)

    def apply(self, **kwargs: Any) -> None:
        for term in self.document.findall(nodes.term):
            term[_SOURCE_TEXT] = term.astext()


def mark_terms_kept_in_source_language(app: Sphinx, doctree: nodes.document) -> None:
    """Mark the terms a translated edition shows as they were written, in the source language."""
    if app.config.language == DEFAULT_LANGUAGE:
        return
    for term in doctree.findall(nodes.term):
        if term.get(_SOURCE_TEXT) == term.astext():
            term["classes"].append(_SOURCE_CLASS)


def _source_language_anchors(app: Sphinx, docnames: set[str]) -> set[str]:
    """``page.html#term-…`` of every term marked with the source language on *docnames*."""
    anchors: set[str] = set()
    for docname in docnames:
        uri = app.builder.get_target_uri(docname)
        for term in app.env.get_doctree(docname).findall(nodes.term):
            if _SOURCE_CLASS in term["classes"]:
                anchors.update(f"{uri}#{node_id}" for node_id in term["ids"])
    return anchors


def mark_index_entries(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any],
                       doctree: Any) -> None:
    """In the general index, give an entry for a source-language term the same ``lang``."""
    if pagename != "genindex" or app.config.language == DEFAULT_LANGUAGE:
        return
    entries = context.get("genindexentries") or []
    pages = {uri.partition("#")[0] for _, group in entries for _, (links, _, _) in group
             for _, uri in links if "#term-" in uri}
    anchors = _source_language_anchors(app, {docname for docname in app.env.found_docs
                                             if app.builder.get_target_uri(docname) in pages})
    context["genindexentries"] = [
        (letter, [(Markup(f'<span lang="{DEFAULT_LANGUAGE}">{escape(name)}</span>')
                   if links and links[0][1] in anchors else name, (links, subitems, key))
                  for name, (links, subitems, key) in group])
        for letter, group in entries]


def setup(app: Sphinx) -> None:
    app.add_transform(RememberTermSource)
    app.connect("doctree-read", mark_terms_kept_in_source_language)
    app.connect("html-page-context", mark_index_entries)
