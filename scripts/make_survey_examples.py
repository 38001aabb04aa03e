"""Write the fictional example exports in cases/evaluering-eksempel/ (fixed seed: same files).

One fictional process (a neighbourhood renewal in a made-up town) answered by 62 of 180
invited participants, exported in the shapes three survey tools write:

- ``surveyxact.csv``: semicolon, Windows-1252, answers as text, dates ``02-03-2026 10:15``;
- ``microsoft-forms.xlsx``: Id, start and completion time as Excel dates, then the questions;
- ``google-forms.csv``: comma, UTF-8, ``Tidsstempel``, scale questions as a grid
  (``Hvor enig er du? [statement]``).

The same respondents are written once per language the example has (a folder
``cases/evaluering-eksempel/<language>/`` with its own ``fritekst.yml``, bokmål in ``nb/``):
the questions, answer words and free text in that language, every choice the same.

Run: ``.venv/bin/python scripts/make_survey_examples.py``. :func:`example_rows` also feeds the
benchmark (100,000 rows) and the tests.
"""
from __future__ import annotations

import csv
import io
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from samskab_lib.evaluation.questionnaire import answer_scale, load_questionnaire  # noqa: E402
from samskab_lib.evaluation.survey_results import example_folder  # noqa: E402
from samskab_lib.resources import load_yaml  # noqa: E402
from samskab_lib.texts import DEFAULT_LANGUAGE, language_scope, languages  # noqa: E402
from samskab_lib.word.basics import reproducible  # noqa: E402

FOLDER = ROOT / "cases" / "evaluering-eksempel"
SEED = 2026
RESPONDENTS = 62
GRID = "Hvor enig er du i udsagnene? [{statement}]"
START = datetime(2026, 3, 2, 9, 0)
# How likely each answer is, from "Helt enig" to "Helt uenig", then "Ved ikke", per question.
LEANING = {
    "opgave": (0.30, 0.40, 0.15, 0.08, 0.02, 0.05),
    "information": (0.25, 0.40, 0.20, 0.10, 0.03, 0.02),
    "tid": (0.15, 0.30, 0.25, 0.20, 0.08, 0.02),
    "hoert": (0.35, 0.40, 0.12, 0.08, 0.03, 0.02),
    "fair": (0.40, 0.38, 0.12, 0.05, 0.02, 0.03),
    "repraesentativ": (0.08, 0.22, 0.30, 0.22, 0.08, 0.10),
    "tilbagemelding": (0.12, 0.25, 0.18, 0.20, 0.10, 0.15),
    "igen": (0.38, 0.35, 0.15, 0.05, 0.04, 0.03),
}
# Ages lean old, as they often do at evening meetings; few under 30 (a suppressed group).
AGES = (0.06, 0.27, 0.35, 0.32)


def example_rows(count: int, seed: int = SEED) -> list[dict[str, object]]:
    """*count* fictional respondents: question id → answer text (in the library's language),
    plus ``tidspunkt``."""
    rng = np.random.default_rng(seed)
    questionnaire = load_questionnaire()
    scale = answer_scale()
    ages = questionnaire.question("alder").options
    free = load_yaml((example_folder() / "fritekst.yml").read_text(encoding="utf-8"))
    rows = []
    for number in range(count):
        row: dict[str, object] = {
            "tidspunkt": START + timedelta(minutes=int(rng.integers(0, 14 * 24 * 60)))}
        for question_id, weights in LEANING.items():
            skip = rng.random() < 0.03  # a question left unanswered now and then
            row[question_id] = "" if skip else scale[rng.choice(len(scale), p=weights)]
        row["alder"] = ages[rng.choice(len(ages), p=AGES)] if rng.random() > 0.04 else ""
        for question_id in ("bedst", "anderledes"):
            said = rng.random() < 0.45
            row[question_id] = free[question_id][rng.integers(len(free[question_id]))] if said else ""
        row["nummer"] = number + 1
        rows.append(row)
    rows.sort(key=lambda r: r["tidspunkt"])
    return rows


def surveyxact(rows: list[dict[str, object]]) -> bytes:
    questionnaire = load_questionnaire()
    headings = ["RespondentID", "Status", "Startdato", *(q.text for q in questionnaire.questions)]
    lines = [headings]
    for row in rows:
        when = row["tidspunkt"]
        lines.append([str(1000 + int(row["nummer"])), "Gennemført", f"{when:%d-%m-%Y %H:%M}",
                      *(str(row[q.id]) for q in questionnaire.questions)])
    return _csv(lines, ";").encode("cp1252")


def google_forms(rows: list[dict[str, object]]) -> bytes:
    questionnaire = load_questionnaire()
    headings = ["Tidsstempel"] + [GRID.format(statement=q.text) if q.kind == "skala" else q.text
                                  for q in questionnaire.questions]
    lines = [headings] + [[f"{row['tidspunkt']:%Y/%m/%d %H:%M:%S}"]
                          + [str(row[q.id]) for q in questionnaire.questions] for row in rows]
    return _csv(lines, ",").encode("utf-8")


def microsoft_forms(rows: list[dict[str, object]]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    questionnaire = load_questionnaire()
    book = Workbook(write_only=True)  # streams rows: 100,000 of them in seconds
    book.properties.created = book.properties.modified = START
    sheet = book.create_sheet("Sheet1")
    sheet.append(["Id", "Starttidspunkt", "Fuldførelsestidspunkt", "Mail", "Navn",
                  *(q.text for q in questionnaire.questions)])

    def when(value: datetime) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = "dd-mm-yyyy hh:mm:ss"
        return cell

    for row in rows:
        started = row["tidspunkt"]
        sheet.append([row["nummer"], when(started), when(started + timedelta(minutes=4)),
                      "anonymous", None, *((row[q.id] or None) for q in questionnaire.questions)])
    buffer = io.BytesIO()
    book.save(buffer)
    return reproducible(buffer.getvalue())


def _csv(lines: list[list[str]], separator: str) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=separator, lineterminator="\r\n").writerows(lines)
    return buffer.getvalue()


def main() -> None:
    for language in languages():
        folder = FOLDER if language == DEFAULT_LANGUAGE else FOLDER / language
        if not (folder / "fritekst.yml").is_file():
            continue
        with language_scope(language):
            rows = example_rows(RESPONDENTS)
            for name, data in (("surveyxact.csv", surveyxact(rows)),
                               ("microsoft-forms.xlsx", microsoft_forms(rows)),
                               ("google-forms.csv", google_forms(rows))):
                (folder / name).write_bytes(data)
                print(f"{folder / name}: {len(rows)} svar")


if __name__ == "__main__":
    main()
