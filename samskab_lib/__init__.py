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
]
