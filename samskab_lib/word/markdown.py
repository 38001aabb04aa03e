"""Text written in Markdown (the student pack's instruction sheet, the course folder's tasks)
as blocks, so it reaches Word through the one writer.

markdown-it (CommonMark) parses it; what the sheets use becomes blocks: ``#`` the title,
``##`` and lower headings one level up, paragraphs, ``-`` and ``1.`` lists, fenced code, and
``**bold**``, ``*italic*``, ```code``` and links (their address after the text) as spans.
Anything else keeps its text as a paragraph.
"""
from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token

from .blocks import Block, Span

_LISTS = {"bullet_list_open": "bullets", "ordered_list_open": "numbered"}


def markdown_blocks(markdown: str) -> list[Block]:
    """The blocks of *markdown*, in order."""
    blocks: list[Block] = []
    list_kind = ""
    items: list[tuple[Span, ...]] = []
    heading = ""
    depth = 0  # lists inside lists are read as items of the outer one
    for token in MarkdownIt("commonmark").parse(markdown):
        if token.type in _LISTS:
            depth += 1
            list_kind = list_kind or _LISTS[token.type]
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            depth -= 1
            if depth == 0:
                blocks.append(_list(list_kind, items))
                list_kind, items = "", []
        elif token.type == "heading_open":
            heading = token.tag
        elif token.type == "inline":
            spans = _spans(token.children or [])
            if depth:
                items.append(spans)
            elif heading:
                blocks.append(_heading(int(heading[1:]), "".join(s.text for s in spans)))
                heading = ""
            else:
                blocks.append(Block("paragraph", text=_plain(spans), rich=(spans,)))
        elif token.type in ("fence", "code_block"):
            blocks.append(Block("code", text=token.content.rstrip("\n")))
    return blocks


def _heading(level: int, content: str) -> Block:
    return Block("title", text=content) if level == 1 else Block("heading", level - 1, content)


def _list(kind: str, items: list[tuple[Span, ...]]) -> Block:
    return Block(kind, items=tuple(_plain(spans) for spans in items), rich=tuple(items))


def _plain(spans: tuple[Span, ...]) -> str:
    return "".join(span.text for span in spans)


def _spans(children: list[Token]) -> tuple[Span, ...]:
    """An inline token's children as spans: emphasis on or off as the marks open and close."""
    spans: list[Span] = []
    bold = italic = False
    address = ""
    for child in children:
        if child.type in ("strong_open", "strong_close"):
            bold = child.type == "strong_open"
        elif child.type in ("em_open", "em_close"):
            italic = child.type == "em_open"
        elif child.type == "link_open":
            address = str(child.attrs.get("href", ""))
        elif child.type == "link_close":
            if address and address != (spans[-1].text if spans else ""):
                spans.append(Span(f" ({address})", bold, italic))
            address = ""
        elif child.type == "code_inline":
            spans.append(Span(child.content, bold, italic, code=True))
        elif child.type in ("softbreak", "hardbreak"):
            spans.append(Span(" " if child.type == "softbreak" else "\n", bold, italic))
        elif child.content:
            spans.append(Span(child.content, bold, italic))
    return tuple(spans)
