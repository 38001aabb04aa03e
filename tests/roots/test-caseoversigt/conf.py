"""The filterable case overview (``{samskab-caseoversigt}``): MyST as in ``_config.yml``, the
edition and the cases part of the book's extension (the directive and its filter script)."""
extensions = ["myst_parser", "samskab_book.edition", "samskab_book.cases"]
myst_enable_extensions = ["colon_fence", "deflist", "substitution"]
language = "da"
nitpicky = True
suppress_warnings = ["myst.domains"]  # as Jupyter Book sets it
html_theme = "sphinx_book_theme"
