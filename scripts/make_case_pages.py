"""Write the page of every case that has no hand-written chapter: book/cases/<id>.md.

A generated page starts with a mark and holds only headings and one directive per part; the
content comes from cases/<id>/case.yml when the book is built. Run after adding a case:

    .venv/bin/python scripts/make_case_pages.py
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "book" / "_ext"))

from samskab_book.cases import generated_pages  # noqa: E402
from samskab_book.files import write_if_changed  # noqa: E402


def main() -> int:
    for path, content in generated_pages(ROOT).items():
        if write_if_changed(path, content):
            print(f"{path.relative_to(ROOT)}: skrevet")
    return 0


if __name__ == "__main__":
    sys.exit(main())
