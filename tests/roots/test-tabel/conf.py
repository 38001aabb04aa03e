"""A library table on a page (``{samskab-tabel}``): the edition, and the directive, which the
book's extension registers in its ``__init__``."""
extensions = ["myst_parser", "samskab_book.edition"]


def setup(app):
    from samskab_book.tables import LibraryTable

    app.add_directive("samskab-tabel", LibraryTable)
