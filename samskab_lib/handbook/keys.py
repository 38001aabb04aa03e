"""The 18 keys to good citizen involvement (KS seminar, Stavanger 2017), grouped by theme.

The keys, themes, the participants' supplementary keys and the seminar's top five are data in
``data/keys.yml``; this module reads them and lays them out as tables.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..errors import InputError
from ..resources import read_data
from ..tables import Table
from ..texts import per_language, text


@dataclass(frozen=True)
class Theme:
    """A group of keys, e.g. *Formål og handlerum*."""

    id: str
    name: str
    description: str


@dataclass(frozen=True)
class Key:
    """One key: its seminar number, a short source title, the handbook's title and its use."""

    number: int
    source_title: str
    theme: str
    meaning: str
    example: str

    @property
    def title(self) -> str:
        """The key in the handbook's own words, in the library's current language."""
        return text(f"keys.titles.{self.number}")


@dataclass(frozen=True)
class SupplementaryKey:
    """A key the seminar's participants felt was missing."""

    text: str
    theme: str


@per_language
def load_themes() -> tuple[Theme, ...]:
    """The five themes in the order the book presents them."""
    return tuple(Theme(**row) for row in read_data("keys.yml")["themes"])


@per_language
def load_keys() -> tuple[Key, ...]:
    """The 18 keys in the seminar's numbering."""
    return tuple(Key(**row) for row in read_data("keys.yml")["keys"])


def key(number: int) -> Key:
    """The key with seminar number *number* (1-18); a Danish InputError for any other."""
    for candidate in load_keys():
        if candidate.number == number:
            return candidate
    raise InputError(text("keys.unknown_key", number=number, last=len(load_keys())))


def supplementary_keys() -> tuple[SupplementaryKey, ...]:
    """The keys the participants added, in the seminar's order."""
    return tuple(SupplementaryKey(**row) for row in read_data("keys.yml")["supplementary"])


def seminar_top_five() -> tuple[int, ...]:
    """Numbers of the five keys the seminar ranked highest (the source gives no order among them)."""
    return tuple(read_data("keys.yml")["seminar_top_five"])


def keys_by_theme() -> dict[Theme, tuple[Key, ...]]:
    """Every theme with its keys, themes in book order and keys in seminar order."""
    return {theme: tuple(k for k in load_keys() if k.theme == theme.id)
            for theme in load_themes()}


def theme_table(theme_id: str) -> Table:
    """The keys of one theme: number, source title, Danish title, practice and example."""
    themes = {theme.id: theme for theme in load_themes()}
    if theme_id not in themes:
        raise InputError(text("keys.unknown_theme", theme=theme_id, known=", ".join(themes)))
    theme = themes[theme_id]
    return Table(
        headers=[text("keys.heading_number"), text("keys.heading_source_title"),
                 text("keys.heading_title"), text("keys.heading_meaning"),
                 text("keys.heading_example")],
        rows=[[k.number, k.source_title, k.title, k.meaning, k.example]
              for k in keys_by_theme()[theme]],
        caption=text("keys.theme_caption", theme=theme.name),
    )


def keys_table(numbers: list[int] | tuple[int, ...] | None = None) -> Table:
    """A short table of keys (number, Danish title, theme); all 18 unless *numbers* is given."""
    names = {theme.id: theme.name for theme in load_themes()}
    chosen = [key(n) for n in numbers] if numbers is not None else list(load_keys())
    return Table(
        headers=[text("keys.heading_number"), text("keys.heading_title"),
                 text("keys.heading_theme")],
        rows=[[k.number, k.title, names[k.theme]] for k in chosen],
        caption=text("keys.all_caption") if numbers is None else "",
    )


def supplementary_table() -> Table:
    """The participants' supplementary keys with their theme."""
    names = {theme.id: theme.name for theme in load_themes()}
    return Table(
        headers=[text("keys.heading_supplementary"), text("keys.heading_theme")],
        rows=[[s.text, names[s.theme]] for s in supplementary_keys()],
        caption=text("keys.supplementary_caption"),
    )
