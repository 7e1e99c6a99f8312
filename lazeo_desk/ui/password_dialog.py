"""The password of an encrypted copy of the data, shown once: the program keeps it nowhere, so the DPO gives it
by another channel (a note to post, or words read on the phone) before closing this window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget


class PasswordDialog(QDialog):
    """The password and the note that gives it, both selectable, with buttons to copy either."""

    def __init__(self, *, password: str, note: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The password of the attachment"))
        self.resize(560, 360)
        warning = QLabel(
            self.tr(
                "The copy of the data is attached encrypted. Its password is shown only now and is kept nowhere: "
                "give it by another channel (post or telephone), never in the same e-mail."
            ),
            self,
        )
        warning.setWordWrap(True)
        self.password = QLabel(password, self)
        self.password.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.password.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.password.setFont(font)
        self.note = QPlainTextEdit(note, self)
        self.note.setReadOnly(True)
        self.copy_password_button = QPushButton(self.tr("Copy the password"), self)
        self.copy_password_button.clicked.connect(lambda: self._copy(self.password.text()))
        self.copy_note_button = QPushButton(self.tr("Copy the note"), self)
        self.copy_note_button.clicked.connect(lambda: self._copy(self.note.toPlainText()))
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_password_button)
        buttons.addWidget(self.copy_note_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addWidget(QLabel(self.tr("Password:"), self))
        layout.addWidget(self.password)
        layout.addWidget(QLabel(self.tr("A note that gives it:"), self))
        layout.addWidget(self.note, 1)
        layout.addLayout(buttons)

    def _copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)

    def done(self, result: int) -> None:
        # Nothing of the password stays in the window once it is closed.
        self.password.clear()
        self.note.clear()
        super().done(result)
