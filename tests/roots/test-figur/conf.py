"""A figure the library draws (``{samskab-figur}``): the edition, and the directive with the
figures it draws at the start of the build, which the book's extension registers in its
``__init__``."""
extensions = ["myst_parser", "samskab_book.edition"]


def setup(app):
    from samskab_book import LibraryFigure, draw_generated_figures

    app.connect("builder-inited", draw_generated_figures)
    app.add_directive("samskab-figur", LibraryFigure)
