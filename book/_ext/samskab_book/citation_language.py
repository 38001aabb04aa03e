"""Sphinx extension part: a source's language and its notes in the edition's language.

- A field named with an edition's language (``note_nb``) stands in for the field (``note``) in
  that edition; the Danish edition shows the fields as written.
- The title of a source in another language than the page's (biblatex's ``langid``:
  ``danish``, ``norsk``, ``nynorsk``, ``english``, ``german``) carries that language's ``lang``,
  so a screen reader reads it in its own language (WCAG 3.1.2).
"""
from __future__ import annotations

from docutils import nodes
from pybtex.richtext import BaseMultipartText
from pybtex.style.template import node
from pybtex_docutils import Backend as DocutilsBackend

from samskab_lib.texts import language_scope, languages, text


class InLanguage(BaseMultipartText):
    """Text in another language than the page's: a ``lang`` attribute in HTML, else plain."""

    def __init__(self, code: str, *parts) -> None:
        self.code = code
        self.info = (code,)
        super().__init__(*parts)

    def render(self, backend):
        rendered = super().render(backend)
        if isinstance(backend, DocutilsBackend):
            # docutils writes a "language-xx" class as the element's lang attribute
            return [nodes.inline("", "", *rendered, classes=[f"language-{self.code}"])]
        return rendered


@node
def in_language(children, data, code: str):
    return InLanguage(code, *(child.format_data(data) for child in children))


# Languages of sources that no edition is written in: biblatex's name and the HTML code.
SOURCE_LANGUAGES = {"nynorsk": "nn", "english": "en", "german": "de"}


def language_codes() -> dict[str, str]:
    """The language codes of the library's languages and of the sources' other languages, by
    their biblatex ``langid`` names."""
    codes = dict(SOURCE_LANGUAGES)
    for language in languages():
        with language_scope(language):
            codes[text("site.citation_langid")] = text("format.html_language")
    return codes


def edition_fields(fields: dict[str, str], language: str) -> dict[str, str]:
    """An entry's fields as the edition in *language* shows them: ``note_nb`` is its ``note``."""
    shown, translated = {}, {}
    for name, value in fields.items():
        base, _, suffix = name.rpartition("_")
        if not base or suffix not in languages():
            shown[name] = value
        elif suffix == language:
            translated[base] = value
    return {**shown, **translated}


