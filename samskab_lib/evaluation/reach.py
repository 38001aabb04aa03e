"""Reach: the funnel from invited to active, and how well participants mirror the population."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..errors import InputError
from ..formatting import number
from ..texts import text
from .checks import (
    checked_count,
    checked_labelled_count,
    field_label,
    passed,
    problem,
    raise_if,
)


@dataclass(frozen=True)
class FunnelStage:
    """One stage of a participation funnel.

    ``share_of_previous`` is ``None`` when the stage before had nobody (no rate exists).
    """

    name: str
    count: int
    share_of_previous: float | None
    share_of_first: float


@dataclass(frozen=True)
class Funnel:
    stages: tuple[FunnelStage, ...]


def funnel(stages: Mapping[str, int] | Sequence[tuple[str, int]]) -> Funnel:
    """Reach along a funnel such as invited → took part → active → ambassadors.

    Each stage is a subset of the one before, so a count may not exceed the previous one.
    """
    pairs = _stage_pairs(stages)
    if not pairs:
        raise InputError(problem("empty", field=field_label("stages")))
    problems: list[str] = []
    counts: list[int | None] = []
    seen: set[str] = set()
    for name, value in pairs:
        if name in seen:
            problems.append(problem("duplicate_stage", stage=name))
        seen.add(name)
        counts.append(checked_count(value, "stages", problems,
                             label=text("evaluation.fields.stage", stage=name)))
    if counts[0] == 0:
        problems.append(problem("funnel_first_zero", stage=pairs[0][0]))
    for (prev_name, _), (name, _), prev, count in zip(pairs, pairs[1:], counts, counts[1:], strict=False):
        if prev is not None and count is not None and count > prev:
            problems.append(problem("funnel_grows", stage=name, count=number(count),
                                   previous=prev_name, previous_count=number(prev)))
    raise_if(problems)
    checked = [passed(count) for count in counts]
    result = []
    for index, ((name, _), count) in enumerate(zip(pairs, checked, strict=True)):
        previous = checked[index - 1] if index else 0
        rate = count / previous if previous else None
        result.append(FunnelStage(name, count, rate, count / checked[0]))
    return Funnel(tuple(result))


_FUNNEL_EXAMPLE = "{'Inviteret': 1200, 'Deltog': 312}"


def _stage_pairs(stages: object) -> list[tuple[str, int]]:
    """The funnel's (name, count) pairs; InputError in Danish for any other shape."""
    if isinstance(stages, Mapping):
        return list(stages.items())
    if isinstance(stages, (str, bytes)) or not isinstance(stages, Sequence):
        raise InputError(problem("not_mapping", field=field_label("stages"),
                                 pairs=text("evaluation.pairs.stages"), example=_FUNNEL_EXAMPLE,
                                 kind=type(stages).__name__))
    bad = [item for item in stages
           if isinstance(item, (str, bytes)) or not isinstance(item, Sequence) or len(item) != 2]
    if bad:
        raise InputError([problem("not_pairs", field=field_label("stages"),
                                  example=_FUNNEL_EXAMPLE, value=item) for item in bad[:3]])
    return [(name, count) for name, count in stages]


def _checked_mapping(value: object, name: str) -> Mapping[str, int]:
    """*value* when it maps groups to counts; InputError naming the field otherwise."""
    if not isinstance(value, Mapping):
        raise InputError(problem("not_mapping", field=field_label(name),
                                 pairs=text("evaluation.pairs.groups"),
                                 example="{'Under 30 år': 310, '30 år og derover': 890}",
                                 kind=type(value).__name__))
    return value


# --------------------------------------------------------------------------- representativeness

@dataclass(frozen=True)
class GroupRepresentation:
    """One group's share of the population and of the participants.

    ``ratio`` = participant share / population share: 1 mirrors the population, below 1 the
    group is under-represented, above 1 over-represented.
    """

    group: str
    population: int
    participants: int
    population_share: float
    participant_share: float

    @property
    def ratio(self) -> float:
        return self.participant_share / self.population_share


@dataclass(frozen=True)
class Representativeness:
    """Per-group shares and the dissimilarity index (0 = participants mirror the population)."""

    groups: tuple[GroupRepresentation, ...]
    dissimilarity_index: float


def representativeness(population_by_group: Mapping[str, int],
                       participants_by_group: Mapping[str, int]) -> Representativeness:
    """How far the participants mirror the population, group by group (key 9, diversity).

    The dissimilarity index is D = ½ Σ |pᵢ/P − qᵢ/Q| over the groups i, with pᵢ the
    population and qᵢ the participants in group i. It is the share of participants who
    would have to belong to another group for the two distributions to match.
    """
    population_by_group = _checked_mapping(population_by_group, "population")
    participants_by_group = _checked_mapping(participants_by_group, "participants_by_group")
    problems: list[str] = []
    if not population_by_group:
        problems.append(problem("empty", field=field_label("population")))
    if not participants_by_group:
        problems.append(problem("empty", field=field_label("participants_by_group")))
    raise_if(problems)
    only_pop = [g for g in population_by_group if g not in participants_by_group]
    only_part = [g for g in participants_by_group if g not in population_by_group]
    if only_pop or only_part:
        none = text("evaluation.errors.none")
        problems.append(problem("groups_differ", only_population=", ".join(only_pop) or none,
                               only_participants=", ".join(only_part) or none))
    population: dict[str, int | None] = {}
    participants: dict[str, int | None] = {}
    for group, value in population_by_group.items():
        population[group] = checked_labelled_count(value, "population", group, problems)
        if population[group] == 0:
            problems.append(problem("zero_population_group", group=group))
    for group, value in participants_by_group.items():
        participants[group] = checked_labelled_count(value, "participants_by_group", group, problems)
    raise_if(problems)
    pop_total = sum(population.values())  # type: ignore[arg-type]
    part_total = sum(participants.values())  # type: ignore[arg-type]
    if part_total == 0:
        problems.append(problem("zero_total", field=field_label("participants_by_group")))
    raise_if(problems)
    groups = tuple(
        GroupRepresentation(group, population[group], participants[group],  # type: ignore[arg-type]
                            population[group] / pop_total,  # type: ignore[operator]
                            participants[group] / part_total)  # type: ignore[operator]
        for group in population_by_group
    )
    index = 0.5 * sum(abs(g.population_share - g.participant_share) for g in groups)
    return Representativeness(groups, index)


def dissimilarity_index(population_by_group: Mapping[str, int],
                        participants_by_group: Mapping[str, int]) -> float:
    """The dissimilarity index between population and participants (0 to 1); see
    :func:`representativeness`."""
    return representativeness(population_by_group, participants_by_group).dissimilarity_index
