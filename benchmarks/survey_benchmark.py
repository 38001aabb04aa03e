"""How long likert_summary takes for a synthetic survey of 1,000,000 answers.

100,000 respondents × 10 questions on the five-point scale. Not a test: it prints seconds.
Run: ``.venv/bin/python benchmarks/survey_benchmark.py``.
"""
from __future__ import annotations

import time

import numpy as np

from samskab_lib.evaluation.survey import likert_summary

RESPONDENTS = 100_000
QUESTIONS = 10


def main() -> None:
    rng = np.random.default_rng(1)
    answers = {f"Spørgsmål {q + 1}": rng.integers(1, 6, size=RESPONDENTS)
               for q in range(QUESTIONS)}
    as_lists = {question: values.tolist() for question, values in answers.items()}
    for label, data in (("numpy arrays", answers), ("Python lists", as_lists)):
        best = min(_timed(data) for _ in range(5))
        print(f"{RESPONDENTS * QUESTIONS:,} answers as {label}: {best:.3f} s (best of 5)")


def _timed(data: dict) -> float:
    start = time.perf_counter()
    likert_summary(data)
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
