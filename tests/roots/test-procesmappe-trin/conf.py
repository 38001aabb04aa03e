"""A step's line about the project folder (``{samskab-procesmappe-trin}``): MyST as in
``_config.yml``, the edition and the forms part of the book's extension, which registers it."""
extensions = ["myst_parser", "samskab_book.edition", "samskab_book.forms"]
myst_enable_extensions = ["colon_fence", "deflist", "substitution"]
language = "da"
nitpicky = True
suppress_warnings = ["myst.domains"]  # as Jupyter Book sets it
html_theme = "sphinx_book_theme"
