"""Sphinx extension: Danish titles ("Øvelse", "Løsning til") for sphinx-exercise's blocks.

sphinx-exercise translates its titles through the gettext catalogue ``exercise`` but ships
no Danish one. This extension writes that catalogue from ``locale/da/exercise_labels.yml``
at start-up and registers it, so the labels follow the library's texts like everything else.
Load it after ``sphinx_exercise``.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from sphinx.application import Sphinx

from .texts import text

CATALOGUE = "exercise"
# sphinx-exercise's English message id -> key of the translation in the library's texts
MESSAGES = {
    "Exercise": "exercise_labels.exercise",
    "Solution": "exercise_labels.solution",
    "Solution to": "exercise_labels.solution_to",
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


def setup(app: Sphinx) -> dict[str, Any]:
    folder = Path(app.doctreedir).parent / "samskab-locale"
    write_catalogue(folder, app.config.language or "da")
    app.add_message_catalog(CATALOGUE, str(folder))
    return {"parallel_read_safe": True, "parallel_write_safe": True}
