"""What the case overview filters by, and the figures the library works out for a case page.

:func:`facets` gives each case's step, form of co-creation, method cards, topics, country and
the bands of municipality size, participants and cost (``data/case_bands.yml``).
:func:`computed_figures` and :func:`lessons_table` feed the generated case pages.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..evaluation.costs import cost_per_participant
from ..formatting import money, number
from ..handbook.methods import load_method
from ..handbook.typology import load_types
from ..resources import read_data
from ..tables import Table
from ..texts import text
from .model import Case, Fact

UNKNOWN_BAND = "ukendt"


@dataclass(frozen=True)
class Facets:
    """One case as the overview's filters see it: ids, each with a Danish label elsewhere."""

    steps: tuple[int, ...]
    form: str
    methods: tuple[str, ...]
    topics: tuple[str, ...]
    country: str
    size: str
    participants: str
    cost: str


def band(kind: str, value: float | None) -> str:
    """The id of the band of *kind* (``size``, ``participants``, ``cost``) *value* falls in."""
    if value is None:
        return UNKNOWN_BAND
    chosen = UNKNOWN_BAND
    for entry in read_data("case_bands.yml")[kind]:
        if value >= entry["from"]:
            chosen = entry["id"]
    return chosen


def band_labels(kind: str) -> dict[str, str]:
    """Every band of *kind* in order, ``ukendt`` last, with its Danish label."""
    ids = [entry["id"] for entry in read_data("case_bands.yml")[kind]] + [UNKNOWN_BAND]
    return {band_id: text(f"cases.bands.{kind}.{band_id}") for band_id in ids}


def _number(fact: Fact) -> float | None:
    value = fact.value
    return value if fact.known and isinstance(value, (int, float)) else None


def facets(case: Case) -> Facets:
    """The filter values of *case*."""
    chosen = case.classification
    return Facets(
        steps=tuple(chosen.steps), form=chosen.form, methods=tuple(chosen.methods),
        topics=tuple(chosen.topics), country=case.municipality.country,
        size=band("size", _number(case.municipality.inhabitants)),
        participants=band("participants", _number(case.participants.total)),
        cost=band("cost", _number(case.costs.amount)))


def form_name(form_id: str) -> str:
    """The typology's name of a form of co-creation (``medudvikling`` → ``Medudvikling``)."""
    return next(t.name for t in load_types() if t.id == form_id)


def method_title(method_id: str) -> str:
    """The title of a method card."""
    return load_method(method_id).title


def computed_figures(case: Case) -> list[tuple[str, str, str]]:
    """Figures the library works out from the case's facts: (label, value, how)."""
    figures = []
    amount, total = _number(case.costs.amount), _number(case.participants.total)
    if amount is not None and total:
        per = cost_per_participant(amount, int(total))
        figures.append((text("cases.computed.cost_per_participant"),
                        money(per.per_unit, case.costs.currency or ""),
                        text("cases.computed.cost_per_participant_how",
                             amount=money(amount, case.costs.currency or ""),
                             total=number(total))))
    counted = [(g.name, count) for g in case.participants.groups
               if (count := _number(g.count)) is not None]
    if len(counted) >= 2:
        figures.append((text("cases.computed.group_sum"),
                        number(sum(count for _name, count in counted)),
                        text("cases.computed.group_sum_how",
                             groups=", ".join(name for name, _count in counted))))
    return figures


def computed_table(case: Case) -> Table:
    """:func:`computed_figures` as a table with a column saying how each was worked out."""
    def h(key: str) -> str:
        return text(f"cases.headings.{key}")

    return Table(headers=[h("figure"), h("value"), h("how")],
                 rows=[list(row) for row in computed_figures(case)],
                 caption=text("cases.headings.computed_caption", case=case.title.value))


def lessons_table(case: Case) -> Table:
    """What worked and what did not, each with its source."""
    def h(key: str) -> str:
        return text(f"cases.headings.{key}")

    rows = [[h(kind), fact.value, fact.source or text("cases.unknown")]
            for kind, facts in (("worked", case.lessons.worked),
                                ("did_not_work", case.lessons.did_not_work))
            for fact in facts]
    return Table(headers=[h("kind"), h("fact"), h("source")], rows=rows,
                 caption=text("cases.headings.lessons_caption", case=case.title.value))
