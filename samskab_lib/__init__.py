"""samskab_lib: plan templates and evaluation figures for *Samskabelse i praksis*.

The public API is re-exported here; see each module for details.
"""
from __future__ import annotations

from .charts import AccessibleFigure, steps_overview
from .errors import InputError
from .steps import Step, load_steps, steps_table
from .tables import Table
from .texts import set_language, text
from .templates import Field, Filled, Template, blank, list_templates, load_template
from .templates_validate import validate
from .templates_fill import blank_yaml, from_dict, load_example, load_filled, to_yaml
from .render import to_html, to_markdown
from .render_docx import save_docx, to_docx
from .plan import Activity, PlanSummary, plan_summary
from .plan_charts import PlanReport, gantt
from .form import TemplateForm

__all__ = [
    "AccessibleFigure",
    "InputError",
    "Step",
    "Table",
    "load_steps",
    "set_language",
    "steps_overview",
    "steps_table",
    "text",
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
