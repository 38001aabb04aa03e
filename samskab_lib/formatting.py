"""Numbers as a reader of the current language writes them, wherever a reader sees a number.

Danish: 4.500, 0,85, 10 %, 12.500 NOK. Norwegian bokmål: 4 500 (a no-break space between
groups), 0,85, 10 %, 12 500 NOK. The separators are texts (``format.thousands``,
``format.decimal`` in ``locale/<language>/format.yml``). A quoted word or value follows the
language too: Danish »alder«, Norwegian «alder» (``format.quoted``).
"""
from __future__ import annotations

import math

from .texts import text


def number(value: float, decimals: int = 0) -> str:
    """*value* with the current language's separators (Danish ``4.500``, ``0,85``)."""
    formatted = f"{value:,.{decimals}f}"
    separators = str.maketrans({",": text("format.thousands"), ".": text("format.decimal")})
    return formatted.translate(separators)


def quoted(value: object) -> str:
    """*value* in the current language's quotation marks (Danish ``»alder«``, bokmål ``«alder»``)."""
    return text("format.quoted", value=value)


def percent(share: float, decimals: int = 0) -> str:
    """*share* (0.1) as a percentage (``10 %``)."""
    return f"{number(share * 100, decimals)} %"


def money(amount: float, currency: str, decimals: int = 0) -> str:
    """*amount* with its currency code after it (``12.500 NOK``)."""
    return f"{number(amount, decimals)} {currency}"


def approximately(value: float, digits: int = 3) -> str:
    """*value* rounded to *digits* significant figures, the precision its assumptions carry
    (``14.589`` → ``14.600``, ``6,7512`` → ``6,75``)."""
    if value == 0 or not math.isfinite(value):
        return number(value)
    places = digits - 1 - math.floor(math.log10(abs(value)))
    return number(round(value, places), max(places, 0))
