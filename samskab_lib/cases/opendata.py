"""All cases as open data: a Frictionless data package of CSV tables and the JSON Schema.

:func:`package_files` returns every file of the package by name: ``cases.csv`` (one row per
case, with the overview's filter values), ``fakta.csv`` (every fact of every case with its
field, value and source), ``kilder.csv`` (every source with address and date read; the caller
passes them, parsed from the book's bibliography), ``participedia.csv`` (the crosswalk), the
JSON Schema and ``datapackage.json`` describing them, licensed CC BY 4.0.
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Mapping
from typing import Any

from pydantic import BaseModel

from ..resources import read_data
from ..tables import Table
from ..texts import text
from .facts import Fact
from .loading import list_cases, load_case
from .model import SCHEMA_VERSION, Case, case_schema_json
from .overview import facets

NAME = "samskabelse-i-praksis-cases"
SCHEMA_FILE = f"case-schema-v{SCHEMA_VERSION}.json"
LICENSE = {"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0",
           "path": "https://creativecommons.org/licenses/by/4.0/"}
SOURCE_FIELDS = ("noegle", "forfatter", "titel", "aar", "url", "laest")

CASE_FIELDS = [
    ("id", "string", "Casens id (mappens navn)"),
    ("titel", "string", "Casens titel"),
    ("fiktiv", "boolean", "Sand for en fiktiv øvelsescase"),
    ("land", "string", "DK eller NO"),
    ("indbyggere", "integer", "Indbyggere i kommunen (tom, når ukendt)"),
    ("periode_fra", "string", "År eller år-måned"),
    ("periode_til", "string", "År eller år-måned (tom, når ukendt)"),
    ("trin", "string", "Bogens trin 1-5, adskilt af mellemrum (bogens læsning)"),
    ("samskabelsesform", "string", "Form for samskabelse (bogens læsning)"),
    ("metodekort", "string", "Bogens metodekort, adskilt af mellemrum"),
    ("emner", "string", "Emner, adskilt af mellemrum"),
    ("deltagere", "integer", "Deltagere i alt (tom, når ukendt)"),
    ("valuta", "string", "DKK eller NOK"),
    ("beloeb", "number", "Hvad processen kostede (tom, når ukendt)"),
    ("personaletimer", "number", "Personaletimer (tom, når ukendt)"),
    ("stoerrelse", "string", "Interval for kommunens størrelse"),
    ("deltagerinterval", "string", "Interval for antal deltagere"),
    ("prisinterval", "string", "Interval for pris"),
]
FACT_FIELDS = [
    ("case_id", "string", "Casens id"),
    ("felt", "string", "Feltet i case.yml, fx deltagere.i_alt"),
    ("vaerdi", "string", "Værdien som tekst; lister adskilt af » | «"),
    ("enhed", "string", "Enhed, fx andel"),
    ("kilde", "string", "Kildens nøgle i kilder.csv, eksempeldata eller tom, når ukendt"),
    ("note", "string", "Bemærkning, fx hvad kilden ikke siger"),
]


def _blank(value: Any) -> Any:
    return "" if value is None else value


def _number(fact: Fact) -> Any:
    return fact.value if fact.known and isinstance(fact.value, (int, float)) else ""


def case_row(case: Case) -> list[Any]:
    """One row of ``cases.csv``."""
    found = facets(case)
    return [case.id, case.title.value, "true" if case.fictional else "false",
            case.municipality.country, _number(case.municipality.inhabitants),
            case.period.start, _blank(case.period.end), " ".join(map(str, found.steps)),
            found.form, " ".join(found.methods), " ".join(found.topics),
            _number(case.participants.total), _blank(case.costs.currency),
            _number(case.costs.amount), _number(case.costs.staff_hours),
            found.size, found.participants, found.cost]


def _facts(node: Any, path: str) -> Iterator[tuple[str, Fact]]:
    if isinstance(node, Fact):
        yield path, node
    elif isinstance(node, BaseModel):
        for name, info in type(node).model_fields.items():
            key = info.alias or name  # every field of the case model has its Danish alias
            yield from _facts(getattr(node, name), f"{path}.{key}" if path else key)
    elif isinstance(node, (tuple, list)):
        for index, item in enumerate(node):
            yield from _facts(item, f"{path}[{index}]")
    elif isinstance(node, dict):
        for key, item in node.items():
            yield from _facts(item, f"{path}.{key}")


def fact_rows(case: Case) -> list[list[Any]]:
    """Every fact of *case* as rows of ``fakta.csv``, in the order of the file."""
    rows = []
    for path, fact in _facts(case, ""):
        value = " | ".join(fact.value) if isinstance(fact.value, list) else fact.value
        rows.append([case.id, path, value, fact.unit, _blank(fact.source), fact.note])
    return rows


def _csv(header: list[str], rows: list[list[Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def _resource(name: str, title: str, fields: list[tuple[str, str, str]], **extra: Any) -> dict:
    return {"name": name, "path": f"{name}.csv", "title": title, "format": "csv",
            "mediatype": "text/csv", "encoding": "utf-8", "profile": "tabular-data-resource",
            "schema": {"fields": [{"name": n, "type": t, "description": d} for n, t, d in fields],
                       "missingValues": [""], **extra}}


def crosswalk_rows() -> list[list[Any]]:
    """The Participedia crosswalk as rows: field, required, our field, note."""
    data = read_data("participedia_crosswalk.yml")
    return [[f["participedia"], "true" if f.get("required") else "false", _blank(f["ours"]),
             f["note"]] for f in data["fields"]]


def package_files(sources: Mapping[str, Mapping[str, str]]) -> dict[str, bytes]:
    """Every file of the data package by name; *sources*: bib key → the fields of kilder.csv."""
    cases = [load_case(case_id) for case_id in list_cases()]
    cited = sorted(set().union(*(c.sources() for c in cases)))
    files = {
        "cases.csv": _csv([n for n, _, _ in CASE_FIELDS], [case_row(c) for c in cases]),
        "fakta.csv": _csv([n for n, _, _ in FACT_FIELDS],
                          [row for c in cases for row in fact_rows(c)]),
        "kilder.csv": _csv(list(SOURCE_FIELDS),
                           [[key, *(sources.get(key, {}).get(f, "") for f in SOURCE_FIELDS[1:])]
                            for key in cited]),
        "participedia.csv": _csv(["participedia", "paakraevet", "felt", "note"], crosswalk_rows()),
        SCHEMA_FILE: case_schema_json().encode("utf-8"),
    }
    descriptor = {
        "name": NAME, "title": "Samskabelse i praksis: casebibliotek",
        "description": ("Danske og norske cases om samskabelse med borgere; hver oplysning med "
                        "sin kilde. Skemaet for en case-fil er " + SCHEMA_FILE + "."),
        "licenses": [LICENSE], "version": f"{SCHEMA_VERSION}.0.0",
        "resources": [
            _resource("cases", "Cases, én række pr. case", CASE_FIELDS, primaryKey=["id"]),
            _resource("fakta", "Hver oplysning med felt og kilde", FACT_FIELDS,
                      foreignKeys=[{"fields": ["case_id"],
                                    "reference": {"resource": "cases", "fields": ["id"]}}]),
            _resource("kilder", "Kilderne med adresse og dato for læsning",
                      [(f, "string", f) for f in SOURCE_FIELDS], primaryKey=["noegle"]),
            _resource("participedia", "Participedias case-felter og skemaets modstykke",
                      [("participedia", "string", "Participedias felt"),
                       ("paakraevet", "boolean", "Påkrævet hos Participedia"),
                       ("felt", "string", "Feltet i case.yml, tomt uden modstykke"),
                       ("note", "string", "Sådan overføres værdien, eller hvorfor ikke")]),
            {"name": "case-schema", "path": SCHEMA_FILE, "format": "json",
             "mediatype": "application/schema+json", "encoding": "utf-8",
             "title": "JSON Schema for en case-fil (case.yml)"},
        ],
    }
    files["datapackage.json"] = (json.dumps(descriptor, ensure_ascii=False, indent=2)
                                 + "\n").encode("utf-8")
    return files


def crosswalk_table() -> Table:
    """The Participedia crosswalk for the data page: every case field of Participedia."""
    def h(key: str) -> str:
        return text(f"cases.crosswalk.{key}")

    yes, no = text("cases.crosswalk.yes"), text("cases.crosswalk.no")
    rows = [[field, yes if required == "true" else no, ours or h("none"), note]
            for field, required, ours, note in crosswalk_rows()]
    return Table(headers=[h("participedia"), h("required"), h("ours"), h("note")], rows=rows,
                 caption=h("caption"))


def only_ours_table() -> Table:
    """The schema's fields Participedia has no place for."""
    def h(key: str) -> str:
        return text(f"cases.crosswalk.{key}")

    rows = [[f["field"], f["note"]] for f in read_data("participedia_crosswalk.yml")["only_ours"]]
    return Table(headers=[h("ours"), h("note")], rows=rows, caption=h("only_ours_caption"))
