"""``samskab case ny`` and ``samskab case tjek``: start a case file and check case files.

Messages go to stderr in Danish; the exit status is 0 when every file is in order, 1 when one
has a problem. ``ny`` never overwrites a file without ``--force``.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..resources import DATA_DIR
from ..texts import text
from .loading import load_case

CASE_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def register(subparsers: Any) -> None:
    """Add ``samskab case`` with its two subcommands."""
    case = subparsers.add_parser("case", help=text("case_cli.help"),
                                 description=text("case_cli.description"))
    commands = case.add_subparsers(dest="case_command", title=text("cli.commands_title"),
                                   metavar="KOMMANDO", required=True)
    new = commands.add_parser("ny", help=text("case_cli.new_help"),
                              description=text("case_cli.new_description"))
    new.add_argument("case_id", metavar="ID", help=text("case_cli.new_id"))
    new.add_argument("-o", "--output", metavar="FIL", help=text("case_cli.new_output"))
    new.add_argument("--force", action="store_true", help=text("case_cli.force_help"))
    new.set_defaults(func=new_command)
    check = commands.add_parser("tjek", help=text("case_cli.check_help"),
                                description=text("case_cli.check_description"))
    check.add_argument("files", metavar="FIL", nargs="+", help=text("case_cli.check_files"))
    check.set_defaults(func=check_command)


def skeleton(case_id: str, file: str) -> str:
    """A new case file for *case_id*: every field, ``ukendt`` where a fact goes."""
    content = (DATA_DIR / "case_skeleton.yml").read_text(encoding="utf-8")
    return content.replace("{id}", case_id).replace("{file}", file)


def new_command(args: argparse.Namespace) -> int:
    if not CASE_ID.match(args.case_id):
        print(text("case_cli.bad_id", id=args.case_id), file=sys.stderr)
        return 2
    target = Path(args.output or Path(args.case_id) / "case.yml")
    content = skeleton(args.case_id, str(target))
    if args.output == "-":
        sys.stdout.write(content)
        return 0
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("w" if args.force else "x", encoding="utf-8") as handle:
            handle.write(content)
    except FileExistsError:
        print(text("case_cli.exists", file=target), file=sys.stderr)
        return 1
    except OSError:
        print(text("case_cli.cannot_write", file=target), file=sys.stderr)
        return 1
    print(text("case_cli.new_written", file=target))
    return 0


def check_command(args: argparse.Namespace) -> int:
    failed = 0
    for name in args.files:
        try:
            load_case(Path(name))
        except InputError as error:
            failed += 1
            for problem in error.problems:
                print(problem, file=sys.stderr)
        else:
            print(text("case_cli.ok", file=name))
    return 1 if failed else 0
