"""Sphinx extension part: author-year citations in Danish ("Romsaas og Sivertsen, 2017").

It also caches pybtex's plugin look-up: sphinxcontrib-bibtex asks for the same style plugins
for every citation, and each uncached look-up scans every installed package's entry points
(about 1.5 s of a cold build of this book).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field

import pybtex.plugin
import sphinxcontrib.bibtex.plugin
from pybtex.richtext import Tag, Text
from sphinxcontrib.bibtex.style.referencing import PersonStyle
from sphinxcontrib.bibtex.style.referencing.author_year import AuthorYearReferenceStyle

from samskab_lib.texts import text

STYLE_NAME = "author_year_da"


def _danish_persons() -> PersonStyle:
    conjunction = f" {text('site.citation_and')} "
    return PersonStyle(sep2=conjunction, last_sep=conjunction,
                       other=Text(" ", Tag("em", text("site.citation_others"))))


@dataclass
class DanishAuthorYearStyle(AuthorYearReferenceStyle):
    """The author-year style with Danish words between and after author names."""

    person: PersonStyle = field(default_factory=_danish_persons)


def register() -> None:
    """Make the style available as ``bibtex_reference_style: author_year_da``; cache look-ups."""
    if not hasattr(pybtex.plugin._load_entry_point, "cache_info"):
        # Only successful look-ups are cached; a missing plugin still raises every time.
        pybtex.plugin._load_entry_point = functools.lru_cache(maxsize=None)(
            pybtex.plugin._load_entry_point)
    sphinxcontrib.bibtex.plugin.register_plugin("sphinxcontrib.bibtex.style.referencing", STYLE_NAME,
                                  DanishAuthorYearStyle)
