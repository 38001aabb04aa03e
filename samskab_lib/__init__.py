"""samskab_lib: plan templates and evaluation figures for *Samskabelse i praksis*.

The public API is re-exported here; see each module for details.
"""
from __future__ import annotations

from .charts import AccessibleFigure, steps_overview
from .errors import InputError
from .steps import Step, load_steps, steps_table
from .tables import Table
from .texts import set_language, text

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
]
