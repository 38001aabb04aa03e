"""Sphinx extension: ties the book to the library at build time.

- Drops Binder and repository buttons while the repository URL (``_config.yml``:
  ``repository.url``) is unset, so the site never links to a repository that does not exist.
- Draws the book's generated figures into ``book/_generated`` (``book/_generated/<language>``
  for an edition in another language) before reading starts, when the library changed since
  they were last drawn.
- Makes the library speak the edition's language (:mod:`.edition`).
"""
from __future__ import annotations

from importlib import import_module
from pathlib import Path
from typing import Any

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.util.docutils import SphinxDirective

from samskab_lib.texts import text

from . import (
    casedata,
    cases,
    citations,
    course_folders,
    downloads,
    edition,
    edition_sections,
    edition_switch,
    execution,
    forms,
    freshness,
    gallery,
    glossary_language,
    inline_images,
    methods,
    notebook_downloads,
    page_assets,
    print_edition,
    root_page,
    search,
    site,
    translatable,
    typography,
    valid_html,
)
from .edition import generated_folder
from .files import write_if_changed
from .freshness import Stamps, fingerprint
from .tables import LibraryTable

HERE = Path(__file__).parent
_REPOSITORY_OPTIONS = ("use_repository_button", "use_issues_button", "use_edit_page_button",
                       "use_source_button")


def repository_url(config: Config) -> str:
    """The public repository URL from the book's one setting, or ``""`` while unknown."""
    return (config.html_theme_options or {}).get("repository_url", "").strip()


def add_own_templates_and_static_files(app: Sphinx, config: Config) -> None:
    """Let Sphinx find the extension's templates and copy its style sheet and script."""
    config.templates_path = [*config.templates_path, str(HERE / "templates")]
    config.html_static_path = [*config.html_static_path, str(HERE / "static")]


def link_repository_if_set(app: Sphinx, config: Config) -> None:
    """Show the repository button when a URL is set; otherwise drop every launch button."""
    options: dict[str, Any] = dict(config.html_theme_options or {})
    if repository_url(config):
        options["use_repository_button"] = True
    else:
        options.pop("launch_buttons", None)
        for name in _REPOSITORY_OPTIONS:
            options[name] = False
    config.html_theme_options = options


# name -> the library function drawing it, as "module:function". It draws from the library's
# data, so the library's fingerprint covers its inputs; the library and matplotlib are imported
# only when a figure must be drawn.
FIGURES: dict[str, str] = {
    "fem-trin": "samskab_lib.handbook.steps_figure:steps_overview",
    "fem-trin-smal": "samskab_lib.handbook.steps_figure:steps_overview_narrow",
}
# A figure with a variant for phone screens: samskab.css shows one of the two by screen width.
NARROW = {"fem-trin": "fem-trin-smal"}


def figure_paths(srcdir: Path, name: str) -> tuple[Path, Path]:
    """The figure's SVG and the text file beside it holding its alt text."""
    target = srcdir / generated_folder()
    return target / f"{name}.svg", target / f"{name}.alt.txt"


def draw_generated_figures(app: Sphinx) -> None:
    """Write every figure in :data:`FIGURES` as SVG, with its alt text, when its inputs changed."""
    stamps = Stamps(downloads.stamp_file(app))
    for name, function in FIGURES.items():
        outputs = figure_paths(Path(app.srcdir), name)
        stamp = fingerprint(())
        if stamps.fresh(outputs, stamp):
            continue
        module, _, attribute = function.partition(":")
        figure = getattr(import_module(module), attribute)()
        outputs[0].parent.mkdir(parents=True, exist_ok=True)
        for path, content in zip(outputs, (figure.svg(), figure.alt.encode("utf-8")), strict=True):
            write_if_changed(path, content)  # an unchanged file re-reads no page
        stamps.record(outputs, stamp)
    stamps.save()


class LibraryFigure(SphinxDirective):
    """``{samskab-figur} NAME``: a figure drawn by the library, with the library's alt text.

    The directive's content becomes the caption.
    """

    required_arguments = 1
    has_content = True
    option_spec = {"width": directives.unchanged}

    def run(self) -> list[nodes.Node]:
        name = self.arguments[0]
        if name not in FIGURES:
            raise self.error(text("directives.unknown_figure", name=name, known=", ".join(FIGURES)))
        alt_file = figure_paths(Path(self.env.srcdir), name)[1]
        self.env.note_dependency(str(alt_file))
        # Loaded when shown: a browser fetches only the variant its screen width displays.
        image = nodes.image(uri=f"/{generated_folder().as_posix()}/{name}.svg",
                            alt=alt_file.read_text(encoding="utf-8"),
                            width=self.options.get("width", "100%"), loading="lazy")
        figure = nodes.figure("", image)
        if name in NARROW:
            narrow_alt = figure_paths(Path(self.env.srcdir), NARROW[name])[1]
            self.env.note_dependency(str(narrow_alt))
            image["classes"].append("samskab-figur-bred")
            figure += nodes.image(uri=f"/{generated_folder().as_posix()}/{NARROW[name]}.svg",
                                  alt=narrow_alt.read_text(encoding="utf-8"),
                                  classes=["samskab-figur-smal"], loading="lazy")
        if self.content:
            caption_text = " ".join(self.content)
            parsed, _ = self.state.inline_text(caption_text, self.lineno)
            caption = nodes.caption(caption_text, "", *parsed)
            # With its page as source, Sphinx translates the caption (the Norwegian edition).
            caption.source, caption.line = self.get_source_info()
            figure += caption
        return [figure]


def tag_the_language(app: Sphinx, config: Config) -> None:
    """Add the tag ``lang_da`` or ``lang_nb``, so a page can hold a passage for one edition
    only: ``:::{only} lang_nb`` (a whole section: see ``edition_sections``)."""
    app.tags.add(f"lang_{config.language}")


def setup(app: Sphinx) -> dict[str, Any]:
    edition.setup(app)
    app.connect("config-inited", tag_the_language)
    app.connect("config-inited", link_repository_if_set)
    app.connect("config-inited", add_own_templates_and_static_files)
    app.connect("builder-inited", draw_generated_figures)
    app.add_directive("samskab-figur", LibraryFigure)
    app.add_directive("samskab-tabel", LibraryTable)
    edition_sections.setup(app)
    site.setup(app)
    typography.setup(app)
    translatable.setup(app)
    freshness.setup(app)
    execution.setup(app)
    citations.setup(app)
    glossary_language.setup(app)
    downloads.setup(app)
    forms.setup(app)
    gallery.setup(app)
    methods.setup(app)
    cases.setup(app)
    casedata.setup(app)
    valid_html.setup(app)
    root_page.setup(app)
    search.setup(app)
    page_assets.setup(app)
    edition_switch.setup(app)
    inline_images.setup(app)
    notebook_downloads.setup(app)
    print_edition.setup(app)
    course_folders.setup(app)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
