"""Sphinx extension: Danish labels for blocks drawn by other extensions.

- sphinx-exercise translates its titles ("Exercise", "Solution to") through the gettext
  catalogue ``exercise`` but ships no Danish one. This extension writes that catalogue from the
  library's texts at start-up and registers it.
- myst-nb labels folded notebook cells ("Show code cell source"), sphinx-togglebutton its
  folded blocks and the theme its search field; these are set from the library's texts too.
  (Labels in Sphinx's and the themes' own templates are in ``book/_locales/da``.)

Load it after ``sphinx_exercise``.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from sphinx.application import Sphinx
from sphinx.config import Config

from .texts import text

CATALOGUE = "exercise"
# sphinx-exercise's English message id -> key of the translation in the library's texts
MESSAGES = {
    "Exercise": "danish_labels.exercise",
    "Solution": "danish_labels.solution",
    "Solution to": "danish_labels.solution_to",
}


def write_catalogue(folder: Path, language: str) -> Path:
    """Write ``<folder>/<language>/LC_MESSAGES/exercise.mo`` from the library's texts."""
    catalog = Catalog(locale=language, domain=CATALOGUE)
    for message_id, key in MESSAGES.items():
        catalog.add(message_id, text(key))
    target = folder / language / "LC_MESSAGES" / f"{CATALOGUE}.mo"
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("wb") as handle:
        write_mo(handle, catalog)
    return target


def set_cell_prompts(app: Sphinx, config: Config) -> None:
    """Label folded notebook cells in Danish (myst-nb reads these at builder-inited)."""
    config.nb_code_prompt_show = text("danish_labels.code_prompt_show")
    config.nb_code_prompt_hide = text("danish_labels.code_prompt_hide")
    config.togglebutton_hint = text("danish_labels.toggle_hint_show")
    config.togglebutton_hint_hide = text("danish_labels.toggle_hint_hide")
    config.html_theme_options = {**(config.html_theme_options or {}),
                                 "search_bar_text": text("danish_labels.search_bar_text")}


def setup(app: Sphinx) -> dict[str, Any]:
    folder = Path(app.doctreedir).parent / "samskab-locale"
    write_catalogue(folder, app.config.language or "da")
    app.add_message_catalog(CATALOGUE, str(folder))
    app.connect("config-inited", set_cell_prompts)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
