"""A course folder to print: the chosen exercises' tasks, their worksheets and the group poster.

One folder is one document, as a tagged PDF (A4, the group poster on an A3 page) and as a Word
file with the same tasks. Each exercise gets its goal, time, materials and task text, from
the library's data; then come the blank worksheets the exercises name in
``data/exercises.yml`` (``templates``), each once, and last the group poster.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from markdown_it import MarkdownIt

from ..handbook.exercises import Exercise, select_exercises
from ..print_pdf import PRINT_DIR, page, pdf_bytes
from ..templates.definitions import blank, load_template
from ..templates.markdown_html import to_html
from ..texts import text
from .tasks import task_text

POSTER = "gruppeplakat"
FOLDER_STYLE = PRINT_DIR / "kursusmappe.css"
PDF_NAME = "kursusmappe.pdf"
WORD_NAME = "kursusmappe.docx"


def worksheets(exercises: Sequence[Exercise], *, poster: bool = True) -> list[str]:
    """The templates to print for *exercises*, each once, in order; the group poster last.

    Without *poster* the group poster comes only if an exercise names it.
    """
    named = [t for e in exercises for t in e.templates]
    chosen = dict.fromkeys(t for t in named if t != POSTER)
    return [*chosen, POSTER] if poster or POSTER in named else list(chosen)


def folder_markdown(exercises: Sequence[Exercise], *, poster: bool = True) -> str:
    """The folder's text part as Markdown: a short introduction, then every exercise's task."""
    lines = [f"# {text('course_folder.title')}", "",
             text("course_folder.intro", count=len(exercises),
                  minutes=sum(e.minutes for e in exercises)), ""]
    for exercise in exercises:
        lines += [f"## {exercise.title}", "",
                  text("student_pack.sheet_chapter", chapter=exercise.chapter,
                       title=exercise.chapter_title), "",
                  task_text(exercise), ""]
    names = [load_template(t).title for t in worksheets(exercises, poster=poster)]
    lines += [f"## {text('course_folder.worksheets')}", "",
              text("course_folder.worksheets_intro"), "", *[f"- {n}" for n in names], ""]
    return "\n".join(lines)


def folder_html(exercises: Sequence[Exercise], *, poster: bool = True) -> str:
    """The whole folder as one HTML document: tasks, then one section per worksheet."""
    tasks = MarkdownIt("commonmark").render(folder_markdown(exercises, poster=poster))
    sheets = []
    for template_id in worksheets(exercises, poster=poster):
        poster = load_template(template_id).paper == "A3"
        classes = "samskab-ark samskab-plakat" if poster else "samskab-ark"
        sheets.append(f'<section class="{classes}">'
                      f"{to_html(blank(template_id), full_document=False, heading_offset=1)}"
                      "</section>")
    body = f'<section class="samskab-opgaver">{tasks}</section>{"".join(sheets)}'
    return page(text("course_folder.title"), body)


def folder_pdf(exercises: Sequence[Exercise], *, poster: bool = True) -> bytes:
    """The folder as a tagged PDF: A4 pages, the group poster on A3."""
    return pdf_bytes(folder_html(exercises, poster=poster), base_url=PRINT_DIR,
                     stylesheets=[FOLDER_STYLE])


def folder_docx(exercises: Sequence[Exercise]) -> bytes:
    """The folder's tasks and the list of its worksheets as an A4 Word file."""
    from .sheet_docx import sheet_docx  # python-docx only when a Word file is made

    return sheet_docx(folder_markdown(exercises))


def folder_file_name(exercise_id: str | None, suffix: str = "pdf") -> str:
    """A prebuilt folder's file name: ``kursusmappe-<id>.pdf``, or ``kursusmappe-alle.pdf``."""
    return f"kursusmappe-{exercise_id or 'alle'}.{suffix}"


def write_prebuilt_folders(target: Path) -> list[Path]:
    """Write the folder of all exercises (PDF and Word) and one PDF per exercise into *target*.

    The book offers these on its exercise catalogue; a file is rewritten only if it changed.
    An exercise's own folder has the group poster only if the exercise uses it.
    """
    target.mkdir(parents=True, exist_ok=True)
    every = select_exercises(None)
    files = {folder_file_name(None): folder_pdf(every),
             folder_file_name(None, "docx"): folder_docx(every)}
    for exercise in every:
        files[folder_file_name(exercise.id)] = folder_pdf([exercise], poster=False)
    written = []
    for name, content in files.items():
        path = target / name
        if not path.is_file() or path.read_bytes() != content:
            path.write_bytes(content)
        written.append(path)
    return written
