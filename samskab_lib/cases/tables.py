"""Tables of a case for the book's pages: facts, figures, steps, participants, results."""
from __future__ import annotations

from ..formatting import money, number, percent
from ..tables import Table
from ..texts import text
from .model import Case, Fact
from .references import short_reference

# --------------------------------------------------------------------------- tables

def _shown(fact: Fact) -> str | int | float:
    """A fact as a table cell; a plain number stays a number, which the table writes in Danish."""
    if not fact.known:
        return text("cases.unknown")
    if isinstance(fact.value, list):
        return "; ".join(fact.value)
    if fact.unit == "andel" and isinstance(fact.value, (int, float)):
        return percent(fact.value)
    return str(fact.value) if not isinstance(fact.value, (int, float)) else fact.value


def _source_label(fact: Fact, keys: bool) -> str:
    """The fact's source as a reader names it, or its bib key (*keys*: the book cites it)."""
    if not fact.source:
        return text("cases.unknown")
    return fact.source if keys else short_reference(fact.source)


def facts_table(case: Case, keys: bool = False) -> Table:
    """The case's basic facts (where, when, size, participants, cost, feedback) with sources.

    What the case is about stands in the prose above the table (the page's summary).
    """
    def h(key: str) -> str:
        return text(f"cases.headings.{key}")

    facts = [("where", case.where), ("when", case.when),
             ("inhabitants", case.municipality.inhabitants),
             ("participants", case.participants.total),
             ("recruitment", case.participants.recruitment), ("cost", case.costs.amount),
             ("cost_covers", case.costs.covers), ("staff_hours", case.costs.staff_hours),
             ("feedback", case.feedback)]
    rows = []
    for key, fact in facts:
        value = _shown(fact)
        if key == "cost" and fact.known:
            value = money(fact.value, case.costs.currency or "")
        elif key == "inhabitants" and fact.known:
            value = number(fact.value)
        rows.append([h(key), value, _source_label(fact, keys)])
    return Table(headers=[h("fact"), h("value"), h("source")], rows=rows,
                 caption=text("cases.headings.facts_caption", case=case.title.value))


def figures_table(case: Case, keys: bool = False) -> Table:
    """The case's key figures (``nøgletal``), each with its unit and source."""
    def h(key: str) -> str:
        return text(f"cases.headings.{key}")

    rows = [[fact.label or name, _shown(fact), fact.unit, _source_label(fact, keys)]
            for name, fact in case.figures.items()]
    return Table(headers=[h("figure"), h("value"), h("unit"), h("source")], rows=rows,
                 caption=text("cases.headings.figures_caption", case=case.title.value))


def steps_table(case: Case, keys: bool = False) -> Table:
    """The case's steps with their actions and tools, and the source of each."""
    def h(key: str) -> str:
        return text(f"cases.headings.{key}")

    rows = [[step.number, step.name, _shown(step.actions), _shown(step.tools),
             _source_label(step.actions, keys)] for step in case.steps]
    return Table(headers=[h("step"), h("name"), h("actions"), h("tools"), h("source")],
                 rows=rows, caption=text("cases.headings.steps_caption", case=case.title.value))


def participants_table(case: Case, keys: bool = False) -> Table:
    """The participant groups: how many and how they were recruited, with sources."""
    def h(key: str) -> str:
        return text(f"cases.headings.{key}")

    rows = [[group.name, _shown(group.count), _source_label(group.count, keys),
             _shown(group.recruitment), _source_label(group.recruitment, keys)]
            for group in case.participants.groups]
    rows.append([h("participants"), _shown(case.participants.total),
                 _source_label(case.participants.total, keys),
                 _shown(case.participants.recruitment),
                 _source_label(case.participants.recruitment, keys)])
    return Table(headers=[h("group"), h("count"), h("source"), h("recruitment"), h("source")],
                 rows=rows,
                 caption=text("cases.headings.participants_caption", case=case.title.value))


def results_table(case: Case, keys: bool = False) -> Table:
    """Goals, outcomes and decisions, one per row, with their sources."""
    def h(key: str) -> str:
        return text(f"cases.headings.{key}")

    rows = [[h(kind), _shown(fact), _source_label(fact, keys)]
            for kind, facts in (("goal", case.goals), ("outcome", case.outcomes),
                                ("decision", case.decisions))
            for fact in facts]
    return Table(headers=[h("kind"), h("fact"), h("source")], rows=rows,
                 caption=text("cases.headings.results_caption", case=case.title.value))
