"""Which tests one xdist worker runs together (``pytest -n 2 --dist loadgroup``, as
``scripts/run_tests.sh`` runs them), so that nothing costly is done once per worker.

A group is one unit of work: its tests run on the same worker, one after the other, in the
order they were collected. The costly things live in fixtures, so a group is what shares them:

- a page of the built site that the browser loads once per screen width (``seen_page``):
  every test of that page, from every module;
- a notebook with its own kernel (``tests/notebook_run.py``) and its one Run All: every
  notebook test of that notebook (not those run in the one kernel without the library);
- otherwise the test's module, so a module-scoped fixture (a build, a checker run, a PDF) is
  made once, as in a run without workers.
"""
from __future__ import annotations

import pytest


def work_group(item: pytest.Item) -> str:
    """The name of the unit of work *item* belongs to."""
    needs = set(getattr(item, "fixturenames", ()))
    params = getattr(getattr(item, "callspec", None), "params", {})
    path = params.get("path")
    if isinstance(path, str):
        if "seen_page" in needs:
            return f"page:{path}"
        if (path.endswith(".ipynb") and item.get_closest_marker("notebook")
                and "kernel_without_library" not in needs):
            return f"notebook:{path}"
    return f"module:{item.path.relative_to(item.config.rootpath).as_posix()}"
