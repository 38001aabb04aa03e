"""The book's editions: one per language, built from the same sources into folders of their own.

The Danish edition is the site's root, ``_build/html``, with its build files (doctrees,
execution cache, print source) in ``_build``; every other edition is a site of its own under
``_build/html/<language>`` with its build files in ``_build/<language>``. The language of a
build, for its notebooks' kernels and the library, is the environment variable
``SAMSKAB_SPROG``.
"""
from __future__ import annotations

import os
from pathlib import Path

DEFAULT = "da"
EDITIONS = (DEFAULT, "nb")
LANGUAGE_VARIABLE = "SAMSKAB_SPROG"


def build_folder(root: Path, language: str) -> Path:
    """Where an edition keeps its doctrees, execution cache and stamps."""
    return root / "_build" if language == DEFAULT else root / "_build" / language


def site_prefix(language: str) -> str:
    """Where an edition sits below the site root, as a URL path prefix: "" or "nb/"."""
    return "" if language == DEFAULT else f"{language}/"


def site_folder(root: Path, language: str) -> Path:
    """Where an edition's web site is written."""
    site = root / "_build" / "html"
    return site if language == DEFAULT else site / language


def environment(language: str) -> dict[str, str]:
    """This process's environment with the edition's language set for the library and kernels."""
    return {**os.environ, LANGUAGE_VARIABLE: language}
