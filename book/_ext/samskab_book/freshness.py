"""Sphinx extension part: what the pages are made from beyond their sources, as hashes.

Sphinx re-reads a page when its source changed, not when the library drawing its tables, the
case files, the bibliography or the extension itself did. One hash of all of these is the
config value ``samskab_inputs`` (rebuild ``"env"``), so by Sphinx's own rule a change to any of
them re-reads every page; the part that notebooks read keys their execution cache
(:mod:`.execution`).

Each generated file (a template's Word download, a figure) is made from some input files and
the library's code. A fingerprint of those inputs is kept beside the build in a small JSON
file; a build whose fingerprints match, and whose files are still there, skips the work (and
the heavy imports it needs: python-docx, matplotlib).
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.config import Config

import samskab_lib

from .files import write_if_changed

LIBRARY = Path(samskab_lib.__file__).resolve().parent
# Data files read by one generated file each are part of that file's own inputs, not the library's.
_OWN_INPUTS = ("data/templates/",)


# The library files whose change can change a generated file (print styles included).
LIBRARY_SUFFIXES = {".py", ".yml", ".yaml", ".csv", ".json", ".typ", ".css"}


@lru_cache(maxsize=1)
def library_fingerprint() -> str:
    """Hash of the library's code, texts, shared data and print styles, and the versions of the
    drawing and typesetting libraries."""
    digest = hashlib.sha256()
    for package in ("python-docx", "matplotlib", "typst", "weasyprint"):
        digest.update(f"{package}=={version(package)}\n".encode())
    for path in sorted(LIBRARY.rglob("*")):
        relative = path.relative_to(LIBRARY).as_posix()
        if path.suffix in LIBRARY_SUFFIXES and "__pycache__" not in relative \
                and not relative.startswith(_OWN_INPUTS):
            digest.update(relative.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def fingerprint(inputs: Iterable[Path]) -> str:
    """Hash of the library and of the given input files (names and bytes)."""
    digest = hashlib.sha256(library_fingerprint().encode())
    for path in inputs:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


# What the notebooks read (folders of the project), and what every page is made with besides.
# The site's own scripts and styles count: Sphinx copies static files only when some page is
# out of date, and every page links them with a checksum of their content.
NOTEBOOK_INPUTS = ("samskab_lib", "cases", "templates")
PAGE_INPUTS = ("book/_ext", "book/_static")
BIBLIOGRAPHY = "book/**/*.bib"
# The editions' words for Sphinx's and the themes' own texts ("Index", menu names): Sphinx
# tracks a page's own catalogue, not this one.
INTERFACE_CATALOGUES = "locale/*/LC_MESSAGES/sphinx.po"


def _tree_hash(root: Path, paths: Iterable[Path]) -> str:
    digest = hashlib.sha256()
    for path in sorted(paths):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(root).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()


def notebook_inputs_hash(root: Path) -> str:
    """Hash of every file of the library, the cases and the filled templates (names and bytes)."""
    return _tree_hash(root, (p for folder in NOTEBOOK_INPUTS for p in (root / folder).rglob("*")))


def book_inputs_hash(root: Path) -> str:
    """Hash of the notebooks' inputs, the book's extension, static files, bibliography and
    interface catalogues."""
    pages = [p for folder in PAGE_INPUTS for p in (root / folder).rglob("*")]
    pages += root.glob(BIBLIOGRAPHY)
    pages += root.glob(INTERFACE_CATALOGUES)
    return hashlib.sha256((notebook_inputs_hash(root) + _tree_hash(root, pages)).encode()
                          ).hexdigest()


def note_the_inputs(app: Sphinx, config: Config) -> None:
    """Set ``samskab_inputs``; a value other than the last build's re-reads every page."""
    config.samskab_inputs = book_inputs_hash(Path(app.srcdir))


class Stamps:
    """The fingerprints the generated files were last made from, kept in one JSON file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self._stamps: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
        except (FileNotFoundError, ValueError):
            self._stamps = {}

    def fresh(self, outputs: Iterable[Path], stamp: str) -> bool:
        """Whether every output exists and was made from inputs with this fingerprint."""
        return all(out.is_file() and self._stamps.get(out.as_posix()) == stamp for out in outputs)

    def record(self, outputs: Iterable[Path], stamp: str) -> None:
        for out in outputs:
            self._stamps[out.as_posix()] = stamp

    def save(self) -> None:
        write_if_changed(self.path, json.dumps(self._stamps, indent=1, sort_keys=True))


def setup(app: Sphinx) -> None:
    app.add_config_value("samskab_inputs", "", "env", types=frozenset({str}))
    app.connect("config-inited", note_the_inputs)
