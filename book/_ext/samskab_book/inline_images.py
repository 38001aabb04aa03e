"""Sphinx extension part: charts that notebooks show as inline base64 become image files.

The library's figures show themselves in a notebook as ``<img src="data:image/png;base64,...">``
(so they work in Jupyter and Binder without files). On a web page that makes the page a third
heavier and keeps the chart out of the browser's cache. Each such image is written once to the
site's ``_images`` folder, named by its content, and the page links to the file instead.
"""
from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx

IMAGES = "_images"
_INLINE = re.compile(r'src="data:image/(png|jpeg|gif|svg\+xml);base64,([A-Za-z0-9+/=\s]+)"')
_SUFFIX = {"png": "png", "jpeg": "jpg", "gif": "gif", "svg+xml": "svg"}


def image_file(outdir: Path, kind: str, data: str) -> str:
    """Write the image (once) to ``_images`` under a name made from its bytes; return the name."""
    content = base64.b64decode(data)
    name = f"inline-{hashlib.sha256(content).hexdigest()[:20]}.{_SUFFIX[kind]}"
    target = outdir / IMAGES / name
    if not target.is_file():
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    return name


def images_to_files(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any],
                    doctree: Any) -> None:
    """Replace every inline base64 image of the page's body by a link to its file."""
    body = context.get("body", "")
    if "data:image/" not in body:
        return
    pathto = context["pathto"]

    def linked(match: re.Match[str]) -> str:
        name = image_file(Path(app.outdir), match.group(1), match.group(2))
        return f'src="{pathto(f"{IMAGES}/{name}", 1)}"'

    context["body"] = _INLINE.sub(linked, body)


def setup(app: Sphinx) -> None:
    app.connect("html-page-context", images_to_files)
