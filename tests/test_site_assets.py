"""The built site carries only the CSS and icons it uses, charts as files, search only where used."""
from __future__ import annotations

import re
from pathlib import Path

from cut_assets import icon_code_points, prune_style_sheet, split_selectors

from samskab_book.inline_images import image_file


def test_a_rule_for_an_unused_class_is_dropped_and_one_for_a_used_class_kept():
    css = ".used{color:red}.unused{color:blue}p{margin:0}@media (min-width:1px){.unused{x:y}.used{a:b}}"
    assert prune_style_sheet(css, {"used"}) == ".used{color:red}p{margin:0}@media (min-width:1px){.used{a:b}}"


def test_classes_inside_not_do_not_have_to_be_used():
    css = "dl:not(.glossary,.simple) dd{margin-left:2rem}"
    assert prune_style_sheet(css, set()) == css
    assert split_selectors("a:not(.b,.c),d") == ["a:not(.b,.c)", "d"]


def test_icon_code_points_are_read_from_escapes_and_characters():
    assert icon_code_points('.fa-bars:before{content:"\\f0c9"}.x{--i:"\uf015"}') == {0xF0C9, 0xF015}


def test_an_inline_image_is_written_once_under_a_name_from_its_bytes(tmp_path: Path):
    png = "iVBORw0KGgo="
    name = image_file(tmp_path, "png", png)
    assert name == image_file(tmp_path, "png", png) and name.endswith(".png")
    assert (tmp_path / "_images" / name).read_bytes()[:4] == b"\x89PNG"


def test_notebook_pages_link_their_charts_as_files(site: Path):
    pages = list((site / "book" / "notesboeger").glob("*.html"))
    assert pages and not any("data:image/" in page.read_text(encoding="utf-8") for page in pages)
    charts = re.findall(r'src="\.\./\.\./_images/(inline-[0-9a-f]+\.png)"',
                        (site / "book" / "notesboeger" / "case-hjoerring.html").read_text(encoding="utf-8"))
    assert charts and all((site / "_images" / chart).is_file() for chart in charts)


def test_the_theme_css_and_icon_font_are_cut_but_keep_the_icons_in_use(site: Path):
    css = (site / "_static" / "styles" / "pydata-sphinx-theme.css").read_text(encoding="utf-8")
    assert len(css) < 200_000
    assert ".fa-bars:before" in css and ".fa-magnifying-glass:before" in css
    assert ".fa-github:before" not in css
    webfonts = site / "_static" / "vendor" / "fontawesome" / "webfonts"
    assert (webfonts / "fa-solid-900.woff2").stat().st_size < 20_000


def test_only_the_search_page_loads_the_search_index(site: Path):
    assert "searchindex.js" not in (site / "book" / "intro.html").read_text(encoding="utf-8")
    assert "searchindex.js" in (site / "search.html").read_text(encoding="utf-8")
