"""A step's line about the project folder (``{samskab-procesmappe-trin}``): the edition and the
forms part of the book's extension, which registers it."""
extensions = ["myst_parser", "samskab_book.edition", "samskab_book.forms"]
