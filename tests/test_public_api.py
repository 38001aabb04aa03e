"""The library's public API: the names a notebook or an analyst may use as ``sl.<name>``.

The list below pins them, so adding or removing one is a decision seen in review; the
``TYPE_CHECKING`` block that type checkers read must name the same ones, each from the module
that provides it at run time.
"""
from __future__ import annotations

import ast
import inspect
from importlib import import_module

import pytest

import samskab_lib as sl

PUBLIC = """
    AccessibleFigure Activity Assessment Case CostBreakdown EnergySaving Exercise Fact
    Field Filled Folder Funnel FunnelStage GoalAttainment GroupRepresentation
    HeatingParameters InputError Key LikertQuestion LikertSummary PlanReport PlanSummary
    Question Questionnaire RankedKey Representativeness Step SurveyAnswers SurveyResults
    Table Template TemplateForm UnitCost aggregate_rankings blank blank_yaml budget_total
    check_choice check_whole_number checked_rows classify cost_per_participant
    cost_per_staff_trained cost_with_staff_time default_likert_scale dissimilarity_index
    energy_and_co2_saved example_answers explain_errors folder_docx folder_markdown
    folder_yaml from_dict funnel gantt get_language goal_attainment goal_progress in_reader_language key
    keys_by_theme
    keys_table language_scope languages likert_summary list_cases list_templates load_case load_example
    load_exercises load_filled load_folder load_keys load_questionnaire load_steps
    load_template plan_summary questions_table ranking_chart ranking_table read_answers
    read_folder report_docx representativeness result_text rows_summary save_docx
    save_folder save_results seminar_top_five set_language show_result steps_overview
    steps_table supplementary_keys supplementary_table survey_results text theme_table
    to_docx to_html to_markdown to_yaml top_keys typed_number typed_numbers types_table
    validate validate_ranking write_pack write_report
""".split()


def _static_exports() -> dict[str, set[str]]:
    """Module -> names imported in ``samskab_lib/__init__.py``'s ``if TYPE_CHECKING:`` block."""
    tree = ast.parse(inspect.getsource(sl))
    block = next(node for node in tree.body if isinstance(node, ast.If)
                 and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING")
    found: dict[str, set[str]] = {}
    for node in block.body:
        assert isinstance(node, ast.ImportFrom) and node.level == 1, ast.unparse(node)
        found.setdefault(str(node.module), set()).update(alias.name for alias in node.names)
    return found


def test_the_public_names_are_the_pinned_ones() -> None:
    assert sl.__all__ == sorted(PUBLIC)


def test_type_checkers_see_the_same_names_from_the_same_modules() -> None:
    assert _static_exports() == {module: set(names) for module, names in sl._EXPORTS.items()}


def test_every_public_name_is_its_module_s_object() -> None:
    for module, names in sl._EXPORTS.items():
        for name in names:
            assert getattr(sl, name) is getattr(import_module(f"samskab_lib.{module}"), name)


@pytest.mark.parametrize("name", ["load_templat", "word_basics", "Tabel"])
def test_a_name_outside_the_api_is_an_attribute_error(name: str) -> None:
    with pytest.raises(AttributeError, match=name):
        getattr(sl, name)
