"""Build both editions of the book the way `make book` does, or stop at once when nothing changed.

The book has an edition per language (``scripts/editions.py``): Danish at ``_build/html`` and
Norwegian bokmål at ``_build/html/nb``, each a whole site. When no input of an edition changed
since its last successful build, and its site is as that build left it, there is nothing to do
for it; when that holds for both, the script says so and stops without starting Sphinx. The
inputs are every file of the project except build output, caches, tests, benchmarks and compiled
catalogues (``.mo``), plus the installed packages and the Python version; the gettext catalogues
(``locale/``) are inputs of the translated editions only. A file counts as changed when its size
or modification time differs, so saving a file unchanged also rebuilds (never the reverse).

Otherwise it runs ``sphinx_edition.py LANGUAGE`` for each edition to build, with
``SAMSKAB_SPROG`` set to its language (Sphinx through Jupyter Book, warnings as errors,
nitpicky; the book's extension executes the notebooks to be read with jupyter-cache and re-reads
every page when the library or the extension changed), and, when the edition's build succeeded,
records its fingerprints in ``.book-built`` in its build folder (``_build``, ``_build/nb``).
"""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import sysconfig
from collections.abc import Iterable
from pathlib import Path

import editions

from samskab_lib.texts import text

ROOT = Path(__file__).resolve().parent.parent
STAMP = ".book-built"
# Folders that are not inputs of the book: output, caches, and what only the tests read.
NOT_INPUTS = {".git", ".venv", "_build", "__pycache__", ".ipynb_checkpoints", ".pytest_cache",
              ".hypothesis", "dist", "tests", "benchmarks", ".ci", "_generated"}
# What the Danish edition is not made from: the pages' translations.
TRANSLATIONS = "locale"
# Files Sphinx writes into the sources (the catalogues compiled for a translated edition).
NOT_INPUT_SUFFIXES = (".mo",)


def _files(folder: Path, skip: set[str], skip_folders: frozenset[Path] = frozenset()
           ) -> Iterable[Path]:
    for entry in os.scandir(folder):
        if entry.name in skip or entry.name.endswith((".egg-info", *NOT_INPUT_SUFFIXES)):
            continue
        if entry.is_dir(follow_symlinks=False):
            if Path(entry.path) not in skip_folders:
                yield from _files(Path(entry.path), skip, skip_folders)
        else:
            yield Path(entry.path)


def _listing(paths: Iterable[Path], root: Path) -> bytes:
    lines = []
    for path in paths:
        status = path.stat()
        lines.append(f"{path.relative_to(root).as_posix()}\t{status.st_size}\t{status.st_mtime_ns}")
    return "\n".join(sorted(lines)).encode()


def inputs_fingerprint(root: Path = ROOT, language: str = editions.DEFAULT) -> str:
    """Hash of every input file's name, size and time, the installed packages and Python."""
    packages = Path(sysconfig.get_paths()["purelib"])
    digest = hashlib.sha256(sys.version.encode())
    digest.update(str(packages.stat().st_mtime_ns).encode())
    translations = frozenset({root / TRANSLATIONS} if language == editions.DEFAULT else ())
    digest.update(_listing(_files(root, NOT_INPUTS, translations), root))
    return digest.hexdigest()


def site_fingerprint(root: Path = ROOT, language: str = editions.DEFAULT) -> str:
    """Hash of every file of the edition's site: name, size and time (a deleted or edited page
    shows); the other editions' sites inside it are theirs."""
    site = editions.site_folder(root, language)
    if not site.is_dir():
        return hashlib.sha256(b"").hexdigest()
    others = frozenset(site / code for code in editions.EDITIONS if code != language)
    return hashlib.sha256(_listing(_files(site, set(), others), root)).hexdigest()


def _stamp(root: Path, language: str) -> Path:
    return editions.build_folder(root, language) / STAMP


def unchanged(root: Path = ROOT, language: str = editions.DEFAULT) -> bool:
    """Whether the edition's last successful build saw the same inputs and left its site as
    it is now."""
    stamp = _stamp(root, language)
    if not stamp.is_file() or not (editions.site_folder(root, language) / "index.html").is_file():
        return False
    return stamp.read_text(encoding="utf-8").split() == [inputs_fingerprint(root, language),
                                                           site_fingerprint(root, language)]


def record(inputs: str, root: Path = ROOT, language: str = editions.DEFAULT) -> None:
    """Note that a build of the edition from *inputs* succeeded and left its site as it is now."""
    _stamp(root, language).write_text(f"{inputs}\n{site_fingerprint(root, language)}\n",
                                      encoding="utf-8")


def build_edition(root: Path, language: str) -> int:
    """Run Sphinx for the edition; record the fingerprints when it succeeded."""
    inputs = inputs_fingerprint(root, language)  # before Sphinx reads
    _stamp(root, language).unlink(missing_ok=True)
    scripts = Path(__file__).resolve().parent
    result = subprocess.run([sys.executable, str(scripts / "sphinx_edition.py"), language], cwd=root,
                            env=editions.environment(language), check=False)
    if result.returncode == 0:
        subprocess.run([sys.executable, str(scripts / "cut_assets.py"), language], cwd=root,
                       check=True)
        record(inputs, root, language)
    return result.returncode


def build(root: Path = ROOT, languages: Iterable[str] = editions.EDITIONS) -> int:
    """Build each of the editions in turn."""
    for language in languages:
        returncode = build_edition(root, language)
        if returncode != 0:
            return returncode
    print(text("build.done"))
    return 0


def main() -> int:
    stale = [language for language in editions.EDITIONS if not unchanged(ROOT, language)]
    if not stale:
        print(text("build.unchanged"))
        return 0
    return build(ROOT, stale)


if __name__ == "__main__":
    sys.exit(main())
