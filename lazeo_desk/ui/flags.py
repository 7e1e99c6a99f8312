"""Small national flags for the jurisdiction column, painted in code (no image files to ship)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from lazeo_desk.domain.case import Jurisdiction

# Official colours; Belgium and France in vertical bands, Luxembourg in horizontal ones.
_BANDS: dict[Jurisdiction, tuple[bool, tuple[str, str, str]]] = {
    Jurisdiction.BE: (True, ("#000000", "#FAE042", "#ED2939")),
    Jurisdiction.FR: (True, ("#002395", "#FFFFFF", "#ED2939")),
    Jurisdiction.LU: (False, ("#EF3340", "#FFFFFF", "#00A3E0")),
}

WIDTH, HEIGHT = 18, 12


@cache
def flag_icon(jurisdiction: Jurisdiction) -> QIcon:
    """The flag of ``jurisdiction``, 18x12 with a thin grey border (drawn once, then cached)."""
    vertical, colours = _BANDS[jurisdiction]
    pixmap = QPixmap(WIDTH * 2, HEIGHT * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(Qt.PenStyle.NoPen)
    for index, colour in enumerate(colours):
        painter.setBrush(QColor(colour))
        if vertical:
            painter.drawRect(QRectF(index * WIDTH / 3, 0, WIDTH / 3 + 0.1, HEIGHT))
        else:
            painter.drawRect(QRectF(0, index * HEIGHT / 3, WIDTH, HEIGHT / 3 + 0.1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QColor("#9AA0A6"))
    painter.drawRect(QRectF(0.25, 0.25, WIDTH - 0.5, HEIGHT - 0.5))
    painter.end()
    return QIcon(pixmap)
