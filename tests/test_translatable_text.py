"""Text written inside directives reaches the catalogues and the Norwegian edition.

A small Sphinx project with an exercise, its solution, a Markdown table inside ``{table}`` and
inside the solution: the gettext builder must extract the exercise's title and the cells, and
the Norwegian build must show their translations, the solution's title included.
"""
from __future__ import annotations

from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from sphinx.cmd.build import build_main

EXT = Path(__file__).resolve().parent.parent / "book" / "_ext"
PAGE = """# Side

```{exercise} Hvad koster det?
:label: oevelse-test

Regn efter.
```

```{solution} oevelse-test
| Post | Beløb |
|---|---|
| Leje af lokale | 2.500 |
```

```{table} Forløbet.
:name: tabel-test

| Start | Indhold |
|---|---|
| 09.00 | Velkomst og formål |
```
"""
NORWEGIAN = {
    "Hvad koster det?": "Hva koster det?",
    "Leje af lokale": "Leie av lokale",
    "Velkomst og formål": "Velkommen og formål",
}


def _project(folder: Path) -> Path:
    folder.mkdir()
    (folder / "conf.py").write_text(
        f"import sys\nsys.path.insert(0, {str(EXT)!r})\n"
        "extensions = ['myst_parser', 'sphinx_exercise', 'samskab_book.translatable']\n"
        "locale_dirs = ['locale']\ngettext_compact = False\n", encoding="utf-8")
    (folder / "index.md").write_text(PAGE, encoding="utf-8")
    return folder


def _build(source: Path, builder: str, out: Path, *options: str) -> None:
    assert build_main(["-q", "-E", "-b", builder, *options, str(source), str(out)]) == 0


def test_gettext_extracts_exercise_titles_and_table_cells_inside_directives(tmp_path: Path):
    source = _project(tmp_path / "src")
    _build(source, "gettext", tmp_path / "pot")
    messages = (tmp_path / "pot" / "index.pot").read_text(encoding="utf-8")
    for danish in NORWEGIAN:
        assert f'msgid "{danish}"' in messages


def test_norwegian_build_shows_translated_titles_cells_and_solution_title(tmp_path: Path):
    source = _project(tmp_path / "src")
    catalog = Catalog(locale="nb")
    for danish, norwegian in NORWEGIAN.items():
        catalog.add(danish, norwegian)
    target = source / "locale" / "nb" / "LC_MESSAGES" / "index.mo"
    target.parent.mkdir(parents=True)
    with target.open("wb") as handle:
        write_mo(handle, catalog)
    _build(source, "html", tmp_path / "html", "-D", "language=nb")
    page = (tmp_path / "html" / "index.html").read_text(encoding="utf-8")
    for danish, norwegian in NORWEGIAN.items():
        assert danish not in page
        assert page.count(norwegian) >= (2 if danish.startswith("Hvad") else 1)
