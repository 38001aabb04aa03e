"""How long reading and reporting a 100,000-row survey export takes (issue 28).

Writes fictional exports of 100,000 respondents (1,000 from ``scripts/make_survey_examples.py``
with its fixed seed, repeated) as a SurveyXact-shaped CSV (semicolon, Windows-1252) and a
Microsoft Forms-shaped .xlsx, then times reading each (:func:`read_answers`), the figures
(:func:`survey_results`) and the report's files (Word, Markdown, charts). Not a test: it prints seconds.
Run: ``.venv/bin/python benchmarks/survey_export_benchmark.py``.
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from make_survey_examples import example_rows, microsoft_forms, surveyxact  # noqa: E402

from samskab_lib.evaluation.export_answers import read_answers  # noqa: E402
from samskab_lib.evaluation.survey_report import report_files  # noqa: E402
from samskab_lib.evaluation.survey_results import survey_results  # noqa: E402

ROWS = 100_000
POPULATION = {"Under 30 år": 1240, "30–49 år": 1510, "50–64 år": 980, "65 år og derover": 870}


def _timed(label: str, work):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = work()
    print(f"{label}: {time.perf_counter() - start:.2f} s")
    return result


def main() -> None:
    block = example_rows(1000)  # 1,000 fictional respondents, repeated: the reading is timed
    rows = [dict(row, nummer=n + 1) for n, row in enumerate(block * (ROWS // len(block)))]
    with tempfile.TemporaryDirectory() as folder:
        for name, write in (("surveyxact.csv", surveyxact), ("microsoft-forms.xlsx", microsoft_forms)):
            path = Path(folder) / name
            path.write_bytes(_timed(f"{name} written", lambda write=write: write(rows)))
            answers = _timed(f"{name} read ({path.stat().st_size / 1e6:.1f} MB)",
                             lambda path=path: read_answers(path))
            results = _timed("  figures", lambda answers=answers: survey_results(
                answers, ROWS * 2, POPULATION))
            files = _timed("  report (Word, Markdown, 2 charts)",
                           lambda results=results: report_files(results))
            print(f"  {answers.respondents:,} answers, {len(answers.problems)} unreadable cells, "
                  f"Word file {len(files['evalueringsrapport.docx']) / 1e3:.0f} kB")


if __name__ == "__main__":
    main()
