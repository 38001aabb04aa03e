"""A case's sources as a reader names them (»Hjørring Kommune (2018)«), not as bib keys.

The names come from the book's bibliography (``book/references.bib``, ``book/kilder/*.bib``):
the first author (or organisation) and the year. Where the bibliography is not at hand (the
library installed from a student pack), the key is shown as it is.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..resources import PACKAGE_DIR

BIBLIOGRAPHY = PACKAGE_DIR.parent / "book"
_ENTRY = re.compile(r"@\w+\{(?P<key>[^,\s]+),(?P<body>.*?)\n\}", re.S)
_FIELD = r"^\s*{name}\s*=\s*\{{(?P<value>.*?)\}},?\s*$"


@lru_cache(maxsize=1)
def short_references() -> dict[str, str]:
    """Each bib key with its short reference, ``Author (year)``, from the book's .bib files."""
    found: dict[str, str] = {}
    for path in sorted(BIBLIOGRAPHY.glob("**/*.bib")):
        for entry in _ENTRY.finditer(path.read_text(encoding="utf-8")):
            author = re.search(_FIELD.format(name="author"), entry["body"], re.M)
            year = re.search(_FIELD.format(name="year"), entry["body"], re.M)
            if author and year:
                first = author["value"].split(" and ")[0].strip("{} ")
                name = first.split(",")[0] if "," in first else first
                short = re.search(r"\(([^()]+)\)$", name)  # "… (SAGROM)" → "SAGROM"
                name = short[1] if short else name
                found[entry["key"]] = f"{name} ({year['value'].strip('{} ')})"
    return found


def short_reference(key: str) -> str:
    """*key*'s short reference, or the key itself when the bibliography does not have it."""
    return short_references().get(key, key)
