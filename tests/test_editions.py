"""The book's editions link to each other page by page, and each is searched in its language."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from samskab_book.edition_switch import (
    SWITCH_TEMPLATE,
    edition_folder,
    edition_languages,
    editions_of,
    link_between,
    link_editions,
    put_switch_in_header,
)
from samskab_book.search import browser_messages, search_in_language
from samskab_lib.texts import language_scope


@pytest.mark.parametrize("page, from_language, to_language, link", [
    ("book/trin/afklar.html", "da", "nb", "../../nb/book/trin/afklar.html"),
    ("book/trin/afklar.html", "nb", "da", "../../../book/trin/afklar.html"),
    ("book/intro.html", "da", "nb", "../nb/book/intro.html"),
    ("search.html", "da", "nb", "nb/search.html"),
    ("search.html", "nb", "da", "../search.html"),
    ("book/intro.html", "nb", "nb", "../../nb/book/intro.html"),
])
def test_link_between_editions_is_relative_and_keeps_the_page(page: str, from_language: str,
                                                              to_language: str, link: str) -> None:
    assert link_between(page, from_language, to_language) == link


def test_danish_is_at_the_root_and_bokmaal_in_its_folder() -> None:
    assert edition_folder("da") == "" and edition_folder("nb") == "nb/"


def test_an_edition_needs_catalogues_and_the_library_texts(tmp_path: Path) -> None:
    (tmp_path / "locale" / "nb" / "LC_MESSAGES").mkdir(parents=True)
    (tmp_path / "locale" / "sv" / "LC_MESSAGES").mkdir(parents=True)  # no library texts
    (tmp_path / "locale" / "README").mkdir()
    assert edition_languages(tmp_path, ["locale", "missing"]) == ["da", "nb"]
    assert edition_languages(tmp_path, ["missing"]) == ["da"]


def test_each_edition_is_named_in_its_own_language() -> None:
    editions = editions_of("book/intro.html", "da", ["da", "nb"])
    assert [(e.language, e.name, e.url) for e in editions] == [
        ("da", "Dansk", "../book/intro.html"), ("nb", "Norsk (bokmål)", "../nb/book/intro.html")]


def test_the_switch_comes_first_among_the_theme_buttons_once() -> None:
    config = SimpleNamespace(html_theme_options={"show_toc_level": 2})
    put_switch_in_header(None, config)  # type: ignore[arg-type]
    put_switch_in_header(None, config)  # type: ignore[arg-type]
    assert config.html_theme_options == {
        "show_toc_level": 2, "article_header_end": [SWITCH_TEMPLATE, "article-header-buttons.html"]}


def _page_context(tmp_path: Path, language: str) -> dict:
    (tmp_path / "locale" / "nb" / "LC_MESSAGES").mkdir(parents=True, exist_ok=True)
    app = SimpleNamespace(
        config=SimpleNamespace(language=language, locale_dirs=["locale"]), srcdir=str(tmp_path),
        builder=SimpleNamespace(get_target_uri=lambda name: name + ".html"))
    context = {"metatags": '<meta name="x">'}
    link_editions(app, "book/trin/afklar", "page.html", context, None)  # type: ignore[arg-type]
    return context


def test_a_norwegian_page_links_to_the_danish_one_and_names_both_in_its_head(tmp_path: Path) -> None:
    context = _page_context(tmp_path, "nb")
    [danish] = context["samskab_other_editions"]
    assert (danish.language, danish.name, danish.url) == ("da", "Dansk", "../../../book/trin/afklar.html")
    assert context["metatags"] == (
        '<meta name="x">\n'
        '<link rel="alternate" hreflang="da" href="../../../book/trin/afklar.html">\n'
        '<link rel="alternate" hreflang="nb" href="../../../nb/book/trin/afklar.html">\n')


def test_a_book_without_catalogues_has_no_switch(tmp_path: Path) -> None:
    app = SimpleNamespace(config=SimpleNamespace(language="da", locale_dirs=[]), srcdir=str(tmp_path),
                          builder=SimpleNamespace(get_target_uri=lambda name: name + ".html"))
    context: dict = {"metatags": ""}
    link_editions(app, "book/intro", "page.html", context, None)  # type: ignore[arg-type]
    assert "samskab_other_editions" not in context and context["metatags"] == ""


def test_bokmaal_is_searched_as_sphinx_norwegian_with_norwegian_messages(tmp_path: Path) -> None:
    config = SimpleNamespace(language="nb", html_search_language=None, locale_dirs=["locale"],
                             html_search_scorer="")
    app = SimpleNamespace(doctreedir=str(tmp_path / "doctrees"))
    with language_scope("nb"):  # as the edition's build speaks it (edition.use_the_language)
        search_in_language(app, config)  # type: ignore[arg-type]
    folder = tmp_path / "samskab-search-locale"
    assert config.html_search_language == "no"
    assert config.locale_dirs == ["locale", str(folder)]
    messages = (folder / "nb" / "LC_MESSAGES" / "sphinx.js").read_text(encoding="utf-8")
    assert '"Searching": "S\\u00f8ker"' in messages
    assert "Ingen sider inneholder" in messages  # the book's own message when nothing is found


def test_danish_keeps_sphinx_danish_search_and_a_chosen_search_language_stays(tmp_path: Path) -> None:
    danish = SimpleNamespace(language="da", html_search_language=None, locale_dirs=["locale"],
                             html_search_scorer="")
    chosen = SimpleNamespace(language="nb", html_search_language="en", locale_dirs=["locale"],
                             html_search_scorer="")
    app = SimpleNamespace(doctreedir=str(tmp_path / "doctrees"))
    search_in_language(app, danish)  # type: ignore[arg-type]
    search_in_language(app, chosen)  # type: ignore[arg-type]
    assert danish.html_search_language is None
    messages = (tmp_path / "samskab-search-locale" / "da" / "LC_MESSAGES" / "sphinx.js").read_text(
        encoding="utf-8")
    assert '"Searching": "S\\u00f8ger"' in messages  # Sphinx's own Danish, kept
    assert "Ingen sider indeholder" in messages
    assert chosen.html_search_language == "en"
    assert danish.html_search_scorer.endswith("search_scorer.js")
    assert browser_messages("da").parent.parent.name == "da"
    assert browser_messages("nb").parent.parent.name == "nb_NO"
    assert browser_messages("xx") is None
