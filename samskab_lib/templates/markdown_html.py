"""Render a filled (or blank) template as Markdown or HTML.

Every format is drawn from one list of :class:`Block` objects built by :func:`document` from the
template's definition, so Markdown, HTML and Word (:mod:`samskab_lib.templates.word`) always agree.
"""
from __future__ import annotations

import base64
import html
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from ..formatting import number
from ..handbook.keys import key, load_keys
from ..texts import text
from ..word.blocks import Block
from .definitions import Field, Filled, has_content
from .reading import danish_date

EMPTY = "–"  # shown under a heading whose field is still empty in a filled document
ROOM_AFTER_TEXT = 2  # ruled lines a filled poster keeps under a text


def document(filled: Filled, show_help: bool | None = None) -> list[Block]:
    """The blocks of *filled*; help texts are shown when *show_help* (default: when blank).

    A filled document leaves out optional fields that are empty (no heading over nothing) and
    shows "–" under a required one that is still empty (a form being typed). A template that
    keeps its empty sections (the poster) shows such a field as on the blank sheet instead:
    its help text and room to write by hand.
    """
    blank = filled.is_blank
    show_help = blank if show_help is None else show_help
    blocks = [Block("heading", 1, filled.template.title),
              Block("help", text=text("template_render.subtitle"))]
    if blank:
        blocks.append(Block("help", text=text("template_render.blank_note")))
    column_break = False
    for spec in filled.template.fields:
        value = filled.values.get(spec.id)
        column_break = column_break or spec.column_break
        empty = spec.is_input and not blank and not spec.required and not has_content(value)
        if empty and not filled.template.keeps_empty_sections:
            continue
        blocks.append(Block("heading", 2, spec.label, column_break=column_break))
        column_break = False
        if not spec.is_input:
            blocks += _printed(spec)
            continue
        if show_help or empty:
            blocks.append(Block("help", text=spec.help))
        body = _body(spec, value, blank or empty, level=3)
        keeps_room = filled.template.keeps_empty_sections and not (blank or empty)
        blocks += [_with_room(spec, b) for b in body] if keeps_room else body
    return blocks


def _with_room(spec: Field, block: Block) -> Block:
    """*block* of a filled poster with the blank sheet's room to write left after its content."""
    if block.kind == "table":
        spare = len(_blank_rows(spec)) - len(block.rows)
        return replace(block, writing=spec.writing_lines, room=max(0, spare))
    if block.kind == "paragraph":  # the text takes some of the lines
        return replace(block, room=min(ROOM_AFTER_TEXT, spec.writing_lines))
    return block


def _printed(spec: Field) -> list[Block]:
    """What an "opslag" field prints: the 18 keys, or its text."""
    if spec.content == "nøgler":
        return [Block("numbered", items=tuple(k.title for k in load_keys()))]
    return [Block("paragraph", text=spec.help)]


def _body(spec: Field, value: Any, blank: bool, level: int) -> list[Block]:
    if spec.type == "rækker":
        rows = list(value or []) if not blank else _blank_rows(spec)
        if spec.layout == "afsnit":
            return _overview(spec, rows, level, blank) + _sections(spec, rows, level, blank)
        return [_table(spec, rows, blank)]
    if spec.type == "liste":
        items = [format_value(v) for v in (value or [])]
        return [Block("bullets", items=tuple(items or [""] * (spec.writing_rows if blank else 0)),
                      writing=spec.writing_rows if blank else 0)]
    return [_paragraph(spec, value, blank)]


def _paragraph(spec: Field, value: Any, blank: bool) -> Block:
    if blank:
        return Block("paragraph", writing=spec.writing_lines)
    return Block("paragraph", text=format_value(value) or EMPTY)


def _blank_rows(spec: Field) -> list[dict[str, Any]]:
    first = spec.columns[0].id
    return [{first: v} for v in spec.blank_rows] or [{} for _ in range(spec.writing_rows)]


def _table(spec: Field, rows: Sequence[dict[str, Any]], blank: bool) -> Block:
    cells = tuple(tuple(_cell(c, row.get(c.id)) for c in spec.columns) for row in rows)
    footer: tuple[str, ...] = ()
    numbers = [c for c in spec.columns if c.type == "tal"]
    if spec.totals and numbers and any(row.get(c.id) is not None for row in rows for c in numbers):
        footer = tuple(
            text("template_render.total") if index == 0 else
            format_value(sum(_number(row.get(c.id)) for row in rows), _is_money(c))
            if c.type == "tal" else ""
            for index, c in enumerate(spec.columns))
    return Block("table", headers=tuple(c.label for c in spec.columns), rows=cells, footer=footer,
                 widths=tuple(c.width for c in spec.columns),
                 numeric=tuple(c.type == "tal" and c.shows != "nøgle" for c in spec.columns),
                 writing=spec.writing_lines if blank else 0,
                 landscape=spec.landscape)


def _overview(spec: Field, rows: Sequence[dict[str, Any]], level: int,
              blank: bool) -> list[Block]:
    """A table of a few columns over all rows, e.g. every network and its theme."""
    if not spec.overview:
        return []
    columns = [spec.column(c) for c in spec.overview]
    table = Block("table", headers=tuple(c.label for c in columns),
                  rows=tuple(tuple(_cell(c, row.get(c.id)) for c in columns) for row in rows),
                  widths=tuple(c.width for c in columns), numeric=(False,) * len(columns),
                  writing=1 if blank else 0)
    return [Block("heading", level, text(f"{spec.text_key}.overview")), table]


def _sections(spec: Field, rows: Sequence[dict[str, Any]], level: int, blank: bool) -> list[Block]:
    """Each row as its own section: a heading from the first column, then the other columns."""
    blocks: list[Block] = []
    first, *rest = spec.columns
    for row in rows:
        heading = text("template_render.row_heading", label=first.label,
                       value=format_value(row.get(first.id)))
        blocks.append(Block("heading", level, heading.strip(), page_break=blank))
        for column in rest:
            value = row.get(column.id)
            if not blank and not column.required and not has_content(value):
                continue
            blocks.append(Block("heading", level + 1, column.label))
            if column.type == "liste":
                items = tuple(format_value(v) for v in (value or []))
                blocks.append(Block("bullets", items=items or ("",) * column.writing_rows,
                                    writing=column.writing_rows if blank else 0))
            else:
                blocks.append(_paragraph(column, value, blank))
    return blocks


def _cell(spec: Field, value: Any) -> str:
    if spec.type == "liste" and isinstance(value, list):
        return "\n".join(format_value(v) for v in value)
    if spec.shows == "nøgle" and isinstance(value, int) and not isinstance(value, bool):
        return _key_with_title(value)
    return format_value(value, _is_money(spec))


def _is_money(spec: Field) -> bool:
    return spec.shows == "kroner"


def _key_with_title(number: int) -> str:
    """A key number as a reader sees it on the poster: "9 – <the key's Danish title>"."""
    return text("template_render.key_with_title", number=number, title=key(number).title)


def _number(value: Any) -> float:
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else 0


def format_value(value: Any, money: bool = False) -> str:
    """A value as a reader sees it: Danish numbers and dates (``2. marts 2026``), "" for none.

    With *money* (a column that ``shows: kroner``) an amount with øre keeps two decimals
    (``1.200,50``); whole kroner stay whole (``2.500``).
    """
    if money and isinstance(value, float):
        return number(value, 2)
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return number(value)
    if isinstance(value, float):
        return number(value, 2).rstrip("0").rstrip(",")
    if isinstance(value, date):
        return danish_date(value)
    return str(value)


# Markdown ---------------------------------------------------------------------------------

def to_markdown(filled: Filled, show_help: bool | None = None) -> str:
    """The template as Markdown (GitHub-flavoured tables); ``<`` and ``>`` are escaped."""
    return blocks_markdown(document(filled, show_help))


def blocks_markdown(blocks: Sequence[Block]) -> str:
    """Any list of blocks as Markdown (a template, a project folder, a report); an image links its
    ``source`` file with its alt text."""
    out: list[str] = []
    for block in blocks:
        if block.kind == "title":
            out.append("# " + _md(block.text))
        elif block.kind == "toc":
            out.append(f"**{_md(block.text)}**")
            out.append("\n".join(f"- {_md(item)}" for item in block.items))
        elif block.kind == "heading":
            out.append("#" * block.level + " " + _md(block.text).replace("\n", " "))
        elif block.kind == "help":
            out.append(f"*{_md(block.text)}*")
        elif block.kind == "paragraph":
            if block.text:
                out.append(_md(block.text))
        elif block.kind == "bullets":
            out.append("\n".join(f"- {_md(item)}".rstrip() for item in block.items) or "")
        elif block.kind == "numbered":
            out.append("\n".join(f"{n}. {_md(item)}" for n, item in enumerate(block.items, 1)))
        elif block.kind == "image":
            alt = _md(block.text).replace("[", "\\[").replace("]", "\\]")
            out.append(f"![{alt}]({block.source})")
        else:
            out.append(_md_table(block))
    return "\n\n".join(part for part in out if part) + "\n"


def _md(value: str) -> str:
    return value.replace("\\", "\\\\").replace("<", "\\<").replace(">", "\\>")


def _md_table(block: Block) -> str:
    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(_md(c).replace("|", "\\|").replace("\n", "<br>")
                                 for c in cells) + " |"

    lines = [line(block.headers), "|" + "---|" * len(block.headers)]
    lines += [line(row) for row in block.rows]
    if block.footer:
        lines.append(line([f"**{c}**" if c else "" for c in block.footer]))
    return "\n".join(lines)


# HTML -------------------------------------------------------------------------------------

_STYLE = ("body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.5}"
          "table{border-collapse:collapse}th,td{border:1px solid #555;padding:.3em .5em;"
          "vertical-align:top;text-align:left}.hjaelp{font-style:italic;color:#444}")


def to_html(filled: Filled, show_help: bool | None = None, *, full_document: bool = True,
            heading_offset: int = 0) -> str:
    """The template as HTML; every user value is escaped.

    With ``full_document=False`` it is a fragment for a page or a notebook; *heading_offset*
    moves the headings down (1 makes the title an ``<h2>``).
    """
    body = blocks_html(document(filled, show_help), heading_offset)
    if not full_document:
        return f'<div class="samskab-skabelon">\n{body}\n</div>'
    title = _html(filled.template.title)
    language = text("format.html_language")
    return (f'<!DOCTYPE html>\n<html lang="{language}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{title}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n{body}\n"
            "</body>\n</html>\n")


def blocks_html(blocks: Sequence[Block], heading_offset: int = 0) -> str:
    """Any list of blocks as an HTML fragment; an image is inline with its alt text."""
    parts: list[str] = []
    for block in blocks:
        if block.kind == "heading":
            level = min(block.level + heading_offset, 6)
            parts.append(f"<h{level}>{_html(block.text)}</h{level}>")
        elif block.kind == "help":
            parts.append(f'<p class="hjaelp">{_html(block.text)}</p>')
        elif block.kind == "paragraph":
            parts.append(f"<p>{_html(block.text)}</p>" if block.text else "")
        elif block.kind in ("bullets", "numbered"):
            items = "".join(f"<li>{_html(item)}</li>" for item in block.items)
            tag = "ol" if block.kind == "numbered" else "ul"
            parts.append(f"<{tag}>{items}</{tag}>" if items else "")
        elif block.kind == "image":
            data = base64.b64encode(block.image).decode("ascii")
            parts.append(f'<p><img src="data:image/png;base64,{data}" alt="{_html(block.text)}" '
                         'style="max-width:100%;height:auto"></p>')
        else:
            parts.append(_html_table(block))
    return "\n".join(p for p in parts if p)


def _html(value: str) -> str:
    return html.escape(value, quote=True).replace("\n", "<br>")


def _html_table(block: Block) -> str:
    head = "".join(f'<th scope="col">{_html(h)}</th>' for h in block.headers)
    body = "".join("<tr>" + "".join(f"<td>{_html(c)}</td>" for c in row) + "</tr>"
                   for row in block.rows)
    foot = ""
    if block.footer:
        foot = ("<tfoot><tr>" + "".join(f"<td><strong>{_html(c)}</strong></td>" if c else "<td></td>"
                                        for c in block.footer) + "</tr></tfoot>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody>{foot}</table>"
