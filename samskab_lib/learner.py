"""Cells a learner edits in a notebook: a wrong value prints a Danish message, not a traceback.

A notebook wraps the code that uses a learner's value in ``with explain_errors():``. When the
library refuses the value with :class:`~samskab_lib.errors.InputError`, the learner reads what
is wrong and what to do, and the notebook's next cells still run.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from numbers import Real

from .errors import InputError
from .texts import text


@contextmanager
def explain_errors() -> Iterator[None]:
    """Run the block; print an :class:`InputError`'s Danish problems instead of a traceback."""
    try:
        yield
    except InputError as error:
        print(text("learner.heading"))
        for problem in error.problems:
            print(f"- {problem}")


def check_choice(value: object, options: Sequence[str], field: str) -> str:
    """*value* when it is one of *options*; else :class:`InputError` naming *field* and the options."""
    if isinstance(value, str) and value in options:
        return value
    raise InputError(text("learner.unknown_choice", field=field, value=value,
                          options=", ".join(f"»{option}«" for option in options)))


def check_whole_number(value: object, field: str, lowest: int, highest: int) -> int:
    """*value* as a whole number from *lowest* to *highest*; else :class:`InputError` naming *field*."""
    if (isinstance(value, bool) or not isinstance(value, Real)
            or not float(value).is_integer() or not lowest <= value <= highest):
        raise InputError(text("learner.outside_range", field=field, value=value,
                              lowest=lowest, highest=highest))
    return int(value)
