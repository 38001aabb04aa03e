"""What the print edition (the book's PDF, printed worksheets) adds to a cold `make book`.

Run by hand from the project root with the project's .venv:

    .venv/bin/python benchmarks/print_edition.py [--before REV] [--repeat N]

Builds REV (the project without the print edition) and the work tree cold, each in its own
temporary copy (no _build, no execution cache), in turn so both meet the same machine load, and
prints each build's seconds, the medians and their ratio. The goal: the print edition adds at
most 30 % (ratio ≤ 1.3). The PDF step's own seconds are read from the build's log line.
"""
from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from performance import BIN, copy_state

GOAL = 1.3


def cold_build(project: Path) -> tuple[float, float | None]:
    """Seconds of a cold `make book` step in *project*, and of its PDF step if it has one."""
    env = {**os.environ, "PYTHONPATH": f"{project}{os.pathsep}{project / 'book' / '_ext'}"}
    start = time.perf_counter()
    result = subprocess.run([str(BIN / "python"), "scripts/build_book.py"], cwd=project, env=env,
                            check=True, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    pdf = re.search(r"samskabelse-i-praksis\.pdf \((\d+) s\)", result.stdout + result.stderr)
    return seconds, float(pdf.group(1)) if pdf else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", required=True, help="git revision without the print edition")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    times: dict[str, list[float]] = {"before": [], "after": []}
    with tempfile.TemporaryDirectory() as scratch:
        for round_number in range(args.repeat):
            for label, state in (("before", args.before), ("after", "worktree")):
                project = copy_state(state, Path(scratch) / f"{label}-{round_number}")
                seconds, pdf = cold_build(project)
                times[label].append(seconds)
                extra = f", of which the PDF {pdf:.0f} s" if pdf is not None else ""
                print(f"{label}: cold make book {seconds:.0f} s{extra}", flush=True)
    before, after = (statistics.median(times[k]) for k in ("before", "after"))
    ratio = after / before
    print(f"median before {before:.0f} s, after {after:.0f} s, ratio {ratio:.2f} "
          f"(goal ≤ {GOAL}: {'met' if ratio <= GOAL else 'NOT met'})")


if __name__ == "__main__":
    main()
