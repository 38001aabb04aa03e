"""The case schema: every case file validates, and each broken file gets a Danish message.

The broken files in ``tests/fixtures/broken_cases/`` each differ from ``gyldig.yml`` in one
place; the table below says which field on which line the message must name.
"""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml
from make_case_schema import BEGIN, END, readme_with_table

from samskab_lib.cases.loading import list_cases, load_case
from samskab_lib.cases.model import SCHEMA_VERSION, case_schema
from samskab_lib.errors import InputError
from samskab_lib.resources import cases_dir

CORPUS = Path(__file__).parent / "fixtures" / "broken_cases"

# file, field, line, what the message says
BROKEN = [
    ("kilde_mangler.yml", "deltagere.i_alt", 37, "kilden mangler."),
    ("ukendt_metodekort.yml", "klassifikation.metodekort[1]", 27,
     "»hackathon« kendes ikke her. Mulige værdier: ambassadoerer, borgermoede,"),
    ("beloeb_uden_valuta.yml", "omkostninger.beløb", 42,
     "et beløb skal have en valuta. Skriv »valuta:« under omkostninger (DKK, NOK)."),
    ("periode_baglaens.yml", "periode.til", 19,
     "perioden slutter (2017-03) før den begynder (2017-09)."),
    ("ukendt_felt.yml", "budget_note", 52,
     "feltet kendes ikke. Tilladte felter her: skemaversion, id, fiktiv, titel,"),
    ("nyere_skemaversion.yml", "skemaversion", 2,
     "filen er skrevet til skemaversion 2, men denne udgave af samskab kender kun skemaversion 1."),
    ("fiktiv_med_rigtig_kilde.yml", "titel.kilde", 7,
     "casen er fiktiv, så kilden skal være »eksempeldata«, ikke »jevnaker2017«."),
    ("negativt_antal.yml", "deltagere.i_alt.værdi", 38, "-80 er negativ."),
    ("ugyldig_valuta.yml", "omkostninger.valuta", 42, "»EUR« kendes ikke her. Mulige værdier: DKK, NOK."),
]


def test_the_corpus_differs_from_a_valid_file():
    assert load_case(CORPUS / "gyldig.yml").participants.total.value == 80
    assert sorted(p.name for p in CORPUS.glob("*.yml")) == sorted(
        ["gyldig.yml", *(name for name, *_ in BROKEN)])


@pytest.mark.parametrize(("name", "field", "line", "message"), BROKEN,
                         ids=[row[0] for row in BROKEN])
def test_broken_case_gets_a_danish_message_with_file_field_and_line(name, field, line, message):
    path = CORPUS / name
    with pytest.raises(InputError) as caught:
        load_case(path)
    first = caught.value.problems[0]
    shown = path.relative_to(cases_dir().parent)
    assert first.startswith(f"{shown}, linje {line}, felt »{field}«: {message}")
    if name != "fiktiv_med_rigtig_kilde.yml":
        assert len(caught.value.problems) == 1, caught.value.problems


@pytest.fixture(scope="module")
def schema() -> dict:
    return case_schema()


def test_schema_is_valid_json_schema_and_versioned(schema):
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$id"] == f"case-schema-v{SCHEMA_VERSION}.json"
    assert schema["properties"]["skemaversion"] == {
        "const": 1, "title": "Skemaversion", "type": "integer",
        "description": "`1`, the version of this schema"}
    assert schema["additionalProperties"] is False


@pytest.mark.parametrize("case_id", list_cases())
def test_every_case_file_validates_against_the_generated_schema(schema, case_id):
    data = yaml.safe_load((cases_dir() / case_id / "case.yml").read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(json.dumps(data, default=str)), schema,
                        cls=jsonschema.Draft202012Validator)
    assert load_case(case_id).id == case_id


@pytest.mark.parametrize(("name", "pointer"), [
    ("kilde_mangler.yml", ["deltagere", "i_alt"]),
    ("ukendt_metodekort.yml", ["klassifikation", "metodekort", 1]),
    ("ukendt_felt.yml", []),
    ("nyere_skemaversion.yml", ["skemaversion"]),
    ("ugyldig_valuta.yml", ["omkostninger", "valuta"]),
])
def test_the_published_schema_alone_refuses_the_broken_files(schema, name, pointer):
    """A validator in another language, with only the JSON Schema, finds the same fields."""
    data = yaml.safe_load((CORPUS / name).read_text(encoding="utf-8"))
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(data))
    assert errors
    assert any(list(e.absolute_path)[:len(pointer)] == pointer for e in errors)


def test_the_committed_schema_file_is_the_model(schema):
    committed = cases_dir() / "skema" / f"case-schema-v{SCHEMA_VERSION}.json"
    assert json.loads(committed.read_text(encoding="utf-8")) == schema


def test_readme_field_table_is_written_from_the_model(schema):
    readme = (cases_dir() / "README.md").read_text(encoding="utf-8")
    assert readme == readme_with_table(readme, schema), "run scripts/make_case_schema.py"
    table = readme.split(BEGIN)[1].split(END)[0]
    assert [row.split("`")[1] for row in table.strip().splitlines()[2:]] == \
        list(schema["properties"])
    assert "| `omkostninger` | yes | `valuta` (`DKK` or `NOK`; required when `beløb` is known)" \
        in table
    assert "| `erfaringer` | no |" in table
