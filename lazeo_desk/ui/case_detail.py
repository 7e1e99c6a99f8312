"""One case in full: its deadline explained, every field editable, the rights and outcomes, the timeline, actions."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lazeo_desk.domain.case import Case
from lazeo_desk.domain.heirs import needs_legal_review
from lazeo_desk.domain.identity import Outcome, VerificationResult, item_text, may_verify
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.next_step import NextAction, NextStep
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status, TransitionError, allowed_moves, may_close
from lazeo_desk.letters.context import RefusalGround
from lazeo_desk.services.cases import CaseRuleError, CaseService, ChangedMeanwhile, LoadedCase, reapplied
from lazeo_desk.services.identity import record_verification
from lazeo_desk.services.letters import LetterService
from lazeo_desk.services.next_steps import letters_sent, step_of_loaded
from lazeo_desk.store.cases import CaseNotFound, StaleCase
from lazeo_desk.store.database import StoreError
from lazeo_desk.ui import labels, message_boxes
from lazeo_desk.ui.action_dialogs import (
    ActionDialog,
    AwaitRequesterDialog,
    ChangeStatusDialog,
    CloseCaseDialog,
    ExtendDialog,
    NoteDialog,
    ResumeDialog,
)
from lazeo_desk.ui.badges import COUNTDOWN_STYLES, STATUS_STYLES
from lazeo_desk.ui.case_form import CaseForm, FormProblems, Problem
from lazeo_desk.ui.countdown_text import countdown_text
from lazeo_desk.ui.dates import format_date
from lazeo_desk.ui.deadline_view import ClockSituation, DeadlineView
from lazeo_desk.ui.enclosures_view import EnclosuresView
from lazeo_desk.ui.flow_layout import FlowLayout
from lazeo_desk.ui.identity_wizard import IdentityWizard
from lazeo_desk.ui.letter_dialog import LetterDialog
from lazeo_desk.ui.letter_log import LetterLogView
from lazeo_desk.ui.next_step_bar import NextStepBar
from lazeo_desk.ui.outcomes_editor import OutcomesEditor
from lazeo_desk.ui.placeholders import fill
from lazeo_desk.ui.plain_text import make_plain
from lazeo_desk.ui.problem_banner import ProblemBanner
from lazeo_desk.ui.sentences import error_text, problems_in, sentence_text
from lazeo_desk.ui.timeline_model import TimelineModel
from lazeo_desk.ui.translation import ui_language

TAB_DEADLINE, TAB_CASE, TAB_RIGHTS, TAB_TIMELINE, TAB_LETTERS, TAB_ENCLOSURES = range(6)


def _scrolled(widget: QWidget, parent: QWidget) -> QScrollArea:
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    holder = QWidget(scroll)
    holder.setObjectName("detailPage")
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(14, 12, 14, 12)
    layout.addWidget(widget)
    layout.addStretch(1)
    scroll.setWidget(holder)
    return scroll


class CaseDetail(QWidget):
    """The case shown beside the register.

    Signals: ``caseChanged(str)`` after a save or an action changed the case; ``closeRequested()`` (Escape).
    Every action method opens its dialog without blocking and returns it, so that it can be driven.
    """

    caseChanged = Signal(str)
    closeRequested = Signal()

    def __init__(self, service: CaseService, *, centres: Iterable[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseDetail")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._service = service
        self._loaded: LoadedCase | None = None
        self._info_limit: int | None = None
        self._dirty = False
        self._next: NextStep | None = None

        self.title = QLabel(self)
        self.title.setObjectName("caseTitle")
        self.status_badge = QLabel(self)
        self.countdown_badge = QLabel(self)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Close the case pane (Esc)"))
        self.close_button.clicked.connect(self.closeRequested.emit)
        self.due_label = QLabel(self)
        self.due_label.setObjectName("caseDue")
        heading = QHBoxLayout()
        heading.setSpacing(10)
        heading.addWidget(self.title)
        heading.addWidget(self.status_badge)
        heading.addStretch(1)
        heading.addWidget(self.close_button)
        # Who holds the case: a colleague's name (a database role on a server) picked or typed, then Assign.
        self.assignee = QComboBox(self)
        self.assignee.setObjectName("assignee")
        self.assignee.setEditable(True)
        self.assignee.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.assignee.setMinimumWidth(160)
        assignee_line = self.assignee.lineEdit()
        assert assignee_line is not None
        assignee_line.setPlaceholderText(self.tr("Nobody"))
        assignee_line.returnPressed.connect(self.assign)
        assignee_label = QLabel(self.tr("Assigned to"), self)
        assignee_label.setBuddy(self.assignee)
        self.assign_button = QPushButton(self.tr("Assign"), self)
        self.assign_button.setToolTip(self.tr("Give the case to the person named (empty: to nobody)"))
        self.assign_button.clicked.connect(self.assign)
        holder_line = QHBoxLayout()
        holder_line.setSpacing(6)
        holder_line.addWidget(assignee_label)
        holder_line.addWidget(self.assignee, 1)
        holder_line.addWidget(self.assign_button)
        holder_line.addStretch(1)
        clock_line = QHBoxLayout()
        clock_line.setSpacing(10)
        clock_line.addWidget(self.countdown_badge)
        clock_line.addWidget(self.due_label, 1)
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("caseSubtitle")
        self.subtitle.setWordWrap(True)
        # A Luxembourg relative's access rests on a rule not verified here (docs/rules.md): said on the case itself,
        # not only when a letter is written.
        self.legal_review = QLabel(
            self.tr(
                "Legal review needed: a Luxembourg relative's access rests on art. 36 of the law of 28 August 1998 "
                "on hospital establishments; the patients' rights law of 24 July 2014 is not verified. Have every "
                "letter of this case reviewed before it goes out."
            ),
            self,
        )
        self.legal_review.setObjectName("legalReview")
        self.legal_review.setWordWrap(True)
        self.legal_review.setStyleSheet("color: #8A5A00;")
        self.legal_review.hide()
        make_plain(self.title, self.due_label, self.subtitle, self.legal_review)
        self.next_step = NextStepBar(self)
        self.next_step.actionRequested.connect(self.take_next_step)

        self.status_button = QPushButton(self.tr("Change status"), self)
        self.status_menu = QMenu(self.status_button)
        self.status_button.setMenu(self.status_menu)
        self.extend_button = QPushButton(self.tr("Extend…"), self)
        self.extend_button.clicked.connect(self.extend)
        self.await_button = QPushButton(self.tr("Await requester…"), self)
        self.await_button.clicked.connect(self.await_requester)
        self.resume_button = QPushButton(self.tr("Info received…"), self)
        self.resume_button.clicked.connect(self.resume)
        self.close_case_button = QPushButton(self.tr("Close…"), self)
        self.close_case_button.clicked.connect(self.close_case)
        self.note_button = QPushButton(self.tr("Add note…"), self)
        self.note_button.clicked.connect(self.add_note)
        self.identity_button = QPushButton(self.tr("Verify identity…"), self)
        self.identity_button.setToolTip(self.tr("Check who is asking, in proportion to what is asked"))
        self.identity_button.clicked.connect(self.verify_identity)
        self.letter_button = QPushButton(self.tr("Letter…"), self)
        self.letter_button.setToolTip(self.tr("Write, print and send a letter for this case"))
        self.letter_button.clicked.connect(lambda: self.write_letter())
        self.revert_button = QPushButton(self.tr("Revert"), self)
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setToolTip(self.tr("Save the edits (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        # The buttons wrap onto a second row rather than keep the pane wide on a laptop screen.
        actions = FlowLayout(spacing=6)
        for button in (self.identity_button, self.letter_button, self.status_button, self.extend_button,
                       self.await_button, self.resume_button, self.close_case_button, self.note_button):
            actions.addWidget(button)
        self.edit_hint = QLabel(self)
        self.edit_hint.setObjectName("editHint")
        self.edit_hint.setWordWrap(True)
        edits = QHBoxLayout()
        edits.addWidget(self.edit_hint, 1)
        edits.addWidget(self.revert_button)
        edits.addWidget(self.save_button)

        self.banner = ProblemBanner(self)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.deadline = DeadlineView(self)
        self.tabs.addTab(_scrolled(self.deadline, self.tabs), self.tr("Deadline"))
        self.form = CaseForm(self, columns=1, record_dates=True, centres=centres)
        self.tabs.addTab(_scrolled(self.form, self.tabs), self.tr("Case"))
        self.outcomes = OutcomesEditor(self)
        self.tabs.addTab(_scrolled(self.outcomes, self.tabs), self.tr("Rights && outcomes"))
        self.timeline_model = TimelineModel(self)
        self.timeline = QTableView(self)
        self.timeline.setObjectName("timeline")
        self.timeline.setModel(self.timeline_model)
        self.timeline.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline.setWordWrap(True)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.verticalHeader().hide()
        self.timeline.horizontalHeader().setStretchLastSection(True)
        self.timeline.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.timeline.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.timeline.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.timeline.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.timeline.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.timeline.setShowGrid(False)
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.letter_log = LetterLogView(letters=LetterService(service), parent=self.tabs)
        self.tabs.addTab(self.letter_log, self.tr("Letters"))
        self.enclosures = EnclosuresView(cases=service, parent=self.tabs)
        self.enclosures.changed.connect(self._enclosures_changed)
        self.tabs.addTab(self.enclosures, self.tr("Enclosures"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)
        layout.addLayout(heading)
        layout.addLayout(clock_line)
        layout.addLayout(holder_line)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.next_step)
        layout.addWidget(self.legal_review)
        layout.addLayout(actions)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(edits)

        save_action = QAction(self)
        save_action.setShortcut(QKeySequence.StandardKey.Save)
        save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_action.triggered.connect(self.save)
        self.addAction(save_action)
        escape = QAction(self)
        escape.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        escape.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.triggered.connect(self.closeRequested.emit)
        self.addAction(escape)

        self.form.changed.connect(self._edited)
        self.outcomes.changed.connect(self._edited)
        self._show_nothing()

    # state ----------------------------------------------------------------------------------------------------
    @property
    def reference(self) -> str | None:
        return self._loaded.case.reference if self._loaded is not None else None

    @property
    def loaded(self) -> LoadedCase | None:
        return self._loaded

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def set_centres(self, centres: Iterable[str]) -> None:
        self.form.set_centres(centres)

    def allowed_targets(self) -> list[Status]:
        """The statuses offered in the Change status menu (only the moves the rules allow)."""
        if self._loaded is None:
            return []
        moves = allowed_moves(self._loaded.case.status)
        return [status for status in Status if status in moves]

    # loading ----------------------------------------------------------------------------------------------------
    def open_case(self, reference: str, *, viewing: bool = True) -> bool:
        """Show ``reference``; False (and a message) when it cannot be read.

        Opening a case records that it was viewed, once per opening: showing the same case again (after a save,
        at the turn of the day, when it is chosen again while open) is not a new reading.
        """
        again = reference == self.reference and self.isVisible()
        try:
            if viewing and not again:
                loaded = self._service.view(reference)
            else:
                loaded = self._service.load(reference)
            self._info_limit = self._service.rules().info_request_limit_days
        except CaseNotFound:
            message_boxes.error(
                self, self.tr("Case not found"), fill(self.tr("There is no case %1."), reference)
            )
            return False
        except StoreError as error:
            message_boxes.error(self, self.tr("The database cannot be read"), error_text(error))
            return False
        self._show(loaded)
        return True

    def reload(self) -> None:
        if self.reference is not None:
            self.open_case(self.reference, viewing=False)

    def changed_elsewhere(self) -> None:
        """Someone changed the case shown: read it again, unless edits are under way here (they are kept, and the
        save will say what changed)."""
        if self._loaded is None:
            return
        if not self._dirty:
            self.reload()
            return
        self.banner.show_message(
            fill(
                self.tr("%1 was just changed by someone else: saving will show what changed and apply your edits "
                        "again to it."),
                self.reference or "",
            )
        )

    def refresh_day(self) -> None:
        """The day changed: the countdown and the extension's availability are counted again."""
        if self._loaded is not None and not self._dirty:
            self.reload()
        elif self._loaded is not None:
            self._show_header(self._loaded)

    def _show_nothing(self) -> None:
        self.title.setText(self.tr("No case open"))
        self.status_badge.hide()
        self.countdown_badge.hide()
        self.due_label.clear()
        self.subtitle.setText(self.tr("Choose a case in the register and press Enter."))
        self.next_step.show_step(None)
        self.legal_review.hide()
        for button in (self.identity_button, self.letter_button, self.status_button, self.extend_button,
                       self.await_button, self.resume_button, self.close_case_button, self.note_button,
                       self.save_button, self.revert_button, self.assign_button):
            button.setEnabled(False)
        self.assignee.setEnabled(False)
        self.assignee.setEditText("")
        self.tabs.setEnabled(False)

    def _show(self, loaded: LoadedCase) -> None:
        self._loaded = loaded
        case = loaded.case
        self.banner.clear_problems()
        self.form.load(case)
        self.outcomes.set_rights(case.rights, case.outcomes)
        self.timeline_model.set_events(case.timeline)
        self.timeline.resizeRowsToContents()
        self.letter_log.show_case(case.reference or "")
        self.enclosures.show_case(case.reference or "")
        self.tabs.setEnabled(True)
        self._set_dirty(False)
        self._show_header(loaded)
        self._show_holder(case)

    def _situation(self, loaded: LoadedCase) -> ClockSituation:
        case = loaded.case
        return ClockSituation(
            today=self._service.clock.today(),
            received=case.received,
            countdown=loaded.countdown,
            answered=case.answered,
            paused_since=loaded.countdown.paused_since,
            extension=case.extension,
            info_requested=case.info_requested,
            late_information_request=loaded.late_information_request,
            info_request_limit_days=self._info_limit,
            is_open=case.status.is_open,
        )

    def _show_holder(self, case: Case) -> None:
        try:
            team = self._service.team()
        except StoreError:
            team = []
        self.assignee.blockSignals(True)
        self.assignee.clear()
        self.assignee.addItems(sorted(set(team) | ({case.assignee} - {""}), key=str.casefold))
        self.assignee.setEditText(case.assignee)
        self.assignee.blockSignals(False)

    def _show_header(self, loaded: LoadedCase) -> None:
        case = loaded.case
        self.title.setText(case.reference or "")
        self.status_badge.setText(labels.status_label(case.status))
        self.status_badge.setStyleSheet(STATUS_STYLES[case.status].stylesheet())
        self.status_badge.show()
        words = countdown_text(loaded.countdown, answered=case.answered)
        self.countdown_badge.setText(words)
        self.countdown_badge.setStyleSheet(COUNTDOWN_STYLES[loaded.countdown.state].stylesheet())
        self.countdown_badge.show()
        if case.status is Status.AWAITING_REQUESTER:
            due = fill(self.tr("strict date %1"), format_date(loaded.deadline.strict_due, weekday=True))
        elif case.status.is_open and case.extension is not None:
            due = fill(self.tr("due %1 (extended)"), format_date(loaded.deadline.due, weekday=True))
        elif case.status.is_open:
            due = fill(self.tr("due %1"), format_date(loaded.deadline.due, weekday=True))
        elif case.answered is not None:
            due = fill(self.tr("answered %1 · due %2"), format_date(case.answered), format_date(loaded.deadline.due))
        else:
            due = ""
        self.due_label.setText(due)
        parts = [case.subject.name]
        if case.requester.is_representative:
            parts.append(
                fill(
                    self.tr("asked by %1 (%2)"),
                    case.requester.name,
                    labels.relationship_label(case.requester.relationship).lower(),
                )
            )
        place = labels.jurisdiction_label(case.jurisdiction)
        parts.append(f"{place} — {case.subject.centre}" if case.subject.centre else place)
        parts.append(fill(self.tr("received %1"), format_date(case.received, weekday=True)))
        parts.append(labels.channel_label(case.channel))
        parts.append(labels.language_label(case.language))
        self.subtitle.setText(" · ".join(parts))
        self.legal_review.setVisible(needs_legal_review(case))
        self.deadline.show_report(loaded.deadline, self._situation(loaded))
        try:
            sent = letters_sent(self._service, case.reference or "")
        except (CaseNotFound, StoreError):
            sent = frozenset()
        self._next = step_of_loaded(loaded, sent, self._service.clock.today())
        self._update_actions()

    def _update_actions(self) -> None:
        loaded = self._loaded
        if loaded is None:
            self._show_nothing()
            return
        case = loaded.case
        editing = self._dirty
        busy_tip = self.tr("Save or revert your edits first")
        self.resume_button.setToolTip(self.tr("The requested information arrived: restart the clock"))
        self.status_menu.clear()
        for target in self.allowed_targets():
            action = self.status_menu.addAction(labels.status_label(target))
            action.setData(target.value)
            action.triggered.connect(lambda _checked=False, t=target: self.change_status(t))
        self.status_button.setEnabled(bool(self.allowed_targets()) and not editing)
        self.status_button.setToolTip(busy_tip if editing else self.tr("Move the case along its allowed statuses"))

        today = self._service.clock.today()
        extendable = case.status.is_open and case.extension is None and today <= loaded.deadline.extension_notice_by
        self.extend_button.setEnabled(extendable and not editing)
        if case.extension is not None:
            self.extend_button.setToolTip(self.tr("Already extended"))
        elif not case.status.is_open:
            self.extend_button.setToolTip(self.tr("Only an open case can be extended"))
        elif today > loaded.deadline.extension_notice_by:
            self.extend_button.setToolTip(
                fill(
                    self.tr("Too late: the first deadline passed on %1 (GDPR Art 12(3))"),
                    format_date(loaded.deadline.extension_notice_by),
                )
            )
        else:
            tip = self.tr("Extend by two further months, with reasons")
            self.extend_button.setToolTip(busy_tip if editing else tip)

        awaiting = case.status is Status.AWAITING_REQUESTER
        self.await_button.setVisible(not awaiting)
        self.await_button.setEnabled(Status.AWAITING_REQUESTER in allowed_moves(case.status) and not editing)
        self.resume_button.setVisible(awaiting)
        self.resume_button.setEnabled(awaiting and not editing)
        closable = may_close(case.status)
        self.close_case_button.setEnabled(closable and not editing)
        self.close_case_button.setToolTip(
            busy_tip if editing
            else self.tr("Record the outcome of each right and close the case") if closable
            else self.tr("Only a case in progress or answered, refused, withdrawn or referred can be closed")
        )
        self.note_button.setEnabled(not editing)
        self.assign_button.setEnabled(not editing)
        self.assignee.setEnabled(not editing)
        self.assign_button.setToolTip(
            busy_tip if editing else self.tr("Give the case to the person named (empty: to nobody)")
        )
        verifiable = may_verify(case.status)
        self.identity_button.setEnabled(verifiable and not editing)
        self.identity_button.setToolTip(
            busy_tip if editing else self.tr("Check who is asking, in proportion to what is asked")
            if verifiable else self.tr("Identity is verified before the case is worked on")
        )
        self.letter_button.setEnabled(not editing)
        self.letter_button.setToolTip(busy_tip if editing else self.tr("Write, print and send a letter for this case"))
        self.note_button.setToolTip(busy_tip if editing else self.tr("Add a note to the timeline"))
        self.save_button.setEnabled(editing)
        self.revert_button.setEnabled(editing)
        self.next_step.show_step(self._next, enabled=not editing)
        self.next_step.button.setToolTip(busy_tip if editing else "")
        self.edit_hint.setText(
            self.tr("Unsaved changes: save them (Ctrl+S) or revert them before any other action.")
            if editing
            else self.tr("Edit the fields in the Case and Rights tabs, then save (Ctrl+S).")
        )

    def _edited(self) -> None:
        if self._loaded is not None and not self._dirty:
            self._set_dirty(True)
            self._update_actions()

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.tabs.setTabText(TAB_CASE, self.tr("Case •") if dirty else self.tr("Case"))

    # editing ----------------------------------------------------------------------------------------------------
    def revert(self) -> None:
        if self._loaded is not None:
            self._show(self._loaded)

    def _read_edits(self) -> Case | None:
        assert self._loaded is not None
        try:
            edited = self.form.read(self._loaded.case)
        except FormProblems as problems:
            self._show_problems(problems.problems)
            return None
        edited.outcomes = {r: o for r, o in self.outcomes.outcomes().items() if r in edited.rights}
        return edited

    def save(self) -> bool:
        """Store the edits; rule problems are shown beside the fields, a concurrent change offers to reload."""
        if self._loaded is None or not self._dirty:
            return False
        self.banner.clear_problems()
        edited = self._read_edits()
        if edited is None:
            return False
        try:
            loaded = self._service.save(edited, expected_version=self._loaded.version)
        except CaseRuleError as error:
            self._show_problems(problems_in(error))
            return False
        except ChangedMeanwhile as error:
            self._lost_race(error, edited)
            return False
        except StaleCase as error:
            self._stale(error_text(error))
            return False
        except StoreError as error:
            self.banner.show_message(error_text(error))
            return False
        self._show(loaded)
        self.caseChanged.emit(loaded.case.reference or "")
        return True

    def _show_problems(self, problems: list[Problem]) -> None:
        self.form.show_problems(problems)
        self.banner.show_problems(problems, self._label_of)
        if any(p.key.startswith("outcomes.") for p in problems):
            self.tabs.setCurrentIndex(TAB_RIGHTS)
        elif any(self.form.field_label(p.key) != p.key for p in problems if p.key):
            self.tabs.setCurrentIndex(TAB_CASE)

    def _label_of(self, key: str) -> str:
        if key.startswith("outcomes."):
            try:
                return fill(self.tr("Outcome of %1"), labels.right_label(Right(key.split(".", 1)[1])))
            except ValueError:
                return key
        return self.form.field_label(key)

    def assign(self) -> bool:
        """Give the case to the person named in the box (nobody when it is empty)."""
        if self._loaded is None or self._dirty:
            return False
        reference = self.reference or ""
        try:
            loaded = self._service.assign(
                reference, self.assignee.currentText(), expected_version=self._loaded.version
            )
        except CaseRuleError as error:
            self.banner.show_message(error_text(error))
            return False
        except StaleCase as error:
            self._stale("\n".join(sentence_text(line) for line in error.sentences))
            return False
        except StoreError as error:
            self.banner.show_message(error_text(error))
            return False
        self._show(loaded)
        self.caseChanged.emit(reference)
        return True

    def _lost_race(self, refusal: ChangedMeanwhile, edited: Case) -> None:
        """Someone saved the case after it was opened here: say who changed what, and offer to make the edits
        again on the case as it is now. Either way nothing typed here is lost."""
        assert self._loaded is not None
        opened = self._loaded.case
        reference = self.reference or ""
        changes = "\n".join(f"• {sentence_text(line)}" for line in refusal.sentences[1:])
        again = message_boxes.confirm(
            self,
            self.tr("Case changed elsewhere"),
            fill(
                self.tr(
                    "%1 was changed by %2 since you opened it, so your changes were not saved:\n\n%3\n\n"
                    "Apply your changes again to the current version? You can then review them and save."
                ),
                reference,
                ", ".join(refusal.people) or self.tr("someone else"),
                changes,
            ),
            yes=self.tr("Apply my changes again"),
            no=self.tr("Keep my edits"),
        )
        if not again:
            self.banner.show_message(
                fill(self.tr("Not saved: %1 changed elsewhere. Save again to apply your changes to it."), reference)
            )
            # The next save goes through this same question, now against the newest version.
            return
        current = refusal.current
        merged = reapplied(opened, edited, current.case)
        self._show(current)
        self.form.load(merged)
        self.outcomes.set_rights(merged.rights, merged.outcomes)
        self._set_dirty(True)
        self._update_actions()
        self.banner.show_message(
            fill(
                self.tr("Your changes are applied to the version %2 saved by %1: review them and save."),
                ", ".join(refusal.people) or self.tr("someone else"),
                str(current.version),
            )
        )

    def _stale(self, message: str) -> None:
        reference = self.reference or ""
        reload = message_boxes.confirm(
            self,
            self.tr("Case changed elsewhere"),
            fill(
                self.tr(
                    "%1 was changed in another window or program since you opened it, so your changes were not saved."
                    "\n\n%2\n\nReload the case to see the current version? Edits not yet saved here will be lost."
                ),
                reference,
                message,
            ),
            yes=self.tr("Reload"),
            no=self.tr("Keep my edits"),
        )
        if reload:
            self.reload()
        else:
            self.banner.show_message(
                fill(self.tr("Not saved: %1 changed elsewhere. Reload it before saving again."), reference)
            )

    # actions --------------------------------------------------------------------------------------------------
    def _run(self, dialog: ActionDialog, submit: Callable[[], LoadedCase]) -> ActionDialog:
        def perform() -> None:
            loaded = submit()
            self._show(loaded)
            self.caseChanged.emit(loaded.case.reference or "")

        dialog.on_submit(perform)
        dialog.stale.connect(self._stale)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def change_status(self, target: Status) -> ActionDialog | None:
        """Move to ``target``: awaiting, resuming and closing open their own dialogs."""
        loaded = self._loaded
        if loaded is None:
            return None
        current = loaded.case.status
        if target is Status.AWAITING_REQUESTER:
            return self.await_requester()
        if current is Status.AWAITING_REQUESTER and target is Status.IN_PROGRESS:
            return self.resume()
        if target is Status.CLOSED:
            return self.close_case()
        reference = loaded.case.reference or ""
        dialog = ChangeStatusDialog(reference, current, target, self)
        return self._run(
            dialog,
            lambda: self._service.change_status(
                reference, target, note=dialog.note_text(), expected_version=loaded.version
            ),
        )

    def extend(self) -> ExtendDialog | None:
        loaded = self._loaded
        if loaded is None:
            return None
        reference = loaded.case.reference or ""
        dialog = ExtendDialog(reference, self._service.clock.today(), loaded.deadline.extension_notice_by, self)

        def submit() -> LoadedCase:
            if not dialog.reason_text():
                raise CaseRuleError(self.tr("An extension needs its reasons (GDPR Art 12(3))."))
            return self._service.extend(
                reference, dialog.reason_text(), notice_date=dialog.notice(), expected_version=loaded.version
            )

        self._run(dialog, submit)
        return dialog

    def await_requester(self) -> AwaitRequesterDialog | None:
        loaded = self._loaded
        if loaded is None:
            return None
        reference = loaded.case.reference or ""
        dialog = AwaitRequesterDialog(reference, self)
        self._run(dialog, lambda: self._service.mark_awaiting_requester(reference, items=dialog.items_text()))
        return dialog

    def resume(self) -> ResumeDialog | None:
        loaded = self._loaded
        if loaded is None:
            return None
        reference = loaded.case.reference or ""
        dialog = ResumeDialog(reference, self._service.clock.today(), self)
        self._run(dialog, lambda: self._service.resume(reference, received_on=dialog.arrived_on()))
        return dialog

    def close_case(self) -> CloseCaseDialog | None:
        loaded = self._loaded
        if loaded is None:
            return None
        reference = loaded.case.reference or ""
        dialog = CloseCaseDialog(reference, loaded.case.rights, loaded.case.outcomes, self)
        self._run(dialog, lambda: self._service.close(reference, dialog.outcomes()))
        return dialog

    def verify_identity(self) -> IdentityWizard | None:
        """Open the identity guide; its outcome is recorded on the case when the DPO finishes it."""
        loaded = self._loaded
        if loaded is None:
            return None
        reference = loaded.case.reference or ""
        wizard = IdentityWizard(
            loaded.case, today=self._service.clock.today(), actor=self._service.actor,
            language=ui_language(), info_request_limit_days=self._service.rules().info_request_limit_days, parent=self,
        )

        def record(result: object) -> None:
            assert isinstance(result, VerificationResult)
            try:
                updated = record_verification(self._service, reference, result)
            except (CaseRuleError, TransitionError, StoreError, StaleCase) as error:
                message_boxes.error(self, self.tr("The verification was not recorded"), error_text(error))
                return
            self._show(updated)
            self.caseChanged.emit(reference)
            if result.outcome is Outcome.MORE_INFORMATION_NEEDED:
                # The identity request, asking for exactly what the verification found missing.
                dialog = self.write_letter(LetterKind.IDENTITY_REQUEST)
                if dialog is not None and result.items_requested:
                    language = dialog.chosen_language()
                    asked = [item_text(item, language, updated.case.jurisdiction) for item in result.items_requested]
                    dialog.items.setPlainText("\n".join(asked))
            elif result.outcome is Outcome.CANNOT_BE_VERIFIED:
                # The refusal: identity not established after asking (Art 11(2), 12(2)), with its remedies (12(4)).
                dialog = self.write_letter(LetterKind.REFUSAL)
                if dialog is not None:
                    dialog.refusal_ground.select(RefusalGround.IDENTITY_NOT_ESTABLISHED)

        wizard.verified.connect(record)
        wizard.finished.connect(wizard.deleteLater)
        wizard.open()
        return wizard

    def write_letter(self, kind: LetterKind | None = None) -> LetterDialog | None:
        """Open the letter dialog on this case (on ``kind`` when given); a letter recorded as sent reloads it."""
        loaded = self._loaded
        if loaded is None:
            return None
        reference = loaded.case.reference or ""
        dialog = LetterDialog(case_service=self._service, reference=reference, parent=self)

        def sent(_reference: str) -> None:
            self.reload()
            self.caseChanged.emit(reference)

        dialog.sent.connect(sent)
        dialog.enclosuresKept.connect(self._enclosures_changed)
        dialog.finished.connect(dialog.deleteLater)
        if kind is not None:
            dialog.choose_kind(kind)
        dialog.open()
        return dialog

    def _enclosures_changed(self, reference: str) -> None:
        # Adding or removing an enclosure writes a timeline line, as sending a letter does.
        if reference == self.reference:
            self.reload()
        self.caseChanged.emit(reference)

    def take_next_step(self, step: NextStep) -> QWidget | None:
        """Start what the next step asks for: the identity guide, the letter dialog on the right kind, the dialog
        recording the requester's reply, or the closing dialog; returns the dialog opened (the Case tab for a
        practitioner recorded on a case whose identity is already settled)."""
        if self._loaded is None or self._dirty:
            return None
        action = step.action
        if action is NextAction.VERIFY_IDENTITY or (
            action is NextAction.RECORD_PRACTITIONER and may_verify(self._loaded.case.status)
        ):
            return self.verify_identity()
        if action is NextAction.RECORD_PRACTITIONER:
            self.tabs.setCurrentIndex(TAB_CASE)
            return self.tabs.currentWidget()
        if action is NextAction.WAIT_FOR_REQUESTER:
            return self.resume()
        if action is NextAction.CLOSE_CASE:
            return self.close_case()
        return self.write_letter(step.letter)

    def add_note(self) -> NoteDialog | None:
        loaded = self._loaded
        if loaded is None:
            return None
        reference = loaded.case.reference or ""
        dialog = NoteDialog(reference, self)
        self._run(dialog, lambda: self._service.add_note(reference, dialog.note_text()))
        return dialog
