"""The colours of countdown and status badges, and how a badge is painted."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter

from lazeo_desk.domain.deadlines import CountdownState
from lazeo_desk.domain.status import Status


@dataclass(frozen=True)
class BadgeStyle:
    """Text colour, fill (None: no pill, just coloured text) and weight of a badge."""

    foreground: str
    background: str | None = None
    bold: bool = False
    italic: bool = False

    def qforeground(self) -> QColor:
        return QColor(self.foreground)

    def stylesheet(self) -> str:
        """The same look for a QLabel."""
        parts = [f"color: {self.foreground};"]
        if self.background is not None:
            parts.append(f"background: {self.background}; border-radius: 9px; padding: 2px 10px;")
        if self.bold:
            parts.append("font-weight: 600;")
        if self.italic:
            parts.append("font-style: italic;")
        return " ".join(parts)


MUTED = "#8A9199"
TEXT = "#1F2933"

# Overdue red, due within a week amber (today strongest), paused grey, on track neutral, closed muted.
COUNTDOWN_STYLES: dict[CountdownState, BadgeStyle] = {
    CountdownState.OVERDUE: BadgeStyle("#FFFFFF", "#C62828", bold=True),
    CountdownState.DUE_TODAY: BadgeStyle("#5C2E00", "#FFB74D", bold=True),
    CountdownState.DUE_SOON: BadgeStyle("#6B4500", "#FFE8B0"),
    CountdownState.ON_TRACK: BadgeStyle("#2F3B45", "#EEF1F4"),
    CountdownState.PAUSED: BadgeStyle("#55595E", "#E3E5E8"),
    CountdownState.CLOSED_ON_TIME: BadgeStyle(MUTED),
    CountdownState.CLOSED_LATE: BadgeStyle("#B07A7A"),
}

STATUS_STYLES: dict[Status, BadgeStyle] = {
    Status.NEW: BadgeStyle("#0B4F8A", "#DCEBFA"),
    Status.VERIFYING_IDENTITY: BadgeStyle("#5B3A8C", "#ECE3F7"),
    Status.AWAITING_REQUESTER: BadgeStyle("#5F6368", "#E3E5E8"),
    Status.IN_PROGRESS: BadgeStyle("#0F5C55", "#D8F0EC"),
    Status.ANSWERED: BadgeStyle("#2E6B30", "#E1F2E1"),
    Status.CLOSED: BadgeStyle(MUTED, "#F1F3F4"),
    Status.REFUSED: BadgeStyle("#8C3B3B", "#F6E4E4"),
    Status.WITHDRAWN: BadgeStyle(MUTED, "#F1F3F4"),
    Status.REFERRED: BadgeStyle("#4A5A6A", "#E6ECF1"),
}

BADGE_HEIGHT = 20
BADGE_PADDING = 8


def badge_width(font: QFont, text: str, style: BadgeStyle) -> int:
    metrics = QFontMetrics(_badge_font(font, style))
    return metrics.horizontalAdvance(text) + (2 * BADGE_PADDING if style.background else 0)


def _badge_font(font: QFont, style: BadgeStyle) -> QFont:
    shown = QFont(font)
    shown.setBold(style.bold)
    shown.setItalic(style.italic)
    return shown


def paint_badge(painter: QPainter, rect: QRect, text: str, style: BadgeStyle) -> None:
    """A rounded pill (or plain coloured text) at the left of ``rect``, vertically centred, elided to fit."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = _badge_font(painter.font(), style)
    painter.setFont(font)
    metrics = QFontMetrics(font)
    padding = BADGE_PADDING if style.background else 0
    available = max(0, rect.width() - 2 * padding - 4)
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, available)
    width = metrics.horizontalAdvance(shown) + 2 * padding
    height = min(BADGE_HEIGHT, rect.height() - 2)
    pill = QRectF(rect.left() + 2, rect.center().y() - height / 2 + 0.5, width, height)
    if style.background is not None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(style.background))
        painter.drawRoundedRect(pill, height / 2, height / 2)
    painter.setPen(QColor(style.foreground))
    painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), shown)
    painter.restore()
