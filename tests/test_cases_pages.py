"""The case chapters and the glossary as a reader sees them in the built book."""
from __future__ import annotations

import html
import re
from pathlib import Path

import pytest


def _plain(fragment: str) -> str:
    fragment = re.sub(r"<(script|style)\b.*?</\1>", " ", fragment, flags=re.S)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", fragment)))


def _text(page: Path) -> str:
    return _plain(page.read_text(encoding="utf-8"))


def test_nordfjordby_opens_with_the_fictional_case_warning(site: Path):
    page = (site / "book" / "cases" / "nordfjordby.html").read_text(encoding="utf-8")
    body = page[page.find('<span id="case-nordfjordby">'):]
    first_admonition = re.search(r'<div class="([^"]*\badmonition\b[^"]*)">\s*'
                                 r'<p class="admonition-title">([^<]+)</p>', body)
    assert first_admonition and first_admonition.group(2) == "Fiktiv case"
    assert body.find("Fiktiv case") < body.find('<section id="baggrund">')
    assert "eksempeldata" in _text(site / "book" / "cases" / "nordfjordby.html")


def test_nordfjordby_uses_the_shared_scenario_figures(site: Path):
    text = _text(site / "book" / "cases" / "nordfjordby.html")
    for figure in ("14.000 indbyggere", "1.200 huse", "25 %", "600.000", "300 huse"):
        assert figure in text, figure


def test_nordfjordby_budget_adds_up(site: Path):
    source = (Path(__file__).resolve().parent.parent / "book/cases/nordfjordby.md").read_text("utf-8")
    table = source[source.find("tabel-nordfjordby-budget"):source.find("## Tidsplan")]
    amounts = [int(a.replace(".", "")) for a in re.findall(r"^  - (\d{2,3}\.\d{3})$", table, re.M)]
    assert sum(amounts) == 600_000
    assert "**600.000**" in table


def test_jevnaker_cost_per_participant_is_stated_with_its_source(site: Path):
    text = _text(site / "book" / "cases" / "jevnaker.html")
    per_participant = 400_000 / 80
    assert f"{per_participant:,.0f}".replace(",", ".") + " norske kroner pr. deltager" in text
    assert "80 personer deltog" in text and "35" in text
    assert "Kritikfasen" in text and "Fantasifasen" in text and "Virkeliggørelsesfasen" in text
    assert "Jungk" in text


def test_hjoerring_states_the_goal_in_boilers_and_the_weak_fixed_goal(site: Path):
    text = _text(site / "book" / "cases" / "hjoerring.html")
    assert f"{4_500 * 10 // 100} oliefyr" in text
    assert "Svagheden: det faste mål" in text


@pytest.mark.parametrize("danish, norwegian, english", [
    ("samskabelse", "samskaping", "co-creation"),
    ("borgerinvolvering", "innbyggerinvolvering", "citizen involvement"),
    ("fremtidsværksted", "framtidsverksted", "future workshop"),
    ("målgruppe", "målgruppe", "target group"),
    ("ildsjæl", "ildsjel", "local champion"),
    ("ambassadør", "ambassadør", "ambassador"),
    ("netværksgruppe", "nettverksgruppe", "network group"),
])
def test_glossary_gives_each_term_in_three_languages(site: Path, danish, norwegian, english):
    page = (site / "book" / "ordliste.html").read_text(encoding="utf-8")
    entry = re.search(r'<dt id="term-[^"]*">' + re.escape(danish) + r"<.*?</dd>", page, re.S)
    assert entry, danish
    text = _plain(entry.group(0))
    assert f"Norsk: {norwegian}" in text and english in text

