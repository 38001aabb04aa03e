"""Word files through LibreOffice for the tests: convert to PDF, read page sizes and text.

Shared by tests/test_templates_pdf.py (every template) and tests/test_folder.py (a whole
project folder).
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest


def convert_to_pdf(folder: Path) -> None:
    """Convert every .docx in *folder* to PDF beside it, in one LibreOffice run."""
    profile = (folder / "profil").as_uri()  # own profile: parallel runs do not clash
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(folder),
                    *sorted(str(p) for p in folder.glob("*.docx"))],
                   check=True, capture_output=True, timeout=600)


def need_tools() -> None:
    missing = [t for t in ("soffice", "pdfinfo", "pdftotext") if shutil.which(t) is None]
    if missing and os.environ.get("CI") == "true":
        pytest.fail(f"LibreOffice/poppler mangler under CI: {', '.join(missing)}")
    if missing:
        pytest.skip(f"installér libreoffice-writer-nogui og poppler-utils ({', '.join(missing)})")


def page_sizes(pdf: Path) -> list[tuple[int, int]]:
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "99", str(pdf)], capture_output=True,
                          text=True, check=True).stdout
    return [(round(float(w)), round(float(h)))
            for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)]


def letters(value: str) -> str:
    """*value* without spaces and hyphens: a PDF breaks lines, and table cells wrap."""
    return re.sub(r"[\s\-\u00ad]", "", value)


def pdf_text(pdf: Path) -> str:
    return letters(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                   text=True, check=True).stdout)


def appears(value: str, shown: str) -> bool:
    """True when *value* is in *shown* as written, or in order within a short stretch of it.

    Text in a table cell or a poster column is interleaved with its neighbours' lines in the
    PDF's text, so a value may be split; its letters still come in order, close together.
    """
    target = letters(value)
    if target in shown:
        return True
    window = 8 * len(target)
    start = shown.find(target[:4])
    while start != -1:
        position = start
        for letter in target:
            position = shown.find(letter, position, start + window)
            if position == -1:
                break
            position += 1
        else:
            return True
        start = shown.find(target[:4], start + 1)
    return False
