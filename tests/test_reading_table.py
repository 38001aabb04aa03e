"""One reading table for Danish numbers, dates and clean text, and the browser agreeing with it.

`tests/fixtures/reading.json` lists what a typed value is read as; this file runs every row
against samskab_lib and `tests/js/reading.test.mjs` runs the same rows against the browser
forms. The differential test then types random text (digits of several scripts, separators,
spaces, Danish letters, emoji) into both and asks for the same result.
"""
from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from samskab_lib.number_reading import read_number
from samskab_lib.templates.reading import clean_text, danish_date, read_date
from samskab_lib.texts import language_scope, text

ROOT = Path(__file__).resolve().parents[1]
TABLE = json.loads((ROOT / "tests" / "fixtures" / "reading.json").read_text(encoding="utf-8"))
NODE = shutil.which("node")


def library_reading(kind: str, raw: str) -> dict[str, Any]:
    """What samskab_lib makes of *raw* typed into a field of *kind*, in the table's shape."""
    if kind == "text":
        return {"value": clean_text(raw)}
    try:
        if kind == "number":
            value = read_number(raw)
            return {"value": value, "integer": isinstance(value, int)}
        day = read_date(raw)
    except ValueError as error:
        return {"problem": str(error)}
    return {"value": day.isoformat(), "shown": danish_date(day)}


def as_library_says(reading: dict[str, Any]) -> dict[str, Any]:
    """*reading* with a problem's values put into the library's Danish sentence (a date that
    does not exist), and a number's value as a float, as JavaScript holds it."""
    if "values" in reading:
        return {"problem": text(f"template_errors.{reading['problem']}", **reading["values"])}
    if "integer" in reading:
        return {**reading, "value": float(reading["value"])}
    return reading


def test_the_table_is_danish_and_covers_every_kind() -> None:
    assert TABLE["language"] == "da"
    kinds = [row["kind"] for row in TABLE["rows"]]
    assert {kind: kinds.count(kind) for kind in set(kinds)} == {"number": 42, "date": 23,
                                                               "text": 10}


@pytest.mark.parametrize("row", TABLE["rows"], ids=lambda row: f"{row['kind']}:{row['input']!r}")
def test_the_library_reads_as_the_table_says(row: dict[str, Any]) -> None:
    expected = {key: value for key, value in row.items() if key not in ("kind", "input")}
    got = library_reading(row["kind"], row["input"])
    assert got == (as_library_says(expected) if "values" in expected else expected)
    if "integer" in expected:
        assert isinstance(got["value"], int) is expected["integer"]


@pytest.mark.parametrize("row", TABLE["nb_rows"], ids=lambda row: f"{row['kind']}:{row['input']!r}")
def test_the_library_reads_norwegian_as_the_table_says(row: dict[str, Any]) -> None:
    expected = {key: value for key, value in row.items() if key not in ("kind", "input")}
    with language_scope("nb"):
        got = library_reading(row["kind"], row["input"])
    assert got == expected
    if "integer" in expected:
        assert isinstance(got["value"], int) is expected["integer"]


@pytest.fixture(scope="module")
def browser_reading() -> Iterator[subprocess.Popen[str]]:
    """`tests/js/reading.mjs` in one Node process, answering a line of inputs with a line."""
    if NODE is None:
        pytest.skip("Node.js is not installed")
    process = subprocess.Popen([NODE, str(ROOT / "tests" / "js" / "reading.mjs")], cwd=ROOT,
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                               encoding="utf-8")
    yield process
    process.communicate("")


# Pieces of what people type: digits of several scripts (ASCII, full-width, Arabic-Indic and
# Persian ones are read as 0-9; Devanagari and mathematical ones are not), separators, the
# spaces a number may hold, month names, Danish letters, emoji (one, with skin tone, a flag) and
# control characters, and the white space Python's strip() and JavaScript's trim() once
# disagreed on (U+0085, U+FEFF, U+001C).
PIECES = ["0", "1", "2", "5", "9", "12", "500", "2026", "１", "２", "٠", "٢", "٥", "۱", "۵", "१",
          "𝟙", ".", ",", ":", "-", "/", "+", " ", "  ", "\u00a0", "\u202f", "\t", "\n", "marts",
          "Mar", "dec", "december", "feb", "æ", "ø", "å", "Æ", "e", "x", "🌱", "👍🏽", "🇩🇰",
          "\x0b", "\x00", "\x7f", "\ud83c", "\x85", "\ufeff", "\x1c"]
typed = st.lists(st.sampled_from(PIECES), max_size=10).map("".join)


@settings(max_examples=60, deadline=None)
@given(kind=st.sampled_from(["number", "date", "text"]), inputs=st.lists(typed, min_size=20,
                                                                        max_size=40))
def test_the_browser_reads_random_typing_as_the_library(browser_reading, kind: str,
                                                        inputs: list[str]) -> None:
    assert browser_reading.stdin is not None and browser_reading.stdout is not None
    browser_reading.stdin.write(json.dumps({"kind": kind, "inputs": inputs}) + "\n")
    browser_reading.stdin.flush()
    answers = json.loads(browser_reading.stdout.readline())
    for raw, answer in zip(inputs, answers, strict=True):
        assert as_library_says(answer) == as_library_says(library_reading(kind, raw)), raw
