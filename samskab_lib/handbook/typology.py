"""Place a co-creation project in one of four types with a short self-assessment.

The framework (questions, levels and type names) is the handbook's own, written for the
purpose Jens Ulrich gives his typology: a shared language about what kind of co-creation the
parties are in and what mandate it has. It is not Ulrich's typology; see ``data/typology.yml``.

Rule: each answer has a level from 1 (the municipality holds the task) to 4 (the other actors
hold it). The project's type is the level nearest the mean of the answers, halves rounded up.
"""
from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from ..errors import InputError
from ..formatting import number
from ..resources import read_data
from ..tables import Table
from ..texts import per_language, text


@dataclass(frozen=True)
class Option:
    """One possible answer to a question, with its level (1-4)."""

    id: str
    level: int
    label: str


@dataclass(frozen=True)
class Question:
    """A self-assessment question and its four answers, lowest level first."""

    id: str
    question: str
    options: tuple[Option, ...]

    def option(self, option_id: str) -> Option:
        return next(o for o in self.options if o.id == option_id)

    def at_level(self, level: int) -> Option:
        return next(o for o in self.options if o.level == level)


@dataclass(frozen=True)
class CoCreationType:
    """A type of co-creation in the handbook's framework."""

    id: str
    level: int
    name: str
    summary: str
    description: str
    asks: str


@dataclass(frozen=True)
class Move:
    """What it would take to move the project to a neighbouring type."""

    target: CoCreationType
    changes: tuple[str, ...]


@dataclass(frozen=True)
class Assessment:
    """A project's type, the reasons for it and the moves to the neighbouring types."""

    type: CoCreationType
    score: float
    why: tuple[str, ...]
    moves: tuple[Move, ...]

    def to_markdown(self) -> str:
        """The assessment as short Markdown: type, reasons and what a move would take."""
        lines = [f"**{text('typology.result_type')}: {self.type.name}** – {self.type.summary}",
                 "", f"{text('typology.result_why')}:", ""]
        lines += [f"- {reason}" for reason in self.why]
        for move in self.moves:
            lines += ["", f"{text('typology.result_move', target=move.target.name)}:", ""]
            lines += [f"- {change}" for change in move.changes]
            lines += [f"- {text('typology.move_asks', asks=move.target.asks)}"]
        return "\n".join(lines)

    def _repr_markdown_(self) -> str:
        return self.to_markdown()


@per_language
def load_questions() -> tuple[Question, ...]:
    """The four self-assessment questions in order."""
    return tuple(Question(q["id"], q["question"], tuple(Option(**o) for o in q["options"]))
                 for q in read_data("typology.yml")["questions"])


@per_language
def load_types() -> tuple[CoCreationType, ...]:
    """The four types, from the municipality holding the task to the actors holding it."""
    return tuple(CoCreationType(**row) for row in read_data("typology.yml")["types"])


def example_answers(name: str) -> dict[str, str]:
    """Worked example answers: ``hjoerring`` (the handbook's reading) or ``nordfjordby``."""
    examples = read_data("typology.yml")["examples"]
    if name not in examples:
        raise InputError(text("typology.unknown_example", name=name, known=", ".join(examples)))
    return dict(examples[name])


def _problems(answers: object) -> list[str]:
    if not isinstance(answers, Mapping):
        return [text("typology.not_a_dict")]
    questions = {q.id: q for q in load_questions()}
    problems = [text("typology.unknown_question", question=name, known=", ".join(questions))
                for name in answers if name not in questions]
    for question in questions.values():
        known = ", ".join(o.id for o in question.options)
        if question.id not in answers:
            problems.append(text("typology.missing", id=question.id, question=question.question,
                                 known=known))
        elif answers[question.id] not in {o.id for o in question.options}:
            problems.append(text("typology.unknown_answer", id=question.id,
                                 question=question.question, answer=answers[question.id],
                                 known=known))
    return problems


def classify(answers: Mapping[str, str]) -> Assessment:
    """Place a project in a type from its answers (question id -> option id).

    Raises InputError naming every missing, unknown or misspelt answer.
    """
    problems = _problems(answers)
    if problems:
        raise InputError(problems)
    types = {t.level: t for t in load_types()}
    chosen = {q.id: q.option(answers[q.id]) for q in load_questions()}
    score = _mean(chosen)
    level = min(max(math.floor(score + 0.5), 1), len(types))
    why = [text("typology.why_answer", question=q.question, answer=chosen[q.id].label,
                type=types[chosen[q.id].level].name) for q in load_questions()]
    why.append(text("typology.why_mean", score=number(score, 2), type=types[level].name))
    levels = [o.level for o in chosen.values()]
    if max(levels) - min(levels) >= 2:
        why.append(text("typology.why_spread"))
    moves = tuple(_move(chosen, types[target]) for target in (level - 1, level + 1)
                  if target in types)
    return Assessment(types[level], score, tuple(why), moves)


def _move(chosen: Mapping[str, Option], target: CoCreationType) -> Move:
    """Answers on the far side of *target*'s level, each with the answer at that level."""
    changes = tuple(
        text("typology.move_change", question=q.question, current=chosen[q.id].label,
             wanted=q.at_level(target.level).label)
        for q in load_questions()
        if (chosen[q.id].level - target.level) * (target.level - _mean(chosen)) < 0
    )
    return Move(target, changes)


def _mean(chosen: Mapping[str, Option]) -> float:
    return sum(o.level for o in chosen.values()) / len(chosen)


def types_table() -> Table:
    """The four types: name, what characterises it and what it asks of the municipality."""
    return Table(
        headers=[text("typology.heading_type"), text("typology.heading_description"),
                 text("typology.heading_asks")],
        rows=[[t.name, t.description, t.asks] for t in load_types()],
        caption=text("typology.types_caption"),
    )


def questions_table(notebook_values: bool = True) -> Table:
    """Every question with its answers and the type each answer points to.

    With *notebook_values* a column shows what to write in the notebook for each answer; the
    reading page leaves it out (its readers do not write code).
    """
    names = {t.level: t.name for t in load_types()}
    headers = [text("typology.heading_question"), text("typology.heading_answer_id"),
               text("typology.heading_answer"), text("typology.heading_points_to")]
    rows = [[q.question if o.level == 1 else "", f"{q.id} = \"{o.id}\"", o.label, names[o.level]]
            for q in load_questions() for o in q.options]
    if not notebook_values:
        headers, rows = [headers[0], *headers[2:]], [[row[0], *row[2:]] for row in rows]
    return Table(headers=headers, rows=rows, caption=text("typology.questions_caption"))
