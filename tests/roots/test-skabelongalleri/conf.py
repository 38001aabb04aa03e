"""The template gallery (``{samskab-skabelongalleri}``): MyST as in ``_config.yml``, the edition,
the downloads part (the Word files the gallery links and zips) and the gallery part of the
book's extension (first-page pictures and the zip, made when the build starts)."""
extensions = ["myst_parser", "samskab_book.edition", "samskab_book.downloads",
              "samskab_book.gallery"]
myst_enable_extensions = ["colon_fence", "deflist", "substitution"]
language = "da"
nitpicky = True
suppress_warnings = ["myst.domains"]  # as Jupyter Book sets it
html_theme = "sphinx_book_theme"
