"""Write samskab_lib/data/exercise_texts.yml: each exercise's task, solution and assessment
guide from the book's pages, so `samskab elevpakke` works from an installed library; and for
each other language data/<language>/exercise_texts.yml, translated from the pages' catalogues
(locale/<language>/LC_MESSAGES). Run after changing an exercise, its solution, the assessment
guide or their translations:

    .venv/bin/python scripts/make_exercise_texts.py
"""
from __future__ import annotations

import sys
from pathlib import Path

from sphinx.util.osutil import FileAvoidWrite

from samskab_lib.course.task_source import CatalogueTranslation, exercise_texts_yaml
from samskab_lib.course.tasks import TEXTS_DATA
from samskab_lib.resources import DATA_DIR
from samskab_lib.texts import DEFAULT_LANGUAGE, language_scope, languages, text

ROOT = Path(__file__).resolve().parent.parent


def write(path: Path, content: str) -> None:
    """Write *content* to *path* unless it is there already (it keeps its time stamp)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    earlier = path.read_text(encoding="utf-8") if path.is_file() else None
    with FileAvoidWrite(str(path)) as data:
        data.write(content)
    print(f"{path.relative_to(ROOT)}: {'uændret' if earlier == content else 'skrevet'}")


def main() -> int:
    write(DATA_DIR / TEXTS_DATA, exercise_texts_yaml(ROOT))
    for language in languages():
        if language == DEFAULT_LANGUAGE:
            continue
        translation = CatalogueTranslation(ROOT, language)
        with language_scope(language):  # the exercises' own data in the language too
            content = exercise_texts_yaml(ROOT, language, translation)
        write(DATA_DIR / language / TEXTS_DATA, content)
        pages = sorted({page for page, _danish in translation.missing})
        if pages:
            print(text("build.exercise_texts_untranslated", language=language,
                       count=len(translation.missing), pages=", ".join(pages)), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
