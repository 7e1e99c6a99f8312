"""The letter font: Carlito (SIL OFL 1.1), shipped in resources/fonts and embedded in every PDF."""

from __future__ import annotations

from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from lazeo_desk.letters.resources import font_path

REGULAR = "Carlito"
BOLD = "Carlito-Bold"
ITALIC = "Carlito-Italic"

_FILES = {REGULAR: "Carlito-Regular.ttf", BOLD: "Carlito-Bold.ttf", ITALIC: "Carlito-Italic.ttf"}


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register the faces with ReportLab once per process; returns the family name for paragraph styles."""
    for name, file_name in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(font_path(file_name))))
    # No bold italic face is shipped: bold stands in for it.
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD)
    return REGULAR
