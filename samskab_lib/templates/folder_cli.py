"""The ``samskab procesmappe`` command: a whole project folder as Word, Markdown or YAML.

Sheet errors go to stderr and stop the command (exit status 1); cross-sheet warnings are printed
and also listed at the end of the document (exit status 0). Never overwrites without ``--force``.
"""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..texts import text
from .cli import report, write_new
from .folder import load_folder
from .folder_document import FORMATS


def register(subparsers: Any) -> None:
    """Add ``procesmappe`` to the ``samskab`` parser."""
    command = subparsers.add_parser("procesmappe", help=text("folder.cli.help"),
                                    description=text("folder.cli.description"))
    command.add_argument("file", metavar="FIL", help=text("folder.cli.file"))
    command.add_argument("--format", choices=sorted(FORMATS), default="docx",
                         help=text("folder.cli.format"))
    command.add_argument("-o", "--output", metavar="FIL", help=text("folder.cli.output"))
    command.add_argument("--force", action="store_true", help=text("template_cli.force_help"))
    command.set_defaults(func=folder_command)


def folder_command(args: argparse.Namespace) -> int:
    source = Path(args.file)
    try:
        folder = load_folder(source)
    except InputError as error:
        report(error.problems)
        return 1
    if folder.errors:
        report([text("folder.cli.errors", file=source), *(str(p) for p in folder.errors)])
        return 1
    if folder.warnings:
        report([text("folder.cli.warnings", count=len(folder.warnings)),
                 *(f"- {w}" for w in folder.warnings)])
    content = FORMATS[args.format](folder)
    target = Path(args.output) if args.output else source.with_suffix(f".{args.format}")
    if target.resolve() == source.resolve():
        report([text("template_cli.exists", file=target)])
        return 1
    problem = write_new(target, content.encode("utf-8") if isinstance(content, str) else content,
                     args.force)
    if problem:
        report([problem])
        return 1
    print(text("template_cli.written", file=target))
    return 0
