"""HTML to a tagged, accessible PDF (PDF/UA-1) with WeasyPrint: the course folders.

A course folder goes through :func:`pdf_bytes` (the book's print edition and the method
worksheets are set with Typst in :mod:`.print_typst`, with the same faces): A4 unless the page style says
otherwise, Danish hyphenation (``lang`` on the document), a structure tree with headings, lists,
tables and figures with their alt text, and bookmarks from the headings. The fonts are the
DejaVu faces that matplotlib ships, so a PDF looks the same on every machine, whatever fonts
it has installed.
"""
from __future__ import annotations

import html
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from types import ModuleType

from .resources import DATA_DIR
from .texts import text

PRINT_DIR = DATA_DIR / "print"
BASE_STYLE = PRINT_DIR / "grund.css"
VARIANT = "pdf/ua-1"
# (family, file, weight, style) for every face the print styles use.
_FACES = (
    ("Samskab Sans", "DejaVuSans.ttf", "normal", "normal"),
    ("Samskab Sans", "DejaVuSans-Bold.ttf", "bold", "normal"),
    ("Samskab Sans", "DejaVuSans-Oblique.ttf", "normal", "italic"),
    ("Samskab Sans", "DejaVuSans-BoldOblique.ttf", "bold", "italic"),
    ("Samskab Serif", "DejaVuSerif.ttf", "normal", "normal"),
    ("Samskab Serif", "DejaVuSerif-Bold.ttf", "bold", "normal"),
    ("Samskab Serif", "DejaVuSerif-Italic.ttf", "normal", "italic"),
    ("Samskab Serif", "DejaVuSerif-BoldItalic.ttf", "bold", "italic"),
    ("Samskab Mono", "DejaVuSansMono.ttf", "normal", "normal"),
    ("Samskab Mono", "DejaVuSansMono-Bold.ttf", "bold", "normal"),
)


def dejavu_folder() -> Path:
    """The folder of the DejaVu faces that matplotlib ships."""
    import matplotlib  # only when a PDF is made: loading the book's extension stays light

    return Path(matplotlib.get_data_path()) / "fonts" / "ttf"


@lru_cache(maxsize=1)
def font_faces() -> str:
    """``@font-face`` rules for the DejaVu faces in matplotlib's data folder."""
    fonts = dejavu_folder()
    return "\n".join(
        f'@font-face {{ font-family: "{family}"; src: url("{(fonts / name).as_uri()}"); '
        f"font-weight: {weight}; font-style: {style}; }}"
        for family, name, weight, style in _FACES)


def page(title: str, body: str, *, language: str | None = None, author: str = "") -> str:
    """A whole HTML document around *body*, with the title and language a PDF reader shows
    (*language* defaults to the library's current one)."""
    language = language or text("format.html_language")
    meta = f'<meta name="author" content="{html.escape(author)}">' if author else ""
    return (f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8">'
            f"<title>{html.escape(title)}</title>{meta}</head><body>{body}</body></html>")


def _weasyprint() -> ModuleType:
    """WeasyPrint, or a Danish message naming the system libraries it needs."""
    try:
        import weasyprint
    except OSError as error:  # Pango missing: WeasyPrint loads it when imported
        raise RuntimeError(text("print.missing_pango", error=error)) from error
    return weasyprint


def pdf_bytes(document: str, *, base_url: str | Path, stylesheets: Sequence[Path] = (),
              extra_style: str = "") -> bytes:
    """*document* (whole HTML) as the bytes of a tagged PDF/UA-1 file.

    Relative addresses in the HTML are read from *base_url*; the base print style comes first,
    then *stylesheets*, then *extra_style* (CSS made from texts, such as "se side").
    """
    weasyprint = _weasyprint()
    styles = [weasyprint.CSS(string=font_faces()), weasyprint.CSS(filename=str(BASE_STYLE)),
              *(weasyprint.CSS(filename=str(path)) for path in stylesheets),
              weasyprint.CSS(string=extra_style)]
    rendered = weasyprint.HTML(string=document, base_url=str(base_url))
    return rendered.write_pdf(stylesheets=styles, pdf_variant=VARIANT)
