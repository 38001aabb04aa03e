"""Execute the book's notebooks in parallel into the execution cache before the build.

`jupyter-book build` executes notebooks one after the other. This script runs every notebook
that has no valid cache entry, several at once, and stores the results in the same
jupyter-cache that myst-nb reads, so the build that follows only renders. Each edition has its
own cache in its build folder (``_build/.jupyter_cache``, ``_build/nb/.jupyter_cache``): the
notebooks run in the language ``SAMSKAB_SPROG`` names (``scripts/editions.py``), and their
kernels inherit it. A notebook that fails here is simply not cached: the build then executes
it itself and reports the error the usual way.

With ``--background`` the script returns at once and executes in a child process, so the build
can start up meanwhile. ``.executing`` in the edition's build folder holds the child's process
id and, one per line, the notebooks it executes, in the order it starts them; as each one ends
(cached or failed) the child adds its path to ``.executed`` beside it. The book's Sphinx
extension reads the other pages first, then each of these notebooks as soon as it is done.

When every notebook was found in the cache, a fingerprint of the notebooks and the library
stamp is written to ``.notebooks-cached``; a later run with the same fingerprint stops at
once, without importing the execution machinery or reading the cache.
"""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

import editions

ROOT = Path(__file__).resolve().parent.parent
BUILD = editions.build_folder(ROOT, editions.current())
CACHE = BUILD / ".jupyter_cache"
MARKER = BUILD / ".executing"
DONE = BUILD / ".executed"
ALL_CACHED = BUILD / ".notebooks-cached"
LIBRARY_STAMP = ROOT / "_build" / ".library-hash"  # written by stale_notebooks.py
TIMEOUT_SECONDS = 120  # the same cell timeout as _config.yml


def notebooks() -> list[Path]:
    """The .ipynb notebooks and the MyST Markdown pages with code cells (a kernelspec)."""
    found = [p for p in (ROOT / "book").rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts]
    found += [p for p in (ROOT / "book").rglob("*.md")
              if p.read_text(encoding="utf-8").startswith("---") and "kernelspec:" in
              p.read_text(encoding="utf-8").split("\n---", 1)[0]]
    return sorted(found)


def notebooks_fingerprint(paths: list[Path]) -> str:
    """Hash of every notebook (name and bytes) and of the library stamp."""
    digest = hashlib.sha256(LIBRARY_STAMP.read_bytes() if LIBRARY_STAMP.is_file() else b"")
    for path in paths:
        digest.update(path.relative_to(ROOT).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def read(path: Path):
    """Read a notebook the way myst-nb does, so its cache key matches the build's."""
    import nbformat
    from myst_nb.core.read import read_myst_markdown_notebook

    if path.suffix == ".md":
        return read_myst_markdown_notebook(path.read_text(encoding="utf-8"), path=path)
    return nbformat.read(path, as_version=4)


def execute(path: Path):
    """Run one notebook in its own folder, as the build would: (path, notebook or None, seconds)."""
    from jupyter_cache.executors.utils import single_nb_execution

    notebook = read(path)
    result = single_nb_execution(notebook, cwd=str(path.parent), timeout=TIMEOUT_SECONDS,
                                 allow_errors=False, meta_override=True)
    return path, (notebook if result.err is None else None), result.time


def main(argv: list[str]) -> int:
    found = notebooks()
    fingerprint = notebooks_fingerprint(found)
    if CACHE.is_dir() and ALL_CACHED.is_file() and ALL_CACHED.read_text() == fingerprint:
        return 0
    from jupyter_cache import get_cache

    cache = get_cache(str(CACHE))
    # Biggest first, so the workers finish at about the same time.
    stale = sorted((p for p in found if _uncached(cache, p)), key=lambda p: -p.stat().st_size)
    if not stale:
        ALL_CACHED.write_text(fingerprint)
        return 0
    ALL_CACHED.unlink(missing_ok=True)
    if "--background" in argv:
        MARKER.parent.mkdir(parents=True, exist_ok=True)
        DONE.write_text("")
        child = subprocess.Popen([sys.executable, __file__], start_new_session=True)
        MARKER.write_text("\n".join([str(child.pid), *(_relative(p) for p in stale)]))
        return 0
    try:
        _execute_all(stale, cache)
    finally:
        if MARKER.is_file() and MARKER.read_text().split("\n", 1)[0] == str(os.getpid()):
            MARKER.unlink()
    return 0


def _execute_all(stale: list[Path], cache) -> None:
    from jupyter_cache.cache.main import CacheBundleIn

    from samskab_lib.texts import text

    # Two kernels per core: a starting kernel waits on its process and sockets, not the CPU.
    workers = min(len(stale), 2 * (os.cpu_count() or 1))
    print(text("build.executing", count=len(stale), workers=workers), flush=True)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for future in as_completed([pool.submit(execute, path) for path in stale]):
            path, executed, seconds = future.result()
            if executed is None:
                print(text("build.execution_failed", path=path.relative_to(ROOT)), flush=True)
            else:
                cache.cache_notebook_bundle(
                    CacheBundleIn(executed, str(path), data={"execution_seconds": seconds}),
                    check_validity=False, overwrite=True)
            with DONE.open("a", encoding="utf-8") as done:
                done.write(_relative(path) + "\n")


def _relative(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def _uncached(cache, path: Path) -> bool:
    try:
        cache.match_cache_notebook(read(path))
    except KeyError:
        return True
    return False


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
