"""Cells a learner edits in a notebook: a wrong value prints a Danish message, not a traceback.

A notebook wraps the code that uses a learner's value in ``with explain_errors():``. When the
library refuses the value with :class:`~samskab_lib.errors.InputError`, or a word stands
without quotes (a :class:`NameError`), the learner reads what is wrong and what to do, and the
notebook's next cells still run.

Numbers a learner types follow the one rule of the whole library (:mod:`.number_reading`):
``"15.000"`` and ``"12,5"`` in quotes are read the Danish way; a bare Python number is taken
as it is, except a decimal number where a whole number is expected, since Python reads
``15.000`` as fifteen.
"""
from __future__ import annotations

import math
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from numbers import Integral, Real
from pathlib import Path

from .errors import InputError
from .formatting import number, quoted
from .number_reading import read_number, write_number
from .texts import text


@contextmanager
def explain_errors() -> Iterator[None]:
    """Run the block; print an :class:`InputError`'s Danish problems instead of a traceback.

    A :class:`NameError` (a word written without quotes, or a name from a cell not yet run)
    gets a Danish sentence too.
    """
    try:
        yield
    except InputError as error:
        _print_problems(error.problems)
    except NameError as error:
        _print_problems([text("learner.unknown_name", name=getattr(error, "name", "") or "")])


def _print_problems(problems: Sequence[str]) -> None:
    print(text("learner.heading"))
    for problem in problems:
        print(f"- {problem}")


def check_choice(value: object, options: Sequence[str], field: str) -> str:
    """*value* when it is one of *options*; else :class:`InputError` naming *field* and the options."""
    if isinstance(value, str) and value in options:
        return value
    raise InputError(text("learner.unknown_choice", field=field, value=value,
                          options=", ".join(quoted(option) for option in options)))


def check_whole_number(value: object, field: str, lowest: int, highest: int) -> int:
    """*value* as a whole number from *lowest* to *highest*; else :class:`InputError` naming *field*."""
    if isinstance(value, str):
        raise InputError(quoted_problem(value, field)
                         or text("learner.not_a_whole_number", field=field, value=value,
                                 lowest=lowest, highest=highest))
    if (isinstance(value, bool) or not isinstance(value, Real) or not math.isfinite(value)
            or not float(value).is_integer() or not lowest <= float(value) <= highest):
        shown = repr(value).replace(".", ",") if isinstance(value, float) else value
        raise InputError(text("learner.outside_range", field=field, value=shown,
                              lowest=lowest, highest=highest))
    return int(float(value))


def quoted_problem(value: str, field: str) -> str | None:
    """The Danish "remove the quotes" sentence when *value* is a number in quotes, else None."""
    try:
        read = read_number(value)
    except ValueError:
        return None
    return text("learner.quoted_number", field=field, value=value.strip(), bare=read)


def typed_number(value: object, field: str, *, whole: bool = False) -> int | float:
    """The number a learner typed for *field*, read by the library's one number rule.

    Text is read the Danish way (``"15.000"``, ``"12,5"``). A bare Python number is taken as
    it is, but with *whole* (counts, whole kroner) a decimal number is refused with a hint:
    Python reads ``15.000`` as 15.0 and ``2.500`` as 2.5.
    """
    if isinstance(value, str):
        try:
            read = read_number(value)
        except ValueError as error:
            key = "number_point" if str(error) == "number_point" else "not_a_number"
            raise InputError(text(f"learner.{key}", field=field, value=value.strip())) from None
        if whole and not float(read).is_integer():
            raise InputError(text("learner.not_whole", field=field, value=write_number(read)))
        return int(read) if float(read).is_integer() else read
    if isinstance(value, bool) or not isinstance(value, Real) or not math.isfinite(value):
        raise InputError(text("learner.not_a_number", field=field, value=value))
    if whole and isinstance(value, float):
        raise InputError(_decimal_point_problem(value, field))
    return int(value) if isinstance(value, Integral) else float(value)


def _decimal_point_problem(value: float, field: str) -> str:
    """Why a decimal number cannot stand where a whole number is expected, with a guess."""
    thousands = value * 1000
    if abs(value) >= 1 and math.isclose(thousands, round(thousands), abs_tol=1e-6):
        return text("learner.python_point", field=field, value=repr(value).replace(".", ","),
                    guess=number(round(thousands)), plain=round(thousands))
    return text("learner.not_whole", field=field, value=write_number(value))


def show_result(label: str, value: object, unit: str = "", *,
                at_least: float | None = None) -> None:
    """Print a learner's own result the Danish way (``12.500 kroner``), or say it is still missing.

    A result below *at_least* (a value no real case comes near) gets a hint: most often a
    number in the calculation was written with a thousands point, which Python reads as a
    decimal point.
    """
    print(result_text(label, value, unit))
    if (at_least is not None and isinstance(value, Real) and not isinstance(value, bool)
            and value < at_least):
        print(text("learner.result_too_small", label=label))


def result_text(label: str, value: object, unit: str = "") -> str:
    """*label* and a learner's result the Danish way (``Pris: 12.500 kroner``), or what is missing."""
    if value is None:
        return text("learner.result_missing", label=label)
    if isinstance(value, bool) or not isinstance(value, Real):
        return text("learner.result_not_number", label=label, value=value)
    decimals = 0 if float(value).is_integer() or abs(float(value)) >= 100 else 2
    return f"{label}: {number(float(value), decimals)}{' ' + unit if unit else ''}"


def typed_numbers(values: object, field: str, *, whole: bool = False) -> object:
    """Every number in a learner's list or mapping read by :func:`typed_number`.

    *field* names one value: ``{name}`` stands for a mapping's key, ``{place}`` for a list's
    place (1, 2, …). All problems are reported at once. Anything that is neither list nor
    mapping is returned unchanged, for the calculation to name it.
    """
    problems: list[str] = []
    read: dict[object, object] | list[object]
    if isinstance(values, Mapping):
        read = {name: _collect(value, field.format(name=name, place=place), whole, problems)
                for place, (name, value) in enumerate(values.items(), start=1)}
    elif isinstance(values, (list, tuple)):
        read = [_collect(value, field.format(name=value, place=place), whole, problems)
                for place, value in enumerate(values, start=1)]
    else:
        return values
    if problems:
        raise InputError(problems)
    return read


def _collect(value: object, field: str, whole: bool, problems: list[str]) -> object:
    try:
        return typed_number(value, field, whole=whole)
    except InputError as error:
        problems.extend(error.problems)
        return None


def checked_rows(rows: object, columns: Sequence[str], field: str) -> list[list[str]]:
    """A learner's table (a list of rows, each a list with one text per column), checked.

    Raises :class:`InputError` naming each row by its first text when it is not a list, is
    empty, or has too few or too many texts; an empty table is a problem too.
    """
    if not isinstance(rows, (list, tuple)):
        raise InputError(text("learner.rows_not_a_list", field=field))
    if not rows:
        raise InputError(text("learner.rows_empty", field=field))
    problems = []
    for place, row in enumerate(rows, start=1):
        name = (text("learner.row_named", name=row[0])
                if isinstance(row, (list, tuple)) and row and str(row[0]).strip()
                else text("learner.row_number", place=place))
        if not isinstance(row, (list, tuple)):
            problems.append(text("learner.row_not_a_list", field=field, row=name))
        elif len(row) != len(columns):
            problems.append(text("learner.row_length", field=field, row=name,
                                 count=_texts(len(row)), columns=len(columns)))
    if problems:
        raise InputError(problems)
    return [["" if cell is None else str(cell) for cell in row] for row in rows]


def rows_summary(rows: Sequence[object], columns: Sequence[str]) -> str:
    """One Danish sentence: how many rows the learner's table has, singular or plural."""
    key = "learner.rows_one" if len(rows) == 1 else "learner.rows_many"
    return text(key, count=len(rows), columns=len(columns))


def _texts(count: int) -> str:
    return text("learner.text_one") if count == 1 else text("learner.text_many", count=count)


def save_results(filename: str, title: str, parts: Sequence[object],
                 folder: str | Path = ".") -> Path:
    """Save a learner's figures as a Markdown file in *folder*, to hand in; return its path.

    *parts* are paragraphs (text) or tables (anything with ``to_markdown()``). A file this
    function saved before is replaced (it says so in its first line); any other file with
    the same name is left alone and the learner is asked for another name.
    """
    name = str(filename).strip()
    if not name or Path(name).name != name:
        raise InputError(text("learner.save_bad_name", name=name))
    path = Path(folder) / (name if name.endswith(".md") else f"{name}.md")
    marker = f"<!-- {text('learner.save_marker')} -->"
    if path.exists() and not path.read_text(encoding="utf-8").startswith(marker):
        raise InputError(text("learner.save_exists", name=path.name))
    blocks = [marker, f"# {title}"]
    blocks += [part.to_markdown() if hasattr(part, "to_markdown") else str(part) for part in parts]
    path.write_text("\n\n".join(blocks) + "\n", encoding="utf-8")
    print(text("learner.saved", name=path.name))
    return path
