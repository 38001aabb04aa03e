"""Readers on every screen: tables that read, Danish throughout, nothing missing, at 375 and 1280 px."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from browsing import DESKTOP, PHONE, open_page, site_pages

pytestmark = pytest.mark.browser

WIDTHS = {"telefon": PHONE, "skærm": DESKTOP}

# Interface words the themes and extensions write in English. Exact names and titles, and
# phrases in the visible text (English source titles in the bibliography may hold "and").
ENGLISH_NAMES = {
    "Main", "Page", "On this page", "Site navigation", "Section Navigation", "Breadcrumb", "Home",
    "Search", "Toggle primary sidebar", "Toggle secondary sidebar", "Toggle navigation",
    "Color mode", "Light", "Dark", "System Settings", "Version warning", "Back to top",
    "Download this page", "Print to PDF", "Download source file", "previous page", "next page",
    "Link to this heading", "Toggle hidden content", "Close", "Copy", "Copy to clipboard",
}
ENGLISH_PHRASES = (
    "Click to show", "Click to hide", "On this page", "Site navigation", "Skip to main content",
    "Back to top", "Last updated", "Copyright", "Technical Report", "Show code cell",
    "Hide code cell", "Solution to", "Exercise ", "By the", "Ved Forfatterne",
)

@dataclass
class Reading:
    """What one page showed at one width."""

    split_words: list[str]
    uncued_tables: list[str]
    names: list[str]
    text: str
    failed: list[str]


@pytest.fixture(scope="session")
def read(seen_page) -> Callable[[str, str], Reading]:
    """A page at a width (loaded once for every browser test that reads it): its table facts,
    names, text and failed requests."""

    def reading(path: str, width: str) -> Reading:
        seen = seen_page(path, WIDTHS[width])
        facts = seen.table_facts
        return Reading(facts["split"], facts["uncued"], facts["names"], facts["text"],
                       list(seen.visit.failed))

    return reading


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("path", site_pages())
def test_no_word_in_a_table_is_split_across_lines(read, path: str, width: str) -> None:
    assert read(path, width).split_words == [], f"{path} ({width}): split words"


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("path", site_pages())
def test_a_table_wider_than_the_text_scrolls_with_a_cue(read, path: str, width: str) -> None:
    assert read(path, width).uncued_tables == [], f"{path} ({width}): wide tables without a cue"


@pytest.mark.parametrize("path", site_pages())
def test_no_english_interface_words_in_names_or_text(read, path: str) -> None:
    reading = read(path, "telefon")
    english_names = sorted({name for name in reading.names if name in ENGLISH_NAMES})
    english_text = [phrase for phrase in ENGLISH_PHRASES if phrase in reading.text]
    assert english_names == [] and english_text == [], f"{path}: {english_names} {english_text}"


@pytest.mark.parametrize("path", site_pages())
def test_no_request_fails_on_a_phone_favicon_included(read, path: str) -> None:
    assert read(path, "telefon").failed == [], f"{path}: failed requests"


def test_the_site_root_serves_a_favicon(browser, base_url: str) -> None:
    context, page, _visit = open_page(browser, base_url + "index.html")
    response = page.request.get(base_url + "favicon.ico")
    icon = page.locator("link[rel='icon']").get_attribute("href")
    linked = page.request.get(page.url.rsplit("/", 1)[0] + "/" + icon)
    context.close()
    assert response.status == 200 and response.headers["content-type"] in (
        "image/x-icon", "image/vnd.microsoft.icon")
    assert linked.status == 200


def test_a_genitive_after_an_abbreviation_keeps_its_apostrophe(read) -> None:
    text = read("book/trin/afklar.html", "skærm").text
    assert "KS’ seminar" in text
    assert "‹" not in text and "›" not in text


def test_the_five_steps_figure_on_a_phone_is_stacked_and_wide_enough_to_read(browser, base_url: str) -> None:
    context, page, _visit = open_page(browser, base_url + "book/trin/oversigt.html",
                                      viewport=WIDTHS["telefon"])
    shown = [(img.get_attribute("src"), img.bounding_box()["width"])
             for img in page.locator("article figure img").all() if img.is_visible()]
    context.close()
    assert len(shown) == 1 and "fem-trin-smal" in shown[0][0]
    # Drawn 4 inches wide with 10-point text: at 300 px or more the questions are ~11 px high.
    assert shown[0][1] >= 300
