"""Find a case by id, folder or file, and load it through the checking reader.

A case may have a translation beside it: ``cases/<id>/<language>/case.yml`` holds the same
structure, ids, sources, numbers and dates as ``cases/<id>/case.yml`` with its texts in that
language. A case named by its id is read from the translation in the library's language when
there is one, else from the Danish file (as :func:`samskab_lib.resources.data_path` does).
"""
from __future__ import annotations

from pathlib import Path

from ..data_schema import read_yaml
from ..errors import InputError
from ..resources import cases_dir
from ..texts import get_language, text
from .model import Case
from .reader import read_case, shown_name


def list_cases() -> list[str]:
    """The ids of every case folder that has a ``case.yml``."""
    return sorted(p.parent.name for p in cases_dir().glob("*/case.yml"))


def case_file(case_id: str, language: str | None = None) -> Path:
    """The file of case *case_id* in *language* (default: the library's language): its
    translation ``cases/<id>/<language>/case.yml`` when there is one, else ``cases/<id>/case.yml``."""
    folder = cases_dir() / case_id
    translated = folder / (language or get_language()) / "case.yml"
    return translated if translated.is_file() else folder / "case.yml"


def _case_file(case: str | Path) -> Path:
    candidate = Path(case)
    if isinstance(case, str) and candidate.suffix == "" and len(candidate.parts) == 1:
        path = case_file(case)
        if not path.is_file():
            raise InputError(text("cases.errors.not_found", case=case,
                                  known=", ".join(list_cases())))
        return path
    path = candidate / "case.yml" if candidate.is_dir() else candidate
    if not path.is_file():
        raise InputError(text("cases.errors.no_file", file=path))
    return path


def load_case(case: str | Path) -> Case:
    """Read and check a case: an id (``"jevnaker"``), a case folder or a ``case.yml`` path."""
    path = _case_file(case)
    shown = shown_name(path)
    data, content = read_yaml(path, shown)
    if not isinstance(data, dict):
        raise InputError(text("cases.errors.not_mapping", file=shown))
    return read_case(path, data, content)
