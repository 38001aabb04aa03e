"""Numbers written the Danish way, read by one rule: the templates, the evaluation figures and
the learners' cells in the notebooks all read ``2.500`` as two thousand five hundred and
``12,5`` as twelve and a half.
"""
from __future__ import annotations

import re
from decimal import Decimal

from .formatting import number

_NUMBER = re.compile(r"[-+]?(\d+|\d{1,3}(\.\d{3})+)(,\d+)?")
_SPACES = re.compile(r"(?<=\d)[ \u00a0\u202f](?=\d{3}\b)")
_CLOCK = re.compile(r"\d{1,3}:\d{2}")


def read_number(raw: str) -> int | float:
    """A number written the Danish way: ``2500``, ``2.500``, ``2.500,50``, ``12,5``, ``1.000.000``.

    A dot only separates thousands (groups of three digits), a comma only decimals; spaces
    between groups of three are allowed (``2 500``). Raises :class:`ValueError` with a key of
    ``template_errors`` that says what is wrong (``"number_point"``, ``"number_clock"``, ...).
    """
    compact = _SPACES.sub("", raw.strip())
    if not _NUMBER.fullmatch(compact):
        if re.fullmatch(r"[-+]?\d+\.\d+", compact):
            raise ValueError("number_point")
        if _CLOCK.fullmatch(compact):
            raise ValueError("number_clock")
        raise ValueError("not_number")
    whole, _, decimals = compact.replace(".", "").partition(",")
    if decimals:
        return float(f"{whole}.{decimals}")
    return int(whole)


def write_number(value: int | float) -> str:
    """*value* as text that :func:`read_number` reads back to the same number (``2.500``, ``12,5``)."""
    digits = format(Decimal(repr(value)), "f")
    sign = "-" if digits.startswith("-") else ""
    whole, _, decimals = digits.lstrip("-").partition(".")
    decimals = decimals.rstrip("0")
    return sign + number(int(whole)) + ("," + decimals if decimals else "")
