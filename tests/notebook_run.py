"""Run a book notebook as a learner would: apply changes, execute every cell in a fresh kernel.

Shared by the notebook tests. A *change* is a find-and-replace in one cell (by cell id), as
listed in ``tests/notebook_changes.yml``. A *probe* is code appended as a last cell that
prints a JSON object, so a test can read values from the notebook's namespace.
"""
from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
PROBE_MARK = "PROBE-RESULT:"


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
    client = NotebookClient(notebook, timeout=180, kernel_name="python3", allow_errors=True,
                            resources={"metadata": {"path": str(workdir or ROOT / Path(path).parent)}})
    if language is None:
        client.execute()
        return Run(notebook)
    with tempfile.TemporaryDirectory() as ipython_dir:
        client.execute(env=_kernel_environment(language, Path(ipython_dir)))
    return Run(notebook)


def _kernel_environment(language: str, ipython_dir: Path) -> dict[str, str]:
    """The environment of a kernel whose library speaks *language* before the first cell runs:
    ``SAMSKAB_SPROG``, and an IPython startup file that sets the language, in *ipython_dir*."""
    startup = ipython_dir / "profile_default" / "startup"
    startup.mkdir(parents=True)
    (startup / "00-samskab-sprog.py").write_text(
        f"import samskab_lib\nsamskab_lib.set_language({language!r})\n", encoding="utf-8")
    return {**os.environ, "SAMSKAB_SPROG": language, "IPYTHONDIR": str(ipython_dir)}


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
