"""A staff member reaches every template's blank Word file from the start page in at most three clicks."""
from __future__ import annotations

import io
import zipfile

import pytest
from browsing import open_page

from samskab_lib.templates.definitions import load_template, template_ids

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("template_id", template_ids())
def test_blank_word_file_is_two_clicks_from_the_start_page(browser, base_url: str, template_id: str) -> None:
    title = load_template(template_id).title
    context, page, _visit = open_page(browser, base_url + "index.html")
    page.get_by_role("link", name="Find en skabelon").first.click()  # click 1
    page.wait_for_load_state()
    link = page.get_by_role("link", name=f"Hent »{title}« som tom Word-fil")
    with page.expect_download() as download:
        link.click()  # click 2
    name = download.value.suggested_filename
    content = open(download.value.path(), "rb").read()
    context.close()
    assert name == f"{template_id}-tom.docx"
    assert "word/document.xml" in zipfile.ZipFile(io.BytesIO(content)).namelist()


def test_all_blank_templates_come_in_one_zip(browser, base_url: str) -> None:
    context, page, _visit = open_page(browser, base_url + "book/skabeloner.html")
    with page.expect_download() as download:
        page.get_by_role("link", name="Hent alle skabeloner").click()
    content = open(download.value.path(), "rb").read()
    context.close()
    names = sorted(zipfile.ZipFile(io.BytesIO(content)).namelist())
    assert names == sorted(f"{t}-tom.docx" for t in template_ids())


def test_every_download_link_names_its_template_and_format(browser, base_url: str) -> None:
    context, page, _visit = open_page(browser, base_url + "book/skabeloner.html")
    names = [a.inner_text().strip() for a in page.locator("article a.download").all()]
    context.close()
    assert len(names) == len(set(names)), "two download links read the same"
    assert all(("Word" in n or "Markdown" in n or "zip" in n) for n in names), names
    for template_id in template_ids():
        title = load_template(template_id).title
        assert sum(title in n for n in names) >= 5, title
