"""Sphinx extension part: the book's editions link every page to the same page in the others.

The Danish edition is at the site root and every other edition in a folder named by its
language (``nb/``), all built from the same pages. An edition exists for Danish and for every
language with gettext catalogues (``locale_dirs``: ``locale/<language>/LC_MESSAGES``) and the
library's texts. On every page this part adds

- a link to the same page in each other edition at the top of the article (the template
  ``samskab/edition-switch.html``, first in the theme's ``article_header_end``), named in that
  edition's own language (``site.edition``) and marked with its ``lang`` and ``hreflang``;
- a ``<link rel="alternate" hreflang>`` line per edition, this one included, in the ``<head>``.

Links are relative, so they work at any address and from files opened on disk.
"""
from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.config import Config

from samskab_lib.texts import DEFAULT_LANGUAGE, language_scope, languages, text

SWITCH_TEMPLATE = "samskab/edition-switch.html"
_THEME_HEADER_END = ["article-header-buttons.html"]


@dataclass(frozen=True)
class Edition:
    """One edition of the current page: its language, its name in that language, its link."""

    language: str
    name: str
    url: str


def edition_folder(language: str) -> str:
    """Where an edition lives below the site root: ``""`` for Danish, ``"nb/"`` for bokmål."""
    return "" if language == DEFAULT_LANGUAGE else f"{language}/"


def edition_languages(source_folder: Path, locale_dirs: list[str]) -> list[str]:
    """Danish first, then every language with catalogues in *locale_dirs* and library texts."""
    translated = {entry.name for folder in locale_dirs if (source_folder / folder).is_dir()
                  for entry in (source_folder / folder).iterdir()
                  if (entry / "LC_MESSAGES").is_dir()}
    return [DEFAULT_LANGUAGE, *sorted(translated.intersection(languages()) - {DEFAULT_LANGUAGE})]


def link_between(page_uri: str, from_language: str, to_language: str) -> str:
    """The relative link from *page_uri* (``book/trin/afklar.html``) in one edition to the
    same page in another."""
    depth = page_uri.count("/") + edition_folder(from_language).count("/")
    return "../" * depth + edition_folder(to_language) + page_uri


def editions_of(page_uri: str, current: str, codes: list[str]) -> list[Edition]:
    """Every edition of the page, as seen from the *current* edition."""
    editions = []
    for code in codes:
        with language_scope(code):
            name = text("site.edition")
        editions.append(Edition(code, name, link_between(page_uri, current, code)))
    return editions


def put_switch_in_header(app: Sphinx, config: Config) -> None:
    """Put the switch first among the buttons at the top of the article."""
    options: dict[str, Any] = dict(config.html_theme_options or {})
    end = options.get("article_header_end") or _THEME_HEADER_END
    end = [end] if isinstance(end, str) else list(end)
    if SWITCH_TEMPLATE not in end:
        options["article_header_end"] = [SWITCH_TEMPLATE, *end]
    config.html_theme_options = options


def link_editions(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any],
                  doctree: Any) -> None:
    """Give the page its links to the other editions and its alternate-language lines."""
    current = app.config.language or DEFAULT_LANGUAGE
    codes = edition_languages(Path(app.srcdir), list(app.config.locale_dirs))
    if current not in codes or len(codes) < 2:
        return
    editions = editions_of(app.builder.get_target_uri(pagename), current, codes)
    context["samskab_other_editions"] = [e for e in editions if e.language != current]
    context["metatags"] = context.get("metatags", "") + "".join(
        f'\n<link rel="alternate" hreflang="{e.language}" href="{escape(e.url)}">'
        for e in editions) + "\n"


def setup(app: Sphinx) -> None:
    app.connect("config-inited", put_switch_in_header)
    app.connect("html-page-context", link_editions)
