"""The tiny sites' warnings are told apart by page, so a stray warning cannot pass unseen."""
from __future__ import annotations

from pathlib import Path

from tiny_sites import TinySite


def test_warnings_about_other_pages_or_no_page_count_as_the_rest_of_the_site(tmp_path: Path):
    warnings = (f"{tmp_path}/fejl.md:6: ERROR: Metodekortet »x« findes ikke.\n"
                f"{tmp_path}/index.md:3: WARNING: undefined label: 'skabelon-x'\n"
                "WARNING: unsupported theme option 'extra_footer' given\n")
    site = TinySite(tmp_path, tmp_path / "html", warnings)
    assert site.warnings_from("fejl.md") == ["6: ERROR: Metodekortet »x« findes ikke."]
    assert site.warnings_besides("fejl.md") == [
        f"{tmp_path}/index.md:3: WARNING: undefined label: 'skabelon-x'",
        "WARNING: unsupported theme option 'extra_footer' given"]
