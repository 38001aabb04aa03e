"""The template gallery (``{samskab-skabelongalleri}``): the edition, the downloads part (the Word
files the gallery links and zips) and the gallery part of the book's extension (first-page
pictures and the zip, made when the build starts)."""
extensions = ["myst_parser", "samskab_book.edition", "samskab_book.downloads",
              "samskab_book.gallery"]
