"""The evaluation subcommands of ``samskab``: ``evaluering`` (a report from a survey export)
and ``spoergeskema`` (the blank participant questionnaire).

Messages are Danish and never a traceback; no file is overwritten without ``--force``.
"""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import yaml

from ..errors import InputError
from ..templates.cli import report, write_new
from ..texts import text
from .export_answers import read_answers
from .questionnaire import blank_docx, load_questionnaire, paste_list
from .survey_report import report_files
from .survey_results import read_population, survey_results


def register(subparsers: Any) -> None:
    """Add ``evaluering`` and ``spoergeskema`` to the ``samskab`` parser."""
    report = subparsers.add_parser("evaluering", help=text("survey_cli.help"),
                                   description=text("survey_cli.description"))
    report.add_argument("file", metavar="SVARFIL", help=text("survey_cli.file"))
    report.add_argument("--befolkning", metavar="FIL", help=text("survey_cli.population"))
    report.add_argument("--inviterede", metavar="ANTAL", type=int,
                        help=text("survey_cli.invited"))
    report.add_argument("--oversaettelse", metavar="FIL", help=text("survey_cli.mapping"))
    report.add_argument("--outdir", metavar="MAPPE", help=text("survey_cli.outdir"))
    report.add_argument("--force", action="store_true", help=text("template_cli.force_help"))
    report.set_defaults(func=report_command)

    blank = subparsers.add_parser("spoergeskema", help=text("survey_cli.blank_help"),
                                  description=text("survey_cli.blank_description"))
    blank.add_argument("--outdir", metavar="MAPPE", default=".", help=text("survey_cli.outdir"))
    blank.add_argument("--force", action="store_true", help=text("template_cli.force_help"))
    blank.set_defaults(func=blank_command)


def report_command(args: argparse.Namespace) -> int:
    source = Path(args.file)
    try:
        invited, population = _population(args.befolkning)
        answers = read_answers(source, mapping=args.oversaettelse)
        results = survey_results(answers, invited if args.inviterede is None else args.inviterede,
                                 population)
        files = report_files(results, f"{source.stem}-rapport")
    except InputError as error:
        report(error.problems)
        return 1
    print(text("survey_cli.read", file=source.name, answers=results.respondents,
               problems=len(answers.problems)))
    for problem in answers.problems[:10]:
        print(f"- {problem}")
    folder = Path(args.outdir) if args.outdir else source.parent
    return _write_all(folder, files, args.force)


def blank_command(args: argparse.Namespace) -> int:
    questionnaire = load_questionnaire()
    files = {f"{questionnaire.id}.docx": blank_docx(questionnaire),
             f"{questionnaire.id}-spoergsmaal.txt": paste_list(questionnaire).encode("utf-8")}
    return _write_all(Path(args.outdir), files, args.force)


def _write_all(folder: Path, files: dict[str, bytes], force: bool) -> int:
    failed = 0
    for name, content in files.items():
        problem = write_new(folder / name, content, force)
        if problem:
            failed += 1
            report([problem])
        else:
            print(text("template_cli.written", file=folder / name))
    return 1 if failed else 0


def _population(name: str | None) -> tuple[int | None, dict[str, int] | None]:
    """``inviterede`` and ``befolkning`` from the population file *name* (YAML)."""
    if name is None:
        return None, None
    path = Path(name)
    if not path.is_file():
        raise InputError(text("exports.file.missing", file=path))
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        raise InputError(text("evaluation.errors.population_file", file=path.name)) from error
    return read_population(raw, path.name)
