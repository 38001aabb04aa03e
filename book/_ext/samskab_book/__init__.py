"""Sphinx extension: ties the book to the library at build time.

- Drops Binder and repository buttons while the repository URL (``_config.yml``:
  ``repository.url``) is unset, so the site never links to a repository that does not exist.
- Draws the book's generated figures into ``book/_generated`` before reading starts.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.util.docutils import SphinxDirective

from samskab_lib.charts import AccessibleFigure
from samskab_lib.handbook.steps_figure import steps_overview

from . import citations, downloads, execution, root_page, site, valid_html
from .tables import LibraryTable

GENERATED = "_generated"
_REPOSITORY_OPTIONS = ("use_repository_button", "use_issues_button", "use_edit_page_button",
                       "use_source_button")


def repository_url(config: Config) -> str:
    """The public repository URL from the book's one setting, or ``""`` while unknown."""
    return (config.html_theme_options or {}).get("repository_url", "").strip()


def link_repository_if_set(app: Sphinx, config: Config) -> None:
    """Show the repository button when a URL is set; otherwise drop every launch button."""
    options: dict[str, Any] = dict(config.html_theme_options or {})
    if repository_url(config):
        options["use_repository_button"] = True
    else:
        options.pop("launch_buttons", None)
        for name in _REPOSITORY_OPTIONS:
            options[name] = False
    config.html_theme_options = options


FIGURES: dict[str, Callable[[], AccessibleFigure]] = {"fem-trin": steps_overview}


def draw_generated_figures(app: Sphinx) -> None:
    """Write every figure in :data:`FIGURES` as SVG to ``book/_generated`` (same figure, same bytes)."""
    target = Path(app.srcdir) / "book" / GENERATED
    target.mkdir(parents=True, exist_ok=True)
    for name, draw in FIGURES.items():
        svg = draw().svg()
        path = target / f"{name}.svg"
        # Only a changed figure is written, so a rebuild without changes re-reads no page.
        if not path.is_file() or path.read_bytes() != svg:
            path.write_bytes(svg)


class LibraryFigure(SphinxDirective):
    """``{samskab-figur} NAME``: a figure drawn by the library, with the library's alt text.

    The directive's content becomes the caption.
    """

    required_arguments = 1
    has_content = True
    option_spec = {"width": directives.unchanged}

    def run(self) -> list[nodes.Node]:
        name = self.arguments[0]
        if name not in FIGURES:
            raise self.error(f"Unknown figure {name!r}; known: {', '.join(FIGURES)}")
        image = nodes.image(uri=f"/book/{GENERATED}/{name}.svg", alt=FIGURES[name]().alt,
                            width=self.options.get("width", "100%"))
        figure = nodes.figure("", image)
        if self.content:
            caption_text = " ".join(self.content)
            parsed, _ = self.state.inline_text(caption_text, self.lineno)
            figure += nodes.caption(caption_text, "", *parsed)
        return [figure]


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("config-inited", link_repository_if_set)
    app.connect("builder-inited", draw_generated_figures)
    app.add_directive("samskab-figur", LibraryFigure)
    app.add_directive("samskab-tabel", LibraryTable)
    site.setup(app)
    execution.setup(app)
    citations.register()
    downloads.setup(app)
    valid_html.setup(app)
    root_page.setup(app)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
