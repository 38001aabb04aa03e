"""Sphinx extension part: the site's root ``index.html``, a valid page that sends on to the book.

Jupyter Book writes the root page as a bare ``<meta http-equiv="Refresh">`` line: no doctype,
no title, no language, nothing for a reader whose browser does not follow the refresh. After
the build this part writes a complete page in its place, with a link to the front page.
"""
from __future__ import annotations

from html import escape
from pathlib import Path

from sphinx.application import Sphinx

from samskab_lib.texts import text

from .files import write_if_changed

ROOT_PAGE = "index.html"


def root_page_html(title: str, target: str, language: str) -> str:
    """A small valid HTML page that refreshes to ``target`` and links to it."""
    title, target = escape(title), escape(target, quote=True)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(language, quote=True)}">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title}</title>\n"
        f'<link rel="canonical" href="{target}">\n'
        f'<meta http-equiv="refresh" content="0; url={target}">\n'
        "</head>\n"
        "<body>\n"
        f"<p>{escape(text('root_page.moved'))} "
        f'<a href="{target}">{escape(text("root_page.link", title=title))}</a></p>\n'
        "</body>\n"
        "</html>\n"
    )


def write_root_page(app: Sphinx, exception: Exception | None) -> None:
    """Replace the root redirect with a valid page (only when its bytes change)."""
    if exception is not None or app.builder.format != "html" or app.config.root_doc == "index":
        return
    target = app.builder.get_target_uri(app.config.root_doc)
    title = app.config.html_title or app.config.project
    page = root_page_html(title, target, app.config.language or "da")
    write_if_changed(Path(app.outdir) / ROOT_PAGE, page)


def setup(app: Sphinx) -> None:
    # After sphinx-external-toc's own redirect (priority 500), which it writes only once.
    app.connect("build-finished", write_root_page, priority=900)
