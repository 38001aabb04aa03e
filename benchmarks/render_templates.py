"""Benchmark (not a test): render 1,000 filled plans for the collaboration to Word and to HTML.

Run with ``.venv/bin/python benchmarks/render_templates.py [COUNT]``; prints plans per second.
Each plan is the Hjørring example with its project name numbered, validated once up front, so
the figures measure rendering only.
"""
from __future__ import annotations

import sys
import time

from samskab_lib import load_example, to_docx, to_html, validate


def main(count: int = 1000) -> None:
    example = load_example("samarbejdsplan")
    plans = [validate("samarbejdsplan", {**example.values, "projekt": f"Plan {n}"})
             for n in range(count)]
    for name, render in (("Word (.docx)", to_docx), ("HTML", to_html)):
        start = time.perf_counter()
        size = sum(len(render(plan)) for plan in plans)
        seconds = time.perf_counter() - start
        print(f"{name:13} {count} plans in {seconds:6.2f} s = {count / seconds:8.1f} plans/s "
              f"({size / count / 1024:.1f} KiB each)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
