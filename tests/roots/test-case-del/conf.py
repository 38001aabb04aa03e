"""Parts of a case page (``{samskab-case-del}``): the bibliography as in ``_config.yml``, the
edition and the cases part of the book's extension."""
import os

from samskab_lib.resources import project_root

extensions = ["myst_parser", "sphinxcontrib.bibtex", "samskab_book.edition",
              "samskab_book.cases"]
# The book's sources of the cases, named from this folder (the tests build a copy of it elsewhere).
bibtex_bibfiles = [os.path.relpath(project_root() / "book" / "kilder" / "cases.bib",
                                   os.path.dirname(__file__))]
bibtex_reference_style = "author_year"
