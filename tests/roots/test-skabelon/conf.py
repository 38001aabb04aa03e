"""A template's section (``{samskab-skabelon}``): the edition (which points the downloads at the
edition's files) and the downloads part of the book's extension, which writes every template's
Word and Markdown files when the build starts."""
extensions = ["myst_parser", "samskab_book.edition", "samskab_book.downloads"]
