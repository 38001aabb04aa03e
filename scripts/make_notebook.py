"""Write a notebook from a plain-text outline, without outputs.

Authoring helper: cells are separated by lines ``%% md``, ``%% code`` or
``%% code tags=a,b``. Usage: ``python scripts/make_notebook.py OUTLINE.txt NOTEBOOK.ipynb``.
"""
from __future__ import annotations

import sys
from pathlib import Path

import nbformat


def parse(outline: str) -> nbformat.NotebookNode:
    notebook = nbformat.v4.new_notebook()
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                       "language": "python"}
    notebook.metadata["language_info"] = {"name": "python"}
    kind, tags, lines = None, [], []

    def flush() -> None:
        if kind is None:
            return
        source = "\n".join(lines).strip("\n")
        cell = (nbformat.v4.new_markdown_cell(source) if kind == "md"
                else nbformat.v4.new_code_cell(source))
        if tags:
            cell.metadata["tags"] = tags
        notebook.cells.append(cell)

    for line in outline.splitlines():
        if line.startswith("%% "):
            flush()
            header = line[3:].split()
            kind = header[0]
            tags = header[1].removeprefix("tags=").split(",") if len(header) > 1 else []
            lines = []
        else:
            lines.append(line)
    flush()
    for index, cell in enumerate(notebook.cells):
        cell["id"] = f"cell-{index}"
    return notebook


def main() -> None:
    outline, target = Path(sys.argv[1]), Path(sys.argv[2])
    nbformat.write(parse(outline.read_text(encoding="utf-8")), target)


if __name__ == "__main__":
    main()
