"""The browser forms (``{samskab-udfyld}`` and the five other blocks of the forms part): MyST as in
``_config.yml``, the edition and the forms part of the book's extension, which writes the forms'
data into the site when the build ends."""
extensions = ["myst_parser", "samskab_book.edition", "samskab_book.forms"]
