"""The participant questionnaire (step 5): its questions, each with a stable id, read from
``data/questionnaires/<id>.yml``, and the questionnaire blank as Word and as a list to paste
into a survey tool.

The ids are what :mod:`samskab_lib.evaluation.exports` matches a survey export's columns on.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..resources import read_data
from ..tables import Table
from ..texts import get_language, language_scope, languages, text
from ..word.blocks import Block
from ..word.writer import write_docx
from .survey import default_likert_scale

KINDS = ("skala", "valg", "fritekst")
BOX = "☐"


@dataclass(frozen=True)
class Question:
    """One question: ``kind`` is "skala" (agreement scale), "valg" (one option) or "fritekst"."""

    id: str
    kind: str
    text: str
    options: tuple[str, ...] = ()  # the Danish options of a "valg" question


@dataclass(frozen=True)
class Questionnaire:
    id: str
    title: str
    purpose: str
    intro: str
    questions: tuple[Question, ...]

    def of_kind(self, kind: str) -> tuple[Question, ...]:
        return tuple(q for q in self.questions if q.kind == kind)

    def question(self, question_id: str) -> Question:
        return next(q for q in self.questions if q.id == question_id)


def load_questionnaire(questionnaire_id: str = "deltagerevaluering") -> Questionnaire:
    """The questionnaire *questionnaire_id* worded in the library's current language."""
    return _questionnaire(questionnaire_id, get_language())


def in_every_language(questionnaire_id: str) -> tuple[Questionnaire, ...]:
    """The questionnaire in each of the library's languages, the current one last: answers to a
    survey held in Danish are read by a Norwegian user too, and the other way round."""
    current = get_language()
    found = []
    for language in [*(other for other in languages() if other != current), current]:
        with language_scope(language):
            found.append(load_questionnaire(questionnaire_id))
    return tuple(found)


def option_names(questionnaire_id: str, question_id: str) -> dict[str, str]:
    """Each option of a "valg" question as written in any language → the option in the
    current language (``"65 år og derover"`` → ``"65 år og over"`` in bokmål)."""
    versions = in_every_language(questionnaire_id)
    current = versions[-1].question(question_id).options
    return {option: now for version in versions
            for option, now in zip(version.question(question_id).options, current, strict=True)}


@cache
def _questionnaire(questionnaire_id: str, language: str) -> Questionnaire:
    """The questionnaire in *language* (the cache keeps one per language)."""
    raw = read_data(f"questionnaires/{questionnaire_id}.yml")
    key = f"questionnaire.{questionnaire_id}"
    questions = []
    for entry in raw["questions"]:
        if entry["kind"] not in KINDS:
            raise ValueError(f"{questionnaire_id}: kind {entry['kind']!r} is not one of {KINDS}")
        options = tuple(text(f"{key}.options.{o}") for o in entry.get("options", ()))
        questions.append(Question(entry["id"], entry["kind"],
                                  text(f"{key}.questions.{entry['id']}"), options))
    ids = [q.id for q in questions]
    if len(set(ids)) != len(ids):
        raise ValueError(f"{questionnaire_id}: a question id is used twice")
    return Questionnaire(raw["id"], text(f"{key}.title"), text(f"{key}.purpose"),
                         text(f"{key}.intro"), tuple(questions))


def answer_scale() -> tuple[str, ...]:
    """The answers a scale question offers, from "Helt enig" to "Helt uenig", then "Ved ikke"."""
    return (*reversed(default_likert_scale()), text("questionnaire.dont_know"))


def blank_blocks(questionnaire: Questionnaire | None = None) -> list[Block]:
    """The questionnaire as a participant fills it in on paper: numbered questions, boxes."""
    questionnaire = questionnaire or load_questionnaire()
    blocks = [Block("heading", 1, questionnaire.title),
              Block("help", text=text("template_render.subtitle")),
              Block("paragraph", text=questionnaire.intro)]
    for number, question in enumerate(questionnaire.questions, start=1):
        blocks.append(Block("heading", 2, f"{number}. {question.text}"))
        blocks.append(Block("help", text=text(f"questionnaire.kinds.{question.kind}")))
        if question.kind == "skala":
            scale = answer_scale()
            blocks.append(Block("table", headers=scale, rows=((BOX,) * len(scale),),
                                widths=(1.0,) * len(scale), numeric=(False,) * len(scale)))
        elif question.kind == "valg":
            blocks.append(Block("bullets", items=tuple(f"{BOX} {o}" for o in question.options)))
        else:
            blocks.append(Block("paragraph", writing=4))
    return blocks


def blank_docx(questionnaire: Questionnaire | None = None) -> bytes:
    """The blank questionnaire as an A4 Word file in Danish."""
    questionnaire = questionnaire or load_questionnaire()
    return write_docx(blank_blocks(questionnaire), questionnaire.title, questionnaire.purpose)


def paste_list(questionnaire: Questionnaire | None = None) -> str:
    """Every question with its id and its answers, as plain text to paste into a survey tool."""
    questionnaire = questionnaire or load_questionnaire()
    lines = [text("questionnaire.paste_heading"), "", text("questionnaire.paste_note"), ""]
    for number, question in enumerate(questionnaire.questions, start=1):
        lines.append(f"{number}. {question.text} ({question.id})")
        if question.kind == "fritekst":
            lines.append("   " + text("questionnaire.paste_free"))
        else:
            options = answer_scale() if question.kind == "skala" else question.options
            lines.append("   " + text("questionnaire.paste_options", options=" / ".join(options)))
        lines.append("")
    return "\n".join(lines)


def questions_table(questionnaire: Questionnaire | None = None) -> Table:
    """Every question with its number, its id and what a participant answers with."""
    questionnaire = questionnaire or load_questionnaire()
    rows = []
    for number, question in enumerate(questionnaire.questions, start=1):
        answers = (" / ".join(answer_scale()) if question.kind == "skala" else
                   " / ".join(question.options) if question.kind == "valg" else
                   text("questionnaire.free_answer"))
        rows.append([str(number), question.text, question.id, answers])
    headers = [text(f"questionnaire.table.{h}") for h in ("number", "question", "id", "answers")]
    return Table(headers=headers, rows=rows, caption=text("questionnaire.table.caption"))
