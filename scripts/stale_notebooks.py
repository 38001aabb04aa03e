"""Force notebooks to re-execute when the library or the case data they use has changed.

The execution cache keys on a notebook's code only, so a change to ``samskab_lib``,
``cases/`` or ``templates/`` would otherwise leave stale outputs in the book. This script
hashes those sources; when the hash differs from the last build's, it empties the execution
cache and marks every page under ``book/`` as changed, so the next build re-reads and re-executes.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEPENDENCIES = ("samskab_lib", "cases", "templates")
SUFFIXES = {".py", ".yml", ".yaml", ".csv", ".json", ".j2"}
BUILD = ROOT / "_build"
STAMP = BUILD / ".library-hash"
CACHE = BUILD / ".jupyter_cache"


def library_hash() -> str:
    digest = hashlib.sha256()
    for folder in DEPENDENCIES:
        for path in sorted((ROOT / folder).rglob("*")):
            if path.suffix in SUFFIXES and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(ROOT)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def main() -> None:
    current = library_hash()
    previous = STAMP.read_text() if STAMP.is_file() else None
    if previous == current:
        return
    if previous is not None or CACHE.exists():
        shutil.rmtree(CACHE, ignore_errors=True)
        now = time.time()
        for page in (ROOT / "book").rglob("*"):
            if page.suffix in {".ipynb", ".md"}:
                os.utime(page, (now, now))
        print("samskab_lib, cases or templates changed: every notebook will re-execute.")
    BUILD.mkdir(exist_ok=True)
    STAMP.write_text(current)


if __name__ == "__main__":
    main()
