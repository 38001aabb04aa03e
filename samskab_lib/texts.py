"""Every text a user reads, looked up by key from one folder per language.

The texts are in ``locale/<language>/*.yml`` (Danish ``da``, Norwegian bokmål ``nb``), one file
per part of the library, with the same keys in every language. The language is a setting of
the whole library: :func:`set_language` changes it, :func:`language_scope` changes it for a
``with`` block; it starts as the environment variable ``SAMSKAB_SPROG`` says (Danish when it
is not set), so a notebook kernel started by the Norwegian build speaks bokmål. Formats
(number separators, the proofing language of Word files) are texts too, under ``format.*``.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache, wraps
from typing import Any, ParamSpec, TypeVar

from .resources import LOCALE_DIR, load_yaml

DEFAULT_LANGUAGE = "da"
LANGUAGE_VARIABLE = "SAMSKAB_SPROG"


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


def language_from_environment() -> str:
    """The language ``SAMSKAB_SPROG`` names (``da`` when it is unset or empty).

    An unknown value is refused in Danish and in Norwegian, naming the variable and the
    languages there are: whoever set it may read either.
    """
    chosen = os.environ.get(LANGUAGE_VARIABLE, "").strip() or DEFAULT_LANGUAGE
    if chosen not in languages():
        known = ", ".join(languages())
        raise ValueError("\n".join(
            _catalogue(language)["cli.error_environment_language"].format(
                variable=LANGUAGE_VARIABLE, value=chosen, known=known)
            for language in languages()))
    return chosen


_language = language_from_environment()


def get_language() -> str:
    """The language every label and message is in now (``SAMSKAB_SPROG``, else ``"da"``,
    unless changed)."""
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


_P = ParamSpec("_P")
_R = TypeVar("_R")


def per_language(function: Callable[_P, _R]) -> Callable[_P, _R]:
    """Cache *function*'s results once per language, for readers of translated data files."""
    @cache
    def cached(language: str, args: tuple[Any, ...], kwargs: frozenset[tuple[str, Any]]) -> _R:
        return function(*args, **dict(kwargs))

    @wraps(function)
    def in_current_language(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        return cached(_language, args, frozenset(kwargs.items()))

    in_current_language.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
    return in_current_language


def text(key: str, /, **values: Any) -> str:
    """Return the text for *key* in the current language, with ``{placeholders}`` filled."""
    template = _catalogue(_language)[key]
    return template.format(**values) if values else template


def texts_under(prefix: str) -> dict[str, str]:
    """Every text below *prefix*, by the rest of its key (for lists such as message tables)."""
    start = prefix + "."
    return {key[len(start):]: value for key, value in _catalogue(_language).items()
            if key.startswith(start)}
