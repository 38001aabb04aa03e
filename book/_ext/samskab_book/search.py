"""Sphinx extension part: the site search loads only on the search page and ranks by headings.

- The theme puts Sphinx's search index (about 110 KB) and search tools in the ``<head>`` of
  every page, for an "as you type" search this book does not switch on; the search field sends
  the reader to the search page. Every page is drawn through a small template that keeps the
  theme's other ``<head>`` lines and leaves those scripts out; the search page loads them itself.
- ``static/samskab-search.js`` (search page only) ranks the page whose title is the query first,
  then pages whose title or headings contain it, teaching chapters before cases, exercises and
  notebooks, and shows a snippet of body text (a paragraph, list item or table cell) instead of
  the page's contents list, and says in plain Danish when nothing was found (Sphinx's own
  message names "kategorier", which this search does not have).
"""
from __future__ import annotations

import json
from typing import Any

from sphinx.application import Sphinx

from samskab_lib.texts import text

PAGE_TEMPLATE = "samskab/head-without-search-index.html"
SEARCH_SCRIPT = "samskab-search.js"
# Page kinds in the order a reader looking up a word wants them, by the start of the page name
# (the longest matching start decides): the chapters that teach come first, then cases, then
# templates and the pages that fill them in, exercises, notebooks; other pages (front page,
# glossary, sources) last.
PAGE_KIND_ORDER = (("book/grundlag/", "book/trin/", "book/metoder/"), ("book/cases/",),
                   ("book/skabeloner", "book/udfyld", "book/procesmappe", "book/trin/evaluer-svar"),
                   ("book/oevelser/",), ("book/notesboeger/",))
_THEME_TEMPLATES = ("page.html", "search.html", "genindex.html")


def without_search_index(app: Sphinx, pagename: str, templatename: str,
                         context: dict[str, Any], doctree: Any) -> str | None:
    """Draw the page through the template that leaves the search scripts out of its head."""
    if templatename not in _THEME_TEMPLATES:
        return None
    context["samskab_base_template"] = templatename
    context["samskab_search_script"] = SEARCH_SCRIPT
    if pagename == "search":
        context["samskab_page_kinds"] = json.dumps(PAGE_KIND_ORDER)
        context["samskab_no_hits"] = text("site.search_no_hits")
    return PAGE_TEMPLATE


def setup(app: Sphinx) -> None:
    app.connect("html-page-context", without_search_index)
