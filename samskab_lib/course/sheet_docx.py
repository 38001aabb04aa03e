"""The pack's instruction sheet (and the course folder's tasks) as a Word document, from the
same Markdown as ``LAES-MIG.md``: its blocks through the one writer, titled by its ``#`` line."""
from __future__ import annotations

from ..word.markdown import markdown_blocks
from ..word.writer import write_docx


def sheet_docx(markdown: str) -> bytes:
    """*markdown* (the instruction sheet) as the bytes of an A4 Word document."""
    blocks = markdown_blocks(markdown)
    title = next((block.text for block in blocks if block.kind == "title"), "")
    return write_docx(blocks, title)
