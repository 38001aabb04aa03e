"""Benchmark (not a test): build each tiny directive site of ``tests/roots/`` and time it.

Run with ``.venv/bin/python benchmarks/tiny_sites.py [NAME ...]`` from the project root; prints
per site and language the wall time and this process's CPU time (the machine may be shared, so
CPU time is the steadier figure), after importing the extension once. The sites are built by
``tests/tiny_sites.py`` as the tests build them, each in a fresh temporary folder.
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The sites the tests also build in bokmål.
NORWEGIAN = {"metode", "tabel", "figur", "skabelon", "formularer"}


def main(names: list[str]) -> None:
    sys.path[:0] = [str(ROOT / "book" / "_ext"), str(ROOT / "tests")]
    start = time.process_time()
    from tiny_sites import ROOTS, build_site

    import samskab_book  # noqa: F401 - imported once, as the test session does

    print(f"{'import':28} cpu {time.process_time() - start:5.2f} s")
    total_wall = total_cpu = 0.0
    with tempfile.TemporaryDirectory() as folder:
        for name in names or sorted(p.name.removeprefix("test-") for p in ROOTS.iterdir()):
            for language in ("da", "nb") if name in NORWEGIAN else ("da",):
                wall, cpu = time.perf_counter(), time.process_time()
                build_site(name, Path(folder) / f"{name}-{language}", language)
                wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
                total_wall, total_cpu = total_wall + wall, total_cpu + cpu
                print(f"{name + ' (' + language + ')':28} wall {wall:5.2f} s   cpu {cpu:5.2f} s")
    print(f"{'all builds':28} wall {total_wall:5.2f} s   cpu {total_cpu:5.2f} s")


if __name__ == "__main__":
    main(sys.argv[1:])
