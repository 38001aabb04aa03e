"""A notebook's example texts in the reader's language (samskab_lib.notebook_examples)."""
from __future__ import annotations

import ast
import json
from pathlib import Path

from samskab_lib.notebook_examples import example_texts, in_reader_language
from samskab_lib.texts import language_scope

NOTEBOOK = Path(__file__).resolve().parents[1] / "book" / "notesboeger" / "noegler-rangering.ipynb"


def _learner_cell_values() -> dict[str, object]:
    """The values the poster cell a learner edits assigns, read from the notebook's source."""
    cells = json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]
    source = next("".join(cell["source"]) for cell in cells
                  if "".join(cell["source"]).startswith("# Ret her: plakatens tekster"))
    return {node.targets[0].id: ast.literal_eval(node.value)
            for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)}


def test_the_danish_example_is_the_one_the_notebook_cell_holds():
    cell = _learner_cell_values()
    assert {name: cell[name] for name in example_texts("noegler-plakat", "da")} == \
        example_texts("noegler-plakat", "da")


def test_unchanged_example_texts_are_shown_in_bokmaal_and_a_learners_own_as_written():
    values = {**example_texts("noegler-plakat", "da"), "noter": "Vores egen note"}
    with language_scope("nb"):
        shown = in_reader_language(values, "noegler-plakat")
    assert shown["pitch"] == ("Vi begynner med hvorfor og med de innbyggerne vi vanligvis "
                              "ikke hører fra.")
    assert shown["begrundelser"][18].startswith("Innbyggerne må vite")
    assert shown["noter"] == "Vores egen note"
    assert shown["deltagere"] == ["Anna", "Bilal", "Camilla"]


def test_the_danish_edition_shows_the_values_as_they_are():
    values = example_texts("noegler-plakat", "da")
    with language_scope("da"):
        assert in_reader_language(values, "noegler-plakat") == values
