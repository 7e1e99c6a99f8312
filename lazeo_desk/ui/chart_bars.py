"""A bar chart painted with QPainter: stacked series per category, a legend, and a click per bar.

Painted by hand rather than with QtCharts, which needs PySide6-Addons (about 200 MB more to install and to bundle
with PyInstaller) for four bar charts. It takes the window's font and palette, so it follows its look.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from lazeo_desk.ui.plain_text import plain_tooltip

# One colour per series; the same order as the annual report's, so that a right has one colour everywhere.
PALETTE = ("#1f4e79", "#e07b00", "#2e8b57", "#b22222", "#7b3f99", "#8c6d1f", "#2a9fd6", "#6b6b6b")


def _round_up(value: float) -> float:
    """The axis' top: four equal steps of 1, 2 or 5 times a power of ten, so that every grid line is a round
    number."""
    step = 1.0
    while step * 4 < value:
        for factor in (2.0, 2.5, 2.0):
            step *= factor
            if step * 4 >= value:
                break
    return step * 4


class BarChart(QWidget):
    """Signals ``barClicked(int)`` with the index of the category clicked."""

    barClicked = Signal(int)

    def __init__(self, title: str, parent: QWidget | None = None, *, maximum: float | None = None,
                 suffix: str = "") -> None:
        super().__init__(parent)
        self.title = title
        self.maximum = maximum
        self.suffix = suffix
        self.categories: list[str] = []
        self.series: list[tuple[str, list[float]]] = []
        self._bars: list[QRectF] = []
        self.setMinimumHeight(190)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:
        return QSize(420, 230)

    def set_data(self, categories: Sequence[str], series: Sequence[tuple[str, Sequence[float]]]) -> None:
        """``series``: (name, one value per category) each, stacked in that order."""
        self.categories = list(categories)
        self.series = [(name, [float(v) for v in values]) for name, values in series]
        self._bars = []
        self.setToolTip("")
        self.update()

    def totals(self) -> list[float]:
        return [sum(values[i] for _, values in self.series) for i in range(len(self.categories))]

    def bar_rect(self, index: int) -> QRectF:
        """Where the bar of category ``index`` was painted (empty before the first paint)."""
        return self._bars[index] if index < len(self._bars) else QRectF()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(palette.ColorRole.WindowText)
        metrics = painter.fontMetrics()
        line = metrics.height()
        bold = painter.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text)
        painter.drawText(QPointF(0, line), self.title)
        painter.setFont(self.font())
        legend_height = 0
        if len(self.series) > 1:
            x = 0.0
            legend_height = line + 4
            for index, (name, _values) in enumerate(self.series):
                entry_width = metrics.horizontalAdvance(name) + 22
                if x + entry_width > self.width():
                    x = 0.0
                    legend_height += line + 2
                row_top = float(legend_height + 2)
                painter.fillRect(QRectF(x, row_top + 3, 10, 10), QColor(PALETTE[index % len(PALETTE)]))
                painter.drawText(QPointF(x + 14, row_top + line - 3), name)
                x += entry_width
        top = float(line + legend_height + 8)
        bottom = float(self.height() - line - 6)
        left = float(metrics.horizontalAdvance("1000" + self.suffix) + 8)
        right = float(self.width() - 4)
        totals = self.totals()
        highest = self.maximum or _round_up(max(totals, default=0.0))
        grid = QPen(palette.color(palette.ColorRole.Mid))
        grid.setWidthF(0.5)
        for step in range(5):
            value = highest * step / 4
            y = bottom - (bottom - top) * step / 4
            painter.setPen(grid)
            painter.drawLine(QPointF(left, y), QPointF(right, y))
            painter.setPen(text)
            label = f"{value:.0f}{self.suffix}"
            painter.drawText(QRectF(0, y - line / 2, left - 4, line),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), label)
        self._bars = []
        count = len(self.categories)
        if count == 0:
            painter.end()
            return
        slot = (right - left) / count
        width = max(2.0, slot * 0.7)
        for index, name in enumerate(self.categories):
            x = left + slot * index + (slot - width) / 2
            base = bottom
            for series_index, (_series_name, values) in enumerate(self.series):
                height = (bottom - top) * values[index] / highest
                painter.fillRect(QRectF(x, base - height, width, height), QColor(PALETTE[series_index % len(PALETTE)]))
                base -= height
            self._bars.append(QRectF(x, top, width, bottom - top))
            painter.setPen(text)
            shown = metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(slot))
            painter.drawText(QRectF(left + slot * index, bottom + 2, slot, line),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), shown)
        painter.end()

    def _index_at(self, point: QPointF) -> int | None:
        for index, rect in enumerate(self._bars):
            if rect.contains(point):
                return index
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self._index_at(event.position())
        if index is None:
            self.setToolTip("")
            self.unsetCursor()
            return
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        parts = [f"{name}: {values[index]:.0f}{self.suffix}" for name, values in self.series if values[index]]
        # A centre is named as the cases give it: shown as written, never as markup.
        self.setToolTip(plain_tooltip("\n".join([self.categories[index], *parts])))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() is Qt.MouseButton.LeftButton:
            index = self._index_at(event.position())
            if index is not None:
                self.barClicked.emit(index)
