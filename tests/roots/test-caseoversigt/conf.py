"""The filterable case overview (``{samskab-caseoversigt}``): MyST as in ``_config.yml``, the
edition and the cases part of the book's extension (the directive and its filter script)."""
extensions = ["myst_parser", "samskab_book.edition", "samskab_book.cases"]
