"""Read everything a student pack holds as text, for tests that look for (or miss) a sentence."""
from __future__ import annotations

import zipfile
from pathlib import Path

import docx

# Binary files in the pack or its wheel (the example survey exports, print fonts) hold no prose;
# a wheel's example export in Windows-1252 is read with its odd letters replaced.
BINARY = (".xlsx", ".png", ".pdf", ".ttf", ".otf", ".woff", ".woff2", ".zip")


def pack_text(folder: Path) -> str:
    """Every text file in the pack, the text of every Word file and every file in the wheel."""
    parts = []
    for path in folder.rglob("*"):
        if path.suffix == ".docx":
            document = docx.Document(str(path))
            parts += [paragraph.text for paragraph in document.paragraphs]
            parts += [cell.text for table in document.tables for row in table.rows
                      for cell in row.cells]
        elif path.suffix == ".whl":
            with zipfile.ZipFile(path) as wheel:
                parts += [wheel.read(name).decode("utf-8", errors="replace") for name in wheel.namelist()
                          if not name.endswith(BINARY) and not name.endswith(".docx")]
        elif path.is_file() and path.suffix not in BINARY:
            parts.append(path.read_text(encoding="utf-8"))
    return "\n".join(parts)
