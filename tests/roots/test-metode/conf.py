"""A method card page (``{samskab-metode}``): the bibliography as in ``_config.yml``, the edition
(language, generated files) and the method cards' part of the book's extension."""
import os

from samskab_lib.resources import project_root

extensions = ["myst_parser", "sphinxcontrib.bibtex", "samskab_book.edition",
              "samskab_book.methods"]
# The book's own sources, named from this folder (the tests build a copy of it elsewhere).
bibtex_bibfiles = [os.path.relpath(project_root() / "book" / "references.bib",
                                   os.path.dirname(__file__))]
bibtex_reference_style = "author_year"
