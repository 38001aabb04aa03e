"""The template subcommands of ``samskab``: ``skabeloner``, ``ny``, ``tjek`` and ``udfyld``.

Messages go to stderr and never as a traceback; the exit status is 0 when all went well and 1
when some file had a problem. No command overwrites an existing file without ``--force``.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tqdm import tqdm

from ..errors import InputError
from ..texts import text
from .definitions import Filled, list_templates
from .fill import blank_yaml, load_filled
from .markdown_html import to_html, to_markdown
from .validate import known_template
from .word import to_docx

FORMATS: dict[str, tuple[str, Callable[[Filled], bytes]]] = {
    "docx": (".docx", to_docx),
    "md": (".md", lambda filled: to_markdown(filled).encode("utf-8")),
    "html": (".html", lambda filled: to_html(filled).encode("utf-8")),
}


def register(subparsers: Any) -> None:
    """Add the template subcommands to the ``samskab`` parser."""
    listing = subparsers.add_parser("skabeloner", help=text("template_cli.list_help"),
                                    description=text("template_cli.list_description"))
    listing.set_defaults(func=list_command)

    new = subparsers.add_parser("ny", help=text("template_cli.new_help"),
                                description=text("template_cli.new_description"))
    new.add_argument("template", metavar="SKABELON", help=text("template_cli.new_template"))
    new.add_argument("-o", "--output", metavar="FIL", help=text("template_cli.new_output"))
    new.add_argument("--force", action="store_true", help=text("template_cli.force_help"))
    new.set_defaults(func=new_command)

    check = subparsers.add_parser("tjek", help=text("template_cli.check_help"),
                                  description=text("template_cli.check_description"))
    check.add_argument("files", metavar="FIL", nargs="+", help=text("template_cli.check_files"))
    check.set_defaults(func=check_command)

    fill = subparsers.add_parser("udfyld", help=text("template_cli.fill_help"),
                                 description=text("template_cli.fill_description"))
    fill.add_argument("files", metavar="FIL", nargs="+", help=text("template_cli.fill_files"))
    fill.add_argument("--format", choices=sorted(FORMATS), default="docx",
                      help=text("template_cli.fill_format"))
    target = fill.add_mutually_exclusive_group()
    target.add_argument("-o", "--output", metavar="FIL", help=text("template_cli.fill_output"))
    target.add_argument("--outdir", metavar="MAPPE", help=text("template_cli.fill_outdir"))
    fill.add_argument("--force", action="store_true", help=text("template_cli.force_help"))
    fill.set_defaults(func=fill_command)


def list_command(args: argparse.Namespace) -> int:
    templates = list_templates()
    width = max(len(t.id) for t in templates)
    for template in templates:
        print(f"{template.id:<{width}}  {template.purpose}")
    return 0


def new_command(args: argparse.Namespace) -> int:
    try:
        template = known_template(args.template, "samskab ny")
    except InputError as error:
        return _fail(error.problems)
    target = Path(args.output or f"{template.id}.yml")
    content = blank_yaml(template.id, target.name)
    if args.output == "-":
        sys.stdout.write(content)
        return 0
    problem = write_new(target, content.encode("utf-8"), args.force)
    if problem:
        return _fail([problem])
    print(text("template_cli.new_written", file=target))
    return 0


def check_command(args: argparse.Namespace) -> int:
    failed = 0
    for name in args.files:
        try:
            load_filled(name)
        except InputError as error:
            failed += 1
            report_problems(error.problems)
        else:
            print(text("template_cli.ok", file=name))
    return 1 if failed else 0


def fill_command(args: argparse.Namespace) -> int:
    if args.output and len(args.files) > 1:
        return _fail([text("template_cli.output_needs_one")], status=2)
    if args.output == "-" and args.format == "docx":
        return _fail([text("template_cli.no_docx_to_screen")], status=2)
    suffix, render = FORMATS[args.format]
    failed = 0
    files = tqdm(args.files, unit=" " + text("template_cli.progress"), file=sys.stderr,
                 disable=len(args.files) < 2)
    for name in files:
        source = Path(name)
        target = Path(args.output) if args.output else (
            (Path(args.outdir) if args.outdir else source.parent) / (source.stem + suffix))
        try:
            content = render(load_filled(source))
        except InputError as error:
            failed += 1
            report_problems(error.problems)
            continue
        if args.output == "-":
            sys.stdout.write(content.decode("utf-8"))
            continue
        problem = write_new(target, content, args.force)
        if problem:
            failed += 1
            report_problems([problem])
        else:
            tqdm.write(text("template_cli.written", file=target), file=sys.stdout)
    if failed:
        report_problems([text("template_cli.failed", failed=failed, total=len(args.files))])
    return 1 if failed else 0


def write_new(target: Path, content: bytes, force: bool) -> str | None:
    """Write *content*; return a Danish problem instead of overwriting without *force*."""
    if target.is_dir():
        return text("template_cli.output_is_folder", file=target)
    try:
        if target.parent and not target.parent.is_dir():
            target.parent.mkdir(parents=True)
        with target.open("wb" if force else "xb") as handle:
            handle.write(content)
    except FileExistsError:
        return text("template_cli.exists", file=target)
    except OSError:
        return text("template_cli.cannot_write", file=target)
    return None


def report_problems(problems: list[str]) -> None:
    for problem in problems:
        tqdm.write(problem, file=sys.stderr)


def _fail(problems: list[str], status: int = 1) -> int:
    report_problems(problems)
    return status
