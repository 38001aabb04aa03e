"""Case files: each loads, every source exists, and a broken file names the field."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from samskab_lib.cases.loading import list_cases, load_case
from samskab_lib.cases.model import EXAMPLE_DATA
from samskab_lib.cases.tables import (
    facts_table,
    figures_table,
    participants_table,
    results_table,
    steps_table,
)
from samskab_lib.errors import InputError
from samskab_lib.evaluation.costs import cost_per_participant
from samskab_lib.evaluation.survey import likert_summary

ROOT = Path(__file__).resolve().parent.parent

BIB_KEYS = {key for bib in [ROOT / "book" / "references.bib", *(ROOT / "book" / "kilder").glob("*.bib")]
            for key in re.findall(r"@\w+\{([^,\s]+),", bib.read_text(encoding="utf-8"))}


def broken_copy(tmp_path: Path, case: str, change) -> Path:
    """Copy *case* to *tmp_path*, apply *change* to its parsed YAML and write it back."""
    target = tmp_path / case
    shutil.copytree(ROOT / "cases" / case, target)
    data = yaml.safe_load((target / "case.yml").read_text(encoding="utf-8"))
    change(data)
    (target / "case.yml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return target


def problems_of(path: Path) -> list[str]:
    with pytest.raises(InputError) as caught:
        load_case(path)
    return caught.value.problems


def test_the_cases_are_listed_and_load():
    assert list_cases() == ["albertslund-borgersamling", "hjoerring", "jevnaker", "nordfjordby",
                            "oerland-samfunnsdel", "rudersdal-borgersamling", "steinkjer-bolystteam"]
    for case_id in list_cases():
        case = load_case(case_id)
        assert case.id == case_id
        assert case.steps and case.goals and case.outcomes


@pytest.mark.parametrize("case_id", [c for c in list_cases() if c != "nordfjordby"])
def test_real_cases_cite_only_existing_bib_keys(case_id):
    case = load_case(case_id)
    assert not case.fictional
    assert case.sources() and case.sources() <= BIB_KEYS


def test_nordfjordby_is_fictional_and_all_example_data():
    case = load_case("nordfjordby")
    assert case.fictional and "fiktiv" in case.title.value
    assert case.sources() == set()
    assert all(t.source == EXAMPLE_DATA for t in case.tables.values())


def test_hjoerring_figures_from_sources_and_unknowns_kept_unknown():
    case = load_case("hjoerring")
    assert case.figure("oliefyr_i_kommunen") == 4500
    assert case.figures["oliefyr_i_kommunen"].source == "sagrom"
    assert "SAGROM (2018)" in figures_table(case).to_markdown()
    assert case.figure("maalandel") == 0.10
    assert not case.figures["udfasede_oliefyr"].known
    assert "udfasede_oliefyr_eksempel" not in case.figures  # a scenario is no key figure
    assert case.scenarios["udfasede_oliefyr_eksempel"].is_example
    assert case.scenario("udfasede_oliefyr_eksempel") == 300
    assert [s.name for s in case.steps] == ["Afklar", "Undersøg", "Planlæg", "Implementér",
                                            "Evaluér og følg op"]
    assert not case.costs.amount.known and not case.feedback.known


def test_jevnaker_participation_and_cost_from_case_data():
    case = load_case("jevnaker")
    cost = cost_per_participant(case.costs.amount.value, case.participants.total.value)
    assert (case.costs.currency, cost.per_unit) == ("NOK", 5000)
    assert case.figure("verksteder") == 3 and case.figure("ansatte_innovation") == 35
    markdown = facts_table(case).to_markdown()
    assert "| Omkostning | 400.000 NOK | Kommunal- og moderniseringsdepartementet (2017) |" in markdown
    assert "| Personaletimer | ukendt | ukendt |" in markdown


def test_nordfjordby_tables_and_survey_are_consistent():
    case = load_case("nordfjordby")
    total = case.participants.total.value
    assert sum(g.count.value for g in case.participants.groups) == total
    for name in ("alder", "boligform"):
        assert sum(case.tables[name].mapping("gruppe", "deltagere").values()) == total
    summary = likert_summary(case.survey.answers_by_text(), case.survey.scale)
    assert len(summary.questions) == 5
    assert all(100 <= q.n <= 140 for q in summary.questions)


def test_figures_table_shows_share_as_percent_and_source():
    markdown = figures_table(load_case("hjoerring")).to_markdown()
    assert "| Mål, andel af oliefyrene | 10 % | andel | Hjørring Kommune (2018) |" in markdown
    assert "| Udfasede oliefyr | ukendt |  | ukendt |" in markdown


def test_case_tables_for_the_pages():
    case = load_case("jevnaker")
    steps = steps_table(case).to_markdown()
    assert "| 1 | Behov |" in steps and "| 3 | Løsninger |" in steps
    participants = participants_table(case).to_markdown()
    assert ("| Borgere | ukendt | ukendt | Annoncer i lokale aviser og på sociale medier "
            "| Kommunal- og moderniseringsdepartementet (2017) |") in participants
    assert "| Deltagere i alt | 80 | Kommunal- og moderniseringsdepartementet (2017) |" in participants
    results = results_table(case)
    kinds = [row[0] for row in results.rows]
    assert kinds.count("Mål") == 3 and kinds.count("Resultat") == 5 and kinds.count("Beslutning") == 1


def test_every_problem_reported_at_once(tmp_path):
    def break_it(data):
        data["deltagere"]["i_alt"]["værdi"] = -80
        data["deltagere"]["grupper"][0]["antal"] = {"værdi": "mange", "kilde": "jevnaker2017"}
        data["nøgletal"]["verksteder"]["kilde"] = "Regjeringen 2017"
        data["hvor"] = "Jevnaker"
        data["ukendt_felt"] = 1
        del data["mål"]
    found = problems_of(broken_copy(tmp_path, "jevnaker", break_it))
    text = "\n".join(found)
    assert "felt »deltagere.i_alt.værdi«: -80 er negativ." in text
    assert ("felt »deltagere.grupper[0].antal.værdi«: skal være et helt tal på 0 eller derover, "
            "men er »mange«.") in text
    assert "felt »nøgletal.verksteder.kilde«: »Regjeringen 2017« er ikke en gyldig kilde." in text
    assert "felt »hvor«: skal være »ukendt« eller felterne værdi og kilde, men er »Jevnaker«." in text
    assert "felt »ukendt_felt«: feltet kendes ikke." in text
    assert "felt »mål«: feltet mangler." in text
    assert len(found) == 6


def test_share_above_one_in_key_figures(tmp_path):
    path = broken_copy(tmp_path, "hjoerring",
                       lambda d: d["nøgletal"]["maalandel"].update({"værdi": 10}))
    [problem] = problems_of(path)
    assert problem.startswith(f"{path / 'case.yml'}, linje ")
    assert problem.endswith(", felt »nøgletal.maalandel«: 10 er over 1. En andel skrives som et "
                            "tal mellem 0 og 1.")


def test_a_scenario_figure_must_be_example_data(tmp_path):
    path = broken_copy(tmp_path, "hjoerring", lambda d: d["scenarier"]["udfasede_oliefyr_eksempel"]
                       .update({"kilde": "hjoerring-case"}))
    [problem] = problems_of(path)
    assert problem.startswith(f"{path / 'case.yml'}, linje ")
    assert problem.endswith(
        ", felt »scenarier.udfasede_oliefyr_eksempel.kilde«: et scenarie er et regneeksempel, så "
        "kilden skal være »eksempeldata«, ikke »hjoerring-case«. Et tal fra en kilde hører til "
        "under »nøgletal«.")


def test_fictional_case_may_not_cite_real_sources(tmp_path):
    path = broken_copy(tmp_path, "nordfjordby", lambda d: d["hvor"].update({"kilde": "sagrom"}))
    assert "casen er fiktiv, så kilden skal være »eksempeldata«, ikke »sagrom«." in problems_of(path)[0]


def test_bad_survey_answer_names_line_and_column(tmp_path):
    path = broken_copy(tmp_path, "nordfjordby", lambda d: None)
    survey = path / "spoergeskema.csv"
    lines = survey.read_text(encoding="utf-8").splitlines()
    lines[3] = "3,7,4,4,4,4"
    survey.write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = problems_of(path)
    assert found == [f"{survey}, linje 4, kolonne »s1«: »7« er ikke et svar på skalaen 1–5. "
                     "Skriv et helt tal fra 1 til 5, eller lad feltet stå tomt."]


def test_unknown_case_lists_the_known_ones():
    with pytest.raises(InputError, match="Casen »roskilde« findes ikke. Kendte cases: "
                                         "albertslund-borgersamling, hjoerring, jevnaker, nordfjordby, "
                                         "oerland-samfunnsdel, rudersdal-borgersamling, "
                                         "steinkjer-bolystteam."):
        load_case("roskilde")


def test_invalid_yaml_names_the_file(tmp_path):
    path = tmp_path / "case.yml"
    path.write_text("id: [ubalanceret\n", encoding="utf-8")
    assert problems_of(path)[0].startswith(f"{path}, linje 2: filen kan ikke læses som YAML")


def test_cases_load_from_another_working_directory(tmp_path):
    code = "from samskab_lib import load_case; print(load_case('jevnaker').participants.total.value)"
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, check=True,
                         capture_output=True, text=True).stdout
    assert out.strip() == "80"


BIB_TEXT = "\n".join(bib.read_text(encoding="utf-8") for bib in
                     [ROOT / "book" / "references.bib", *(ROOT / "book" / "kilder").glob("*.bib")])


@pytest.mark.parametrize("case_id", ["albertslund-borgersamling", "oerland-samfunnsdel",
                                     "rudersdal-borgersamling", "steinkjer-bolystteam"])
def test_library_cases_cite_web_sources_with_address_and_date_read(case_id):
    case = load_case(case_id)
    assert not case.fictional and case.municipality.country in ("DK", "NO")
    for key in case.sources():
        entry = BIB_TEXT.split(f"{{{key},", 1)[1].split("\n}", 1)[0]
        assert re.search(r"url\s*=\s*\{https://", entry), key
        assert re.search(r"urldate\s*=\s*\{\d{4}-\d{2}-\d{2}\}", entry), key
