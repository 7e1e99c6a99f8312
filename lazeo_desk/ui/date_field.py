"""A date typed as the DPO writes it (14/03/2026), possibly empty, checked as it is typed."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from lazeo_desk.ui.dates import DateInputError, format_date, format_input, parse_date_input


class DateField(QLineEdit):
    """A line edit for one date, empty meaning "no date".

    Up and Down move the date by a day. ``echo`` is a label the owner may place beside the field: it repeats the
    date with its weekday ("Thu 5 Mar 2026"), or says what is wrong. Signal ``dateChanged()`` when the date read
    from the text changes.
    """

    dateChanged = Signal()

    def __init__(self, parent: QWidget | None = None, *, required: bool = False) -> None:
        super().__init__(parent)
        self.required = required
        self.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.setMaxLength(10)
        self.setFixedWidth(self.fontMetrics().horizontalAdvance("00/00/00000") + 18)
        # Not a child yet: it appears only where the owner places it (see with_echo).
        self.echo = QLabel()
        self.echo.setObjectName("dateEcho")
        self._last: date | None | str = None
        self.textChanged.connect(self._changed)

    def date_value(self) -> date | None:
        """The date typed, or None; :class:`DateInputError` when the text is not a date."""
        return parse_date_input(self.text())

    def is_valid(self) -> bool:
        try:
            value = self.date_value()
        except DateInputError:
            return False
        return value is not None or not self.required

    def set_date(self, value: date | None) -> None:
        self.setText(format_input(value))

    def _changed(self, _text: str) -> None:
        try:
            value: date | None | str = self.date_value()
        except DateInputError:
            value = "invalid"
        if value == "invalid":
            self.echo.setText(self.tr("not a date: type dd/mm/yyyy"))
            self.echo.setStyleSheet("color: #C62828;")
            self.setProperty("invalid", True)
        else:
            assert not isinstance(value, str)
            self.echo.setText(format_date(value, weekday=True) if value is not None else "")
            self.echo.setStyleSheet("color: #5F6B76;")
            self.setProperty("invalid", False)
        self.style().unpolish(self)
        self.style().polish(self)
        if value != self._last:
            self._last = value
            self.dateChanged.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1}.get(Qt.Key(event.key()))
        if step is not None:
            try:
                current = self.date_value()
            except DateInputError:
                current = None
            if current is not None:
                self.set_date(current + timedelta(days=step))
                event.accept()
                return
        super().keyPressEvent(event)


def with_echo(field: DateField) -> QWidget:
    """The field and its echo side by side, for a form row."""
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(8)
    layout.addWidget(field)
    field.echo.setParent(box)
    layout.addWidget(field.echo, 1)
    return box
