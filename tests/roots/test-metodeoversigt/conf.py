"""The filterable overview of method cards (``{samskab-metodeoversigt}``): the edition, the
directive and the filter script it loads on its page (not the worksheets the methods part
writes, which the overview does not link)."""
extensions = ["myst_parser", "samskab_book.edition"]


def setup(app):
    from samskab_book.methods import MethodOverview, add_filter_script

    app.connect("html-page-context", add_filter_script, priority=400)
    app.add_directive("samskab-metodeoversigt", MethodOverview)
