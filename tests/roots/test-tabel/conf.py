"""A library table on a page (``{samskab-tabel}``): MyST as in ``_config.yml``, the edition, and
the directive, which the book's extension registers in its ``__init__``."""
extensions = ["myst_parser", "samskab_book.edition"]
myst_enable_extensions = ["colon_fence", "deflist", "substitution"]
language = "da"
nitpicky = True
suppress_warnings = ["myst.domains"]  # as Jupyter Book sets it
html_theme = "sphinx_book_theme"


def setup(app):
    from samskab_book.tables import LibraryTable

    app.add_directive("samskab-tabel", LibraryTable)
