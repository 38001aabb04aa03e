"""A notebook's example texts, shown in the reader's language.

A notebook is one file for both editions, so the cell a learner edits holds its example texts
in Danish. The same texts are library data (``data/notebook_examples/<name>.yml``, with a copy
per language under ``data/<language>/``). Before the values are shown,
:func:`in_reader_language` swaps every text that is still the Danish example's for the same
text in the library's language; what a learner wrote is shown as written.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .resources import DATA_DIR, data_path, load_yaml


def _texts(value: Any) -> Iterator[str]:
    """Every text in *value*, in order (mappings by their keys' order)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)


def _swapped(value: Any, texts: dict[str, str]) -> Any:
    if isinstance(value, str):
        return texts.get(value, value)
    if isinstance(value, dict):
        return {key: _swapped(item, texts) for key, item in value.items()}
    if isinstance(value, list):
        return [_swapped(item, texts) for item in value]
    return value


def example_texts(name: str, language: str | None = None) -> Any:
    """The example *name* as data, in *language* (default: the library's language)."""
    path = data_path(f"notebook_examples/{name}.yml", language)
    return load_yaml(path.read_text(encoding="utf-8"))


def in_reader_language(values: Any, name: str) -> Any:
    """*values* with each text that is still example *name*'s Danish text in the library's
    language; other texts, numbers and the structure as they are."""
    danish = load_yaml((DATA_DIR / "notebook_examples" / f"{name}.yml").read_text(encoding="utf-8"))
    texts = dict(zip(_texts(danish), _texts(example_texts(name)), strict=True))
    return _swapped(values, texts)
