"""A figure the library draws (``{samskab-figur}``): MyST as in ``_config.yml``, the edition,
and the directive with the figures it draws at the start of the build, which the book's
extension registers in its ``__init__``."""
extensions = ["myst_parser", "samskab_book.edition"]
myst_enable_extensions = ["colon_fence", "deflist", "substitution"]
language = "da"
nitpicky = True
suppress_warnings = ["myst.domains"]  # as Jupyter Book sets it
html_theme = "sphinx_book_theme"


def setup(app):
    from samskab_book import LibraryFigure, draw_generated_figures

    app.connect("builder-inited", draw_generated_figures)
    app.add_directive("samskab-figur", LibraryFigure)
