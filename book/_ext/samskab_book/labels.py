"""Sphinx extension: Danish labels for everything other extensions and the theme draw.

All the Danish comes from the library's texts (``locale/da/danish_labels.yml``):

- gettext catalogues written at start-up: ``exercise`` for sphinx-exercise's titles
  ("Exercise", "Solution to"), which ships no Danish, ``sphinx`` for the labels in
  Sphinx's and the themes' templates that Sphinx's catalogue lacks ("Link to this heading",
  "Skip to main content", in Norwegian "Table %s"); Sphinx uses ours where its own has no
  translation; and ``booktheme``, sphinx-book-theme's labels ("Contents"), which it has in
  Norwegian only under the code ``no``;
- settings: myst-nb's and sphinx-togglebutton's fold labels and the theme's search field;
- the theme's download menu, named and ordered through the page's context;
- labels fixed in English with no setting to change them: the column headers of myst-nb's
  execution table, translated in the doctree (waits for
  docs/upstream/myst-nb-exec-table-headers.md), and the theme's navigation toggles, which have
  no name at all (waits for docs/upstream/pydata-sphinx-theme-toggle-name.md).

Load it after ``sphinx_exercise``.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from docutils import nodes
from markupsafe import Markup
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.transforms.post_transforms import SphinxPostTransform

from samskab_lib.texts import text, texts_under

from .edition import use_the_language

# sphinx-exercise's English message id -> key of the translation in the library's texts
EXERCISE_MESSAGES = {
    "Exercise": "danish_labels.exercise",
    "Solution": "danish_labels.solution",
    "Solution to": "danish_labels.solution_to",
}


def catalogue_messages() -> dict[str, dict[str, str]]:
    """English message id -> Danish, per gettext catalogue."""
    return {
        "exercise": {english: text(key) for english, key in EXERCISE_MESSAGES.items()},
        "sphinx": texts_under("danish_labels.theme"),
        "booktheme": texts_under("danish_labels.booktheme"),
    }


def write_catalogues(folder: Path, language: str) -> list[Path]:
    """Write ``<folder>/<language>/LC_MESSAGES/<catalogue>.mo`` for every catalogue."""
    written = []
    for domain, messages in catalogue_messages().items():
        catalog = Catalog(locale=language, domain=domain)
        for english, translated in messages.items():
            catalog.add(english, translated)
        target = folder / language / "LC_MESSAGES" / f"{domain}.mo"
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("wb") as handle:
            write_mo(handle, catalog)
        written.append(target)
    return written


def set_labels(app: Sphinx, config: Config) -> None:
    """Label folded cells and blocks and the search field in Danish."""
    config.nb_code_prompt_show = text("danish_labels.code_prompt_show")
    config.nb_code_prompt_hide = text("danish_labels.code_prompt_hide")
    config.togglebutton_hint = text("danish_labels.toggle_hint_show")
    config.togglebutton_hint_hide = text("danish_labels.toggle_hint_hide")
    config.html_theme_options = {**(config.html_theme_options or {}),
                                 "search_bar_text": text("danish_labels.search_bar_text")}


class ExecutionTableHeaders(SphinxPostTransform):
    """Translate the column headers of myst-nb's execution table (``{nb-exec-table}``).

    myst-nb draws the table in a post-transform of priority 8 with fixed English headers; this
    one runs right after it and translates a header row only when all its cells are those headers.
    """

    default_priority = 9

    def run(self, **kwargs: Any) -> None:
        headers = texts_under("danish_labels.exec_table")
        for row in self.document.findall(nodes.row):
            if not isinstance(row.parent, nodes.thead):
                continue
            paragraphs = [paragraph for entry in row.findall(nodes.entry)
                          for paragraph in entry.findall(nodes.paragraph)]
            said = [paragraph.astext() for paragraph in paragraphs]
            if len(said) != len(row.children) or set(said) != set(headers):
                continue
            for paragraph, english in zip(paragraphs, said, strict=True):
                paragraph.replace_self(nodes.paragraph(text=headers[english]))


def name_navigation(app: Sphinx, pagename: str, templatename: str,
                    context: dict[str, Any], doctree: Any) -> None:
    """Name the theme's navigation toggles and its download menu in the edition's language."""
    if "generate_toctree_html" in context:
        context["generate_toctree_html"] = _name_toggles(context["generate_toctree_html"])
    _name_downloads(context.get("header_buttons", []))


# The theme's download menu: its entries (by label) say only ".md" and ".pdf"; Danish words,
# the printable page first, and the notebook's source once (it is both ".ipynb" and the source).
_DOWNLOAD_ORDER = ("download-pdf-button", "download-source-button", "download-notebook-button")


def _name_downloads(header_buttons: list[dict[str, Any]]) -> None:
    for group in header_buttons:
        if group.get("label") != "download-buttons":
            continue
        group["tooltip"] = text("danish_labels.downloads.menu")
        entries = []
        labels = {button["label"] for button in group["buttons"]}
        for button in group["buttons"]:
            if button["label"] not in _DOWNLOAD_ORDER:  # our own entries (the book as PDF) are Danish
                entries.append(button)
                continue
            notebook_source = button["label"] == "download-source-button" and button["text"] == ".ipynb"
            if notebook_source and "download-notebook-button" in labels:
                continue  # the same file, offered once
            key = {"download-pdf-button": "pdf", "download-notebook-button": "notebook"}.get(
                button["label"], "notebook" if notebook_source
                else "markdown" if button["text"] == ".md" else "source")
            said = text(f"danish_labels.downloads.{key}")
            entries.append({**button, "text": said, "tooltip": said})
        group["buttons"] = sorted(entries, key=_download_rank)


def _download_rank(button: dict[str, Any]) -> int:
    """The theme's entries in :data:`_DOWNLOAD_ORDER`, anything added by the book after them."""
    label = button["label"]
    return _DOWNLOAD_ORDER.index(label) if label in _DOWNLOAD_ORDER else len(_DOWNLOAD_ORDER)


def _name_toggles(generate: Callable[..., str]) -> Callable[..., str]:
    """Wrap the theme's navigation builder so every fold-out toggle has a Danish name.

    The theme writes its ``<summary>`` without a name or a hook to give it one
    (docs/upstream/pydata-sphinx-theme-toggle-name.md).
    """
    label = f'<summary aria-label="{text("danish_labels.toggle_subsections")}">'

    def generate_named(*args: Any, **kwargs: Any) -> str:
        return Markup(str(generate(*args, **kwargs)).replace("<summary>", label))

    return generate_named


def setup(app: Sphinx) -> dict[str, Any]:
    use_the_language(app, app.config)  # the labels below are written before config-inited
    folder = Path(app.doctreedir).parent / "samskab-locale"
    write_catalogues(folder, app.config.language or "da")
    for domain in catalogue_messages():
        app.add_message_catalog(domain, str(folder))
    # Before sphinx-togglebutton's own handler (priority 500), which writes its hints into a script.
    app.connect("config-inited", set_labels, priority=400)
    app.add_post_transform(ExecutionTableHeaders)
    # After the theme's own handler (priority 500), which defines the navigation builder.
    app.connect("html-page-context", name_navigation, priority=900)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
