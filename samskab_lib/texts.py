"""Every text a user reads, looked up by key from one file per language.

The Danish texts are in ``locale/da/*.yml``, one file per part of the library. Adding a
language means adding ``locale/<code>/`` with the same keys and calling :func:`set_language`.
"""
from __future__ import annotations

from functools import cache
from typing import Any

from .resources import LOCALE_DIR, load_yaml

DEFAULT_LANGUAGE = "da"
_language = DEFAULT_LANGUAGE


def _flatten(tree: dict[str, Any], prefix: str = "") -> dict[str, str]:
    flat: dict[str, str] = {}
    for key, value in tree.items():
        path = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flatten(value, path + "."))
        else:
            flat[path] = str(value)
    return flat


@cache
def _catalogue(language: str) -> dict[str, str]:
    texts: dict[str, str] = {}
    for path in sorted((LOCALE_DIR / language).glob("*.yml")):
        with path.open(encoding="utf-8") as handle:
            texts.update(_flatten(load_yaml(handle) or {}))
    return texts


def set_language(language: str) -> None:
    """Choose the language of every label and message (default ``da``)."""
    if not (LOCALE_DIR / language).is_dir():
        raise ValueError(f"No texts for language {language!r} in {LOCALE_DIR}")
    global _language
    _language = language


def text(key: str, /, **values: Any) -> str:
    """Return the text for *key* in the current language, with ``{placeholders}`` filled."""
    template = _catalogue(_language)[key]
    return template.format(**values) if values else template


def texts_under(prefix: str) -> dict[str, str]:
    """Every text below *prefix*, by the rest of its key (for lists such as message tables)."""
    start = prefix + "."
    return {key[len(start):]: value for key, value in _catalogue(_language).items()
            if key.startswith(start)}
