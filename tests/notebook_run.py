"""Run a book notebook as a learner would: apply changes, execute every cell, top to bottom.

Shared by the notebook tests. A *change* is a find-and-replace in one cell (by cell id), as
listed in ``tests/notebook_changes.yml``. A *probe* is code appended as a last cell that
prints a JSON object, so a test can read values from the notebook's namespace.

Each notebook has one kernel for the whole test session (started on its first run). Every run
begins with an empty namespace (``%reset -f``, as "Restart" leaves it, but with the imported
modules kept), in the test's own folder, and then runs every cell of the changed notebook: the
imports cost once per notebook instead of once per change. :func:`shutdown_kernels` ends them.
"""
from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from pathlib import Path

import nbformat
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
PROBE_MARK = "PROBE-RESULT:"
# What a new run of a notebook starts with in its kernel: no name left from the run before, no
# figure left open, the test's folder as the working folder.
FRESH_START = """\
%reset -f
import os as _os, sys as _sys
_os.chdir({folder!r})
if "matplotlib.pyplot" in _sys.modules:
    _sys.modules["matplotlib.pyplot"].close("all")
del _os, _sys
"""
_KERNELS: dict[tuple[str, str, str], KernelManager] = {}


def notebook_kernel(owner: str | Path, folder: Path, kernel_name: str = "python3",
                    language: str | None = None) -> KernelManager:
    """The running kernel (of kind *kernel_name*) of *owner*, a notebook's path (or a name for
    runs that may share one kernel); started in *folder* on the owner's first run. With
    *language* (``"nb"``) the kernel's library speaks it from the start, as a learner's does
    with ``SAMSKAB_SPROG`` set."""
    key = (kernel_name, Path(owner).as_posix(), language or "")
    kernel = _KERNELS.get(key)
    if kernel is None or not kernel.is_alive():
        kernel = KernelManager(kernel_name=kernel_name)
        environment = {"env": {**os.environ, "SAMSKAB_SPROG": language}} if language else {}
        kernel.start_kernel(cwd=str(folder), **environment)
        _KERNELS[key] = kernel
    return kernel


def execute_fresh(notebook: nbformat.NotebookNode, owner: str | Path, folder: Path, *,
                  kernel_name: str = "python3", allow_errors: bool = True,
                  language: str | None = None) -> None:
    """Run every cell of *notebook* in the kernel of *owner* (its path), from an empty namespace
    in *folder*, as nbclient runs a notebook; with *allow_errors* off, stop at the first error."""
    notebook.cells.insert(0, nbformat.v4.new_code_cell(FRESH_START.format(folder=str(folder))))
    kernel = notebook_kernel(owner, folder, kernel_name, language)
    client = NotebookClient(notebook, km=kernel, timeout=180,
                            kernel_name=kernel_name, allow_errors=allow_errors)
    try:
        client.execute()
    finally:
        if client.kc is not None:
            client.kc.stop_channels()
        start = notebook.cells.pop(0)
        assert start.outputs == [], start.outputs  # the fresh start itself shows nothing


def shutdown_kernels() -> None:
    """Stop every notebook's kernel (at the end of the test session)."""
    while _KERNELS:
        _KERNELS.popitem()[1].shutdown_kernel(now=True)


def apply_change(notebook: nbformat.NotebookNode, change: Mapping[str, str]) -> None:
    """Replace ``find`` by ``replace`` in the cell ``cell``; fail if the text is not there."""
    cell = next(c for c in notebook.cells if c.get("id") == change["cell"])
    assert change["find"] in cell.source, f"{change['cell']} has no {change['find']!r}"
    cell.source = cell.source.replace(change["find"], change["replace"])


def run_notebook(path: str | Path, changes: Sequence[Mapping[str, str]] = (), *,
                 probe: str | None = None, setup: str = "",
                 workdir: Path | None = None, language: str | None = None) -> Run:
    """Execute the notebook at *path* (relative to the project) after *changes*.

    With *probe* (a Python expression), a last cell runs *setup* and prints the probe's value.
    With *language* (``"nb"``), the kernel speaks that language from its start, as a learner's
    kernel does with ``SAMSKAB_SPROG`` set, without a line in the notebook.
    """
    notebook = nbformat.read(ROOT / path, as_version=4)
    for change in changes:
        apply_change(notebook, change)
    if probe is not None:
        notebook.cells.append(nbformat.v4.new_code_cell(
            setup + "\nimport json as _json\n"
            f"print({PROBE_MARK!r} + _json.dumps({probe}, default=str, ensure_ascii=False))"))
    execute_fresh(notebook, path, workdir or ROOT / Path(path).parent, language=language)
    return Run(notebook)


class Run:
    """An executed notebook: its error outputs, all the text it shows, and the probe's value."""

    def __init__(self, notebook: nbformat.NotebookNode) -> None:
        self.notebook = notebook

    def outputs(self) -> list[dict]:
        return [output for cell in self.notebook.cells if cell.cell_type == "code"
                for output in cell.outputs]

    def errors(self) -> list[str]:
        """Every error output and every traceback printed, as text."""
        found = [f"{o['ename']}: {o['evalue']}" for o in self.outputs()
                 if o["output_type"] == "error"]
        found += [o["text"] for o in self.outputs()
                  if o["output_type"] == "stream" and "Traceback" in o["text"]]
        return found

    def shown(self) -> str:
        """All text the learner sees in the outputs (streams, plain text, Markdown, HTML)."""
        parts = []
        for output in self.outputs():
            if output["output_type"] == "stream":
                parts.append(output["text"])
            for kind in ("text/plain", "text/markdown", "text/html"):
                value = output.get("data", {}).get(kind)
                if value:
                    parts.append(value if isinstance(value, str) else "".join(value))
        return "\n".join(parts)

    def probe(self) -> object:
        for output in self.outputs():
            if output["output_type"] == "stream" and PROBE_MARK in output["text"]:
                return json.loads(output["text"].split(PROBE_MARK, 1)[1])
        raise AssertionError("the probe printed nothing: " + "; ".join(self.errors()))
