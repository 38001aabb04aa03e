"""The filterable overview of method cards (``{samskab-metodeoversigt}``): MyST as in
``_config.yml``, the edition, the directive and the filter script it loads on its page (not the
worksheets the methods part writes, which the overview does not link)."""
extensions = ["myst_parser", "samskab_book.edition"]
myst_enable_extensions = ["colon_fence", "deflist", "substitution"]
language = "da"
nitpicky = True
suppress_warnings = ["myst.domains"]  # as Jupyter Book sets it
html_theme = "sphinx_book_theme"


def setup(app):
    from samskab_book.methods import MethodOverview, add_filter_script

    app.connect("html-page-context", add_filter_script, priority=400)
    app.add_directive("samskab-metodeoversigt", MethodOverview)
