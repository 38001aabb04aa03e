"""samskab_lib: plan templates and evaluation figures for *Samskabelse i praksis*.

The public API is re-exported here; see each module for details. Names are imported on first
use, so a notebook that only needs a table does not pay for matplotlib, Word or widgets. Type
checkers and editors read the same names from the ``TYPE_CHECKING`` block, which
``tests/test_public_api.py`` keeps equal to ``_EXPORTS``.
"""
import importlib as _importlib
from types import ModuleType as _ModuleType
from typing import TYPE_CHECKING

# module -> the public names it provides
_EXPORTS: dict[str, tuple[str, ...]] = {
    # shared basics
    "charts": ("AccessibleFigure",),
    "errors": ("InputError",),
    "tables": ("Table",),
    "texts": ("get_language", "language_scope", "languages", "set_language", "text"),
    # the book's content data
    "handbook.exercises": ("Exercise", "load_exercises"),
    "handbook.keys": ("Key", "key", "keys_by_theme", "keys_table", "load_keys", "seminar_top_five",
        "supplementary_keys", "supplementary_table", "theme_table"),
    "handbook.ranking": ("aggregate_rankings", "RankedKey", "ranking_table", "top_keys",
                         "validate_ranking"),
    "handbook.ranking_chart": ("ranking_chart",),
    "handbook.steps": ("load_steps", "Step", "steps_table"),
    "handbook.steps_figure": ("steps_overview",),
    "handbook.typology": ("Assessment", "classify", "example_answers", "questions_table",
        "types_table"),
    # templates: definitions, filling, checking and every output format
    "templates.definitions": ("blank", "Field", "Filled", "list_templates", "load_template",
        "Template"),
    "templates.fill": ("blank_yaml", "from_dict", "load_example", "load_filled", "to_yaml"),
    "templates.folder": ("Folder", "load_folder", "read_folder"),
    "templates.folder_document": ("folder_docx", "folder_markdown", "folder_yaml", "save_folder"),
    "templates.form": ("TemplateForm",),
    "templates.markdown_html": ("to_html", "to_markdown"),
    "templates.validate": ("validate",),
    "templates.word": ("save_docx", "to_docx"),
    # evaluation figures, plans and their tables and charts
    "evaluation.costs": ("budget_total", "cost_per_participant", "cost_per_staff_trained",
        "cost_with_staff_time", "CostBreakdown", "UnitCost"),
    "evaluation.energy": ("energy_and_co2_saved", "EnergySaving", "HeatingParameters"),
    "evaluation.goals": ("goal_attainment", "goal_progress", "GoalAttainment"),
    "evaluation.reach": ("dissimilarity_index", "funnel", "Funnel", "FunnelStage",
        "GroupRepresentation", "representativeness", "Representativeness"),
    "evaluation.survey": ("default_likert_scale", "likert_summary", "LikertQuestion",
        "LikertSummary"),
    "evaluation.plan": ("Activity", "plan_summary", "PlanSummary"),
    "evaluation.questionnaire": ("load_questionnaire", "Questionnaire", "Question"),
    "evaluation.export_answers": ("read_answers", "SurveyAnswers"),
    "evaluation.survey_results": ("survey_results", "SurveyResults"),
    "evaluation.survey_report": ("report_docx", "write_report"),
    "evaluation.plan_charts": ("gantt", "PlanReport"),
    # cases and courses
    "cases.loading": ("list_cases", "load_case"),
    "cases.model": ("Case", "Fact"),
    "course.student_pack": ("write_pack",),
    # learners' cells in the notebooks
    "learner": ("check_choice", "check_whole_number", "checked_rows", "explain_errors",
                "result_text", "rows_summary", "save_results", "show_result", "typed_number",
                "typed_numbers"),
    "notebook_examples": ("in_reader_language",),
}

if TYPE_CHECKING:  # the same names, statically, for type checkers and editors
    from .cases.loading import list_cases, load_case
    from .cases.model import Case, Fact
    from .charts import AccessibleFigure
    from .course.student_pack import write_pack
    from .errors import InputError
    from .evaluation.costs import (
        CostBreakdown,
        UnitCost,
        budget_total,
        cost_per_participant,
        cost_per_staff_trained,
        cost_with_staff_time,
    )
    from .evaluation.energy import EnergySaving, HeatingParameters, energy_and_co2_saved
    from .evaluation.export_answers import SurveyAnswers, read_answers
    from .evaluation.goals import GoalAttainment, goal_attainment, goal_progress
    from .evaluation.plan import Activity, PlanSummary, plan_summary
    from .evaluation.plan_charts import PlanReport, gantt
    from .evaluation.questionnaire import Question, Questionnaire, load_questionnaire
    from .evaluation.reach import (
        Funnel,
        FunnelStage,
        GroupRepresentation,
        Representativeness,
        dissimilarity_index,
        funnel,
        representativeness,
    )
    from .evaluation.survey import (
        LikertQuestion,
        LikertSummary,
        default_likert_scale,
        likert_summary,
    )
    from .evaluation.survey_report import report_docx, write_report
    from .evaluation.survey_results import SurveyResults, survey_results
    from .handbook.exercises import Exercise, load_exercises
    from .handbook.keys import (
        Key,
        key,
        keys_by_theme,
        keys_table,
        load_keys,
        seminar_top_five,
        supplementary_keys,
        supplementary_table,
        theme_table,
    )
    from .handbook.ranking import (
        RankedKey,
        aggregate_rankings,
        ranking_table,
        top_keys,
        validate_ranking,
    )
    from .handbook.ranking_chart import ranking_chart
    from .handbook.steps import Step, load_steps, steps_table
    from .handbook.steps_figure import steps_overview
    from .handbook.typology import (
        Assessment,
        classify,
        example_answers,
        questions_table,
        types_table,
    )
    from .learner import (
        check_choice,
        check_whole_number,
        checked_rows,
        explain_errors,
        result_text,
        rows_summary,
        save_results,
        show_result,
        typed_number,
        typed_numbers,
    )
    from .notebook_examples import in_reader_language
    from .tables import Table
    from .templates.definitions import Field, Filled, Template, blank, list_templates, load_template
    from .templates.fill import blank_yaml, from_dict, load_example, load_filled, to_yaml
    from .templates.folder import Folder, load_folder, read_folder
    from .templates.folder_document import folder_docx, folder_markdown, folder_yaml, save_folder
    from .templates.form import TemplateForm
    from .templates.markdown_html import to_html, to_markdown
    from .templates.validate import validate
    from .templates.word import save_docx, to_docx
    from .texts import get_language, language_scope, languages, set_language, text

_MODULE_OF = {name: module for module, names in _EXPORTS.items() for name in names}
__all__ = sorted(_MODULE_OF)


if not TYPE_CHECKING:  # hidden from type checkers, so a misspelt name is an error to them

    def __getattr__(name: str) -> object:
        """Import the module that provides *name* the first time it is used."""
        if name not in _MODULE_OF:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(_importlib.import_module(f".{_MODULE_OF[name]}", __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    """The public API and the sub-packages loaded so far; no helpers of this module."""
    modules = {name for name, value in globals().items()
               if isinstance(value, _ModuleType) and not name.startswith("_")}
    return sorted(set(__all__) | modules)
