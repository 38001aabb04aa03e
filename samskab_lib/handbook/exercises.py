"""The handbook's exercises for course leaders, read from ``data/exercises.yml``."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..errors import InputError
from ..resources import read_data
from ..texts import per_language, text


@dataclass(frozen=True)
class Exercise:
    """One exercise: where it sits in the book, what it teaches and what it needs."""

    id: str
    title: str
    chapter: int
    chapter_title: str
    chapter_page: str
    goal: str
    minutes: int
    materials: str
    page: str
    notebook: str | None
    reading: tuple[str, ...] = ()
    templates: tuple[str, ...] = ()


@per_language
def load_exercises() -> tuple[Exercise, ...]:
    """Return every exercise in book order."""
    return tuple(Exercise(**{**row, "reading": tuple(row.get("reading") or ()),
                             "templates": tuple(row.get("templates") or ())})
                 for row in read_data("exercises.yml"))


def select_exercises(ids: Sequence[str] | None) -> list[Exercise]:
    """The exercises named by *ids* in the given order, or all of them when *ids* is None.

    Raises InputError naming every unknown id, or when *ids* is empty.
    """
    exercises = load_exercises()
    if ids is None:
        return list(exercises)
    if not ids:
        raise InputError(text("student_pack.no_exercises"))
    by_id = {exercise.id: exercise for exercise in exercises}
    known = ", ".join(by_id)
    unknown = [text("student_pack.unknown_exercise", id=i, known=known) for i in ids
               if i not in by_id]
    if unknown:
        raise InputError(unknown)
    return [by_id[i] for i in dict.fromkeys(ids)]
