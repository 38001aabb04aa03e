"""The built book offers every template for download, blank and filled, as Word and Markdown."""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

from docx import Document

from samskab_lib import gantt, load_example, load_template, plan_summary
from samskab_lib.templates.definitions import template_ids


def _download_links(page: str) -> dict[str, str]:
    links = re.findall(r'<a class="reference download internal" download="" '
                       r'href="([^"]+)">', page)
    return {unquote(link).rsplit("/", 1)[-1]: unquote(link) for link in links}


def test_skabeloner_page_links_four_downloads_per_template(site: Path):
    page_path = site / "book" / "skabeloner.html"
    links = _download_links(page_path.read_text(encoding="utf-8"))
    expected = {f"{t}-{v}" for t in template_ids()
                for v in ("tom.docx", "tom.md", "eksempel.docx", "eksempel.md")}
    assert set(links) == expected | {"alle-skabeloner.zip"}
    for name, href in links.items():
        target = (page_path.parent / href).resolve()
        assert target.is_file() and target.parent.parent.name == "_downloads", name


def test_downloaded_word_files_open_and_hold_headings_and_values(site: Path):
    downloads = site / "_downloads"
    for template_id in template_ids():
        title = load_template(template_id).title
        for variant in ("tom", "eksempel"):
            (path,) = downloads.glob(f"*/{template_id}-{variant}.docx")
            doc = Document(str(path))
            assert doc.paragraphs[0].style.name == "Heading 1"
            assert doc.paragraphs[0].text == title
    (plan,) = downloads.glob("*/samarbejdsplan-eksempel.docx")
    cells = [c.text for row in Document(str(plan)).tables[0].rows for c in row.cells]
    assert "Fokusgruppeinterviews med oliefyrsejere" in cells and "100.000" in cells


def test_downloaded_markdown_is_the_rendered_template(site: Path):
    (path,) = (site / "_downloads").glob("*/gruppeplakat-eksempel.md")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Gruppeplakat for de 18 nøgler")
    assert "| 9 – " in text  # key 9 with its title


def test_page_shows_purpose_and_filled_example_of_every_template(site: Path):
    page = (site / "book" / "skabeloner.html").read_text(encoding="utf-8")
    for template_id in template_ids():
        template = load_template(template_id)
        assert template.purpose in page.replace("&#x27;", "'")
    assert "<th scope=\"col\">Aktivitet</th>" in page
    assert "Energigennemgang i eget hjem med inviterede naboer" in page


def test_generated_markdown_downloads_are_not_pages(site: Path):
    assert not list((site / "book" / "_generated").glob("skabeloner/*.html"))


def test_trin3_notebook_page_shows_example_gantt_and_totals_but_no_form_code(site: Path):
    page = (site / "book" / "notesboeger" / "planlaeg-samarbejdet.html").read_text(encoding="utf-8")
    assert "530 timer og 100.000 kr." in page
    alt = gantt(plan_summary(load_example("samarbejdsplan"))).alt
    escaped = alt.replace('"Bliv', "&quot;Bliv").replace('energirådgiver"', "energirådgiver&quot;")
    assert f'alt="{escaped}"' in page
    assert "TemplateForm(" not in page and "assert opsummering" not in page
