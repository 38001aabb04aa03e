"""Where the published book lives, from its one setting (``html.baseurl`` in ``_config.yml``).

Packs and notebooks outside the book link back to its chapters with an absolute address, so
a link works in JupyterLab too. While the setting is empty the book has no public address;
then a chapter is named by its title, with a sentence saying it is in the book.
"""
from __future__ import annotations

import posixpath
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import yaml

from ..texts import text

CONFIG_NAME = "_config.yml"
_BOOK_LINK = re.compile(r"\[(?P<label>[^\]]+)\]\((?P<target>(?!https?:)[^)\s]+\.(?:md|ipynb))\)")


@lru_cache(maxsize=4)
def book_address(root: Path) -> str:
    """The book's public address ending in ``/``, or ``""`` while ``html.baseurl`` is unset."""
    config = root / CONFIG_NAME
    if not config.is_file():
        return ""
    settings = yaml.safe_load(config.read_text(encoding="utf-8")) or {}
    address = str((settings.get("html") or {}).get("baseurl") or "").strip()
    return address.rstrip("/") + "/" if address else ""


def page_title(page: str, root: Path) -> str:
    """The title the reader sees for *page*: its first level-one heading."""
    source = root / f"{page}.md"
    if source.is_file():
        match = re.search(r"^# (.+)$", source.read_text(encoding="utf-8"), re.M)
        if match:
            return match[1].strip()
    return Path(page).name


def book_links(markdown: str, folder: str, address: str, keep: Sequence[str] = ()) -> str:
    """*markdown* with links to the book's pages made to work outside the book.

    A relative link (``../cases/jevnaker.md``, from the page in *folder*) gets the page's
    absolute address under *address*; while *address* is empty it becomes its label and a note
    that the page is in the book. Links to the files named in *keep* (notebooks that travel
    along) point to the file by its name.
    """
    def replace(match: re.Match[str]) -> str:
        label, target = match["label"], match["target"]
        if Path(target).name in keep:
            return f"[{label}]({Path(target).name})"
        if not address:
            return text("student_pack.link_in_book", label=label)
        page = posixpath.normpath(posixpath.join(folder, target))
        return f"[{label}]({address}{posixpath.splitext(page)[0]}.html)"

    return _BOOK_LINK.sub(replace, markdown)
