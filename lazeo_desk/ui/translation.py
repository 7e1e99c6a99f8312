"""Marking strings for translation where ``self.tr()`` cannot be used: tables of constants and plain functions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from lazeo_desk.domain.case import Language


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (the name lupdate looks for)
    """Mark ``text`` for translation in ``context``; it is translated where it is shown, with :func:`translate`."""
    return text


def translate(context: str, text: str) -> str:
    """``text`` in the user's language (as Qt's ``tr()`` in ``context``)."""
    return QCoreApplication.translate(context, text)


def ui_language() -> Language:
    """The language the interface speaks (for texts the domain keeps in three languages): the loaded UI locale."""
    name = QLocale().name()[:2]
    return {"fr": Language.FR, "nl": Language.NL}.get(name, Language.EN)
