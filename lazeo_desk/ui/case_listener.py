"""The window hears the cases colleagues change on a shared PostgreSQL server (services/case_changes.py).

The listening connection's socket is watched by a QSocketNotifier: the event loop wakes when the server sends
something, and the notifications are read without waiting. Bursts are gathered for a moment, so that a colleague's
import of fifty cases reads the register once, not fifty times.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from lazeo_desk.services.case_changes import CaseChanges, ChangesLost

# How long the references heard are gathered before the window reads again: well within the two seconds in which
# a colleague's change is to be seen.
GATHER_MS = 250


class CaseListener(QObject):
    """Signals: ``changed(list)`` with the references changed elsewhere (each once); ``lost(str)`` once, when the
    listening connection is lost (the window then refreshes only when asked)."""

    changed = Signal(list)
    lost = Signal(str)

    def __init__(self, changes: CaseChanges, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._changes: CaseChanges | None = changes
        self._heard: dict[str, None] = {}
        self._gather = QTimer(self)
        self._gather.setSingleShot(True)
        self._gather.setInterval(GATHER_MS)
        self._gather.timeout.connect(self._tell)
        self._notifier = QSocketNotifier(changes.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._readable)

    def _readable(self) -> None:
        if self._changes is None:
            return
        try:
            found = self._changes.pending()
        except ChangesLost as error:
            self.close()
            self.lost.emit(str(error))
            return
        if found:
            self._heard.update(dict.fromkeys(found))
            if not self._gather.isActive():
                self._gather.start()

    def _tell(self) -> None:
        heard, self._heard = list(self._heard), {}
        if heard:
            self.changed.emit(heard)

    def close(self) -> None:
        """Stop listening and close the connection (before the database is closed)."""
        self._gather.stop()
        self._notifier.setEnabled(False)
        if self._changes is not None:
            self._changes.close()
            self._changes = None
