"""A course folder to print: the chosen exercises' tasks, their worksheets and the group poster.

One folder is one document, as a tagged PDF (A4, the group poster on an A3 page) and as a Word
file with the same tasks. Each exercise gets its goal, time, materials and task text, read
from its page in the book; then come the blank worksheets the exercises name in
``data/exercises.yml`` (``worksheets``), each once, and last the group poster.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from markdown_it import MarkdownIt

from ..handbook.exercises import Exercise
from ..print_pdf import PRINT_DIR, page, pdf_bytes
from ..templates.definitions import blank, load_template
from ..templates.markdown_html import to_html
from ..texts import text
from .sheet_docx import sheet_docx
from .tasks import task_text

POSTER = "gruppeplakat"
FOLDER_STYLE = PRINT_DIR / "kursusmappe.css"
PDF_NAME = "kursusmappe.pdf"
WORD_NAME = "kursusmappe.docx"


def worksheets(exercises: Sequence[Exercise]) -> list[str]:
    """The templates to print for *exercises*, each once, in order; the group poster last."""
    chosen = dict.fromkeys(t for e in exercises for t in e.worksheets if t != POSTER)
    return [*chosen, POSTER]


def folder_markdown(exercises: Sequence[Exercise], root: Path) -> str:
    """The folder's text part as Markdown: a short introduction, then every exercise's task."""
    lines = [f"# {text('course_folder.title')}", "",
             text("course_folder.intro", count=len(exercises),
                  minutes=sum(e.minutes for e in exercises)), ""]
    for exercise in exercises:
        lines += [f"## {exercise.title}", "",
                  text("student_pack.sheet_chapter", chapter=exercise.chapter,
                       title=exercise.chapter_title), "",
                  task_text(exercise, root), ""]
    names = [load_template(t).title for t in worksheets(exercises)]
    lines += [f"## {text('course_folder.worksheets')}", "",
              text("course_folder.worksheets_intro"), "", *[f"- {n}" for n in names], ""]
    return "\n".join(lines)


def folder_html(exercises: Sequence[Exercise], root: Path) -> str:
    """The whole folder as one HTML document: tasks, then one section per worksheet."""
    tasks = MarkdownIt("commonmark").render(folder_markdown(exercises, root))
    sheets = []
    for template_id in worksheets(exercises):
        poster = load_template(template_id).paper == "A3"
        classes = "samskab-ark samskab-plakat" if poster else "samskab-ark"
        sheets.append(f'<section class="{classes}">'
                      f"{to_html(blank(template_id), full_document=False, heading_offset=1)}"
                      "</section>")
    body = f'<section class="samskab-opgaver">{tasks}</section>{"".join(sheets)}'
    return page(text("course_folder.title"), body)


def folder_pdf(exercises: Sequence[Exercise], root: Path) -> bytes:
    """The folder as a tagged PDF: A4 pages, the group poster on A3."""
    return pdf_bytes(folder_html(exercises, root), base_url=PRINT_DIR,
                     stylesheets=[FOLDER_STYLE])


def folder_docx(exercises: Sequence[Exercise], root: Path) -> bytes:
    """The folder's tasks and the list of its worksheets as an A4 Word file."""
    return sheet_docx(folder_markdown(exercises, root))
