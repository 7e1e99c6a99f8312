"""Data shown as the characters it holds, never as markup.

Names, addresses and request texts come from e-mails and scans: a name such as ``<font size=7>IDENTITY
VERIFIED</font>`` must appear as those characters, not as a badge, and an ``<img src=…>`` must not load a file.
Qt guesses: a label, a message box or a tooltip whose text "looks like" HTML is drawn as rich text. So every
widget that shows data says it is plain (:func:`plain_label`, :func:`make_plain`), every tooltip that carries data
goes through :func:`plain_tooltip`, and where the window's own formatting is rich (bold captions, line breaks)
each piece of data goes in through :func:`escaped`.
"""

from __future__ import annotations

import html

from PySide6.QtGui import Qt
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows ``text`` (and every later text) character for character."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def make_plain(*labels: QLabel) -> None:
    """Makes each of ``labels`` show its texts character for character."""
    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)


def escaped(text: str) -> str:
    """``text`` ready to go inside the window's own rich text, where it shows as written."""
    return html.escape(text, quote=False)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` as written, spaces and line breaks kept.

    Qt draws a tooltip as rich text when it looks like HTML; such a text is handed over escaped instead, in a
    paragraph that keeps its spaces and still wraps, so that it reads the same as a plain one.
    """
    if not Qt.mightBeRichText(text):
        return text
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return '<p style="white-space:pre-wrap">' + "<br>".join(escaped(line) for line in lines) + "</p>"

