"""Measure the cold build of both editions against the plain Sphinx floor of both (goal ≤ 1.8).

Run by hand from the project root (it uses the project's .venv):

    .venv/bin/python benchmarks/editions.py [--state worktree|REVISION] [--repeat 1] [--json FILE]

The state is copied into a temporary folder twice, so both builds start cold (no _build, no
execution caches, no generated files):

- cold: `scripts/build_book.py`, as `make book` runs it: both editions, strictly, every
  notebook executed once per language;
- floor: plain `sphinx-build` of the same pages in both languages (Danish into ``_floor/html``,
  bokmål from the catalogues into ``_floor/html/nb``), from the configuration Jupyter Book
  generates, without the book's own extension (its directives become errors Sphinx reports and
  goes on) and with notebook execution off.

The medians count; the machine's load average is printed before and after, as the machine may
be shared.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from performance import BIN, copy_state, run  # noqa: E402 - the benchmark beside this one

GOAL = 1.8
# Execution off, and Sphinx's own citation styles instead of the book's Danish ones.
PLAIN = ["-D", "nb_execution_mode=off", "-D", "bibtex_reference_style=author_year",
         "-D", "bibtex_default_style=plain"]
EXTENSION = re.compile(r"""\s*['"]samskab_book(?:\.\w+)?['"],?""")


def floor_configuration(project: Path) -> None:
    """Jupyter Book's configuration as conf.py, with the book's own extension left out."""
    run([str(BIN / "jupyter-book"), "config", "sphinx", "."], project)
    conf = project / "conf.py"
    # Without a repository the theme's launch buttons have nothing to launch (the extension
    # drops them; without it the theme fails on them).
    conf.write_text(EXTENSION.sub("", conf.read_text(encoding="utf-8"))
                    + '\nhtml_theme_options.pop("launch_buttons", None)\n', encoding="utf-8")


def floor_build(project: Path) -> float:
    """Plain Sphinx over both editions' pages, notebooks not executed: seconds."""
    if not (project / "conf.py").is_file():
        floor_configuration(project)
    seconds = 0.0
    for language, site in (("da", "_floor/html"), ("nb", "_floor/html/nb")):
        seconds += run([str(BIN / "sphinx-build"), "-q", "-b", "html", "-D", f"language={language}",
                        *PLAIN, "-d", f"_floor/doctrees-{language}", ".", site], project)
    return seconds


def cold_build(project: Path) -> float:
    """Both editions as `make book` builds them: seconds."""
    return run([str(BIN / "python"), "scripts/build_book.py"], project)


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--state", default="worktree", help="git revision or 'worktree'")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each build; the median counts")
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    args = parser.parse_args()
    before = load()
    floors, colds = [], []
    with tempfile.TemporaryDirectory(prefix="samskab-editions-") as tmp:
        for number in range(args.repeat):
            floors.append(floor_build(copy_state(args.state, Path(tmp) / f"floor{number}")))
            colds.append(cold_build(copy_state(args.state, Path(tmp) / f"book{number}")))
    ratio = statistics.median(colds) / statistics.median(floors)
    report = {"cores": os.cpu_count(), "load before": before, "load after": load(),
              "floor, both editions s": round(statistics.median(floors), 1),
              "cold make book, both editions s": round(statistics.median(colds), 1),
              "cold / floor": round(ratio, 2), "goal": f"≤ {GOAL}", "met": ratio <= GOAL,
              "runs s": {"floor": floors, "cold": colds}}
    for name, value in report.items():
        print(f"{name}: {value}")
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
