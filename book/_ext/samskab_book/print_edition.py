"""Sphinx extension part: the whole book as one tagged, accessible PDF (the print edition).

After the HTML pages are written, the article of every page is taken in the order of the
contents and put into one HTML document: a title page with licence and date, the contents with
page numbers, each part with its chapters. Code cells are left out (their output stays), ids
get the page's name in front so they stay unique, and a link to another place in the book
becomes a link inside the PDF that the print style follows with "se side N". Typst
(:mod:`samskab_lib.print_typst`) lays it out as ``samskabelse-i-praksis.pdf`` in the site.

The PDF is made again only when that document or its style changed (:mod:`.freshness`). Every
page's download menu and the start page link it.
"""
from __future__ import annotations

import copy
import html
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urldefrag, urljoin

from docutils import nodes
from lxml import html as lxml_html
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.util import logging

from samskab_lib.print_pdf import page
from samskab_lib.print_typst import PREAMBLE, typst_markup, typst_pdf
from samskab_lib.templates.reading import danish_date
from samskab_lib.texts import text

from . import downloads
from .files import write_if_changed
from .freshness import Stamps, fingerprint

PDF_NAME = "samskabelse-i-praksis.pdf"
SOURCE = Path("print") / "bog.typ"  # beside the doctrees: what the PDF was set from
BIBLIOGRAPHY = "book/kildeliste"
# Parts of a web page that mean nothing on paper (code cells, buttons, scripts, forms).
_DROP = (
    "//script", "//style", "//noscript", "//form", "//button", "//input", "//select",
    "//textarea", "//*[contains(concat(' ', @class, ' '), ' headerlink ')]",
    "//*[contains(concat(' ', @class, ' '), ' cell_input ')]",
    "//*[contains(concat(' ', @class, ' '), ' samskab-scroll-cue ')]",
    "//*[contains(concat(' ', @class, ' '), ' samskab-figur-smal ')]",
    "//*[contains(concat(' ', @class, ' '), ' samskab-metodefilter-status ')]",
    "//*[contains(concat(' ', @class, ' '), ' output ') and "
    "contains(concat(' ', @class, ' '), ' stderr ')]",
)
logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Chapter:
    """A page of the book in print: its name and how deep it sits in the contents (0–2)."""

    docname: str
    depth: int


@dataclass(frozen=True)
class Part:
    """A part of the book (no caption: the pages before the first part)."""

    caption: str
    chapters: tuple[Chapter, ...]


def _below(app: Sphinx, docname: str, depth: int) -> list[Chapter]:
    pages: list[Chapter] = []
    for child in app.env.toctree_includes.get(docname, []):
        pages.append(Chapter(child, depth))
        pages.extend(_below(app, child, depth + 1))
    return pages


def reading_order(app: Sphinx) -> list[Part]:
    """The book's parts and pages in the order of its contents (``_toc.yml``)."""
    root = app.config.root_doc
    parts = [Part("", (Chapter(root, 0),))]
    for toctree in app.env.get_doctree(root).findall(addnodes.toctree):
        chapters: list[Chapter] = []
        for _title, docname in toctree["entries"]:
            chapters.append(Chapter(docname, 1))
            chapters.extend(_below(app, docname, 2))
        parts.append(Part(toctree.get("caption") or "", tuple(chapters)))
    return parts


def anchor(docname: str, fragment: str = "") -> str:
    """The id of a page (or of a place on it) in the print document."""
    base = docname.replace("/", "-")
    return f"{base}--{fragment}" if fragment else base


def _classes(element: Any) -> set[str]:
    return set((element.get("class") or "").split())


def _unwrap(element: Any) -> None:
    """Replace a link by its content (text and children stay in place)."""
    element.tag = "span"
    for attribute in ("href", "title", "target", "rel"):
        element.attrib.pop(attribute, None)


def _relink(article: Any, docname: str, in_book: set[str], outdir: Path) -> None:
    """Point links and images of one page into the print document and at files on disk."""
    page_url = f"/{docname}.html"
    for element in article.iter():
        if not isinstance(element.tag, str):
            continue
        if element.get("id"):
            element.set("id", anchor(docname, element.get("id")))
        if element.tag == "img" and element.get("src"):
            path = urldefrag(urljoin(page_url, element.get("src")))[0]
            element.set("src", (outdir / path.lstrip("/")).resolve().as_uri())
        if element.tag != "a" or not element.get("href"):
            continue
        href = element.get("href")
        if href.startswith(("http://", "https://", "mailto:")):
            continue
        target, fragment = urldefrag(urljoin(page_url, href))
        target_doc = target.lstrip("/").removesuffix(".html")
        if target.endswith(".html") and target_doc in in_book:
            element.set("href", f"#{anchor(target_doc, fragment)}")
            element.attrib.pop("title", None)
            if target_doc != BIBLIOGRAPHY and "image-reference" not in _classes(element):
                element.set("class", " ".join([*_classes(element), "samskab-henvisning"]))
        else:  # a download, an index page or a picture's full size: no place in the PDF
            _unwrap(element)


def _open_details(article: Any) -> None:
    """Show folded content (solutions, examples) open, its summary as a bold line."""
    for details in article.iter("details"):
        details.tag = "div"
        details.set("class", " ".join([*_classes(details), "samskab-foldet"]))
        for summary in details.iter("summary"):
            summary.tag = "p"
            summary.set("class", "samskab-foldet-titel")


def _shift_headings(article: Any, shift: int) -> None:
    for element in article.iter("h1", "h2", "h3", "h4", "h5", "h6"):
        element.tag = f"h{min(int(element.tag[1]) + shift, 6)}"


def chapter_html(outdir: Path, chapter: Chapter, in_book: set[str], heading_shift: int) -> str:
    """The article of one built page, made fit for paper, inside its own ``<section>``."""
    tree = lxml_html.parse(str(outdir / f"{chapter.docname}.html"))
    article = copy.deepcopy(tree.xpath("//article[contains(@class, 'bd-article')]")[0])
    for path in _DROP:
        for element in article.xpath(path):
            element.drop_tree()
    _open_details(article)
    _relink(article, chapter.docname, in_book, outdir)
    _shift_headings(article, heading_shift)
    headings = article.xpath(".//h1|.//h2|.//h3|.//h4|.//h5|.//h6")
    if headings:
        headings[0].set("class", " ".join([*_classes(headings[0]), "samskab-kapiteltitel"]))
    article.tag = "section"
    article.attrib.clear()
    article.set("id", anchor(chapter.docname))
    article.set("class", f"samskab-kapitel samskab-dybde-{chapter.depth}")
    return lxml_html.tostring(article, encoding="unicode")


def _title_of(app: Sphinx, docname: str) -> str:
    return app.env.titles[docname].astext()


def book_title(app: Sphinx) -> str:
    """The book's title as ``_config.yml`` gives it (Jupyter Book sets ``html_title``)."""
    return app.config.html_title or app.config.project


def title_page(app: Sphinx, built: date) -> str:
    """The title page: title, who wrote it, the licences and the date of this edition."""
    config = app.config
    return (
        '<section class="samskab-forside">'
        f'<p class="samskab-forside-titel">{html.escape(book_title(app))}</p>'
        f'<p class="samskab-forside-undertitel">{html.escape(text("print.subtitle"))}</p>'
        f'<p class="samskab-forside-forfatter">{html.escape(config.author)}</p>'
        f'<div class="samskab-forside-fod"><p>{html.escape(text("print.licence"))}</p>'
        f'<p>{html.escape(text("print.edition", date=danish_date(built)))}</p></div>'
        "</section>")


def contents(app: Sphinx, parts: list[Part]) -> str:
    """The contents: every part and page with its page number (the print style adds them)."""
    items = []
    for number, part in enumerate(parts):
        pages = "".join(
            f'<li class="samskab-indhold-{c.depth}"><a href="#{anchor(c.docname)}">'
            f"{html.escape(_title_of(app, c.docname))}</a></li>" for c in part.chapters)
        if part.caption:
            items.append(f'<li class="samskab-indhold-del"><a href="#del-{number}">'
                         f'{html.escape(part.caption)}</a><ol>{pages}</ol></li>')
        else:
            items.append(pages)
    return (f'<nav class="samskab-indhold" aria-labelledby="indhold"><h1 id="indhold">'
            f'{html.escape(text("print.contents"))}</h1><ol>{"".join(items)}</ol></nav>')


def print_document(app: Sphinx, built: date) -> str:
    """The whole print edition as one HTML document."""
    outdir = Path(app.outdir)
    parts = reading_order(app)
    in_book = {c.docname for part in parts for c in part.chapters}
    body = [title_page(app, built), contents(app, parts)]
    for number, part in enumerate(parts):
        if part.caption:
            body.append(f'<section class="samskab-del" id="del-{number}">'
                        f"<h1>{html.escape(part.caption)}</h1></section>")
        # In a part, a chapter's title is a level-2 heading and a section page's a level-3 one.
        for chapter in part.chapters:
            shift = chapter.depth if part.caption else 0
            body.append(chapter_html(outdir, chapter, in_book, shift))
    return page(book_title(app), "".join(body), language=app.config.language,
                author=app.config.author)


def write_pdf(app: Sphinx, exception: Exception | None) -> None:
    """Lay out the print edition into the site, when the build succeeded and its input changed."""
    if exception is not None or app.builder.format != "html":
        return
    source = Path(app.doctreedir).parent / SOURCE
    source.parent.mkdir(parents=True, exist_ok=True)
    outdir = Path(app.outdir)
    markup = typst_markup(print_document(app, date.today()), outdir, title=book_title(app),
                          author=app.config.author)
    write_if_changed(source, markup)
    target = outdir / PDF_NAME
    stamps = Stamps(downloads.stamp_file(app))
    stamp = fingerprint([source, PREAMBLE])
    if stamps.fresh([target], stamp):
        return
    started = time.perf_counter()
    target.write_bytes(typst_pdf(markup, outdir))
    logger.info(text("print.book_done", path=PDF_NAME, seconds=time.perf_counter() - started))
    stamps.record([target], stamp)
    stamps.save()


def add_download_link(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any],
                      doctree: Any) -> None:
    """Put the whole book as PDF into the page's download menu (after the theme's own items)."""
    for button in context.get("header_buttons", []):
        if button.get("label") == "download-buttons":
            button["buttons"].append({
                "type": "link", "url": context["pathto"](PDF_NAME, 1),
                "text": text("print.menu_item"), "tooltip": text("print.menu_tooltip"),
                "icon": "fas fa-file-pdf", "label": "download-book-pdf-button",
            })


def link_on_start_page(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Add a paragraph linking the print edition under the start page's first heading."""
    if docname != app.config.root_doc:
        return
    section = next(iter(doctree.findall(nodes.section)), None)
    if section is None:
        return
    depth = docname.count("/")
    link = nodes.reference("", text("print.start_page_link"),
                           refuri="../" * depth + PDF_NAME, classes=["samskab-bog-pdf"])
    paragraph = nodes.paragraph("", "", link, nodes.Text(" " + text("print.start_page_note")))
    ways_in = [node for node in section.children
               if isinstance(node, nodes.Element) and "samskab-veje" in node["classes"]]
    after = ways_in[0] if ways_in else section[section.first_child_matching_class(nodes.title) or 0]
    section.insert(section.index(after) + 1, paragraph)


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("html-page-context", add_download_link, priority=502)
    app.connect("doctree-resolved", link_on_start_page)
    app.connect("build-finished", write_pdf)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
