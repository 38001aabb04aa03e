"""The whole project folder as one document: Word (A4, Danish), Markdown and the folder file.

The document is a list of the same blocks a single template is drawn from: a title page, a
table of contents, one chapter per step with its sheets (each sheet's headings one level down),
and the cross-sheet warnings that remain, as a list at the end. The page "Procesmappe" builds
the same blocks in JavaScript and writes the same Word body.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from ..errors import InputError
from ..texts import text
from ..word.blocks import Block
from .definitions import load_template
from .fill import field_value
from .folder import FOLDER_ID, VERSION_KEY, Folder, load_definition
from .markdown_html import blocks_markdown, document
from .validate import TEMPLATE_KEY


def folder_blocks(folder: Folder) -> list[Block]:
    """The blocks of the folder's document; the folder must have no sheet errors."""
    if folder.errors:
        raise InputError([text("folder.has_problems", count=len(folder.errors)),
                          *(str(p) for p in folder.errors)])
    definition = load_definition()
    remaining = text("folder.remaining_title")
    blocks = [Block("title", text=folder.title), Block("help", text=text("folder.subtitle")),
              Block("help", text=text("template_render.subtitle")),
              Block("toc", text=text("folder.contents"),
                    items=(*(step.heading for step in definition.steps), remaining))]
    for step in definition.steps:
        blocks += [Block("heading", 1, step.heading, page_break=True),
                   Block("help", text=step.step.question)]
        for sheet in step.sheets:
            blocks += _sheet_blocks(folder, sheet)
    blocks.append(Block("heading", 1, remaining, page_break=True))
    if folder.warnings:
        blocks += [Block("paragraph", text=text("folder.remaining_intro")),
                   Block("bullets", items=tuple(str(w) for w in folder.warnings))]
    else:
        blocks.append(Block("paragraph", text=text("folder.remaining_none")))
    return blocks


def _sheet_blocks(folder: Folder, sheet: str) -> list[Block]:
    """One sheet's blocks, a level down; its tables turn the page when the sheet is landscape."""
    filled = folder.sheets.get(sheet)
    if filled is None:
        return [Block("heading", 2, load_template(sheet).title),
                Block("paragraph", text=text("folder.not_started"))]
    landscape = filled.template.orientation == "liggende"
    own = document(filled)
    own = own[:1] + own[2:]  # the book's line stands once, on the title page
    return [dataclasses.replace(b, level=b.level + 1) if b.kind == "heading" else
            dataclasses.replace(b, landscape=True) if b.kind == "table" and landscape else b
            for b in own]


def folder_markdown(folder: Folder) -> str:
    """The folder's document as Markdown."""
    return blocks_markdown(folder_blocks(folder))


def folder_docx(folder: Folder) -> bytes:
    """The folder's document as the bytes of a Word file (A4; same input, same bytes).

    The project's name is on the title page; the file's title and footer are the same for
    every folder, so the page can reuse one skeleton for any folder's Word body.
    """
    from ..word.writer import write_docx  # python-docx only when a file is made

    return write_docx(folder_blocks(folder), text("folder.title"), text("folder.subtitle"),
                      update_fields=True)


def folder_yaml(folder: Folder) -> str:
    """The folder file: each started sheet's clean values, without the carried ones."""
    definition = load_definition()
    data: dict[str, Any] = {TEMPLATE_KEY: FOLDER_ID, VERSION_KEY: definition.version}
    for sheet in definition.sheets:
        filled = folder.sheets.get(sheet)
        if filled is None:
            continue
        carried = definition.carried_fields(sheet)
        specs = {spec.id: spec for spec in filled.template.fields}
        data[sheet] = {key: field_value(specs[key], value) for key, value in filled.values.items()
                       if key not in carried and value not in (None, "", [])}
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


FORMATS: dict[str, Callable[[Folder], str | bytes]] = {
    "docx": folder_docx, "md": folder_markdown, "yml": folder_yaml}


def save_folder(folder: Folder, path: str | Path) -> Path:
    """Write the folder as Word, Markdown or YAML, by *path*'s suffix (overwrites)."""
    path = Path(path)
    content = FORMATS[path.suffix.lstrip(".").replace("yaml", "yml")](folder)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path
