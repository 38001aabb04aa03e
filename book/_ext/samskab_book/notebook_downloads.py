"""The notebooks a reader downloads from the site link back to the book by absolute address.

The download button serves the notebook's source (``_sources/…/x.ipynb``). Its relative links
(``../trin/evaluer.md``) work on the site but not in JupyterLab on the reader's computer, so
after the build they get the book's address from its one setting (``html.baseurl`` in
``_config.yml``), or become their label and a note that the page is in the book while the
address is unset (:func:`samskab_lib.course.book_address.book_links`).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx

from samskab_lib.course.book_address import book_links

from .files import write_if_changed


def address_of(app: Sphinx) -> str:
    """The book's address from the build's configuration, ending in ``/``, or ``""``."""
    address = (app.config.html_baseurl or "").strip()
    return address.rstrip("/") + "/" if address else ""


def rewrite_downloads(app: Sphinx, exception: Exception | None) -> None:
    """Give every downloadable notebook's book links an address that works outside the site."""
    sources = Path(app.outdir) / "_sources"
    if exception is not None or app.builder.format != "html" or not sources.is_dir():
        return
    for path in sources.rglob("*.ipynb"):
        notebook = json.loads(path.read_text(encoding="utf-8"))
        folder = path.parent.relative_to(sources).as_posix()
        for cell in notebook.get("cells", []):
            if cell.get("cell_type") == "markdown":
                cell["source"] = book_links("".join(cell.get("source", "")), folder,
                                            address_of(app))
        write_if_changed(path, json.dumps(notebook, ensure_ascii=False, indent=1) + "\n")


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("build-finished", rewrite_downloads)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
