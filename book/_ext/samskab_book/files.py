"""Write a generated file only when its bytes changed.

Sphinx reads a page again when a file it depends on (``env.note_dependency``) is newer than the
page's last reading, so a generated file rewritten with the same content would re-read its
pages for nothing. Sphinx's ``sphinx.util.osutil.FileAvoidWrite`` does this for text; this does
it for bytes and text alike.
"""
from __future__ import annotations

from pathlib import Path


def write_if_changed(path: Path, content: bytes | str) -> bool:
    """Write *content* (text as UTF-8) to *path* unless it already holds it; True if written."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    if path.is_file() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True
