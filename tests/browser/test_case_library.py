"""The case library in the browser: the overview filters at phone and desktop width and finds the
expected cases; the case form keeps a draft, shows Danish messages and downloads a case.yml
that `samskab case tjek` accepts."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from browsing import OVERFLOW, open_page

from samskab_lib.cases.loading import list_cases, load_case

pytestmark = pytest.mark.browser
OVERVIEW = "book/cases/index.html"
FORM = "book/cases/del-jeres-case.html"
WIDTHS = [{"width": 375, "height": 800}, {"width": 1280, "height": 900}]
SAMSKAB = str(Path(sys.executable).parent / "samskab")


def shown(page) -> list[str]:
    """The titles of the cases the reader can see."""
    return page.eval_on_selector_all(
        "ul.samskab-caseliste li",
        "items => items.filter(i => !i.hidden).map(i => i.querySelector('a').textContent)")


def titles(*case_ids: str) -> list[str]:
    return [load_case(c).title.value for c in case_ids]


@pytest.mark.parametrize("viewport", WIDTHS, ids=["375", "1280"])
def test_overview_lists_every_case_and_filters_find_the_expected_ones(browser, base_url, viewport):
    context, page, visit = open_page(browser, base_url + OVERVIEW, viewport=viewport)
    everything = shown(page)
    page.select_option("#casefilter-form", "bidrag")
    participation = shown(page)
    page.select_option("#casefilter-form", "borgerdrevet")
    citizen_led = shown(page)
    page.select_option("#casefilter-form", "")
    page.select_option("#casefilter-country", "NO")
    norway = shown(page)
    page.select_option("#casefilter-country", "DK")
    page.select_option("#casefilter-method", "workshop")
    danish_workshops = shown(page)
    page.select_option("#casefilter-participants", "mange")
    status = page.text_content(".samskab-metodefilter-status")
    none = shown(page)
    overflow = page.evaluate(OVERFLOW)
    context.close()
    assert everything == titles(*list_cases())
    assert participation == titles("oerland-samfunnsdel")
    assert citizen_led == titles("steinkjer-bolystteam")
    assert norway == titles("jevnaker", "oerland-samfunnsdel", "steinkjer-bolystteam")
    assert danish_workshops == titles("nordfjordby", "rudersdal-borgersamling")
    assert none == [] and status.startswith(f"Viser 0 af {len(list_cases())} cases.")
    assert overflow <= 0 and visit.console_errors == [] and visit.failed == []


def test_size_and_cost_bands_filter_from_the_data(browser, base_url):
    context, page, _visit = open_page(browser, base_url + OVERVIEW)
    page.select_option("#casefilter-size", "stor")
    large = shown(page)
    page.select_option("#casefilter-size", "")
    page.select_option("#casefilter-cost", "mellem")
    middle_cost = shown(page)
    page.select_option("#casefilter-cost", "ukendt")
    unknown_cost = shown(page)
    context.close()
    assert large == titles("hjoerring", "rudersdal-borgersamling")
    assert middle_cost == titles("jevnaker")
    assert unknown_cost == titles("albertslund-borgersamling", "hjoerring", "oerland-samfunnsdel",
                                  "rudersdal-borgersamling", "steinkjer-bolystteam")


def test_without_javascript_the_overview_is_a_list_of_every_case(browser, base_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + OVERVIEW)
    links = page.eval_on_selector_all("ul.samskab-caseliste li a", "links => links.length")
    form_visible = page.is_visible("form.samskab-casefilter")
    context.close()
    assert links == len(list_cases()) and not form_visible


def _fill(page) -> None:
    page.fill("[data-path='id']", "ringsted-borgerbudget")
    for field, value in [("titel", "Ringsted: borgerbudget i Benløse"), ("hvad", "Borgerne fordelte puljen."),
                         ("hvor", "Ringsted Kommune"), ("hvornaar", "Foråret 2021"),
                         ("tiltag", "Idéer\nAfstemning"), ("deltagere", "1.250")]:
        page.fill(f"[data-path='{field}']", value)
        page.fill(f"[data-path='{field}_kilde']", "ringsted-2021")
    page.fill("[data-path='fra']", "2021-03")
    page.fill("[data-path='periodekilde']", "ringsted-2021")
    page.check("fieldset[data-felt='trin'] input[value='2']")
    page.select_option("[data-path='samskabelsesform']", "partnerskab")
    page.check("fieldset[data-felt='emner'] input[value='lokalsamfund']")
    for name, value in [("noegle", "ringsted-2021"), ("titel", "Borgerbudget"),
                        ("url", "https://www.ringsted.dk/borgerbudget"), ("laest", "2026-12-03")]:
        page.fill(f"[data-path='kilder.0.{name}']", value)


@pytest.mark.parametrize("viewport", WIDTHS, ids=["375", "1280"])
def test_case_form_shows_danish_messages_keeps_a_draft_and_downloads_a_valid_case(
        browser, base_url, tmp_path, viewport):
    context, page, visit = open_page(browser, base_url + FORM, viewport=viewport)
    _fill(page)
    page.click("button[data-format=yml]")  # consent not yet given
    alert = page.text_content(".samskab-caseformular [role=alert]")
    page.reload(wait_until="networkidle")
    kept = page.input_value("[data-path='titel']")
    page.check("[data-path='samtykke']")
    with page.expect_download() as info:
        page.click("button[data-format=yml]")
    target = tmp_path / "case.yml"
    info.value.save_as(target)
    overflow = page.evaluate(OVERFLOW)
    context.close()
    assert "Bekræft, at der ikke står personoplysninger om deltagerne i casen." in alert
    assert kept == "Ringsted: borgerbudget i Benløse"
    check = subprocess.run([SAMSKAB, "case", "tjek", str(target)], capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    assert load_case(target).participants.total.value == 1250
    assert overflow <= 0 and visit.console_errors == []


def test_a_source_missing_from_the_list_is_named_next_to_the_field(browser, base_url):
    context, page, _visit = open_page(browser, base_url + FORM)
    page.fill("[data-path='titel']", "Ringsted")
    page.fill("[data-path='titel_kilde']", "avisen")
    page.click("button[data-format=yml]")
    message = page.text_content("[data-felt='titel_kilde'] .samskab-fejl")
    invalid = page.get_attribute("[data-path='titel_kilde']", "aria-invalid")
    context.close()
    assert message.startswith("»avisen« står ikke under Kilder.")
    assert invalid == "true"
