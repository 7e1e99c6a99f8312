"""Work that can wait until the window is on screen: run once, just after its first paint."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _AfterFirstPaint(QObject):
    def __init__(self, widget: QWidget, work: Callable[[], object]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._work = work
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt's name)
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            # Queued: the paint being delivered is drawn first.
            QTimer.singleShot(0, self._widget, self._run)
        return False

    def _run(self) -> None:
        self._work()
        self.deleteLater()


def after_first_paint(widget: QWidget, work: Callable[[], object]) -> None:
    """Run ``work`` once, as soon as ``widget`` has been painted for the first time."""
    _AfterFirstPaint(widget, work)
