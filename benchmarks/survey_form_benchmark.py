"""How long step 5's page takes to read a 100,000-row survey export in the browser and make the
report with its charts (issue 28): the same fictional SurveyXact-shaped CSV as
``survey_export_benchmark.py``, read by the page's form in Chromium from the built site.

Times choosing the file until the report (tables and charts) shows, and the Word and Markdown
downloads. Not a test: it prints seconds. Needs ``make book`` first.
Run: ``.venv/bin/python benchmarks/survey_form_benchmark.py``.
"""
from __future__ import annotations

import functools
import http.server
import sys
import tempfile
import threading
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from make_survey_examples import example_rows, surveyxact  # noqa: E402

ROWS = 100_000
PAGE = "book/trin/evaluer-svar.html"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib name
        pass


def main() -> None:
    block = example_rows(1000)
    rows = [dict(row, nummer=n + 1) for n, row in enumerate(block * (ROWS // len(block)))]
    handler = functools.partial(_Quiet, directory=str(ROOT / "_build" / "html"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        path = Path(folder) / "surveyxact.csv"
        path.write_bytes(surveyxact(rows))
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium")
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(f"http://127.0.0.1:{server.server_port}/{PAGE}", wait_until="networkidle")
        form = page.locator(".samskab-evaluering")
        form.locator("input[data-felt=inviterede]").fill(str(ROWS * 2))
        start = time.perf_counter()
        form.locator("input[data-felt=svarfil]").set_input_files(str(path))
        page.wait_for_selector(".samskab-evaluering .samskab-resultat img", timeout=300_000)
        print(f"{path.name} ({path.stat().st_size / 1e6:.1f} MB) read, report and 2 charts shown: "
              f"{time.perf_counter() - start:.2f} s")
        for kind in ("docx", "md"):
            start = time.perf_counter()
            with page.expect_download() as info:
                form.locator(f"button[data-hent={kind}]").click()
            size = Path(info.value.path()).stat().st_size
            print(f"  {kind} downloaded ({size / 1e3:.0f} kB): {time.perf_counter() - start:.2f} s")
        browser.close()
    server.shutdown()


if __name__ == "__main__":
    main()
