"""Both editions of the built book, Danish at the root and bokmål under ``nb/`` (issue 31).

Every page carries its edition's language, links to the same page in the other edition, and
shows no words of the other language (``fixtures/edition_words.yml``) outside what may hold
them: text marked with another language (a quotation of Danish law, ``<q lang="da">``, a
source's title in the bibliography), the sources named by citations, and code.
"""
from __future__ import annotations

import json
import posixpath
import re
from pathlib import Path

import editions as edition_layout
import lxml.html
import pytest
import yaml

from samskab_book.citation_language import SOURCE_LANGUAGES
from samskab_lib.texts import language_scope, text

EDITIONS = {language: edition_layout.site_prefix(language)
            for language in edition_layout.EDITIONS}
OTHER = {"da": "nb", "nb": "da"}
NOT_PAGES = ("_static/", "_sources/", "_downloads/", "_images/", "nb/")
# Jupyter Book's root page only sends the reader on to the front page (root_page.py).
ROOT_PAGE = "index.html"
WORDS = yaml.safe_load((Path(__file__).parent / "fixtures" / "edition_words.yml").read_text("utf-8"))
# The words each edition must not show: the other language's own words.
FOREIGN_WORDS = {"nb": WORDS["danish_only"], "da": WORDS["norwegian_only"]}
# Not the page's own text: code (inline and in blocks), a citation's source (its title
# attribute, plain text without markup) and anything marked with another language than the
# page's, such as a source's title in a bibliography. The rest of a bibliography entry (its
# notes) is in the edition's language and checked like prose.
_NOT_PROSE = ("//script | //style | //code | //pre | //body//*[@lang and @lang != $language]"
              " | //*[contains(concat(' ', @class, ' '), ' bibtex-citation ')]"
              " | //*[contains(concat(' ', @class, ' '), ' cell_input ')]")
# Attributes a reader meets as text: names read aloud, tooltips, hints, labels set by scripts.
_READ_ATTRIBUTES = ("aria-label", "title", "alt", "placeholder", "data-close-label", "data-no-hits")
_BROWSER_TEXTS = re.compile(r"window\.samskabTexts = (\{.*?\});")


def edition_pages(site: Path, language: str) -> dict[str, lxml.html.HtmlElement]:
    """Every page of one edition, by its path inside the edition, parsed."""
    root = site / EDITIONS[language]
    if not (root / ROOT_PAGE).is_file():
        pytest.fail(f"The {language} edition is not built in {root}: run `make book`.")
    return {page.relative_to(root).as_posix(): lxml.html.parse(str(page)).getroot()
            for page in sorted(root.rglob("*.html"))
            if not page.relative_to(root).as_posix().startswith(NOT_PAGES)}


@pytest.fixture(scope="module")
def editions(site: Path) -> dict[str, dict[str, lxml.html.HtmlElement]]:
    return {language: edition_pages(site, language) for language in EDITIONS}


def reader_text(page: lxml.html.HtmlElement) -> str:
    """The text a reader meets on a page in the page's own language (see _NOT_PROSE)."""
    language = page.get("lang")
    page = lxml.html.fromstring(lxml.html.tostring(page))
    scripts = " ".join(page.xpath("//script/text()"))
    browser_texts = [" ".join(json.loads(found).values()) for found in _BROWSER_TEXTS.findall(scripts)]
    for element in page.xpath(_NOT_PROSE, language=language):
        element.drop_tree()
    attributes = [value for name in _READ_ATTRIBUTES for value in page.xpath(f"//@{name}")]
    return "\n".join([page.text_content(), *attributes, *browser_texts])


def foreign_words(page_text: str, words: list[str]) -> list[str]:
    """The listed words in *page_text*, as whole words in any case, with a little context."""
    pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, words)) + r")(?![\w-])",
                         re.IGNORECASE)
    return [f"»{m.group(0)}« in …{' '.join(page_text[max(0, m.start() - 40):m.end() + 30].split())}…"
            for m in pattern.finditer(page_text)]


def resolve(language: str, path: str, href: str) -> str:
    """Where a relative link on a page of an edition leads, as a path from the site root."""
    return posixpath.normpath(posixpath.join(posixpath.dirname(EDITIONS[language] + path), href))


def test_both_editions_have_the_same_pages(editions) -> None:
    assert sorted(editions["nb"]) == sorted(editions["da"])
    assert "book/trin/afklar.html" in editions["nb"]


@pytest.mark.parametrize("language", EDITIONS)
def test_every_page_is_in_the_language_of_its_edition(editions, language: str) -> None:
    wrong = {path: page.get("lang") for path, page in editions[language].items()
             if page.get("lang") != language}
    assert wrong == {}
    known = {*EDITIONS, *SOURCE_LANGUAGES.values()}  # the editions' and the sources' languages
    marked = {path: sorted({e.get("lang") for e in page.xpath("//body//*[@lang]")} - known)
              for path, page in editions[language].items()}
    assert {path: codes for path, codes in marked.items() if codes} == {}, "unknown lang codes"


@pytest.mark.parametrize("language", EDITIONS)
def test_every_page_links_to_the_same_page_in_the_other_edition(site: Path, editions,
                                                                 language: str) -> None:
    other = OTHER[language]
    with language_scope(other):
        name = text("site.edition")
    problems = []
    for path, page in editions[language].items():
        if path == ROOT_PAGE:
            continue
        switches = page.xpath("//*[contains(@class, 'bd-header-article')]"
                              "//a[contains(@class, 'samskab-edition-switch')]")
        shown = [(a.text_content().strip(), a.get("lang"), a.get("hreflang"),
                  resolve(language, path, a.get("href"))) for a in switches]
        if shown != [(name, other, other, EDITIONS[other] + path)]:
            problems.append(f"{path}: switch {shown}")
        alternates = {link.get("hreflang"): resolve(language, path, link.get("href"))
                      for link in page.xpath("//head/link[@rel='alternate']")}
        if alternates != {code: folder + path for code, folder in EDITIONS.items()}:
            problems.append(f"{path}: alternates {alternates}")
        if not (site / EDITIONS[other] / path).is_file():
            problems.append(f"{path}: no such page in the {other} edition")
    assert problems == [], "\n".join(problems)


def other_language_words(editions, language: str) -> dict[str, list[str]]:
    """Every page of the edition that shows words of the other language, with those words."""
    return {path: hits for path, page in editions[language].items()
            if (hits := foreign_words(reader_text(page), FOREIGN_WORDS[language]))}


@pytest.mark.parametrize("language", EDITIONS)
def test_no_page_shows_words_of_the_other_language(editions, language: str) -> None:
    found = [f"{path} ({len(hits)}): " + "; ".join(hits[:3])
             for path, hits in other_language_words(editions, language).items()]
    if found:
        pytest.fail(f"{len(found)} pages of the {language} edition show words of the other "
                    "language:\n" + "\n".join(found), pytrace=False)


def test_the_word_check_skips_marked_quotations_sources_and_code_only() -> None:
    page = lxml.html.fromstring(
        '<html lang="nb"><head><title>Hent malen</title></head><body>'
        '<p>Planloven sier: <q lang="da">borgerne skal høres</q>, og <code>hent()</code>.</p>'
        '<p>Se <span class="bibtex-citation"><a title="Sådan gør I">[KL, 2020]</a></span>.</p>'
        '<div class="citation"><span lang="da">Hvad borgerne mener</span>. Rapport.</div>'
        '<ul><li>KL. <span lang="da">Sådan gør I</span>. Hent den hos KL.</li></ul>'
        '<div class="cell_input"><pre># Udfyld her</pre></div>'
        '<div class="highlight"><pre>samskab tjek skabelon.yml</pre></div>'
        '<p>Spørsmål fra <span lang="nb">jeres</span> innbyggere.</p>'
        '<button aria-label="Udfyld skjemaet"></button>'
        '<script>window.samskabTexts = {"copy": "Hent koden"};</script></body></html>')
    hits = [hit.split("«")[0] for hit in foreign_words(reader_text(page), WORDS["danish_only"])]
    assert hits == ["»Hent", "»Hent", "»jeres", "»Udfyld", "»Hent"]


def test_the_general_index_is_headed_in_each_editions_language(editions) -> None:
    """Sphinx's own bokmål catalogue leaves "Index" in English; locale/nb/LC_MESSAGES/sphinx.po
    says "Register"."""
    headings = {language: pages["genindex.html"].xpath("string(//h1[@id='index'])").strip()
                for language, pages in editions.items()}
    titles = {language: pages["genindex.html"].findtext(".//title").split(" — ")[0].strip()
              for language, pages in editions.items()}
    assert headings == {"da": "Indeks", "nb": "Register"}
    assert titles == headings
