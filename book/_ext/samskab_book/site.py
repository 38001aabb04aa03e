"""Sphinx extension part: keep every built page self-contained and accessible.

- Removes the Thebe live-code scripts: they point at a public CDN (unpkg) and the book does not
  offer live code on reading pages (learners run notebooks in Binder or Jupyter instead).
- Removes embedded ipywidgets state: widget cells are removed from reading pages, so the
  state (hundreds of kilobytes for a form) would only be downloaded, never used.
- Adds the scripts that make both menu buttons work on every screen (``samskab-navigation.js``)
  and that mark tables which scroll sideways (``samskab-tables.js``), and Danish names for
  buttons other scripts draw in English (``samskab-labels.js``), with their Danish texts, and
  the download menu and back-to-top button in place of Bootstrap's script
  (``samskab-buttons.js``).
- Replaces docutils' deprecated ARIA role on bibliography entries (``doc-biblioentry``) with
  ``listitem``, which its ``role="list"`` container requires.
"""
from __future__ import annotations

import json
from typing import Any

from sphinx.application import Sphinx

from samskab_lib.texts import texts_under

_THIRD_PARTY_MARKERS = ("THEBE_JS_URL", "sphinx-thebe", "thebe")
_WIDGET_STATE = "application/vnd.jupyter.widget-state+json"
_ARIA_FIXES = {' role="doc-biblioentry"': ' role="listitem"'}


def _is_unwanted_script(script: Any) -> bool:
    attributes = getattr(script, "attributes", {})
    if attributes.get("type") == _WIDGET_STATE:
        return True
    filename = str(getattr(script, "filename", "") or "")
    body = str(attributes.get("body", ""))
    return any(marker in filename or marker in body for marker in _THIRD_PARTY_MARKERS)


def clean_page(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any],
               doctree: Any) -> None:
    """Drop third-party scripts and widget state from the page; fix deprecated ARIA roles."""
    context["script_files"] = [s for s in context.get("script_files", [])
                               if not _is_unwanted_script(s)]
    body = context.get("body", "")
    for old, new in _ARIA_FIXES.items():
        body = body.replace(old, new)
    context["body"] = body


def setup(app: Sphinx) -> None:
    app.connect("html-page-context", clean_page)
    # Deferred in <head>: it runs before the themes' scripts, which it depends on (see the file).
    app.add_js_file("samskab-navigation.js", loading_method="defer")
    app.add_js_file(None, body=f"window.samskabTexts = {json.dumps(texts_under('site.browser'))};")
    app.add_js_file("samskab-tables.js", loading_method="defer")
    app.add_js_file("samskab-labels.js", loading_method="defer")
    app.add_js_file("samskab-buttons.js", loading_method="defer")
