"""Sphinx extension part: the in-text citation style, author-year in the edition's language.

"Romsaas og Sivertsen, 2017", "Andersen m.fl., 2021", and "u.å." (uden år) for a source without
a year. Registered as ``author_year_da`` (``bibtex_reference_style`` in ``_config.yml``) by
``citations.register``.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields

from pybtex.richtext import Tag, Text
from pybtex.style.template import field as bib_field
from pybtex.style.template import first_of, join, node, optional
from sphinxcontrib.bibtex.style.referencing import PersonStyle
from sphinxcontrib.bibtex.style.referencing.author_year import AuthorYearReferenceStyle
from sphinxcontrib.bibtex.style.referencing.basic_author_year import (
    BasicAuthorYearParentheticalReferenceStyle,
    BasicAuthorYearTextualReferenceStyle,
)
from sphinxcontrib.bibtex.style.referencing.extra_year import ExtraYearReferenceStyle
from sphinxcontrib.bibtex.style.template import join2, post_text, pre_text, reference

from samskab_lib.texts import text


@node
def _year_or_no_year(children, data):
    """The cited year, or "u.å." (uden år) where sphinxcontrib-bibtex writes "n.d."."""
    assert not children
    return first_of[optional[bib_field("year")], text("site.citation_no_year")].format_data(data)


# sphinxcontrib-bibtex has no setting for its English "n.d." (docs/upstream/
# sphinxcontrib-bibtex-no-year-text.md); until it has, the three author-year styles that show a
# year are subclassed with their documented ``inner`` template, our year in place of theirs.
@dataclass
class _Parenthetical(BasicAuthorYearParentheticalReferenceStyle):
    def inner(self, role_name):
        return reference[join2(sep1=self.pre_text_sep, sep2=self.post_text_sep)[
            pre_text,
            join(sep=self.author_year_sep)[
                self.person.author_or_editor_or_title(full="s" in role_name), _year_or_no_year],
            post_text]]


@dataclass
class _Textual(BasicAuthorYearTextualReferenceStyle):
    def inner(self, role_name):
        return join(sep=self.text_reference_sep)[
            self.person.author_or_editor_or_title(full="s" in role_name),
            join[self.bracket.left,
                 reference[join2(sep1=self.pre_text_sep, sep2=self.post_text_sep)[
                     pre_text, _year_or_no_year, post_text]],
                 self.bracket.right]]


@dataclass
class _Year(ExtraYearReferenceStyle):
    def inner(self, role_name):
        return reference[_year_or_no_year]


_WITH_OUR_YEAR = {BasicAuthorYearParentheticalReferenceStyle: _Parenthetical,
                  BasicAuthorYearTextualReferenceStyle: _Textual,
                  ExtraYearReferenceStyle: _Year}


def _danish_persons() -> PersonStyle:
    conjunction = f" {text('site.citation_and')} "
    return PersonStyle(sep2=conjunction, last_sep=conjunction,
                       other=Text(" ", Tag("em", text("site.citation_others"))))


@dataclass
class DanishAuthorYearStyle(AuthorYearReferenceStyle):
    """The author-year style with the edition's words between and after names, and "u.å."."""

    person: PersonStyle = field(default_factory=_danish_persons)

    def __post_init__(self) -> None:
        super().__post_init__()  # builds the upstream styles from this style's settings
        self.styles = [_with_our_year(style) for style in self.styles]
        self.role_style = {role: style for style in self.styles for role in style.role_names()}


def _with_our_year(style):
    """The same reference style with the same settings, showing "u.å." for no year."""
    ours = _WITH_OUR_YEAR.get(type(style))
    if ours is None:
        return style
    return ours(**{setting.name: getattr(style, setting.name) for setting in fields(style)
                   if setting.init})


