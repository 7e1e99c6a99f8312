"""The passphrase: created on first start, asked at every start, and asked again to unlock a locked window."""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lazeo_desk.services.passphrase import passphrase_problem
from lazeo_desk.store.database import StoreError
from lazeo_desk.ui.background import BackgroundTasks
from lazeo_desk.ui.placeholders import fill
from lazeo_desk.ui.plain_text import make_plain
from lazeo_desk.ui.sentences import error_text, sentence_text


class Mode(enum.Enum):
    CREATE = "create"
    UNLOCK = "unlock"
    RELOCK = "relock"


class PassphraseDialog(QDialog):
    """Asks for the passphrase and tries it off the GUI thread (the key derivation is slow on purpose).

    ``attempt(passphrase)`` returns what was opened (the database) or raises :class:`StoreError` (a wrong
    passphrase among them); nothing is written by a failed try, so the DPO may try again as often as needed.

    Signals: ``opened(object)`` — what ``attempt`` returned; the dialog then closes.
    """

    opened = Signal(object)

    def __init__(
        self, *, mode: Mode, location: str, attempt: Callable[[str], Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._mode = mode
        self._attempt = attempt
        self._tasks = BackgroundTasks(self, threads=1)
        self.setModal(True)
        self.setMinimumWidth(460)
        titles = {
            Mode.CREATE: self.tr("Protect the database"),
            Mode.UNLOCK: self.tr("Open the database"),
            Mode.RELOCK: self.tr("LAZEO Desk is locked"),
        }
        self.setWindowTitle(titles[mode])
        intro = {
            Mode.CREATE: self.tr(
                "The cases hold health data, so the database is encrypted. Choose a passphrase of at least 12 "
                "characters: it is asked at every start and cannot be recovered if it is forgotten."
            ),
            Mode.UNLOCK: self.tr("Give the passphrase of the database."),
            Mode.RELOCK: self.tr("The window was locked. Give the passphrase to show the cases again."),
        }
        self.intro = QLabel(intro[mode], self)
        self.intro.setWordWrap(True)
        self.where = QLabel(fill(self.tr("Database: %1"), location), self)
        self.where.setObjectName("caseSubtitle")
        self.where.setWordWrap(True)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit(self)
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Passphrase"), self.passphrase)
        if mode is Mode.CREATE:
            form.addRow(self.tr("Once more"), self.confirm)
        else:
            self.confirm.hide()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        make_plain(self.where, self.message)
        self.message.setStyleSheet("color: #b3261e;")
        buttons = QDialogButtonBox(self)
        ok_text = {Mode.CREATE: self.tr("Create"), Mode.UNLOCK: self.tr("Open"), Mode.RELOCK: self.tr("Unlock")}
        self.ok_button = QPushButton(ok_text[mode], self)
        self.ok_button.setDefault(True)
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.clicked.connect(self.submit)
        self.quit_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.where)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.passphrase.textChanged.connect(self._check)
        self.confirm.textChanged.connect(self._check)
        self._check()

    def problem(self) -> str:
        """Why the typed passphrase cannot be used yet (creation only), or ""."""
        typed = self.passphrase.text()
        if not typed:
            return ""
        if self._mode is Mode.CREATE:
            problem = passphrase_problem(typed)
            if problem:
                return sentence_text(problem)
            if self.confirm.text() and self.confirm.text() != typed:
                return self.tr("The two passphrases differ.")
        return ""

    def _check(self) -> None:
        problem = self.problem()
        ready = bool(self.passphrase.text()) and not problem
        if self._mode is Mode.CREATE:
            ready = ready and self.confirm.text() == self.passphrase.text()
        self.ok_button.setEnabled(ready)
        self.message.setText(problem)

    def busy(self) -> bool:
        return not self.passphrase.isEnabled()

    def submit(self) -> None:
        if not self.ok_button.isEnabled():
            return
        typed = self.passphrase.text()
        self._set_busy(True)
        self.message.setStyleSheet("color: #5f6368;")
        self.message.setText(self.tr("Checking the passphrase…"))
        self._tasks.submit(lambda: self._attempt(typed), self._done, self._failed)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.passphrase, self.confirm, self.ok_button):
            widget.setEnabled(not busy)
        if not busy:
            self._check()

    def _done(self, result: object) -> None:
        self.passphrase.clear()
        self.confirm.clear()
        self.opened.emit(result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
        self.message.setStyleSheet("color: #b3261e;")
        if isinstance(error, StoreError):
            self.message.setText(error_text(error))
        else:
            self.message.setText(fill(self.tr("The database could not be opened: %1"), error_text(error)))
