"""Sphinx extension part: the case library's open data, rebuilt with the book.

At build start every file of the Frictionless data package (``samskab_lib.cases.opendata``)
is written to the edition's ``book/_generated/cases/`` (:func:`.edition.generated_folder`; the
cases in the edition's language), with the sources read from the book's bibliography (address
and date read), and the whole package as one zip, when a case, the bibliography or the library
changed. The data page links them with ``{download}``.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

from sphinx.application import Sphinx

from samskab_lib.cases.opendata import NAME, package_files
from samskab_lib.resources import cases_dir

from . import downloads
from .citations import plain_entries
from .edition import generated_folder
from .files import write_if_changed
from .freshness import Stamps, fingerprint

FOLDER = "cases"
ZIP = f"{NAME}.zip"


def bib_sources(app: Sphinx) -> dict[str, dict[str, str]]:
    """Every bibliography entry as the fields of ``kilder.csv``, by key."""
    return {key: {"forfatter": " og ".join(authors), "titel": fields.get("title", ""),
                  "aar": fields.get("year", ""), "url": fields.get("url", ""),
                  "laest": fields.get("urldate", "")}
            for key, (authors, fields) in plain_entries(app).items()}


def package_zip(files: dict[str, bytes]) -> bytes:
    """The package's files in one zip, with a fixed date so the same data gives the same bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(files):
            archive.writestr(zipfile.ZipInfo(f"{NAME}/{name}", date_time=(2026, 1, 1, 0, 0, 0)),
                             files[name])
    return buffer.getvalue()


def write_open_data(app: Sphinx) -> None:
    """Write the data package and its zip, when a case, the bibliography or the library changed."""
    target = Path(app.srcdir) / generated_folder(FOLDER)
    inputs = sorted([*cases_dir().rglob("*"), *Path(app.srcdir).glob("book/**/*.bib")])
    stamp = fingerprint(p for p in inputs if p.is_file())
    stamps = Stamps(downloads.stamp_file(app))
    zip_path = target / ZIP
    if stamps.fresh([zip_path], stamp):
        return
    files = package_files(bib_sources(app))
    target.mkdir(parents=True, exist_ok=True)
    for name, content in {**files, ZIP: package_zip(files)}.items():
        write_if_changed(target / name, content)
    stamps.record([zip_path], stamp)
    stamps.save()


def setup(app: Sphinx) -> None:
    app.connect("builder-inited", write_open_data)
