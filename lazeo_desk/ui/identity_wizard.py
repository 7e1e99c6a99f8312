"""The identity-verification wizard: the checks that fit a case, page by page, ending in one of three outcomes."""

from __future__ import annotations

import enum
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from lazeo_desk.domain.case import Case, HeirPurpose, Language, Practitioner, Title
from lazeo_desk.domain.heirs import HeirStatement
from lazeo_desk.domain.identity import (
    Check,
    CheckResult,
    ConclusionError,
    IntakeRoute,
    Outcome,
    Rule,
    Situation,
    Topic,
    VerificationResult,
    allowed_outcomes,
    check_text,
    checks_needed,
    conclude,
    contradictions,
    default_route,
    file_establishes_identity,
    has_asked_requester,
    is_sufficient,
    item_alternatives,
    items_to_request,
    may_ask_for_id_copy,
    missing_requirements,
    pause_may_be_contested,
    rule_text,
    rules_for,
    situation_warnings,
    suggested_outcome,
    texts,
    topics_needed,
)
from lazeo_desk.domain.letter_kinds import through_practitioner
from lazeo_desk.ui.date_field import DateField, with_echo
from lazeo_desk.ui.dates import DateInputError, format_date
from lazeo_desk.ui.enum_combo import EnumCombo
from lazeo_desk.ui.labels import (
    heir_purpose_label,
    jurisdiction_label,
    relationship_label,
    right_article,
    right_label,
)
from lazeo_desk.ui.sentences import error_text, sentence_text


class PageId(enum.IntEnum):
    """The wizard's pages; which of them a case visits depends on who asks, how, and what is established."""

    ROUTE = 0
    SUBJECT = 1
    AUTHORITY = 2
    DECEASED = 3
    ID_DOCUMENT = 4
    OUTCOME = 5


_TOPIC_PAGES = {Topic.SUBJECT: PageId.SUBJECT, Topic.AUTHORITY: PageId.AUTHORITY, Topic.DECEASED: PageId.DECEASED}

# Rule boxes: a calm blue for the law, amber for what the DPO should correct or beware of, green when settled.
_BOX_STYLES = {
    "rule": "background:#eef4fb; border-left:4px solid #3d7cc9; padding:8px; color:#1d2b3a;",
    "warning": "background:#fff4e0; border-left:4px solid #d98a00; padding:8px; color:#3a2a00;",
    "ok": "background:#e9f6ec; border-left:4px solid #2e8b47; padding:8px; color:#143d1f;",
    "error": "background:#fdecea; border-left:4px solid #c0392b; padding:8px; color:#5a1a13;",
}


def _box(text: str, kind: str = "rule", *, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(_BOX_STYLES[kind])
    if name:
        label.setObjectName(name)
    return label


def _restyle(label: QLabel, text: str, kind: str) -> None:
    label.setText(text)
    label.setStyleSheet(_BOX_STYLES[kind])
    label.setVisible(bool(text))


class VerificationDraft(QObject):
    """What the DPO has recorded so far; pages read it and the domain functions judge it.

    Signals:
        changed(): the route, a check result, the scan or the chosen outcome changed.
    """

    changed = Signal()

    def __init__(self, case: Case, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.case = case
        self.route = default_route(case)
        self.results: dict[Check, CheckResult] = {}
        self.scan: Path | None = None
        self.outcome: Outcome | None = None
        self.asked_before = has_asked_requester(case)
        requester = case.requester
        self.heir_statement = HeirStatement(
            requester.purpose, requester.purpose_explanation, requester.designated_practitioner
        )

    def situation(self) -> Situation:
        return Situation.of(self.case, self.route)

    def effective_results(self) -> dict[Check, CheckResult]:
        """The results of the checks that fit the current route (a route change drops what no longer applies)."""
        fitting = set(checks_needed(self.situation()))
        return {check: result for check, result in self.results.items() if check in fitting}

    def sufficient(self) -> bool:
        return is_sufficient(self.effective_results(), self.situation())

    def set_route(self, route: IntakeRoute) -> None:
        if route is not self.route:
            self.route = route
            self.changed.emit()

    def set_result(self, check: Check, result: CheckResult) -> None:
        if self.results.get(check, CheckResult.NOT_CHECKED) is not result:
            self.results[check] = result
            self.changed.emit()

    def set_scan(self, path: Path | None) -> None:
        if path != self.scan:
            self.scan = path
            self.changed.emit()

    def set_heir_statement(self, statement: HeirStatement) -> None:
        if statement != self.heir_statement:
            self.heir_statement = statement
            self.changed.emit()

    def set_outcome(self, outcome: Outcome | None) -> None:
        if outcome is not self.outcome:
            self.outcome = outcome
            self.changed.emit()


class CheckRow(QFrame):
    """One check: what to look at and why, and its result as three radio buttons."""

    def __init__(self, check: Check, draft: VerificationDraft, language: Language, parent: QWidget | None = None):
        super().__init__(parent)
        self.check = check
        self._draft = draft
        self.setObjectName(f"row:{check.value}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        text = check_text(check, language, draft.case.jurisdiction)

        title = QLabel(text.label)
        title.setTextFormat(Qt.TextFormat.PlainText)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)

        self._group = QButtonGroup(self)
        choices = QHBoxLayout()
        choices.setSpacing(14)
        current = draft.results.get(check, CheckResult.NOT_CHECKED)
        for result, caption in (
            (CheckResult.MATCHES, self.tr("Matches")),
            (CheckResult.DOES_NOT_MATCH, self.tr("Does not match")),
            (CheckResult.NOT_CHECKED, self.tr("Not checked")),
        ):
            button = QRadioButton(caption)
            button.setObjectName(f"check:{check.value}:{result.value}")
            button.setChecked(result is current)
            button.toggled.connect(partial(self._chosen, result))
            self._group.addButton(button)
            choices.addWidget(button)
        choices.addStretch(1)

        what = QLabel(self.tr("What to check: {what}").format(what=text.what))
        why = QLabel(self.tr("Why: {why}").format(why=text.why))
        for label in (what, why):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        why.setStyleSheet("color:#4a5561;")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        layout.addWidget(title)
        layout.addWidget(what)
        layout.addWidget(why)
        layout.addLayout(choices)

    def _chosen(self, result: CheckResult, on: bool) -> None:
        if on:
            self._draft.set_result(self.check, result)


def _clear(layout: QVBoxLayout) -> None:
    """Remove the widgets of a page that is built again (the route may have changed the checks)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.setParent(None)
            widget.deleteLater()


def _scrolling(content: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    return area


class RoutePage(QWizardPage):
    """Who asks, for whom, for what, and how the request arrived (the DPO may correct the route)."""

    def __init__(self, draft: VerificationDraft, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._draft = draft
        self._language = language
        case = draft.case
        self.setTitle(self.tr("Who asks, and how the request arrived"))
        self.setSubTitle(
            self.tr("The checks that follow depend on who asks, the route, the country and the rights asked.")
        )
        situation = draft.situation()

        facts = QFormLayout()
        facts.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        facts.addRow(self.tr("Patient:"), self._plain(self._subject_line(case)))
        facts.addRow(self.tr("Who asks:"), self._plain(self._requester_line(case)))
        written_from = case.requester.email.strip() or (
            case.subject.email.strip() if not case.requester.is_representative else ""
        )
        if written_from:
            facts.addRow(self.tr("E-mail given:"), self._plain(written_from))
        rights = ", ".join(f"{right_label(right)} ({right_article(right)})" for right in case.rights)
        facts.addRow(self.tr("Rights asked:"), self._plain(rights))
        facts.addRow(self.tr("Centre country:"), self._plain(jurisdiction_label(case.jurisdiction)))
        level = texts(language).assurance[situation.assurance]
        if situation.after_death:
            meaning = self.tr(
                "A relative of a deceased patient: the proofs the patient law requires, and the patient's name "
                "and date of birth matched against the file."
            )
        elif not situation.requester_on_file:
            meaning = self.tr(
                "Someone acts for the patient: their authority is shown by documents, and the patient's name and "
                "date of birth are matched against the file."
            )
        else:
            meaning = level.meaning
        level_label = self._plain(f"{level.label} — {meaning}")
        level_label.setObjectName("assurance")
        facts.addRow(self.tr("Certainty needed:"), level_label)

        routes = QGroupBox(self.tr("How did the request reach us?"))
        routes_layout = QVBoxLayout(routes)
        self._route_group = QButtonGroup(self)
        for route in IntakeRoute:
            button = QRadioButton(texts(language).routes[route])
            button.setObjectName(f"route:{route.value}")
            button.setChecked(route is draft.route)
            button.toggled.connect(partial(self._chosen, route))
            self._route_group.addButton(button)
            routes_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        hint = QLabel(
            self.tr(
                "Proposed from the channel and the sender's address. When the requester's answer comes by "
                "another way, choose that way."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color:#4a5561;")
        routes_layout.addWidget(hint)

        layout = QVBoxLayout(self)
        layout.addLayout(facts)
        for warning in situation_warnings(situation):
            layout.addWidget(_box(rule_text(warning, language), "warning", name=f"warning:{warning.value}"))
        if draft.asked_before:
            layout.addWidget(
                _box(
                    self.tr("The requester has already been asked once for information on this case."),
                    "warning",
                    name="asked-before",
                )
            )
        layout.addWidget(routes)
        layout.addStretch(1)

    def _chosen(self, route: IntakeRoute, on: bool) -> None:
        if on:
            self._draft.set_route(route)

    def _plain(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _subject_line(self, case: Case) -> str:
        subject = case.subject
        parts = [subject.name]
        if subject.birth_date is not None:
            parts.append(self.tr("born {date}").format(date=format_date(subject.birth_date)))
        if subject.minor:
            parts.append(self.tr("minor"))
        if subject.deceased:
            parts.append(self.tr("deceased"))
        return ", ".join(parts)

    def _requester_line(self, case: Case) -> str:
        relationship = relationship_label(case.requester.relationship)
        if case.requester.is_representative and case.requester.name.strip():
            return f"{case.requester.name} — {relationship}"
        return relationship


class ChecksPage(QWizardPage):
    """The checks of one step (the patient file, the representative's authority, the heir's proofs)."""

    def __init__(
        self, topic: Topic, draft: VerificationDraft, language: Language, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.topic = topic
        self._draft = draft
        self._language = language
        titles = {
            Topic.SUBJECT: (
                self.tr("The request and the patient file"),
                self.tr("Compare what the request says with the patient file. Record each check you make."),
            ),
            Topic.AUTHORITY: (
                self.tr("Authority of the person acting"),
                self.tr("Someone acts for the patient: check the proof of their authority."),
            ),
            Topic.DECEASED: (
                self.tr("A deceased patient"),
                self.tr("A relative asks for a deceased patient's file: check the proofs the law requires."),
            ),
        }
        title, subtitle = titles[topic]
        self.setTitle(title)
        self.setSubTitle(subtitle)

        self._rules = QVBoxLayout()
        self._rows = QVBoxLayout()
        self._rows.setSpacing(8)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 6, 0)
        inner.addLayout(self._rules)
        inner.addLayout(self._rows)
        if topic is Topic.DECEASED:
            inner.addWidget(HeirStatementBox(draft))
        inner.addStretch(1)
        self._status = _box("", "ok", name="status")

        layout = QVBoxLayout(self)
        layout.addWidget(_scrolling(content), 1)
        layout.addWidget(self._status)
        draft.changed.connect(self._refresh_status)

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        situation = self._draft.situation()
        for holder in (self._rules, self._rows):
            _clear(holder)
        for rule in rules_for(self.topic, situation):
            self._rules.addWidget(_box(rule_text(rule, self._language), name=f"rule:{rule.value}"))
        for check in checks_needed(situation):
            if check.topic is self.topic:
                self._rows.addWidget(CheckRow(check, self._draft, self._language))
        self._refresh_status()

    def _refresh_status(self) -> None:
        draft = self._draft
        situation = draft.situation()
        results = draft.effective_results()
        doubts = [check for check in contradictions(results, situation) if check.topic is self.topic]
        if doubts:
            doubted = "; ".join(check_text(c, self._language, situation.jurisdiction).label for c in doubts)
            _restyle(
                self._status, self.tr("Reasonable doubt — does not match: {checks}").format(checks=doubted), "error"
            )
            return
        if self.topic is Topic.SUBJECT and file_establishes_identity(results, situation):
            if situation.requester_on_file:
                _restyle(self._status, rule_text(Rule.FILE_ESTABLISHES_IDENTITY, self._language), "ok")
            else:
                _restyle(self._status, self.tr("The patient's file is identified."), "ok")
            return
        offered = set(checks_needed(situation))
        needs = []
        for requirement in missing_requirements(results, situation):
            here = [c for c in requirement.any_of if c.topic is self.topic and c in offered]
            labels = [check_text(c, self._language, situation.jurisdiction).label for c in here]
            if len(labels) == 1:
                needs.append(labels[0])
            elif labels:
                needs.append(self.tr("one of: {checks}").format(checks=" / ".join(labels)))
        if not needs:
            _restyle(self._status, self.tr("Everything this step needs is established."), "ok")
            return
        _restyle(self._status, self.tr("Still missing: {needs}").format(needs="; ".join(needs)), "warning")


class HeirStatementBox(QGroupBox):
    """What the relative states: the purpose (France, CSP L.1110-4 V: the last two purposes are explained) and,
    in Belgium and Luxembourg, the practitioner they designate (BE art. 9 §4, LU art. 36). Recorded on Finish."""

    def __init__(self, draft: VerificationDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("What the relative states"))
        self._draft = draft
        statement = draft.heir_statement
        form = QFormLayout(self)
        self.purpose: EnumCombo[HeirPurpose] = EnumCombo(HeirPurpose, self)
        self.purpose.setObjectName("heir-purpose")
        self.purpose.add_none(self.tr("— not stated —"))
        for purpose in HeirPurpose:
            self.purpose.add(heir_purpose_label(purpose), purpose)
        self.purpose.select(statement.purpose)
        form.addRow(self.tr("Purpose"), self.purpose)
        self.explanation = QLineEdit(statement.purpose_explanation)
        self.explanation.setObjectName("heir-purpose-explanation")
        self.explanation.setPlaceholderText(self.tr("The circumstances, or the rights in question"))
        form.addRow(self.tr("Explained as"), self.explanation)
        practitioner = statement.designated_practitioner
        self.practitioner_name = QLineEdit(practitioner.name if practitioner else "", self)
        self.practitioner_name.setObjectName("practitioner-name")
        self.practitioner_address = QLineEdit(" / ".join(practitioner.address) if practitioner else "", self)
        self.practitioner_address.setObjectName("practitioner-address")
        self.practitioner_address.setPlaceholderText(self.tr("Street and number / postcode and town"))
        if through_practitioner(draft.case.jurisdiction):
            form.addRow(self.tr("Designated practitioner"), self.practitioner_name)
            form.addRow(self.tr("Practitioner's address"), self.practitioner_address)
        else:
            self.practitioner_name.hide()
            self.practitioner_address.hide()
        self.purpose.currentIndexChanged.connect(self._changed)
        for line in (self.explanation, self.practitioner_name, self.practitioner_address):
            line.textChanged.connect(self._changed)

    def _changed(self, *_args: object) -> None:
        before = self._draft.heir_statement.designated_practitioner
        name = self.practitioner_name.text().strip()
        practitioner = None
        if name:
            address = tuple(part.strip() for part in self.practitioner_address.text().split("/") if part.strip())
            practitioner = Practitioner(
                name, address, before.title if before else Title.DR, before.family_name if before else ""
            )
        self._draft.set_heir_statement(
            HeirStatement(self.purpose.current(), self.explanation.text().strip(), practitioner)
        )


class IdDocumentPage(QWizardPage):
    """The last resort: a redacted ID copy, shown only where the file does not establish identity."""

    def __init__(self, draft: VerificationDraft, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._draft = draft
        self._language = language
        self.setTitle(self.tr("Identity document (last resort)"))
        self.setSubTitle(self.tr("The patient file does not establish identity on its own."))

        self._row_holder = QVBoxLayout()
        self._path = QLineEdit()
        self._path.setObjectName("scan-path")
        self._path.setPlaceholderText(self.tr("No scan attached"))
        self._path.textChanged.connect(self._path_edited)
        attach = QPushButton(self.tr("Attach a scan…"))
        attach.setObjectName("attach-scan")
        attach.clicked.connect(self._choose_scan)
        remove = QPushButton(self.tr("Remove"))
        remove.setObjectName("remove-scan")
        remove.clicked.connect(self._path.clear)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self._path, 1)
        scan_row.addWidget(attach)
        scan_row.addWidget(remove)
        scan_note = QLabel(
            self.tr(
                "Attach only a redacted copy. The program keeps the path you choose; the scan is stored "
                "encrypted and deleted when the verification ends. Only the summary stays on the case."
            )
        )
        scan_note.setWordWrap(True)
        scan_note.setStyleSheet("color:#4a5561;")
        self._error = _box("", "error", name="scan-error")
        self._error.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(_box(rule_text(Rule.ID_COPY_LAST_RESORT, language), "warning", name="rule:id-copy"))
        layout.addLayout(self._row_holder)
        layout.addWidget(QLabel(self.tr("Scan of the redacted copy (optional):")))
        layout.addLayout(scan_row)
        layout.addWidget(scan_note)
        layout.addWidget(self._error)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        _clear(self._row_holder)
        self._row_holder.addWidget(CheckRow(Check.REDACTED_ID_COPY, self._draft, self._language))
        self._path.setText(str(self._draft.scan) if self._draft.scan is not None else "")

    def _choose_scan(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the scan of the redacted identity document"),
            "",
            self.tr("Images and PDF (*.png *.jpg *.jpeg *.tif *.tiff *.pdf);;All files (*)"),
        )
        if chosen:
            self._path.setText(chosen)

    def _path_edited(self, text: str) -> None:
        self._error.setVisible(False)
        self._draft.set_scan(Path(text.strip()) if text.strip() else None)

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        scan = self._draft.scan
        if scan is None:
            return True
        problem = ""
        if not scan.is_file():
            problem = self.tr("The file {path} does not exist or is not a file.").format(path=str(scan))
        elif self._draft.results.get(Check.REDACTED_ID_COPY, CheckResult.NOT_CHECKED) is CheckResult.NOT_CHECKED:
            problem = self.tr("Record what the attached copy showed (matches or does not match).")
        if problem:
            _restyle(self._error, problem, "error")
            return False
        return True


class OutcomePage(QWizardPage):
    """How the verification ends; only the endings the rules allow can be chosen."""

    def __init__(
        self,
        draft: VerificationDraft,
        language: Language,
        today: date,
        actor: str,
        info_request_limit_days: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._draft = draft
        self._language = language
        self._today = today
        self._actor = actor
        self._info_request_limit_days = info_request_limit_days
        self.setTitle(self.tr("Outcome"))
        self.setSubTitle(self.tr("Choose how the verification ends. Nothing is saved before you click Finish."))

        self._status = _box("", "ok", name="status")
        self._items = QLabel()
        self._items.setObjectName("items")
        self._items.setWordWrap(True)
        self._items.setTextFormat(Qt.TextFormat.PlainText)

        choices = QGroupBox(self.tr("Ending"))
        choices_layout = QVBoxLayout(choices)
        self._group = QButtonGroup(self)
        self._buttons: dict[Outcome, QRadioButton] = {}
        self._meanings: dict[Outcome, QLabel] = {}
        for outcome in Outcome:
            text = texts(language).outcomes[outcome]
            button = QRadioButton(text.label)
            button.setObjectName(f"outcome:{outcome.value}")
            button.toggled.connect(partial(self._chosen, outcome))
            meaning = QLabel(text.meaning)
            meaning.setWordWrap(True)
            meaning.setContentsMargins(24, 0, 0, 6)
            meaning.setStyleSheet("QLabel { color:#4a5561; } QLabel:disabled { color:#9aa1a8; }")
            self._group.addButton(button)
            self._buttons[outcome] = button
            self._meanings[outcome] = meaning
            choices_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            choices_layout.addWidget(meaning)

        self._notice = _box("", "rule", name="notice")
        # Deciding to ask is not asking: the clock pauses from the day the request goes out (EDPB 01/2022 §159).
        self._sent = QCheckBox(
            self.tr("The request for information has already been sent (by telephone, e-mail …), on:")
        )
        self._sent.setObjectName("request-sent")
        self._sent_on = DateField()
        self._sent_on.setObjectName("request-sent-on")
        self._sent_on.set_date(today)
        self._sent_on.setEnabled(False)
        self._sent.toggled.connect(self._sent_on.setEnabled)
        self._sent.toggled.connect(lambda _on: self._refresh())
        self._sent_on.dateChanged.connect(self._refresh)
        self._sent_row = QWidget()
        sent_layout = QHBoxLayout(self._sent_row)
        sent_layout.setContentsMargins(0, 0, 0, 0)
        sent_layout.addWidget(self._sent)
        sent_layout.addWidget(with_echo(self._sent_on))
        sent_layout.addStretch(1)
        self._late = _box("", "warning", name="late-warning")
        self._summary = QLabel()
        self._summary.setObjectName("summary")
        self._summary.setWordWrap(True)
        self._summary.setTextFormat(Qt.TextFormat.PlainText)
        self._summary.setStyleSheet("color:#1d2b3a; font-style:italic;")
        self._error = _box("", "error", name="error")
        self.concluded: VerificationResult | None = None

        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 6, 0)
        inner.addWidget(self._status)
        inner.addWidget(self._items)
        inner.addWidget(choices)
        inner.addWidget(self._notice)
        inner.addWidget(self._sent_row)
        inner.addWidget(self._late)
        inner.addWidget(QLabel(self.tr("Summary kept on the case:")))
        inner.addWidget(self._summary)
        inner.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(_scrolling(content), 1)
        layout.addWidget(self._error)
        draft.changed.connect(self._refresh)

    def _chosen(self, outcome: Outcome, on: bool) -> None:
        if on:
            self._draft.set_outcome(outcome)

    def scan_to_keep(self) -> Path | None:
        """The scan goes with the result only if the ID step was part of the way here."""
        wizard = self.wizard()
        if wizard is None or PageId.ID_DOCUMENT not in wizard.visitedIds():
            return None
        return self._draft.scan

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        draft = self._draft
        sufficient = draft.sufficient()
        allowed = allowed_outcomes(sufficient=sufficient, asked_before=draft.asked_before)
        why_not = {
            Outcome.VERIFIED: self.tr("Not available: the checks do not establish identity yet."),
            Outcome.MORE_INFORMATION_NEEDED: self.tr(
                "Not available: the checks establish identity, so nothing more may be asked (GDPR Art 12(6))."
            ),
            Outcome.CANNOT_BE_VERIFIED: self.tr(
                "Not available: the requester must first have been asked once (GDPR Art 11(2), 12(2))."
            )
            if not sufficient
            else self.tr("Not available: the checks establish identity."),
        }
        for outcome, button in self._buttons.items():
            button.setEnabled(outcome in allowed)
            meaning = texts(self._language).outcomes[outcome].meaning
            if outcome not in allowed:
                meaning += "\n" + why_not[outcome]
            self._meanings[outcome].setText(meaning)
            self._meanings[outcome].setEnabled(outcome in allowed)
        if draft.outcome not in allowed:
            self._buttons[suggested_outcome(sufficient=draft.sufficient())].setChecked(True)
        else:
            self._refresh()

    def _refresh(self) -> None:
        draft = self._draft
        situation = draft.situation()
        results = draft.effective_results()
        jurisdiction = situation.jurisdiction
        _restyle(self._error, "", "error")
        if draft.sufficient():
            _restyle(self._status, self.tr("The checks establish identity."), "ok")
            self._items.setText("")
        else:
            _restyle(
                self._status, self.tr("The checks do not yet establish who asks, or their authority."), "warning"
            )
            lines = [self.tr("To ask the requester for:")]
            for n, item in enumerate(items_to_request(results, situation), 1):
                alternatives = item_alternatives(item, self._language, jurisdiction)
                if len(alternatives) == 1:
                    lines.append(f"{n}. {alternatives[0]}")
                else:
                    lines.append(f"{n}. {texts(self._language).summary.one_of}")
                    lines.extend(f"     – {alternative}" for alternative in alternatives)
            self._items.setText("\n".join(lines))
        self._items.setVisible(bool(self._items.text()))

        outcome = draft.outcome
        notices = {
            Outcome.VERIFIED: "",
            Outcome.MORE_INFORMATION_NEEDED: rule_text(Rule.PAUSE, self._language)
            + "\n"
            + self.tr(
                "The clock pauses only once the request goes out: on the day the letter \"Request for identity or "
                "missing details\" is sent, or on the date recorded below if it has already been sent."
            )
            + "\n"
            + self.tr("The letter \"Request for identity or missing details\" is proposed with these items."),
            Outcome.CANNOT_BE_VERIFIED: rule_text(Rule.REFUSAL, self._language)
            + "\n"
            + self.tr("The refusal letter is proposed."),
        }
        _restyle(self._notice, notices[outcome] if outcome is not None else "", "rule")
        self._sent_row.setVisible(outcome is Outcome.MORE_INFORMATION_NEEDED)
        asked_on = self._sent_date() if self._sent.isChecked() else self._today
        if not isinstance(asked_on, date):
            asked_on = self._today
        late = ""
        if outcome is Outcome.MORE_INFORMATION_NEEDED and pause_may_be_contested(
            draft.case.received, asked_on, self._info_request_limit_days
        ):
            days = (asked_on - draft.case.received).days
            late = rule_text(Rule.LATE_REQUEST, self._language, days=days)
        _restyle(self._late, late, "warning")
        preview = self._conclude()
        self._summary.setText(preview.summary if isinstance(preview, VerificationResult) else "")
        self.completeChanged.emit()

    def _conclude(self) -> VerificationResult | str:
        """The result for the chosen ending, or why it cannot be given."""
        draft = self._draft
        if draft.outcome is None:
            return self.tr("Choose an ending.")
        sent_on: date | None = None
        if draft.outcome is Outcome.MORE_INFORMATION_NEEDED and self._sent.isChecked():
            sent = self._sent_date()
            if not isinstance(sent, date):
                return sent
            sent_on = sent
        try:
            return conclude(
                draft.effective_results(),
                draft.situation(),
                outcome=draft.outcome,
                asked_before=draft.asked_before,
                decided_on=self._today,
                by=self._actor,
                language=self._language,
                attached_scan=self._scan_if_allowed(),
                request_sent_on=sent_on,
                heir_statement=draft.heir_statement if draft.case.requester.is_heir else None,
            )
        except ConclusionError as error:
            # The wizard is the form: the sentence is shown alone, without the name of the field it concerns.
            return "; ".join(sentence_text(sentence) for sentence in error.sentences)
        except ValueError as error:
            return error_text(error)

    def _sent_date(self) -> date | str:
        """The day the request for information went out, or why the date typed cannot be it."""
        try:
            sent = self._sent_on.date_value()
        except DateInputError as error:
            return error_text(error)
        if sent is None:
            return self.tr("Type the date the request for information was sent.")
        if sent > self._today:
            return self.tr("The request for information cannot have been sent in the future.")
        if sent < self._draft.case.received:
            return self.tr("The request for information cannot have been sent before the request was received.")
        return sent

    def _scan_if_allowed(self) -> Path | None:
        scan = self.scan_to_keep()
        if scan is None or not may_ask_for_id_copy(self._draft.effective_results(), self._draft.situation()):
            return None
        return scan

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        draft = self._draft
        allowed = allowed_outcomes(sufficient=draft.sufficient(), asked_before=draft.asked_before)
        return draft.outcome in allowed

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        outcome = self._conclude()
        if isinstance(outcome, VerificationResult):
            self.concluded = outcome
            return True
        _restyle(self._error, outcome, "error")
        return False


class IdentityWizard(QWizard):
    """Guides the DPO through verifying who asks for ``case``, in proportion; saves nothing.

    The pages depend on the case (who asks, the route, the country, the rights); every decision is taken by
    ``lazeo_desk.domain.identity``. On Finish the wizard emits ``verified`` with the VerificationResult, which
    ``result()`` also returns; the service applies it. An attached ID scan is returned as a path, never copied.
    ``info_request_limit_days`` is the DPO's setting: a request for information sent later than that after receipt
    is flagged, as the case pane flags it.

    Signals:
        verified(VerificationResult): the DPO finished the verification.
    """

    verified = Signal(object)

    def __init__(
        self,
        case: Case,
        *,
        today: date,
        actor: str,
        info_request_limit_days: int,
        language: Language = Language.EN,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._draft = VerificationDraft(case, self)
        self._result: VerificationResult | None = None
        reference = case.reference or self.tr("new case")
        self.setWindowTitle(self.tr("Identity verification — {reference}").format(reference=reference))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(860, 680)

        self.setPage(PageId.ROUTE, RoutePage(self._draft, language))
        for topic, page_id in _TOPIC_PAGES.items():
            self.setPage(page_id, ChecksPage(topic, self._draft, language))
        self.setPage(PageId.ID_DOCUMENT, IdDocumentPage(self._draft, language))
        self._outcome_page = OutcomePage(self._draft, language, today, actor, info_request_limit_days)
        self.setPage(PageId.OUTCOME, self._outcome_page)
        self.setStartId(PageId.ROUTE)
        self.accepted.connect(self._finished)

    def path(self) -> list[PageId]:
        """The pages this case goes through now, given what has been recorded so far."""
        draft = self._draft
        situation = draft.situation()
        pages = [PageId.ROUTE] + [_TOPIC_PAGES[topic] for topic in topics_needed(situation)]
        if may_ask_for_id_copy(draft.effective_results(), situation) and Check.REDACTED_ID_COPY in checks_needed(
            situation
        ):
            pages.append(PageId.ID_DOCUMENT)
        pages.append(PageId.OUTCOME)
        return pages

    def nextId(self) -> int:  # noqa: N802 (Qt's name)
        pages = self.path()
        current = self.currentId()
        if current not in pages:
            return -1
        position = pages.index(PageId(current))
        return pages[position + 1] if position + 1 < len(pages) else -1

    def _finished(self) -> None:
        # QWizard accepts only after the outcome page validated, which concluded the verification.
        result = self._outcome_page.concluded
        if result is not None:
            self._result = result
            self.verified.emit(result)

    # The brief of this dialog is a VerificationResult, not QDialog's int code (read exec()'s return for that).
    def result(self) -> VerificationResult | None:  # type: ignore[override]
        """The verification the DPO finished, or None while it is open or when it was cancelled."""
        return self._result
