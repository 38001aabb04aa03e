"""Student packs: the chosen exercises' notebooks without solutions, blank templates and a sheet.

A notebook cell is a solution when its tags include :data:`SOLUTION_TAG`. The student pack
drops those cells; the course leader's solutions pack keeps them and adds the assessment guide.
Both clear every output, so no computed answer travels in a pack. A pack with notebooks also
holds the notebook *Kom i gang*, the library's wheel and the install steps; a pack without
notebooks holds none of them. Chapters are named by their title and linked by the book's
address (:mod:`.book_address`). A pack is written as a folder or a zip file and never replaces
anything that samskab did not write itself.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..handbook.exercises import Exercise, load_exercises, select_exercises
from ..resources import project_root
from ..templates.definitions import blank, list_templates
from ..templates.word import to_docx
from ..texts import per_language, text
from .book_address import book_links
from .folder import PDF_NAME, WORD_NAME, folder_docx, folder_pdf
from .install import write_install_files
from .sheet_docx import sheet_docx
from .tasks import (
    pack_address,
    page_reference,
    rubric_text,
    solution_text,
    task_notebooks,
    task_text,
)

SOLUTION_TAG = "loesning"
SHEET_NAME = "LAES-MIG.md"
SHEET_WORD_NAME = "LAES-MIG.docx"
MARKER_NAME = ".samskab-pakke"
TEMPLATES_FOLDER = "skabeloner"
#: Where the notebooks and the lock are: the checkout, or the copy an installed wheel bundles.
PROJECT_ROOT = project_root()
#: The notebook that shows how notebooks work; every pack with a notebook holds it.
GETTING_STARTED = "book/notesboeger/kom-i-gang.ipynb"


def prepare_notebook(notebook: dict[str, Any], *, solutions: bool,
                     in_pack: Sequence[str] = (), folder: str = "book") -> dict[str, Any]:
    """Return a copy of *notebook* with outputs cleared and, unless *solutions*, no solution cells.

    Links to the book's pages cannot work inside a pack: they get the page's absolute address
    in the book, or become their text marked as being in the book while the book has no
    address. Links to notebooks named in *in_pack* point to the pack's copy. *folder* is the
    notebook's folder in the project, which relative links start from.
    """
    cells = []
    for cell in notebook.get("cells", []):
        if not solutions and SOLUTION_TAG in cell.get("metadata", {}).get("tags", []):
            continue
        cell = dict(cell)
        if cell.get("cell_type") == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
        elif cell.get("cell_type") == "markdown":
            cell["source"] = book_links("".join(cell.get("source", "")), folder,
                                        pack_address(), keep=in_pack)
        cells.append(cell)
    return {**notebook, "cells": cells}


def instruction_sheet(exercises: Sequence[Exercise], *, solutions: bool,
                      templates: Sequence[str] = (), notebooks: Sequence[str] = ()) -> str:
    """The pack's instruction sheet (Markdown): how to start, then every exercise in full.

    Each exercise has its chapter (by title), goal, time, materials (what is in the pack and
    what to read in the book), notebook and task, from the library's data; the course
    leader's pack (*solutions*) adds the solution and the assessment guide. The install steps
    and how to hand in come only when the pack holds *notebooks*.
    """
    kind = "solutions" if solutions else "student"
    intro = "sheet_intro_solutions" if solutions else (
        "sheet_intro_student" if notebooks else "sheet_intro_no_notebook")
    lines = [f"# {text(f'student_pack.sheet_title_{kind}')}", "",
             text(f"student_pack.{intro}"), "",
             text("student_pack.sheet_total", minutes=sum(e.minutes for e in exercises)), ""]
    if notebooks:
        lines += [f"## {text('student_pack.install_heading')}", "",
                  text("student_pack.install_steps", start=Path(GETTING_STARTED).name), "",
                  f"## {text('student_pack.hand_in_heading')}", "",
                  text("student_pack.hand_in_steps"), ""]
    for exercise in exercises:
        notebook = (Path(exercise.notebook).name if exercise.notebook
                    else text("student_pack.sheet_no_notebook"))
        lines += [
            f"## {exercise.title}", "",
            text("student_pack.sheet_chapter",
                 chapter=page_reference(exercise.chapter_page)), "",
            f"**{text('student_pack.sheet_notebook')}:** {notebook}", "",
            *_material_lines(exercise),
            task_text(exercise), "",
        ]
        if solutions:
            lines += [f"### {text('student_pack.sheet_solution')}", "",
                      solution_text(exercise), ""]
            rubric = rubric_text(exercise)
            if rubric:
                lines += [f"### {text('student_pack.sheet_rubric')}", "", rubric, ""]
    lines += [f"## {text('student_pack.sheet_templates')}", ""]
    lines += ([f"- {TEMPLATES_FOLDER}/{name}" for name in templates]
              or [text("student_pack.sheet_templates_none")])
    return "\n".join(lines) + "\n"


def material_files(exercise: Exercise) -> list[str]:
    """The files in the pack that *exercise* uses: its notebook and its blank templates."""
    files = [Path(exercise.notebook).name] if exercise.notebook else []
    return files + [f"{TEMPLATES_FOLDER}/{name}.docx" for name in exercise.templates]


def _material_lines(exercise: Exercise) -> list[str]:
    """Where the exercise's materials are: files in the pack, pages in the book, each one a
    paragraph of its own (a blank line after each)."""
    lines = []
    if material_files(exercise):
        lines.append(text("student_pack.sheet_in_pack",
                          files=", ".join(material_files(exercise))))
    lines += [text("student_pack.sheet_in_book", page=page_reference(page))
              for page in exercise.reading]
    return [part for line in lines for part in (line, "")]


def write_pack(exercise_ids: Sequence[str] | None, dest: str | Path, *, solutions: bool = False,
               as_zip: bool = False, force: bool = False, pdf: bool = False,
               root: Path = PROJECT_ROOT) -> Path:
    """Write a pack for *exercise_ids* (None: all) to *dest*; return the folder or zip written.

    With *as_zip* the pack is one zip file (``.zip`` is added to *dest* if missing). An
    existing pack is replaced only with *force*; anything else at *dest* is never touched.
    With *pdf* the pack also holds the course folder to print (:mod:`.folder`), as PDF and Word.
    Notebook paths in the exercise data are relative to *root* (the project checkout, or the
    copy of its notebooks and lock an installed wheel bundles).
    """
    exercises = select_exercises(exercise_ids)
    dest = Path(dest)
    target = dest.with_suffix(".zip") if as_zip and dest.suffix != ".zip" else dest
    _check_target(target, force=force)
    notebooks = _read_notebooks(exercises, root)
    for exercise in exercises:  # a missing task stops the pack before anything is written
        task_text(exercise)
    with tempfile.TemporaryDirectory() as scratch:
        build = Path(scratch) / "pakke"
        build.mkdir()
        for name, (folder, notebook) in notebooks.items():
            prepared = prepare_notebook(notebook, solutions=solutions, in_pack=list(notebooks),
                                        folder=folder)
            (build / name).write_text(json.dumps(prepared, ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")
        templates = _write_blank_templates(build / TEMPLATES_FOLDER)
        sheet = instruction_sheet(exercises, solutions=solutions, templates=templates,
                                  notebooks=list(notebooks))
        (build / SHEET_NAME).write_text(sheet, encoding="utf-8")
        (build / SHEET_WORD_NAME).write_bytes(sheet_docx(sheet))
        if notebooks:
            write_install_files(build, PROJECT_ROOT)
        if pdf:
            (build / PDF_NAME).write_bytes(folder_pdf(exercises))
            (build / WORD_NAME).write_bytes(folder_docx(exercises))
        (build / MARKER_NAME).write_text("samskab elevpakke\n", encoding="utf-8")
        _remove_existing(target)
        if as_zip:
            _zip_folder(build, target)
        else:
            shutil.copytree(build, target)
    return target


def _write_blank_templates(dest: Path) -> list[str]:
    """Write the blank templates as Word files into *dest*; return the file names written."""
    dest.mkdir(parents=True, exist_ok=True)
    for name, content in _blank_templates():
        (dest / name).write_bytes(content)
    return [name for name, _ in _blank_templates()]


@per_language
def _blank_templates() -> tuple[tuple[str, bytes], ...]:
    """Every blank template as (file name, Word document), made once per process and language."""
    return tuple((f"{t.id}.docx", to_docx(blank(t.id))) for t in list_templates())


def _read_notebooks(exercises: Sequence[Exercise],
                    root: Path) -> dict[str, tuple[str, dict[str, Any]]]:
    """The pack's notebooks by file name, each with its folder in the project and its content.

    The exercises' own notebooks, those their tasks send students to, and, when there is any,
    the notebook *Kom i gang* first.
    """
    own = [(e, e.notebook) for e in exercises if e.notebook is not None]
    sent_to = [(e, path) for e in exercises for path in task_notebooks(e)]
    paths = [root / path for _, path in [*own, *sent_to]]
    problems = [text("student_pack.missing_notebook", id=exercise.id, path=root / path)
                for exercise, path in [*own, *sent_to] if not (root / path).is_file()]
    if problems:
        raise InputError(list(dict.fromkeys(problems)))
    if paths and (root / GETTING_STARTED).is_file():
        paths.insert(0, root / GETTING_STARTED)
    notebooks: dict[str, tuple[str, dict[str, Any]]] = {}
    for path in paths:
        folder = path.resolve().parent.relative_to(root.resolve()).as_posix()
        notebooks.setdefault(path.name, (folder, json.loads(path.read_text(encoding="utf-8"))))
    return notebooks


def _is_pack(path: Path) -> bool:
    if path.is_dir():
        return (path / MARKER_NAME).is_file()
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            return MARKER_NAME in archive.namelist()
    return False


def _check_target(target: Path, *, force: bool) -> None:
    if not target.exists():
        return
    if not force:
        raise InputError(text("student_pack.exists", path=target))
    if not _is_pack(target):
        raise InputError(text("student_pack.not_a_pack", path=target))


def _remove_existing(target: Path) -> None:
    if target.is_dir():
        shutil.rmtree(target)
    elif target.exists():
        target.unlink()


def _zip_folder(folder: Path, target: Path) -> None:
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(folder).as_posix())


def add_command(subparsers: Any) -> None:
    """Register ``samskab elevpakke`` on the CLI's *subparsers*."""
    parser = subparsers.add_parser(
        "elevpakke", help=text("student_pack.command_help"),
        description=text("student_pack.description"))
    chosen = parser.add_argument_group(text("student_pack.group_exercises"))
    chosen.add_argument("ids", nargs="*", metavar="ØVELSE", help=text("student_pack.help_ids"))
    chosen.add_argument("--alle", action="store_true", help=text("student_pack.help_all"))
    options = parser.add_argument_group(text("student_pack.group_options"))
    options.add_argument("--ud", metavar="MAPPE", type=Path, help=text(
        "student_pack.help_out", student=text("student_pack.default_student"),
        solutions=text("student_pack.default_solutions")))
    options.add_argument("--zip", action="store_true", help=text("student_pack.help_zip"))
    options.add_argument("--loesninger", action="store_true",
                         help=text("student_pack.help_solutions"))
    options.add_argument("--force", action="store_true", help=text("student_pack.help_force"))
    options.add_argument("--pdf", action="store_true", help=text("course_folder.help_pdf"))
    parser.set_defaults(func=run)


def exercise_list() -> str:
    """Every exercise's id with its title and time, for ``samskab elevpakke`` without ids."""
    exercises = load_exercises()
    width = max(len(e.id) for e in exercises)
    lines = [text("student_pack.list_heading"), ""]
    lines += [f"  {e.id:<{width}}  {e.title} "
              + text("student_pack.list_minutes", minutes=e.minutes) for e in exercises]
    return "\n".join([*lines, "", text("student_pack.list_hint")])


def run(args: argparse.Namespace) -> int:
    """Carry out ``samskab elevpakke`` with parsed *args*; return the exit status."""
    if not args.ids and not args.alle:
        print(exercise_list())
        return 0
    default = "default_solutions" if args.loesninger else "default_student"
    dest = args.ud or Path(text(f"student_pack.{default}"))
    try:
        if args.alle and args.ids:
            raise InputError(text("student_pack.ids_and_all"))
        written = write_pack(None if args.alle else args.ids, dest, solutions=args.loesninger,
                             as_zip=args.zip, force=args.force, pdf=args.pdf)
    except InputError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        return 1
    print(text("student_pack.done", path=written))
    return 0
