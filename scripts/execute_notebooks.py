"""Execute the book's notebooks in parallel into the execution cache before the build.

`jupyter-book build` executes notebooks one after the other. This script runs every notebook
that has no valid cache entry, several at once, and stores the results in the same
jupyter-cache that myst-nb reads (``_build/.jupyter_cache``), so the build that follows only
renders. A notebook that fails here is simply not cached: the build then executes it itself and
reports the error the usual way.

With ``--background`` the script returns at once and executes in a child process, so the build
can start up meanwhile; the child's process id is in ``_build/.executing`` until it is done, and
the book's Sphinx extension waits for it before it reads the first notebook.
"""
from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import nbformat
from jupyter_cache import get_cache
from jupyter_cache.cache.main import CacheBundleIn
from jupyter_cache.executors.utils import single_nb_execution
from myst_nb.core.read import read_myst_markdown_notebook

from samskab_lib.texts import text

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "_build" / ".jupyter_cache"
MARKER = ROOT / "_build" / ".executing"
TIMEOUT_SECONDS = 120  # the same cell timeout as _config.yml


def notebooks() -> list[Path]:
    """The .ipynb notebooks and the MyST Markdown pages with code cells (a kernelspec)."""
    found = [p for p in (ROOT / "book").rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts]
    found += [p for p in (ROOT / "book").rglob("*.md")
              if p.read_text(encoding="utf-8").startswith("---") and "kernelspec:" in
              p.read_text(encoding="utf-8").split("\n---", 1)[0]]
    return sorted(found)


def read(path: Path) -> nbformat.NotebookNode:
    """Read a notebook the way myst-nb does, so its cache key matches the build's."""
    if path.suffix == ".md":
        return read_myst_markdown_notebook(path.read_text(encoding="utf-8"), path=path)
    return nbformat.read(path, as_version=4)


def execute(path: Path) -> tuple[Path, nbformat.NotebookNode | None, float]:
    """Run one notebook in its own folder, as the build would."""
    notebook = read(path)
    result = single_nb_execution(notebook, cwd=str(path.parent), timeout=TIMEOUT_SECONDS,
                                 allow_errors=False, meta_override=True)
    return path, (notebook if result.err is None else None), result.time


def main(argv: list[str]) -> int:
    cache = get_cache(str(CACHE))
    # Biggest first, so the workers finish at about the same time.
    stale = sorted((p for p in notebooks() if _uncached(cache, p)), key=lambda p: -p.stat().st_size)
    if not stale:
        return 0
    if "--background" in argv:
        child = subprocess.Popen([sys.executable, __file__], start_new_session=True)
        MARKER.write_text(str(child.pid))
        return 0
    try:
        _execute_all(stale, cache)
    finally:
        if MARKER.is_file() and MARKER.read_text().strip() == str(os.getpid()):
            MARKER.unlink()
    return 0


def _execute_all(stale: list[Path], cache) -> None:
    # Two kernels per core: a starting kernel waits on its process and sockets, not the CPU.
    workers = min(len(stale), 2 * (os.cpu_count() or 1))
    print(text("build.executing", count=len(stale), workers=workers), flush=True)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for path, executed, seconds in pool.map(execute, stale):
            if executed is None:
                print(text("build.execution_failed", path=path.relative_to(ROOT)), flush=True)
                continue
            cache.cache_notebook_bundle(
                CacheBundleIn(executed, str(path), data={"execution_seconds": seconds}),
                check_validity=False, overwrite=True)


def _uncached(cache, path: Path) -> bool:
    try:
        cache.match_cache_notebook(read(path))
    except KeyError:
        return True
    return False


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
