"""Sphinx extension part: course folders to print, offered on the exercise catalogue.

A course folder (:mod:`samskab_lib.course.folder`) holds the tasks of the exercises a course
leader picks, their worksheets and the group poster in A3. A browser cannot put PDF files
together, so the build prebuilds the folder of all exercises (PDF and Word) and one PDF per
exercise; the catalogue page lists them, and ``kursusmappe.js`` lets the leader tick exercises,
shows only their files and writes the ``samskab elevpakke … --pdf`` command that puts the
ticked ones into one PDF.

The folders are laid out in a separate process while Sphinx reads and writes the pages, and
only when the exercises' pages, the templates or the library changed (:mod:`.freshness`).
"""
from __future__ import annotations

import html
import multiprocessing
import shutil
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx

from samskab_lib.course.folder import folder_file_name, write_prebuilt_folders
from samskab_lib.handbook.exercises import load_exercises
from samskab_lib.templates.definitions import TEMPLATE_DIR
from samskab_lib.texts import get_language, set_language, text

from . import downloads
from .edition import generated_folder
from .freshness import Stamps, fingerprint

SITE_FOLDER = "_kursusmapper"
CATALOGUE = "book/oevelser/katalog"
CATALOGUE_TABLE = "tabel-oevelseskatalog"
SCRIPT = "kursusmappe.js"
_JOBS: dict[int, tuple[Future[list[Path]], ProcessPoolExecutor, str]] = {}


def folder() -> Path:
    """The current edition's folder of prebuilt course folders."""
    return generated_folder("kursusmapper")


def _write_folders(language: str, target: Path) -> list[Path]:
    """Lay out the folders in *language* (run in a fresh process, which starts in Danish)."""
    set_language(language)
    return write_prebuilt_folders(target)


def expected_files() -> list[str]:
    """Every prebuilt folder's file name."""
    return [folder_file_name(None), folder_file_name(None, "docx"),
            *(folder_file_name(e.id) for e in load_exercises())]


def folder_inputs(srcdir: Path) -> list[Path]:
    """What the folders are made from besides the library: the exercises' pages, the templates."""
    pages = sorted({srcdir / f"{e.page}.md" for e in load_exercises()})
    return [*pages, *sorted(TEMPLATE_DIR.glob("*.yml"))]


def start_folders(app: Sphinx) -> None:
    """Start laying out the folders in another process, unless they are up to date."""
    srcdir = Path(app.srcdir)
    outputs = [srcdir / folder() / name for name in expected_files()]
    stamp = fingerprint(folder_inputs(srcdir))
    if Stamps(downloads.stamp_file(app)).fresh(outputs, stamp):
        return
    executor = ProcessPoolExecutor(max_workers=1,
                                   mp_context=multiprocessing.get_context("spawn"))
    future = executor.submit(_write_folders, get_language(), srcdir / folder())
    _JOBS[id(app)] = (future, executor, stamp)


def finish_folders(app: Sphinx, exception: Exception | None) -> None:
    """Wait for the folders, note their fingerprint and copy them into the site."""
    job = _JOBS.pop(id(app), None)
    if job is not None:
        future, executor, stamp = job
        written = future.result()  # an error in the other process stops the build here
        executor.shutdown()
        stamps = Stamps(downloads.stamp_file(app))
        stamps.record(written, stamp)
        stamps.save()
    if exception is not None or app.builder.format != "html":
        return
    target = Path(app.outdir) / SITE_FOLDER
    target.mkdir(parents=True, exist_ok=True)
    for name in expected_files():
        shutil.copy2(Path(app.srcdir) / folder() / name, target / name)


def chooser_html(prefix: str) -> str:
    """The catalogue's course-folder block: the whole folder, a file per exercise, the command."""
    def link(name: str, label: str) -> str:
        return f'<a href="{prefix}{SITE_FOLDER}/{name}">{html.escape(label)}</a>'

    exercises = load_exercises()
    boxes = "".join(
        f'<label><input type="checkbox" name="oevelse" value="{html.escape(e.id)}" checked> '
        f"{html.escape(e.title)}</label>" for e in exercises)
    files = "".join(f'<li data-oevelse="{html.escape(e.id)}">{link(folder_file_name(e.id), e.title)}'
                    "</li>" for e in exercises)
    return (
        '<div class="samskab-kursusmappe">'
        f'<p class="samskab-kursusmappe-titel"><strong>{html.escape(text("course_folder.catalogue_heading"))}'
        f'</strong></p><p>{html.escape(text("course_folder.catalogue_intro"))}</p>'
        '<p class="samskab-kursusmappe-hent">'
        f'{link(folder_file_name(None), text("course_folder.catalogue_all_pdf"))}'
        f' · {link(folder_file_name(None, "docx"), text("course_folder.catalogue_all_docx"))}</p>'
        f'<fieldset class="samskab-kursusmappe-valg" hidden><legend>'
        f'{html.escape(text("course_folder.catalogue_choose"))}</legend>'
        f'<div class="samskab-kursusmappe-boxes">{boxes}</div></fieldset>'
        f'<p>{html.escape(text("course_folder.catalogue_files"))}</p>'
        f'<ul class="samskab-kursusmappe-filer">{files}</ul>'
        f'<p>{html.escape(text("course_folder.catalogue_command"))}</p>'
        f'<p><code class="samskab-kursusmappe-kommando" '
        f'data-none="{html.escape(text("course_folder.catalogue_none"))}">'
        "samskab elevpakke --alle --pdf</code></p></div>")


def add_chooser(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Put the course-folder block right after the catalogue's table of exercises."""
    if docname != CATALOGUE:
        return
    for table in doctree.findall(nodes.table):
        if CATALOGUE_TABLE in table["ids"]:
            prefix = "../" * docname.count("/")
            table.parent.insert(table.parent.index(table) + 1,
                                nodes.raw("", chooser_html(prefix), format="html"))
            return


def add_script(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any],
               doctree: Any) -> None:
    """Load the chooser's script on the catalogue page only."""
    if pagename == CATALOGUE:
        app.add_js_file(SCRIPT, loading_method="defer")


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("builder-inited", start_folders)
    app.connect("doctree-resolved", add_chooser)
    # Before site.clean_page, which copies the page's script list.
    app.connect("html-page-context", add_script, priority=400)
    app.connect("build-finished", finish_folders, priority=400)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
