"""The browser forms' JavaScript against the library: Node runs the same fills and must agree.

`node --test tests/js/` runs the table-driven tests of the Danish number and date reading and
the typology and ranking on the shared fixtures;
`tests/js/render.mjs` fills every template's example the way the browser form does, and its
Markdown, YAML and messages are compared with what samskab_lib gives for the same input.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from samskab_lib.templates.definitions import blank, template_ids
from samskab_lib.templates.fill import from_dict, load_example
from samskab_lib.templates.markdown_html import to_markdown
from samskab_lib.texts import text

ROOT = Path(__file__).resolve().parents[1]
NODE = shutil.which("node")
pytestmark = pytest.mark.skipif(NODE is None, reason="Node.js is not installed")


def typed(value: Any) -> Any:
    """A clean library value as a person types it into the form (Danish numbers)."""
    if isinstance(value, list):
        if value and isinstance(value[0], dict):
            return [{k: typed(v) for k, v in row.items()} for row in value]
        return "\n".join(str(v) for v in value)
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".")
    if isinstance(value, float):
        return f"{value:,}".replace(",", "X").replace(".", ",").replace("X", ".")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def fill_in_node(forms_data: Path, inputs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    request = json.dumps({"data": str(forms_data), "inputs": inputs})
    result = subprocess.run([NODE, str(ROOT / "tests" / "js" / "render.mjs")], input=request,
                            capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(result.stdout)


def test_node_unit_tests_pass(forms_data: Path) -> None:
    environment = {**os.environ, "SAMSKAB_FORMS_DATA": str(forms_data)}
    result = subprocess.run([NODE, "--test", "tests/js/"], capture_output=True, text=True, cwd=ROOT,
                            env=environment)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "# fail 0" in result.stdout


def test_every_example_gives_the_librarys_markdown_and_a_yaml_that_reads_back(forms_data: Path) -> None:
    examples = {i: load_example(i) for i in template_ids()}
    inputs = [{"template": i, "form": {k: typed(v) for k, v in e.values.items()}}
              for i, e in examples.items()]
    for template_id, result in zip(examples, fill_in_node(forms_data, inputs)):
        example = examples[template_id]
        assert result["problems"] == [], template_id
        assert result["markdown"] == to_markdown(example), template_id
        again = from_dict(yaml.safe_load(result["yaml"]), source=f"{template_id}.yml")
        assert again.values == example.values, template_id


def test_blank_form_gives_the_blank_sheet(forms_data: Path) -> None:
    [result] = fill_in_node(forms_data, [{"template": "samarbejdsplan", "form": {}}])
    assert result["markdown"] == to_markdown(blank("samarbejdsplan"))


def test_wrong_input_gives_the_librarys_danish_messages(forms_data: Path) -> None:
    form = {"projekt": "Grønne tage", "formål": "Færre oliefyr", "målgrupper": "Ejere",
            "budskaber": "Skift nu", "aktiviteter": [
                {"aktivitet": "Møde", "start": "2026-02-30", "slut": "2026-03-02",
                 "ansvarlig": "Projektleder", "timer": "12.5", "kroner": "2.500"},
                {"aktivitet": "Besøg", "start": "2026-03-05", "slut": "2026-03-01",
                 "ansvarlig": "Mette", "timer": "", "kroner": ""}]}
    [result] = fill_in_node(forms_data, [{"template": "samarbejdsplan", "form": form}])
    source = text("template_errors.form_source")
    where = text("template_errors.where_column", source=source, field="Aktiviteter og kanaler",
                 row=1, column="Start")
    assert any(m.startswith(where) and "'2026-02-30'" in m for m in result["problems"])
    where_hours = text("template_errors.where_column", source=source,
                       field="Aktiviteter og kanaler", row=1, column="Timer")
    assert text("template_errors.not_number", where=where_hours, value="12.5") in result["problems"]
    where_end = text("template_errors.where_column", source=source,
                     field="Aktiviteter og kanaler", row=2, column="Slut")
    assert text("template_errors.date_order", where=where_end, start="2026-03-05",
                end="2026-03-01") in result["problems"]
    assert len(result["problems"]) == 3
