"""Sphinx extension part: each page loads only the theme's files it uses.

- ``without_script``, a template filter: ``book/_templates/layout.html`` passes the theme's
  ``<head>`` blocks through it to leave out scripts this book does not use (the theme writes
  them in its templates, so no setting or list of files reaches them).
- Files other extensions add to every page, left off the pages that have nothing for them: the
  copy buttons' scripts and style on pages without code, sphinx-design's tab script on pages
  without tabs, and sphinx-thebe's style sheet everywhere (the book offers no live code; see
  ``site``).
"""
from __future__ import annotations

import re
from typing import Any

from markupsafe import Markup
from sphinx.application import Sphinx

# File name -> a string that a page using the file has in its body ("" = no page uses it).
NEEDED_BY = {
    "clipboard.min.js": 'class="highlight',
    "copybutton.js": 'class="highlight',
    "copybutton.css": 'class="highlight',
    "design-tabs.js": "sd-tab-set",
    "sphinx-thebe.css": "",
}


def without_script(html: str, source: str) -> Markup:
    """*html* without the ``<script>`` elements whose ``src`` contains *source*, and without the
    ``<link rel="preload">`` that fetches it early."""
    element = re.compile(rf'\s*<script\b[^>]*\bsrc="[^"]*{re.escape(source)}[^"]*"[^>]*>\s*</script>'
                         rf'|\s*<link\b[^>]*\bhref="[^"]*{re.escape(source)}[^"]*"[^>]*>')
    return Markup(element.sub("", str(html)))


def _file_name(asset: Any) -> str:
    return str(getattr(asset, "filename", asset) or "").rsplit("/", 1)[-1]


def _needed(asset: Any, body: str) -> bool:
    marker = NEEDED_BY.get(_file_name(asset))
    return marker is None or bool(marker) and marker in body


def leave_out_unused(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any],
                     doctree: Any) -> None:
    """Drop the scripts and style sheets in :data:`NEEDED_BY` that the page has no use for."""
    body = context.get("body", "")
    for key in ("script_files", "css_files"):
        if key in context:
            context[key] = [asset for asset in context[key] if _needed(asset, body)]


def add_filter(app: Sphinx) -> None:
    """Make :func:`without_script` available to the templates."""
    templates = getattr(app.builder, "templates", None)
    if templates is not None and hasattr(templates, "environment"):
        templates.environment.filters["without_script"] = without_script


def setup(app: Sphinx) -> None:
    app.connect("builder-inited", add_filter)
    app.connect("html-page-context", leave_out_unused)
