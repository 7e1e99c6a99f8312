"""Writing a letter from a case: choose the kind, fill what the case cannot know, see the pages, then print, save
or record it as sent."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lazeo_desk.domain.case import Case, Language
from lazeo_desk.domain.letter_kinds import LetterInput, LetterKind
from lazeo_desk.domain.status import TransitionError
from lazeo_desk.letters import LetterExtras, LetterInputError, RefusalGround, TemplateError, suggested_identity_items
from lazeo_desk.letters.resources import ResourceError
from lazeo_desk.services import printing
from lazeo_desk.services.cases import CaseRuleError, CaseService
from lazeo_desk.services.email_draft import EmailDraft, EmailDraftService
from lazeo_desk.services.file_output import write_atomically
from lazeo_desk.services.letter_templates import LetterTemplateService, needed_inputs
from lazeo_desk.services.letters import Draft, LetterRefused, LetterService, SendMethod
from lazeo_desk.store.cases import CaseNotFound
from lazeo_desk.store.database import StoreError
from lazeo_desk.ui import email_draft_files, labels, letter_preview
from lazeo_desk.ui import message_boxes as messages
from lazeo_desk.ui.background import BackgroundTasks
from lazeo_desk.ui.dates import format_date
from lazeo_desk.ui.enum_combo import EnumCombo
from lazeo_desk.ui.letter_labels import kind_label
from lazeo_desk.ui.letter_log import method_label
from lazeo_desk.ui.letter_preview import LetterPreview, PreviewRunner, Rendered, file_error_text
from lazeo_desk.ui.pdf_pages import PdfNotShown, locked
from lazeo_desk.ui.placeholders import fill
from lazeo_desk.ui.plain_text import make_plain
from lazeo_desk.ui.sentences import error_text, sentence_text
from lazeo_desk.ui.template_editor import TemplateEditor
from lazeo_desk.ui.translation import QT_TRANSLATE_NOOP, translate

PREVIEW_DELAY_MS = 350
KIND_ROLE = Qt.ItemDataRole.UserRole + 1

_LABELS = "LetterLabels"

# The translated copies of LetterKind.description.
KIND_DESCRIPTIONS = {
    LetterKind.ACKNOWLEDGEMENT: QT_TRANSLATE_NOOP(
        "LetterLabels", "Acknowledgement of receipt, with the date the answer is due"
    ),
    LetterKind.IDENTITY_REQUEST: QT_TRANSLATE_NOOP(
        "LetterLabels", "Request for proof of identity or missing details (the clock waits)"
    ),
    LetterKind.EXTENSION_NOTICE: QT_TRANSLATE_NOOP(
        "LetterLabels", "Extension by two further months, with the reasons and the new date (Art 12(3))"
    ),
    LetterKind.ACCESS_RESPONSE: QT_TRANSLATE_NOOP(
        "LetterLabels", "Access response: copy of the data and the Art 15 information"
    ),
    LetterKind.RECTIFICATION_DONE: QT_TRANSLATE_NOOP(
        "LetterLabels", "Rectification carried out (Art 16), recipients notified (Art 19)"
    ),
    LetterKind.ERASURE_DONE: QT_TRANSLATE_NOOP(
        "LetterLabels", "Erasure carried out (Art 17), recipients notified (Art 19)"
    ),
    LetterKind.ERASURE_PARTLY_REFUSED: QT_TRANSLATE_NOOP(
        "LetterLabels", "Erasure partly refused: medical file kept until a computed date (Art 17(3))"
    ),
    LetterKind.RESTRICTION_APPLIED: QT_TRANSLATE_NOOP("LetterLabels", "Restriction of processing applied (Art 18)"),
    LetterKind.OBJECTION_UPHELD: QT_TRANSLATE_NOOP(
        "LetterLabels", "Objection upheld: the processing has stopped (Art 21)"
    ),
    LetterKind.CONSENT_WITHDRAWN: QT_TRANSLATE_NOOP("LetterLabels", "Withdrawal of consent recorded (Art 7(3))"),
    LetterKind.PORTABILITY_COVER: QT_TRANSLATE_NOOP("LetterLabels", "Cover letter for the portable data file (Art 20)"),
    LetterKind.REFERRAL_DOCTOLIB: QT_TRANSLATE_NOOP(
        "LetterLabels", "Referral to Doctolib, controller for the patient's Doctolib account"
    ),
    LetterKind.REFUSAL: QT_TRANSLATE_NOOP(
        "LetterLabels", "Refusal with reasons, the right to complain and to a judicial remedy (Art 12(4))"
    ),
    LetterKind.MEDICAL_RECORD_COVER: QT_TRANSLATE_NOOP(
        "LetterLabels", "Cover letter for a copy of the medical file (first copy free)"
    ),
    LetterKind.PRACTITIONER_COVER: QT_TRANSLATE_NOOP(
        "LetterLabels", "Cover letter for a deceased patient's file, to the practitioner a relative designated (BE, LU)"
    ),
    LetterKind.HEIR_PRACTITIONER_NOTICE: QT_TRANSLATE_NOOP(
        "LetterLabels", "To the relative: the file is made available to the practitioner they designated (BE, LU)"
    ),
    LetterKind.NO_DATA_HELD: QT_TRANSLATE_NOOP(
        "LetterLabels", "No personal data held: confirmation (Art 15(1)), the right to complain and to a remedy"
    ),
}

REFUSAL_GROUND_LABELS = {
    RefusalGround.IDENTITY_NOT_ESTABLISHED: QT_TRANSLATE_NOOP(
        "LetterLabels", "Identity not established (Art 11(2), 12(2))"
    ),
    RefusalGround.MANIFESTLY_UNFOUNDED: QT_TRANSLATE_NOOP("LetterLabels", "Manifestly unfounded (Art 12(5)(b))"),
    RefusalGround.EXCESSIVE: QT_TRANSLATE_NOOP("LetterLabels", "Excessive (Art 12(5)(b))"),
}

def kind_description(kind: LetterKind) -> str:
    return translate(_LABELS, KIND_DESCRIPTIONS[kind])


def refusal_ground_label(ground: RefusalGround) -> str:
    return translate(_LABELS, REFUSAL_GROUND_LABELS[ground])


@dataclass(frozen=True)
class PrinterChoice:
    """The queue and number of copies chosen in the print dialog."""

    printer: str
    copies: int


def choose_printer(parent: QWidget | None, title: str) -> PrinterChoice | None:
    """Qt's print dialog, used only to choose the printer and the copies (the PDF goes to CUPS unchanged).

    None when the DPO cancels. Tests replace this function.
    """
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    # The whole letter, as laid out: no page ranges, and no "print to file" (Save PDF… does that exactly).
    for option in (
        QAbstractPrintDialog.PrintDialogOption.PrintToFile,
        QAbstractPrintDialog.PrintDialogOption.PrintSelection,
        QAbstractPrintDialog.PrintDialogOption.PrintPageRange,
        QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage,
    ):
        dialog.setOption(option, False)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return PrinterChoice(printer.printerName(), max(1, printer.copyCount()))


def _lines(text: str) -> tuple[str, ...]:
    """One item a line; a leading "- " or "• " typed out of habit is not part of the item."""
    items = []
    for line in text.splitlines():
        item = re.sub(r"^\s*[-•*]\s+", "", line).strip()
        if item:
            items.append(item)
    return tuple(items)


def _paragraphs(text: str) -> tuple[str, ...]:
    """Paragraphs separated by a blank line; the lines of one paragraph are kept as typed."""
    return tuple(part.strip() for part in re.split(r"\n\s*\n", text) if part.strip())


@dataclass(frozen=True)
class LetterChoice:
    """Everything a draft is made from; a draft is offered for printing only while the choice is unchanged."""

    kind: LetterKind
    language: Language
    extras: LetterExtras


class LetterDialog(QDialog):
    """Choose, preview, print, save and record a letter for one case.

    Signals: ``sent(str)`` — the letter was recorded on the case with that reference (the dialog then closes);
    ``enclosuresKept(str)`` — files were kept with the case as enclosures from the dialog.
    Attributes for tests: ``kinds`` (the list of kinds), ``preview`` (:class:`LetterPreview`), ``draft`` (the
    :class:`Draft` on screen, or None), and the fields and buttons by name.
    """

    sent = Signal(str)
    enclosuresKept = Signal(str)

    def __init__(
        self,
        *,
        case_service: CaseService,
        reference: str,
        letters: LetterService | None = None,
        templates: LetterTemplateService | None = None,
        preview_delay_ms: int = PREVIEW_DELAY_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._cases = case_service
        self._letters = letters if letters is not None else LetterService(case_service)
        self._templates = (
            templates
            if templates is not None
            else LetterTemplateService(case_service.place)
        )
        self._reference = reference
        self._today = case_service.clock.today()
        self._preview_delay_ms = preview_delay_ms
        self._case: Case | None = None
        self._proposed: list[LetterKind] = []
        self._overrides: dict[tuple[LetterKind, Language], str] = {}
        self._needed: dict[tuple[LetterKind, Language], frozenset[LetterInput]] = {}
        self._draft: Draft | None = None
        self._draft_choice: LetterChoice | None = None
        self._items_prefill = ""
        self._runner = PreviewRunner(self, delay_ms=preview_delay_ms)
        self._runner.ready.connect(self._preview_ready)
        self._runner.failed.connect(self._preview_failed)
        self._tasks = BackgroundTasks(self, threads=1)
        self._emailing = False

        self.setWindowTitle(fill(self.tr("Letter — %1"), reference))
        self.resize(1320, 900)
        self._build()
        self._load()

    # building -----------------------------------------------------------------------------------------------
    def _text_box(self, placeholder: str, lines: int) -> QPlainTextEdit:
        box = QPlainTextEdit(self)
        box.setTabChangesFocus(True)
        box.setPlaceholderText(placeholder)
        box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
        box.textChanged.connect(self._inputs_changed)
        return box

    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setObjectName("caseTitle")
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600; color: #1F2933;")
        self.subheading = QLabel(self)
        self.subheading.setWordWrap(True)
        self.subheading.setStyleSheet("color: #4A5560;")

        self.kind_model = QStandardItemModel(self)
        self.kinds = QListView(self)
        self.kinds.setModel(self.kind_model)
        self.kinds.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.kinds.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.kinds.setUniformItemSizes(True)
        self.kinds.setStyleSheet("QListView::item { padding: 3px 6px; }")
        self.kinds.selectionModel().selectionChanged.connect(self._kind_selected)
        self.kind_description = QLabel(self)
        self.kind_description.setWordWrap(True)
        self.kind_description.setStyleSheet("color: #4A5560;")

        self.language = EnumCombo(Language, self)
        for language in Language:
            self.language.add(labels.language_label(language), language)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.template_button = QPushButton(self.tr("Edit template…"), self)
        self.template_button.setToolTip(self.tr("Adapt the text of this kind of letter in this language"))
        self.template_button.clicked.connect(self.edit_template)
        language_row = QHBoxLayout()
        language_row.addWidget(self.language, 1)
        language_row.addWidget(self.template_button)

        self.items = self._text_box(self.tr("One item a line"), 5)
        self.extension_reason = self._text_box(self.tr("The reasons, as the person will read them"), 3)
        self.refusal_ground = EnumCombo(RefusalGround, self)
        self.refusal_ground.add_none(self.tr("— choose the ground —"))
        for ground in RefusalGround:
            self.refusal_ground.add(refusal_ground_label(ground), ground)
        self.refusal_ground.currentIndexChanged.connect(self._inputs_changed)
        self.refusal_reason = self._text_box(self.tr("What was asked, what was missing, why it is refused"), 4)
        self.done_items = self._text_box(self.tr("What was corrected, erased, restricted or stopped; one a line"), 3)
        self.recipients = self._text_box(self.tr("Recipients told of it (Art 19), one a line"), 2)
        self.liability_claim = QCheckBox(self.tr("A claim about medical liability is pending (retention suspended)"))
        self.liability_claim.toggled.connect(self._inputs_changed)
        # An objection to direct marketing is never refused (GDPR Art 21(2)-(3)): refusing an objection needs the
        # DPO's explicit word that it is about something else.
        self.objection_not_marketing = QCheckBox(
            self.tr("The objection is not about direct marketing (it may be refused)")
        )
        self.objection_not_marketing.toggled.connect(self._inputs_changed)
        self.enclosures = self._text_box(self.tr("Documents sent with the letter, one a line"), 3)
        # The files themselves go with the case (the package and its index are made from them): kept from here,
        # their titles join the list above.
        self.enclose_button = QPushButton(self.tr("Keep files with the case as enclosures…"), self)
        self.enclose_button.clicked.connect(self.enclose_chosen)
        self.free_paragraphs = self._text_box(self.tr("Paragraphs for this letter only; a blank line between two"), 5)
        self.free_note = QLabel(self.tr("This letter's template has no place for free paragraphs."), self)
        self.free_note.setWordWrap(True)
        self.free_note.setStyleSheet("color: #8A5A00;")

        self.fields = QFormLayout()
        self.fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.fields.addRow(self.tr("Items asked for"), self.items)
        self.fields.addRow(self.tr("Reasons for the extension"), self.extension_reason)
        self.fields.addRow(self.tr("Ground of the refusal"), self.refusal_ground)
        self.fields.addRow(self.tr("Reasons for the refusal"), self.refusal_reason)
        self.fields.addRow(self.objection_not_marketing)
        self.fields.addRow(self.tr("What was done"), self.done_items)
        self.fields.addRow(self.tr("Recipients notified"), self.recipients)
        self.fields.addRow(self.liability_claim)
        self.fields.addRow(self.tr("Enclosures"), self.enclosures)
        self.fields.addRow(self.enclose_button)
        self.fields.addRow(self.tr("Free paragraphs"), self.free_paragraphs)
        self.fields.addRow(self.free_note)
        content = QGroupBox(self.tr("Content"), self)
        content.setLayout(self.fields)

        self.method = EnumCombo(SendMethod, self)
        for method in SendMethod:
            self.method.add(method_label(method), method)
        self.method.currentIndexChanged.connect(self._method_changed)
        self.tracking = QLineEdit(self)
        self.tracking.setPlaceholderText(self.tr("e.g. 1A 234 567 8901 2"))
        self.tracking.textChanged.connect(self._update_buttons)
        self.dated = QLabel(format_date(self._today, weekday=True), self)
        sending_form = QFormLayout()
        sending_form.addRow(self.tr("Sent by"), self.method)
        sending_form.addRow(self.tr("Tracking number"), self.tracking)
        sending_form.addRow(self.tr("Letter dated"), self.dated)
        sending = QGroupBox(self.tr("Sending"), self)
        sending.setLayout(sending_form)

        choices = QWidget(self)
        choices_layout = QVBoxLayout(choices)
        choices_layout.setContentsMargins(0, 0, 8, 0)
        choices_layout.addWidget(QLabel(self.tr("Kind of letter"), self))
        choices_layout.addWidget(self.kinds)
        choices_layout.addWidget(self.kind_description)
        language_label = QLabel(self.tr("Language"), self)
        choices_layout.addWidget(language_label)
        choices_layout.addLayout(language_row)
        choices_layout.addWidget(content)
        choices_layout.addWidget(sending)
        choices_layout.addStretch(1)
        left = QScrollArea(self)
        left.setWidgetResizable(True)
        left.setFrameShape(QFrame.Shape.NoFrame)
        left.setWidget(choices)
        left.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left.setMinimumWidth(choices.minimumSizeHint().width() + left.verticalScrollBar().sizeHint().width() + 4)

        self.preview = LetterPreview(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([440, 880])

        self.status = QLabel(self)
        self.status.setStyleSheet("color: #2E6B3A;")
        self.status.setWordWrap(True)
        # Why the letter on screen may not go out (docs/rules.md, Before a letter goes out): shown in place of the
        # actions it disables.
        self.refused = QLabel(self)
        self.refused.setObjectName("letterRefused")
        self.refused.setWordWrap(True)
        self.refused.setStyleSheet("color: #A61B1B; font-weight: 600;")
        self.refused.hide()
        make_plain(self.heading, self.subheading, self.status, self.refused)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setToolTip(self.tr("Choose the printer and the copies; the PDF shown is printed as it is"))
        self.print_button.clicked.connect(self.print_letter)
        self.save_button = QPushButton(self.tr("Save PDF…"), self)
        self.save_button.clicked.connect(lambda: self.save_pdf())
        self.send_button = QPushButton(self.tr("Record as sent"), self)
        self.send_button.setObjectName("primaryButton")
        self.send_button.setToolTip(
            self.tr("Keep this exact PDF in the case's letter log, with how it was sent, and update the case")
        )
        self.send_button.clicked.connect(self.record_sent)
        self.email_button = QPushButton(self.tr("Write the e-mail draft…"), self)
        self.email_button.setToolTip(
            self.tr("Write this letter as an e-mail draft to open in the mail program, and record it as sent by e-mail")
        )
        self.email_button.clicked.connect(lambda: self.write_email_draft())
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.print_button, self.save_button, self.email_button, self.send_button, self.close_button):
            # Enter in a field must never print or record a letter: every action takes a deliberate click.
            button.setAutoDefault(False)
            buttons.addWidget(button)
        self.template_button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.refused)
        layout.addLayout(buttons)
        self.send_button.setStyleSheet(
            "QPushButton#primaryButton { background: #0B4F8A; color: #FFFFFF; border: 1px solid #0A467B;"
            " border-radius: 5px; padding: 6px 16px; font-weight: 600; }"
            " QPushButton#primaryButton:disabled { background: #9FB7CC; border-color: #9FB7CC; }"
        )

    # loading ------------------------------------------------------------------------------------------------
    def _load(self) -> None:
        try:
            case = self._cases.load(self._reference).case
            self._overrides = self._templates.overrides()
        except CaseNotFound:
            self._cannot_open(fill(self.tr("There is no case %1."), self._reference))
            return
        except StoreError as error:
            self._cannot_open(error_text(error))
            return
        self._case = case
        self._proposed = self._letters.proposals(case)
        self.heading.setText(fill(self.tr("Letter for %1"), case.reference or self._reference))
        parts = [case.subject.name]
        if case.requester.is_representative:
            parts.append(fill(self.tr("written to %1"), case.requester.name))
        parts += [labels.status_label(case.status), labels.language_label(case.language)]
        self.subheading.setText(" · ".join(parts))
        self._fill_kinds()
        self.language.blockSignals(True)
        self.language.select(case.language)
        self.language.blockSignals(False)
        first = self._proposed[0] if self._proposed else LetterKind.ACKNOWLEDGEMENT
        self.choose_kind(first)

    def _cannot_open(self, text: str) -> None:
        self.heading.setText(self.tr("The letter cannot be written"))
        self.preview.show_problem(text)
        for widget in (self.kinds, self.language, self.template_button, self.method, self.tracking):
            widget.setEnabled(False)
        self._update_buttons()

    def _fill_kinds(self) -> None:
        model = self.kind_model
        model.clear()

        def header(text: str) -> None:
            item = QStandardItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = QFont(self.font())
            font.setBold(True)
            item.setFont(font)
            item.setForeground(Qt.GlobalColor.darkGray)
            model.appendRow(item)

        def entry(kind: LetterKind, fits: bool) -> None:
            item = QStandardItem(kind_label(kind))
            item.setData(kind.value, KIND_ROLE)
            item.setToolTip(kind_description(kind))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren)
            if not fits:
                item.setForeground(Qt.GlobalColor.darkGray)
            model.appendRow(item)

        header(self.tr("Proposed for this case") if self._proposed else self.tr("No letter fits this case now"))
        for kind in self._proposed:
            entry(kind, True)
        others = [kind for kind in LetterKind if kind not in self._proposed]
        if others:
            header(self.tr("Other kinds — they do not fit the present state"))
            for kind in others:
                entry(kind, False)
        rows = model.rowCount()
        self.kinds.setMinimumHeight(self.kinds.sizeHintForRow(0) * min(rows, 17) + 2 * self.kinds.frameWidth() + 4)

    # reading the choices ------------------------------------------------------------------------------------
    def proposed_kinds(self) -> list[LetterKind]:
        return list(self._proposed)

    def offered_kinds(self) -> list[LetterKind]:
        """Every kind in the list, in its order (the proposed ones first)."""
        found = []
        for row in range(self.kind_model.rowCount()):
            value = self.kind_model.item(row).data(KIND_ROLE)
            if value is not None:
                found.append(LetterKind(value))
        return found

    def chosen_kind(self) -> LetterKind | None:
        index = self.kinds.currentIndex()
        value = index.data(KIND_ROLE) if index.isValid() else None
        return LetterKind(value) if value is not None else None

    def choose_kind(self, kind: LetterKind) -> None:
        index = self.index_of(kind)
        if index.isValid():
            self.kinds.setCurrentIndex(index)

    def chosen_language(self) -> Language:
        chosen = self.language.current()
        if chosen is not None:
            return chosen
        return self._case.language if self._case is not None else Language.EN

    def chosen_method(self) -> SendMethod:
        return self.method.current() or SendMethod.POST

    def choice(self) -> LetterChoice | None:
        """The letter as the fields describe it now (None before a kind is chosen)."""
        kind = self.chosen_kind()
        if kind is None or self._case is None:
            return None
        needed = self._inputs(kind)
        refusing = LetterInput.REFUSAL in needed
        extras = LetterExtras(
            enclosures=_lines(self.enclosures.toPlainText()) if LetterInput.ENCLOSURES in needed else (),
            free_paragraphs=_paragraphs(self.free_paragraphs.toPlainText()),
            refusal_ground=self.refusal_ground.current() if refusing else None,
            refusal_reason=self.refusal_reason.toPlainText().strip() if refusing else "",
            items_requested=_lines(self.items.toPlainText()) if LetterInput.ITEMS_REQUESTED in needed else (),
            extension_reason=(
                self.extension_reason.toPlainText().strip() if LetterInput.EXTENSION_REASON in needed else ""
            ),
            done_items=_lines(self.done_items.toPlainText()) if LetterInput.DONE_ITEMS in needed else (),
            recipients_notified=(
                _lines(self.recipients.toPlainText()) if LetterInput.RECIPIENTS_NOTIFIED in needed else ()
            ),
            liability_claim=self.liability_claim.isChecked() if LetterInput.LIABILITY_CLAIM in needed else False,
            registered_mention=self.chosen_method() is SendMethod.REGISTERED_POST,
            objection_not_marketing=self.objection_not_marketing.isChecked() and refusing,
        )
        return LetterChoice(kind, self.chosen_language(), extras)

    @property
    def draft(self) -> Draft | None:
        """The letter on screen (what Print, Save PDF and Record as sent use)."""
        return self._draft

    def ready(self) -> bool:
        """The letter on screen is the one the fields describe: it may be printed, saved and sent."""
        return (
            self._draft is not None
            and not self._runner.busy()
            and self._draft_choice is not None
            and self._draft_choice == self.choice()
        )

    def preview_busy(self) -> bool:
        return self._runner.busy()

    def _inputs(self, kind: LetterKind) -> frozenset[LetterInput]:
        """What the template in force prints, and so which fields the letter needs."""
        key = (kind, self.chosen_language())
        if key not in self._needed:
            rights = self._case.rights if self._case is not None else ()
            self._needed[key] = needed_inputs(kind, key[1], rights, self._overrides)
        return self._needed[key]

    # reacting -----------------------------------------------------------------------------------------------
    def _kind_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        kind = self.chosen_kind()
        if kind is None:
            return
        self.kind_description.setText(kind_description(kind))
        self.method.blockSignals(True)
        self.method.select(SendMethod.REGISTERED_POST if kind.customarily_registered else SendMethod.POST)
        self.method.blockSignals(False)
        self._method_changed_quietly()
        self._show_fields(kind)
        self._prefill_items(kind)
        self._request_preview(now=True)

    def _language_changed(self) -> None:
        kind = self.chosen_kind()
        if kind is None:
            return
        self._show_fields(kind)
        self._prefill_items(kind)
        self._request_preview(now=True)

    def _method_changed(self) -> None:
        self._method_changed_quietly()
        self._inputs_changed()

    def _method_changed_quietly(self) -> None:
        registered = self.chosen_method() is SendMethod.REGISTERED_POST
        self.tracking.setEnabled(registered)
        self.tracking.setPlaceholderText(
            self.tr("e.g. 1A 234 567 8901 2") if registered else self.tr("Only for registered post")
        )

    def _show_fields(self, kind: LetterKind) -> None:
        needed = self._inputs(kind)
        rows = {
            self.items: LetterInput.ITEMS_REQUESTED in needed,
            self.extension_reason: LetterInput.EXTENSION_REASON in needed,
            self.refusal_ground: LetterInput.REFUSAL in needed,
            self.refusal_reason: LetterInput.REFUSAL in needed,
            self.objection_not_marketing: LetterInput.OBJECTION_NOT_MARKETING in needed,
            self.done_items: LetterInput.DONE_ITEMS in needed,
            self.recipients: LetterInput.RECIPIENTS_NOTIFIED in needed,
            self.liability_claim: LetterInput.LIABILITY_CLAIM in needed,
            self.enclosures: LetterInput.ENCLOSURES in needed,
            self.enclose_button: LetterInput.ENCLOSURES in needed,
            self.free_note: LetterInput.FREE_NOTE in needed,
        }
        for widget, visible in rows.items():
            self.fields.setRowVisible(widget, visible)
        recorded = self._case.extension.reason if self._case is not None and self._case.extension else ""
        self.extension_reason.setPlaceholderText(
            fill(self.tr("Recorded on the case: %1"), recorded)
            if recorded
            else self.tr("The reasons, as the person will read them")
        )

    def _prefill_items(self, kind: LetterKind) -> None:
        """What an identity request asks for, proposed for who wrote; kept once the DPO has changed it."""
        if self._case is None or LetterInput.ITEMS_REQUESTED not in self._inputs(kind):
            return
        current = self.items.toPlainText()
        if current.strip() and current != self._items_prefill:
            return
        suggested = "\n".join(suggested_identity_items(self._case, self.chosen_language()))
        self._items_prefill = suggested
        self.items.blockSignals(True)
        self.items.setPlainText(suggested)
        self.items.blockSignals(False)

    # enclosures kept from here --------------------------------------------------------------------------------
    def enclose_chosen(self) -> None:
        # Imported here: the enclosures' window imports this dialog's printer choice.
        from lazeo_desk.ui.enclosures_view import choose_files

        paths = choose_files(self)
        if paths:
            self.enclose_files(paths)

    def enclose_files(self, paths: Sequence[Path]) -> None:
        """Keep ``paths`` with the case as enclosures (checked off the GUI thread); their titles join the list."""
        from lazeo_desk.services.enclosures import EnclosureService

        work = partial(EnclosureService(self._cases.place).add_files, self._reference, list(paths))
        self.enclose_button.setEnabled(False)
        self._tasks.submit(lambda: locked(work), self._enclosed, self._enclose_failed)

    def _enclosed(self, outcomes: object) -> None:
        self.enclose_button.setEnabled(True)
        assert isinstance(outcomes, list)
        titles = [outcome.stored.title for outcome in outcomes if outcome.stored is not None]
        if titles:
            listed = _lines(self.enclosures.toPlainText())
            self.enclosures.setPlainText("\n".join([*listed, *(t for t in titles if t not in listed)]))
            self.enclosuresKept.emit(self._reference)
        refused = [outcome for outcome in outcomes if outcome.stored is None]
        if refused:
            lines = [fill(self.tr("%1: %2"), Path(o.path).name, sentence_text(o.reason)) for o in refused]
            messages.error(self, self.tr("Some files were not enclosed"), "\n".join(lines))

    def _enclose_failed(self, error: BaseException) -> None:
        self.enclose_button.setEnabled(True)
        messages.error(self, self.tr("The files were not enclosed"), error_text(error))

    def _inputs_changed(self) -> None:
        if self._case is None or self.chosen_kind() is None:
            return
        self._request_preview()

    def _request_preview(self, *, now: bool = False) -> None:
        choice = self.choice()
        if choice is None:
            return
        # The date is read at each draft: a dialog left open overnight dates its letter the day it is sent.
        self._today = self._cases.clock.today()
        self.dated.setText(format_date(self._today, weekday=True))
        letters, reference, today = self._letters, self._reference, self._today

        def work() -> Draft:  # runs on a worker thread: it reads nothing from the widgets
            return letters.draft(reference, choice.kind, language=choice.language, extras=choice.extras, on=today)

        self.status.clear()
        self._runner.request(work, choice, now=now)
        self.preview.set_busy(True)
        self._update_buttons()

    def _preview_ready(self, rendered: Rendered) -> None:
        draft, choice = rendered.value, rendered.token
        assert isinstance(draft, Draft) and isinstance(choice, LetterChoice)
        self._draft = draft
        self._draft_choice = choice
        self.preview.show_pages(rendered.pages, rendered.page_count)
        warnings = []
        if not draft.fits_case:
            warnings.append(
                fill(
                    self.tr("This kind of letter does not fit the case's present state (%1); check before sending it."),
                    labels.status_label(self._case.status) if self._case else "",
                )
            )
        warnings.extend(draft.letter.warnings)
        warnings.extend(finding.said() for finding in draft.cautions)
        self.preview.show_warnings(warnings)
        self._show_refusals(draft)
        self.preview.set_busy(self._runner.busy())
        self._update_buttons()

    def _show_refusals(self, draft: Draft | None) -> None:
        refusals = draft.refusals if draft is not None else ()
        reasons = "; ".join(sentence_text(finding.said()) for finding in refusals)
        self.refused.setText(fill(self.tr("This letter cannot go out: %1."), reasons))
        self.refused.setVisible(bool(refusals))

    def blocked(self) -> bool:
        """The letter on screen breaks a rule that stops it: it cannot be printed, saved or recorded."""
        return self._draft is not None and bool(self._draft.refusals)

    def _preview_failed(self, error: BaseException, _token: object) -> None:
        self._draft = None
        self._draft_choice = None
        self._show_refusals(None)
        self.preview.set_busy(self._runner.busy())
        self.preview.show_problem(self._explain(error))
        self._update_buttons()

    def _explain(self, error: BaseException) -> str:
        if isinstance(error, TemplateError):
            text = self.tr("The template of this letter cannot be used: %1. Use “Edit template…” to correct it.")
            return fill(text, "; ".join(sentence_text(problem) for problem in error.problems))
        if isinstance(error, LetterInputError):
            return fill(self.tr("To write this letter: %1."), error_text(error))
        if isinstance(error, CaseNotFound):
            return fill(self.tr("There is no case %1."), self._reference)
        if isinstance(error, StoreError | CaseRuleError | ResourceError | PdfNotShown):
            return error_text(error)
        return fill(self.tr("The letter could not be made (%1: %2)."), type(error).__name__, error_text(error))

    def _update_buttons(self) -> None:
        ready = self.ready() and not self.blocked() and not self._emailing
        for button in (self.print_button, self.save_button, self.email_button, self.send_button):
            button.setEnabled(ready)

    # actions ------------------------------------------------------------------------------------------------
    def _title(self) -> str:
        draft = self._draft
        kind = draft.kind if draft is not None else self.chosen_kind()
        return f"{self._reference} — {kind_label(kind)}" if kind is not None else self._reference

    def print_letter(self) -> bool:
        """Choose a printer and the copies, then hand the PDF on screen to CUPS as it is."""
        draft = self._draft
        if draft is None or not self.ready() or self.blocked():
            return False
        choice = choose_printer(self, fill(self.tr("Print %1"), self._title()))
        if choice is None:
            return False
        try:
            job = printing.print_pdf(
                draft.pdf, printer=choice.printer or None, title=self._title(), copies=choice.copies
            )
        except printing.PrintError as error:
            messages.error(self, self.tr("The letter was not printed"), error_text(error))
            return False
        try:
            self._letters.record_output(
                self._reference, draft, "printed", printer=job.printer, copies=choice.copies
            )
        except (StoreError, CaseNotFound) as error:
            messages.error(self, self.tr("The database cannot be written"), error_text(error))
        self.status.setText(
            fill(
                self.tr("Sent to the printer %1 (%2 copies, job %3)."),
                job.printer,
                str(choice.copies),
                job.job_id or "?",
            )
        )
        return True

    def suggested_file_name(self) -> str:
        draft = self._draft
        kind = draft.kind.value if draft is not None else "letter"
        language = draft.language.value if draft is not None else self.chosen_language().value
        return f"{self._reference}-{kind}-{language}-{self._today.isoformat()}.pdf"

    def save_pdf(self, path: Path | None = None) -> Path | None:
        """Write the PDF on screen to ``path`` (asked for when None); the path written, or None."""
        draft = self._draft
        if draft is None or not self.ready() or self.blocked():
            return None
        if path is None:
            path = letter_preview.choose_save_path(
                self,
                self.tr("Save the letter as PDF"),
                letter_preview.documents_folder() / self.suggested_file_name(),
            )
            if path is None:
                return None
        try:
            write_atomically(path, draft.pdf)
        except OSError as error:
            messages.error(self, self.tr("The PDF was not saved"), file_error_text(path, error))
            return None
        try:
            self._letters.record_output(self._reference, draft, "saved", file=str(path))
        except (StoreError, CaseNotFound) as error:
            messages.error(self, self.tr("The database cannot be written"), error_text(error))
        self.status.setText(fill(self.tr("Saved to %1."), str(path)))
        return path

    def record_sent(self) -> bool:
        """Keep the PDF on screen in the letter log with how it was sent, update the case, and close."""
        draft, choice = self._draft, self._draft_choice
        if draft is None or choice is None or not self.ready() or self.blocked():
            return False
        method = self.chosen_method()
        tracking = self.tracking.text().strip()
        if method is SendMethod.REGISTERED_POST and not tracking:
            messages.error(
                self,
                self.tr("Tracking number needed"),
                self.tr(
                    "A letter sent by registered post is recorded with its tracking number: type the number from "
                    "the post office receipt, or choose another way of sending."
                ),
            )
            self.tracking.setFocus()
            return False
        if not self._confirmed(draft):
            return False
        try:
            self._letters.send(self._reference, draft, method=method, tracking_number=tracking, extras=choice.extras)
        except (CaseRuleError, TransitionError, LetterInputError) as error:
            messages.error(self, self.tr("The letter was not recorded"), error_text(error))
            return False
        except (StoreError, CaseNotFound) as error:
            messages.error(self, self.tr("The database cannot be written"), error_text(error))
            return False
        self.sent.emit(self._reference)
        self.accept()
        return True

    def _confirmed(self, draft: Draft) -> bool:
        """A letter that does not fit the case, or that the checks warn about, goes out only once confirmed."""
        if not draft.fits_case and not messages.confirm(
            self,
            self.tr("Record this letter?"),
            fill(
                self.tr("A “%1” does not fit the present state of %2. Record it as sent all the same?"),
                kind_label(draft.kind),
                self._reference,
            ),
            yes=self.tr("Record it"),
            no=self.tr("Cancel"),
        ):
            return False
        if draft.cautions and not messages.confirm(
            self,
            self.tr("Send this letter despite the warning?"),
            fill(
                self.tr("%1\n\nRecord it as sent all the same?"),
                "\n".join(f"• {sentence_text(finding.said())}" for finding in draft.cautions),
            ),
            yes=self.tr("Record it"),
            no=self.tr("Cancel"),
        ):
            return False
        return True

    def write_email_draft(self) -> bool:
        """Ask where, write the letter on screen as an e-mail draft (off the GUI thread) and record it as sent by
        e-mail; the dialog then closes. A letter with a copy of the data goes from the package's preview, which
        attaches it encrypted."""
        draft, choice = self._draft, self._draft_choice
        if draft is None or choice is None or self._case is None or not self.ready() or self.blocked():
            return False
        if choice.language is not self._case.language:
            # The draft's text is the letter in the case's language (the service writes it so).
            messages.error(
                self,
                self.tr("The e-mail draft was not written"),
                fill(
                    self.tr("An e-mail draft is written in the case's language (%1): choose it to write the draft."),
                    labels.language_label(self._case.language),
                ),
            )
            return False
        if not self._confirmed(draft):
            return False
        suggested = letter_preview.documents_folder() / self.suggested_file_name().removesuffix(".pdf")
        path = email_draft_files.choose_eml_path(
            self, self.tr("Save the e-mail draft"), suggested.with_name(suggested.name + ".eml")
        )
        if path is None:
            return False
        # Sent by e-mail: the letter says nothing of registered post.
        extras = replace(choice.extras, registered_mention=False)
        service = EmailDraftService(self._letters)
        reference, kind = self._reference, draft.kind

        def work() -> EmailDraft:  # runs on a worker thread: it reads nothing from the widgets
            written: EmailDraft = locked(lambda: service.write(reference, kind, extras=extras))
            write_atomically(path, written.eml)
            return written

        self._emailing = True
        self._update_buttons()
        self._tasks.submit(
            work,
            lambda written: self._email_written(service, path, extras, written),
            lambda error: self._email_failed(path, error),
        )
        return True

    def _email_failed(self, path: Path, error: BaseException) -> None:
        self._emailing = False
        self._update_buttons()
        text = file_error_text(path, error) if isinstance(error, OSError) else error_text(error)
        messages.error(self, self.tr("The e-mail draft was not written"), text)

    def _email_written(self, service: EmailDraftService, path: Path, extras: LetterExtras, written: object) -> None:
        assert isinstance(written, EmailDraft)
        self._emailing = False
        try:
            service.record(self._reference, written, file=str(path), extras=extras)
        except (CaseRuleError, TransitionError, LetterInputError, LetterRefused) as error:
            self._update_buttons()
            messages.error(self, self.tr("The letter was not recorded"), error_text(error))
            return
        except (StoreError, CaseNotFound) as error:
            self._update_buttons()
            messages.error(self, self.tr("The database cannot be written"), error_text(error))
            return
        messages.info(
            self,
            self.tr("E-mail draft written"),
            fill(self.tr("E-mail draft to %1 saved to %2: open it in the mail program to send it."),
                 written.to, str(path)),
        )
        self.sent.emit(self._reference)
        self.accept()

    def edit_template(self) -> TemplateEditor | None:
        """Open the template of the chosen kind and language; the preview follows a saved change."""
        kind = self.chosen_kind()
        if kind is None:
            return None
        editor = TemplateEditor(
            templates=self._templates,
            kind=kind,
            language=self.chosen_language(),
            preview_delay_ms=self._preview_delay_ms,
            parent=self,
        )
        editor.saved.connect(self._template_saved)
        editor.finished.connect(editor.deleteLater)
        editor.open()
        return editor

    def _template_saved(self, _kind: str, _language: str) -> None:
        try:
            self._overrides = self._templates.overrides()
        except StoreError as error:
            messages.error(self, self.tr("The database cannot be read"), error_text(error))
            return
        self._needed.clear()
        kind = self.chosen_kind()
        if kind is not None:
            self._show_fields(kind)
            self._request_preview(now=True)

    def done(self, result: int) -> None:
        self._runner.shutdown()
        self._tasks.shutdown()
        super().done(result)

    def index_of(self, kind: LetterKind) -> QModelIndex:
        for row in range(self.kind_model.rowCount()):
            if self.kind_model.item(row).data(KIND_ROLE) == kind.value:
                return self.kind_model.index(row, 0)
        return QModelIndex()
