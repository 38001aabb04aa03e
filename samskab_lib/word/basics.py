"""What every Word file the library writes shares: the current language's proofing on every
style (da-DK, nb-NO: the text ``format.word_language``), the book as author, the page size, and
the same bytes for the same content."""
from __future__ import annotations

import io
import zipfile
from datetime import datetime

from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import Section
from docx.shared import Length, Mm

from ..texts import text, texts_under

A4 = (210, 297)  # width and height in mm, portrait
_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
_FIXED_TIME = datetime(2026, 1, 1)  # core properties' dates, fixed so the bytes are reproducible


def docx_bytes(doc: DocxDocument) -> bytes:
    """The document as the bytes of a ``.docx`` file; the same content gives the same bytes."""
    buffer = io.BytesIO()
    doc.save(buffer)
    return reproducible(buffer.getvalue())


def reproducible(docx: bytes) -> bytes:
    """Rewrite the .docx zip with fixed entry times, so unchanged content is unchanged bytes.

    Repeated builds then leave the book's downloads (and the pages that link them) untouched.
    """
    source = zipfile.ZipFile(io.BytesIO(docx))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            fixed = zipfile.ZipInfo(entry.filename, date_time=_ZIP_EPOCH)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(entry.filename))
    return buffer.getvalue()


def set_properties(doc: DocxDocument, title: str, subject: str = "") -> None:
    """Core properties: the book is the author, *title* the title, no generator name."""
    properties = doc.core_properties
    book = text("template_render.book_title")
    properties.title = title
    properties.subject = subject
    properties.author = book
    properties.last_modified_by = book
    properties.comments = text("template_render.subtitle")
    properties.keywords = ""
    properties.category = ""
    properties.language = text("format.word_language")
    properties.revision = 1
    properties.created = _FIXED_TIME
    properties.modified = _FIXED_TIME
    properties.last_printed = _FIXED_TIME


def set_proofing_language(doc: DocxDocument) -> None:
    """The current language's proofing on the document defaults, every style and the settings."""
    code = text("format.word_language")
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    run_defaults = defaults.find(qn("w:rPrDefault"))
    _set_language(run_defaults.find(qn("w:rPr")), code)
    for style in styles.findall(qn("w:style")):
        _set_language(style.get_or_add_rPr(), code)
    theme_language = doc.settings.element.find(qn("w:themeFontLang"))
    if theme_language is not None:
        theme_language.set(qn("w:val"), code)
        theme_language.set(qn("w:eastAsia"), code)


def set_style_names(doc: DocxDocument) -> None:
    """The library's own styles of reference.docx named in the current language, as Word's
    style list shows them (``word_styles`` in the catalogue, by style id)."""
    for style_id, name in texts_under("word_styles").items():
        doc.styles.element.get_by_id(style_id).name_val = name


def _set_language(properties: BaseOxmlElement, code: str) -> None:
    language = properties.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        later = [properties.find(qn(t)) for t in ("w:eastAsianLayout", "w:specVanish", "w:oMath")]
        following = next((e for e in later if e is not None), None)
        if following is not None:
            following.addprevious(language)
        else:
            properties.append(language)
    language.set(qn("w:val"), code)
    language.set(qn("w:eastAsia"), code)


def set_page(section: Section, paper_mm: tuple[int, int], landscape: bool, margin: Length) -> None:
    """Set *section* to the paper size (portrait width, height in mm) and the same margin all round."""
    short, long_ = (Mm(side) for side in paper_mm)
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (long_, short) if landscape else (short, long_)
    section.left_margin = section.right_margin = margin
    section.top_margin = section.bottom_margin = margin


def update_fields_on_open(doc: DocxDocument) -> None:
    """Ask Word to update the table of contents when the file opens, so it gets page numbers.

    (LibreOffice shows the entries as written, without page numbers.)
    """
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    settings = doc.settings.element
    later = next((child for child in settings if child.tag in {qn(f"w:{name}") for name in _AFTER_UPDATE}
                  or child.tag.endswith("}mathPr")), None)
    if later is None:
        settings.append(update)
    else:
        later.addprevious(update)


# settings children that come after w:updateFields in the schema's order
_AFTER_UPDATE = ("hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids",
                 "attachedSchema", "themeFontLang", "clrSchemeMapping",
                 "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures", "forceUpgrade",
                 "captions", "readModeInkLockDown", "smartTagType", "shapeDefaults",
                 "doNotEmbedSmartTags", "decimalSymbol", "listSeparator")
