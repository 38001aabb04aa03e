"""Method cards: one practical card per method, read from ``data/methods/<id>.yml`` (or its
translation ``data/<language>/methods/<id>.yml`` in another language).

A card says what a method is for, when to use it, how long it takes, who is needed, how to run
it, what to watch for and what to send participants afterwards, with a case example and its
source. The Danish field labels are in ``locale/da/methods.yml``.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeAlias

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationInfo, field_validator

from ..data_schema import problem, read_file
from ..errors import InputError
from ..resources import DATA_DIR, data_name, data_path
from ..texts import per_language, text, texts_under
from .steps import load_steps

METHOD_DIR = DATA_DIR / "methods"
LISTS = ("use_when", "avoid_when", "people", "cost_drivers", "how", "script", "questions",
         "pitfalls", "inclusion", "afterwards")
NUMBERED = ("how", "script")  # the lists of steps: numbered on the card, the worksheet and its PDF


def _no_mapping(value: Any) -> Any:
    """An item written ``- Tekst: mere`` is read by YAML as a mapping; say how to quote it."""
    if isinstance(value, dict):
        raise problem("methods.problems.colon_item")
    return value


if TYPE_CHECKING:  # to a type checker, each is its base type; the values come from the data
    StepNumber: TypeAlias = int
    Effort: TypeAlias = str
    Size: TypeAlias = str
else:
    StepNumber = Literal.__getitem__(tuple(step.number for step in load_steps()))
    Effort = Literal.__getitem__(tuple(texts_under("methods.effort_levels")))
    Size = Literal.__getitem__(tuple(texts_under("methods.sizes")))
Text = Annotated[str, Field(min_length=1)]
Items = Annotated[tuple[Annotated[Text, BeforeValidator(_no_mapping)], ...], Field(min_length=1)]


class _Card(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class MethodTime(_Card):
    """Rough time to prepare, to hold and to follow up (ranges, as guidance)."""

    prepare: Text
    hold: Text
    follow_up: Text


class CaseExample(_Card):
    """A short example of the method in use and the bibliography key of its source."""

    text: Text
    source: Text


class Method(_Card):
    """One method card, as ``data/methods/<id>.yml`` writes it; unknown keys are refused."""

    id: str
    title: Text
    summary: Text
    purpose: Text
    steps: Annotated[tuple[StepNumber, ...], Field(min_length=1)]
    effort: Effort
    size: Size
    time: MethodTime
    use_when: Items
    avoid_when: Items
    people: Items
    cost_drivers: Items
    how: Items
    script: Items
    questions: Items
    pitfalls: Items
    inclusion: Items
    afterwards: Items
    case: CaseExample
    template: Text

    @field_validator("id")
    @classmethod
    def _named_as_its_file(cls, value: str, info: ValidationInfo) -> str:
        expected = (info.context or {}).get("id")
        if expected is not None and value != expected:
            raise problem("methods.problems.wrong_id", value=value, file_id=expected)
        return value

    @property
    def effort_label(self) -> str:
        return text(f"methods.effort_levels.{self.effort}")

    @property
    def size_label(self) -> str:
        return text(f"methods.sizes.{self.size}")


def method_ids() -> tuple[str, ...]:
    """The id of every method card, in alphabetical order."""
    return tuple(sorted(path.stem for path in METHOD_DIR.glob("*.yml")))


@per_language
def load_method(method_id: str) -> Method:
    """The card *method_id* in the library's language; raises InputError naming file, line
    and field of every problem in its file."""
    path = data_path(f"methods/{method_id}.yml")
    if not path.is_file():
        raise InputError(text("methods.missing_file", file=path.name))
    return read_method(path)


def read_method(path: Path) -> Method:
    """The card in the file *path*, checked against :class:`Method` (its id is the file's name)."""
    return read_file(Method, path, data_name(path), context={"id": path.stem})


def load_methods() -> tuple[Method, ...]:
    """Every method card, sorted by title."""
    return tuple(sorted((load_method(i) for i in method_ids()), key=lambda m: m.title))


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
