"""Plan templates: one definition per template serves every output.

- ``definitions``: read a template's definition (fields, headings, example) from data files;
- ``validate``: check a filled template and name every problem in Danish;
- ``fill``: read filled templates from YAML and write blank ones;
- ``markdown_html``: the blocks of a document, drawn as Markdown or HTML;
- ``word``: the same blocks as a Word file;
- ``form``: the notebook form (ipywidgets) that fills a template;
- ``cli``: the ``samskab skabeloner/ny/tjek/udfyld`` commands.
"""
