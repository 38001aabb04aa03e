"""Sphinx extension part: wait for the notebooks that ``scripts/execute_notebooks.py`` runs.

``make book`` starts the notebooks in the background and the build at the same time. While
``_build/.executing`` names a running process, reading a notebook waits until that process has
put every result in the execution cache; the build then renders from the cache instead of
executing the notebook a second time.
"""
from __future__ import annotations

import os
import time
from pathlib import Path

from sphinx.application import Sphinx

MARKER = Path("_build") / ".executing"
LONGEST_WAIT_SECONDS = 900


def _running(pid_text: str) -> bool:
    """Whether the process is alive (a finished process not yet reaped counts as done)."""
    try:
        os.kill(int(pid_text), 0)
    except (ValueError, ProcessLookupError, PermissionError):
        return False
    status = Path(f"/proc/{int(pid_text)}/stat")
    if status.is_file():
        state = status.read_text().rsplit(")", 1)[-1].split()[0]
        return state != "Z"
    return True


def wait_for_background_execution(app: Sphinx, docname: str, source: list[str]) -> None:
    """Before a notebook is read, wait while the background execution is still running."""
    is_notebook = str(app.env.doc2path(docname)).endswith(".ipynb")
    if not is_notebook and "kernelspec:" not in source[0][:1000]:  # MyST Markdown notebooks too
        return
    marker = Path(app.srcdir) / MARKER
    deadline = time.monotonic() + LONGEST_WAIT_SECONDS
    while marker.is_file() and time.monotonic() < deadline:
        try:
            pid_text = marker.read_text().strip()
        except FileNotFoundError:
            return
        if not _running(pid_text):
            return
        time.sleep(0.1)


def setup(app: Sphinx) -> None:
    app.connect("source-read", wait_for_background_execution)
