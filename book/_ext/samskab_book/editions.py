"""Sphinx extension part: each edition (language) of the book has its own generated files.

The Danish and the Norwegian edition are built from the same sources, one after the other.
Everything the extension makes from the library is in the edition's language, so it goes to a
folder of its own, ``book/_generated/<language>/``: a build of one edition neither overwrites
the other's files nor makes them stale. Pages keep naming a generated file by its plain path,
``/book/_generated/cases/x.zip``; a transform turns that into the edition's path before Sphinx
collects downloads and images. The library speaks the edition's language during the build.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.transforms import SphinxTransform

from samskab_lib.texts import set_language

GENERATED = Path("book") / "_generated"
_GENERATED_URI = f"/{GENERATED.as_posix()}/"


def language(config: Config) -> str:
    """The edition's language code (``da`` unless the configuration says otherwise)."""
    return config.language or "da"


def edition_path(srcdir: str | Path, config: Config, plain: Path) -> Path:
    """The edition's own copy of a generated path: ``book/_generated/skabeloner`` becomes
    ``<srcdir>/book/_generated/nb/skabeloner`` in the Norwegian edition."""
    return Path(srcdir) / GENERATED / language(config) / plain.relative_to(GENERATED)


def edition_uri(uri: str, code: str) -> str:
    """*uri* pointing into the edition *code*'s generated files (other addresses unchanged)."""
    if not uri.startswith(_GENERATED_URI) or uri[len(_GENERATED_URI):].startswith(f"{code}/"):
        return uri
    return f"{_GENERATED_URI}{code}/{uri[len(_GENERATED_URI):]}"


class GeneratedFilesOfThisEdition(SphinxTransform):
    """Point downloads and images of generated files at the edition's own copies."""

    # After the translated text is in place (i18n: 20), before Sphinx collects downloads and
    # images (the doctree-read event: 880).
    default_priority = 870

    def apply(self, **kwargs: Any) -> None:
        code = language(self.config)
        for download in self.document.findall(addnodes.download_reference):
            download["reftarget"] = edition_uri(download["reftarget"], code)
        for image in self.document.findall(nodes.image):
            image["uri"] = edition_uri(image["uri"], code)


def speak_the_edition_language(app: Sphinx, config: Config) -> None:
    """Let the library write the generated files in the edition's language."""
    set_language(language(config))


def exclude_generated(app: Sphinx, config: Config) -> None:
    """Keep generated files (Markdown downloads of every edition) from being read as pages."""
    config.exclude_patterns = [*config.exclude_patterns, f"{GENERATED.as_posix()}/**"]


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("config-inited", speak_the_edition_language, priority=100)
    app.connect("config-inited", exclude_generated)
    app.add_transform(GeneratedFilesOfThisEdition)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
