"""Bad input gets one Danish sentence per problem: file, field, what is wrong and what to do."""
from __future__ import annotations

import copy

import pytest

from samskab_lib import InputError, load_example, validate
from samskab_lib.templates.fill import from_dict
from samskab_lib.templates.validate import suggest
from samskab_lib.texts import text


def _plan() -> dict:
    return copy.deepcopy(dict(load_example("samarbejdsplan").values))


def _problems(template_id: str, data: object) -> list[str]:
    with pytest.raises(InputError) as caught:
        validate(template_id, data, "plan.yml")
    return caught.value.problems


def test_valid_example_passes_and_keeps_its_values():
    filled = validate("samarbejdsplan", _plan(), "plan.yml")
    assert filled.values["formål"].startswith("Flere ejere af oliefyr")
    assert len(filled.values["aktiviteter"]) == 7


def test_plan_missing_purpose_names_the_field():
    data = _plan()
    del data["formål"]
    assert _problems("samarbejdsplan", data) == [
        "plan.yml, feltet »formål«: skal udfyldes. Hvad vil I opnå med samarbejdet, og hvorfor? "
        "Formålet hjælper jer med at prioritere."]


def test_unknown_field_suggests_the_intended_one():
    data = _plan()
    data["formal"] = data.pop("formål")
    problems = _problems("samarbejdsplan", data)
    assert "plan.yml, feltet »formal«: feltet findes ikke i skabelonen. Mente du »formål«?" in problems
    assert any(p.startswith("plan.yml, feltet »formål«: skal udfyldes") for p in problems)


def test_unknown_field_without_a_near_match_lists_the_fields():
    data = _plan()
    data["xyz"] = "noget"
    assert _problems("samarbejdsplan", data) == [
        "plan.yml, feltet »xyz«: feltet findes ikke i skabelonen. Felterne er: projekt, formål, "
        "målgrupper, budskaber, aktiviteter, ressourcer, ansvar, værktøjer, noter."]


def test_suggestion_understands_ae_oe_aa_for_danish_letters():
    assert suggest("maalgrupper", ["målgrupper", "budskaber"]) == "målgrupper"
    assert suggest("forste_handlinger", ["første_handlinger", "pitch"]) == "første_handlinger"
    assert suggest("noegle", ["nøgle", "begrundelse"]) == "nøgle"


def test_number_where_text_belongs():
    data = _plan()
    data["projekt"] = 2027
    assert _problems("samarbejdsplan", data) == [
        "plan.yml, feltet »projekt«: her skal stå tekst, men der står tallet 2027. Skriv teksten, "
        "eller sæt anførselstegn om tallet, fx '2027'."]


def test_wrong_type_text_where_a_number_belongs():
    data = _plan()
    data["aktiviteter"][1]["timer"] = "mange"
    assert _problems("samarbejdsplan", data) == [
        "plan.yml, feltet »aktiviteter«, række 2, kolonnen »timer«: her skal stå et tal, men der "
        "står »mange«. Skriv tallet med cifre, fx 2.500 eller 12,5."]


def test_wrong_type_list_where_text_belongs():
    data = _plan()
    data["formål"] = ["a", "b"]
    assert _problems("samarbejdsplan", data) == [
        "plan.yml, feltet »formål«: her skal stå en tekst. Skriv den efter kolonet på samme linje."]


def test_bad_date_says_how_to_write_it():
    data = _plan()
    data["aktiviteter"][0]["start"] = "4. september"
    assert _problems("samarbejdsplan", data) == [
        "plan.yml, feltet »aktiviteter«, række 1, kolonnen »start«: »4. september« er ikke en "
        "dato. Skriv datoen som 1.3.2027 eller 2027-03-01."]


def test_end_before_start_is_refused():
    data = _plan()
    data["aktiviteter"][2]["slut"] = "2018-01-01"
    assert _problems("samarbejdsplan", data) == [
        "plan.yml, feltet »aktiviteter«, række 3, kolonnen »slut«: slutdatoen 1. januar 2018 "
        "ligger før startdatoen 23. januar 2018. Ret en af de to datoer."]


def test_empty_row_is_named_by_its_number():
    data = _plan()
    data["aktiviteter"].insert(1, {"aktivitet": "", "kanal": None})
    assert _problems("samarbejdsplan", data) == [
        "plan.yml, feltet »aktiviteter«, række 2: rækken er tom. Udfyld den, eller slet den."]


def test_missing_required_column_in_a_row():
    data = _plan()
    del data["aktiviteter"][0]["ansvarlig"]
    problems = _problems("samarbejdsplan", data)
    assert problems == ["plan.yml, feltet »aktiviteter«, række 1, kolonnen »ansvarlig«: skal "
                        "udfyldes. Ankerpersonen for aktiviteten, så den ikke falder mellem to stole."]


def test_rows_given_as_text_are_refused():
    data = _plan()
    data["aktiviteter"] = "møde"
    assert _problems("samarbejdsplan", data) == [
        "plan.yml, feltet »aktiviteter«: her skal stå rækker. Begynd hver række med »- « og skriv "
        "kolonnerne under hinanden."]


def test_all_problems_are_reported_at_once():
    data = _plan()
    del data["projekt"]
    data["formal"] = "x"
    data["aktiviteter"][0]["timer"] = "mange"
    data["aktiviteter"][1]["slut"] = "2000-01-01"
    data["målgrupper"] = ["ejere", 7]
    assert len(_problems("samarbejdsplan", data)) == 5


def test_poster_key_must_be_a_whole_number_from_1_to_18_and_not_repeated():
    data = copy.deepcopy(dict(load_example("gruppeplakat").values))
    data["top_fem"][0]["nøgle"] = 19
    data["top_fem"][1]["nøgle"] = 2.5
    data["top_fem"][3]["nøgle"] = 9
    problems = _problems("gruppeplakat", data)
    assert problems == [
        "plan.yml, feltet »top_fem«, række 1, kolonnen »nøgle«: tallet 19 er for stort. Det "
        "største tilladte er 18.",
        "plan.yml, feltet »top_fem«, række 2, kolonnen »nøgle«: her skal stå et helt tal, men der "
        "står 2,5.",
        "plan.yml, feltet »top_fem«, række 5, kolonnen »nøgle«: værdien 9 står allerede i række "
        "4. Hver række skal have sin egen."]


def test_poster_allows_at_most_five_keys():
    data = copy.deepcopy(dict(load_example("gruppeplakat").values))
    data["top_fem"].append({"nøgle": 13})
    assert _problems("gruppeplakat", data) == [
        "plan.yml, feltet »top_fem«: der må højst være 5 rækker, men der er 6. Slet de overskydende."]


def test_negative_hours_are_too_small():
    data = _plan()
    data["aktiviteter"][0]["timer"] = -5
    assert _problems("samarbejdsplan", data) == [
        "plan.yml, feltet »aktiviteter«, række 1, kolonnen »timer«: tallet -5 er for lille. Det "
        "mindste tilladte er 0."]


def test_file_for_another_template_is_refused():
    data = {"skabelon": "trinplan", **_plan()}
    assert _problems("samarbejdsplan", data) == [
        "plan.yml: filen udfylder skabelonen »trinplan«, men her forventes »samarbejdsplan«. Ret "
        "»skabelon:« eller vælg den rigtige fil."]


def test_data_that_is_not_a_mapping():
    assert _problems("udgangspunkt", ["a", "b"]) == [
        "plan.yml: filen skal indeholde felter på formen »navn: værdi«. Start fx med "
        "»skabelon: udgangspunkt«."]


def test_unknown_template_id_in_python_gets_a_suggestion():
    with pytest.raises(InputError) as caught:
        validate("gruppeplakaten", {}, "plan.yml")
    assert "Mente du »gruppeplakat«?" in caught.value.problems[0]


def test_control_characters_from_pasted_text_become_a_space():
    data = _plan()
    data["formål"] = "Linje\x0bmed lodret tabulator\x00"
    assert validate("samarbejdsplan", data).values["formål"] == "Linje med lodret tabulator"


def test_a_form_names_fields_by_their_headings_and_a_file_by_its_keys():
    plan = {"projekt": "x", "formål": "y", "målgrupper": ["a"], "budskaber": ["b"],
            "aktiviteter": [{"aktivitet": "Møde", "start": "2027-03-01", "slut": "2027-03-01",
                             "ansvarlig": "Projektleder", "timer": "abc"}]}
    with pytest.raises(InputError) as in_form:
        from_dict(plan, "samarbejdsplan", text("template_errors.form_source"))
    assert in_form.value.problems[0].startswith(
        "formularen, feltet »Aktiviteter og kanaler«, række 1, kolonnen »Timer«: ")
    with pytest.raises(InputError) as in_file:
        from_dict(plan, "samarbejdsplan", "plan.yml")
    assert in_file.value.problems[0].startswith(
        "plan.yml, feltet »aktiviteter«, række 1, kolonnen »timer«: ")
