"""HTML to a tagged, accessible PDF (PDF/UA-1) with Typst: the book's print edition.

The book is one long HTML document (:mod:`samskab_book.print_edition`); WeasyPrint took minutes
to lay out its 250 pages, Typst takes seconds. :func:`typst_markup` writes the document as Typst
markup: every piece of text as a string literal (nothing a reader wrote can be read as markup),
headings, lists, tables with repeated header rows, figures with their alt text, links inside the
book with "se side N", and the contents from the chapter titles. :func:`typst_pdf` compiles it to
PDF/UA-1 with the DejaVu faces matplotlib ships, so the PDF is the same on every machine.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlparse

from lxml import html as lxml_html
from lxml.html import HtmlElement

from .print_pdf import dejavu_folder
from .texts import get_language, language_scope, languages, text

TEXT_WIDTH_PT = (210 - 2 * 18) / 25.4 * 72  # A4 less the side margins
MAX_FIGURE_PT = 120 / 25.4 * 72  # no chart taller than 12 cm
BOX_CLASSES = {"admonition", "exercise", "solution", "samskab-foldet"}
SKIPPED_TAGS = {"script", "style", "link", "meta", "noscript", "form", "button", "input", "select",
                "textarea", "svg", "colgroup", "col"}
PREAMBLE = Path(__file__).parent / "data" / "print" / "bog.typ"
# Inline HTML elements and the Typst function that sets their content.
INLINE_FUNCTIONS = {"em": "emph", "i": "emph", "cite": "emph", "strong": "strong", "b": "strong",
                    "sup": "super", "sub": "sub", "small": "text.with(size: 0.85em)"}


def string(value: str) -> str:
    """*value* as a Typst string literal."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _classes(element: HtmlElement) -> set[str]:
    return set((element.get("class") or "").split())


@dataclass
class _Labels:
    """A short Typst label for every id that something in the document links to."""

    ids: set[str]
    names: dict[str, str] = field(default_factory=dict)
    placed: set[str] = field(default_factory=set)

    def name(self, identifier: str) -> str:
        if identifier not in self.names:
            self.names[identifier] = f"l{len(self.names) + 1}"
        return self.names[identifier]

    def mark(self, element: HtmlElement) -> str:
        """A zero-size mark carrying the element's id, when something links to it."""
        identifier = element.get("id")
        if identifier and identifier in self.ids and identifier not in self.placed:
            self.placed.add(identifier)
            return f"#metadata(none) <{self.name(identifier)}>"
        return ""

    def unplaced(self) -> str:
        """Marks for ids in parts of the page that print nothing, so every link still works."""
        return "".join(f"#metadata(none) <{self.name(i)}>" for i in sorted(self.ids - self.placed))


class _Writer:
    """Walks the print document and writes Typst markup for it."""

    def __init__(self, root: Path, targets: set[str]) -> None:
        self.root = root
        self.labels = _Labels(targets)

    # -- inline content -------------------------------------------------------------------
    def inline(self, element: HtmlElement) -> str:
        """The content of *element* (its text and children) as inline markup."""
        parts = [self._text(element.text)]
        for child in element:
            if isinstance(child.tag, str):
                parts.append(self.inline_element(child))
            parts.append(self._text(child.tail))
        return "".join(parts)

    @staticmethod
    def _text(value: str | None) -> str:
        if not value:
            return ""
        return "#" + string(re.sub(r"\s+", " ", value)) + ";"

    def inline_element(self, element: HtmlElement) -> str:
        tag = element.tag
        if tag in SKIPPED_TAGS:
            return ""
        mark = self.labels.mark(element)
        if tag in INLINE_FUNCTIONS:
            body = f"#{INLINE_FUNCTIONS[tag]}[{self.inline(element)}];"
        elif tag == "code" or "pre" in _classes(element) and tag == "span":
            body = f"#raw({string(element.text_content())});"
        elif tag == "br":
            body = "#linebreak();"
        elif tag == "img":
            body = f"#box({self.image(element)});"
        elif tag == "a":
            body = self.link(element)
        elif tag in BLOCK_TAGS:  # a block inside inline content (a list in a table cell)
            body = f"#block[{self.block(element)}];"
        else:
            body = self.inline(element)
        return mark + body

    def link(self, element: HtmlElement) -> str:
        href = element.get("href") or ""
        content = self.inline(element)
        if href.startswith("#") and href[1:] in self.labels.ids:
            label = self.labels.name(href[1:])
            body = f"#link(<{label}>)[{content}];"
            if "samskab-henvisning" in _classes(element):
                words = string(f" ({text('print.see_page')} ")
                body += f"#{words};#context counter(page).at(<{label}>).first();#\")\";"
            return body
        if href.startswith(("http://", "https://", "mailto:")):
            return f"#link({string(href)})[{content}];"
        return content

    def image(self, element: HtmlElement) -> str:
        """An ``image(...)`` call: the picture's path in the site, its width and alt text."""
        path = Path(unquote(urlparse(element.get("src", "")).path))
        width, height = _natural_size(path)
        scale = min(1.0, TEXT_WIDTH_PT / width, MAX_FIGURE_PT / height) if width and height else 1
        size = f", width: {width * scale:.1f}pt" if width else ", width: 100%"
        alt = element.get("alt") or ""
        source = "/" + path.resolve().relative_to(self.root.resolve()).as_posix()
        return f"image({string(source)}{size}, alt: {string(alt) if alt else 'none'})"

    # -- blocks ---------------------------------------------------------------------------
    def blocks(self, element: HtmlElement) -> str:
        """The children of *element* as blocks; loose text and inline children as paragraphs."""
        out: list[str] = []
        loose: list[str] = [self._text(element.text)]
        for child in element:
            if not isinstance(child.tag, str):
                loose.append(self._text(child.tail))
                continue
            if child.tag in BLOCK_TAGS:
                out.append("".join(loose))
                loose = []
                out.append(self.block(child))
            else:
                loose.append(self.inline_element(child))
            loose.append(self._text(child.tail))
        out.append("".join(loose))
        return "\n\n".join(part for part in out if part.strip(" ;#\"")) + "\n"

    def block(self, element: HtmlElement) -> str:
        tag, classes = element.tag, _classes(element)
        first = _first_element(element)
        opened_by_heading = first is not None and first.tag in HEADINGS
        mark = "" if tag in HEADINGS or opened_by_heading else self.labels.mark(element)
        if tag in HEADINGS:
            body = self.heading(element)
        elif tag == "p":
            body = self.paragraph(element, classes)
        elif tag in ("ul", "ol"):
            items = ", ".join(f"[{self.labels.mark(li)}{self.blocks(li)}]"
                              for li in element if li.tag == "li")
            body = f"#{'list' if tag == 'ul' else 'enum'}({items});"
        elif tag == "dl":
            body = self.terms(element)
        elif tag == "table":
            body = self.table(element)
        elif tag == "figure":
            body = self.figure(element)
        elif tag == "img":
            body = f"#{self.image(element)};"
        elif tag == "pre":
            body = f"#raw(block: true, {string(element.text_content().rstrip())});"
        elif tag == "blockquote":
            body = f"#quote(block: true)[{self.blocks(element)}];"
        elif tag == "hr":
            body = "#line(length: 100%, stroke: 0.5pt);"
        elif tag == "section" and "samskab-forside" in classes:
            body = self.title_page(element)
        elif tag == "section" and "samskab-del" in classes:
            body = f"#pagebreak(weak: true)\n#v(70mm)\n{self.blocks(element)}"
        elif tag == "section" and "samskab-kapitel" in classes:
            body = f"#pagebreak(weak: true)\n{self.blocks(element)}"
        elif tag == "nav" and "samskab-indhold" in classes:
            body = f"#pagebreak(weak: true)\n#outline(title: {string(text('print.contents'))}, depth: 3)"
        elif classes & BOX_CLASSES:
            body = f"#box-frame[{self.blocks(element)}];"
        elif tag in SKIPPED_TAGS:
            body = ""
        else:
            body = self.blocks(element)
        return mark + ("\n" if mark else "") + body

    def paragraph(self, element: HtmlElement, classes: set[str]) -> str:
        content = self.inline(element)
        if classes & {"admonition-title", "samskab-foldet-titel", "rubric"}:
            return f"#strong[{content}];"
        return content

    def heading(self, element: HtmlElement) -> str:
        level = int(element.tag[1])
        chapter = "samskab-kapiteltitel" in _classes(element)
        part = element.getparent() is not None and "samskab-del" in _classes(element.getparent())
        section = element.getparent()
        opens = section is not None and _first_element(section) is element
        identifier = section.get("id") if opens else None
        labels = [i for i in (element.get("id"), identifier)
                  if i and i in self.labels.ids and i not in self.labels.placed]
        self.labels.placed.update(labels)
        label = f" <{self.labels.name(labels[0])}>" if labels else ""
        extra = "".join(f"\n#metadata(none) <{self.labels.name(i)}>" for i in labels[1:])
        outlined = "true" if chapter or part else "false"
        return (f"#heading(level: {level}, outlined: {outlined}, bookmarked: true)"
                f"[{self.inline(element)}]{label}{extra}")

    def terms(self, element: HtmlElement) -> str:
        items, term = [], ""
        for child in element:
            if child.tag == "dt":
                term = self.labels.mark(child) + self.inline(child)
            elif child.tag == "dd":
                items.append(f"terms.item[{term}][{self.labels.mark(child)}{self.blocks(child)}]")
        return f"#terms({', '.join(items)});"

    def table(self, element: HtmlElement) -> str:
        head = [r for part in element.findall("thead") for r in part.findall("tr")]
        body = [r for part in element if part.tag in ("tbody", "tfoot") for r in part.findall("tr")]
        body += element.findall("tr")
        columns = max((sum(int(c.get("colspan") or 1) for c in row if c.tag in ("td", "th"))
                       for row in head + body), default=1)
        cells = [self.cell(c) for row in body for c in row if c.tag in ("td", "th")]
        header = [self.cell(c) for row in head for c in row if c.tag in ("td", "th")]
        parts = [f"columns: {columns}"]
        if header:
            parts.append(f"table.header(repeat: true, {', '.join(header)})")
        parts += cells
        table = f"table({', '.join(parts)})"
        caption = element.find("caption")
        if caption is None:
            return f"#{table};"
        return (f"#figure(kind: table, numbering: none, caption: figure.caption(position: top)"
                f"[{self.inline(caption)}], {table});")

    def cell(self, element: HtmlElement) -> str:
        span = [f"{name}: {int(element.get(name))}" for name in ("colspan", "rowspan")
                if int(element.get(name) or 1) > 1]
        if "num" in _classes(element):  # numbers line up on the right, as on the web page
            span.append("align: right")
        content = self.labels.mark(element) + self.blocks(element).strip()
        if element.tag == "th":
            content = f"#strong[{content}];" if "\n\n" not in content else content
        return f"table.cell({', '.join(span)})[{content}]" if span else f"[{content}]"

    def figure(self, element: HtmlElement) -> str:
        images = element.findall(".//img")
        caption = element.find("figcaption")
        if not images:
            return self.blocks(element)
        body = self.image(images[0])
        if caption is None:
            return f"#figure(numbering: none, {body});"
        return f"#figure(numbering: none, {body}, caption: [{self.inline(caption)}]);"

    def title_page(self, element: HtmlElement) -> str:
        def part(name: str) -> str:
            found = element.find_class(name)
            return self.inline(found[0]) if found else ""

        return (f"#title-page([{part('samskab-forside-titel')}], "
                f"[{part('samskab-forside-undertitel')}], [{part('samskab-forside-forfatter')}], "
                f"[{self.blocks(element.find_class('samskab-forside-fod')[0])}])")


HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
BLOCK_TAGS = HEADINGS | {"p", "ul", "ol", "dl", "table", "figure", "pre", "blockquote", "hr",
                         "section", "div", "nav", "article", "aside", "main", "header", "footer",
                         "fieldset", "details", "summary", "legend", "caption"}


def _first_element(element: HtmlElement) -> HtmlElement | None:
    """The first child element, or None."""
    return next((child for child in element if isinstance(child.tag, str)), None)


def _natural_size(path: Path) -> tuple[float, float]:
    """The picture's size in points (96 pixels to the inch), or (0, 0) when it says none."""
    if path.suffix.lower() == ".svg":
        head = path.read_text(encoding="utf-8", errors="replace")[:2000]
        box = re.search(r'viewBox="[\d.\s-]+?\s([\d.]+)\s+([\d.]+)"', head)
        width = re.search(r'<svg[^>]*\swidth="([\d.]+)(pt|px)?"', head)
        height = re.search(r'<svg[^>]*\sheight="([\d.]+)(pt|px)?"', head)
        if width and height:
            factor = 1.0 if width.group(2) == "pt" else 0.75
            return float(width.group(1)) * factor, float(height.group(1)) * factor
        return (float(box.group(1)) * 0.75, float(box.group(2)) * 0.75) if box else (0, 0)
    from PIL import Image

    with Image.open(path) as picture:
        return picture.width * 0.75, picture.height * 0.75


def _link_targets(tree: HtmlElement) -> Iterator[str]:
    for link in tree.iter("a"):
        href = link.get("href") or ""
        if href.startswith("#"):
            yield href[1:]


def language_settings(language: str | None = None) -> str:
    """Typst names for a language and its region (``nb`` and ``no``; the library's current
    language when *language* is not one of its own), which the page styles set as the text's
    language: hyphenation, quotes and the PDF's language follow it."""
    with language_scope(language if language in languages() else get_language()):
        code, _, region = text("format.word_language").partition("-")
    return f"#let text-language = {string(code)}\n#let text-region = {string(region.lower())}\n"


def typst_markup(document: str, root: Path, *, title: str, author: str) -> str:
    """The print document (whole HTML) as Typst markup, in the document's language (``lang``);
    pictures are read below *root*."""
    tree = lxml_html.fromstring(document)
    ids = {e.get("id") for e in tree.iter() if isinstance(e.tag, str) and e.get("id")}
    writer = _Writer(root, ids & set(_link_targets(tree)))
    body = writer.blocks(tree.find("body")) + writer.labels.unplaced() + "\n"
    settings = (f"{language_settings(tree.get('lang'))}#let book-title = {string(title)}\n"
                f"#set document(title: book-title, author: {string(author)})\n")
    return settings + PREAMBLE.read_text(encoding="utf-8") + "\n" + body


def typst_pdf(markup: str, root: Path) -> bytes:
    """Compile *markup* to the bytes of a tagged PDF/UA-1 file (pictures read below *root*)."""
    import typst  # only when a PDF is made

    # The stub binds input, root and fonts to one type; the markup is bytes, the folders text.
    pdf: bytes = typst.compile(  # type: ignore[misc]
        markup.encode("utf-8"), root=str(root), font_paths=[str(dejavu_folder())],
        ignore_system_fonts=True, pdf_standards=["ua-1"])
    return pdf
