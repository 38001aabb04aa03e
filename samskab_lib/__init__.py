"""samskab_lib: plan templates and evaluation figures for *Samskabelse i praksis*.

The public API is re-exported here; see each module for details. Names are imported on first
use, so a notebook that only needs a table does not pay for matplotlib, Word or widgets.
"""
from __future__ import annotations

import importlib
from typing import Any

# module -> the public names it provides
_EXPORTS: dict[str, tuple[str, ...]] = {
    "cases": ("Case", "Fact", "list_cases", "load_case"),
    "charts": ("AccessibleFigure", "steps_overview"),
    "errors": ("InputError",),
    "evaluation": ("cost_per_participant", "cost_per_staff_trained", "dissimilarity_index",
        "energy_and_co2_saved", "funnel", "goal_attainment", "HeatingParameters",
        "likert_summary", "representativeness"),
    "exercises": ("Exercise", "load_exercises"),
    "form": ("TemplateForm",),
    "keys": ("Key", "key", "keys_by_theme", "keys_table", "load_keys", "seminar_top_five",
        "supplementary_keys", "supplementary_table", "theme_table"),
    "plan": ("Activity", "plan_summary", "PlanSummary"),
    "plan_charts": ("gantt", "PlanReport"),
    "ranking": ("aggregate_rankings", "RankedKey", "ranking_table", "validate_ranking"),
    "ranking_chart": ("ranking_chart",),
    "render": ("to_html", "to_markdown"),
    "render_docx": ("save_docx", "to_docx"),
    "steps": ("load_steps", "Step", "steps_table"),
    "student_pack": ("write_pack",),
    "tables": ("Table",),
    "templates": ("blank", "Field", "Filled", "list_templates", "load_template", "Template"),
    "templates_fill": ("blank_yaml", "from_dict", "load_example", "load_filled", "to_yaml"),
    "templates_validate": ("validate",),
    "texts": ("set_language", "text"),
    "typology": ("Assessment", "classify", "example_answers", "questions_table", "types_table"),
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
