"""Sphinx extension part: the site search, through Sphinx's own settings.

- Ranking and snippets: ``search_scorer.js`` is the book's ``html_search_scorer``; Sphinx puts
  it into ``language_data.js``, which only the search page loads (the file says what it ranks
  and which two parts wait for Sphinx).
- Messages in the browser ("Søger", "Søket fullført …") are Sphinx's own catalogue for the
  language, or for its country variant (``nb_NO``) when Sphinx has none under the language's
  own code, with the book's message for a search that found nothing (Sphinx's speaks of
  "kategorier", which this search does not have). The copy is put where Sphinx looks for an
  edition's ``sphinx.js`` (``locale_dirs``).
- A language Sphinx's search knows by another name is searched by that name: bokmål (``nb``)
  with Sphinx's Norwegian (``no``) stop words and stemmer, unless ``html_search_language`` is
  set.
- The search index (about 200 KB) is loaded on the search page only: the theme loads it on every
  page for an "as you type" search this book leaves off; ``book/_templates/layout.html`` leaves
  it out (docs/upstream/pydata-sphinx-theme-search-index.md).
"""
from __future__ import annotations

import json
from pathlib import Path

import sphinx
from sphinx.application import Sphinx
from sphinx.config import Config

from samskab_lib.texts import text

from .files import write_if_changed

SCORER = Path(__file__).parent / "search_scorer.js"
# The book's language -> the name Sphinx's search gives it (sphinx.search.languages).
SEARCH_LANGUAGES = {"nb": "no"}
SPHINX_LOCALE = Path(sphinx.__file__).parent / "locale"
_BROWSER_MESSAGES = Path("LC_MESSAGES") / "sphinx.js"
_CATALOGUE_START = "Documentation.addTranslations("
# Sphinx's message when a search finds nothing (sphinx/themes/basic/static/searchtools.js).
NO_HITS = ("Your search did not match any documents. Please make sure that all words are spelled"
           " correctly and that you've selected enough categories.")


def search_in_language(app: Sphinx, config: Config) -> None:
    """Rank with the book's scorer, search bokmål as Sphinx's Norwegian, give the browser its
    messages in the edition's language."""
    if not config.html_search_scorer:
        config.html_search_scorer = str(SCORER)
    language = config.language or ""
    if not config.html_search_language and language in SEARCH_LANGUAGES:
        config.html_search_language = SEARCH_LANGUAGES[language]
    messages = browser_messages(language)
    if messages is None:
        return
    folder = Path(app.doctreedir).parent / "samskab-search-locale"
    copy = folder / language / _BROWSER_MESSAGES
    content = with_own_messages(messages.read_text(encoding="utf-8"),
                                {NO_HITS: text("site.search_no_hits")})
    write_if_changed(copy, content)
    config.locale_dirs = [*config.locale_dirs, str(folder)]


def browser_messages(language: str) -> Path | None:
    """Sphinx's catalogue of search messages for *language*, or for its one country variant."""
    own = SPHINX_LOCALE / language / _BROWSER_MESSAGES
    if own.is_file():
        return own
    variants = sorted(SPHINX_LOCALE.glob(f"{language}_*/{_BROWSER_MESSAGES.as_posix()}"))
    return variants[0] if len(variants) == 1 else None


def with_own_messages(catalogue: str, messages: dict[str, str]) -> str:
    """Sphinx's browser catalogue (``Documentation.addTranslations({...});``) with *messages*."""
    body = catalogue.strip().removeprefix(_CATALOGUE_START).removesuffix(";").removesuffix(")")
    data = json.loads(body)
    data["messages"] = {**data["messages"], **messages}
    return f"{_CATALOGUE_START}{json.dumps(data, indent=4, sort_keys=True)});\n"


def setup(app: Sphinx) -> None:
    app.connect("config-inited", search_in_language)
