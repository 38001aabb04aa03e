"""Both editions are built from one source without touching each other's files.

Each edition's generated files are its own (``book/_generated/<language>``), a page names them
by their plain path, and the whole-build skip looks at each edition's inputs and site apart.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import build_book
import editions
import pytest
import sphinx_edition

from samskab_book.editions import edition_uri
from samskab_lib.print_typst import language_settings
from samskab_lib.texts import language_scope

ROOT = Path(__file__).resolve().parent.parent


def test_a_generated_path_points_into_the_edition_s_folder():
    assert edition_uri("/book/_generated/cases/data.zip", "nb") == "/book/_generated/nb/cases/data.zip"
    assert edition_uri("/book/_generated/da/fem-trin.svg", "da") == "/book/_generated/da/fem-trin.svg"
    assert edition_uri("/book/billeder/foto.png", "nb") == "/book/billeder/foto.png"


def test_each_edition_has_its_own_site_and_build_folder():
    assert editions.site_folder(ROOT, "da") == ROOT / "_build" / "html"
    assert editions.site_folder(ROOT, "nb") == ROOT / "_build" / "html" / "nb"
    assert editions.build_folder(ROOT, "da") == ROOT / "_build"
    assert editions.build_folder(ROOT, "nb") == ROOT / "_build" / "nb"


def test_the_norwegian_edition_is_told_its_language_search_and_notebook_cache():
    danish, norwegian = sphinx_edition.overrides(ROOT, "da"), sphinx_edition.overrides(ROOT, "nb")
    assert "language" not in danish and danish["nitpicky"] is True
    assert norwegian["language"] == "nb"
    assert norwegian["html_search_language"] == "no"
    assert norwegian["nb_execution_cache_path"] == str(ROOT / "_build" / "nb" / ".jupyter_cache")


def test_print_styles_take_the_language_of_the_library():
    assert '"da"' in language_settings() and '"dk"' in language_settings()
    with language_scope("nb"):
        assert language_settings() == '#let text-language = "nb"\n#let text-region = "no"\n'


SMALL_CONF = 'extensions = ["myst_parser", "samskab_book.editions"]\n'
SMALL_PAGE = "# Side\n\n{download}`Data <" "/book/_generated/cases/data.txt>`\n"


def _sphinx(project: Path, language: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "book" / "_ext")}
    return subprocess.run(
        [sys.executable, "-m", "sphinx", "-q", "-W", "-b", "html", "-D", f"language={language}",
         "-d", str(project / f"doctrees-{language}"), str(project),
         str(project / f"site-{language}")],
        env=env, capture_output=True, text=True, check=False)


def test_a_page_s_download_of_a_generated_file_is_the_edition_s_own(tmp_path: Path):
    (tmp_path / "conf.py").write_text(SMALL_CONF)
    (tmp_path / "index.md").write_text(SMALL_PAGE)
    for language, content in (("da", "dansk"), ("nb", "norsk")):
        folder = tmp_path / "book" / "_generated" / language / "cases"
        folder.mkdir(parents=True)
        (folder / "data.txt").write_text(content)
    for language, content in (("da", "dansk"), ("nb", "norsk")):
        result = _sphinx(tmp_path, language)
        assert result.returncode == 0, result.stderr
        [download] = (tmp_path / f"site-{language}" / "_downloads").glob("*/data.txt")
        assert download.read_text() == content


@pytest.fixture
def built(tmp_path: Path) -> Path:
    """A small project as a successful build of both editions leaves it."""
    for name in ("_config.yml", "book/intro.md", "samskab_lib/texts.py",
                 "locale/nb/LC_MESSAGES/book/intro.po", "_build/html/index.html",
                 "_build/html/book/intro.html", "_build/html/nb/index.html",
                 "_build/html/nb/book/intro.html", "_build/nb/.jupyter_cache/global.db"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x\n", encoding="utf-8")
    for language in editions.EDITIONS:
        build_book.record(build_book.inputs_fingerprint(tmp_path, language), tmp_path, language)
    return tmp_path


def _edit(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("ændret\n", encoding="utf-8")
    later = time.time() + 5  # a clearly later time, whatever the file system's resolution
    os.utime(path, (later, later))


def _stale(root: Path) -> list[str]:
    return [language for language in editions.EDITIONS if not build_book.unchanged(root, language)]


def test_after_a_build_of_both_nothing_is_stale(built: Path):
    assert _stale(built) == []


def test_a_changed_page_builds_both_editions(built: Path):
    _edit(built / "book" / "intro.md")
    assert _stale(built) == ["da", "nb"]


def test_a_changed_translation_builds_only_the_norwegian_edition(built: Path):
    _edit(built / "locale" / "nb" / "LC_MESSAGES" / "book" / "intro.po")
    assert _stale(built) == ["nb"]


def test_a_compiled_catalogue_is_not_an_input(built: Path):
    _edit(built / "locale" / "nb" / "LC_MESSAGES" / "book" / "intro.mo")
    assert _stale(built) == []


def test_a_page_of_one_edition_edited_by_hand_builds_that_edition_only(built: Path):
    _edit(built / "_build" / "html" / "nb" / "book" / "intro.html")
    assert _stale(built) == ["nb"]
    _edit(built / "_build" / "html" / "book" / "intro.html")
    assert _stale(built) == ["da", "nb"]
