"""samskab_lib: plan templates and evaluation figures for *Samskabelse i praksis*.

The public API is re-exported here; see each module for details. Names are imported on first
use, so a notebook that only needs a table does not pay for matplotlib, Word or widgets.
"""
from __future__ import annotations

import importlib
from typing import Any

# module -> the public names it provides
_EXPORTS: dict[str, tuple[str, ...]] = {
    # shared basics
    "charts": ("AccessibleFigure",),
    "errors": ("InputError",),
    "tables": ("Table",),
    "texts": ("set_language", "text"),
    # the book's content data
    "handbook.exercises": ("Exercise", "load_exercises"),
    "handbook.keys": ("Key", "key", "keys_by_theme", "keys_table", "load_keys", "seminar_top_five",
        "supplementary_keys", "supplementary_table", "theme_table"),
    "handbook.ranking": ("aggregate_rankings", "RankedKey", "ranking_table", "validate_ranking"),
    "handbook.ranking_chart": ("ranking_chart",),
    "handbook.steps": ("load_steps", "Step", "steps_table"),
    "handbook.steps_figure": ("steps_overview",),
    "handbook.typology": ("Assessment", "classify", "example_answers", "questions_table",
        "types_table"),
    # templates: definitions, filling, checking and every output format
    "templates.definitions": ("blank", "Field", "Filled", "list_templates", "load_template",
        "Template"),
    "templates.fill": ("blank_yaml", "from_dict", "load_example", "load_filled", "to_yaml"),
    "templates.form": ("TemplateForm",),
    "templates.markdown_html": ("to_html", "to_markdown"),
    "templates.validate": ("validate",),
    "templates.word": ("save_docx", "to_docx"),
    # evaluation figures, plans and their tables and charts
    "evaluation.costs": ("cost_per_participant", "cost_per_staff_trained"),
    "evaluation.energy": ("energy_and_co2_saved", "HeatingParameters"),
    "evaluation.goals": ("goal_attainment",),
    "evaluation.reach": ("dissimilarity_index", "funnel", "representativeness"),
    "evaluation.survey": ("likert_summary",),
    "evaluation.plan": ("Activity", "plan_summary", "PlanSummary"),
    "evaluation.plan_charts": ("gantt", "PlanReport"),
    # cases and courses
    "cases.loading": ("list_cases", "load_case"),
    "cases.model": ("Case", "Fact"),
    "course.student_pack": ("write_pack",),
}
_MODULE_OF = {name: module for module, names in _EXPORTS.items() for name in names}
__all__ = sorted(_MODULE_OF)


def __getattr__(name: str) -> Any:
    """Import the module that provides *name* the first time it is used."""
    if name not in _MODULE_OF:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_MODULE_OF[name]}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
