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

__all__ = [
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
    "write_pack",
]
