"""A template definition is checked against one model: a misspelt key or a wrong type is an
error naming file, line and field, never a silent default."""
from __future__ import annotations

import pytest
import yaml

from samskab_lib.data_schema import validate
from samskab_lib.errors import InputError
from samskab_lib.templates.definitions import Template, load_template, template_ids

GOOD = """\
id: proeve
order: 1
fields:
  - {id: projekt, type: tekst, required: true}
  - id: aktiviteter
    type: rækker
    required: false
    columns:
      - {id: hvad, type: tekst, required: true, width: 2}
      - {id: pris, type: tal, required: false, min: 0, shows: kroner}
"""


def _problems(definition: str) -> list[str]:
    with pytest.raises(InputError) as raised:
        validate(Template, yaml.safe_load(definition), definition, "data/templates/proeve.yml")
    return raised.value.problems


def test_a_good_definition_gives_fields_with_their_text_keys_and_aliases():
    template = validate(Template, yaml.safe_load(GOOD), GOOD, "proeve.yml")
    price = template.field("aktiviteter").column("pris")
    assert price.text_key == "templates.proeve.fields.aktiviteter.columns.pris"
    assert (price.minimum, price.shows, template.field("aktiviteter").column("hvad").width) == \
        (0, "kroner", 2)


def test_a_misspelt_key_is_refused_with_file_line_field_and_the_allowed_keys():
    problems = _problems(GOOD.replace("width: 2", "widht: 2"))
    assert len(problems) == 1
    assert problems[0].startswith(
        "data/templates/proeve.yml, linje 9, felt »fields[1].columns[0].widht«: feltet kendes ikke")
    assert "width" in problems[0] and "writing_lines" in problems[0]


def test_a_column_cannot_repeat_as_rows_and_a_rows_field_needs_columns():
    problems = _problems(GOOD.replace("{id: hvad, type: tekst", "{id: hvad, type: rækker"))
    assert len(problems) == 1
    assert "»fields[1].columns[0].type«" in problems[0] and "rækker" in problems[0]
    problems = _problems(GOOD.replace("type: rækker\n    required: false",
                                      "type: tekst\n    required: false"))
    assert problems == ["data/templates/proeve.yml, linje 5, felt »fields[1]«: et felt af typen "
                        "»rækker« skal have kolonner (columns), og andre felter må ikke have dem."]


def test_every_problem_is_named_at_once():
    problems = _problems(GOOD.replace("shows: kroner", "shows: euro")
                         .replace("type: tekst, required: true}", "type: tekst}"))
    assert any("linje 4" in p and "»fields[0].required«" in p and "mangler" in p for p in problems)
    assert any("»fields[1].columns[1].shows«" in p and "euro" in p for p in problems)


@pytest.mark.parametrize("template_id", template_ids())
def test_every_shipped_definition_keeps_its_words_in_the_catalogue(template_id):
    template = load_template(template_id)
    assert all(field.label and field.help for field in template.fields)
    assert all(column.label for field in template.fields for column in field.columns)
