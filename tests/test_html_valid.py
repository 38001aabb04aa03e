"""Every built page of both editions is valid HTML, as the W3C Nu HTML Checker (vnu) judges it.

The checker is ``vnu-jar`` from npm in an exact version, installed into ``.venv/vnu`` by
``scripts/install_vnu.sh`` (which ``scripts/run_tests.sh`` and ``.ci/run`` call); it needs Java.
One run of the checker reads every page of the site and one page known to be invalid, so the
test also shows that the checker finds errors when there are some.
"""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
VNU_JAR = ROOT / ".venv" / "vnu" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
NOT_PAGES = ("_static/", "_sources/", "_downloads/", "_images/")
# The Norwegian edition's folder: its pages are checked too, its assets are not pages either.
NB_EDITION = "nb/"
INVALID_PAGE = """<!DOCTYPE html>
<html lang="da"><head><meta charset="utf-8"><title>Ugyldig</title></head>
<body><section id="exercise-content"></section><section id="exercise-content"></section>
<details><summary><p>Vis</p></summary></details></body></html>
"""


def site_pages(site: Path) -> list[Path]:
    """Every HTML page of both editions (not the theme's assets or the page sources)."""
    return sorted(page for page in site.rglob("*.html")
                  if not page.relative_to(site).as_posix().removeprefix(NB_EDITION)
                  .startswith(NOT_PAGES))


@pytest.fixture(scope="module")
def vnu_errors(site: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """Errors by file: the site's pages (relative path) and the invalid sample (``"sample"``)."""
    java = shutil.which("java")
    if java is None:
        pytest.fail("Java is missing: install it with `apt-get install default-jre-headless`.")
    if not VNU_JAR.is_file():
        pytest.fail(f"The Nu HTML Checker is missing ({VNU_JAR}): run `bash scripts/install_vnu.sh`.")
    sample = tmp_path_factory.mktemp("vnu") / "ugyldig.html"
    sample.write_text(INVALID_PAGE, encoding="utf-8")
    pages = site_pages(site)
    result = subprocess.run([java, "-jar", str(VNU_JAR), "--errors-only", "--format", "json",
                             *map(str, pages), str(sample)], capture_output=True, text=True)
    messages = json.loads(result.stderr or result.stdout)["messages"]
    errors: dict[str, list[str]] = {}
    for message in messages:
        path = Path(message.get("url", "").removeprefix("file:"))
        name = "sample" if path == sample else path.relative_to(site).as_posix()
        errors.setdefault(name, []).append(
            f"{name}:{message.get('lastLine', '?')}: {message['type']}: {message['message']}")
    errors["checked"] = [page.relative_to(site).as_posix() for page in pages]
    return errors


def test_the_checker_reports_duplicate_ids_and_blocks_in_summaries(vnu_errors: dict[str, list[str]]):
    sample = "\n".join(vnu_errors.get("sample", []))
    assert "Duplicate ID" in sample
    assert "not allowed as child of element “summary”" in sample


def test_every_built_page_is_valid_html(vnu_errors: dict[str, list[str]]):
    assert "index.html" in vnu_errors["checked"]
    assert "book/oevelser/del1.html" in vnu_errors["checked"]
    assert "nb/book/oevelser/del1.html" in vnu_errors["checked"]
    site_errors = [line for name, lines in vnu_errors.items() if name not in ("sample", "checked")
                   for line in lines]
    assert site_errors == [], "\n".join(site_errors)
