"""Sphinx extension part: read notebooks as ``scripts/execute_notebooks.py`` finishes them.

``make book`` starts the notebooks in the background and the build at the same time.
``.executing`` in the edition's build folder (``_build`` for Danish, ``_build/nb`` for bokmål,
where the doctrees are) names the running process and the notebooks it executes, in the order it
starts them; ``.executed`` lists those that have ended. While that process runs, the
build reads every other page first and then these notebooks in the same order, each as soon as
it has ended, so Sphinx works while the kernels run. A notebook then renders from the execution
cache instead of being executed a second time; one that failed is executed by the build, which
reports its error the usual way.
"""
from __future__ import annotations

import os
import time
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment

MARKER = ".executing"
DONE = ".executed"
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


def build_folder(app: Sphinx) -> Path:
    """The edition's build folder, which holds its doctrees and its execution markers."""
    return Path(app.doctreedir).parent


def _executing(folder: Path) -> tuple[str, list[str]] | None:
    """The background process id and its notebooks, while it runs; None otherwise."""
    try:
        pid_text, *notebooks = (folder / MARKER).read_text(encoding="utf-8").split("\n")
    except FileNotFoundError:
        return None
    return (pid_text, notebooks) if _running(pid_text) else None


def _relative(app: Sphinx, docname: str) -> str:
    return Path(app.env.doc2path(docname)).relative_to(app.srcdir).as_posix()


def read_executing_notebooks_last(app: Sphinx, env: BuildEnvironment, docnames: list[str]) -> None:
    """Put the notebooks still executing at the end, in the order they are executed."""
    executing = _executing(build_folder(app))
    if executing is None:
        return
    order = {path: number for number, path in enumerate(executing[1])}
    docnames.sort(key=lambda docname: order.get(_relative(app, docname), -1))


def wait_for_background_execution(app: Sphinx, docname: str, source: list[str]) -> None:
    """Before a notebook the background process executes is read, wait until it has ended."""
    folder = build_folder(app)
    relative = _relative(app, docname)
    deadline = time.monotonic() + LONGEST_WAIT_SECONDS
    while time.monotonic() < deadline:
        executing = _executing(folder)
        if executing is None or relative not in executing[1]:
            return
        try:
            if relative in (folder / DONE).read_text(encoding="utf-8").split("\n"):
                return
        except FileNotFoundError:
            pass
        time.sleep(0.1)


def keep_executed_notebooks_in_the_build_folder(app: Sphinx) -> None:
    """Let myst-nb write executed notebooks and their pictures into the edition's build folder.

    myst-nb puts them beside the site (``outdir/../jupyter_execute``), which for an edition
    whose site is inside another's (``_build/html/nb``) is inside the other's site.
    """
    config = getattr(app.env, "mystnb_config", None)
    if config is not None:
        folder = (build_folder(app) / "jupyter_execute").resolve()
        app.env.mystnb_config = config.copy(output_folder=str(folder))  # type: ignore[attr-defined]


def setup(app: Sphinx) -> None:
    app.connect("builder-inited", keep_executed_notebooks_in_the_build_folder, priority=600)
    app.connect("env-before-read-docs", read_executing_notebooks_last)
    app.connect("source-read", wait_for_background_execution)
