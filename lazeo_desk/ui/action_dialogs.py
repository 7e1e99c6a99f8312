"""The small dialogs behind the case actions: change status, extend, await the requester, resume, close, note.

Each asks, then hands what was typed to a ``submit`` function given by its owner; a rule refusal is shown inside
the dialog, which stays open. A case changed elsewhere closes the dialog and emits ``stale(str)``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lazeo_desk.domain.case import OutcomeKind, RightOutcome
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status, TransitionError
from lazeo_desk.services.cases import CaseRuleError
from lazeo_desk.store.cases import StaleCase
from lazeo_desk.store.database import StoreError
from lazeo_desk.ui.date_field import DateField, with_echo
from lazeo_desk.ui.dates import DateInputError, format_date
from lazeo_desk.ui.labels import status_label
from lazeo_desk.ui.outcomes_editor import OutcomesEditor
from lazeo_desk.ui.placeholders import fill
from lazeo_desk.ui.problem_banner import ProblemBanner
from lazeo_desk.ui.sentences import error_text, problems_in


class InputProblem(ValueError):
    """What was typed in an action dialog cannot be used; the message is for the user."""


class ActionDialog(QDialog):
    """Explanation, fields, problems, and an accept button named for the action."""

    stale = Signal(str)

    def __init__(self, title: str, explanation: str, action: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self._submit: Callable[[], None] | None = None
        layout = QVBoxLayout(self)
        self.explanation = QLabel(explanation, self)
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        self.fields = QFormLayout()
        self.fields.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(self.fields)
        self.banner = ProblemBanner(self)
        layout.addWidget(self.banner)
        self.buttons = QDialogButtonBox(self)
        self.accept_button = QPushButton(action, self)
        self.accept_button.setDefault(True)
        self.buttons.addButton(self.accept_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def on_submit(self, submit: Callable[[], None]) -> None:
        self._submit = submit

    def accept(self) -> None:
        self.banner.clear_problems()
        try:
            if self._submit is not None:
                self._submit()
        except (CaseRuleError, TransitionError) as error:
            self.banner.show_problems(problems_in(error), lambda _key: "")
            return
        except InputProblem as error:
            self.banner.show_message(error_text(error))
            return
        except StoreError as error:
            self.banner.show_message(error_text(error))
            return
        except StaleCase as error:
            self.reject()
            self.stale.emit(error_text(error))
            return
        super().accept()


def _text_box(parent: QWidget, placeholder: str) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setPlaceholderText(placeholder)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * 4 + 14)
    return box


def _read_date(field: DateField, what: str) -> date | None:
    try:
        return field.date_value()
    except DateInputError:
        raise InputProblem(what) from None


class ChangeStatusDialog(ActionDialog):
    """Move a case to ``target``, with an optional note for the timeline."""

    def __init__(self, reference: str, current: Status, target: Status, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Change status"),
            fill(self.tr("Move %1 from “%2” to “%3”?"), reference, status_label(current), status_label(target)),
            fill(self.tr("Move to “%1”"), status_label(target)),
            parent,
        )
        self.target = target
        self.note = _text_box(self, self.tr("Optional: why, for the timeline"))
        self.fields.addRow(self.tr("Note"), self.note)

    def note_text(self) -> str:
        return self.note.toPlainText().strip()


class ExtendDialog(ActionDialog):
    """Extend by two further months: the reasons are required; the notice date defaults to today."""

    def __init__(self, reference: str, today: date, notify_by: date, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Extend the deadline"),
            fill(
                self.tr(
                    "GDPR Art 12(3) allows two further months when the request is complex or numerous. The person must "
                    "be told, with the reasons, by %1."
                ),
                format_date(notify_by, weekday=True),
            ),
            fill(self.tr("Extend %1"), reference),
            parent,
        )
        self.reason = _text_box(self, self.tr("The reasons, as they will be given to the person"))
        self.fields.addRow(self.tr("&Reasons"), self.reason)
        self.notice_date = DateField(self, required=True)
        self.notice_date.set_date(today)
        self.fields.addRow(self.tr("Notified on"), with_echo(self.notice_date))
        self.reason.setFocus()

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def notice(self) -> date:
        value = _read_date(self.notice_date, self.tr("The notice date is not a date: type it as dd/mm/yyyy"))
        if value is None:
            raise InputProblem(self.tr("The notice date is required"))
        return value


class AwaitRequesterDialog(ActionDialog):
    """Ask the requester for identity or missing details: the clock pauses."""

    def __init__(self, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Await the requester"),
            fill(
                self.tr(
                    "The clock of %1 pauses until the requester answers. Ask only what is needed "
                    "(EDPB Guidelines 01/2022): "
                    "what the clinic already knows comes first."
                ),
                reference,
            ),
            self.tr("Pause the clock"),
            parent,
        )
        self.items = _text_box(self, self.tr("What was asked, e.g. proof of the mandate"))
        self.fields.addRow(self.tr("Asked for"), self.items)

    def items_text(self) -> str:
        return self.items.toPlainText().strip()


class ResumeDialog(ActionDialog):
    """The information arrived: the clock restarts from that day."""

    def __init__(self, reference: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Information received"),
            fill(
                self.tr("The clock of %1 restarts from the day the information arrived (that day is not counted)."),
                reference,
            ),
            self.tr("Restart the clock"),
            parent,
        )
        self.arrived = DateField(self, required=True)
        self.arrived.set_date(today)
        self.fields.addRow(self.tr("Arrived on"), with_echo(self.arrived))

    def arrived_on(self) -> date:
        value = _read_date(self.arrived, self.tr("The arrival date is not a date: type it as dd/mm/yyyy"))
        if value is None:
            raise InputProblem(self.tr("The arrival date is required"))
        return value


class CloseCaseDialog(ActionDialog):
    """Record an outcome for every right, then close (an open case is answered first)."""

    def __init__(
        self,
        reference: str,
        rights: Sequence[Right],
        outcomes: Mapping[Right, RightOutcome],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            fill(self.tr("Close %1"), reference),
            self.tr(
                "Give the outcome of each right. A refusal or partial grant needs its ground (GDPR Art 12(4)); "
                "the letter names the right to complain and to a judicial remedy."
            ),
            self.tr("Close the case"),
            parent,
        )
        self.setMinimumWidth(720)
        self.outcomes_editor = OutcomesEditor(self)
        self.outcomes_editor.set_rights(rights, outcomes)
        self.fields.addRow(self.outcomes_editor)
        grant_all = QPushButton(self.tr("Grant all undecided"), self)
        grant_all.clicked.connect(lambda: self.outcomes_editor.set_all(OutcomeKind.GRANTED))
        self.buttons.addButton(grant_all, QDialogButtonBox.ButtonRole.ActionRole)

    def outcomes(self) -> dict[Right, RightOutcome]:
        undecided = self.outcomes_editor.undecided()
        if undecided:
            raise InputProblem(self.tr("Give an outcome for every right before closing."))
        return self.outcomes_editor.outcomes()


class NoteDialog(ActionDialog):
    """A note for the timeline."""

    def __init__(self, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Add a note"),
            fill(self.tr("The note goes into the timeline of %1, with the date and your name."), reference),
            self.tr("Add the note"),
            parent,
        )
        self.text = _text_box(self, self.tr("e.g. phoned the centre in Gent about the file"))
        self.fields.addRow(self.text)

    def note_text(self) -> str:
        return self.text.toPlainText().strip()
