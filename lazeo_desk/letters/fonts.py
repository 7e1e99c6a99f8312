"""The letter fonts, shipped in resources/fonts and embedded in every PDF.

Carlito (SIL OFL 1.1) sets the letter, Latin, Greek and Cyrillic; DejaVu Sans sets the characters Carlito lacks
(Georgian, Armenian, combining accents, many symbols), so that a name is printed whole. A character no shipped
font can draw, or one written right to left (ReportLab neither shapes nor reorders those scripts), is named by
:func:`undrawable` so that the letter can be refused instead of printed with a gap.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from lazeo_desk.letters.resources import font_path

REGULAR = "Carlito"
BOLD = "Carlito-Bold"
ITALIC = "Carlito-Italic"
FALLBACK = "DejaVuSans"
FALLBACK_BOLD = "DejaVuSans-Bold"

_FILES = {
    REGULAR: "Carlito-Regular.ttf",
    BOLD: "Carlito-Bold.ttf",
    ITALIC: "Carlito-Italic.ttf",
    FALLBACK: "DejaVuSans.ttf",
    FALLBACK_BOLD: "DejaVuSans-Bold.ttf",
}

_RIGHT_TO_LEFT = frozenset({"R", "AL", "AN"})


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register the faces with ReportLab once per process; returns the family name for paragraph styles."""
    for name, file_name in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(font_path(file_name))))
    # No bold italic face is shipped: bold stands in for it.
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD)
    pdfmetrics.registerFontFamily(
        FALLBACK, normal=FALLBACK, bold=FALLBACK_BOLD, italic=FALLBACK, boldItalic=FALLBACK_BOLD
    )
    return REGULAR


@lru_cache(maxsize=4)
def _coverage(name: str) -> frozenset[int]:
    """The code points a face has a glyph for (its cmap)."""
    return frozenset(TTFont(f"{name}-cmap", str(font_path(_FILES[name]))).face.charToGlyph)


def _needs_no_glyph(char: str) -> bool:
    return char.isspace() or unicodedata.category(char) in ("Cc", "Cf")


@lru_cache(maxsize=1)
def letter_font_characters() -> frozenset[str]:
    """Every character Carlito draws in both faces the letter uses, as a set a whole line is checked against."""
    return frozenset(chr(code) for code in _coverage(REGULAR) & _coverage(BOLD))


def in_letter_font(char: str) -> bool:
    """Whether Carlito, the letter font, draws ``char`` (in every face the letter uses)."""
    code = ord(char)
    return _needs_no_glyph(char) or all(code in _coverage(face) for face in (REGULAR, BOLD))


def in_fallback_font(char: str) -> bool:
    """Whether DejaVu Sans, the fallback, draws ``char`` left to right (in regular and bold)."""
    code = ord(char)
    if unicodedata.bidirectional(char) in _RIGHT_TO_LEFT:
        return False
    return all(code in _coverage(face) for face in (FALLBACK, FALLBACK_BOLD))


def drawable(char: str) -> bool:
    """Whether some shipped font prints ``char`` as it is meant to be read."""
    if unicodedata.bidirectional(char) in _RIGHT_TO_LEFT:
        return False
    return in_letter_font(char) or in_fallback_font(char)


def undrawable(texts: Iterable[str]) -> list[str]:
    """The characters of ``texts`` no shipped font can draw, once each in order of appearance: "U+738B 王"."""
    seen: dict[str, None] = {}
    for text in texts:
        for char in unicodedata.normalize("NFC", text):
            if char not in seen and not drawable(char):
                seen[char] = None
    return [f"U+{ord(char):04X} {char}" for char in seen]
