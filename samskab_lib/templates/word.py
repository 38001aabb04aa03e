"""A filled (or blank) template as a Word document: its blocks through the one writer.

The page follows the template's definition: A4 or A3 (a poster), portrait or landscape, a
poster's newspaper columns; the template is the title and its purpose the subject.
"""
from __future__ import annotations

from pathlib import Path

from .definitions import Filled
from .markdown_html import document


def to_docx(filled: Filled, show_help: bool | None = None) -> bytes:
    """The template as the bytes of a ``.docx`` file; the same input gives the same bytes."""
    from ..word.writer import Page, write_docx  # python-docx only when a file is made

    template = filled.template
    page = Page(template.paper, template.orientation == "liggende", template.columns)
    return write_docx(document(filled, show_help), template.title, template.purpose, page)


def save_docx(filled: Filled, path: str | Path, show_help: bool | None = None) -> Path:
    """Write the template as a Word document to *path* (overwrites; callers check first)."""
    path = Path(path)
    path.write_bytes(to_docx(filled, show_help))
    return path
