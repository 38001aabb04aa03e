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
    Method,
    load_method,
    load_methods,
    method_ids,
    methods_for_step,
    read_method,
)
from samskab_lib.handbook.steps import load_steps
from samskab_lib.resources import data_path
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


def _problems(tmp_path: Path, method_id: str, change) -> list[str]:
    """The problems the reader names in a copy of card *method_id* after *change* (text → text)."""
    path = tmp_path / f"{method_id}.yml"
    path.write_text(change((METHOD_DIR / f"{method_id}.yml").read_text(encoding="utf-8")),
                    encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_method(path)
    return caught.value.problems


def _line(card: str, start: str) -> int:
    return next(n for n, line in enumerate(card.splitlines(), 1) if line.startswith(start))


def test_missing_purpose_names_file_line_and_field_in_danish(tmp_path: Path) -> None:
    card = (METHOD_DIR / "fokusgruppe.yml").read_text(encoding="utf-8")
    problems = _problems(tmp_path, "fokusgruppe",
                         lambda text: text.replace("purpose:", "purpos:"))
    assert problems == [
        f"{tmp_path}/fokusgruppe.yml, linje {_line(card, 'id:')}, felt »purpose«: feltet mangler.",
        f"{tmp_path}/fokusgruppe.yml, linje {_line(card, 'purpose:')}, felt »purpos«: feltet "
        "kendes ikke. Tilladte felter her: " + ", ".join(Method.model_fields) + ".",
    ]


def test_a_misspelt_time_key_is_refused_not_ignored(tmp_path: Path) -> None:
    problems = _problems(tmp_path, "workshop", lambda text: text.replace("  hold:", "  hodl:"))
    assert [p.split(": ", 1)[0].rsplit(", ", 1)[1] for p in problems] == \
        ["felt »time.hold«", "felt »time.hodl«"]
    assert problems[1].endswith("feltet kendes ikke. Tilladte felter her: prepare, hold, follow_up.")


def test_a_wrong_type_names_what_the_field_must_be(tmp_path: Path) -> None:
    card = (METHOD_DIR / "workshop.yml").read_text(encoding="utf-8")
    (problem,) = _problems(tmp_path, "workshop",
                           lambda text: text.replace("title: Workshop", "title: [Workshop]"))
    assert problem == (f"{tmp_path}/workshop.yml, linje {_line(card, 'title:')}, felt »title«: "
                       "skal være en tekst, men er »['Workshop']«.")


def test_unknown_step_and_empty_list_are_both_reported(tmp_path: Path) -> None:
    problems = _problems(tmp_path, "interview", lambda text: re.sub(
        r"^steps: .*$", "steps: [2, 7]", text.replace("pitfalls:", "pitfalls: []\nold_pitfalls:"),
        flags=re.M))
    assert any("felt »steps[1]«: »7« kendes ikke her. Mulige værdier: 1, 2, 3, 4, 5." in p
               for p in problems)
    assert any("felt »pitfalls«: listen er tom. Skriv mindst ét punkt." in p for p in problems)


def test_an_item_with_an_unquoted_colon_is_refused_not_shown_as_a_mapping(tmp_path: Path) -> None:
    raw = raw_card("interview")
    (problem,) = _problems(tmp_path, "interview", lambda text: text.replace(
        f"  - {raw['use_when'][1]}", "  - Emnet er personligt: folk vil helst ses hjemme."))
    assert "felt »use_when[1]«: punktet rummer et kolon" in problem and "anførselstegn" in problem


def test_bad_group_size_lists_the_choices(tmp_path: Path) -> None:
    (problem,) = _problems(tmp_path, "workshop",
                           lambda text: text.replace("size: mellem", "size: kæmpe"))
    assert problem.endswith("felt »size«: »kæmpe« kendes ikke her. Mulige værdier: en, lille, "
                            "mellem, stor.")


def test_case_without_source_is_refused(tmp_path: Path) -> None:
    (problem,) = _problems(tmp_path, "byvandring",
                           lambda text: re.sub(r"^  source: .*\n", "", text, flags=re.M))
    assert re.fullmatch(rf"{tmp_path}/byvandring\.yml, linje \d+, felt »case\.source«: "
                        r"feltet mangler\.", problem)


def test_a_card_named_unlike_its_file_is_refused(tmp_path: Path) -> None:
    (problem,) = _problems(tmp_path, "byvandring",
                           lambda text: text.replace("id: byvandring", "id: gaatur"))
    assert problem.endswith("felt »id«: id'et er »gaatur«, men skal hedde det samme som filen "
                            "(»byvandring«).")


def test_a_card_that_is_not_yaml_names_the_line(tmp_path: Path) -> None:
    (problem,) = _problems(tmp_path, "byvandring",
                           lambda text: text.replace("id: byvandring", "id: [byvandring"))
    assert problem.startswith(f"{tmp_path}/byvandring.yml, linje ")
    assert "kan ikke læses som YAML" in problem


@pytest.mark.parametrize("language", ["da", "nb"])
@pytest.mark.parametrize("method_id", method_ids())
def test_every_shipped_card_validates_in_both_languages(method_id: str, language: str) -> None:
    path = data_path(f"methods/{method_id}.yml", language)
    assert read_method(path).id == method_id


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
