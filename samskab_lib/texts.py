"""Every text a user reads, looked up by key from one folder per language.

The texts are in ``locale/<language>/*.yml`` (Danish ``da``, Norwegian bokmål ``nb``), one file
per part of the library, with the same keys in every language. The language is a setting of
the whole library: :func:`set_language` changes it, :func:`language_scope` changes it for a
``with`` block. Formats (number separators, the proofing language of Word files) are texts too,
under ``format.*``.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
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


def languages() -> tuple[str, ...]:
    """The codes of the languages the library has texts for (``("da", "nb")``)."""
    return tuple(sorted(path.name for path in LOCALE_DIR.iterdir() if path.is_dir()))


def get_language() -> str:
    """The language every label and message is in now (``"da"`` unless changed)."""
    return _language


def set_language(language: str) -> None:
    """Choose the language of every label and message (default ``da``)."""
    if language not in languages():
        raise ValueError(f"No texts for language {language!r} in {LOCALE_DIR}")
    global _language
    _language = language


@contextmanager
def language_scope(language: str) -> Iterator[None]:
    """Use *language* inside the ``with`` block, then the language that was set before."""
    before = _language
    set_language(language)
    try:
        yield
    finally:
        set_language(before)


def text(key: str, /, **values: Any) -> str:
    """Return the text for *key* in the current language, with ``{placeholders}`` filled."""
    template = _catalogue(_language)[key]
    return template.format(**values) if values else template


def texts_under(prefix: str) -> dict[str, str]:
    """Every text below *prefix*, by the rest of its key (for lists such as message tables)."""
    start = prefix + "."
    return {key[len(start):]: value for key, value in _catalogue(_language).items()
            if key.startswith(start)}
