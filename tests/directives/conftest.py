"""The tiny site of each directive (``tests/tiny_sites.py``), built once per module and language."""
from __future__ import annotations

from collections.abc import Callable

import pytest
from tiny_sites import TinySite, build_site

from samskab_lib.texts import DEFAULT_LANGUAGE


@pytest.fixture(scope="module")
def tiny_site(tmp_path_factory: pytest.TempPathFactory) -> Callable[..., TinySite]:
    """``tiny_site(name, language="da")``: site ``tests/roots/test-<name>``, built on first use."""
    built: dict[tuple[str, str], TinySite] = {}

    def make(name: str, language: str = DEFAULT_LANGUAGE) -> TinySite:
        if (name, language) not in built:
            built[name, language] = build_site(name, tmp_path_factory.mktemp(f"{name}-{language}"),
                                               language)
        return built[name, language]

    return make
