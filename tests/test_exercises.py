"""Exercises: one source of truth (exercises.yml) that the pages, catalogue and plans agree with."""
from __future__ import annotations

import gettext
import json
import re
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from samskab_book.labels import write_catalogues
from samskab_lib.data_schema import read_file
from samskab_lib.errors import InputError
from samskab_lib.handbook.exercises import Exercise, Exercises, load_exercises
from samskab_lib.resources import DATA_DIR, data_path
from samskab_lib.texts import text

ROOT = Path(__file__).resolve().parent.parent

EXERCISES = load_exercises()
BY_ID = {e.id: e for e in EXERCISES}
PAGES = sorted({e.page for e in EXERCISES})
EXERCISE_BLOCK = re.compile(
    r"```\{exercise\} (?P<title>[^\n]+)\n:label: (?P<id>\S+)\n(?P<body>.*?)\n```", re.S)
REF = re.compile(r"\{ref\}`(?P<title>[^<`]+) <(?P<id>oevelse-[a-z-]+)>`")
PLAN_TABLE = re.compile(
    r"```\{table\} .*?(?P<start>\d\d\.\d\d)–(?P<end>\d\d\.\d\d) \((?P<total>\d+) minutter\)\.\n"
    r"(?P<body>.*?)\n```", re.S)
PLAN_ROW = re.compile(r"^\| (?P<clock>\d\d\.\d\d) \| (?P<minutes>\d+) \| (?P<content>.+) \|$", re.M)


def _source(page: str) -> str:
    return (ROOT / f"{page}.md").read_text(encoding="utf-8")


def _blocks(page: str) -> dict[str, re.Match]:
    return {m["id"]: m for m in EXERCISE_BLOCK.finditer(_source(page))}


def _clock(value: str) -> datetime:
    return datetime.strptime(value, "%H.%M")


def test_every_chapter_of_parts_one_to_three_has_an_exercise():
    assert {e.chapter for e in EXERCISES} >= set(range(1, 12))


def test_exercise_ids_are_unique():
    assert len(BY_ID) == len(EXERCISES)


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda e: e.id)
def test_page_shows_the_exercise_as_in_the_data(exercise):
    block = _blocks(exercise.page).get(exercise.id)
    assert block, f"{exercise.id} is missing from {exercise.page}.md"
    body = block["body"]
    assert block["title"] == exercise.title
    assert f"**Læringsmål:** {exercise.goal}" in body
    assert f"**Tid:** {exercise.minutes} minutter" in body
    assert f"**Materialer:** {exercise.materials}" in body
    assert "**Opgave:**" in body
    solution = re.search(r"```\{solution\} " + re.escape(exercise.id) + r"\n(:[^\n]*\n)*",
                         _source(exercise.page))
    assert solution and ":class: dropdown" in solution.group(0)


def test_pages_hold_no_exercise_missing_from_the_data():
    on_pages = {i for page in PAGES for i in _blocks(page)}
    assert on_pages == set(BY_ID)


def test_catalogue_table_matches_the_data():
    rows = re.findall(r"^\| \{ref\}`(.+?) <(.+?)>` \| `(.+?)` \| \{doc\}`/(.+?)` \| (\d+) min "
                      r"\| (.+?) \| (.+?) \|$",
                      (ROOT / "book/oevelser/katalog.md").read_text(encoding="utf-8"), re.M)
    assert [r[1] for r in rows] == [e.id for e in EXERCISES]
    for title, exercise_id, shown_id, chapter_page, minutes, materials, notebook in rows:
        assert shown_id == exercise_id
        exercise = BY_ID[exercise_id]
        assert (title, chapter_page, int(minutes), materials) == (
            exercise.title, exercise.chapter_page, exercise.minutes, exercise.materials)
        assert (ROOT / f"{chapter_page}.md").is_file()
        expected = Path(exercise.notebook).stem if exercise.notebook else None
        assert (notebook == f"{{doc}}`{expected}`") if expected else notebook == "–"


def test_catalogue_states_the_total_time():
    total = sum(e.minutes for e in EXERCISES)
    assert f"i alt {total} minutter" in (ROOT / "book/oevelser/katalog.md").read_text("utf-8")


def test_course_plans_add_up_and_use_the_exercise_times():
    tables = list(PLAN_TABLE.finditer((ROOT / "book/oevelser/forloeb.md").read_text("utf-8")))
    assert [int(t["total"]) for t in tables] == [210, 360, 150, 150, 150]
    for table in tables:
        rows = list(PLAN_ROW.finditer(table["body"]))
        clock = _clock(table["start"])
        for row in rows:
            assert _clock(row["clock"]) == clock, row.group(0)
            clock += timedelta(minutes=int(row["minutes"]))
            ref = REF.search(row["content"])
            if ref:
                exercise = BY_ID[ref["id"]]
                assert (ref["title"], int(row["minutes"])) == (exercise.title, exercise.minutes)
        assert clock == _clock(table["end"])
        assert sum(int(r["minutes"]) for r in rows) == int(table["total"])


@pytest.mark.parametrize("exercise", [e for e in EXERCISES if e.notebook], ids=lambda e: e.id)
def test_exercise_notebook_has_folded_solutions_and_no_outputs(exercise):
    cells = json.loads((ROOT / exercise.notebook).read_text(encoding="utf-8"))["cells"]
    solutions = [c for c in cells if "loesning" in c["metadata"].get("tags", [])]
    assert solutions
    for cell in solutions:
        source = "".join(cell["source"])
        if cell["cell_type"] == "code":
            assert "hide-cell" in cell["metadata"]["tags"]
        else:  # plain Markdown, folded in Jupyter and in the book alike
            assert source.startswith("<details>") and source.rstrip().endswith("</details>")
    assert all(not c.get("outputs") for c in cells if c["cell_type"] == "code")


def test_danish_catalogue_translates_the_exercise_titles(tmp_path: Path):
    write_catalogues(tmp_path, "da")
    translation = gettext.translation("exercise", localedir=tmp_path, languages=["da"])
    assert translation.gettext("Exercise") == text("danish_labels.exercise") == "Øvelse"
    assert translation.gettext("Solution to") == "Løsning til"


# --- the built site -------------------------------------------------------------------------

@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda e: e.id)
def test_built_page_has_the_exercise_anchor(site: Path, exercise):
    page = (site / f"{exercise.page}.html").read_text(encoding="utf-8")
    assert f'id="{exercise.id}"' in page
    assert exercise.title in page


@pytest.mark.parametrize("page_name", PAGES)
def test_every_solution_is_hidden_by_default(site: Path, page_name: str):
    page = (site / f"{page_name}.html").read_text(encoding="utf-8")
    solutions = re.findall(r'<div class="([^"]*\bsolution\b[^"]*)"', page)
    assert len(solutions) == len([e for e in EXERCISES if e.page == page_name])
    assert all("dropdown" in classes.split() for classes in solutions)
    assert "togglebutton.js" in page and ".admonition.dropdown" in page
    shown = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))
    assert re.search(r"Løsning til Øvelse \d+", shown) and "Solution" not in shown


@pytest.mark.parametrize("notebook", [e.notebook for e in EXERCISES if e.notebook])
def test_notebook_solution_cells_are_folded_on_the_page(site: Path, notebook: str):
    """Each solution is a folded block on the page, not a cell that runs in the learner's way."""
    cells = json.loads((ROOT / notebook).read_text(encoding="utf-8"))["cells"]
    solutions = [c for c in cells if "loesning" in c["metadata"].get("tags", [])]
    assert solutions and all(c["cell_type"] == "markdown" for c in solutions)
    page = (site / notebook).with_suffix(".html").read_text(encoding="utf-8")
    folded = re.findall(r"<details([^>]*)>\s*<summary>(Løsning[^<]*)</summary>", page)
    assert len(folded) == len(solutions)
    assert all("open" not in attributes for attributes, _ in folded)
    assert "Show code cell" not in page


@pytest.mark.parametrize("page_name", ["book/oevelser/forloeb", "book/oevelser/katalog"])
def test_exercise_links_resolve_to_anchors_in_the_site(site: Path, page_name: str):
    page_path = site / f"{page_name}.html"
    links = re.findall(r'<a class="reference internal" href="([^"#]+)#(oevelse-[a-z-]+)"',
                       page_path.read_text(encoding="utf-8"))
    source_ids = {m["id"] for m in REF.finditer(_source(page_name))}
    assert {anchor for _, anchor in links} == source_ids
    for target, anchor in links:
        html = (page_path.parent / target).read_text(encoding="utf-8")
        assert f'id="{anchor}"' in html, f"{target}#{anchor}"


def _problems(tmp_path: Path, change) -> list[str]:
    """The problems the reader names in a copy of ``exercises.yml`` after *change*."""
    path = tmp_path / "exercises.yml"
    path.write_text(change((DATA_DIR / "exercises.yml").read_text(encoding="utf-8")),
                    encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_file(Exercises, path, "data/exercises.yml")
    return caught.value.problems


def _line(start: str) -> int:
    lines = (DATA_DIR / "exercises.yml").read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if line.startswith(start))


def test_a_misspelt_key_is_refused_with_file_line_and_field(tmp_path: Path):
    problems = _problems(tmp_path, lambda data: data.replace("  minutes: 20", "  minuter: 20", 1))
    assert problems == [
        f"data/exercises.yml, linje {_line('- id: oevelse-samskabelse')}, felt »[0].minutes«: "
        "feltet mangler.",
        f"data/exercises.yml, linje {_line('  minutes: 20')}, felt »[0].minuter«: feltet kendes "
        "ikke. Tilladte felter her: " + ", ".join(Exercise.model_fields) + ".",
    ]


def test_a_wrong_type_and_a_time_of_nothing_are_named(tmp_path: Path):
    problems = _problems(tmp_path, lambda data: data.replace("  minutes: 20", "  minutes: tyve", 1)
                         .replace("  minutes: 45", "  minutes: 0", 1))
    assert problems == [
        f"data/exercises.yml, linje {_line('  minutes: 20')}, felt »[0].minutes«: skal være et helt "
        "tal på 0 eller derover, men er »tyve«.",
        f"data/exercises.yml, linje {_line('  minutes: 45')}, felt »[2].minutes«: skal være over 0, "
        "men er 0.",
    ]


def test_a_missing_title_is_named(tmp_path: Path):
    (problem,) = _problems(tmp_path, lambda data: data.replace(
        "  title: Fra information til dialog\n", "", 1))
    assert problem == (f"data/exercises.yml, linje {_line('- id: oevelse-samskabelse')}, "
                       "felt »[0].title«: feltet mangler.")


@pytest.mark.parametrize("language", ["da", "nb"])
def test_the_shipped_exercises_validate_in_both_languages(language: str):
    path = data_path("exercises.yml", language)
    assert [e.id for e in read_file(Exercises, path, "exercises.yml").root] == list(BY_ID)
