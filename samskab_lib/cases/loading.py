"""Find a case by id, folder or file, and load it through the checking reader."""
from __future__ import annotations

from pathlib import Path

import yaml

from ..errors import InputError
from ..resources import cases_dir
from ..texts import text
from .model import Case
from .reader import read_case, shown_name


def list_cases() -> list[str]:
    """The ids of every case folder that has a ``case.yml``."""
    return sorted(p.parent.name for p in cases_dir().glob("*/case.yml"))


def _case_file(case: str | Path) -> Path:
    candidate = Path(case)
    if isinstance(case, str) and candidate.suffix == "" and len(candidate.parts) == 1:
        path = cases_dir() / case / "case.yml"
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
    try:
        content = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(text("cases.errors.not_utf8", file=shown)) from None
    try:
        data = yaml.safe_load(content)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        raise InputError(text("cases.errors.yaml", file=shown, line=line,
                              detail=str(error).splitlines()[0])) from None
    if not isinstance(data, dict):
        raise InputError(text("cases.errors.not_mapping", file=shown))
    return read_case(path, data, content)
