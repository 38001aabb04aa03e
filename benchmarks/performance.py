"""Measure what readers, learners and authors wait for, beside its goal, before and after a change.

Run by hand from the project root (it uses the project's .venv; the book need not be built):

    .venv/bin/python benchmarks/performance.py [--before main] [--after HEAD] [--repeat 3]
                                              [--skip-venv] [--json FILE] [--tests]
    .venv/bin/python benchmarks/performance.py --site before=DIR --site after=_build/html

Each state (a git revision, or ``worktree`` for the files as they are now) is copied into a
temporary folder, so every build starts cold (no _build, no execution cache) and the work tree
is left alone. Builds of both states and of their floors are run in turn, so they meet the same
machine load; the medians count and the goals are ratios, because the machine is shared and noisy:

- cold `make book` (both editions, every notebook executed) against its floor, a plain
  `sphinx-build` of the same sources in both languages with execution off;
- a no-change `make book` against a no-change plain `sphinx-build` of the same sources, and
  the Sphinx step of the build alone (what a no-change `make book` skips since
  ``scripts/build_book.py``);
- `make book` after one chapter was saved against the floor's rebuild after the same edit;
- bytes Chromium transfers (raw, as it counts them): first visit to the front page, a chapter
  and a notebook page after it, the same for the bokmål edition, and whether charts are inline
  base64 or the search index loads on the front page (``--site`` measures only these, of sites
  already built);
- notebook execution times (as `{nb-exec-table}` shows them), and optionally a fresh install of
  requirements.txt (a proxy for building a Binder image);
- with ``--tests``, `make test` of a fresh copy in its phases (lint, types, and the pytest run cut
  by marker, so the groups add up to the whole suite once): seconds, tests per phase, and the
  slowest test files (the goal: the whole run within 12 minutes on two cores, no test lost).
"""
from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import io
import json
import os
import pickle
import re
import statistics
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
import xml.etree.ElementTree as ElementTree
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = ROOT / ".venv" / "bin"
STRICT = ["--warningiserror", "--nitpick", "--keep-going"]
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
FRONT_PAGE = "book/intro.html"
CHAPTER_PAGE = "book/trin/afklar.html"


@dataclass(frozen=True)
class Goal:
    """A figure's goal: a limit and whether the figure must stay at or under it."""

    text: str
    met: Callable[[float], bool]


GOALS = {
    "cold make book / floor": Goal("≤ 1.5", lambda x: x <= 1.5),
    "no-change make book / no-change sphinx-build": Goal("≤ 1.5", lambda x: x <= 1.5),
    "no-change make book s": Goal("< 1", lambda x: x < 1),
    "one page changed: make book / floor": Goal("≤ 1.3", lambda x: x <= 1.3),
    "first visit: front page KB": Goal("≤ 300", lambda x: x <= 300),
    "chapter (afklar) after front page KB": Goal("≤ 60", lambda x: x <= 60),
    "nb: first visit: front page KB": Goal("≤ 300", lambda x: x <= 300),
    "nb: chapter (afklar) after front page KB": Goal("≤ 60", lambda x: x <= 60),
    "second page (notebook) after front page KB": Goal("≤ 100", lambda x: x <= 100),
    "inline base64 images on notebook pages": Goal("0", lambda x: x == 0),
    "search index loaded by the front page": Goal("0 (no)", lambda x: x == 0),
}


def run(command: list[str], cwd: Path, check: bool = True) -> float:
    """Run a command, fail loudly (unless *check* is off), return its wall-clock seconds."""
    # The copy's own samskab_lib comes first on the path, before the editable install's; the
    # book's extension is found in book/_ext (the generated conf.py for the floor does not add it).
    env = {**os.environ, "PYTHONPATH": f"{cwd}{os.pathsep}{cwd / 'book' / '_ext'}"}
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, env=env, check=check, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def copy_state(state: str, target: Path) -> Path:
    """The project's files at a git revision, or as they are now (``worktree``), in ``target``."""
    target.mkdir(parents=True)
    if state == "worktree":
        files = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=ROOT,
                               check=True, capture_output=True, text=True).stdout.split()
        for name in files:
            if (ROOT / name).is_file():
                (target / name).parent.mkdir(parents=True, exist_ok=True)
                (target / name).write_bytes((ROOT / name).read_bytes())
        return target
    archive = subprocess.run(["git", "archive", state], cwd=ROOT, check=True,
                             capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(target, filter="data")
    return target


def make_book(project: Path) -> float:
    """What `make book` runs once the environment exists."""
    return run([str(BIN / "python"), "scripts/build_book.py"], project)


def sphinx_step(project: Path) -> float:
    """The build's Sphinx step alone, as `make book` runs it."""
    return run([str(BIN / "jupyter-book"), "build", ".", *STRICT], project)


def edit_one_page(project: Path) -> None:
    """Save one chapter as an author would (its text changed by a space at the end)."""
    page = project / "book" / "trin" / "afklar.md"
    page.write_text(page.read_text(encoding="utf-8") + " ", encoding="utf-8")


def one_page_changed(project: Path) -> float:
    """`make book` after an author saved one chapter."""
    edit_one_page(project)
    return make_book(project)


def one_page_changed_floor(floor: Path) -> float:
    """The floor's rebuild after the same edit."""
    edit_one_page(floor)
    return floor_build(floor)


def floor_build(project: Path) -> float:
    """Plain Sphinx over the generated configuration, notebooks not executed, for both editions
    as `make book` builds them (Danish, and bokmål into nb/); run again: no change."""
    if not (project / "conf.py").is_file():
        run([str(BIN / "jupyter-book"), "config", "sphinx", "."], project)
    return sum(run([str(BIN / "sphinx-build"), "-q", "-b", "html", "-D", "nb_execution_mode=off",
                    "-D", f"language={language}", "-d", f"_floor/doctrees-{language}", ".", site],
                   project)
               for language, site in (("da", "_floor/html"), ("nb", "_floor/html/nb")))


def notebook_times(project: Path) -> dict[str, float]:
    """Seconds each notebook took to execute, as recorded by myst-nb in the build environment."""
    sys.path.insert(0, str(project / "book" / "_ext"))  # the pickle holds the extension's objects
    try:
        with open(project / "_build" / ".doctrees" / "environment.pickle", "rb") as handle:
            env = pickle.load(handle)
    finally:
        sys.path.remove(str(project / "book" / "_ext"))
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


class GzipHandler(QuietHandler):
    """Sends text files gzip-compressed, as a web host does (GitHub Pages, nginx's gzip on)."""

    TEXT = (".html", ".css", ".js", ".svg", ".json", ".txt")

    def send_head(self):  # type: ignore[no-untyped-def]
        path = Path(self.translate_path(self.path))
        if path.suffix not in self.TEXT or not path.is_file() \
                or "gzip" not in self.headers.get("Accept-Encoding", ""):
            return super().send_head()
        body = gzip.compress(path.read_bytes())
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Last-Modified", self.date_time_string(int(path.stat().st_mtime)))
        self.end_headers()
        return io.BytesIO(body)


def page_weights(site: Path, compressed: bool = False) -> dict[str, object]:
    """Kilobytes Chromium transfers (empty cache, then the same context) in both editions.

    Danish: the front page, a chapter after it, a notebook page after it and a notebook page on
    a first visit; bokmål (``nb/``): the front page and the chapter after it. Also whether the
    front page loads the search index, and the front page's largest transfers. The server sends
    files as they are, or with *compressed* gzipped as a web host sends text.
    """
    from playwright.sync_api import sync_playwright

    handler = functools.partial(GzipHandler if compressed else QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}/"
    notebook = first_notebook_page(site)
    results: dict[str, object] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)

        def visit(context, page, path: str) -> dict[str, int]:
            """Bytes on the wire per URL for one page load (a cached file counts 0)."""
            sizes: dict[str, int] = {}
            urls: dict[str, str] = {}
            session = context.new_cdp_session(page)
            session.send("Network.enable")
            session.on("Network.requestWillBeSent",
                       lambda e: urls.__setitem__(e["requestId"], e["request"]["url"]))
            session.on("Network.loadingFinished",
                       lambda e: sizes.__setitem__(e["requestId"], int(e["encodedDataLength"])))
            page.goto(base + path, wait_until="networkidle")
            session.detach()
            by_url: Counter[str] = Counter()
            for request, size in sizes.items():
                by_url[urls.get(request, request).removeprefix(base).split("?")[0]] += size
            return dict(by_url)

        def kb(sizes: dict[str, int]) -> int:
            return round(sum(sizes.values()) / 1000)

        for prefix, label in (("", ""), ("nb/", "nb: ")):
            context = browser.new_context()
            page = context.new_page()
            front = visit(context, page, prefix + FRONT_PAGE)
            results[f"{label}first visit: front page KB"] = kb(front)
            results[f"{label}chapter (afklar) after front page KB"] = kb(
                visit(context, page, prefix + CHAPTER_PAGE))
            if not label:
                results["search index loaded by the front page"] = int(
                    any("searchindex.js" in url for url in front))
                results["front page transfers KB"] = {
                    url: round(size / 1000, 1) for url, size in Counter(front).most_common(40)}
                results["second page (notebook) after front page KB"] = kb(
                    visit(context, page, notebook))
            context.close()
        context = browser.new_context()
        results["first visit: notebook page KB"] = kb(visit(context, context.new_page(), notebook))
        context.close()
        browser.close()
    server.shutdown()
    inline = re.compile(rb'src="data:image/(?:png|jpeg|svg\+xml);base64,')
    results["inline base64 images on notebook pages"] = sum(
        len(inline.findall(p.read_bytes())) for p in (site / "book" / "notesboeger").glob("*.html"))
    return results


def fresh_install(project: Path) -> dict[str, float]:
    """Install requirements.txt into a new venv as `make` does: seconds and megabytes on disk.

    A hash-checked lock cannot hold the editable library, so it is installed after it.
    """
    venv = project / "_bench_venv"
    python = str(venv / "bin" / "python")
    seconds = run([sys.executable, "-m", "venv", str(venv)], project)
    seconds += run([python, "-m", "pip", "install", "-q", "-r", "requirements.txt"], project)
    if "--hash=" in (project / "requirements.txt").read_text(encoding="utf-8"):
        seconds += run([python, "-m", "pip", "install", "-q", "--no-deps",
                        "--no-build-isolation", "-e", "."], project)
    size = sum(f.stat().st_size for f in venv.rglob("*") if f.is_file() and not f.is_symlink())
    return {"seconds": round(seconds, 1), "megabytes": round(size / 1e6, 1)}


def measure_weights(states: dict[str, str], tmp: Path) -> dict[str, dict[str, object]]:
    """Only the page weights: one build of each state."""
    report: dict[str, dict[str, object]] = {}
    for label, state in states.items():
        book = copy_state(state, tmp / f"{label}-weights")
        make_book(book)
        report[label] = page_weights(book / "_build" / "html")
    return report


def _timed(runs: dict[str, list[float]], label: str, name: str, seconds: float) -> None:
    """Keep a run's seconds and show it at once (a long benchmark on a shared machine)."""
    runs[label].append(seconds)
    print(f"{label}: {name} {seconds:.1f} s", file=sys.stderr, flush=True)


def measure(states: dict[str, str], repeat: int, tmp: Path,
            weights: bool = True) -> dict[str, dict[str, object]]:
    """Every figure for every state, builds of the states interleaved (page weights unless
    *weights* is off)."""
    report: dict[str, dict[str, object]] = {label: {} for label in states}
    colds: dict[str, list[float]] = {label: [] for label in states}
    floors: dict[str, list[float]] = {label: [] for label in states}
    projects: dict[str, tuple[Path, Path]] = {}
    for number in range(repeat):
        for label, state in states.items():
            floor = copy_state(state, tmp / f"{label}-floor{number}")
            book = copy_state(state, tmp / f"{label}-book{number}")
            _timed(floors, label, "floor", floor_build(floor))
            _timed(colds, label, "cold", make_book(book))
            projects[label] = (book, floor)
    no_change: dict[str, list[float]] = {label: [] for label in states}
    no_change_floor: dict[str, list[float]] = {label: [] for label in states}
    no_change_sphinx: dict[str, list[float]] = {label: [] for label in states}
    one_page: dict[str, list[float]] = {label: [] for label in states}
    one_page_floor: dict[str, list[float]] = {label: [] for label in states}
    for _ in range(repeat):
        for label in states:
            book, floor = projects[label]
            _timed(no_change, label, "no-change", make_book(book))
            _timed(no_change_floor, label, "no-change floor", floor_build(floor))
            _timed(no_change_sphinx, label, "no-change Sphinx step", sphinx_step(book))
            _timed(one_page, label, "one page changed", one_page_changed(book))
            _timed(one_page_floor, label, "one page changed floor", one_page_changed_floor(floor))
    for label in states:
        book, _floor = projects[label]
        figures = report[label]
        figures["floor (plain sphinx-build, execution off) s"] = round(statistics.median(floors[label]), 1)
        figures["cold make book s"] = round(statistics.median(colds[label]), 1)
        figures["cold make book / floor"] = round(statistics.median(colds[label])
                                                  / statistics.median(floors[label]), 2)
        figures["no-change sphinx-build s"] = round(statistics.median(no_change_floor[label]), 2)
        figures["no-change make book s"] = round(statistics.median(no_change[label]), 2)
        figures["no-change make book / no-change sphinx-build"] = round(
            statistics.median(no_change[label]) / statistics.median(no_change_floor[label]), 2)
        figures["no-change jupyter-book build s (Sphinx step alone)"] = round(
            statistics.median(no_change_sphinx[label]), 2)
        figures["one page changed: make book s"] = round(statistics.median(one_page[label]), 2)
        figures["one page changed: floor s"] = round(statistics.median(one_page_floor[label]), 2)
        figures["one page changed: make book / floor"] = round(
            statistics.median(one_page[label]) / statistics.median(one_page_floor[label]), 2)
        figures["runs s"] = "; ".join(
            f"{name} " + "/".join(f"{x:.1f}" for x in runs)
            for name, runs in (("floor", floors[label]), ("cold", colds[label]),
                               ("no-change", no_change[label]),
                               ("no-change floor", no_change_floor[label]),
                               ("no-change Sphinx step", no_change_sphinx[label]),
                               ("one page changed", one_page[label]),
                               ("one page changed floor", one_page_floor[label])))
        if weights:
            figures.update(page_weights(book / "_build" / "html"))
        figures["notebook execution s"] = notebook_times(book)
    return report


# `make test` cut into phases that together run each test once: a test is in the first group
# whose marker expression it matches (markers in pyproject.toml, set by tests/conftest.py).
TEST_PHASES = {
    "lint (ruff)": ["ruff", "check", "."],
    "types (mypy)": ["mypy"],
    "pytest: make check (no site, kernel, browser or network)":
        ["-m", "not site and not notebook and not browser and not slow"],
    "pytest: notebook": ["-m", "notebook and not slow"],
    "pytest: site (no browser)": ["-m", "site and not browser and not notebook and not slow"],
    "pytest: browser": ["-m", "browser and not slow"],
    "pytest: slow (fresh environments)": ["-m", "slow"],
}


def junit_counts(report: Path) -> tuple[int, Counter[str]]:
    """Tests in a JUnit XML report and the seconds spent per test file."""
    cases = ElementTree.parse(report).getroot().iter("testcase")
    seconds: Counter[str] = Counter()
    count = 0
    for case in cases:
        count += 1
        module = case.get("classname", "").split(".")
        name = "/".join(part for part in module if not part[:1].isupper()) + ".py"
        seconds[name] += float(case.get("time", 0))
    return count, seconds


def test_suite_times(project: Path) -> dict[str, object]:
    """`make test` of *project* (its book built first, cold), phase by phase.

    Needs Chromium for the browser phase and the package index for the slow one, as `make test`.
    """
    figures: dict[str, object] = {"cold make book s": round(make_book(project), 1)}
    files: Counter[str] = Counter()
    total_seconds = 0.0
    total_tests = 0
    for phase, arguments in TEST_PHASES.items():
        if arguments[0].startswith("-"):
            report = project / "_bench_junit.xml"
            seconds = run([str(BIN / "python"), "-m", "pytest", "tests", "-q", "-p",
                           "no:cacheprovider", f"--junitxml={report}", *arguments], project,
                          check=False)
            count, per_file = junit_counts(report)
            files.update(per_file)
            total_tests += count
            figures[f"{phase} s (tests)"] = f"{seconds:.0f} ({count})"
        else:
            seconds = run([str(BIN / arguments[0]), *arguments[1:]], project)
            figures[f"{phase} s"] = round(seconds)
        total_seconds += seconds
    figures["make test after the build min"] = round(total_seconds / 60, 1)
    figures["tests"] = total_tests
    figures["slowest test files s"] = {name: round(s) for name, s in files.most_common(12)}
    return figures


def print_table(report: dict[str, dict[str, object]]) -> None:
    """One line per figure: goal, each state's value, and whether the last state meets the goal."""
    labels = list(report)
    judged = [label for label in labels if not label.endswith(" gzip")][-1]  # goals: as stored
    names = [n for n in report[labels[-1]]
             if not isinstance(report[labels[-1]][n], dict) and n != "runs s"]
    width = max(len(n) for n in names)
    print(f"{'figure':<{width}}  {'goal':<28}" + "".join(f"{label:>14}" for label in labels) + "  met")
    for name in names:
        goal = GOALS.get(name)
        values = [report[label].get(name, "–") for label in labels]
        judged_value = report[judged].get(name, "–")
        met = "" if goal is None or judged_value == "–" else (
            "yes" if goal.met(float(judged_value)) else "NO")
        print(f"{name:<{width}}  {goal.text if goal else '':<28}"
              + "".join(f"{str(v):>14}" for v in values) + f"  {met}")
    for label in labels:
        if "runs s" in report[label]:
            print(f"runs ({label}): {report[label]['runs s']}")
        for name, value in report[label].items():
            if isinstance(value, dict):
                print(f"{name} ({label}): " + ", ".join(f"{k} {v}" for k, v in value.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", help="git revision to compare with (e.g. main)")
    parser.add_argument("--after", default="worktree",
                        help="git revision or 'worktree' (default: the files as they are now)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each build; the median counts")
    parser.add_argument("--skip-venv", action="store_true", help="skip the fresh-install measurement")
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    parser.add_argument("--builds-only", action="store_true",
                        help="only the build figures (no page weights, no fresh install)")
    parser.add_argument("--weights-only", action="store_true",
                        help="build each state once and measure only the bytes transferred")
    parser.add_argument("--site", action="append", default=[], metavar="LABEL=DIR",
                        help="measure only the page weights of a site already built (repeatable)")
    parser.add_argument("--tests", action="store_true",
                        help="only `make test` of each state, cold, in phases (tens of minutes)")
    args = parser.parse_args()
    if args.site:
        sites = dict(item.split("=", 1) for item in args.site)
        report = {label: page_weights(Path(folder)) for label, folder in sites.items()}
        report.update({f"{label} gzip": page_weights(Path(folder), compressed=True)
                       for label, folder in sites.items()})
        print_table(report)
        if args.json:
            args.json.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
        return
    states = {"before": args.before, "after": args.after} if args.before else {"after": args.after}
    with tempfile.TemporaryDirectory(prefix="samskab-bench-") as tmp:
        if args.tests:
            report = {label: test_suite_times(copy_state(state, Path(tmp) / f"{label}-tests"))
                      for label, state in states.items()}
        elif args.weights_only:
            report = measure_weights(states, Path(tmp))
        else:
            report = measure(states, args.repeat, Path(tmp), weights=not args.builds_only)
        if not (args.skip_venv or args.weights_only or args.tests or args.builds_only):
            report[list(states)[-1]]["fresh install of requirements.txt"] = fresh_install(
                copy_state(args.after, Path(tmp) / "install"))
    print(f"cores: {os.cpu_count()}; states: " + ", ".join(f"{k} = {v}" for k, v in states.items()))
    print_table(report)
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
