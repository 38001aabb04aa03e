"""Combine several groups' top-five rankings of the keys into one ranking (a Borda count).

Voting rule (documented in the book): each group lists up to five keys, best first. A key in
1st place gets 5 points, 2nd place 4, 3rd place 3, 4th place 2 and 5th place 1. A key's score
is the sum over all groups. Keys are ordered by score (highest first), then by key number.
Keys with equal scores share a rank, and the next rank skips accordingly (1, 1, 3).
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NamedTuple

from ..errors import InputError
from ..tables import Table
from ..texts import text

TOP = 5
DEFAULT_KEYS = range(1, 19)


class RankedKey(NamedTuple):
    """A key's total points and its shared rank (1 is best)."""

    key: int
    points: int
    rank: int


def points_for_place(place: int) -> int:
    """Points for 1-based *place* in a top five: 5 for 1st place down to 1 for 5th."""
    return TOP + 1 - place


def ranking_problems(ranking: Sequence[object], who: str,
                     known: range = DEFAULT_KEYS) -> list[str]:
    """Every problem with one list, as Danish sentences naming whose list it is (*who*)."""
    problems: list[str] = []
    if not isinstance(ranking, (list, tuple)):
        return [text("ranking.learner.not_a_list", who=who)]
    if not ranking:
        problems.append(text("ranking.learner.empty", who=who))
    if len(ranking) > TOP:
        problems.append(text("ranking.learner.too_many", who=who, count=len(ranking), top=TOP))
    seen: set[object] = set()
    for place, number in enumerate(ranking, start=1):
        if isinstance(number, str) and number.strip().isdigit():
            problems.append(text("ranking.learner.quoted_key", who=who, place=place,
                                 value=number, bare=int(number)))
        elif isinstance(number, bool) or not isinstance(number, int) or number not in known:
            problems.append(text("ranking.learner.unknown_key", who=who, place=place,
                                 value=number, first=known.start, last=known.stop - 1))
        elif number in seen:
            problems.append(text("ranking.learner.duplicate", who=who, key=number))
        seen.add(number)
    return problems


def validate_ranking(ranking: Sequence[int], known: range = DEFAULT_KEYS, *,
                     who: str | None = None) -> list[int]:
    """Return *ranking* as a list if it is a valid top five; otherwise raise InputError.

    Problems name the list as *who* (default: the reader's own top five).
    """
    problems = ranking_problems(ranking, who or text("ranking.learner.own_list"), known)
    if problems:
        raise InputError(problems)
    return list(ranking)


def aggregate_rankings(rankings: Sequence[Sequence[int]] | Mapping[str, Sequence[int]],
                       known: range = DEFAULT_KEYS) -> list[RankedKey]:
    """Combine the groups' top fives into one ranking of every key in *known* (Borda count).

    *rankings* is a list of the groups' lists, or a mapping from each group's name to its
    list (problems then name the group as the mapping does). Returns one :class:`RankedKey`
    per known key, best first; keys nobody chose have 0 points and share the last rank.
    Raises InputError listing every problem in every group's list.
    """
    if not rankings:
        raise InputError(text("ranking.no_groups"))
    named = (dict(rankings) if isinstance(rankings, Mapping) else
             {text("ranking.learner.group", group=group): ranking
              for group, ranking in enumerate(rankings, start=1)})
    problems = [p for who, ranking in named.items()
                for p in ranking_problems(ranking, str(who), known)]
    if problems:
        raise InputError(problems)
    points = {number: 0 for number in known}
    for ranking in named.values():
        for place, number in enumerate(ranking, start=1):
            points[number] += points_for_place(place)
    ordered = sorted(points.items(), key=lambda item: (-item[1], item[0]))
    result: list[RankedKey] = []
    for position, (number, score) in enumerate(ordered, start=1):
        rank = result[-1].rank if result and result[-1].points == score else position
        result.append(RankedKey(number, score, rank))
    return result


def top_keys(result: Sequence[RankedKey], places: int = TOP) -> list[int]:
    """The keys ranked in the first *places* places, ties included; keys nobody chose never count."""
    return [ranked.key for ranked in result if ranked.rank <= places and ranked.points > 0]


def ranking_table(result: Sequence[RankedKey], titles: dict[int, str] | None = None,
                  only_scored: bool = True) -> Table:
    """The combined ranking as a table: rank ("1."), key, title (if given) and points."""
    rows = [[f"{r.rank}.", r.key, *([titles[r.key]] if titles else []), r.points]
            for r in result if r.points > 0 or not only_scored]
    headers = [text("ranking.heading_rank"), text("ranking.heading_key"),
               *([text("ranking.heading_title")] if titles else []),
               text("ranking.heading_points")]
    return Table(headers=headers, rows=rows, caption=text("ranking.table_caption"))
