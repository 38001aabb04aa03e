"""Input checks shared by the evaluation figures: each records a Danish problem and returns None."""
from __future__ import annotations

import math
from numbers import Real
from typing import TypeVar

from ..errors import InputError
from ..formatting import number
from ..number_reading import read_number, write_number
from ..texts import text

T = TypeVar("T")


def field_label(name: str) -> str:
    return text(f"evaluation.fields.{name}")


def problem(key: str, **values: object) -> str:
    message = text(f"evaluation.errors.{key}", **values)
    return message[:1].upper() + message[1:]


def checked_real(value: object, name: str, problems: list[str], label: str = "") -> float | None:
    """*value* as a finite float, or ``None`` after recording why it is not one.

    Text is read as the templates read it (``"2.500"``, ``"12,5"``). Messages name the field
    by its Danish name for *name*, or by *label* when given.
    """
    if isinstance(value, str):
        written = value
        try:
            value = read_number(written)
        except ValueError as error:
            key = "number_point" if str(error) == "number_point" else "not_a_number"
            problems.append(problem(key, field=label or field_label(name), value=written.strip()))
            return None
    if isinstance(value, bool) or not isinstance(value, Real) or not math.isfinite(value):
        problems.append(problem("not_a_number", field=label or field_label(name), value=value))
        return None
    return float(value)


def checked_count(value: object, name: str, problems: list[str], *, positive: bool = False,
           label: str = "") -> int | None:
    """*value* as a whole, non-negative number (``positive``: above 0), else ``None``."""
    label = label or field_label(name)
    real = checked_real(value, name, problems, label)
    if real is None:
        return None
    if not real.is_integer():
        problems.append(problem("not_whole", field=label, value=number(real, 2)))
        return None
    if real < 0:
        problems.append(problem("negative", field=label, value=number(real)))
        return None
    if positive and real == 0:
        key = "zero_baseline" if name == "baseline" else "zero_participants"
        problems.append(problem(key, field=label))
        return None
    return int(real)


def checked_amount(value: object, name: str, problems: list[str],
                   label: str = "") -> float | None:
    """*value* as a non-negative amount (money, hours), else ``None``."""
    real = checked_real(value, name, problems, label)
    if real is not None and real < 0:
        problems.append(problem("negative", field=label or field_label(name),
                                value=write_number(real)))
        return None
    return real


def raise_if(problems: list[str]) -> None:
    if problems:
        raise InputError(problems)


def passed(value: T | None) -> T:
    """A value its check returned, once :func:`raise_if` found no problem (so not ``None``)."""
    if value is None:
        raise AssertionError("a check returned None without recording a problem")
    return value


def checked_labelled_count(value: object, name: str, group: str, problems: list[str]) -> int | None:
    return checked_count(value, name, problems, label=text("evaluation.fields.in_group",
                                                     field=field_label(name), group=group))
