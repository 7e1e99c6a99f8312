"""The counts above the register (overdue, due this week, …); clicking one filters the list to those cases."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QSizePolicy, QWidget

from lazeo_desk.store.register import QuickFilter
from lazeo_desk.ui.labels import quick_filter_label

# The colour of each count when it is not zero; red and amber only where something needs doing.
ACCENTS: dict[QuickFilter, str] = {
    QuickFilter.OVERDUE: "#C62828",
    QuickFilter.DUE_THIS_WEEK: "#B26A00",
    QuickFilter.AWAITING_REQUESTER: "#5F6368",
    QuickFilter.IDENTITY_TO_VERIFY: "#5B3A8C",
    QuickFilter.OPEN: "#0B4F8A",
    QuickFilter.ANSWERED_THIS_MONTH: "#2E6B30",
}


class SummaryCard(QAbstractButton):
    """One count and its label; checkable (checked: the register shows only these cases)."""

    def __init__(self, quick: QuickFilter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.quick = quick
        self._count: int | None = None
        self.setCheckable(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setText(quick_filter_label(quick))
        self.setAccessibleName(self.text())
        self.setMinimumHeight(58)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.toggled.connect(self._update_tooltip)
        self._update_tooltip()

    @property
    def count(self) -> int | None:
        return self._count

    def set_count(self, count: int | None) -> None:
        self._count = count
        self._update_tooltip()
        self.update()

    def _update_tooltip(self, _checked: bool = False) -> None:
        if self.isChecked():
            self.setToolTip(self.tr("Showing only these cases; click again to show all"))
        else:
            self.setToolTip(self.tr("Show only these cases"))

    def sizeHint(self) -> QSize:
        return QSize(150, 58)

    def minimumSizeHint(self) -> QSize:
        return QSize(96, 58)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        accent = QColor(ACCENTS[self.quick])
        outline = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        if self.isChecked():
            fill = QColor(accent)
            fill.setAlpha(28)
            painter.setBrush(fill)
            painter.setPen(QPen(accent, 2))
        else:
            painter.setBrush(QColor("#FFFFFF") if not self.underMouse() else QColor("#F5F7F9"))
            painter.setPen(QPen(QColor("#D5DADF"), 1))
        painter.drawRoundedRect(outline.adjusted(1, 1, -1, -1), 6, 6)
        if self.hasFocus():
            painter.setPen(QPen(QColor("#3B82C4"), 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(outline.adjusted(3, 3, -3, -3), 4, 4)
        number_font = QFont(self.font())
        number_font.setPointSizeF(self.font().pointSizeF() * 1.7)
        number_font.setBold(True)
        painter.setFont(number_font)
        active = self._count is not None and self._count > 0
        painter.setPen(accent if active else QColor("#9AA0A6"))
        text_area = QRectF(self.rect()).adjusted(14, 6, -10, -6)
        shown = "–" if self._count is None else f"{self._count:,}".replace(",", "\u202f")
        painter.drawText(text_area, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), shown)
        painter.setFont(self.font())
        painter.setPen(QColor("#3C4650"))
        painter.drawText(text_area, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), self.text())
        painter.end()


class SummaryStrip(QWidget):
    """The six counts. Signal ``chosen(object)``: the :class:`QuickFilter` clicked, or None when unchecked."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self._cards: dict[QuickFilter, SummaryCard] = {}
        for quick in QuickFilter:
            card = SummaryCard(quick, self)
            card.clicked.connect(lambda _checked=False, q=quick: self._clicked(q))
            layout.addWidget(card, 1)
            self._cards[quick] = card

    def card(self, quick: QuickFilter) -> SummaryCard:
        return self._cards[quick]

    def set_counts(self, counts: dict[QuickFilter, int] | None) -> None:
        for quick, card in self._cards.items():
            card.set_count(None if counts is None else counts.get(quick, 0))

    def current(self) -> QuickFilter | None:
        for quick, card in self._cards.items():
            if card.isChecked():
                return quick
        return None

    def set_current(self, quick: QuickFilter | None) -> None:
        """Check ``quick`` (or none) without emitting ``chosen``."""
        for key, card in self._cards.items():
            card.setChecked(key is quick)

    def _clicked(self, quick: QuickFilter) -> None:
        card = self._cards[quick]
        if card.isChecked():
            for key, other in self._cards.items():
                if key is not quick and other.isChecked():
                    other.setChecked(False)
            self.chosen.emit(quick)
        else:
            self.chosen.emit(None)
