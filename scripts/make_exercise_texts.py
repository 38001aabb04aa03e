"""Write samskab_lib/data/exercise_texts.yml: each exercise's task, solution and assessment
guide from the book's pages, so `samskab elevpakke` works from an installed library. Run after
changing an exercise, its solution or the assessment guide:

    .venv/bin/python scripts/make_exercise_texts.py
"""
from __future__ import annotations

import sys
from pathlib import Path

from sphinx.util.osutil import FileAvoidWrite

from samskab_lib.course.task_source import exercise_texts_yaml
from samskab_lib.course.tasks import TEXTS_DATA
from samskab_lib.resources import DATA_DIR

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    path = DATA_DIR / TEXTS_DATA
    earlier = path.read_text(encoding="utf-8") if path.is_file() else None
    with FileAvoidWrite(str(path)) as data:  # an unchanged file keeps its time stamp
        data.write(exercise_texts_yaml(ROOT))
    print(f"{path.relative_to(ROOT)}: {'uændret' if earlier == path.read_text('utf-8') else 'skrevet'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
