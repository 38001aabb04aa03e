"""Shared fixtures: where the project and its built site are, and its pages parsed."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "_build" / "html"


@pytest.fixture(autouse=True)
def danish_after_each_test():
    """Every test starts and ends in Danish: a test that sets another language cannot leak it."""
    from samskab_lib.texts import DEFAULT_LANGUAGE, set_language

    set_language(DEFAULT_LANGUAGE)
    yield
    set_language(DEFAULT_LANGUAGE)


@pytest.fixture(autouse=True, scope="session")
def notebook_kernels_stopped_at_the_end():
    """Each notebook's kernel (tests/notebook_run.py) lives for the session, then stops."""
    yield
    import sys

    if "notebook_run" in sys.modules:
        sys.modules["notebook_run"].shutdown_kernels()


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark what a test needs: the built site (its fixture, or a browser) or a kernel (a notebook
    run by tests/notebook_run.py, or by nbval when it is asked for: `--nbval-lax book/...`).

    Then put it in its unit of work for parallel runs (tests/parallel.py); first, so that
    pytest-xdist, which reads the group in this same hook, finds it.
    """
    from parallel import work_group

    for item in items:
        needs = set(getattr(item, "fixturenames", ()))
        if "site" in needs or item.get_closest_marker("browser"):
            item.add_marker(pytest.mark.site)
        if item.path.suffix == ".ipynb" or "kernel_without_library" in needs:
            item.add_marker(pytest.mark.notebook)
        item.add_marker(pytest.mark.xdist_group(work_group(item)))


@pytest.fixture(scope="session")
def site() -> Path:
    """The built book; `make test` builds it before the tests run."""
    if not (SITE / "index.html").is_file():
        pytest.fail("The book is not built: run `make test` (it builds first) or `make book`.")
    return SITE


@pytest.fixture(scope="session")
def page(site: Path):
    """``page(name)``: a built page parsed with BeautifulSoup (``tests/site_html.py`` reads it).

    *name* is its path in the site, e.g. ``"book/trin/afklar"``; each page is parsed once.
    """
    from functools import cache

    from site_html import read_page

    @cache
    def parsed(name: str):
        return read_page(site, name)

    return parsed


@pytest.fixture(scope="session")
def forms_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with the browser forms' data, exported as the build exports it."""
    from samskab_book import forms

    folder = tmp_path_factory.mktemp("forms-data")
    forms.write_data(folder)
    return folder
