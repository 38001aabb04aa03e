"""samskab_lib: plan templates and evaluation figures for *Samskabelse i praksis*.

The public API is re-exported here; see each module for details.
"""
from __future__ import annotations

from .charts import AccessibleFigure, steps_overview
from .errors import InputError
from .exercises import Exercise, load_exercises
from .steps import Step, load_steps, steps_table
from .student_pack import write_pack
from .tables import Table
from .texts import set_language, text
from .keys import (Key, key, keys_by_theme, keys_table, load_keys, seminar_top_five,
                   supplementary_keys, supplementary_table, theme_table)
from .ranking import RankedKey, aggregate_rankings, ranking_table, validate_ranking
from .ranking_chart import ranking_chart
from .typology import Assessment, classify, example_answers, questions_table, types_table
from .templates import Field, Filled, Template, blank, list_templates, load_template
from .templates_validate import validate
from .templates_fill import blank_yaml, from_dict, load_example, load_filled, to_yaml
from .render import to_html, to_markdown
from .render_docx import save_docx, to_docx
from .plan import Activity, PlanSummary, plan_summary
from .plan_charts import PlanReport, gantt
from .form import TemplateForm
from .cases import Case, Fact, list_cases, load_case
from .evaluation import (HeatingParameters, cost_per_participant, cost_per_staff_trained,
                         dissimilarity_index, energy_and_co2_saved, funnel, goal_attainment,
                         likert_summary, representativeness)

__all__ = [
    # case data and evaluation
    "Case",
    "Fact",
    "HeatingParameters",
    "cost_per_participant",
    "cost_per_staff_trained",
    "dissimilarity_index",
    "energy_and_co2_saved",
    "funnel",
    "goal_attainment",
    "likert_summary",
    "list_cases",
    "load_case",
    "representativeness",
    "AccessibleFigure",
    "Exercise",
    "InputError",
    "Step",
    "Table",
    "load_exercises",
    "load_steps",
    "set_language",
    "steps_overview",
    "steps_table",
    "text",
    # part 1 (grundlag): keys, ranking, typology
    "Assessment",
    "Key",
    "RankedKey",
    "aggregate_rankings",
    "classify",
    "example_answers",
    "key",
    "keys_by_theme",
    "keys_table",
    "load_keys",
    "questions_table",
    "ranking_chart",
    "ranking_table",
    "seminar_top_five",
    "supplementary_keys",
    "supplementary_table",
    "theme_table",
    "types_table",
    "validate_ranking",
    "write_pack",
    # templates
    "Field",
    "Filled",
    "Template",
    "blank",
    "blank_yaml",
    "from_dict",
    "list_templates",
    "load_example",
    "load_filled",
    "load_template",
    "save_docx",
    "to_docx",
    "to_html",
    "to_markdown",
    "to_yaml",
    "validate",
    # plan for the collaboration
    "Activity",
    "PlanReport",
    "PlanSummary",
    "gantt",
    "plan_summary",
    "TemplateForm",
]
