"""What the settings pages share: a field's inline message, the problems worded for people, address boxes."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from lazeo_desk.services.settings import BusinessSettings, Fault, Field, SettingProblem
from lazeo_desk.ui.placeholders import fill
from lazeo_desk.ui.translation import QT_TRANSLATE_NOOP, translate

# Inline messages and the invalid frame: the dialog may open without the main window's style sheet.
SETTINGS_STYLE = """
QLabel#fieldMessage { color: #B3261E; font-size: 9pt; }
QLabel#pageIntro, QLabel#fieldHint { color: #5F6B76; }
QLabel#sectionTitle { font-weight: 600; color: #0B4F8A; padding-top: 4px; }
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QSpinBox[invalid="true"],
QDoubleSpinBox[invalid="true"], QLabel[invalid="true"] {
    border: 1px solid #C62828; border-radius: 3px; background: #FFF7F7;
}
QTableView[invalid="true"] { border: 1px solid #C62828; }
"""



class SettingsPage(Protocol):
    """A page of the settings dialog: shows some settings, writes them back, and shows their problems."""

    FIELDS: frozenset[Field]

    def load(self, settings: BusinessSettings) -> None: ...

    def apply(self, settings: BusinessSettings) -> BusinessSettings:
        """``settings`` with this page's fields as they are now typed."""
        ...

    def clear_problems(self) -> None: ...

    def show_problems(self, problems: list[SettingProblem]) -> QWidget | None:
        """Show the problems of this page's fields; returns the field to focus first."""
        ...



def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


# Marked for lupdate here, translated where shown; %1 is the rule's limit (%1 to %2 for a range).
_RULE_TEXT = {
    Fault.REQUIRED: QT_TRANSLATE_NOOP("SettingProblems", "This field is required."),
    Fault.EMAIL: QT_TRANSLATE_NOOP("SettingProblems", "Type an e-mail address, such as dpo@lazeo.com."),
    Fault.RANGE: QT_TRANSLATE_NOOP("SettingProblems", "Type a number from %1 to %2."),
    Fault.ADDRESS_LINES: QT_TRANSLATE_NOOP("SettingProblems", "At most %1 lines fit in the envelope window."),
    Fault.ADDRESS_LINE_LENGTH: QT_TRANSLATE_NOOP(
        "SettingProblems", "A line is longer than %1 characters (postal standard NF Z10-011): shorten it."
    ),
    Fault.DUPLICATE: QT_TRANSLATE_NOOP("SettingProblems", "Another centre already has this name."),
    Fault.NOT_ABSOLUTE: QT_TRANSLATE_NOOP("SettingProblems", "Give the full path of the folder."),
    Fault.NOT_A_FOLDER: QT_TRANSLATE_NOOP(
        "SettingProblems", "This folder does not exist and cannot be created here."
    ),
    Fault.IMAGE_UNREADABLE: QT_TRANSLATE_NOOP(
        "SettingProblems", "This file is not a PNG or JPEG image that can be read."
    ),
    Fault.IMAGE_TOO_LARGE: QT_TRANSLATE_NOOP(
        "SettingProblems", "The image is larger than %1 MB: choose a smaller file."
    ),
    Fault.RELEASE_NOT_BEFORE_DEADLINE: QT_TRANSLATE_NOOP(
        "SettingProblems", "The file must be sendable before the deadline: %1 days at most."
    ),
}


def problem_text(problem: SettingProblem) -> str:
    """The problem in the user's language, as a sentence to show beside the field."""
    low, high = _number(problem.low), _number(problem.high)
    if problem.rule is Fault.IMAGE_TOO_LARGE:
        high = f"{(problem.high or 0) / (1024 * 1024):g}"
    text = _RULE_TEXT.get(problem.rule)
    if text is None:
        return str(problem)
    translated = translate("SettingProblems", text)
    if problem.rule is Fault.RANGE:
        return fill(translated, low, high)
    return fill(translated, high)


class FieldMessage(QLabel):
    """The message under one field: hidden while the field is fine."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldMessage")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def show_text(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_text(self) -> None:
        self.clear()
        self.hide()


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Frame ``widget`` in red (or not); the style sheet reads the ``invalid`` property."""
    if widget.property("invalid") == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class FieldWithMessage(QWidget):
    """A field with its message under it, for a form row."""

    def __init__(self, field: QWidget, parent: QWidget | None = None, *, hint: str = "") -> None:
        super().__init__(parent)
        self.field = field
        self.message = FieldMessage(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        # A field made narrow on purpose (a number) stays at the left instead of floating in the middle.
        narrow = field.maximumWidth() < 1000
        layout.addWidget(field, 0, Qt.AlignmentFlag.AlignLeft if narrow else Qt.AlignmentFlag(0))
        if hint:
            label = QLabel(hint, self)
            label.setObjectName("fieldHint")
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addWidget(self.message)

    def show_problem(self, text: str) -> None:
        """Show ``text`` under the field, after any message already shown there."""
        shown = self.message.text() if self.message.isVisibleTo(self) else ""
        self.message.show_text(f"{shown}\n{text}" if shown and text not in shown else text)
        mark_invalid(self.field, True)

    def clear_problem(self) -> None:
        self.message.clear_text()
        mark_invalid(self.field, False)


class AddressEdit(QPlainTextEdit):
    """Postal lines, one per line of text, as they are printed."""

    def __init__(self, parent: QWidget | None = None, *, visible_lines: int = 4) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        line = self.fontMetrics().lineSpacing()
        self.setFixedHeight(line * visible_lines + 14)

    def lines(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in self.toPlainText().splitlines() if line.strip())

    def set_lines(self, lines: Iterable[str]) -> None:
        self.setPlainText("\n".join(lines))


def row_label(text: str, beside: QWidget, parent: QWidget | None = None) -> QLabel:
    """A label for a grid row, as tall as the field ``beside`` it so that their texts line up."""
    label = QLabel(text, parent)
    label.setMinimumHeight(beside.sizeHint().height())
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return label


def section_title(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("sectionTitle")
    return label


def page_intro(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("pageIntro")
    label.setWordWrap(True)
    return label
