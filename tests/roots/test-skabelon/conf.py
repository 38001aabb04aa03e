"""A template's section (``{samskab-skabelon}``): MyST as in ``_config.yml``, the edition (which
points the downloads at the edition's files) and the downloads part of the book's extension,
which writes every template's Word and Markdown files when the build starts."""
extensions = ["myst_parser", "samskab_book.edition", "samskab_book.downloads"]
myst_enable_extensions = ["colon_fence", "deflist", "substitution"]
language = "da"
nitpicky = True
suppress_warnings = ["myst.domains"]  # as Jupyter Book sets it
html_theme = "sphinx_book_theme"
