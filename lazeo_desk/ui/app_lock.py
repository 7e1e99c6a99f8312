"""The lock: after some idle minutes, or on demand, every window is hidden until the passphrase is given again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from lazeo_desk.services.passphrase import WRONG_PASSPHRASE, Unlocker, WrongPassphrase

if TYPE_CHECKING:
    from lazeo_desk.ui.unlock_dialog import PassphraseDialog

_ACTIVITY = frozenset(
    {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel}
)


class AppLock(QObject):
    """Hides the case data when the DPO steps away.

    ``minutes`` 0 turns the idle lock off (the lock on demand stays). Signals: ``locked()``, ``unlocked()``.
    """

    locked = Signal()
    unlocked = Signal()

    def __init__(self, *, unlocker: Unlocker, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unlocker = unlocker
        self._hidden: list[QWidget] = []
        self.dialog: PassphraseDialog | None = None
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self.lock)
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def is_locked(self) -> bool:
        return self.dialog is not None

    def set_minutes(self, minutes: int) -> None:
        self._minutes = max(0, minutes)
        self._restart()

    def _restart(self) -> None:
        if self._minutes and not self.is_locked:
            self.idle_timer.start(self._minutes * 60_000)
        else:
            self.idle_timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt's name)
        if event.type() in _ACTIVITY and not self.is_locked:
            self._restart()
        return False

    def lock(self) -> None:
        """Hide every window (the register, an open case, a letter) and ask for the passphrase."""
        if self.is_locked or not self._unlocker.protects:
            return
        # Loaded at the first lock, not at every start: the lock is armed long before it is ever shown.
        from lazeo_desk.ui.unlock_dialog import Mode, PassphraseDialog

        self.idle_timer.stop()
        self._hidden = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        for widget in self._hidden:
            widget.hide()
        dialog = PassphraseDialog(mode=Mode.RELOCK, location=self._unlocker.location, attempt=self._verify)
        dialog.opened.connect(self._unlock)
        dialog.rejected.connect(self._quit)
        self.dialog = dialog
        self.locked.emit()
        dialog.show()

    def _verify(self, passphrase: str) -> bool:
        if not self._unlocker.opens(passphrase):
            raise WrongPassphrase(WRONG_PASSPHRASE)
        return True

    def _unlock(self, _result: object) -> None:
        self.dialog = None
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        self._restart()
        self.unlocked.emit()

    def _quit(self) -> None:
        # Quitting from the lock closes the program without showing anything again.
        app = QApplication.instance()
        if app is not None:
            app.quit()
