"""Sphinx extension part: keep every built page self-contained and accessible.

- Removes the Thebe live-code scripts: they point at a public CDN (unpkg) and the book does not
  offer live code on reading pages (learners run notebooks in Binder or Jupyter instead).
- Removes embedded ipywidgets state: widget cells are removed from reading pages, so the
  state (hundreds of kilobytes for a form) would only be downloaded, never used.
- Gives the navigation's fold-out toggles (``<summary>``) an accessible name, and folded
  notebook cells a Danish one; the notebook execution table gets Danish column headers.
- Replaces docutils' deprecated ARIA role on bibliography entries (``doc-biblioentry``) with
  ``listitem``, which its ``role="list"`` container requires.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from markupsafe import Markup
from sphinx.application import Sphinx

from .texts import text

_THIRD_PARTY_MARKERS = ("THEBE_JS_URL", "sphinx-thebe", "thebe")
_WIDGET_STATE = "application/vnd.jupyter.widget-state+json"
_ARIA_FIXES = {' role="doc-biblioentry"': ' role="listitem"'}
_MYST_NB_TOGGLE = 'aria-label="Toggle hidden content"'  # myst-nb's fixed English label
# myst-nb's fixed English column headers of {nb-exec-table}
_EXEC_TABLE_HEADERS = ("Document", "Modified", "Method", "Run Time (s)", "Status")


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
    body = body.replace(_MYST_NB_TOGGLE, f'aria-label="{text("site.toggle_hidden_content")}"')
    for header in _EXEC_TABLE_HEADERS:
        body = body.replace(f'<th class="head"><p>{header}</p></th>',
                            f'<th class="head"><p>{text(f"site.exec_table.{header}")}</p></th>')
    context["body"] = body
    if "generate_toctree_html" in context:
        context["generate_toctree_html"] = _name_toggles(context["generate_toctree_html"])


def _name_toggles(generate: Callable[..., str]) -> Callable[..., str]:
    """Wrap the theme's navigation builder so every fold-out toggle has a Danish name."""
    label = f'<summary aria-label="{text("site.toggle_subsections")}">'

    def generate_named(*args: Any, **kwargs: Any) -> str:
        return Markup(str(generate(*args, **kwargs)).replace("<summary>", label))

    return generate_named


def setup(app: Sphinx) -> None:
    # After the theme's own handler (priority 500), which defines the navigation builder.
    app.connect("html-page-context", clean_page, priority=900)
