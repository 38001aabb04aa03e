"""Find the project's data folders, in a source checkout and in an installed wheel."""
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


@cache
def read_data(name: str) -> Any:
    """The YAML file *name* (e.g. ``"keys.yml"``) from the package's data folder."""
    with (DATA_DIR / name).open(encoding="utf-8") as handle:
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
