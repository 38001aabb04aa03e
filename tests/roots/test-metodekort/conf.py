"""Links to a step's method cards (``{samskab-metodekort}``): MyST as in ``_config.yml``, the
edition, and the directive alone (it needs none of the worksheets the methods part writes)."""
from pathlib import Path

from samskab_lib.handbook.methods import load_methods

extensions = ["myst_parser", "samskab_book.edition"]

# The pages the lists link to: the book has one per card (book/metoder/<id>.md).
for _method in load_methods():
    _page = Path(__file__).parent / "book" / "metoder" / f"{_method.id}.md"
    _page.parent.mkdir(parents=True, exist_ok=True)
    _page.write_text(f"---\norphan: true\n---\n# {_method.title}\n", encoding="utf-8")


def setup(app):
    from samskab_book.methods import MethodsForStep

    app.add_directive("samskab-metodekort", MethodsForStep)
