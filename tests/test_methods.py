"""Method cards: every card's data is complete and points at things that exist."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from pybtex.database import parse_file

from samskab_lib.errors import InputError
from samskab_lib.handbook.methods import (
    LISTS,
    METHOD_DIR,
    load_method,
    load_methods,
    method_ids,
    methods_for_step,
    parse_method,
)
from samskab_lib.handbook.steps import load_steps
from samskab_lib.templates.definitions import template_ids

ROOT = Path(__file__).resolve().parent.parent
REQUIRED_METHODS = {
    "fokusgruppe", "interview", "onlinespoergeskema", "taenke-hoejt-test", "workshop",
    "borgermoede", "byvandring", "uddannelsescafe", "hjemmebesoeg", "ambassadoerer",
    "raadgivning", "videndelingsmoede", "fremtidsvaerksted", "netvaerksgrupper",
}


def bibliography_keys() -> set[str]:
    """Every key in the bibliography files the book is built with (``_config.yml``)."""
    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    return {key for name in config["bibtex_bibfiles"]
            for key in parse_file(str(ROOT / name)).entries}


def raw_card(method_id: str) -> dict:
    return yaml.safe_load((METHOD_DIR / f"{method_id}.yml").read_text(encoding="utf-8"))


def test_every_method_the_issue_names_has_a_card() -> None:
    assert REQUIRED_METHODS <= set(method_ids())


@pytest.mark.parametrize("method_id", method_ids())
def test_card_has_every_field_filled(method_id: str) -> None:
    method = load_method(method_id)
    for key in ("title", "summary", "purpose", "template"):
        assert getattr(method, key).strip(), key
    for key in LISTS:
        assert getattr(method, key) and all(item.strip() for item in getattr(method, key)), key
    assert method.time.prepare and method.time.hold and method.time.follow_up
    assert method.case.text and method.case.source


@pytest.mark.parametrize("method_id", method_ids())
def test_card_steps_exist(method_id: str) -> None:
    numbers = {step.number for step in load_steps()}
    assert set(load_method(method_id).steps) <= numbers


@pytest.mark.parametrize("method_id", method_ids())
def test_card_template_exists(method_id: str) -> None:
    assert load_method(method_id).template in template_ids()


@pytest.mark.parametrize("method_id", method_ids())
def test_card_case_cites_a_source_in_the_bibliography(method_id: str) -> None:
    assert load_method(method_id).case.source in bibliography_keys()


def test_every_step_from_two_to_five_has_cards() -> None:
    assert {n: bool(methods_for_step(n)) for n in range(2, 6)} == {2: True, 3: True, 4: True, 5: True}


def test_cards_are_sorted_by_title() -> None:
    titles = [m.title for m in load_methods()]
    assert titles == sorted(titles)


def test_missing_purpose_names_the_field_in_danish(tmp_path: Path) -> None:
    raw = raw_card("fokusgruppe")
    del raw["purpose"]
    with pytest.raises(InputError) as caught:
        parse_method(raw, tmp_path / "fokusgruppe.yml")
    assert caught.value.problems == [
        "fokusgruppe.yml: feltet »purpose« mangler eller er tomt. Udfyld det."]


def test_unknown_step_and_empty_list_are_both_reported(tmp_path: Path) -> None:
    raw = raw_card("interview")
    raw["steps"] = [2, 7]
    raw["pitfalls"] = []
    with pytest.raises(InputError) as caught:
        parse_method(raw, tmp_path / "interview.yml")
    assert any("»pitfalls« skal være en liste" in p for p in caught.value.problems)
    assert any("trin »7« findes ikke" in p for p in caught.value.problems)


def test_an_item_with_an_unquoted_colon_is_refused_not_shown_as_a_mapping(tmp_path: Path) -> None:
    raw = raw_card("interview")
    raw["use_when"] = [*raw["use_when"][:2], {"I vil finde nye aktører": "spørg hver person."}]
    with pytest.raises(InputError) as caught:
        parse_method(raw, tmp_path / "interview.yml")
    (problem,) = caught.value.problems
    assert "»use_when« skal være en liste" in problem and "anførselstegn" in problem


def test_bad_group_size_lists_the_choices(tmp_path: Path) -> None:
    raw = raw_card("workshop")
    raw["size"] = "kæmpe"
    with pytest.raises(InputError) as caught:
        parse_method(raw, tmp_path / "workshop.yml")
    (problem,) = caught.value.problems
    assert "»kæmpe« er ikke et gyldigt valg i feltet »size«" in problem
    assert "en, lille, mellem, stor" in problem


def test_case_without_source_is_refused(tmp_path: Path) -> None:
    raw = raw_card("byvandring")
    raw["case"] = {"text": "Et eksempel uden kilde."}
    with pytest.raises(InputError) as caught:
        parse_method(raw, tmp_path / "byvandring.yml")
    assert caught.value.problems == [
        "byvandring.yml: feltet »case« skal have både »text« (eksemplet) og »source« "
        "(kildens nøgle i litteraturlisten)."]


def test_missing_card_file_gives_a_danish_message() -> None:
    with pytest.raises(InputError, match="Metodekortet findes-ikke.yml findes ikke."):
        load_method("findes-ikke")


def test_every_card_has_a_page_using_its_directive() -> None:
    for method in load_methods():
        page = (ROOT / "book" / "metoder" / f"{method.id}.md").read_text(encoding="utf-8")
        assert re.search(rf"^# {re.escape(method.title)}$", page, flags=re.M), method.id
        assert f"{{samskab-metode}} {method.id}" in page


def test_the_sidebar_lists_the_method_cards_in_the_overviews_order():
    import yaml

    toc = yaml.safe_load((Path(__file__).resolve().parents[1] / "_toc.yml").read_text("utf-8"))
    chapters = [c for part in toc["parts"] for c in part["chapters"]]
    overview = next(c for c in chapters if c["file"] == "book/metoder/index")
    in_sidebar = [s["file"].rsplit("/", 1)[1] for s in overview["sections"]]
    assert in_sidebar == [m.id for m in load_methods()]
