"""Find the project's data folders, in a source checkout and in an installed wheel."""
from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
LOCALE_DIR = PACKAGE_DIR / "locale"


def _top_level(name: str) -> Path:
    """Return the top-level folder *name*: bundled in a wheel, beside the package in a checkout."""
    bundled = PACKAGE_DIR / "_bundled" / name
    if bundled.is_dir():
        return bundled
    return PACKAGE_DIR.parent / name


def templates_dir() -> Path:
    """Folder with one YAML definition per plan template."""
    return _top_level("templates")


def cases_dir() -> Path:
    """Folder with one sub-folder per case."""
    return _top_level("cases")
