"""An exercise's task and solution, read from its page in the book, as plain Markdown.

The book's pages hold each exercise as a ``{exercise}`` block and its solution as a
``{solution}`` block (sphinx-exercise). A student pack needs the task without the book's
markup, so roles become plain text: a link's label, a notebook's file name, a heading's title.

Only ``scripts/make_exercise_texts.py`` and the tests read the pages: the command reads what
the script wrote into ``data/exercise_texts.yml`` (:mod:`.tasks`), so it works from an
installed library without the book's pages.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from ..errors import InputError
from ..handbook.exercises import Exercise, load_exercises
from ..texts import text
from .book_address import book_address, page_title

_BLOCK = re.compile(r"^(?P<fence>`{3,}|:{3,})\{(?P<kind>exercise|solution)\}[ \t]*(?P<arg>[^\n]*)\n"
                    r"(?P<body>.*?)^(?P=fence)[ \t]*$", re.S | re.M)
_OPTION = re.compile(r"^:(?P<name>[\w-]+):[ \t]*(?P<value>.*)$")
_ROLE = re.compile(r"\{(?P<role>[\w:-]+)\}`(?P<content>[^`]*)`")
_TARGET = re.compile(r"^\((?P<label>[\w-]+)\)=\s*\n+#+\s+(?P<title>.+)$", re.M)


def task_text(exercise: Exercise, root: Path) -> str:
    """The exercise's task as plain Markdown (goal, time, materials and the task itself)."""
    return _block(exercise, root, "exercise")


def solution_text(exercise: Exercise, root: Path) -> str:
    """The exercise's solution as plain Markdown (only for the course leader's pack)."""
    return _block(exercise, root, "solution")


def task_notebooks(exercise: Exercise, root: Path) -> list[Path]:
    """The notebooks the exercise's task sends the student to, besides its own notebook."""
    page = root / f"{exercise.page}.md"
    raw = _raw_block(exercise, root, "exercise")
    found = []
    for match in _ROLE.finditer(raw):
        target = re.sub(r".*<([^>]+)>", r"\1", match["content"], flags=re.S)
        notebook = (page.parent / target).with_suffix(".ipynb")
        if match["role"] == "doc" and notebook.is_file():
            found.append(notebook.resolve())
    return found


def _block(exercise: Exercise, root: Path, kind: str) -> str:
    page = root / f"{exercise.page}.md"
    return _plain(_raw_block(exercise, root, kind), page.parent, root).strip()


def _raw_block(exercise: Exercise, root: Path, kind: str) -> str:
    page = root / f"{exercise.page}.md"
    source = page.read_text(encoding="utf-8") if page.is_file() else ""
    for match in _BLOCK.finditer(source):
        body, options = _split_options(match["body"])
        names = options.get("label") if kind == "exercise" else match["arg"].strip()
        if match["kind"] == kind and names == exercise.id:
            return body
    raise InputError(text("student_pack.missing_task", id=exercise.id, page=page))


def _split_options(body: str) -> tuple[str, dict[str, str]]:
    lines = body.splitlines()
    options: dict[str, str] = {}
    while lines and (option := _OPTION.match(lines[0])):
        options[option["name"]] = option["value"].strip()
        lines.pop(0)
    return "\n".join(lines), options


def _plain(body: str, folder: Path, root: Path) -> str:
    """*body* with each MyST role replaced by the plain text a reader needs."""
    def replace(match: re.Match[str]) -> str:
        role, content = match["role"], match["content"]
        labelled = re.fullmatch(r"(?P<label>.+?)\s*<(?P<target>[^>]+)>", content, re.S)
        if role.startswith("cite"):
            return ""
        if labelled:
            return labelled["label"]
        if role == "doc":
            notebook = (folder / content).with_suffix(".ipynb")
            return notebook.name if notebook.is_file() else Path(content).name
        if role == "ref":
            return _headings(root).get(content, content)
        return content

    return re.sub(r"\s+([.,;])", r"\1", _ROLE.sub(replace, body))


@lru_cache(maxsize=4)
def _headings(root: Path) -> dict[str, str]:
    """Each label target in the book's pages and the title of the heading it marks."""
    found: dict[str, str] = {}
    for page in sorted((root / "book").rglob("*.md")):
        for match in _TARGET.finditer(page.read_text(encoding="utf-8")):
            found[match["label"]] = match["title"].strip()
    return found


RUBRICS_PAGE = "book/oevelser/rubrikker"


def rubric_text(exercise: Exercise, root: Path) -> str | None:
    """The exercise's section of the assessment guide as plain Markdown, or None without one."""
    page = root / f"{RUBRICS_PAGE}.md"
    source = page.read_text(encoding="utf-8") if page.is_file() else ""
    match = re.search(rf"^\(rubrik-{re.escape(exercise.id)}\)=\n##[^\n]*\n(?P<body>.*?)(?=^\(|\Z)",
                      source, re.S | re.M)
    if not match:
        return None
    body = re.sub(r"^Øvelse: [^\n]*\n", "", match["body"].strip() + "\n", count=1)
    return _plain(body, page.parent, root).strip()


def exercise_texts(exercises: Sequence[Exercise], root: Path) -> dict[str, Any]:
    """What a pack needs from the book's pages, as the data ``data/exercise_texts.yml`` holds.

    The book's address, the title of each page the exercises name, and each exercise's task,
    solution, assessment guide (None without one) and the notebooks its task sends students to
    (paths from *root*).
    """
    pages = dict.fromkeys(page for e in exercises for page in (e.chapter_page, *e.reading))
    return {
        "address": book_address(root),
        "titles": {page: page_title(page, root) for page in pages},
        "exercises": {e.id: {"task": task_text(e, root), "solution": solution_text(e, root),
                             "rubric": rubric_text(e, root),
                             "notebooks": [path.relative_to(root.resolve()).as_posix()
                                           for path in task_notebooks(e, root)]}
                      for e in exercises},
    }


_HEADER = ("# Written by scripts/make_exercise_texts.py from the book's pages; edit the pages, then\n"
           "# run the script (tests/test_exercise_texts.py checks that the two agree).\n")


def exercise_texts_yaml(root: Path) -> str:
    """The content of ``data/exercise_texts.yml`` for every exercise, from the pages in *root*."""
    class _Dumper(yaml.SafeDumper):
        pass

    def block(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
        style = "|" if "\n" in value else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    _Dumper.add_representer(str, block)
    data = exercise_texts(load_exercises(), root)
    return _HEADER + yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False,
                               width=100)
