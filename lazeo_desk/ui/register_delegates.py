"""Delegates that paint the register's countdown and status cells as coloured badges."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from lazeo_desk.domain.deadlines import Countdown
from lazeo_desk.domain.status import Status
from lazeo_desk.ui.badges import COUNTDOWN_STYLES, STATUS_STYLES, BadgeStyle, badge_width, paint_badge
from lazeo_desk.ui.register_model import CountdownRole, StatusRole

ModelIndex = QModelIndex | QPersistentModelIndex


class _BadgeDelegate(QStyledItemDelegate):
    """Paints the item's frame and selection as usual, then its text as a badge."""

    def style_for(self, index: ModelIndex) -> BadgeStyle | None:
        raise NotImplementedError

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        style = self.style_for(index)
        if style is None:
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        text = item.text
        item.text = ""
        widget = option.widget
        qstyle = widget.style() if widget is not None else QApplication.style()
        qstyle.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        area = item.rect.adjusted(4, 0, -4, 0)
        paint_badge(painter, area, text, style)

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        style = self.style_for(index)
        if style is None:
            return hint
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        width = badge_width(option.font, text, style) + 16
        return QSize(max(hint.width(), width), max(hint.height(), 26))


class CountdownDelegate(_BadgeDelegate):
    """Overdue red, due within a week amber, paused grey, on track neutral, finished muted."""

    def style_for(self, index: ModelIndex) -> BadgeStyle | None:
        state = index.data(CountdownRole)
        return COUNTDOWN_STYLES[state.state] if isinstance(state, Countdown) else None


class StatusDelegate(_BadgeDelegate):
    """Each status its own quiet colour."""

    def style_for(self, index: ModelIndex) -> BadgeStyle | None:
        key = index.data(StatusRole)
        return STATUS_STYLES[Status(key)] if isinstance(key, str) else None
