"""Sphinx extension part: ``{samskab-tabel} NAME [ARGUMENT]`` puts a library table on a page.

Reading pages whose only code made tables from the library's data (the 18 keys, the
typology) use this directive instead, so the build draws them without starting a kernel.
"""
from __future__ import annotations

from collections.abc import Callable
from inspect import signature

from docutils import nodes
from docutils.statemachine import StringList
from sphinx.util.docutils import SphinxDirective

from samskab_lib.cases import opendata
from samskab_lib.errors import InputError
from samskab_lib.handbook import keys, typology
from samskab_lib.resources import DATA_DIR
from samskab_lib.tables import Table
from samskab_lib.texts import text

# name -> function of the optional argument, giving a Table or a Markdown string
TABLES: dict[str, Callable[..., Table | str]] = {
    "noegler": lambda: keys.keys_table(),
    "noegler-tema": lambda theme: keys.theme_table(theme),
    "seminarets-top-fem": lambda: keys.keys_table(keys.seminar_top_five()),
    "supplerende-noegler": lambda: keys.supplementary_table(),
    "typologi-spoergsmaal": lambda: typology.questions_table(notebook_values=False),
    "typologi-typer": lambda: typology.types_table(),
    "typologi-eksempel": lambda case: typology.classify(typology.example_answers(case)).to_markdown(),
    "participedia": lambda: opendata.crosswalk_table(),
    "kun-i-skemaet": lambda: opendata.only_ours_table(),
    "spoergeskema": lambda: _survey_table("questions"),
    "evaluering-eksempel-skala": lambda: _survey_table("scale"),
    "evaluering-eksempel-grupper": lambda: _survey_table("groups"),
}
DATA_FILES = ("keys.yml", "typology.yml", "participedia_crosswalk.yml",
              "questionnaires/deltagerevaluering.yml")


def _survey_table(which: str) -> Table:
    """The participant questionnaire, or a table of the book's fictional example export.

    Imported here: the report's modules bring matplotlib and python-docx, which the extension
    loads only when a page needs them.
    """
    from samskab_lib.evaluation import questionnaire, survey_report, survey_results

    if which == "questions":
        return questionnaire.questions_table()
    example = survey_results.example_results()
    return (survey_report.scale_table if which == "scale" else survey_report.group_table)(example)


class LibraryTable(SphinxDirective):
    """Render one of :data:`TABLES`: a Table as accessible HTML, a string as MyST Markdown."""

    required_arguments = 1
    optional_arguments = 1

    def run(self) -> list[nodes.Node]:
        name, *argument = self.arguments
        if name not in TABLES:
            raise self.error(text("directives.unknown_table", name=name, known=", ".join(sorted(TABLES))))
        for data_file in DATA_FILES:
            self.env.note_dependency(str(DATA_DIR / data_file))
        expected = len(signature(TABLES[name]).parameters)
        if len(argument) != expected:
            raise self.error(text("directives.table_arguments", name=name, expected=expected,
                                  given=len(argument)))
        try:
            result = TABLES[name](*argument)
        except InputError as error:  # an unknown theme or example: the library's message
            raise self.error(str(error)) from None
        if isinstance(result, str):
            container = nodes.container(classes=["samskab-tabel"])
            self.state.nested_parse(StringList(result.splitlines()), self.content_offset, container)
            return [container]
        html = f'<div class="samskab-tabel">{result._repr_html_()}</div>'
        return [nodes.raw("", html, format="html")]
