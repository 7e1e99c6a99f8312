"""The case pane's "next step" line: what to do now on the case, and one button that starts doing it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from lazeo_desk.domain.next_step import NextAction, NextStep
from lazeo_desk.ui.plain_text import make_plain
from lazeo_desk.ui.sentences import sentence_text
from lazeo_desk.ui.translation import QT_TRANSLATE_NOOP

BUTTON_TEXTS: dict[NextAction, str] = {
    NextAction.VERIFY_IDENTITY: QT_TRANSLATE_NOOP("NextStepBar", "Verify identity…"),
    NextAction.RECORD_PRACTITIONER: QT_TRANSLATE_NOOP("NextStepBar", "Record the practitioner…"),
    NextAction.SEND_ACKNOWLEDGEMENT: QT_TRANSLATE_NOOP("NextStepBar", "Write the acknowledgement…"),
    NextAction.SEND_EXTENSION_NOTICE: QT_TRANSLATE_NOOP("NextStepBar", "Write the extension notice…"),
    NextAction.WAIT_FOR_REQUESTER: QT_TRANSLATE_NOOP("NextStepBar", "Info received…"),
    NextAction.ANSWER_OVERDUE: QT_TRANSLATE_NOOP("NextStepBar", "Write the answer…"),
    NextAction.PREPARE_ANSWER: QT_TRANSLATE_NOOP("NextStepBar", "Write the answer…"),
    NextAction.CLOSE_CASE: QT_TRANSLATE_NOOP("NextStepBar", "Close…"),
}

_CALM = "QFrame#nextStepBar { background: #EEF4FB; border: 1px solid #C9DAEE; border-radius: 6px; }"
_URGENT = "QFrame#nextStepBar { background: #FCEBEB; border: 1px solid #E3A3A3; border-radius: 6px; }"


class NextStepBar(QFrame):
    """One line saying what to do next and a button doing it; hidden when there is nothing to do.

    Signals: ``actionRequested(object)`` with the :class:`NextStep` when the button is pressed.
    """

    actionRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nextStepBar")
        self._step: NextStep | None = None
        self.heading = QLabel(self.tr("Next step"), self)
        self.heading.setStyleSheet("font-weight: 600; color: #33414E;")
        self.text = QLabel(self)
        # The sentence carries dates and references from the case: shown as written, never as markup.
        make_plain(self.heading, self.text)
        self.text.setObjectName("nextStepText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton(self)
        self.button.setObjectName("nextStepButton")
        self.button.clicked.connect(self._pressed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 8, 6)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.hide()

    @property
    def step(self) -> NextStep | None:
        return self._step

    def show_step(self, step: NextStep | None, *, enabled: bool = True) -> None:
        """Show ``step`` (None hides the bar); ``enabled`` False while unsaved edits forbid other actions."""
        self._step = step
        if step is None:
            self.text.clear()
            self.hide()
            return
        self.text.setText(sentence_text(step.said()))
        self.button.setText(self.tr(BUTTON_TEXTS[step.action]))
        self.button.setEnabled(enabled)
        self.setStyleSheet(_URGENT if step.action is NextAction.ANSWER_OVERDUE else _CALM)
        self.show()

    def _pressed(self) -> None:
        if self._step is not None:
            self.actionRequested.emit(self._step)
