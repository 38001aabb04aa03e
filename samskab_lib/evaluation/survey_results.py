"""The figures of a participant survey: answers and response rate, the distribution per
question with "Ved ikke" apart, participants against the population, and the free text.

No group of fewer than :data:`MIN_GROUP` answers is broken down (a question's distribution,
an age group's count), so no participant can be recognised from the figures.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np

from ..errors import InputError
from ..resources import cases_dir, load_yaml
from ..texts import get_language, text
from .checks import checked_count, problem, raise_if
from .export_answers import DONT_KNOW, SurveyAnswers, read_answers
from .questionnaire import Question, option_names
from .reach import Representativeness, representativeness
from .survey import LikertQuestion, LikertSummary, default_likert_scale, likert_summary

MIN_GROUP = 5  # no breakdown of fewer answers than this
EXAMPLE = "evaluering-eksempel"  # the folder of the fictional example exports in cases/


@dataclass(frozen=True)
class ScaleResult:
    """One scale question: answers on the scale, "Ved ikke" and blanks; ``summary`` is None
    when fewer than :data:`MIN_GROUP` answered on the scale (the breakdown is suppressed)."""

    question: Question
    answers: int
    dont_know: int
    blanks: int
    summary: LikertQuestion | None

    @property
    def suppressed(self) -> bool:
        return self.summary is None


@dataclass(frozen=True)
class GroupCount:
    """A group's count among the respondents. Groups of fewer than :data:`MIN_GROUP` are
    merged (with the smallest others, until the merged group has enough): ``members`` then
    names the groups in it."""

    group: str
    count: int
    members: tuple[str, ...]

    @property
    def merged(self) -> bool:
        return len(self.members) > 1


@dataclass(frozen=True)
class SurveyResults:
    answers: SurveyAnswers
    respondents: int
    invited: int | None
    first_day: date | None
    last_day: date | None
    scale: tuple[ScaleResult, ...]
    groups: tuple[GroupCount, ...]
    group_question: Question | None
    representation: Representativeness | None
    free_text: tuple[tuple[Question, tuple[str, ...]], ...]

    @property
    def response_rate(self) -> float | None:
        return self.respondents / self.invited if self.invited else None

    @property
    def shown(self) -> LikertSummary | None:
        """The scale questions with enough answers to show, as a Likert summary (1 to 5)."""
        questions = tuple(r.summary for r in self.scale if r.summary is not None)
        return LikertSummary(default_likert_scale(), 4, questions) if questions else None


def survey_results(answers: SurveyAnswers, invited: int | None = None,
                   population: Mapping[str, int] | None = None) -> SurveyResults:
    """The figures of *answers*; *invited* gives the response rate and *population* (the
    number of people per answer option of the background question, e.g. age) the comparison.
    """
    problems: list[str] = []
    respondents = answers.respondents
    if invited is not None:
        invited = checked_count(invited, "invited", problems, positive=True)
        if invited is not None and invited < respondents:
            problems.append(problem("invited_below_answers", invited=invited,
                                    answers=respondents))
    raise_if(problems)
    frame = answers.frame
    scale = tuple(_scale_result(q, frame[q.id].to_numpy(float))
                  for q in answers.questionnaire.of_kind("skala") if q.id in frame)
    choice = next((q for q in answers.questionnaire.of_kind("valg") if q.id in frame), None)
    groups: tuple[GroupCount, ...] = ()
    representation = None
    if choice is not None:
        counts = frame[choice.id].value_counts()
        groups = merged_groups({o: int(counts.get(o, 0)) for o in choice.options})
        if population is not None:  # its groups may be named in another language
            names = option_names(answers.questionnaire.id, choice.id)
            population = {names.get(group, group): count for group, count in population.items()}
            representation = representativeness(_merged_population(population, groups),
                                                {g.group: g.count for g in groups})
    free = tuple((q, tuple(str(v) for v in frame[q.id].dropna() if str(v).strip()))
                 for q in answers.questionnaire.of_kind("fritekst") if q.id in frame)
    days = answers.answered_on.dropna()
    return SurveyResults(answers, respondents, invited,
                         days.min().date() if len(days) else None,
                         days.max().date() if len(days) else None,
                         scale, groups, choice, representation, free)


def _scale_result(question: Question, codes: np.ndarray) -> ScaleResult:
    given = codes[~np.isnan(codes)]
    dont_know = int((given == DONT_KNOW).sum())
    on_scale = given[given != DONT_KNOW]
    blanks = int(codes.size - given.size)
    summary = None
    if on_scale.size >= MIN_GROUP:
        summary = likert_summary({question.text.rstrip("."): on_scale}).questions[0]
    return ScaleResult(question, int(on_scale.size), dont_know, blanks, summary)


def merged_groups(counts: Mapping[str, int]) -> tuple[GroupCount, ...]:
    """Each group with its count; groups of 1 to 4 are merged into one, together with the
    smallest other groups until it holds at least :data:`MIN_GROUP` (0 is shown as 0)."""
    small = [g for g, n in counts.items() if 0 < n < MIN_GROUP]
    if not small:
        return tuple(GroupCount(g, n, (g,)) for g, n in counts.items())
    merged = list(small)
    others = sorted((g for g, n in counts.items() if n >= MIN_GROUP), key=lambda g: counts[g])
    while sum(counts[g] for g in merged) < MIN_GROUP and others:
        merged.append(others.pop(0))
    members = tuple(g for g in counts if g in merged)  # in the questionnaire's order
    label = text("survey_report.merged_group", groups=" + ".join(members))
    result: list[GroupCount] = []
    for group, count in counts.items():
        if group == members[0]:
            result.append(GroupCount(label, sum(counts[g] for g in members), members))
        elif group not in members:
            result.append(GroupCount(group, count, (group,)))
    return tuple(result)


def _merged_population(population: Mapping[str, int],
                       groups: tuple[GroupCount, ...]) -> dict[str, int]:
    """*population* with the same groups merged as among the respondents."""
    members = {m for g in groups for m in g.members}
    if set(population) != members:
        return dict(population)  # representativeness() names the groups that differ
    merged: dict[str, int] = {}
    for group in groups:
        values = [population[m] for m in group.members]
        merged[group.group] = (sum(values) if all(isinstance(v, int) for v in values)
                               else values[0])  # a wrong value is named by representativeness()
    return merged


def example_folder(language: str | None = None) -> Path:
    """The folder of the book's fictional example exports in *language* (default: the library's):
    ``cases/evaluering-eksempel/<language>`` when the example has that language, else the Danish
    ``cases/evaluering-eksempel``. Each holds the same answers, worded in its language."""
    folder = cases_dir() / EXAMPLE
    translated = folder / (language or get_language())
    return translated if (translated / "befolkning.yml").is_file() else folder


def example_results(file: str = "microsoft-forms.xlsx") -> SurveyResults:
    """The figures of the book's fictional example export *file* (:func:`example_folder`),
    with its invited count and population."""
    folder = example_folder()
    invited, population = read_population(
        load_yaml((folder / "befolkning.yml").read_text(encoding="utf-8")), "befolkning.yml")
    return survey_results(read_answers(folder / file), invited, population)


def read_population(raw: object, source: str) -> tuple[int | None, dict[str, int] | None]:
    """``inviterede`` and ``befolkning`` from a YAML mapping (a population file)."""
    if not isinstance(raw, Mapping):
        raise InputError(text("evaluation.errors.population_file", file=source))
    population = raw.get("befolkning")
    if population is not None and not isinstance(population, Mapping):
        raise InputError(text("evaluation.errors.population_file", file=source))
    return raw.get("inviterede"), (dict(population) if population is not None else None)

