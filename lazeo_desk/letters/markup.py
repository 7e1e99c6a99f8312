"""Turning data into ReportLab paragraph markup safely: whatever a user typed prints verbatim.

ReportLab's Paragraph reads its text as XML-like markup and silently drops what looks like a tag
(``<Zoë>``); every piece of data is therefore escaped, and characters no page can show are made visible.
"""

from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

_SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def printable(text: str) -> str:
    """``text`` without the characters that have no place on a page.

    Tabs become spaces; other control and format characters (C0/C1 controls, lone surrogates) cannot be
    printed or would corrupt the PDF: surrogates become U+FFFD, controls are dropped. Line breaks are kept.
    """
    text = _SURROGATE.sub(REPLACEMENT, text).replace("\t", " ").replace("\r\n", "\n").replace("\r", "\n")
    return "".join(char for char in text if char == "\n" or unicodedata.category(char) not in ("Cc", "Cs"))


def data(text: str) -> str:
    """Paragraph markup that prints ``text`` exactly: markup characters escaped, line breaks kept."""
    lines = printable(text).split("\n")
    return "<br/>".join(escape(line) for line in lines)


def bold(text: str) -> str:
    """Markup printing ``text`` in bold, escaped."""
    return f"<b>{data(text)}</b>"
