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
- A language Sphinx's search knows by another name is searched by that name: bokmål (``nb``)
  with Sphinx's Norwegian (``no``) stop words and stemmer, unless ``html_search_language`` is
  set. The search page's messages in the browser ("Søker", "Søket fullført …") come from
  Sphinx's catalogue for the language's country variant (``nb_NO``) when Sphinx has none under
  the language's own code; a copy of it is put where Sphinx looks (``locale_dirs``).
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import sphinx
from sphinx.application import Sphinx
from sphinx.config import Config

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
# The book's language -> the name Sphinx's search gives it (sphinx.search.languages).
SEARCH_LANGUAGES = {"nb": "no"}
SPHINX_LOCALE = Path(sphinx.__file__).parent / "locale"
_BROWSER_MESSAGES = Path("LC_MESSAGES") / "sphinx.js"


def search_in_language(app: Sphinx, config: Config) -> None:
    """Search bokmål as Sphinx's Norwegian; give its browser messages a catalogue to use."""
    language = config.language or ""
    if not config.html_search_language and language in SEARCH_LANGUAGES:
        config.html_search_language = SEARCH_LANGUAGES[language]
    messages = browser_messages(language)
    if messages is None or messages.parent.parent.name == language:
        return
    folder = Path(app.doctreedir).parent / "samskab-search-locale"
    copy = folder / language / _BROWSER_MESSAGES
    copy.parent.mkdir(parents=True, exist_ok=True)
    if not copy.is_file() or copy.read_bytes() != messages.read_bytes():
        shutil.copyfile(messages, copy)
    config.locale_dirs = [*config.locale_dirs, str(folder)]


def browser_messages(language: str) -> Path | None:
    """Sphinx's catalogue of search messages for *language*, or for its one country variant."""
    own = SPHINX_LOCALE / language / _BROWSER_MESSAGES
    if own.is_file():
        return own
    variants = sorted(SPHINX_LOCALE.glob(f"{language}_*/{_BROWSER_MESSAGES.as_posix()}"))
    return variants[0] if len(variants) == 1 else None


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
    app.connect("config-inited", search_in_language)
    app.connect("html-page-context", without_search_index)
