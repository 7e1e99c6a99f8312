"""Every message box and confirmation of the window goes through here, so that tests can put a recorder in place.

Usage: ``message_boxes.error(parent, title, text)``, ``message_boxes.confirm(parent, title, text, yes=..., no=...)``.
(The sentences the layers below write for the window are ``lazeo_desk.domain.messages``.)
Tests call :func:`install` with an object that has the same methods as :class:`QtMessages`.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


class Messages(Protocol):
    """What the window asks of a message presenter."""

    def error(self, parent: QWidget | None, title: str, text: str) -> None: ...

    def info(self, parent: QWidget | None, title: str, text: str) -> None: ...

    def confirm(self, parent: QWidget | None, title: str, text: str, *, yes: str, no: str) -> bool: ...


def _box(icon: QMessageBox.Icon, title: str, text: str, parent: QWidget | None) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    # The texts name people, cases and files: shown as written, never read as markup.
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


class QtMessages:
    """Real message boxes (modal: the question must be answered before going on)."""

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        box = _box(QMessageBox.Icon.Critical, title, text, parent)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        box = _box(QMessageBox.Icon.Information, title, text, parent)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()

    def confirm(self, parent: QWidget | None, title: str, text: str, *, yes: str, no: str) -> bool:
        box = _box(QMessageBox.Icon.Question, title, text, parent)
        accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(no, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(accept)
        box.exec()
        return box.clickedButton() is accept


_current: Messages = QtMessages()


def install(presenter: Messages) -> Messages:
    """Use ``presenter`` from now on; returns the one it replaces."""
    global _current
    previous, _current = _current, presenter
    return previous


def error(parent: QWidget | None, title: str, text: str) -> None:
    _current.error(parent, title, text)


def info(parent: QWidget | None, title: str, text: str) -> None:
    _current.info(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str, *, yes: str, no: str) -> bool:
    return _current.confirm(parent, title, text, yes=yes, no=no)
