"""Sphinx extension part: one source, one edition per language.

The library speaks the edition's language (Sphinx's ``language`` setting, read at
config-inited; the processes that read pages in parallel are forked after it, so they keep it).
Files the extension generates for an edition are kept apart by language: ``book/_generated/<kind>``
for the Danish edition, ``book/_generated/<language>/<kind>`` for another, so two editions
built from the same sources never take each other's Word files. A download or image a page
names by its Danish path (``/book/_generated/spoergeskema/...``) is pointed at the edition's
own file when there is one.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.locale import init as init_locale
from sphinx.transforms import SphinxTransform
from sphinx.util.i18n import docname_to_domain

from samskab_lib.texts import DEFAULT_LANGUAGE, get_language, languages, set_language, text

GENERATED = Path("book") / "_generated"


def use_the_language(app: Sphinx, config: Config) -> None:
    """Make the library speak the edition's language (Danish for a language it has no texts for)."""
    language = config.language if config.language in languages() else DEFAULT_LANGUAGE
    set_language(language)


def put_the_licence_in_the_footer(app: Sphinx, config: Config) -> None:
    """The edition's footer: the authors, the copyright and the licence line (texts of each
    language; ``_config.yml`` gives the Danish ones, which a Sphinx run without the extension shows)."""
    config.author = text("site.author")
    config.copyright = text("site.copyright")
    config.html_theme_options = {**config.html_theme_options, "extra_footer": text("site.footer")}


def generated_folder(kind: str = "") -> Path:
    """Where the current edition's generated files of *kind* go, relative to the source folder."""
    language = get_language()
    base = GENERATED if language == DEFAULT_LANGUAGE else GENERATED / language
    return base / kind if kind else base


def edition_target(target: str, srcdir: Path) -> str:
    """*target* (``/book/_generated/...``) in the current edition, when the edition has it."""
    prefix = f"/{GENERATED.as_posix()}/"
    if not target.startswith(prefix) or get_language() == DEFAULT_LANGUAGE:
        return target
    own = f"/{generated_folder().as_posix()}/{target[len(prefix):]}"
    return own if (srcdir / own.lstrip("/")).is_file() else target


class EditionFiles(SphinxTransform):
    """Point downloads and images a page names by the Danish path at the edition's own file."""

    default_priority = 200  # before Sphinx collects downloads and images (at doctree-read)

    def apply(self, **kwargs: Any) -> None:
        srcdir = Path(self.env.srcdir)
        for reference in self.document.findall(addnodes.download_reference):
            reference["reftarget"] = edition_target(reference["reftarget"], srcdir)
        for image in self.document.findall(nodes.image):
            image["uri"] = edition_target(image["uri"], srcdir)


class TranslatedTocCaptions(SphinxTransform):
    """Translate the part captions of the table of contents (``_toc.yml``) from the root page's
    catalogue. sphinx-external-toc inserts the toctrees after Sphinx translated the page, so
    Sphinx extracts their captions for the translator but never puts the translation in."""

    default_priority = 150  # after sphinx-external-toc's InsertToctrees (100)

    def apply(self, **kwargs: Any) -> None:
        toctrees = [node for node in self.document.findall(addnodes.toctree) if node.get("caption")]
        if not toctrees or self.config.language == DEFAULT_LANGUAGE:
            return
        folders = [str(Path(self.env.srcdir) / folder) for folder in self.config.locale_dirs]
        domain = docname_to_domain(self.env.docname, self.config.gettext_compact)
        catalogue, found = init_locale(folders, self.config.language, domain)
        for toctree in toctrees if found else ():
            toctree["caption"] = toctree["rawcaption"] = catalogue.gettext(toctree["caption"])


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("config-inited", use_the_language, priority=100)
    app.connect("config-inited", put_the_licence_in_the_footer, priority=101)
    app.add_transform(EditionFiles)
    app.add_transform(TranslatedTocCaptions)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
