"""Sphinx extension part: keep every built page self-contained and accessible.

- Removes the Thebe live-code scripts: they point at a public CDN (unpkg) and the book does not
  offer live code on reading pages (learners run notebooks in Binder or Jupyter instead).
- Removes embedded ipywidgets state: widget cells are removed from reading pages, so the
  state (hundreds of kilobytes for a form) would only be downloaded, never used.
- Replaces docutils' deprecated ARIA role on bibliography entries (``doc-biblioentry``) with
  ``listitem``, which its ``role="list"`` container requires.
"""
from __future__ import annotations

from typing import Any

from sphinx.application import Sphinx

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
