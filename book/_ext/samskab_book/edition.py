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
from sphinx.transforms import SphinxTransform

from samskab_lib.texts import DEFAULT_LANGUAGE, get_language, languages, set_language

GENERATED = Path("book") / "_generated"


def use_the_language(app: Sphinx, config: Config) -> None:
    """Make the library speak the edition's language (Danish for a language it has no texts for)."""
    language = config.language if config.language in languages() else DEFAULT_LANGUAGE
    set_language(language)


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


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("config-inited", use_the_language, priority=100)
    app.add_transform(EditionFiles)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
