"""Keeps the chosen calendar file current: rewritten in the background when cases change and when the day changes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from lazeo_desk.services.calendar import CalendarService
from lazeo_desk.store.database import StoreError
from lazeo_desk.ui.background import BackgroundTasks
from lazeo_desk.ui.placeholders import fill
from lazeo_desk.ui.sentences import error_text


class CalendarKeeper(QObject):
    """Rewrites the kept calendar file (services/calendar.py) off the window's thread, one write at a time.

    Signals: ``written(str, int)`` with the file and the number of events; ``failed(str)`` with a message for the
    user when the file or the database could not be written or read; ``stopped()`` once no file is kept.
    """

    written = Signal(str, int)
    failed = Signal(str)
    stopped = Signal()

    def __init__(self, calendar: CalendarService, tasks: BackgroundTasks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._calendar = calendar
        self._tasks = tasks
        self._busy = False
        self._again = False

    def refresh(self) -> None:
        """Rewrite the file if one is kept; a request during a write runs once more after it."""
        if self._busy:
            self._again = True
            return
        self._busy = True
        self._again = False
        self._tasks.submit(self._work, self._done, self._failed)

    def _work(self) -> object:
        try:
            return self._calendar.refresh_kept()
        except OSError as error:
            # Reported as a value: the background runner re-raises anything but a StoreError.
            return error

    def _done(self, result: object) -> None:
        self._busy = False
        if isinstance(result, OSError):
            self.failed.emit(
                fill(self.tr("The calendar file could not be written: %1"), result.strerror or str(result))
            )
        elif isinstance(result, tuple):
            path, count = result
            self.written.emit(str(path), count)
        if self._again:
            self.refresh()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        if not isinstance(error, StoreError):
            raise error
        self.failed.emit(error_text(error))

    def kept_file(self) -> Path | None:
        return self._calendar.kept_file()

    def choose(self, parent: QWidget) -> QFileDialog:
        """Ask where to keep the calendar (not blocking); choosing a file writes it at once."""
        current = self.kept_file()
        dialog = QFileDialog(parent, self.tr("Keep a calendar file refreshed"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("Calendar files (*.ics)"))
        dialog.setDefaultSuffix("ics")
        if current is not None:
            dialog.selectFile(str(current))
        else:
            dialog.selectFile("lazeo-desk-deadlines.ics")
        dialog.fileSelected.connect(lambda name: self.keep(Path(name)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def keep(self, path: Path | None) -> None:
        """Keep ``path`` refreshed from now on (None: stop), and write it now."""
        try:
            self._calendar.keep(path)
        except StoreError as error:
            self.failed.emit(error_text(error))
            return
        if path is not None:
            self.refresh()
        else:
            self.stopped.emit()
