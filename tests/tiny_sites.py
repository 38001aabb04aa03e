"""Tiny Sphinx sites, one per directive of the book's extension, built as a reader gets them.

Each site is a folder ``tests/roots/test-<name>/``: a ``conf.py`` that loads what its directive
needs the way ``_config.yml`` loads it for the book (Jupyter Book turns ``sphinx.local_extensions``
into extensions), an
``index.md`` that uses the directive as an author would, and a ``fejl.md`` (an orphan page)
that uses it wrongly. :func:`build_site` copies a site to a temporary folder and builds it with
``sphinx.testing``'s ``SphinxTestApp``; the tests (``tests/directives/``) read the HTML and the
warnings: none but those about ``fejl.md`` (the book fails on any), and from ``fejl.md`` the
Danish (or bokmål) message.
"""
from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import yaml
from bs4 import BeautifulSoup, Tag
from site_html import read_page
from sphinx.testing.util import SphinxTestApp
from sphinx.util.console import strip_escape_sequences

from samskab_lib.resources import project_root
from samskab_lib.texts import DEFAULT_LANGUAGE, language_scope

ROOTS = Path(__file__).resolve().parent / "roots"
_BOOK_CONFIG = yaml.safe_load((project_root() / "_config.yml").read_text(encoding="utf-8"))
# What every tiny site shares with the book: MyST's extensions from ``parse`` (Jupyter Book's
# setting), the book's strictness and theme, and the warnings Jupyter Book turns off.
BOOK_SETTINGS = {"myst_enable_extensions": _BOOK_CONFIG["parse"]["myst_enable_extensions"],
                 "nitpicky": True, "suppress_warnings": ["myst.domains"],
                 "html_theme": "sphinx_book_theme"}
# "<srcdir>/fejl.md:3: ERROR: <message>" (Sphinx's warning lines: location, level, message).
_WARNING = re.compile(r"^(?P<file>[^:\s]+\.md)(?::(?P<line>\d+))?: (?P<level>[A-Z]+): (?P<message>.*)$")


@dataclass(frozen=True)
class TinySite:
    """A built tiny site: its source and HTML folders and what Sphinx warned while building."""

    srcdir: Path
    outdir: Path
    warnings: str

    def page(self, name: str = "index") -> BeautifulSoup:
        """The built page *name* (``index``, ``book/metoder/index``) parsed."""
        return read_page(self.outdir, name)

    def body(self, name: str = "index") -> Tag:
        """The page's own content (the theme's article), without header and sidebars."""
        article = self.page(name).select_one("article.bd-article")
        assert article is not None, f"{name} has no article"
        return article

    def warnings_from(self, page: str) -> list[str]:
        """Every warning Sphinx gave about *page* (``fejl.md``), as »line: LEVEL: message«."""
        found = []
        for line in self.warnings.splitlines():
            match = _WARNING.match(line)
            if match and Path(match["file"]) == self.srcdir / page:
                found.append(f"{match['line']}: {match['level']}: {match['message']}")
        return found

    def warnings_besides(self, page: str) -> list[str]:
        """Every line of warning that is not about *page*: the rest of the site builds clean."""
        return [line for line in self.warnings.splitlines()
                if line.strip() and not self._about(line, page)]

    def _about(self, line: str, page: str) -> bool:
        match = _WARNING.match(line)
        return bool(match) and Path(match["file"]) == self.srcdir / page


def build_site(name: str, folder: Path, language: str = DEFAULT_LANGUAGE) -> TinySite:
    """Site ``tests/roots/test-<name>`` copied into *folder* and built in *language*.

    The build goes on past warnings (as ``--keep-going``), so one build shows both the good
    page and the bad one; the library's language is as before afterwards.
    """
    srcdir = folder / "src"
    shutil.copytree(ROOTS / f"test-{name}", srcdir)
    with language_scope(DEFAULT_LANGUAGE):
        app = SphinxTestApp("html", srcdir=srcdir, confoverrides={**BOOK_SETTINGS, "language": language})
        try:
            app.build()
        finally:
            app.cleanup()
    return TinySite(srcdir, Path(app.outdir), strip_escape_sequences(app.warning.getvalue()))
