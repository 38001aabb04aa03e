"""An exercise's task, solution and assessment guide as plain Markdown, from the library's data.

``data/exercise_texts.yml`` is written from the book's pages by
``scripts/make_exercise_texts.py`` (:mod:`.task_source` reads the pages), so authors write an
exercise once, on its page, and the command needs no copy of the book to make a pack. The same
script writes ``data/<language>/exercise_texts.yml`` from the pages' translation catalogues; in
that language the library reads it instead.
"""
from __future__ import annotations

from typing import Any

from ..errors import InputError
from ..handbook.exercises import Exercise
from ..resources import DATA_DIR, read_data
from ..texts import per_language, text

TEXTS_DATA = "exercise_texts.yml"


@per_language
def _texts() -> dict[str, Any]:
    """The data, or a Danish message where it is left out (the library in a student pack)."""
    if not (DATA_DIR / TEXTS_DATA).is_file():
        raise InputError(text("student_pack.no_exercise_texts"))
    data: dict[str, Any] = read_data(TEXTS_DATA)
    return data


def _entry(exercise: Exercise) -> dict[str, Any]:
    entry: dict[str, Any] | None = _texts()["exercises"].get(exercise.id)
    if entry is None:
        raise InputError(text("student_pack.missing_task", id=exercise.id, page=exercise.page))
    return entry


def task_text(exercise: Exercise) -> str:
    """The exercise's task as plain Markdown (goal, time, materials and the task itself)."""
    task: str = _entry(exercise)["task"]
    return task


def solution_text(exercise: Exercise) -> str:
    """The exercise's solution as plain Markdown (only for the course leader's pack)."""
    solution: str = _entry(exercise)["solution"]
    return solution


def rubric_text(exercise: Exercise) -> str | None:
    """The exercise's section of the assessment guide as plain Markdown, or None without one."""
    rubric: str | None = _entry(exercise)["rubric"]
    return rubric


def task_notebooks(exercise: Exercise) -> list[str]:
    """The notebooks (paths in the project) the task sends the student to, besides its own."""
    return list(_entry(exercise)["notebooks"])


def pack_address() -> str:
    """The book's public address ending in ``/`` as the data records it, or ``""``."""
    address: str = _texts()["address"]
    return address


def page_reference(page: str) -> str:
    """*page* named for a reader outside the book: title and address, or title and the book."""
    title = _texts()["titles"].get(page, page.rsplit("/", 1)[-1])
    address = pack_address()
    if address:
        return text("student_pack.page_at", title=title, address=f"{address}{page}.html")
    return text("student_pack.page_in_book", title=title)
