"""Filling from a dict and from YAML, writing YAML back, and the blank YAML file."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from samskab_lib import (
    InputError,
    blank_yaml,
    from_dict,
    load_example,
    load_filled,
    to_yaml,
)
from samskab_lib.templates.definitions import example_path, template_ids


@pytest.mark.parametrize("template_id", template_ids())
def test_every_example_names_its_template_and_is_valid(template_id):
    raw = yaml.safe_load(example_path(template_id).read_text(encoding="utf-8"))
    assert raw["skabelon"] == template_id
    assert load_filled(example_path(template_id)).template.id == template_id


@pytest.mark.parametrize("template_id", template_ids())
def test_yaml_round_trip_keeps_every_value(template_id, tmp_path: Path):
    filled = load_example(template_id)
    path = tmp_path / "igen.yml"
    path.write_text(to_yaml(filled), encoding="utf-8")
    again = load_filled(path)
    assert again.values == filled.values


@pytest.mark.parametrize("template_id", template_ids())
def test_blank_yaml_lists_every_field_with_its_help_as_a_comment(template_id):
    from samskab_lib import load_template
    content = blank_yaml(template_id)
    template = load_template(template_id)
    data = yaml.safe_load(content)
    assert data["skabelon"] == template_id
    assert set(data) == {"skabelon", *template.field_ids}
    for spec in template.inputs:
        assert f"# {spec.label}" in content and spec.help in content
        for column in spec.columns:
            assert column.help in content


def test_blank_yaml_is_rejected_with_every_required_field_named():
    with pytest.raises(InputError) as caught:
        from_dict(yaml.safe_load(blank_yaml("udgangspunkt")), source="tom.yml")
    assert [p.split(":")[0] for p in caught.value.problems] == [
        "tom.yml, feltet »projekt«", "tom.yml, feltet »hvad«", "tom.yml, feltet »hvorfor«",
        "tom.yml, feltet »hvornår«", "tom.yml, feltet »hvor_meget«"]


def test_dates_are_read_from_yaml_dates_and_iso_strings():
    base = yaml.safe_load(example_path("samarbejdsplan").read_text(encoding="utf-8"))
    base["aktiviteter"][0]["start"] = "2017-09-05"
    filled = from_dict(base)
    assert filled.values["aktiviteter"][0]["start"] == date(2017, 9, 5)
    assert filled.values["aktiviteter"][0]["slut"] == date(2017, 10, 13)


def test_file_without_template_key_is_told_to_add_it(tmp_path: Path):
    path = tmp_path / "plan.yml"
    path.write_text("formål: noget\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_filled(path)
    assert caught.value.problems == [
        "plan.yml: filen siger ikke, hvilken skabelon den udfylder. Skriv fx »skabelon: "
        "udgangspunkt« øverst. Skabeloner: udgangspunkt, trinplan, maalgruppeanalyse, "
        "samarbejdsplan, budskaber_kanaler, naar_det_gaar_galt, netvaerksgrupper, gruppeplakat, "
        "risikolog, evalueringsplan, tilbagemelding."]


def test_misspelt_template_name_gets_a_suggestion(tmp_path: Path):
    path = tmp_path / "plan.yml"
    path.write_text("skabelon: samarbejdsplanen\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_filled(path)
    assert "Mente du »samarbejdsplan«?" in caught.value.problems[0]


def test_broken_yaml_names_the_file_and_line(tmp_path: Path):
    path = tmp_path / "plan.yml"
    path.write_text("skabelon: samarbejdsplan\nformål: [ikke lukket\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_filled(path)
    assert caught.value.problems == [
        "plan.yml, linje 3, kolonne 1: en liste i firkantede parenteser er ikke lukket rigtigt. "
        "Sæt ] til sidst, og adskil punkterne med komma."]


def test_yaml_tags_are_refused_because_only_safe_load_is_used(tmp_path: Path):
    path = tmp_path / "plan.yml"
    path.write_text("skabelon: !!python/object/apply:os.system [»echo hej«]\n", encoding="utf-8")
    with pytest.raises(InputError):
        load_filled(path)


def test_file_not_in_utf8_is_named(tmp_path: Path):
    path = tmp_path / "plan.yml"
    path.write_bytes("skabelon: udgangspunkt\nhvad: Ærø\n".encode("latin-1"))
    with pytest.raises(InputError) as caught:
        load_filled(path)
    assert "ikke gemt som UTF-8" in caught.value.problems[0]


def test_kroner_with_oere_keep_two_decimals_in_markdown_and_yaml() -> None:
    from samskab_lib.templates.markdown_html import to_markdown

    rows = [{"aktivitet": "Møde", "start": "2.3.2026", "slut": "2.3.2026", "ansvarlig": "Mette",
             "timer": "12,5", "kroner": "1.200,50"},
            {"aktivitet": "Besøg", "start": "3.3.2026", "slut": "3.3.2026", "ansvarlig": "Bo",
             "timer": "2", "kroner": "2.500"}]
    filled = from_dict({"skabelon": "samarbejdsplan", "projekt": "P", "formål": "F",
                        "målgrupper": ["M"], "budskaber": ["B"], "aktiviteter": rows})
    markdown = to_markdown(filled)
    assert "| 1.200,50 |" in markdown and "| 2.500 |" in markdown and "| 12,5 |" in markdown
    assert "**3.700,50**" in markdown
    assert "kroner: 1.200,50" in to_yaml(filled)
