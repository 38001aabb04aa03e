"""Sphinx extension part: the list of sources, author-year, in the edition's language.

- Each entry is labelled as it is cited ("Romsaas og Sivertsen, 2017", not "[17]") and sorted
  by that label in Danish order; names are joined with "og", titles are kept as written (no
  lower-casing of "Hjørring Kommune"), a report is a "Rapport", a year already written in the
  entry's text is not added again, and web addresses are links.
- The entry's notes follow the edition and its title is marked with the source's language
  (``citation_language``); the in-text style is ``citation_references``.

Everything is registered through the two packages' plugin functions and chosen in
``_config.yml`` (``bibtex_default_style: danish``, ``bibtex_reference_style: author_year_da``).
Formatted entries are kept between builds: sphinxcontrib-bibtex formats an entry again for
every bibliography that lists it, on every build, even when nothing changed (about 1 s of a
no-change build).
"""
from __future__ import annotations

import hashlib
import pickle
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from importlib.metadata import version
from pathlib import Path

import pybtex.plugin
import sphinxcontrib.bibtex.plugin
from pybtex.backends.plaintext import Backend as PlaintextBackend
from pybtex.database import Entry, Person, parse_file
from pybtex.richtext import BaseText, HRef, String, Text
from pybtex.style import FormattedEntry
from pybtex.style.formatting.plain import Style as PlainStyle
from pybtex.style.labels import BaseLabelStyle
from pybtex.style.names.plain import NameStyle as PlainNames
from pybtex.style.sorting import BaseSortingStyle
from pybtex.style.template import field as bib_field
from pybtex.style.template import names, sentence
from sphinx.application import Sphinx

from samskab_lib.texts import get_language, text

from .citation_language import edition_fields, in_language, language_codes
from .citation_references import DanishAuthorYearStyle

STYLE_NAME = "author_year_da"
BIBLIOGRAPHY_STYLE = "danish"
_DANISH_ORDER = str.maketrans({"æ": "{", "ø": "|", "å": "}"})
# A web address written in an entry's text: "regjeringen.no", "lederliv.dk/artikel/samskabelse".
_WEB_ADDRESS = re.compile(r"\b(?:https?://)?(?:[\w-]+\.)+(?:dk|no|se|com|org|net|eu)(?:/[\w./-]*\w)?")


def _surname(person: Person) -> str:
    return " ".join(person.last_names).replace("{", "").replace("}", "")


def author_year_label(entry: Entry) -> str:
    """The label an entry is cited by: "Bengtsson, 2016", "Agger og Tortzen, 2015", "X m.fl., 2021"."""
    people = entry.persons.get("author") or entry.persons.get("editor") or []
    surnames = [_surname(p) for p in people]
    if not surnames:
        who = str(entry.fields.get("title", entry.key))
    elif len(surnames) == 1:
        who = surnames[0]
    elif len(surnames) == 2:
        who = f"{surnames[0]} {text('site.citation_and')} {surnames[1]}"
    else:
        who = f"{surnames[0]} {text('site.citation_others')}"
    return f"{who}, {entry.fields.get('year') or text('site.citation_no_year')}"


class AuthorYearLabels(BaseLabelStyle):
    """Labels as the entries are cited; equal labels get a, b, … after the year."""

    def format_labels(self, sorted_entries: Iterable[Entry]) -> Iterator[str]:
        entries = list(sorted_entries)
        labels = [author_year_label(e) for e in entries]
        counts = Counter(labels)
        seen: Counter[str] = Counter()
        for label in labels:
            if counts[label] > 1:
                seen[label] += 1
                yield f"{label}{chr(ord('a') + seen[label] - 1)}"
            else:
                yield label


class AuthorYearSorting(BaseSortingStyle):
    """By label in Danish alphabetical order (æ, ø, å after z), organisations among people."""

    def sorting_key(self, entry: Entry) -> str:
        return author_year_label(entry).casefold().translate(_DANISH_ORDER)


def _link_addresses(node: BaseText) -> BaseText:
    """Make every web address written in plain text a link."""
    if isinstance(node, String):
        parts: list[BaseText] = []
        last = 0
        for match in _WEB_ADDRESS.finditer(node.value):
            parts.append(String(node.value[last:match.start()]))
            address = match.group(0)
            url = address if address.startswith("http") else f"https://{address}"
            parts.append(HRef(url, String(address)))
            last = match.end()
        if not parts:
            return node
        parts.append(String(node.value[last:]))
        return Text(*parts)
    if isinstance(node, HRef):
        return node
    children = getattr(node, "parts", None)
    if children is None:
        return node
    return node._create_similar([_link_addresses(child) for child in children])


class DanishBibliographyStyle(PlainStyle):
    """pybtex's plain style in the edition's language, labelled and sorted author-year."""

    default_label_style = STYLE_NAME
    default_sorting_style = STYLE_NAME

    def format_names(self, role, as_sentence=True):
        joined = f" {text('site.citation_and')} "
        formatted = names(role, sep=", ", sep2=joined, last_sep=joined)
        return sentence[formatted] if as_sentence else formatted

    def format_title(self, e, which_field, as_sentence=True):
        title = bib_field(which_field)
        code = language_codes().get(e.fields.get("langid", ""))
        if code and code != get_language():
            title = in_language(code=code)[title]
        return sentence[title] if as_sentence else title

    def format_url(self, e):
        return super().format_url(e).children[1]  # the link without the English "URL:"

    def format_entry(self, label, entry, bib_data=None):
        key = _entry_key(label, entry)
        _USED.add(key)
        if key not in _FORMATTED:
            _FORMATTED[key] = self._format_entry(label, entry, bib_data)
        return _FORMATTED[key]

    def _format_entry(self, label, entry, bib_data=None):
        fields = edition_fields(dict(entry.fields), get_language())
        if entry.type == "techreport" and "type" not in fields:
            fields["type"] = text("site.citation_report")
        year = fields.get("year", "")
        written = " ".join(str(fields.get(k, "")) for k in ("howpublished", "note"))
        if entry.type == "misc" and year and year in written:
            del fields["year"]  # the year is already in the text: "… 26. september 2017."
        shown = Entry(entry.type, fields=fields, persons=entry.persons)
        shown.key = entry.key
        formatted = super().format_entry(label, shown, bib_data)
        return FormattedEntry(formatted.key, _link_addresses(formatted.text), formatted.label)


# Formatted entries by everything they are made from; formatting is pure, so a hit is exact.
# The cache is kept beside the doctrees between builds, marked with this module's own hash.
_FORMATTED: dict[tuple, FormattedEntry] = {}
_USED: set[tuple] = set()
_CACHE_FILE = "samskab-citations.pickle"
_CODE = [Path(__file__), Path(__file__).with_name("citation_language.py")]
_CODE_HASH = hashlib.sha256(b"".join(path.read_bytes() for path in _CODE)
                            + version("pybtex").encode()).hexdigest()


def plain_entries(app: Sphinx) -> dict[str, tuple[list[str], dict[str, str]]]:
    """Every entry of the book's bibliography by key: its authors and its fields, braces removed."""
    entries = {}
    for name in app.config.bibtex_bibfiles:
        for key, entry in parse_file(str(Path(app.srcdir) / name)).entries.items():
            authors = [re.sub(r"[{}]", "", str(person)) for person in entry.persons.get("author", [])]
            entries[key] = (authors, {k: re.sub(r"[{}]", "", v) for k, v in entry.fields.items()})
    return entries


def load_formatted(app: Sphinx) -> None:
    """Read the formatted entries an earlier build of the same code left."""
    try:
        code_hash, formatted = pickle.loads((Path(app.doctreedir) / _CACHE_FILE).read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, AttributeError, ImportError):
        return
    if code_hash == _CODE_HASH:
        _FORMATTED.update(formatted)


def save_formatted(app: Sphinx, exception: Exception | None) -> None:
    """Keep this build's formatted entries for the next build (only when it succeeded)."""
    if exception is None and _USED:
        used = {key: _FORMATTED[key] for key in _USED}
        path = Path(app.doctreedir) / _CACHE_FILE
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps((_CODE_HASH, used)))


def _entry_key(label: str, entry: Entry) -> tuple:
    persons = tuple((role, tuple(str(p) for p in people)) for role, people in entry.persons.items())
    return (label, entry.key, entry.type, tuple(entry.fields.items()), persons, get_language(),
            text("site.citation_and"), text("site.citation_report"))


def setup(app: Sphinx) -> None:
    """Register the styles and keep formatted entries between builds."""
    register()
    app.connect("builder-inited", load_formatted)
    app.connect("build-finished", save_formatted)


def register() -> None:
    """Make the styles available by name to pybtex and sphinxcontrib-bibtex."""
    sphinxcontrib.bibtex.plugin.register_plugin("sphinxcontrib.bibtex.style.referencing",
                                                STYLE_NAME, DanishAuthorYearStyle)
    pybtex.plugin.register_plugin("pybtex.style.labels", STYLE_NAME, AuthorYearLabels)
    pybtex.plugin.register_plugin("pybtex.style.sorting", STYLE_NAME, AuthorYearSorting)
    pybtex.plugin.register_plugin("pybtex.style.formatting", BIBLIOGRAPHY_STYLE,
                                  DanishBibliographyStyle)
    # pybtex scans every installed package's entry points on each look-up of an installed
    # plugin (docs/upstream/pybtex-plugin-lookup-cache.md); sphinxcontrib-bibtex looks up
    # these two for every citation and every style it makes (about 1.5 s of a cold build), so
    # they are registered as the runtime plugins pybtex consults first.
    pybtex.plugin.register_plugin("pybtex.backends", "plaintext", PlaintextBackend, force=True)
    pybtex.plugin.register_plugin("pybtex.style.names", "plain", PlainNames, force=True)
