"""Every change a notebook invites, applied and run: a result or a Danish message, no traceback."""
from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
import yaml
from notebook_run import ROOT, run_notebook

CHANGES = yaml.safe_load((Path(__file__).parent / "notebook_changes.yml").read_text("utf-8"))
CASES = [(path, change) for path, changes in CHANGES.items() for change in changes]


def test_every_notebook_with_a_learner_cell_lists_its_changes():
    notebooks = [p.relative_to(ROOT).as_posix() for p in (ROOT / "book").rglob("*.ipynb")]
    for path in notebooks:
        cells = nbformat.read(ROOT / path, as_version=4).cells
        if any(c.cell_type == "code" and c.source.startswith("# Ret her") for c in cells):
            assert path in CHANGES, path


def test_every_changed_cell_is_labelled_for_the_learner():
    """The notebook's text sends the learner to cells that begin with '# Ret her'."""
    for path, change in CASES:
        cells = {c.id: c for c in nbformat.read(ROOT / path, as_version=4).cells}
        source = cells[change["cell"]].source
        assert source.startswith("# Ret her") or "# skriv" in source, (path, change["cell"])


@pytest.mark.notebook
@pytest.mark.parametrize(("path", "change"), CASES,
                         ids=[f"{Path(p).stem}:{c['replace'][:30]}" for p, c in CASES])
def test_change_runs_without_traceback(path: str, change: dict, tmp_path: Path):
    run = run_notebook(path, [change], workdir=tmp_path)
    assert run.errors() == []
    assert change["shows"] in run.shown()
