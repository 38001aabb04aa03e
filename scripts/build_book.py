"""Build the book the way `make book` does, or stop at once when nothing has changed.

When no input of the book changed since the last successful build, and the built site is as
that build left it, there is nothing to do: the script says so and stops, without starting
Sphinx. The inputs are every file of the project except build output, caches, tests and
benchmarks, plus the installed packages and the Python version; a file counts as changed when
its size or modification time differs, so saving a file unchanged also rebuilds (never the
reverse).

Otherwise it runs the three steps of the build:

1. ``stale_notebooks.py``: empty the execution cache when the library, cases or templates changed,
   and mark every page changed when they, the bibliography or the book's extension changed;
2. ``execute_notebooks.py --background``: execute uncached notebooks while Sphinx starts;
3. ``jupyter-book build . --warningiserror --nitpick --keep-going``;

and, when the build succeeded, records the fingerprints in ``_build/.book-built``.
"""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import sysconfig
from collections.abc import Iterable
from pathlib import Path

import execute_notebooks
import stale_notebooks

from samskab_lib.texts import text

ROOT = Path(__file__).resolve().parent.parent
SITE = Path("_build") / "html"
STAMP = Path("_build") / ".book-built"
STRICT = ["--warningiserror", "--nitpick", "--keep-going"]
# Folders that are not inputs of the book: output, caches, and what only the tests read.
NOT_INPUTS = {".git", ".venv", "_build", "__pycache__", ".ipynb_checkpoints", ".pytest_cache",
              ".hypothesis", "dist", "tests", "benchmarks", ".ci", "_generated"}


def _files(folder: Path, skip: set[str]) -> Iterable[Path]:
    for entry in os.scandir(folder):
        if entry.name in skip or entry.name.endswith(".egg-info"):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _files(Path(entry.path), skip)
        else:
            yield Path(entry.path)


def _listing(paths: Iterable[Path], root: Path) -> bytes:
    lines = []
    for path in paths:
        status = path.stat()
        lines.append(f"{path.relative_to(root).as_posix()}\t{status.st_size}\t{status.st_mtime_ns}")
    return "\n".join(sorted(lines)).encode()


def inputs_fingerprint(root: Path = ROOT) -> str:
    """Hash of every input file's name, size and time, the installed packages and Python."""
    packages = Path(sysconfig.get_paths()["purelib"])
    digest = hashlib.sha256(sys.version.encode())
    digest.update(str(packages.stat().st_mtime_ns).encode())
    digest.update(_listing(_files(root, NOT_INPUTS), root))
    return digest.hexdigest()


def site_fingerprint(root: Path = ROOT) -> str:
    """Hash of every built file's name, size and time (a deleted or edited page shows)."""
    site = root / SITE
    return hashlib.sha256(_listing(_files(site, set()), root) if site.is_dir() else b"").hexdigest()


def unchanged(root: Path = ROOT) -> bool:
    """Whether the last successful build saw the same inputs and left the site as it is now."""
    stamp = root / STAMP
    if not stamp.is_file() or not (root / SITE / "index.html").is_file():
        return False
    return stamp.read_text(encoding="utf-8").split() == [inputs_fingerprint(root),
                                                           site_fingerprint(root)]


def record(inputs: str, root: Path = ROOT) -> None:
    """Note that a build from *inputs* succeeded and left the site as it is now."""
    (root / STAMP).write_text(f"{inputs}\n{site_fingerprint(root)}\n", encoding="utf-8")


def build(root: Path = ROOT) -> int:
    """Run the build's three steps; record the fingerprints when it succeeded."""
    stale_notebooks.main(root)
    stale_notebooks.reread_inputs_changed(root)
    execute_notebooks.main(["--background"])
    inputs = inputs_fingerprint(root)  # after step 1 has marked pages, before Sphinx reads them
    (root / STAMP).unlink(missing_ok=True)
    jupyter_book = Path(sys.executable).parent / "jupyter-book"
    result = subprocess.run([str(jupyter_book), "build", ".", *STRICT], cwd=root, check=False)
    if result.returncode == 0:
        record(inputs, root)
        print(text("build.done"))
    return result.returncode


def main() -> int:
    if unchanged():
        print(text("build.unchanged"))
        return 0
    return build()


if __name__ == "__main__":
    sys.exit(main())
