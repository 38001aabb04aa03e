"""The ``samskab`` command line. Every text it prints comes from ``texts``: Danish, or the
language chosen with ``--sprog`` (before or after the subcommand: ``samskab --sprog nb udfyld``).

Each group of subcommands lives in its own module with a ``register(subparsers)`` function that
adds its parsers and sets ``func`` (called with the parsed arguments, returns the exit status).
To add a subcommand, write such a module and append its ``register`` to :data:`REGISTRARS`.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from .cases import cli as cases_cli
from .course import student_pack
from .evaluation import cli as evaluation_cli
from .templates import cli as templates_cli
from .templates import folder_cli
from .texts import get_language, language_scope, languages, text

REGISTRARS: tuple[Callable[[Any], None], ...] = (
    templates_cli.register,
    folder_cli.register,
    student_pack.add_command,
    cases_cli.register,
    evaluation_cli.register,
)

# argparse's own English messages, matched so they can be shown in Danish.
_ARGPARSE_MESSAGES = (
    (r"the following arguments are required: (?P<args>.+)", "cli.error_required"),
    (r"argument (?P<arg>\S+): invalid choice: (?P<value>.+?) \(choose from (?P<choices>.+)\)",
     "cli.error_choice"),
    (r"unrecognized arguments: (?P<args>.+)", "cli.error_unrecognized"),
    (r"argument (?P<arg>\S+): expected one argument", "cli.error_expected_one"),
    (r"argument (?P<arg>\S+): not allowed with argument (?P<other>\S+)", "cli.error_not_allowed"),
)


LANGUAGE_OPTION = "--sprog"


class DanishHelpFormatter(argparse.HelpFormatter):
    """Help with the Danish word for "usage"."""

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        if prefix is None:
            prefix = text("cli.usage") + " "
        super().add_usage(usage, actions, groups, prefix)


class DanishArgumentParser(argparse.ArgumentParser):
    """An argument parser whose help and error messages are Danish; subparsers inherit it."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", DanishHelpFormatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = text("cli.positionals_title")
        self._optionals.title = text("cli.optionals_title")
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                          help=text("cli.help_help"))
        # read before the parser is built (see main); declared here so every help shows it
        self.add_argument(LANGUAGE_OPTION, metavar="|".join(languages()), default=argparse.SUPPRESS,
                          help=text("cli.language_help", default=get_language()))

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: {text('cli.error')}: {_danish(message)}\n")


def _danish(message: str) -> str:
    for pattern, key in _ARGPARSE_MESSAGES:
        match = re.fullmatch(pattern, message)
        if match:
            return text(key, **match.groupdict())
    return message


def build_parser() -> argparse.ArgumentParser:
    parser = DanishArgumentParser(prog="samskab", description=text("cli.description"))
    subparsers = parser.add_subparsers(dest="command", title=text("cli.commands_title"),
                                       metavar="KOMMANDO")
    for register in REGISTRARS:
        register(subparsers)
    return parser


def chosen_language(argv: Sequence[str] | None) -> str:
    """The language given with ``--sprog`` anywhere in *argv* (when none is given, the
    library's language: ``SAMSKAB_SPROG``, else Danish).

    An unknown language ends the command with a Danish message naming the option and the
    languages there are (status 2, as argparse's own errors).
    """
    early = _LanguageOnly(prog="samskab", add_help=False, allow_abbrev=False)
    early.add_argument(LANGUAGE_OPTION, dest="language", default=get_language())
    try:
        language = early.parse_known_args(argv)[0].language
    except argparse.ArgumentError:  # "--sprog" without a value: the full parser says so
        return get_language()
    if language not in languages():
        DanishArgumentParser(prog="samskab").error(text(
            "cli.error_language", option=LANGUAGE_OPTION, value=language,
            known=", ".join(languages())))
    return language


class _LanguageOnly(argparse.ArgumentParser):
    """Reads only ``--sprog``; leaves every other problem to the full parser."""

    def error(self, message: str) -> NoReturn:
        raise argparse.ArgumentError(None, message)


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``samskab`` with *argv* in the language it asks for; return the exit status.

    The library's language is set back afterwards, so a caller's setting is kept.
    """
    with language_scope(chosen_language(argv)):
        parser = build_parser()
        args = parser.parse_args(argv)
        if args.command is None:
            parser.print_help()
            return 0
        return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
