"""Run Sphinx for one edition of the book, strictly, as `jupyter-book build` would for one language.

    python scripts/sphinx_edition.py nb

reads ``_config.yml`` and ``_toc.yml`` through Jupyter Book and builds the edition into its own
site and build folder (``scripts/editions.py``) with warnings as errors, nitpicky references and
``--keep-going``. Every edition but the Danish one is told its language (the pages' text then
comes from ``locale/<language>/LC_MESSAGES``), its search language and its own notebook cache.
``scripts/build_book.py`` runs it once per edition, with ``SAMSKAB_SPROG`` set to the language.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import editions

ROOT = Path(__file__).resolve().parent.parent


def overrides(root: Path, language: str) -> dict[str, Any]:
    """The Sphinx settings of the edition beyond ``_config.yml`` (as the command line gives them)."""
    settings: dict[str, Any] = {"external_toc_path": (root / "_toc.yml").as_posix(),
                                "latex_individualpages": False, "nitpicky": True}
    if language != editions.DEFAULT:
        settings |= {"language": language,
                     "nb_execution_cache_path": str(
                         editions.build_folder(root, language) / ".jupyter_cache")}
    return settings


def build(root: Path, language: str) -> int:
    """Build the edition; 0 when Sphinx succeeded without a warning."""
    from jupyter_book.sphinx import build_sphinx

    result = build_sphinx(
        root, editions.site_folder(root, language),
        doctreedir=editions.build_folder(root, language) / ".doctrees",
        noconfig=True, path_config=str(root / "_config.yml"),
        confoverrides=overrides(root, language), builder="html",
        warningiserror=True, keep_going=True)
    return 0 if result == 0 else 1


if __name__ == "__main__":
    sys.exit(build(ROOT, sys.argv[1] if len(sys.argv) > 1 else editions.DEFAULT))
