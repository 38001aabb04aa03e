"""Sphinx extension part: execute the notebooks to be read with jupyter-cache, in parallel.

myst-nb's cache mode (``execute_notebooks: cache``) executes a notebook missing from the
execution cache while it reads it, one after the other. Before reading starts, this part hands
every notebook Sphinx is about to read to jupyter-cache's own parallel executor
(``local-parallel``), which executes those the cache lacks, one kernel per core, and stores them;
myst-nb then finds each of them in the cache. A notebook that fails here is not cached: myst-nb
executes it again and reports its error the usual way. The kernels inherit the build's
environment, so they speak the edition's language (``SAMSKAB_SPROG``).

Each edition keeps its cache in its own build folder, in a folder named by the hash of what the
notebooks read (:func:`.freshness.notebook_inputs_hash`), so a changed library, case or template
starts an empty cache and every notebook is executed again; older caches are removed.
"""
from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.environment import BuildEnvironment
from sphinx.util import logging as sphinx_logging

from samskab_lib.texts import text

from .freshness import notebook_inputs_hash

logger = sphinx_logging.getLogger(__name__)
EXECUTOR = "local-parallel"


def build_folder(app: Sphinx) -> Path:
    """The edition's build folder, which holds its doctrees and its execution cache."""
    return Path(app.doctreedir).parent


def key_the_cache_by_the_notebook_inputs(app: Sphinx, config: Config) -> None:
    """Point myst-nb at the cache for the current library, cases and templates."""
    if config.nb_execution_mode != "cache":
        return
    base = Path(app.srcdir, config.nb_execution_cache_path or build_folder(app) / ".jupyter_cache")
    cache = base / notebook_inputs_hash(Path(app.srcdir))[:16]
    for old in base.iterdir() if base.is_dir() else ():
        if old.is_dir() and old != cache:
            shutil.rmtree(old)
        elif old.is_file():
            old.unlink()
    config.nb_execution_cache_path = str(cache)


def keep_executed_notebooks_in_the_build_folder(app: Sphinx) -> None:
    """Let myst-nb write executed notebooks and their pictures into the edition's build folder.

    myst-nb puts them beside the site (``outdir/../jupyter_execute``), which for an edition
    whose site is inside another's (``_build/html/nb``) is inside the other's site.
    """
    config = getattr(app.env, "mystnb_config", None)
    if config is not None:
        folder = (build_folder(app) / "jupyter_execute").resolve()
        app.env.mystnb_config = config.copy(output_folder=str(folder))  # type: ignore[attr-defined]


def execute_notebooks_to_read(app: Sphinx, env: BuildEnvironment, docnames: list[str]) -> None:
    """Execute the notebooks among *docnames* that the cache lacks, in parallel, and cache them."""
    if app.config.nb_execution_mode != "cache":
        return
    notebooks = [str(Path(env.doc2path(name)).resolve()) for name in docnames
                 if str(env.doc2path(name)).endswith(".ipynb")]
    if not notebooks:
        return
    from jupyter_cache import get_cache
    from jupyter_cache.executors import load_executor

    cache = get_cache(app.config.nb_execution_cache_path)
    for path in notebooks:
        cache.add_nb_to_project(path)
    uncached = [record.uri for record in cache.list_unexecuted(filter_uris=notebooks)]
    if not uncached:
        return
    logger.info(text("build.executing", count=len(uncached), workers=os.cpu_count()))
    executor = load_executor(EXECUTOR, cache=cache, logger=logging.getLogger(__name__))
    executor.run_and_cache(filter_uris=uncached, timeout=app.config.nb_execution_timeout,
                           allow_errors=app.config.nb_execution_allow_errors)


def setup(app: Sphinx) -> None:
    # After Jupyter Book and the command line have set the cache path, before myst-nb reads it.
    app.connect("config-inited", key_the_cache_by_the_notebook_inputs, priority=800)
    app.connect("builder-inited", keep_executed_notebooks_in_the_build_folder, priority=600)
    app.connect("env-before-read-docs", execute_notebooks_to_read)
