"""The ``samskab`` command line. Every text it prints is Danish and comes from ``texts``."""
from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from . import student_pack
from .texts import text


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="samskab", description=text("cli.description"))
    subparsers = parser.add_subparsers(dest="command", title=text("cli.commands_title"),
                                       metavar="KOMMANDO")
    student_pack.add_command(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``samskab`` with *argv*; return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
