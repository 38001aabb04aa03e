"""Method cards: one practical card per method, read from ``data/methods/<id>.yml`` (or its
translation ``data/<language>/methods/<id>.yml`` in another language).

A card says what a method is for, when to use it, how long it takes, who is needed, how to run
it, what to watch for and what to send participants afterwards, with a case example and its
source. The Danish field labels are in ``locale/da/methods.yml``.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..resources import DATA_DIR, data_path, read_data
from ..texts import per_language, text, texts_under
from .steps import load_steps

METHOD_DIR = DATA_DIR / "methods"
LISTS = ("use_when", "avoid_when", "people", "cost_drivers", "how", "script", "questions",
         "pitfalls", "inclusion", "afterwards")
NUMBERED = ("how", "script")  # the lists of steps: numbered on the card, the worksheet and its PDF
TEXTS = ("title", "summary", "purpose", "template")
CHOICES = {"effort": "methods.effort_levels", "size": "methods.sizes"}


@dataclass(frozen=True)
class MethodTime:
    """Rough time to prepare, to hold and to follow up (ranges, as guidance)."""

    prepare: str
    hold: str
    follow_up: str


@dataclass(frozen=True)
class CaseExample:
    """A short example of the method in use and the bibliography key of its source."""

    text: str
    source: str


@dataclass(frozen=True)
class Method:
    """One method card."""

    id: str
    title: str
    summary: str
    purpose: str
    steps: tuple[int, ...]
    effort: str
    size: str
    time: MethodTime
    use_when: tuple[str, ...]
    avoid_when: tuple[str, ...]
    people: tuple[str, ...]
    cost_drivers: tuple[str, ...]
    how: tuple[str, ...]
    script: tuple[str, ...]
    questions: tuple[str, ...]
    pitfalls: tuple[str, ...]
    inclusion: tuple[str, ...]
    afterwards: tuple[str, ...]
    case: CaseExample
    template: str

    @property
    def effort_label(self) -> str:
        return text(f"methods.effort_levels.{self.effort}")

    @property
    def size_label(self) -> str:
        return text(f"methods.sizes.{self.size}")


FIELD_NAMES = tuple(f.name for f in fields(Method))


def method_ids() -> tuple[str, ...]:
    """The id of every method card, in alphabetical order."""
    return tuple(sorted(path.stem for path in METHOD_DIR.glob("*.yml")))


@per_language
def load_method(method_id: str) -> Method:
    """The card *method_id* in the library's language; raises InputError listing every
    problem in its file."""
    name = f"methods/{method_id}.yml"
    path = data_path(name)
    if not path.is_file():
        raise InputError(text("methods.missing_file", file=path.name))
    return parse_method(read_data(name) or {}, path)


def load_methods() -> tuple[Method, ...]:
    """Every method card, sorted by title."""
    return tuple(sorted((load_method(i) for i in method_ids()), key=lambda m: m.title))


def parse_method(raw: dict[str, Any], path: Path) -> Method:
    """Check the card's data and build a :class:`Method` (all problems at once)."""
    name = path.name
    problems = [text("methods.unknown_field", file=name, field=key, known=", ".join(FIELD_NAMES))
                for key in raw if key not in FIELD_NAMES]
    if raw.get("id") != path.stem:
        problems.append(text("methods.wrong_id", file=name, value=raw.get("id"), expected=path.stem))
    for key in TEXTS:
        if not str(raw.get(key) or "").strip():
            problems.append(text("methods.missing_field", file=name, field=key))
    for key in LISTS:
        value = raw.get(key)
        if not isinstance(value, list) or not value or \
                not all(isinstance(v, str) and v.strip() for v in value):
            problems.append(text("methods.not_a_list", file=name, field=key))
    for key, prefix in CHOICES.items():
        choices = texts_under(prefix)
        if raw.get(key) not in choices:
            problems.append(text("methods.bad_choice", file=name, value=raw.get(key), field=key,
                                 choices=", ".join(choices)))
    problems += _step_problems(raw.get("steps"), name)
    time, case = raw.get("time"), raw.get("case")
    if not isinstance(time, dict) or not all(time.get(k) for k in ("prepare", "hold", "follow_up")):
        problems.append(text("methods.time_fields", file=name))
    if not isinstance(case, dict) or not case.get("text") or not case.get("source"):
        problems.append(text("methods.case_fields", file=name))
    if problems:
        raise InputError(problems)
    assert isinstance(time, dict) and isinstance(case, dict)  # checked above
    return Method(
        id=raw["id"], title=raw["title"].strip(), summary=raw["summary"].strip(),
        purpose=raw["purpose"].strip(), steps=tuple(raw["steps"]), effort=raw["effort"],
        size=raw["size"], time=MethodTime(**{k: str(time[k]) for k in ("prepare", "hold", "follow_up")}),
        case=CaseExample(text=case["text"].strip(), source=case["source"]),
        template=raw["template"], **{key: tuple(str(v).strip() for v in raw[key]) for key in LISTS},
    )


def _step_problems(value: Any, name: str) -> list[str]:
    if not isinstance(value, list) or not value:
        return [text("methods.missing_field", file=name, field="steps")]
    known = {step.number for step in load_steps()}
    return [text("methods.bad_step", file=name, value=v) for v in value if v not in known]


def methods_for_step(number: int) -> tuple[Method, ...]:
    """The cards that belong to step *number*, sorted by title."""
    return tuple(m for m in load_methods() if number in m.steps)



def card_facts(method: Method) -> list[tuple[str, str]]:
    """The card's facts as (Danish label, value) rows: steps, group size, effort and times."""
    names = {step.number: step.name for step in load_steps()}
    steps = ", ".join(text("methods.step_label", number=n, name=names[n]) for n in method.steps)
    return [
        (text("methods.fields.steps"), steps),
        (text("methods.fields.size"), method.size_label),
        (text("methods.fields.effort"), method.effort_label),
        (text("methods.fields.time_prepare"), method.time.prepare),
        (text("methods.fields.time_hold"), method.time.hold),
        (text("methods.fields.time_follow_up"), method.time.follow_up),
    ]
