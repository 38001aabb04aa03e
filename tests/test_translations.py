"""The Norwegian edition's catalogues (locale/nb) are complete: every entry translated, none
fuzzy, the markup of every Danish text kept (scripts/po_check.py).

``test_every_catalogue_entry_is_translated_and_current`` fails until the translations are merged
into main; the fixture shows that the checker finds each kind of problem.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("po_check", ROOT / "scripts" / "po_check.py")
assert _spec and _spec.loader
po_check = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(po_check)

BROKEN = Path(__file__).parent / "fixtures" / "po" / "broken.po"


def test_the_checker_finds_untranslated_fuzzy_and_changed_markup_entries() -> None:
    found = po_check.problems(BROKEN)
    where = "tests/fixtures/po/broken.po"
    assert found == [
        f"{where}:11: not translated",
        f"{where}:15: fuzzy",
        f"{where}:18: markup differs (missing {{'{{doc}}trin/afklar': 1, 'link kilder.md': 1}}, "
        "extra {'{doc}trin/avklar': 1})",
    ]


def test_the_checker_reads_every_catalogue_of_the_edition() -> None:
    catalogues = po_check.catalogues([])
    assert ROOT / "locale" / "nb" / "LC_MESSAGES" / "book" / "trin" / "afklar.po" in catalogues
    assert len(catalogues) == len(list((ROOT / "locale" / "nb").rglob("*.po")))


def test_every_catalogue_entry_is_translated_and_current() -> None:
    found = [problem for catalogue in po_check.catalogues([])
             for problem in po_check.problems(catalogue)]
    assert found == [], f"{len(found)} problems, first: " + "\n".join(found[:20])
