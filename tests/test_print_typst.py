"""The book's HTML set as Typst: what a reader wrote comes out as written, links name their page."""
from __future__ import annotations

import io
from pathlib import Path

from pdf_checks import figures_without_alt, normal, structure_types
from pypdf import PdfReader

from samskab_lib.print_typst import typst_markup, typst_pdf

TRICKY = 'Pris: 2.500 kr. # *ikke fed* _x_ "citat" \\ <tag> @navn [1] $5 // ikke kommentar'


def _pdf(body: str, root: Path) -> PdfReader:
    document = f'<!DOCTYPE html><html lang="da"><head></head><body>{body}</body></html>'
    markup = typst_markup(document, root, title="Prøvebog", author="Forfatterne")
    return PdfReader(io.BytesIO(typst_pdf(markup, root)))


def _text(reader: PdfReader) -> list[str]:
    return [normal(page.extract_text()) for page in reader.pages]


def test_text_with_typst_syntax_comes_out_as_written(tmp_path: Path) -> None:
    reader = _pdf(f'<section class="samskab-kapitel"><h1 class="samskab-kapiteltitel">Et kapitel</h1>'
                  f"<p>{TRICKY.replace('<', '&lt;').replace('>', '&gt;')}</p>"
                  "<ol><li>1. punkt</li><li>- ikke en liste</li></ol></section>", tmp_path)
    whole = " ".join(_text(reader))
    assert TRICKY in whole and "1. punkt" in whole and "- ikke en liste" in whole
    assert str(reader.trailer["/Root"]["/Lang"]).startswith("da")
    assert reader.metadata.title == "Prøvebog"


def test_a_link_inside_the_book_names_the_page_it_leads_to(tmp_path: Path) -> None:
    reader = _pdf('<section class="samskab-kapitel" id="a"><h1 class="samskab-kapiteltitel">Først</h1>'
                  '<p>Læs <a class="samskab-henvisning" href="#b">om trin 2</a> og '
                  '<a href="#findes-ikke">noget andet</a>.</p></section>'
                  '<section class="samskab-kapitel" id="b"><h1 class="samskab-kapiteltitel">Bagefter</h1>'
                  "<p>Her.</p></section>", tmp_path)
    pages = _text(reader)
    assert "Læs om trin 2 (se side 2) og noget andet." in pages[0]
    assert pages[1].startswith("Bagefter")  # each chapter starts a page; no running head on it yet


def test_tables_repeat_their_header_and_pictures_keep_their_alt_text(tmp_path: Path) -> None:
    picture = tmp_path / "figur.svg"
    picture.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100">'
                       '<rect width="200" height="100" fill="#0a3d8f"/></svg>', encoding="utf-8")
    rows = "".join(f"<tr><td>Række {n}</td><td class='num'>{n}</td></tr>" for n in range(1, 121))
    reader = _pdf(f'<table><caption>Tabel 1 Mange rækker</caption><thead><tr><th>Navn</th>'
                  f"<th>Tal</th></tr></thead><tbody>{rows}</tbody></table>"
                  f'<figure><img src="{picture.as_uri()}" alt="Et blåt felt"><figcaption>Figur 1 '
                  "Et felt</figcaption></figure>", tmp_path)
    pages = _text(reader)
    assert len(pages) == 2 and all("Navn Tal" in page for page in pages)
    types = structure_types(reader)
    assert types["Table"] == 1 and types["TH"] == 2 and types["Figure"] == 1
    assert figures_without_alt(reader) == 0
