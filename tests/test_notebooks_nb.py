"""The notebooks in Norwegian bokmål: the same .ipynb, with the library's language set to ``nb``.

The Norwegian edition takes a notebook's Markdown from its catalogue (``locale/nb``); what the
cells print comes from the library, in the language the kernel starts with. Each notebook runs
in its own kernel with the library in bokmål: no error, a Norwegian sentence the library wrote,
and none of the Danish-only messages. The changes in ``notebook_changes_nb.yml`` are what a
Norwegian learner types, including a Danish thousands point ("2.500"), which bokmål refuses.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from notebook_run import ROOT, run_notebook

NOTEBOOKS = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "book").rglob("*.ipynb")
                   if ".ipynb_checkpoints" not in p.parts)

# Words of the library's Danish messages that a Norwegian learner must never read, anywhere
# (forms, tables, printed lines), and words only checked in what the cells print: the
# handbook's content data (the typology's descriptions) is still Danish and says "skal være".
DANISH_ONLY = ("Udfyld", "udfyldes", "Der er noget, du skal rette", "Notesbogen kender",
               "er ikke et tal", "kan ikke læses som et tal", "Python har læst")
DANISH_PRINTED = ("skal være", "helt tal fra", "står i anførselstegn, så det er en tekst")

# A sentence (or part of one) each notebook shows in bokmål, written by the library.
NORWEGIAN = {
    "book/notesboeger/case-hjoerring.ipynb": "Andel av målet som er nådd",
    "book/notesboeger/case-jevnaker.ipynb": "Deltakerne fikk vite resultatet",
    "book/notesboeger/case-nordfjordby.ipynb": "Deltakere i alt",
    "book/notesboeger/evaluering-svar.ipynb": "Deltakernes evaluering",
    "book/notesboeger/kom-i-gang.ipynb": "De fem trinnene i en samskapende prosess",
    "book/notesboeger/noegler-rangering.ipynb": "18 nøkler til god innbyggerinvolvering",
    "book/notesboeger/planlaeg-samarbejdet.ipynb": "Plan for samarbeidet",
    "book/notesboeger/typologi-selvvurdering.ipynb": "Skriv i notatboka",
    "book/oevelser/jevnaker-beregning.ipynb": "her står det ikke noe ennå",
    "book/oevelser/nordfjordby-maalgrupper.ipynb": "Tabellen har 1 rad med en tekst for hver av",
}

CHANGES = yaml.safe_load((Path(__file__).parent / "notebook_changes_nb.yml").read_text("utf-8"))
CASES = [(path, change) for path, changes in CHANGES.items() for change in changes]


def shown_in_norwegian(path: str, changes: list[dict], workdir: Path) -> str:
    """What the notebook shows when run in bokmål (no-break spaces as plain spaces), after
    checking that it raised no error and showed no Danish message."""
    run = run_notebook(path, changes, workdir=workdir, language="nb")
    assert run.errors() == []
    shown = run.shown().replace("\u00a0", " ")
    printed = "".join(o["text"] for o in run.outputs() if o["output_type"] == "stream")
    assert [word for word in DANISH_ONLY if word in shown] == []
    assert [word for word in DANISH_PRINTED if word in printed] == []
    return shown


def test_every_notebook_has_a_norwegian_sentence():
    assert sorted(NORWEGIAN) == NOTEBOOKS


@pytest.mark.notebook
@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS)
def test_notebook_runs_all_in_norwegian(path: str, tmp_path: Path):
    assert NORWEGIAN[path] in shown_in_norwegian(path, [], tmp_path)


@pytest.mark.notebook
@pytest.mark.slow
@pytest.mark.parametrize(("path", "change"), CASES,
                         ids=[f"{Path(p).stem}:{c['replace'][:30]}" for p, c in CASES])
def test_norwegian_learner_change(path: str, change: dict, tmp_path: Path):
    assert change["shows"] in shown_in_norwegian(path, [change], tmp_path)
