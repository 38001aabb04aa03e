"""Read a survey tool's export file into rows of text cells, as Danish tools write them.

Excel (.xlsx) and CSV separated by ``;``, ``,`` or tab, in UTF-8 (with or without BOM),
UTF-16 or Windows-1252. Cells stay as written (text, or the numbers and dates Excel stored);
:mod:`samskab_lib.evaluation.export_answers` decides what each one means.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..texts import text

SEPARATORS = (";", ",", "\t")


@dataclass(frozen=True)
class RawTable:
    """The cells of an export file, row by row, as read (``None`` for an empty cell).

    ``rows[i]`` is the file's row ``i + 1`` (Excel's row number; a CSV record's number).
    """

    name: str
    rows: list[list[object]]
    encoding: str  # "xlsx", "utf-8", "utf-8-sig", "utf-16" or "cp1252"
    separator: str = ""  # a CSV file's separator


def read_table(path: str | Path) -> RawTable:
    """The cells of the export at *path*; InputError in Danish when it cannot be read."""
    path = Path(path)
    name = path.name
    if not path.is_file():
        raise InputError(text("exports.file.missing", file=path))
    data = path.read_bytes()
    if not data.strip(b"\xef\xbb\xbf \r\n\t"):
        raise InputError(text("exports.file.empty", file=name))
    suffix = path.suffix.lower()
    if data[:4] == b"PK\x03\x04":
        return _read_xlsx(name, data)
    if suffix in (".xlsx", ".xlsm"):
        raise InputError(text("exports.file.not_xlsx", file=name))
    if suffix == ".xls" or data[:4] == b"\xd0\xcf\x11\xe0":
        raise InputError(text("exports.file.old_xls", file=name))
    if suffix not in (".csv", ".txt", ".tsv", ""):
        raise InputError(text("exports.file.unknown_kind", file=name, suffix=path.suffix))
    content, encoding = decode(name, data)
    separator = sniff_separator(content)
    records = csv.reader(io.StringIO(content, newline=""), delimiter=separator)
    rows: list[list[object]] = [[cell if cell.strip() else None for cell in row] for row in records]
    return RawTable(name, _without_trailing_empty(rows), encoding, separator)


def _without_trailing_empty(rows: list[list[object]]) -> list[list[object]]:
    """*rows* without the wholly empty lines at the end (they hold nothing to read)."""
    end = len(rows)
    while end and all(cell is None for cell in rows[end - 1]):
        end -= 1
    return rows[:end]


def decode(name: str, data: bytes) -> tuple[str, str]:
    """The text of *data* and its encoding: a BOM decides, else UTF-8, else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    if b"\x00" in data[:4096]:
        raise InputError(text("exports.file.not_text", file=name))
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def sniff_separator(content: str) -> str:
    """The separator that splits the first lines into the most, equally many, columns."""
    lines = [line for line in content.splitlines()[:20] if line.strip()]

    def score(separator: str) -> tuple[int, int]:
        widths = [len(row) for row in csv.reader(lines, delimiter=separator)]
        steady = max(widths.count(w) for w in set(widths)) if widths else 0
        return (steady if max(widths, default=1) > 1 else 0, max(widths, default=0))

    return max(SEPARATORS, key=score)


def _read_xlsx(name: str, data: bytes) -> RawTable:
    """The first sheet's cells from A1 on (calamine: a hundred times faster than openpyxl on a
    large export); a merged cell's value stands in its first cell only."""
    from python_calamine import CalamineError, CalamineWorkbook

    try:
        sheet = CalamineWorkbook.from_filelike(io.BytesIO(data)).get_sheet_by_index(0)
        cells = sheet.to_python(skip_empty_area=False)
    except (CalamineError, ValueError, OSError) as error:
        raise InputError(text("exports.file.not_xlsx", file=name)) from error
    rows = [[_cell(value) for value in row] for row in cells]
    return RawTable(name, _without_trailing_empty(rows), "xlsx")


def _cell(value: object) -> object:
    """A cell as read: ``None`` when empty, a whole number as ``int`` (calamine gives 5.0)."""
    if isinstance(value, str):
        return value if value.strip() else None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value
