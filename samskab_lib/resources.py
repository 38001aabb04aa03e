"""Find the project's data folders, in a source checkout and in an installed wheel.

A data file may have a translation beside it: ``data/<language>/<name>`` (for example
``data/nb/methods/byvandring.yml``) holds the same structure, ids and values as ``data/<name>``
with its texts in that language. :func:`data_path` and :func:`read_data` take it when the
library's language has one, else the Danish file.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import IO, Any

import yaml

# libyaml's loader where PyYAML was built with it: the same results, about ten times faster.
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
LOCALE_DIR = PACKAGE_DIR / "locale"


def load_yaml(stream: IO[str] | str) -> Any:
    """Parse trusted YAML (the package's own data and texts) as ``yaml.safe_load`` would."""
    return yaml.load(stream, Loader=_FAST_LOADER)  # noqa: S506 - a safe loader


def data_path(name: str, language: str | None = None) -> Path:
    """The data file *name* in *language* (default: the library's language): its translation
    ``data/<language>/<name>`` when there is one, else the Danish ``data/<name>``."""
    if language is None:
        from .texts import get_language  # texts reads its folders from here

        language = get_language()
    overlay = DATA_DIR / language / name
    return overlay if overlay.is_file() else DATA_DIR / name


def read_data(name: str) -> Any:
    """The YAML file *name* (e.g. ``"keys.yml"``) from the package's data folder, in the
    library's language where it has a translation (:func:`data_path`)."""
    return _read_yaml(data_path(name))


def data_name(path: Path) -> str:
    """A data file as messages name it: from the package folder on (``data/nb/methods/x.yml``),
    or as given when it lies elsewhere (an author's draft)."""
    return path.relative_to(DATA_DIR.parent).as_posix() if path.is_relative_to(DATA_DIR.parent) \
        else str(path)


@cache
def _read_yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return load_yaml(handle)


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


def project_root() -> Path:
    """Where the notebooks and the lock (``requirements.txt``) are: the checkout, or in an
    installed wheel the bundled copy of the book's notebook folders and the lock."""
    bundled = PACKAGE_DIR / "_bundled"
    return bundled if (bundled / "book").is_dir() else PACKAGE_DIR.parent
