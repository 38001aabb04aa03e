"""Each page loads only the theme's files it uses; the asset cut reads what pages load."""
from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

from cut_assets import used_names
from docutils import nodes
from docutils.utils import new_document

from samskab_book.labels import ExecutionTableHeaders
from samskab_book.page_assets import leave_out_unused, without_script


def test_without_script_leaves_out_only_the_named_script():
    head = ('<link rel="stylesheet" href="a.css" />\n'
            '  <script defer src="../_static/scripts/fontawesome.js?digest=abc"></script>\n'
            '<script src="../_static/doctools.js"></script>')
    kept = without_script(head, "_static/scripts/fontawesome.js")
    assert "fontawesome" not in kept
    assert '<link rel="stylesheet" href="a.css" />' in kept
    assert '<script src="../_static/doctools.js"></script>' in kept


def test_without_script_also_leaves_out_the_scripts_preload():
    head = ('<link rel="preload" as="script" href="../_static/scripts/bootstrap.js?digest=abc" />\n'
            '<link rel="preload" as="script" href="../_static/scripts/pydata-sphinx-theme.js" />')
    kept = without_script(head, "_static/scripts/bootstrap.js")
    assert "bootstrap" not in kept and "pydata-sphinx-theme.js" in kept


def test_copy_buttons_load_only_on_pages_with_code():
    scripts = [SimpleNamespace(filename="_static/copybutton.js"),
               SimpleNamespace(filename="_static/doctools.js")]
    styles = [SimpleNamespace(filename="_static/sphinx-thebe.css"),
              SimpleNamespace(filename="_static/copybutton.css")]
    prose = {"body": "<p>Tekst</p>", "script_files": list(scripts), "css_files": list(styles)}
    code = {"body": '<div class="highlight"><pre>x</pre></div>', "script_files": list(scripts),
            "css_files": list(styles)}
    for context in (prose, code):
        leave_out_unused(None, "side", "page.html", context, None)  # type: ignore[arg-type]
    assert [s.filename for s in prose["script_files"]] == ["_static/doctools.js"]
    assert prose["css_files"] == []
    assert [s.filename for s in code["script_files"]] == ["_static/copybutton.js",
                                                          "_static/doctools.js"]
    assert [s.filename for s in code["css_files"]] == ["_static/copybutton.css"]


def test_the_cut_keeps_classes_of_scripts_pages_load_and_not_of_others(tmp_path: Path):
    (tmp_path / "_static").mkdir()
    (tmp_path / "_static" / "menu.js").write_text('el.classList.add("show")', encoding="utf-8")
    (tmp_path / "_static" / "unused.js").write_text('el.classList.add("carousel")', encoding="utf-8")
    (tmp_path / "side.html").write_text('<div class="menu"></div><script src="_static/menu.js">'
                                        "</script>", encoding="utf-8")
    names = used_names(tmp_path)
    assert {"menu", "show"} <= names and "carousel" not in names


def _exec_table(*headers: str) -> nodes.document:
    document = new_document("side")
    row = nodes.row("", *(nodes.entry("", nodes.paragraph(text=h)) for h in headers))
    document += nodes.table("", nodes.tgroup("", nodes.thead("", row)))
    return document


def test_the_execution_tables_english_headers_are_translated():
    document = _exec_table("Document", "Modified", "Method", "Run Time (s)", "Status")
    ExecutionTableHeaders(document).run()
    said = [p.astext() for p in document.findall(nodes.paragraph)]
    assert said == ["Side", "Kørt", "Metode", "Køretid (s)", "Status"]


def test_another_table_with_one_of_those_words_is_left_alone():
    document = _exec_table("Document", "Ejer")
    ExecutionTableHeaders(document).run()
    assert [p.astext() for p in document.findall(nodes.paragraph)] == ["Document", "Ejer"]


def test_built_pages_load_neither_fontawesome_nor_bootstrap_js_nor_the_search_index(site: Path):
    front = (site / "book" / "intro.html").read_text(encoding="utf-8")
    assert "fontawesome.js" not in front and "searchindex.js" not in front
    assert "bootstrap.js" not in front  # neither its script nor its preload
    assert re.search(r'<script[^>]+samskab-buttons\.js', front)  # the download menu's script
    search = (site / "search.html").read_text(encoding="utf-8")
    assert "searchindex.js" in search and "language_data.js" in search
    language_data = (site / "_static" / "language_data.js").read_text(encoding="utf-8")
    assert "SAMSKAB_PAGE_KINDS" in language_data  # the book's scorer, through html_search_scorer
