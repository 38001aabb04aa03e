"""Force notebooks to re-execute when the library or the case data they use has changed.

The execution cache keys on a notebook's code only, so a change to ``samskab_lib``,
``cases/`` or ``templates/`` would otherwise leave stale outputs in the book. This script
hashes those sources; when the hash differs from the last build's, it empties the execution
cache of every edition and marks every page under ``book/`` as changed, so the next build
re-reads and re-executes.

A changed bibliography (``book/**/*.bib``) or a changed book extension (``book/_ext/``) also
marks every page changed, without touching the execution cache: Sphinx does not re-read a page
when only an entry it cites, or the code that draws its directives, has changed.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import time
from pathlib import Path

import editions

from samskab_lib.texts import text

ROOT = Path(__file__).resolve().parent.parent
DEPENDENCIES = ("samskab_lib", "cases", "templates")
SUFFIXES = {".py", ".yml", ".yaml", ".csv", ".json", ".j2"}


def library_hash(root: Path = ROOT) -> str:
    """One hash over every source file the notebooks depend on."""
    digest = hashlib.sha256()
    for folder in DEPENDENCIES:
        for path in sorted((root / folder).rglob("*")):
            if path.suffix in SUFFIXES and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(root)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def reread_hash(root: Path = ROOT) -> str:
    """One hash over the bibliography and the book's extension (what every page is made with)."""
    paths = [*(root / "book").rglob("*.bib"), *(root / "book" / "_ext").rglob("*")]
    digest = hashlib.sha256()
    for path in sorted(p for p in paths if p.is_file() and "__pycache__" not in p.parts):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _mark_pages_changed(root: Path) -> None:
    now = time.time()
    for page in (root / "book").rglob("*"):
        if page.suffix in {".ipynb", ".md"}:
            os.utime(page, (now, now))


def _changed(stamp: Path, current: str) -> bool:
    """Whether *current* differs from the hash in *stamp* (a first build counts as unchanged)."""
    previous = stamp.read_text() if stamp.is_file() else current
    stamp.parent.mkdir(exist_ok=True)
    stamp.write_text(current)
    return previous != current


def reread_inputs_changed(root: Path = ROOT) -> bool:
    """Mark every page changed if the bibliography or the extension changed; True if either did."""
    if not _changed(root / "_build" / ".reread-hash", reread_hash(root)):
        return False
    _mark_pages_changed(root)
    return True


def main(root: Path = ROOT) -> bool:
    """Empty the cache and mark the pages changed if the library changed; True if it did."""
    build = root / "_build"
    stamp = build / ".library-hash"
    caches = [editions.build_folder(root, language) / ".jupyter_cache"
              for language in editions.EDITIONS]
    current = library_hash(root)
    previous = stamp.read_text() if stamp.is_file() else None
    if previous == current:
        return False
    changed = previous is not None or any(cache.exists() for cache in caches)
    if changed:
        for cache in caches:
            shutil.rmtree(cache, ignore_errors=True)
        _mark_pages_changed(root)
        print(text("build.library_changed"))
    build.mkdir(exist_ok=True)
    stamp.write_text(current)
    return changed


if __name__ == "__main__":
    main()
    reread_inputs_changed()
