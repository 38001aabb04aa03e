"""The case form's model (book/_static/forms/casemodel.js): its case.yml passes `samskab case tjek`.

Node runs the same model the browser does, on the data the build exports; the YAML it writes
is checked by the library, and a reader's mistakes get the form's Danish messages.
"""
from __future__ import annotations

import copy
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from samskab_book.forms import case_form_json
from samskab_lib.cases.loading import load_case
from samskab_lib.cli import main

ROOT = Path(__file__).resolve().parents[1]
NODE = shutil.which("node")
pytestmark = pytest.mark.skipif(NODE is None, reason="Node.js is not installed")

# A reader's case, typed as in the form (Danish numbers, one item per line).
TYPED = {
    "id": "ringsted-borgerbudget", "samtykke": True,
    "titel": "Ringsted: borgerbudget i Benløse", "titel_kilde": "ringsted-2021",
    "hvad": "Borgerne fordelte 500.000 kr. til projekter i bydelen.", "hvad_kilde": "ringsted-2021",
    "hvor": "Ringsted Kommune", "hvor_kilde": "ringsted-2021",
    "hvornaar": "Foråret 2021", "hvornaar_kilde": "ringsted-2021",
    "fra": "2021-03", "til": "2021-06", "periodekilde": "ringsted-2021",
    "land": "DK", "indbyggere": "", "indbyggere_kilde": "",
    "trin": ["2", "3"], "samskabelsesform": "partnerskab", "metodekort": ["borgermoede"],
    "emner": ["lokalsamfund"],
    "tiltag": "Idéindsamling\nAfstemning blandt borgerne", "tiltag_kilde": "ringsted-2021",
    "deltagere": "1.250", "deltagere_kilde": "ringsted-2021",
    "valuta": "DKK", "beloeb": "500.000", "beloeb_kilde": "ringsted-2021",
    "maal": "Flere borgere med i budgettet", "maal_kilde": "ringsted-2021",
    "virkede_ikke": "Få unge stemte", "virkede_ikke_kilde": "ringsted-2021",
    "kilder": [{"noegle": "ringsted-2021", "titel": "Borgerbudget i Benløse",
                "url": "https://www.ringsted.dk/borgerbudget", "laest": "2026-12-03"}],
}


def run(state: dict) -> dict:
    payload = json.dumps({"data": case_form_json(), "state": state})
    result = subprocess.run([NODE, str(ROOT / "tests" / "js" / "caseform.mjs")], input=payload,
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def test_the_forms_yaml_passes_samskab_case_tjek(tmp_path, capsys):
    result = run(TYPED)
    assert result["problems"] == []
    path = tmp_path / "case.yml"
    path.write_text(result["yaml"], encoding="utf-8")
    assert main(["case", "tjek", str(path)]) == 0
    assert capsys.readouterr().out.strip() == f"{path}: i orden"
    case = load_case(path)
    assert case.participants.total.value == 1250 and case.costs.amount.value == 500000
    assert [f.value for f in case.lessons.did_not_work] == ["Få unge stemte"]
    assert not case.municipality.inhabitants.known
    assert case.classification.steps == [2, 3]
    assert "@misc{ringsted-2021," in result["yaml"] and "urldate = {2026-12-03}" in result["yaml"]


@pytest.mark.parametrize(("change", "message"), [
    (lambda s: s.update(deltagere_kilde=""),
     "»Kilde til »Deltagere i alt«« mangler. Hver oplysning skal have en kilde."),
    (lambda s: s.update(titel_kilde="avisen"), "»avisen« står ikke under Kilder."),
    (lambda s: s.update(til="2020-01"), "Perioden slutter, før den begynder. Ret »Periode til«."),
    (lambda s: s.update(deltagere="mange"), "»mange« er ikke et helt tal på 0 eller derover."),
    (lambda s: s.update(samtykke=False),
     "Bekræft, at der ikke står personoplysninger om deltagerne i casen."),
    (lambda s: s.update(emner=[]), "Vælg mindst én mulighed under »Emner«."),
    (lambda s: s["kilder"][0].update(url="www.ringsted.dk"), "Kilde 1: adressen skal begynde med https://."),
])
def test_a_readers_mistake_gets_a_danish_message_and_no_file(change, message):
    state = copy.deepcopy(TYPED)
    change(state)
    result = run(state)
    assert result["yaml"] == ""
    assert [p["message"] for p in result["problems"]][0].startswith(message)
