"""A notebook downloaded from the book, run where the library is not installed: the learner
reads a Danish hint on how to install it, never a traceback, and "Run All" stops there.

The kernel here is the project's Python with ``samskab_lib`` made unimportable (a finder
that refuses it, as a missing package would), so the test needs no second environment. One such
kernel serves every run of the session (tests/notebook_run.py), emptied before each run: without
the library, no run can leave anything behind that another notebook could use.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient.exceptions import CellExecutionError
from notebook_run import ROOT, Run, execute_fresh

NOTEBOOKS = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "book").rglob("*.ipynb")
                   if ".ipynb_checkpoints" not in p.parts)
KERNEL = "uden-samskab-lib"
HINT = "Bogens bibliotek, samskab_lib, er ikke installeret der, hvor notesbogen kører."
LAUNCHER = '''
import sys


class NoLibrary:
    """Refuse to find samskab_lib, as on a machine where it was never installed."""

    def find_spec(self, name, path=None, target=None):
        if name == "samskab_lib" or name.startswith("samskab_lib."):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None


sys.meta_path.insert(0, NoLibrary())
from ipykernel import kernelapp

kernelapp.launch_new_instance()
'''


@pytest.fixture(scope="module")
def kernel_without_library(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("jupyter")
    launcher = folder / "uden_bibliotek.py"
    launcher.write_text(LAUNCHER, encoding="utf-8")
    spec = folder / "kernels" / KERNEL
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, str(launcher), "-f", "{connection_file}"],
        "display_name": "Python uden samskab_lib", "language": "python"}), encoding="utf-8")
    return folder


def _run(notebook, jupyter: Path, monkeypatch, workdir: Path, *, allow_errors: bool):
    """Run the notebook in the kernel without the library (stop at an error unless *allow_errors*)."""
    monkeypatch.setenv("JUPYTER_PATH", str(jupyter))
    execute_fresh(notebook, KERNEL, workdir, kernel_name=KERNEL, allow_errors=allow_errors)


@pytest.mark.parametrize("path", NOTEBOOKS)
def test_every_cell_shows_the_install_hint_and_no_traceback(path, kernel_without_library,
                                                             monkeypatch, tmp_path):
    """Shift + Enter on every cell in turn: the hint, never an English traceback."""
    notebook = nbformat.read(ROOT / path, as_version=4)
    _run(notebook, kernel_without_library, monkeypatch, tmp_path, allow_errors=True)
    run = Run(notebook)
    assert run.errors() == []
    first = next(c for c in notebook.cells if c.cell_type == "code")
    shown = "".join(o.get("text", "") for o in first.outputs)
    assert HINT in shown and "»Kør notesbøgerne selv«" in shown
    assert "ModuleNotFoundError" not in run.shown() and "NameError" not in run.shown()


@pytest.mark.parametrize("path", NOTEBOOKS)
def test_run_all_stops_at_the_first_cell_with_the_hint(path, kernel_without_library,
                                                       monkeypatch, tmp_path):
    notebook = nbformat.read(ROOT / path, as_version=4)
    with pytest.raises(CellExecutionError):
        _run(notebook, kernel_without_library, monkeypatch, tmp_path, allow_errors=False)
    code_cells = [c for c in notebook.cells if c.cell_type == "code"]
    ran = [c for c in code_cells if c.execution_count is not None or c.outputs]
    assert ran == code_cells[:1]
    assert HINT in "".join(o.get("text", "") for o in ran[0].outputs)


# --- the notebooks as the site serves them for download --------------------------------------

@pytest.mark.parametrize("path", NOTEBOOKS)
def test_the_download_links_back_to_the_book_without_relative_links(site: Path, path: str):
    """The download button's file: book links that would break in JupyterLab are gone."""
    page = (site / path).with_suffix(".html").read_text(encoding="utf-8")
    assert f"_sources/{path}" in page
    downloaded = nbformat.read(site / "_sources" / path, as_version=4)
    markdown = "\n".join(c.source for c in downloaded.cells if c.cell_type == "markdown")
    links = re.findall(r"\]\(([^)\s]+)\)", markdown)
    assert [link for link in links if not link.startswith(("http://", "https://"))] == []
    original = nbformat.read(ROOT / path, as_version=4)
    if re.search(r"\]\([^)\s]+\.(?:md|ipynb)\)", "\n".join(c.source for c in original.cells)):
        assert "(i bogen Samskabelse i praksis)" in markdown  # the book's address is unset


def test_with_the_book_address_set_the_download_links_to_the_chapter(tmp_path: Path):
    from types import SimpleNamespace

    from samskab_book.notebook_downloads import rewrite_downloads

    target = tmp_path / "_sources" / "book" / "oevelser" / "jevnaker-beregning.ipynb"
    target.parent.mkdir(parents=True)
    target.write_bytes((ROOT / "book/oevelser/jevnaker-beregning.ipynb").read_bytes())
    app = SimpleNamespace(outdir=str(tmp_path), builder=SimpleNamespace(format="html"),
                          config=SimpleNamespace(html_baseurl="https://eksempel.dk/bog"))
    rewrite_downloads(app, None)
    markdown = "\n".join(c.source for c in nbformat.read(target, as_version=4).cells
                         if c.cell_type == "markdown")
    assert "](https://eksempel.dk/bog/book/cases/jevnaker.html)" in markdown
    assert "](../" not in markdown


def test_every_notebook_starts_with_the_same_install_hint():
    """One hint, copied into each notebook (a notebook must work without the library)."""
    first = {path: next(c.source for c in nbformat.read(ROOT / path, as_version=4).cells
                        if c.cell_type == "code") for path in NOTEBOOKS}
    assert len(set(first.values())) == 1, sorted(first)
    assert "»Kør notesbøgerne selv«" in next(iter(first.values()))
