"""An exercise's task and solution, read from its page in the book, as plain Markdown.

The book's pages hold each exercise as a ``{exercise}`` block and its solution as a
``{solution}`` block (sphinx-exercise). A student pack needs the task without the book's
markup, so roles become plain text: a link's label, a notebook's file name, a heading's title.

Only ``scripts/make_exercise_texts.py`` and the tests read the pages: the command reads what
the script wrote into ``data/exercise_texts.yml`` (:mod:`.tasks`), so it works from an
installed library without the book's pages. In another language every block is translated
paragraph by paragraph from the pages' gettext catalogues (``locale/<language>/LC_MESSAGES``,
the ones the book's edition in that language is built from) into
``data/<language>/exercise_texts.yml``; a paragraph without a translation stays Danish and
is reported (:class:`CatalogueTranslation`).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from ..errors import InputError
from ..handbook.exercises import Exercise, load_exercises
from ..texts import DEFAULT_LANGUAGE, text
from .book_address import book_address, page_title

#: Markdown of a page (its path without suffix) in the language of the texts being written.
Translate = Callable[[str, str], str]
_UNCHANGED: Translate = lambda markdown, page: markdown  # noqa: E731 - the Danish pages as written

_BLOCK = re.compile(r"^(?P<fence>`{3,}|:{3,})\{(?P<kind>exercise|solution)\}[ \t]*(?P<arg>[^\n]*)\n"
                    r"(?P<body>.*?)^(?P=fence)[ \t]*$", re.S | re.M)
_OPTION = re.compile(r"^:(?P<name>[\w-]+):[ \t]*(?P<value>.*)$")
_ROLE = re.compile(r"\{(?P<role>[\w:-]+)\}`(?P<content>[^`]*)`")
_TARGET = re.compile(r"^\((?P<label>[\w-]+)\)=\s*\n+#+\s+(?P<title>.+)$", re.M)


def task_text(exercise: Exercise, root: Path, translate: Translate = _UNCHANGED) -> str:
    """The exercise's task as plain Markdown (goal, time, materials and the task itself)."""
    return _block(exercise, root, "exercise", translate)


def solution_text(exercise: Exercise, root: Path, translate: Translate = _UNCHANGED) -> str:
    """The exercise's solution as plain Markdown (only for the course leader's pack)."""
    return _block(exercise, root, "solution", translate)


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


def _block(exercise: Exercise, root: Path, kind: str, translate: Translate) -> str:
    page = root / f"{exercise.page}.md"
    body = translate(_raw_block(exercise, root, kind), exercise.page)
    return _plain(body, page.parent, root).strip()


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


def rubric_text(exercise: Exercise, root: Path, translate: Translate = _UNCHANGED) -> str | None:
    """The exercise's section of the assessment guide as plain Markdown, or None without one."""
    page = root / f"{RUBRICS_PAGE}.md"
    source = page.read_text(encoding="utf-8") if page.is_file() else ""
    match = re.search(rf"^\(rubrik-{re.escape(exercise.id)}\)=\n##[^\n]*\n(?P<body>.*?)(?=^\(|\Z)",
                      source, re.S | re.M)
    if not match:
        return None
    body = re.sub(r"^Øvelse: [^\n]*\n", "", match["body"].strip() + "\n", count=1)
    return _plain(translate(body, RUBRICS_PAGE), page.parent, root).strip()


def exercise_texts(exercises: Sequence[Exercise], root: Path,
                   language: str = DEFAULT_LANGUAGE,
                   translate: Translate = _UNCHANGED) -> dict[str, Any]:
    """What a pack needs from the book's pages, as the data ``data/exercise_texts.yml`` holds.

    The address of the book's edition in *language*, the title of each page the exercises
    name, and each exercise's task, solution, assessment guide (None without one) and the
    notebooks its task sends students to (paths from *root*), each text through *translate*.
    """
    pages = dict.fromkeys(page for e in exercises for page in (e.chapter_page, *e.reading))
    address = book_address(root)
    if address and language != DEFAULT_LANGUAGE:
        address += f"{language}/"  # the other editions are built into a folder of their own
    return {
        "address": address,
        "titles": {page: translate(page_title(page, root), page) for page in pages},
        "exercises": {e.id: {"task": task_text(e, root, translate),
                             "solution": solution_text(e, root, translate),
                             "rubric": rubric_text(e, root, translate),
                             "notebooks": [path.relative_to(root.resolve()).as_posix()
                                           for path in task_notebooks(e, root)]}
                      for e in exercises},
    }


_HEADER = ("# Written by scripts/make_exercise_texts.py from the book's pages; edit the pages, then\n"
           "# run the script (tests/test_exercise_texts.py checks that the two agree).\n")


def exercise_texts_yaml(root: Path, language: str = DEFAULT_LANGUAGE,
                        translate: Translate = _UNCHANGED) -> str:
    """The content of ``data/exercise_texts.yml`` (or ``data/<language>/...``) for every
    exercise, from the pages in *root*, each text through *translate*."""
    class _Dumper(yaml.SafeDumper):
        pass

    def block(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
        style = "|" if "\n" in value else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    _Dumper.add_representer(str, block)
    data = exercise_texts(load_exercises(), root, language, translate)
    return _HEADER + yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False,
                               width=100)


# A unit the book's catalogues translate: a list item's marker (kept), or a heading's hashes.
_MARKER = re.compile(r"^(?P<marker>\s*(?:[-*+]|\d+[.)])\s+|#{1,6}\s+)")
# Lines no catalogue holds: a label, a fence, a comment.
_MARKUP = re.compile(r"^\s*(?:\([\w-]+\)=\s*$|`{3,}|:{3,}|<!--)")


class CatalogueTranslation:
    """Markdown of the book's pages in *language*, a paragraph, list item or heading at a
    time, from the catalogue of each page (``locale/<language>/LC_MESSAGES/<page>.po``).

    The catalogues hold each unit as Sphinx extracts it (its lines joined by one space). A
    unit without a translation, or with a fuzzy one, stays Danish and is noted in
    :attr:`missing` as (page, Danish text).
    """

    def __init__(self, root: Path, language: str) -> None:
        self.folder = root / "locale" / language / "LC_MESSAGES"
        self.missing: list[tuple[str, str]] = []
        self._catalogues: dict[str, dict[str, str]] = {}

    def catalogue(self, page: str) -> dict[str, str]:
        """The page's translated, not fuzzy entries, by Danish text."""
        if page not in self._catalogues:
            from babel.messages.pofile import read_po  # only the script needs babel

            path = self.folder / f"{page}.po"
            entries: dict[str, str] = {}
            if path.is_file():
                with path.open("rb") as handle:
                    entries = {str(message.id): str(message.string) for message in read_po(handle)
                               if message.id and message.string and not message.fuzzy}
            self._catalogues[page] = entries
        return self._catalogues[page]

    def __call__(self, markdown: str, page: str) -> str:
        units: list[list[str]] = []
        for line in markdown.split("\n"):
            if not line.strip() or _MARKER.match(line) or _MARKUP.match(line) or not units \
                    or not units[-1][-1].strip() or _MARKUP.match(units[-1][-1]):
                units.append([line])
            else:
                units[-1].append(line)
        return "\n".join(self._unit(unit, page) for unit in units)

    def _unit(self, lines: list[str], page: str) -> str:
        if not lines[0].strip() or _MARKUP.match(lines[0]):
            return "\n".join(lines)
        match = _MARKER.match(lines[0])
        marker = match["marker"] if match else ""
        danish = " ".join([lines[0][len(marker):].strip(), *(line.strip() for line in lines[1:])])
        translated = self.catalogue(page).get(danish)
        if translated is None:
            self.missing.append((page, danish))
            return "\n".join(lines)
        return marker + translated
