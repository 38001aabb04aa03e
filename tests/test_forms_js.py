"""The browser forms' JavaScript against the library: Node runs the same fills and must agree.

`node --test tests/js/` runs the table-driven tests of the Danish number and date reading and
the typology and ranking on the shared fixtures;
`tests/js/render.mjs` fills every template's example the way the browser form does, and its
Markdown, YAML and messages are compared with what samskab_lib gives for the same input.
"""
from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from samskab_lib.errors import InputError
from samskab_lib.templates.definitions import Filled, blank, load_template, template_ids
from samskab_lib.templates.fill import from_dict, load_example
from samskab_lib.templates.markdown_html import to_markdown
from samskab_lib.templates.validate import _Checker
from samskab_lib.templates.word import to_docx
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
    for template_id, result in zip(examples, fill_in_node(forms_data, inputs), strict=True):
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
                {"aktivitet": "Møde", "start": "2026-02-30", "slut": "2.3.2026",
                 "ansvarlig": "Projektleder", "timer": "12.5", "kroner": "2.500"},
                {"aktivitet": "Besøg", "start": "5. marts 2026", "slut": "2026-03-01",
                 "ansvarlig": "Mette", "timer": "1:30", "kroner": ""}]}
    [result] = fill_in_node(forms_data, [{"template": "samarbejdsplan", "form": form}])
    with pytest.raises(InputError) as library:
        from_dict({"skabelon": "samarbejdsplan", **{
            k: ([{c: v for c, v in row.items() if v} for row in v] if isinstance(v, list) else v)
            for k, v in form.items()}}, source=text("template_errors.form_source"))
    # The form names fields by their label, a file by its key; what is wrong reads the same.
    assert _what(result["problems"]) == _what(library.value.problems)
    source = text("template_errors.form_source")
    where = text("template_errors.where_column", source=source, field="Aktiviteter og kanaler",
                 row=1, column="Start")
    assert any(m.startswith(where) and "»2026-02-30«" in m and "28 dage" in m
               for m in result["problems"])
    where_end = text("template_errors.where_column", source=source,
                     field="Aktiviteter og kanaler", row=2, column="Slut")
    assert text("template_errors.date_order", where=where_end, start="5. marts 2026",
                end="1. marts 2026") in result["problems"]
    assert len(result["problems"]) == 4


def _what(messages: list[str]) -> list[str]:
    """What each message says is wrong, without where."""
    return sorted(m.split(": ", 1)[1] for m in messages)


def test_word_body_is_the_librarys_for_every_example_and_blank_sheet(forms_data: Path) -> None:
    cases = [load_example(i) for i in template_ids()] + [blank(i) for i in template_ids()]
    inputs = [{"template": f.template.id, "form": {k: typed(v) for k, v in f.values.items()}}
              for f in cases]
    for filled, result in zip(cases, fill_in_node(forms_data, inputs), strict=True):
        with zipfile.ZipFile(io.BytesIO(to_docx(filled))) as library:
            xml = library.read("word/document.xml").decode("utf-8")
        assert result["word_body"] == xml[xml.index("<w:body>"):], filled.template.id


def test_partly_filled_form_gives_the_librarys_markdown(forms_data: Path) -> None:
    """Optional empty fields are left out, a required empty one shows "–", dates in Danish."""
    form = {"gruppe": "3", "top_fem": [{"nøgle": "9"}], "noter": "Husk kaffe",
            "deltagere": [{"navn": "Anna"}]}
    plan = {"projekt": "Grønne tage", "aktiviteter": [
        {"aktivitet": "Møde", "start": "2.3.2026", "slut": "4. marts 2026", "timer": "1,5"}]}
    results = fill_in_node(forms_data, [{"template": "gruppeplakat", "form": form},
                                        {"template": "samarbejdsplan", "form": plan}])
    for (template_id, values), result in zip((("gruppeplakat", form), ("samarbejdsplan", plan)),
                                             results, strict=True):
        filled = Filled(load_template(template_id), _library_values(template_id, values))
        assert result["markdown"] == to_markdown(filled), template_id
    assert "2. marts 2026" in results[1]["markdown"]
    assert "\n–\n" in results[1]["markdown"]


def _library_values(template_id: str, form: dict[str, Any]) -> dict[str, Any]:
    """The values the library reads from *form* while problems remain (a draft being typed)."""
    checker = _Checker(text("template_errors.form_source"))
    data = {k: [{c: v for c, v in row.items() if v} for row in v] if isinstance(v, list) else v
            for k, v in form.items()}
    return {spec.id: checker.field(spec, data.get(spec.id))
            for spec in load_template(template_id).inputs}


def test_amounts_with_oere_keep_two_decimals_in_both_readings(forms_data: Path) -> None:
    """Kroner with øre read "1.200,50" on the sheet, in the total and in the YAML, as in the library."""
    plan = {"projekt": "Grønne tage", "formål": "Færre oliefyr", "målgrupper": "Ejere",
            "budskaber": "Skift nu", "aktiviteter": [
                {"aktivitet": "Møde", "start": "2.3.2026", "slut": "2.3.2026", "ansvarlig": "Mette",
                 "timer": "1,5", "kroner": "1.200,50"},
                {"aktivitet": "Besøg", "start": "3.3.2026", "slut": "3.3.2026", "ansvarlig": "Bo",
                 "timer": "2", "kroner": "2.500"}]}
    [result] = fill_in_node(forms_data, [{"template": "samarbejdsplan", "form": plan}])
    filled = from_dict({"skabelon": "samarbejdsplan", **plan})
    assert result["problems"] == []
    assert result["markdown"] == to_markdown(filled)
    assert "| 1.200,50 |" in result["markdown"] and "| 2.500 |" in result["markdown"]
    assert "**3.700,50**" in result["markdown"] and "**3,5**" in result["markdown"]
    assert "kroner: 1.200,50" in result["yaml"]
    assert from_dict(yaml.safe_load(result["yaml"])).values == filled.values


def test_emoji_and_full_width_digits_fill_as_in_the_library(forms_data: Path) -> None:
    """Emoji reach the Markdown and the Word file whole; "２.５００" and "٢٠٢٦" are read as digits."""
    plan = {"projekt": "Grønne tage 🌱", "formål": "Færre oliefyr 👍🏽", "målgrupper": "Ejere 🇩🇰",
            "budskaber": "Skift nu", "aktiviteter": [
                {"aktivitet": "Møde 🌳", "start": "2.3.٢٠٢٦", "slut": "2.3.2026", "ansvarlig": "Mette",
                 "timer": "1,5", "kroner": "２.５００"}]}
    [result] = fill_in_node(forms_data, [{"template": "samarbejdsplan", "form": plan}])
    filled = from_dict({"skabelon": "samarbejdsplan", **plan})
    assert result["problems"] == []
    assert result["markdown"] == to_markdown(filled)
    with zipfile.ZipFile(io.BytesIO(to_docx(filled))) as library:
        xml = library.read("word/document.xml").decode("utf-8")
    assert result["word_body"] == xml[xml.index("<w:body>"):]
    for kept in ("Grønne tage 🌱", "Færre oliefyr 👍🏽", "Ejere 🇩🇰", "Møde 🌳", "2.500"):
        assert kept in result["word_body"], kept


# --- the forms of the Norwegian (bokmål) edition ------------------------------------------------

@pytest.fixture(scope="module")
def norwegian_forms_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The browser forms' data as the nb edition's build exports it."""
    from samskab_book import forms
    from samskab_lib.texts import language_scope

    folder = tmp_path_factory.mktemp("forms-data-nb")
    with language_scope("nb"):
        forms.write_data(folder)
    return folder


def _plan_form(kroner: str) -> dict[str, Any]:
    return {"projekt": "Arealdelen", "formål": "Medvirkning", "målgrupper": "Ungdom",
            "budskaber": "Si din mening", "aktiviteter": [
                {"aktivitet": "Folkemøte", "start": "1. mars 2027", "slut": "2.3.2027",
                 "ansvarlig": "Planlegger", "timer": "12,5", "kroner": kroner}]}


def test_in_norwegian_a_spaced_number_reads_and_the_sheet_is_the_librarys(
        norwegian_forms_data: Path) -> None:
    from samskab_lib.texts import language_scope

    [result] = fill_in_node(norwegian_forms_data, [{"template": "samarbejdsplan",
                                                    "form": _plan_form("2 500")}])
    assert result["problems"] == []
    with language_scope("nb"):
        filled = from_dict({"skabelon": "samarbejdsplan", **_plan_form("2 500")})
        markdown = to_markdown(filled)
        with zipfile.ZipFile(io.BytesIO(to_docx(filled))) as library:
            xml = library.read("word/document.xml").decode("utf-8")
    assert filled.values["aktiviteter"][0]["kroner"] == 2500
    assert result["markdown"] == markdown and "| 2\u00a0500 |" in markdown
    assert "2. mars 2027" in markdown and "Aktiviteter og kanaler" in markdown
    assert result["word_body"] == xml[xml.index("<w:body>"):]
    assert yaml.safe_load(result["yaml"])["aktiviteter"][0]["kroner"] == 2500


def test_in_norwegian_a_thousands_point_is_refused_with_a_norwegian_hint_naming_the_field(
        norwegian_forms_data: Path) -> None:
    from samskab_lib.texts import language_scope

    [result] = fill_in_node(norwegian_forms_data, [{"template": "samarbejdsplan",
                                                    "form": _plan_form("2.500")}])
    [message] = result["problems"]
    assert "rad 1, kolonnen «Kroner»" in message
    assert "«2.500» kan ikke leses som et tall" in message and "2 500" in message
    with language_scope("nb"), pytest.raises(InputError) as library:
        from_dict({"skabelon": "samarbejdsplan", **_plan_form("2.500")})
    assert _what(result["problems"]) == _what(library.value.problems)


def test_the_norwegian_word_skeleton_has_nb_no_proofing(norwegian_forms_data: Path) -> None:
    data = json.loads((norwegian_forms_data / "skabeloner.json").read_text(encoding="utf-8"))
    skeleton = norwegian_forms_data / data["word"]["samarbejdsplan"]["skeleton"]
    with zipfile.ZipFile(skeleton) as word:
        styles = word.read("word/styles.xml").decode("utf-8")
    assert 'w:val="nb-NO"' in styles and 'w:val="da-DK"' not in styles
    assert data["texts"]["format"] == {"thousands": "\u00a0", "decimal": ",",
                                       "word_language": "nb-NO", "html_language": "nb",
                                       "quoted": "«{value}»"}
