"""Measure what readers, learners and authors wait for, side by side with its floor.

Run by hand from the project root after `make book` (it uses the project's .venv):

    .venv/bin/python benchmarks/performance.py [--skip-venv] [--json FILE]

It copies the committed files into a temporary folder (a cold start: no _build, no execution
cache) and measures there, so the work tree is left alone:

- cold strict build (what `make book` runs, every notebook executed) and its floor: the same
  sources built by plain `sphinx-build` from the generated configuration with execution off
  (each run ``--repeat`` times, alternating, and the medians compared: this machine is noisy);
- a no-change rebuild, and a rebuild after touching one chapter;
- execution time of each notebook (from the build environment, as `{nb-exec-table}` shows it);
- bytes a browser transfers (Debian's Chromium): first visit to the front page, first visit to a
  notebook page, and a second page after the front page;
- time and disk size of installing requirements.txt into a fresh virtual environment
  (a proxy for building a Binder image; pip's download cache is warm on a developer machine).
"""
from __future__ import annotations

import argparse
import functools
import http.server
import json
import os
import pickle
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = ROOT / ".venv" / "bin"
STRICT = ["--warningiserror", "--nitpick", "--keep-going"]
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def run(command: list[str], cwd: Path) -> float:
    """Run a command, fail loudly, return its wall-clock seconds."""
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def copy_committed(target: Path) -> Path:
    """Copy the files git tracks (plus uncommitted edits to them) into ``target``."""
    files = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=ROOT, check=True,
                           capture_output=True, text=True).stdout.split()
    for name in files:
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


def make_book(project: Path) -> float:
    """What `make book` runs once the environment exists."""
    return (run([str(BIN / "python"), "scripts/stale_notebooks.py"], project)
            + run([str(BIN / "python"), "scripts/execute_notebooks.py", "--background"], project)
            + run([str(BIN / "jupyter-book"), "build", ".", *STRICT], project))


def floor_build(project: Path) -> float:
    """Plain Sphinx over the generated configuration, notebooks not executed."""
    run([str(BIN / "jupyter-book"), "config", "sphinx", "."], project)
    seconds = run([str(BIN / "sphinx-build"), "-q", "-b", "html", "-D", "nb_execution_mode=off",
                   ".", "_floor/html"], project)
    (project / "conf.py").unlink()
    return seconds


def notebook_times(project: Path) -> dict[str, float]:
    """Seconds each notebook took to execute, as recorded by myst-nb in the build environment."""
    with open(project / "_build" / ".doctrees" / "environment.pickle", "rb") as handle:
        env = pickle.load(handle)
    return {doc: round(data["exec_data"]["runtime"], 2)
            for doc, data in sorted(getattr(env, "nb_metadata", {}).items())
            if data.get("exec_data") and data["exec_data"].get("runtime") is not None}


def first_notebook_page(site: Path) -> str:
    """A page built from a notebook (the first in book/notesboeger)."""
    pages = sorted((site / "book" / "notesboeger").glob("*.html"))
    return pages[0].relative_to(site).as_posix()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib name
        pass


def transferred_bytes(site: Path) -> dict[str, int]:
    """Bytes Chromium takes over the network for first and second page visits."""
    from playwright.sync_api import sync_playwright

    handler = functools.partial(QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}/"
    results: dict[str, int] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)

        def visit(context, page, path: str) -> int:
            total = 0

            def finished(event: dict) -> None:
                nonlocal total
                total += int(event["encodedDataLength"])

            session = context.new_cdp_session(page)
            session.send("Network.enable")
            session.on("Network.loadingFinished", finished)
            page.goto(base + path, wait_until="networkidle")
            session.detach()
            return total

        for label, path in (("first visit: front page", "book/intro.html"),
                            ("first visit: notebook page", first_notebook_page(site))):
            context = browser.new_context()
            results[label] = visit(context, context.new_page(), path)
            context.close()
        context = browser.new_context()
        page = context.new_page()
        visit(context, page, "book/intro.html")
        results["second page after front page"] = visit(context, page, first_notebook_page(site))
        context.close()
        browser.close()
    server.shutdown()
    return results


def fresh_install(project: Path) -> dict[str, float]:
    """Install requirements.txt into a new venv: seconds and megabytes on disk."""
    venv = project / "_bench_venv"
    seconds = run([sys.executable, "-m", "venv", str(venv)], project)
    seconds += run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q", "-r",
                    "requirements.txt"], project)
    size = sum(f.stat().st_size for f in venv.rglob("*") if f.is_file() and not f.is_symlink())
    return {"seconds": round(seconds, 1), "megabytes": round(size / 1e6, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-venv", action="store_true", help="skip the fresh-install measurement")
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    parser.add_argument("--repeat", type=int, default=3,
                        help="cold and floor builds are each run this often; the median counts")
    args = parser.parse_args()
    report: dict[str, object] = {"cores": os.cpu_count()}
    with tempfile.TemporaryDirectory(prefix="samskab-bench-") as tmp:
        floors, colds = [], []
        for run_number in range(args.repeat):
            # Alternate floor and cold builds, so both meet the same machine load.
            floors.append(floor_build(copy_committed(Path(tmp) / f"floor{run_number}")))
            project = copy_committed(Path(tmp) / f"book{run_number}")
            colds.append(make_book(project))
        floor, cold = statistics.median(floors), statistics.median(colds)
        report["floor build (plain sphinx, no execution) s"] = round(floor, 1)
        report["cold strict build s"] = round(cold, 1)
        report["cold / floor"] = round(cold / floor, 2)
        report["runs (floor; cold) s"] = (f"{'/'.join(f'{x:.1f}' for x in floors)}; "
                                          f"{'/'.join(f'{x:.1f}' for x in colds)}")
        report["no-change rebuild s"] = round(make_book(project), 1)
        chapter = project / "book" / "intro.md"
        chapter.write_text(chapter.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        report["rebuild after touching one chapter s"] = round(make_book(project), 1)
        report["notebook execution s"] = notebook_times(project)
        report["bytes transferred"] = transferred_bytes(project / "_build" / "html")
        if not args.skip_venv:
            report["fresh install of requirements.txt"] = fresh_install(project)
    width = max(len(k) for k in report)
    for key, value in report.items():
        if isinstance(value, dict):
            print(key)
            for sub, number in value.items():
                print(f"  {sub:<{width}} {number:>12,}" if isinstance(number, int)
                      else f"  {sub:<{width}} {number:>12}")
        else:
            print(f"{key:<{width + 2}} {value:>12}")
    print(json.dumps(report, ensure_ascii=False, indent=2))
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
