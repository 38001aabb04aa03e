"""Cut an edition's built site to the style sheets and icons it uses: the build's last step.

Run after Sphinx for each edition (``scripts/build_book.py`` calls it), or by hand:

    .venv/bin/python scripts/cut_assets.py [LANGUAGE]

The theme ships all of Bootstrap and Font Awesome (about 400 KB of CSS and a 156 KB icon font)
for a site that uses a few dozen classes and fifteen icons. In the edition's site:

- each large third-party style sheet keeps only the rules whose classes occur in a built page or
  in a script a page loads (scripts add classes such as ``show`` when a menu opens), so nothing
  a page or script can ask for is lost;
- the Font Awesome fonts keep only the icons that the remaining rules draw.

It is a step of its own rather than part of Sphinx: it reads the finished site, which no Sphinx
event offers whole, and Sphinx has no hook for third-party assets. The originals and the result
are kept in the edition's build folder, so a build without changes only copies the result.
"""
from __future__ import annotations

import hashlib
import io
import json
import re
import shutil
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import editions
import tinycss2

ROOT = Path(__file__).resolve().parent.parent

# Style sheets in the built site's _static folder that are cut to the classes in use.
STYLE_SHEETS = ("styles/pydata-sphinx-theme.css", "styles/sphinx-book-theme.css", "basic.css",
                "pygments.css", "sphinx-design.min.css", "mystnb.*.css", "togglebutton.css",
                "copybutton.css")
FONT_FOLDER = "vendor/fontawesome/webfonts"
FONTS = ("fa-solid-900", "fa-regular-400", "fa-brands-400")
_CLASS = re.compile(r"\.(-?[_a-zA-Z][\w-]*)")
_FUNCTIONAL = re.compile(r":(?:not|is|where|has|matches)\(")
_TOKEN = re.compile(r"[_a-zA-Z][\w-]*")
_CLASS_ATTRIBUTE = re.compile(r'class="([^"]*)"')
_ICON_ESCAPE = re.compile(r"\\([0-9a-fA-F]{4,5})")
_SCRIPT_SOURCE = re.compile(r'<script\b[^>]*\bsrc="([^"?#]+)')


def own_pages(site: Path) -> list[Path]:
    """The site's pages, without those of another edition's site inside it (``nb/``)."""
    editions = {static.parent for static in site.glob("*/_static")}
    return [page for page in site.rglob("*.html") if not editions.intersection(page.parents)]


def used_names(site: Path) -> set[str]:
    """Every class on a built page, and every word in the scripts a page loads (classes they
    may add)."""
    names: set[str] = set()
    scripts: set[Path] = set()
    for page in own_pages(site):
        html = page.read_text(encoding="utf-8", errors="ignore")
        for value in _CLASS_ATTRIBUTE.findall(html):
            names.update(value.split())
        scripts.update((page.parent / source).resolve() for source in _SCRIPT_SOURCE.findall(html)
                       if "://" not in source)
    for script in scripts:
        if script.is_file():
            names.update(_TOKEN.findall(script.read_text(encoding="utf-8", errors="ignore")))
    return names


def split_selectors(prelude: str) -> list[str]:
    """The selectors of a rule: split at commas outside brackets (not inside ``:not(a, b)``)."""
    selectors, depth, start = [], 0, 0
    for position, char in enumerate(prelude):
        depth += {"(": 1, "[": 1, ")": -1, "]": -1}.get(char, 0)
        if char == "," and depth == 0:
            selectors.append(prelude[start:position].strip())
            start = position + 1
    selectors.append(prelude[start:].strip())
    return selectors


def _selector_may_match(selector: str, used: set[str]) -> bool:
    """False only when the selector needs a class that no page or script uses."""
    outside_functions = selector
    while (match := _FUNCTIONAL.search(outside_functions)) is not None:
        # Drop the argument of :not(), :is() ...: a class there does not have to be present.
        depth, end = 1, match.end()
        while end < len(outside_functions) and depth:
            depth += {"(": 1, ")": -1}.get(outside_functions[end], 0)
            end += 1
        outside_functions = outside_functions[:match.start()] + outside_functions[end:]
    return all(name in used for name in _CLASS.findall(outside_functions))


def _prune(rules: Iterable[Any], used: set[str]) -> list[str]:
    """*rules* (tinycss2's nodes, which carry no types) without those no page can use."""
    kept: list[str] = []
    for rule in rules:
        if rule.type == "qualified-rule":
            selectors = split_selectors(tinycss2.serialize(rule.prelude))
            alive = [s for s in selectors if _selector_may_match(s, used)]
            if alive:
                kept.append(",".join(alive) + "{" + tinycss2.serialize(rule.content) + "}")
        elif rule.type == "at-rule" and rule.lower_at_keyword in ("media", "supports", "layer") \
                and rule.content is not None:
            inner = _prune(tinycss2.parse_rule_list(rule.content, skip_comments=True,
                                                    skip_whitespace=True), used)
            if inner:
                kept.append(f"@{rule.at_keyword}{tinycss2.serialize(rule.prelude)}{{{''.join(inner)}}}")
        elif rule.type in ("at-rule", "qualified-rule"):
            kept.append(tinycss2.serialize([rule]))
    return kept


def prune_style_sheet(css: str, used: set[str]) -> str:
    """The style sheet without the rules that need a class no page or script uses."""
    rules = tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)
    return "".join(_prune(rules, used))


def icon_code_points(css: str) -> set[int]:
    """Private-use code points the style sheet draws (Font Awesome's icons), written or escaped."""
    points = {ord(ch) for ch in css if 0xE000 <= ord(ch) <= 0xF8FF}
    points.update(int(code, 16) for code in _ICON_ESCAPE.findall(css)
                  if 0xE000 <= int(code, 16) <= 0xF8FF)
    return points


def subset_font(font_file: Path, suffix: str, code_points: set[int]) -> bytes:
    """The font with only the glyphs for ``code_points``, as woff2 or ttf (by ``suffix``)."""
    from fontTools import subset

    options = subset.Options()
    options.flavor = "woff2" if suffix == ".woff2" else None
    options.layout_features = ["*"]
    font = subset.load_font(str(font_file), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(code_points))
    subsetter.subset(font)
    buffer = io.BytesIO()
    subset.save_font(font, buffer, options)
    return buffer.getvalue()


def _sha(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def cut(site: Path, store: Path) -> int:
    """Cut the style sheets and icon fonts of the built *site*; return the icons kept.

    *store* keeps the originals and the last result. Sphinx copies the originals again when
    the built files differ from them, but some extensions do not; a built file that is already
    a cut version is recognised by its hash and traced back to its original.
    """
    static = site / "_static"
    assets = sorted(p for pattern in STYLE_SHEETS for p in static.glob(pattern))
    assets += sorted(p for name in FONTS for p in (static / FONT_FOLDER).glob(f"{name}.*"))
    (store / "originals").mkdir(parents=True, exist_ok=True)
    index_file = store / "slim-to-original.json"
    slim_to_original: dict[str, str] = (json.loads(index_file.read_text())
                                        if index_file.is_file() else {})
    originals: dict[Path, str] = {}
    for path in assets:
        content = path.read_bytes()
        original = slim_to_original.get(_sha(content)) or _sha(content)
        if original == _sha(content) and not (store / "originals" / original).is_file():
            (store / "originals" / original).write_bytes(content)
        originals[path] = original
    used = used_names(site)
    key = _sha(Path(__file__).read_bytes() + " ".join(sorted(used)).encode()
               + "".join(f"{p.name}={h};" for p, h in originals.items()).encode())[:16]
    made = store / "made" / key
    if not made.is_dir():
        shutil.rmtree(store / "made", ignore_errors=True)
        work = store / "work"
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        code_points: set[int] = set()
        for path in assets:
            if path.suffix == ".css":
                css = (store / "originals" / originals[path]).read_text(encoding="utf-8")
                pruned = prune_style_sheet(css, used)
                code_points |= icon_code_points(pruned)
                (work / path.name).write_text(pruned, encoding="utf-8")
        (work / "icons").write_text(str(len(code_points)))
        for path in assets:
            if path.suffix != ".css":
                (work / path.name).write_bytes(
                    subset_font(store / "originals" / originals[path], path.suffix, code_points))
        made.parent.mkdir(parents=True, exist_ok=True)
        work.rename(made)
    for path in assets:
        slim = (made / path.name).read_bytes()
        slim_to_original[_sha(slim)] = originals[path]
        if path.read_bytes() != slim:
            path.write_bytes(slim)
    index_file.write_text(json.dumps(slim_to_original, indent=1, sort_keys=True))
    return int((made / "icons").read_text())


def main(language: str = editions.DEFAULT, root: Path = ROOT) -> None:
    """Cut the edition's site, keeping originals and result in its build folder."""
    store = editions.build_folder(root, language) / ".doctrees" / "samskab-assets"
    cut(editions.site_folder(root, language), store)


if __name__ == "__main__":
    main(*sys.argv[1:2])
