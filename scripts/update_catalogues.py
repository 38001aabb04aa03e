"""Bring the translated editions' gettext catalogues up to date with the Danish pages (`make po`).

1. Sphinx's gettext builder extracts every paragraph, heading, Markdown cell and Markdown output
   of the Danish pages into one template per page (``_build/gettext/**/*.pot``);
2. sphinx-intl merges them into ``locale/<language>/LC_MESSAGES/**/*.po``: a new paragraph
   gets an empty entry, a changed one keeps its old translation marked fuzzy, a removed one is
   kept as obsolete (``#~``) for reference.

Afterwards ``scripts/po_check.py`` lists what still needs a translator.
"""
from __future__ import annotations

import sys
from pathlib import Path

import editions
from sphinx_edition import overrides

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = Path("_build") / "gettext"


def extract(root: Path) -> Path:
    """Write the Danish pages' message templates; return their folder."""
    from jupyter_book.sphinx import build_sphinx

    target = root / TEMPLATES
    # Notebooks' Markdown outputs are text to translate too: they come from the Danish
    # edition's execution cache (filled by `make book`; a notebook missing there is executed).
    result = build_sphinx(root, target, doctreedir=target / ".doctrees", noconfig=True,
                          path_config=str(root / "_config.yml"),
                          confoverrides=overrides(root, editions.DEFAULT),
                          builder="gettext", warningiserror=True, keep_going=True)
    if result != 0:
        raise SystemExit(1)
    return target


def update(root: Path, templates: Path) -> None:
    """Merge the templates into the catalogues of every translated edition."""
    from sphinx_intl.basic import update as merge

    translated = tuple(code for code in editions.EDITIONS if code != editions.DEFAULT)
    merge(str(root / "locale"), str(templates), translated)


def main() -> int:
    update(ROOT, extract(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
