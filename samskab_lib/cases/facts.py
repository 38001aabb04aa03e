"""Facts of a case: a value and its source, or the word ``ukendt`` (part of :mod:`.model`)."""
from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
    model_validator,
)
from pydantic.functional_validators import PlainValidator

from ..data_schema import problem

UNKNOWN = "ukendt"
EXAMPLE_DATA = "eksempeldata"
SOURCE_KEY = re.compile(r"^[a-z0-9][a-z0-9-]*$")
SourceKey = Annotated[str, Field(pattern=SOURCE_KEY.pattern)]


def fictional_only(value: str | None, info: ValidationInfo) -> str | None:
    """A source in a fictional case must be ``eksempeldata`` (context ``fictional``)."""
    if value and value != EXAMPLE_DATA and (info.context or {}).get("fictional"):
        raise problem("fictional_source", value=value)
    return value


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=False,
                              arbitrary_types_allowed=True)


# --------------------------------------------------------------------------- facts

def _check_text(value: Any) -> Any:
    if value == UNKNOWN:
        return value
    if not isinstance(value, str) or not value.strip():
        raise problem("wrong_type", expected="text", value=value)
    return value.strip()


def _check_text_list(value: Any) -> Any:
    if value == UNKNOWN:
        return value
    if not isinstance(value, list) or not value or not all(
            isinstance(item, str) and item.strip() for item in value):
        raise problem("wrong_type", expected="text_list", value=value)
    return [item.strip() for item in value]


def _check_count(value: Any) -> Any:
    if value == UNKNOWN:
        return value
    if isinstance(value, bool) or not isinstance(value, int):
        raise problem("wrong_type", expected="count", value=value)
    if value < 0:
        raise problem("negative", value=value)
    return value


def _check_figure(value: Any) -> Any:
    if isinstance(value, str) and value.strip():
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise problem("wrong_type", expected="number", value=value)
    if value < 0:
        raise problem("negative", value=value)
    return value


_UNKNOWN_SCHEMA = {"const": UNKNOWN}
TextValue = Annotated[Any, PlainValidator(_check_text), WithJsonSchema(
    {"type": "string", "minLength": 1, "pattern": r"\S"})]
TextListValue = Annotated[Any, PlainValidator(_check_text_list), WithJsonSchema(
    {"anyOf": [{"type": "array", "minItems": 1,
                "items": {"type": "string", "minLength": 1, "pattern": r"\S"}},
               _UNKNOWN_SCHEMA]})]
CountValue = Annotated[Any, PlainValidator(_check_count), WithJsonSchema(
    {"anyOf": [{"type": "integer", "minimum": 0}, _UNKNOWN_SCHEMA]})]
FigureValue = Annotated[Any, PlainValidator(_check_figure), WithJsonSchema(
    {"anyOf": [{"type": "number", "minimum": 0}, {"type": "string", "minLength": 1}]})]


def _fact_or_unknown(schema: dict[str, Any]) -> None:
    """The JSON Schema of a fact: the mapping, or the word ``ukendt``."""
    mapping = dict(schema)
    mapping["if"] = {"properties": {"værdi": _UNKNOWN_SCHEMA}}
    mapping["else"] = {"required": ["værdi", "kilde"]}
    schema.clear()
    schema.update(title=mapping.pop("title", "Fact"), anyOf=[mapping, _UNKNOWN_SCHEMA])


class Fact(Strict):
    """One fact and where it comes from: a bib key, ``eksempeldata``, or ``None`` if unknown."""

    model_config = ConfigDict(json_schema_extra=_fact_or_unknown)

    value: TextValue = Field(alias="værdi")
    source: SourceKey | None = Field(None, alias="kilde")
    unit: str = Field("", alias="enhed")
    label: str = Field("", alias="betegnelse")
    note: str = Field("", alias="note")

    @model_validator(mode="before")
    @classmethod
    def _unknown(cls, data: Any) -> Any:
        if data == UNKNOWN:
            return {"værdi": UNKNOWN}
        if not isinstance(data, dict):
            raise problem("wrong_type", expected="fact", value=data)
        return data

    _fictional_source = field_validator("source")(fictional_only)

    @model_validator(mode="after")
    def _sourced(self) -> Fact:
        if self.known and not self.source:
            raise problem("missing_source")
        if self.unit == "andel" and isinstance(self.value, (int, float)) and self.value > 1:
            raise problem("share_above_one", value=self.value)
        return self

    @property
    def known(self) -> bool:
        return self.value != UNKNOWN

    @property
    def is_example(self) -> bool:
        return self.source == EXAMPLE_DATA


class TextListFact(Fact):
    value: TextListValue = Field(alias="værdi")


class CountFact(Fact):
    value: CountValue = Field(alias="værdi")


class FigureFact(Fact):
    value: FigureValue = Field(alias="værdi")


class ScenarioFact(FigureFact):
    """A figure for a worked example (``scenarier``), never a result: only ``eksempeldata``."""

    @field_validator("source")
    @classmethod
    def _example_data_only(cls, value: str | None) -> str | None:
        if value and value != EXAMPLE_DATA:
            raise problem("scenario_source", value=value)
        return value


