"""Numbers as a person writes them in the current language, read by one rule: the templates,
the evaluation figures and the learners' cells in the notebooks all read numbers this way.

Both languages write decimals with a comma (``12,5``) and allow a space between groups of three
digits (``2 500``). Danish also groups thousands with a point (``2.500``); in Norwegian a point
is not part of a number, so ``2.500`` is refused as ambiguous (2,5 or 2500?) rather than
guessed. The separators are the language's ``format.thousands`` and ``format.decimal``.

Digits are 0-9, and the same digits as full-width (typed on East Asian keyboards or pasted from
such text) and Arabic-Indic or Eastern Arabic-Indic forms (the default on Arabic, Persian and Urdu
phone keyboards): those are read as 0-9. Digits of other scripts make the text no number. The
browser forms read by the same list (``book/_static/forms/danish.js``; the shared cases are in
``tests/fixtures/reading.json``).
"""
from __future__ import annotations

import re
from decimal import Decimal

from .formatting import number
from .texts import text

# The zero of each other script whose ten digits are read as 0-9 (full-width, Arabic-Indic,
# Eastern Arabic-Indic); danish.js keeps the same list.
_DIGIT_ZEROS = ("\uff10", "\u0660", "\u06f0")
_TO_ASCII = str.maketrans({chr(ord(zero) + d): str(d) for zero in _DIGIT_ZEROS for d in range(10)})
# Patterns over ASCII digits (re.ASCII: \d is 0-9 and \b a boundary of ASCII words, as in JavaScript)
_SPACES = re.compile(r"(?<=\d)[ \u00a0\u202f](?=\d{3}\b)", re.ASCII)
_CLOCK = re.compile(r"\d{1,3}:\d{2}", re.ASCII)
_POINTED = re.compile(r"[-+]?\d+(\.\d+)+(,\d+)?", re.ASCII)


def ascii_digits(raw: str) -> str:
    """*raw* with full-width and Arabic-Indic digits as 0-9 (``"１２"`` is ``"12"``)."""
    return raw.translate(_TO_ASCII)


def _number_pattern() -> re.Pattern[str]:
    """Digits, optionally grouped by the language's thousands separator, optional decimals."""
    thousands = text("format.thousands").strip()
    grouped = rf"|\d{{1,3}}({re.escape(thousands)}\d{{3}})+" if thousands else ""
    return re.compile(rf"[-+]?(\d+{grouped})({re.escape(text('format.decimal'))}\d+)?", re.ASCII)


def read_number(raw: str) -> int | float:
    """A number written the current language's way.

    Danish: ``2500``, ``2.500``, ``2 500``, ``2.500,50``, ``12,5``, ``1.000.000``; Norwegian:
    ``2500``, ``2 500``, ``2 500,50``, ``12,5``; full-width and Arabic-Indic digits as 0-9.
    Raises :class:`ValueError` with a key of ``template_errors`` that says what is wrong
    (``"number_point"``, ``"number_clock"``, ...).
    """
    compact = _SPACES.sub("", ascii_digits(raw).strip())
    if not _number_pattern().fullmatch(compact):
        if _POINTED.fullmatch(compact):
            raise ValueError("number_point")
        if _CLOCK.fullmatch(compact):
            raise ValueError("number_clock")
        raise ValueError("not_number")
    thousands = text("format.thousands").strip()
    whole, _, decimals = (compact.replace(thousands, "") if thousands else compact).partition(
        text("format.decimal"))
    if decimals:
        return float(f"{whole}.{decimals}")
    return int(whole)


def write_number(value: int | float) -> str:
    """*value* as text that :func:`read_number` reads back to the same number (``2.500``, ``12,5``)."""
    digits = format(Decimal(repr(value)), "f")
    sign = "-" if digits.startswith("-") else ""
    whole, _, decimals = digits.lstrip("-").partition(".")
    decimals = decimals.rstrip("0")
    return sign + number(int(whole)) + (text("format.decimal") + decimals if decimals else "")
