"""The handbook's exercises for course leaders, read from ``data/exercises.yml``."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, RootModel

from ..data_schema import read_file
from ..errors import InputError
from ..resources import data_name, data_path
from ..texts import per_language, text

Text = Annotated[str, Field(min_length=1)]
Count = Annotated[int, Field(gt=0)]


class Exercise(BaseModel):
    """One exercise: where it sits in the book, what it teaches and what it needs.

    As ``data/exercises.yml`` writes it; unknown keys are refused.
    """

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    id: Text
    title: Text
    chapter: Count
    chapter_title: Text
    chapter_page: Text
    goal: Text
    minutes: Count
    materials: Text
    page: Text
    notebook: Text | None
    reading: tuple[Text, ...] = ()
    templates: tuple[Text, ...] = ()


class Exercises(RootModel[tuple[Exercise, ...]]):
    """The whole file: a list of exercises in book order."""


@per_language
def load_exercises() -> tuple[Exercise, ...]:
    """Return every exercise in book order; InputError naming file, line and field of every
    problem in the data."""
    path = data_path("exercises.yml")
    return read_file(Exercises, path, data_name(path)).root


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
