"""Benchmark (not a test): build each tiny directive site of ``tests/roots/`` and time it.

Run with ``.venv/bin/python benchmarks/tiny_sites.py [NAME ...]`` from the project root; prints
per site and language the wall time and this process's CPU time (the machine may be shared, so
CPU time is the steadier figure), after importing the extension once. The sites are built as
``tests/directives/conftest.py`` builds them, each in a fresh temporary folder.
"""
from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROOTS = ROOT / "tests" / "roots"
# The sites the tests also build in bokmål.
NORWEGIAN = {"metode", "tabel", "figur", "skabelon", "formularer"}


def build(name: str, language: str, folder: Path) -> tuple[float, float]:
    """Build site *name* in *language* under *folder*; return (wall, CPU) seconds."""
    from sphinx.testing.util import SphinxTestApp

    srcdir = folder / f"{name}-{language}"
    shutil.copytree(ROOTS / f"test-{name}", srcdir)
    wall, cpu = time.perf_counter(), time.process_time()
    app = SphinxTestApp("html", srcdir=srcdir, confoverrides={"language": language})
    try:
        app.build()
    finally:
        app.cleanup()
    return time.perf_counter() - wall, time.process_time() - cpu


def main(names: list[str]) -> None:
    sys.path[:0] = [str(ROOT / "book" / "_ext")]
    start = time.process_time()
    import samskab_book  # noqa: F401 - imported once, as the test session does

    print(f"{'import':28} cpu {time.process_time() - start:5.2f} s")
    total_wall = total_cpu = 0.0
    with tempfile.TemporaryDirectory() as folder:
        for name in names or sorted(p.name.removeprefix("test-") for p in ROOTS.iterdir()):
            for language in ("da", "nb") if name in NORWEGIAN else ("da",):
                wall, cpu = build(name, language, Path(folder))
                total_wall, total_cpu = total_wall + wall, total_cpu + cpu
                print(f"{name + ' (' + language + ')':28} wall {wall:5.2f} s   cpu {cpu:5.2f} s")
    print(f"{'all builds':28} wall {total_wall:5.2f} s   cpu {total_cpu:5.2f} s")


if __name__ == "__main__":
    main(sys.argv[1:])
