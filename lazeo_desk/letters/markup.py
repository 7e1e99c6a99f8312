"""Turning data into ReportLab paragraph markup safely: whatever a user typed prints verbatim.

ReportLab's Paragraph reads its text as XML-like markup and silently drops what looks like a tag
(``<Zoë>``); every piece of data is therefore escaped, and characters no page can show are made visible.
Characters the letter font lacks are set in the fallback font rather than left out.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from xml.sax.saxutils import escape

from lazeo_desk.letters.fonts import (
    FALLBACK,
    FALLBACK_BOLD,
    in_fallback_font,
    in_letter_font,
    letter_font_characters,
)

_SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def printable(text: str) -> str:
    """``text`` without the characters that have no place on a page.

    Tabs become spaces; other control and format characters (C0/C1 controls, lone surrogates) cannot be
    printed or would corrupt the PDF: surrogates become U+FFFD, controls are dropped. Line breaks are kept.
    """
    text = _SURROGATE.sub(REPLACEMENT, text).replace("\t", " ").replace("\r\n", "\n").replace("\r", "\n")
    return "".join(char for char in text if char == "\n" or unicodedata.category(char) not in ("Cc", "Cs"))


def _with_fallback(line: str, face: str) -> str:
    """``line`` escaped, with each run of characters that only the fallback font draws set in its ``face``."""
    # Most lines are wholly in the letter font: one set difference settles them, char by char only the rest.
    if all(in_letter_font(char) for char in set(line) - letter_font_characters()):
        return escape(line)
    parts: list[str] = []
    run: list[str] = []
    for char in line:
        if not in_letter_font(char) and in_fallback_font(char):
            run.append(char)
            continue
        if run:
            parts.append(f'<font face="{face}">{escape("".join(run))}</font>')
            run = []
        parts.append(escape(char))
    if run:
        parts.append(f'<font face="{face}">{escape("".join(run))}</font>')
    return "".join(parts)


@lru_cache(maxsize=4096)
def data(text: str, *, fallback: str = FALLBACK) -> str:
    """Paragraph markup that prints ``text`` exactly: markup characters escaped, line breaks kept.

    The text is put in composed form (NFC) first, so that a letter typed with a combining accent prints as the
    accented letter the font has.
    """
    lines = unicodedata.normalize("NFC", printable(text)).split("\n")
    return "<br/>".join(_with_fallback(line, fallback) for line in lines)


def bold(text: str) -> str:
    """Markup printing ``text`` in bold, escaped."""
    return f"<b>{data(text, fallback=FALLBACK_BOLD)}</b>"
