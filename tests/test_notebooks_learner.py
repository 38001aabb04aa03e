"""The notebooks as a learner runs them: results right, no traceback, only plain Markdown.

Each notebook runs once, as "Run All" runs it (cells tagged ``skip-execution`` left out, as the
book's build leaves them out), in its own empty namespace. The checks that used to sit in hidden
cells of the notebooks read the notebook's namespace through a probe cell appended here, so the
notebooks hold only what a learner sees. The same run answers, cell by cell, what nbval's run
answered (``--nbval-lax``: each code cell runs without an error), so nbval no longer runs every
notebook a second time.
"""
from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest
from notebook_run import ROOT, Run, run_notebook

from samskab_lib.handbook.typology import load_types

NOTEBOOKS = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "book").rglob("*.ipynb")
                   if ".ipynb_checkpoints" not in p.parts)

# The typology's type names by level, from its data file (names may change there).
TYPE_NAMES = {t.level: t.name for t in load_types()}

# What each notebook computes with its own data, read from its namespace after Run All.
RESULTS = {
    "book/notesboeger/kom-i-gang.ipynb": (
        "{'trin': [trin.number, trin.name], 'tabel': sl.steps_table()._repr_html_()}",
        lambda r: r["trin"] == [3, "Planlæg"] and "Evaluér og følg op" in r["tabel"]),
    "book/notesboeger/case-hjoerring.ipynb": (
        "{'maal': [maal.goal_count, maal.achieved], 'kg': pr_hus.co2_saved_kg,"
        " 'aar': pr_hus.parameters.grid_year}",
        lambda r: r["maal"] == [450, 300] and r["aar"] == 2019
        and round(r["kg"], 2) == round(2000 * 2.691 - 2000 * 10.10 * 0.75 / 2.7 * 0.157, 2)),
    "book/notesboeger/case-jevnaker.ipynb": (
        "{'pr': pr_deltager.per_unit, 'ansatte': case.figure('ansatte_innovation')}",
        lambda r: r == {"pr": 5_000, "ansatte": 35}),
    "book/notesboeger/case-nordfjordby.ipynb": (
        "{'maal': [maal.goal_count, maal.achieved], 'tragt': [s.count for s in tragt.stages],"
        " 'uddannelse': udgifter['Uddannelse pr. medarbejder'].per_unit, 'fuld': fuld.total,"
        " 'spoergsmaal': len(svar.questions)}",
        lambda r: r == {"maal": [300, 110], "tragt": [1200, 312, 96, 14],
                        "uddannelse": 90_000 / 12, "fuld": 600_000 + 2_200 * 450,
                        "spoergsmaal": 5}),
    "book/notesboeger/noegler-rangering.ipynb": (
        "{'samlet': [[r.key, r.points, r.rank] for r in samlet[:6]], 'faelles': faelles,"
        " 'felter': list(plakat_data), 'top': [p['nøgle'] for p in plakat_data['top_fem']]}",
        lambda r: r == {"samlet": [[1, 18, 1], [2, 14, 2], [9, 8, 3], [3, 7, 4], [4, 3, 5],
                                   [17, 3, 5]],
                        "faelles": [1, 2, 3, 4, 9],
                        "felter": ["gruppe", "deltagere", "top_fem", "pitch", "noter",
                                   "manglende_nøgler", "første_handlinger"],
                        "top": [1, 9, 2, 7, 18]}),
    "book/notesboeger/planlaeg-samarbejdet.ipynb": (
        "{'timer': PlanReport(formular.data()).summary.total_hours,"
        " 'kroner': PlanReport(formular.data()).summary.total_kroner,"
        " 'aktiviteter': len(PlanReport(formular.data()).summary.activities)}",
        lambda r: r == {"timer": 60 + 40 + 50 + 120 + 150 + 80 + 30,
                        "kroner": 8000 + 0 + 12000 + 30000 + 20000 + 25000 + 5000,
                        "aktiviteter": 7}),
    "book/notesboeger/typologi-selvvurdering.ipynb": (
        "{'eksempel': svar == sl.example_answers('nordfjordby'),"
        " 'type': sl.classify(svar).type.name,"
        " 'naboer': [m.target.name for m in sl.classify(svar).moves]}",
        lambda r: r == {"eksempel": True, "type": TYPE_NAMES[2],
                        "naboer": [TYPE_NAMES[1], TYPE_NAMES[3]]}),
    "book/notesboeger/evaluering-svar.ipynb": (
        "{'svar': resultater.respondents, 'pct': round(resultater.response_rate * 100),"
        " 'd': round(resultater.representation.dissimilarity_index, 2),"
        " 'grupper': [g.group for g in resultater.groups]}",
        lambda r: r == {"svar": 62, "pct": 34, "d": 0.29,
                        "grupper": ["Under 30 år + 30–49 år (slået sammen)", "50–64 år",
                                    "65 år og derover"]}),
    "book/oevelser/jevnaker-beregning.ipynb": (
        "{'i_alt': i_alt, 'pr': pr_deltager}",
        lambda r: r == {"i_alt": 200_000, "pr": 4_000}),
    "book/oevelser/nordfjordby-maalgrupper.ipynb": (
        "{'i_alt': [s.achieved for s in forloeb], 'andel': forloeb[-1].achieved_share}",
        lambda r: r == {"i_alt": [40, 150, 300], "andel": 0.25}),
}

ROLE_OR_DIRECTIVE = re.compile(
    r"\{[a-zA-Z][\w:-]*\}`"        # a role: {cite:p}`key`, {doc}`page`
    r"|^\s*(```|~~~|:::)\s*\{"     # a directive fence: ```{note}
    r"|^\s*\([\w-]+\)=\s*$"        # a label target: (name)=
    r"|^\s*:[a-z-]+:\s",           # a directive option line: :class: dropdown
    re.M)


SKIPPED_IN_RUN_ALL = "skip-execution"  # nbclient's tag, and myst-nb's in the book's build
NBVAL_SKIP = "nbval-skip"
CODE_CELLS = [(path, cell.id, set(cell.metadata.get("tags", []))) for path in NOTEBOOKS
              for cell in nbformat.read(ROOT / path, as_version=4).cells
              if cell.cell_type == "code"]


@pytest.fixture(scope="session")
def learner_run(tmp_path_factory: pytest.TempPathFactory):
    """Run All of a notebook with its probe, once per session (each in its own folder)."""
    runs: dict[str, Run] = {}

    def run_all(path: str) -> Run:
        if path not in runs:
            runs[path] = run_notebook(path, probe=RESULTS[path][0],
                                      workdir=tmp_path_factory.mktemp(Path(path).stem))
        return runs[path]

    return run_all


def test_every_notebook_has_its_results_checked():
    assert sorted(RESULTS) == NOTEBOOKS


@pytest.mark.notebook
@pytest.mark.parametrize("path", NOTEBOOKS)
def test_notebook_runs_all_and_gives_its_results(path: str, learner_run):
    probe, expected = RESULTS[path]
    run = learner_run(path)
    assert run.errors() == []
    result = run.probe()
    assert expected(result), result


@pytest.mark.notebook
@pytest.mark.parametrize(("path", "cell_id", "tags"), CODE_CELLS,
                         ids=[f"{Path(p).stem}:{c}" for p, c, _ in CODE_CELLS])
def test_each_code_cell_runs_without_an_error(path: str, cell_id: str, tags: set[str],
                                              learner_run):
    """Cell by cell, what `pytest --nbval-lax` checks; a skipped cell did not run at all."""
    cell = next(c for c in learner_run(path).notebook.cells if c.get("id") == cell_id)
    if SKIPPED_IN_RUN_ALL in tags:
        assert cell.outputs == [] and cell.execution_count is None
        return
    assert cell.execution_count is not None
    assert Run(nbformat.v4.new_notebook(cells=[cell])).errors() == []


def test_the_cells_nbval_would_skip_are_the_cells_run_all_skips():
    """Why the run above answers for nbval: the same cells run, and no output is compared."""
    for path, cell_id, tags in CODE_CELLS:
        assert (NBVAL_SKIP in tags) == (SKIPPED_IN_RUN_ALL in tags), (path, cell_id)
        assert not tags & {"nbval-check-output", "nbval-raises-exception"}, (path, cell_id)
    sources = [c.source for p in NOTEBOOKS for c in nbformat.read(ROOT / p, as_version=4).cells]
    assert not any("NBVAL_" in source for source in sources)


@pytest.mark.parametrize("path", NOTEBOOKS)
def test_notebook_holds_no_test_code(path: str):
    notebook = nbformat.read(ROOT / path, as_version=4)
    for cell in notebook.cells:
        assert not re.search(r"^\s*assert\b|test suite", cell.source, re.M), cell.id


@pytest.mark.parametrize("path", NOTEBOOKS)
def test_markdown_cells_are_plain_markdown(path: str):
    """No MyST role or directive: JupyterLab would show it as raw text."""
    notebook = nbformat.read(ROOT / path, as_version=4)
    raw = [(cell.id, match.group(0)) for cell in notebook.cells if cell.cell_type == "markdown"
           for match in ROLE_OR_DIRECTIVE.finditer(cell.source)]
    assert raw == []


@pytest.mark.parametrize("path", NOTEBOOKS)
def test_markdown_links_point_to_files_that_exist(path: str):
    notebook = nbformat.read(ROOT / path, as_version=4)
    targets = [target for cell in notebook.cells if cell.cell_type == "markdown"
               for target in re.findall(r"\]\(([^)#\s]+)", cell.source)
               if not target.startswith(("http://", "https://"))]
    missing = [t for t in targets if not ((ROOT / path).parent / t).is_file()]
    assert missing == []


def test_scan_finds_book_markup():
    samples = ["Se {cite:p}`hjoerring-case`.", "```{note}\nTekst\n```", "(label)=\n# Titel",
               "{doc}`../skabeloner`", ":class: dropdown\n"]
    assert all(ROLE_OR_DIRECTIVE.search(sample) for sample in samples)
    assert not ROLE_OR_DIRECTIVE.search("> **Bemærk:** Tekst med `kode` og [link](a.md).")


# The chapter each notebook belongs to (kom-i-gang is its own chapter).
CHAPTERS = {
    "book/notesboeger/case-hjoerring.ipynb": "../cases/hjoerring.md",
    "book/notesboeger/case-jevnaker.ipynb": "../cases/jevnaker.md",
    "book/notesboeger/case-nordfjordby.ipynb": "../cases/nordfjordby.md",
    "book/notesboeger/noegler-rangering.ipynb": "../grundlag/noegler.md",
    "book/notesboeger/planlaeg-samarbejdet.ipynb": "../trin/planlaeg.md",
    "book/notesboeger/typologi-selvvurdering.ipynb": "../grundlag/typologi.md",
    "book/oevelser/jevnaker-beregning.ipynb": "../cases/jevnaker.md",
    "book/oevelser/nordfjordby-maalgrupper.ipynb": "../cases/nordfjordby.md",
}


@pytest.mark.parametrize("path", sorted(CHAPTERS))
def test_notebook_links_back_to_its_chapter(path: str):
    """A link the pack and the download turn into the chapter's address (or its name)."""
    notebook = nbformat.read(ROOT / path, as_version=4)
    markdown = "\n".join(c.source for c in notebook.cells if c.cell_type == "markdown")
    assert f"]({CHAPTERS[path]})" in markdown


def test_kom_i_gang_says_how_to_write_save_and_hand_in():
    notebook = nbformat.read(ROOT / "book/notesboeger/kom-i-gang.ipynb", as_version=4)
    markdown = "\n".join(c.source for c in notebook.cells if c.cell_type == "markdown")
    assert "## Skriv, gem og aflever" in markdown
    assert all(word in markdown for word in ("Markdown", "Ctrl + S", "Download", ".ipynb"))


@pytest.mark.notebook
@pytest.mark.parametrize("path", ["book/oevelser/jevnaker-beregning.ipynb",
                                  "book/oevelser/nordfjordby-maalgrupper.ipynb",
                                  "book/notesboeger/case-hjoerring.ipynb"])
def test_calculation_notebook_ends_by_saving_the_learners_figures(path: str, tmp_path: Path):
    """The save cell (skipped by the book's build) writes the figures as the learner runs it."""
    notebook = nbformat.read(ROOT / path, as_version=4)
    save = next(c for c in notebook.cells if c.get("id") == "save")
    assert save.source.startswith("# Ret her") and "skip-execution" in save.metadata.tags
    name = re.search(r'filnavn = "([^"]+)"', save.source)[1]
    setup = "exec(" + repr(save.source) + ")"
    run = run_notebook(path, probe="open(" + repr(name) + ", encoding='utf-8').read()",
                       setup=setup, workdir=tmp_path)
    assert run.errors() == []
    saved = run.probe()
    assert saved.startswith("<!-- ") and "\n# " in saved and "|---|" in saved
