"""The open data: a Frictionless data package of every case that validates, and the crosswalk."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml
from frictionless import validate

from samskab_book.casedata import bib_sources, package_zip
from samskab_lib.cases.loading import list_cases
from samskab_lib.cases.model import case_schema
from samskab_lib.cases.opendata import package_files
from samskab_lib.resources import DATA_DIR

ROOT = Path(__file__).resolve().parents[1]
# Participedia's case fields an author fills in (participedia/api, api/helpers/data/
# case-structure.json and views/case-edit.html, commit c40194a), system fields left out.
PARTICIPEDIA = """title general_issues specific_topics description body tags location_name address1
address2 city province postal_code country latitude longitude scope_of_influence is_component_of
has_components links files photos videos audio start_date end_date ongoing time_limited purposes
approaches public_spectrum number_of_participants open_limited recruitment_method
targeted_participants method_types tools_techniques_types specific_methods_tools_techniques
legality facilitators facilitator_training facetoface_online_or_both participants_interactions
learning_resources decision_methods if_voting insights_outcomes primary_organizer organizer_types
funder funder_types staff volunteers impact_evidence change_types implementers_of_change
formal_evaluation evaluation_reports evaluation_links""".split()


@pytest.fixture(scope="module")
def files() -> dict[str, bytes]:
    bibfiles = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))["bibtex_bibfiles"]
    app = SimpleNamespace(srcdir=str(ROOT), config=SimpleNamespace(bibtex_bibfiles=bibfiles))
    return package_files(bib_sources(app))


def _write(folder: Path, files: dict[str, bytes]) -> Path:
    for name, content in files.items():
        (folder / name).write_bytes(content)
    return folder / "datapackage.json"


def _rows(content: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(content.decode("utf-8"))))


def test_the_data_package_validates_with_frictionless(files, tmp_path):
    report = validate(str(_write(tmp_path, files)))
    assert report.valid, report.flatten(["type", "note"])
    descriptor = json.loads(files["datapackage.json"])
    assert descriptor["licenses"][0]["name"] == "CC-BY-4.0"
    assert json.loads(files["case-schema-v1.json"]) == case_schema()


def test_a_broken_table_fails_the_validation(files, tmp_path):
    broken = dict(files)
    rows = files["cases.csv"].decode("utf-8").splitlines()
    broken["cases.csv"] = ("\n".join([*rows, rows[1]]) + "\n").encode("utf-8")  # an id twice
    report = validate(str(_write(tmp_path, broken)))
    assert not report.valid
    assert "primary-key" in {kind for (kind,) in report.flatten(["type"])}


def test_every_case_and_every_fact_is_in_the_tables(files):
    cases = _rows(files["cases.csv"])
    assert [row["id"] for row in cases] == list_cases()
    jevnaker = next(row for row in cases if row["id"] == "jevnaker")
    assert (jevnaker["deltagere"], jevnaker["beloeb"], jevnaker["valuta"]) == ("80", "400000", "NOK")
    assert (jevnaker["deltagerinterval"], jevnaker["prisinterval"]) == ("mange", "mellem")
    facts = _rows(files["fakta.csv"])
    row = next(r for r in facts if r["case_id"] == "jevnaker" and r["felt"] == "deltagere.i_alt")
    assert (row["vaerdi"], row["kilde"]) == ("80", "jevnaker2017")
    unknown = next(r for r in facts
                   if r["case_id"] == "jevnaker" and r["felt"] == "omkostninger.personaletimer")
    assert (unknown["vaerdi"], unknown["kilde"]) == ("ukendt", "")


def test_every_web_source_has_its_address_and_date_read(files):
    sources = {row["noegle"]: row for row in _rows(files["kilder.csv"])}
    assert sources["rudersdal-klunserne"]["laest"] == "2026-12-03"
    assert sources["rudersdal-klunserne"]["url"].startswith("https://sn.dk/")
    assert all(row["titel"] for row in sources.values())


def test_the_zip_holds_every_file_and_is_the_same_for_the_same_data(files):
    import zipfile
    content = package_zip(files)
    names = zipfile.ZipFile(io.BytesIO(content)).namelist()
    assert sorted(n.split("/", 1)[1] for n in names) == sorted(files)
    assert package_zip(files) == content


def test_the_crosswalk_covers_every_participedia_field_or_says_why_not():
    crosswalk = yaml.safe_load((DATA_DIR / "participedia_crosswalk.yml").read_text(encoding="utf-8"))
    fields = crosswalk["fields"]
    assert [f["participedia"] for f in fields] == PARTICIPEDIA
    required = [f for f in fields if f.get("required")]
    assert [f["participedia"] for f in required] == ["title"] and required[0]["ours"] == "titel"
    ours = set(case_schema()["properties"]) | {"kilde"}
    for field in fields:
        assert field["note"].strip()
        assert field["ours"] is None or field["ours"].split(".")[0] in ours, field
