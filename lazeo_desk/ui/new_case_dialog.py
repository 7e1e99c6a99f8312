"""The New case dialog: every field of a request, and its deadline counted live as the dates are typed."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lazeo_desk.domain.case import Case, Channel, DataSubject, Language
from lazeo_desk.domain.deadlines import countdown
from lazeo_desk.services.cases import CaseRuleError, CaseService, DeadlineRules
from lazeo_desk.store.database import StoreError
from lazeo_desk.ui.case_form import CaseForm, FormProblems, Problem
from lazeo_desk.ui.deadline_view import ClockSituation, DeadlineView
from lazeo_desk.ui.problem_banner import ProblemBanner
from lazeo_desk.ui.sentences import error_text, problems_in


class NewCaseDialog(QDialog):
    """Opens a case through :class:`CaseService`; stays open with the problems shown until the case is valid.

    Signal ``created(str)`` with the new reference. Ctrl+Return creates, Escape cancels.
    """

    created = Signal(str)

    def __init__(
        self,
        service: CaseService,
        rules: DeadlineRules,
        *,
        today: date,
        centres: Iterable[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New case"))
        self._service = service
        self._rules = rules
        self._today = today
        self.reference: str | None = None

        self.form = CaseForm(self, columns=3, centres=centres)
        self.form.received.set_date(today)
        self.deadline = DeadlineView(self)
        self.banner = ProblemBanner(self)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget(scroll)
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(4, 4, 4, 4)
        holder_layout.addWidget(self.form)
        panel = QFrame(holder)
        panel.setObjectName("deadlinePanel")
        panel.setStyleSheet(
            "QFrame#deadlinePanel { background: #F6F8FA; border: 1px solid #DDE2E7; border-radius: 6px; }"
        )
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(14, 10, 14, 12)
        title = QLabel(self.tr("Deadline"), panel)
        title.setObjectName("sectionTitle")
        panel_layout.addWidget(title)
        panel_layout.addWidget(self.deadline)
        holder_layout.addSpacing(8)
        holder_layout.addWidget(panel)
        holder_layout.addStretch(1)
        scroll.setWidget(holder)

        self.buttons = QDialogButtonBox(self)
        self.create_button = QPushButton(self.tr("Create case"), self)
        self.create_button.setDefault(True)
        self.create_button.setToolTip(self.tr("Create the case (Ctrl+Return)"))
        self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)

        self.form.changed.connect(self._update_deadline)
        self.setTabOrder(self.form.received, self.form.jurisdiction)
        self.form.received.setFocus()
        self.resize(1260, 720)
        self._update_deadline()

    def _update_deadline(self) -> None:
        inputs = self.form.deadline_inputs()
        if inputs is None:
            self.deadline.show_nothing(
                self.tr("Type the date of receipt and choose the country to count the deadline.")
            )
            return
        received, completed, jurisdiction, rights, old_records = inputs
        sketch = Case(
            jurisdiction=jurisdiction, language=Language.EN, channel=Channel.EMAIL, received=received,
            rights=rights, subject=DataSubject(name=""), completed=completed,
            records_older_than_5_years=old_records,
        )
        report = self._rules.report(sketch)
        state = countdown(due=report.due, today=self._today, calendar_=self._rules.calendar(jurisdiction))
        self.deadline.show_report(report, ClockSituation(today=self._today, received=received, countdown=state))

    def accept(self) -> None:
        self.banner.clear_problems()
        try:
            case = self.form.read()
        except FormProblems as problems:
            self._show(problems.problems)
            return
        try:
            reference = self._service.open_case(case)
        except CaseRuleError as error:
            self._show(problems_in(error))
            return
        except StoreError as error:
            self.banner.show_message(error_text(error))
            return
        self.reference = reference
        self.created.emit(reference)
        super().accept()

    def _show(self, problems: list[Problem]) -> None:
        self.form.show_problems(problems)
        self.banner.show_problems(problems, self.form.field_label)
        widget = self.form.first_invalid()
        if widget is not None:
            widget.setFocus()
