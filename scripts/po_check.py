"""Check the Norwegian edition's gettext catalogues (locale/nb/LC_MESSAGES/**/*.po).

Every entry must be translated and not fuzzy, and a translation must keep the markup of its
Danish text: the same roles with the same targets ({cite:p}`…`, {doc}`… <target>`), the same
link targets, the same inline code and footnote references. Inline code that is only a number
(`"15.000"`, `12,5`) is written the language's way (`"15 000"`), so it may differ. Sphinx
warns about a translation whose references differ, and the book is built with warnings as
errors.

    python scripts/po_check.py [catalogue or folder ...]   # default: locale/nb
    python scripts/po_check.py --text DIR [...]   # also write the translations as DIR/*.txt,
                                                  # for ../shared/tools/own_words.py DIR
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
ROLE = re.compile(r"\{([a-z:-]+)\}`([^`]*)`")
LINK = re.compile(r"\]\(([^)\s]+)\)")
CODE = re.compile(r"(?<![}`])`([^`{][^`]*)`")
FOOTNOTE = re.compile(r"\[\^[^\]]+\]")
# A number as a learner types it, in quotes or not: its separators follow the language.
NUMBER = re.compile(r'"?-?\d[\d.,\s\u00a0]*"?')


def _role_key(name: str, body: str) -> str:
    """A role and what it points at: the part in <…> when there is one, else the whole body,
    except a glossary term, whose text is the (translated) term itself."""
    explicit = re.search(r"<([^>]+)>\s*$", body)
    target = explicit.group(1) if explicit else body
    return f"{{{name}}}" if name == "term" else f"{{{name}}}{target}"


def markup(message: str) -> Counter[str]:
    """The pieces of markup in *message* that a translation must keep."""
    pieces: Counter[str] = Counter(_role_key(name, body) for name, body in ROLE.findall(message))
    pieces.update(f"link {target}" for target in LINK.findall(message))
    pieces.update(f"code {code}" for code in CODE.findall(ROLE.sub("", message))
                  if not NUMBER.fullmatch(code))
    pieces.update(FOOTNOTE.findall(message))
    return pieces


def problems(catalogue: Path) -> list[str]:
    """Every problem in one catalogue, as 'file:line: what' lines."""
    with catalogue.open(encoding="utf-8") as stream:
        messages = read_po(stream)
    found = []
    for message in messages:
        if not message.id:
            continue
        where = f"{catalogue.relative_to(ROOT)}:{message.lineno}"
        if message.fuzzy:
            found.append(f"{where}: fuzzy")
        if not message.string:
            found.append(f"{where}: not translated")
            continue
        lost = markup(message.id) - markup(message.string)
        added = markup(message.string) - markup(message.id)
        if lost or added:
            found.append(f"{where}: markup differs (missing {dict(lost)}, extra {dict(added)})")
    return found


def catalogues(paths: list[str]) -> list[Path]:
    folders = [Path(path).resolve() for path in paths] or [ROOT / "locale" / "nb"]
    found: list[Path] = []
    for folder in folders:
        found.extend([folder] if folder.suffix == ".po" else sorted(folder.rglob("*.po")))
    return found


def write_text(catalogue: Path, folder: Path) -> None:
    """Write the translated text of *catalogue* to a plain-text file in *folder*."""
    with catalogue.open(encoding="utf-8") as stream:
        strings = [message.string for message in read_po(stream) if message.id and message.string]
    name = "-".join(catalogue.relative_to(ROOT).with_suffix(".txt").parts)
    (folder / name).write_text("\n\n".join(strings), encoding="utf-8")


def main(argv: list[str]) -> int:
    text_folder = None
    if argv[:1] == ["--text"]:
        text_folder, argv = Path(argv[1]), argv[2:]
        text_folder.mkdir(parents=True, exist_ok=True)
    found = []
    for catalogue in catalogues(argv):
        found.extend(problems(catalogue))
        if text_folder:
            write_text(catalogue, text_folder)
    print("\n".join(found) or "Ingen fejl i oversættelserne.")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
