"""One dialog per imported file: the case prefilled from an e-mail, or typed beside a scanned letter, for the DPO
to confirm or correct before anything is stored.

The suggestions (rights, language, country, who asks for whom) are shown with the words that triggered them, and
the cases the file may belong to are named with the reasons: the program proposes, the DPO decides.
"""

from __future__ import annotations

import dataclasses
import enum
import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QBuffer,
    QByteArray,
    QIODevice,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QImage,
    QImageReader,
    QKeySequence,
    QPixmap,
    QResizeEvent,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from lazeo_desk.domain.case import Case, Channel, DataSubject, Language
from lazeo_desk.domain.deadlines import CountdownState, countdown
from lazeo_desk.domain.validation import problems
from lazeo_desk.services.cases import CaseService, DeadlineRules, describe_changes
from lazeo_desk.services.email_intake import (
    Attachment,
    ImportOutcome,
    ImportResult,
    IntakeDraft,
    Match,
    ProposedCase,
    propose_case,
)
from lazeo_desk.services.email_reading import IntakeRefused
from lazeo_desk.services.intake import IntakeService
from lazeo_desk.services.scan_import import ReadScan
from lazeo_desk.services.scan_intake import Scan, ScanCaseFields
from lazeo_desk.services.scan_reading import first_page_png
from lazeo_desk.store.matching import MatchReason
from lazeo_desk.ui import labels
from lazeo_desk.ui.badges import COUNTDOWN_STYLES
from lazeo_desk.ui.case_form import CaseForm, FormProblems, Problem
from lazeo_desk.ui.countdown_text import countdown_text
from lazeo_desk.ui.dates import display_locale, format_date, format_moment
from lazeo_desk.ui.deadline_view import ClockSituation, DeadlineView
from lazeo_desk.ui.pdf_pages import PdfProblem, render_pdf
from lazeo_desk.ui.placeholders import fill
from lazeo_desk.ui.plain_text import plain_tooltip
from lazeo_desk.ui.problem_banner import ProblemBanner
from lazeo_desk.ui.scan_fields import prefill_form
from lazeo_desk.ui.sentences import problems_in, sentence_text
from lazeo_desk.ui.translation import QT_TRANSLATE_NOOP, translate

_CONTEXT = "IntakeDialog"

# A4 at about 110 dpi: small print stays legible when the page is shown beside the form.
PREVIEW_PIXELS = 900
# A taller page (a receipt roll, a crafted file) is drawn smaller rather than as a huge bitmap.
PREVIEW_MAX_HEIGHT = 3000
# Beyond this many pixels an image is not decoded for the preview (a decompression bomb, or a poster).
PREVIEW_MAX_SOURCE_PIXELS = 80_000_000
# Matches named in the banner; the others are still offered in the list of cases to link to.
BANNER_MATCHES = 4

_REASONS = {
    MatchReason.REFERENCE: QT_TRANSLATE_NOOP("IntakeDialog", "its reference is quoted in the message"),
    MatchReason.EMAIL: QT_TRANSLATE_NOOP("IntakeDialog", "same e-mail address"),
    MatchReason.NAME_AND_BIRTH_DATE: QT_TRANSLATE_NOOP("IntakeDialog", "same name and date of birth"),
    MatchReason.PATIENT_NUMBER: QT_TRANSLATE_NOOP("IntakeDialog", "same patient number"),
}

_RIGHT_HIGHLIGHT = QColor("#FFE88A")
_HINT_HIGHLIGHT = QColor("#D6E9FB")

_NOTE_STYLE = (
    "QLabel#intakeNotes { background: #FFF4D6; color: #5C3D00; border: 1px solid #F0D48A;"
    " border-radius: 6px; padding: 7px 10px; }"
)
_MATCH_STYLE = (
    "QFrame#matchBanner { background: #E8F1FB; border: 1px solid #9CC3EA; border-radius: 6px; }"
    " QLabel#matchTitle { font-weight: 600; color: #0B4F8A; }"
)
_CHOICE_STYLE = "QFrame#choiceBar { background: #F6F8FA; border: 1px solid #DDE2E7; border-radius: 6px; }"
_PANEL_STYLE = (
    "QFrame#deadlinePanel { background: #F6F8FA; border: 1px solid #DDE2E7; border-radius: 6px; }"
)


def _tr(text: str) -> str:
    return translate(_CONTEXT, text)


def match_reason_label(reason: MatchReason) -> str:
    """Why a case is taken for the one a file belongs to, in the user's language."""
    return _tr(_REASONS[reason])


def data_size(size: int) -> str:
    """A file size as people read it ("54 bytes", "1.2 MB"), in the user's language."""
    return display_locale().formattedDataSize(size, 1, display_locale().DataSizeFormat.DataSizeSIFormat)


class IntakeChoice(enum.Enum):
    """What the DPO did with a file."""

    CREATE = "create"
    LINK = "link"
    SKIP = "skip"


# the scan's first page -------------------------------------------------------------------------------------------


class PreviewProblem(enum.Enum):
    """Why a scan is shown without its picture."""

    NO_RENDERER = "no-renderer"
    UNREADABLE = "unreadable"
    TOO_LARGE = "too-large"


@dataclass(frozen=True)
class ScanPicture:
    """The first page of a scan as an image (made off the GUI thread), or why there is none."""

    image: QImage | None
    problem: PreviewProblem | None = None
    detail: str = ""
    pages: int = 1


def render_scan(scan: Scan, *, width_px: int = PREVIEW_PIXELS) -> ScanPicture:
    """The first page of a scanned letter, ``width_px`` wide at most: a PDF through PDFium (pypdfium2, when
    installed), a PNG or JPEG through Qt. Never raises: a file that cannot be drawn says why."""
    if scan.media_type == "application/pdf":
        return _render_pdf(scan.content, width_px)
    if scan.media_type == "image/tiff":
        # Qt's TIFF plugin crashes on ordinary scanner TIFFs here: the first page comes through Pillow.
        try:
            return _read_image(first_page_png(scan), width_px)
        except IntakeRefused as refusal:
            return ScanPicture(None, PreviewProblem.UNREADABLE, str(refusal))
    return _read_image(scan.content, width_px)


def _render_pdf(content: bytes, width_px: int) -> ScanPicture:
    pages = render_pdf(content, width_px=width_px, max_pages=1, max_height_px=PREVIEW_MAX_HEIGHT)
    if pages.problem is PdfProblem.NO_RENDERER:
        return ScanPicture(None, PreviewProblem.NO_RENDERER)
    if pages.problem is not None:
        return ScanPicture(None, PreviewProblem.UNREADABLE, pages.detail)
    return ScanPicture(pages.images[0], pages=pages.page_count)


def _read_image(content: bytes, width_px: int) -> ScanPicture:
    buffer = QBuffer()
    buffer.setData(QByteArray(content))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    try:
        reader = QImageReader(buffer)
        # A letter photographed with a phone is shown the way up it was held.
        reader.setAutoTransform(True)
        size = reader.size()
        if not size.isValid():
            return ScanPicture(None, PreviewProblem.UNREADABLE, reader.errorString())
        if size.width() * size.height() > PREVIEW_MAX_SOURCE_PIXELS:
            return ScanPicture(None, PreviewProblem.TOO_LARGE, f"{size.width()} × {size.height()}")
        if size.width() > width_px:
            reader.setScaledSize(size.scaled(width_px, PREVIEW_MAX_HEIGHT, Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
        if image.isNull():
            return ScanPicture(None, PreviewProblem.UNREADABLE, reader.errorString())
        return ScanPicture(image)
    finally:
        buffer.close()


class ScanView(QScrollArea):
    """The scan's first page, as wide as the pane (scrolled down for the rest), or a note saying why not."""

    def __init__(self, picture: ScanPicture, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanView")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Always there, so that the page does not change width (and size) as the bar comes and goes.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.page = QLabel(self)
        self.page.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.page.setStyleSheet("background: #E9ECEF;")
        self._pixmap = QPixmap.fromImage(picture.image) if picture.image is not None else None
        if self._pixmap is None:
            self.page.setWordWrap(True)
            self.page.setTextFormat(Qt.TextFormat.PlainText)
            self.page.setMargin(16)
            self.page.setText(self._missing_text(picture))
        self.setWidget(self.page)

    def _missing_text(self, picture: ScanPicture) -> str:
        if picture.problem is PreviewProblem.NO_RENDERER:
            return self.tr(
                "The PDF cannot be shown here: the PDF viewer component (pypdfium2) is not installed. "
                "The file will be kept as it is; open it from the case."
            )
        if picture.problem is PreviewProblem.TOO_LARGE:
            return fill(
                self.tr("The image is too large to be shown here (%1 pixels). It will be kept as it is."),
                picture.detail,
            )
        return fill(
            self.tr("The file cannot be shown here (%1). It will be kept as it is."),
            picture.detail or self.tr("unreadable"),
        )

    def has_picture(self) -> bool:
        return self._pixmap is not None

    def shown_pixmap(self) -> QPixmap:
        """The picture as drawn now (tests and accessibility)."""
        return self.page.pixmap()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802  (Qt's name)
        super().resizeEvent(event)
        if self._pixmap is not None:
            width = max(self.viewport().width() - 16, 64)
            if width < self._pixmap.width():
                shown = self._pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            else:
                shown = self._pixmap
            self.page.setPixmap(shown)


# the attachments ----------------------------------------------------------------------------------------------


class AttachmentsModel(QAbstractTableModel):
    """The files that came with a message: name, type, size (the SHA-256 in the tooltip)."""

    COL_NAME = 0
    COL_TYPE = 1
    COL_SIZE = 2
    _HEADERS = (
        QT_TRANSLATE_NOOP("IntakeDialog", "Name"),
        QT_TRANSLATE_NOOP("IntakeDialog", "Type"),
        QT_TRANSLATE_NOOP("IntakeDialog", "Size"),
    )

    def __init__(self, attachments: Sequence[Attachment], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._attachments = list(attachments)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._attachments)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._HEADERS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        attachment = self._attachments[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_NAME:
                return attachment.filename
            if column == self.COL_TYPE:
                return attachment.media_type
            return data_size(attachment.size)
        if role == Qt.ItemDataRole.ToolTipRole:
            return fill(_tr("SHA-256 %1"), attachment.sha256)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802  (Qt's name)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(self._HEADERS[section])
        return None

    def attachment(self, row: int) -> Attachment:
        return self._attachments[row]


# the dialog -----------------------------------------------------------------------------------------------------


def _section_title(text: str, parent: QWidget) -> QLabel:
    title = QLabel(text, parent)
    title.setObjectName("sectionTitle")
    return title


def _plain_label(text: str, parent: QWidget) -> QLabel:
    # What came from outside is never read as HTML.
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _notes_label(lines: Sequence[str], parent: QWidget) -> QLabel:
    lines = [sentence_text(line) for line in lines]
    label = QLabel(parent)
    label.setObjectName("intakeNotes")
    label.setStyleSheet(_NOTE_STYLE)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setText("<br>".join(f"• {html.escape(line)}" for line in lines))
    label.setAccessibleDescription("\n".join(lines))
    return label


class IntakeDialog(QDialog):
    """What both kinds of intake share: the file as it arrived (left), the case form and its deadline (right),
    the choice between a new case and an existing one (top), and Create case / Link / Skip.

    Signal ``stored(ImportResult)`` once the file is kept (a new case, or added to a case); closing the dialog
    otherwise (Skip, Escape) writes nothing. Attributes tests use: ``form`` (:class:`CaseForm`), ``deadline``,
    ``banner`` (problems), ``choice_new`` / ``choice_link`` (radio buttons), ``link_target`` (the reference to
    link to), ``create_button``, ``link_button``, ``skip_button``, ``notes`` (what to check, as plain lines),
    and after closing ``choice`` (:class:`IntakeChoice`) and ``outcome`` (the :class:`ImportResult`, or None).
    """

    stored = Signal(object)

    # The part of the width the file takes beside the form.
    SOURCE_SHARE = 0.42

    def __init__(
        self,
        cases: CaseService,
        rules: DeadlineRules,
        *,
        filename: str,
        centres: Iterable[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._cases = cases
        self._intake = IntakeService(cases.place)
        self._rules = rules
        self.filename = filename
        self.outcome: ImportResult | None = None
        self.choice = IntakeChoice.SKIP
        self.notes: list[str] = []
        self.set_progress(0, 0)

        self.form = CaseForm(self, columns=1, centres=centres)
        self.deadline = DeadlineView(self)
        self.banner = ProblemBanner(self)

        # new case or existing case
        self.match_banner = QFrame(self)
        self.match_banner.setObjectName("matchBanner")
        self.match_banner.setStyleSheet(_MATCH_STYLE)
        match_layout = QVBoxLayout(self.match_banner)
        match_layout.setContentsMargins(12, 8, 12, 8)
        match_layout.setSpacing(3)
        self.match_title = QLabel(self.match_banner)
        self.match_title.setObjectName("matchTitle")
        self.match_title.setTextFormat(Qt.TextFormat.PlainText)
        self.match_details = QLabel(self.match_banner)
        self.match_details.setTextFormat(Qt.TextFormat.RichText)
        self.match_details.setWordWrap(True)
        match_layout.addWidget(self.match_title)
        match_layout.addWidget(self.match_details)
        self.match_banner.hide()

        choice_bar = QFrame(self)
        choice_bar.setObjectName("choiceBar")
        choice_bar.setStyleSheet(_CHOICE_STYLE)
        choice_layout = QHBoxLayout(choice_bar)
        choice_layout.setContentsMargins(12, 6, 12, 6)
        choice_layout.setSpacing(10)
        self.choice_new = QRadioButton(self.tr("Open a &new case"), choice_bar)
        self.choice_link = QRadioButton(self.tr("&Add to an existing case:"), choice_bar)
        self.link_target = QComboBox(choice_bar)
        self.link_target.setEditable(True)
        self.link_target.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.link_target.setMinimumWidth(190)
        line = self.link_target.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("reference"))
        self.link_target.setToolTip(self.tr("The reference of the case this file belongs to"))
        self._choices = QButtonGroup(self)
        self._choices.addButton(self.choice_new)
        self._choices.addButton(self.choice_link)
        choice_layout.addWidget(self.choice_new)
        choice_layout.addSpacing(16)
        choice_layout.addWidget(self.choice_link)
        choice_layout.addWidget(self.link_target)
        choice_layout.addStretch(1)
        # The deadline a new case would get, in sight while the fields are checked (explained below the form).
        self.due_summary = QLabel(choice_bar)
        self.due_summary.setObjectName("dueSummary")
        self.due_caption = QLabel(self.tr("New case due:"), choice_bar)
        self.due_caption.setObjectName("editHint")
        choice_layout.addWidget(self.due_caption)
        choice_layout.addWidget(self.due_summary)

        # the case, with its deadline
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget(scroll)
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(4, 4, 12, 4)
        holder_layout.addWidget(self.form)
        self.deadline_panel = QFrame(holder)
        self.deadline_panel.setObjectName("deadlinePanel")
        self.deadline_panel.setStyleSheet(_PANEL_STYLE)
        panel_layout = QVBoxLayout(self.deadline_panel)
        panel_layout.setContentsMargins(14, 10, 14, 12)
        panel_layout.addWidget(_section_title(self.tr("Deadline"), self.deadline_panel))
        panel_layout.addWidget(self.deadline)
        holder_layout.addSpacing(8)
        holder_layout.addWidget(self.deadline_panel)
        holder_layout.addStretch(1)
        scroll.setWidget(holder)

        source = self._source_panel()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(source)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 6)

        self.buttons = QDialogButtonBox(self)
        self.create_button = QPushButton(self.tr("Create case"), self)
        self.create_button.setToolTip(self.tr("Open a new case from this file (Ctrl+Return)"))
        self.link_button = QPushButton(self.tr("Link"), self)
        self.link_button.setToolTip(self.tr("Add this file to the case chosen above (Ctrl+Return)"))
        self.skip_button = QPushButton(self.tr("Skip"), self)
        self.skip_button.setToolTip(self.tr("Import nothing from this file (Escape)"))
        self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.link_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.skip_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.create_button.clicked.connect(self.create_case)
        self.link_button.clicked.connect(self.link_case)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self._act)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.match_banner)
        layout.addWidget(choice_bar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)

        self.form.changed.connect(self._update_deadline)
        self._choices.buttonToggled.connect(self._choice_changed)
        self.link_target.editTextChanged.connect(self._choice_changed)
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        width, height = 1320, 840
        screen = self.screen()
        if screen is not None:
            # A laptop screen: the dialog takes what there is, and its panes scroll.
            available = screen.availableGeometry()
            width, height = min(width, available.width() - 40), min(height, available.height() - 60)
        self.resize(width, height)
        source = int(width * self.SOURCE_SHARE)
        self.splitter.setSizes([source, width - source])

    # what each kind of file adds ------------------------------------------------------------------------------
    def _source_panel(self) -> QWidget:
        raise NotImplementedError

    def _read_case(self) -> Case:
        raise NotImplementedError

    def _store_new(self, case: Case) -> ImportResult:
        raise NotImplementedError

    def _store_link(self, reference: str) -> ImportResult:
        raise NotImplementedError

    # the choice ----------------------------------------------------------------------------------------------
    def set_progress(self, position: int, total: int) -> None:
        """Say in the title which file of the batch this is ("2 of 6"); 0 says nothing."""
        title = fill(self.tr("Import %1"), self.filename)
        if total > 1 and position > 0:
            title += fill(self.tr(" (%1 of %2)"), str(position), str(total))
        self.setWindowTitle(title)

    def link_reference(self) -> str:
        """The reference of the case to link to, as typed or chosen ("" when none)."""
        return self.link_target.currentText().strip().upper()

    def _choose(self, choice: IntakeChoice) -> None:
        (self.choice_link if choice is IntakeChoice.LINK else self.choice_new).setChecked(True)
        self._choice_changed()

    def _choice_changed(self, *_args: object) -> None:
        linking = self.choice_link.isChecked()
        # While linking, the form is not used: greyed, so that nothing typed there seems to be kept.
        self.form.setEnabled(not linking)
        self.deadline_panel.setEnabled(not linking)
        self.link_target.setEnabled(linking)
        self.create_button.setEnabled(not linking)
        self.link_button.setEnabled(linking and bool(self.link_reference()))
        self.due_caption.setVisible(not linking)
        self.due_summary.setVisible(not linking)
        default, other = (self.link_button, self.create_button) if linking else (self.create_button, self.link_button)
        other.setDefault(False)
        other.setAutoDefault(False)
        default.setAutoDefault(True)
        default.setDefault(True)

    def _act(self) -> None:
        if self.choice_link.isChecked():
            self.link_case()
        else:
            self.create_case()

    # storing ---------------------------------------------------------------------------------------------------
    def create_case(self) -> bool:
        """Store the case as the form shows it, with the file; False (and the problems shown) when it cannot be."""
        if self.choice_link.isChecked():
            return False
        self.banner.clear_problems()
        try:
            case = self._read_case()
        except FormProblems as found:
            self._show(found.problems)
            return False
        wrong = problems(case, self._cases.clock.today())
        if wrong:
            self._show(problems_in(wrong))
            return False
        return self._finish(IntakeChoice.CREATE, self._store_new(case))

    def link_case(self) -> bool:
        """Add the file to the case chosen above; False (and the reason shown) when it cannot be."""
        if not self.choice_link.isChecked():
            return False
        self.banner.clear_problems()
        reference = self.link_reference()
        if not reference:
            self.banner.show_message(self.tr("Type or choose the reference of the case to add this file to."))
            self.link_target.setFocus()
            return False
        return self._finish(IntakeChoice.LINK, self._store_link(reference))

    def _finish(self, choice: IntakeChoice, result: ImportResult) -> bool:
        if result.outcome is ImportOutcome.REJECTED:
            self.banner.show_message(fill(self.tr("Nothing was stored: %1"), sentence_text(result.reason)))
            return False
        self.outcome = result
        self.choice = choice
        self.stored.emit(result)
        super().accept()
        return True

    def accept(self) -> None:
        # Return in a field acts as the default button: the choice made above decides what it does.
        self._act()

    def reject(self) -> None:
        self.choice = IntakeChoice.SKIP
        super().reject()

    def _show(self, found: list[Problem]) -> None:
        self.form.show_problems(found)
        self.banner.show_problems(found, self.form.field_label)
        widget = self.form.first_invalid()
        if widget is not None:
            widget.setFocus()

    # the deadline, counted as the form is corrected ----------------------------------------------------------------
    def _update_deadline(self) -> None:
        inputs = self.form.deadline_inputs()
        if inputs is None:
            self.deadline.show_nothing(
                self.tr("Type the date of receipt and choose the country to count the deadline.")
            )
            self.due_summary.setText(self.tr("choose the country"))
            self.due_summary.setStyleSheet(COUNTDOWN_STYLES[CountdownState.PAUSED].stylesheet())
            return
        received, completed, jurisdiction, rights, old_records = inputs
        sketch = Case(
            jurisdiction=jurisdiction, language=Language.EN, channel=Channel.EMAIL, received=received,
            rights=rights, subject=DataSubject(name=""), completed=completed,
            records_older_than_5_years=old_records,
        )
        today = self._cases.clock.today()
        report = self._rules.report(sketch)
        state = countdown(due=report.due, today=today, calendar_=self._rules.calendar(jurisdiction))
        self.deadline.show_report(report, ClockSituation(today=today, received=received, countdown=state))
        self.due_summary.setText(
            fill(self.tr("%1 — %2"), format_date(report.due, weekday=True), countdown_text(state))
        )
        self.due_summary.setStyleSheet(COUNTDOWN_STYLES[state.state].stylesheet())

    def _add_notes(self, layout: QVBoxLayout, parent: QWidget, lines: Sequence[str]) -> None:
        self.notes = list(lines)
        if lines:
            layout.addWidget(_section_title(self.tr("To check"), parent))
            layout.addWidget(_notes_label(lines, parent))


def _word_pattern(words: str) -> QRegularExpression:
    # A trigger read across a line break ("artikel\n15") is still found: any run of spaces matches any other.
    escaped = r"\s+".join(QRegularExpression.escape(part) for part in words.split())
    return QRegularExpression(escaped, QRegularExpression.PatternOption.CaseInsensitiveOption)


class MessageIntakeDialog(IntakeDialog):
    """An e-mail (.eml or Outlook .msg) as a case prefilled from it.

    Left: the message read-only — sender, date, subject, what the text suggests and why, what to check, the text
    with the triggering words highlighted, the attachments. Top: when the message resembles stored cases, a banner
    naming them with the reasons, and linking to the first is what the dialog proposes.
    Further attributes: ``draft``, ``proposal`` (:class:`ProposedCase`), ``matches``, ``suggestions`` (label),
    ``request_view``, ``attachments`` (:class:`AttachmentsModel`).
    """

    def __init__(
        self,
        cases: CaseService,
        rules: DeadlineRules,
        draft: IntakeDraft,
        *,
        matches: Sequence[Match] = (),
        centres: Iterable[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        self.draft = draft
        self.proposal: ProposedCase = propose_case(draft)
        self.matches = list(matches)
        super().__init__(cases, rules, filename=draft.original_filename, centres=centres, parent=parent)
        self.form.load(self.proposal.case)
        self._receipt_prefilled = self.proposal.case.received
        self.form.jurisdiction.currentIndexChanged.connect(self._receipt_follows_country)
        self._explain_rights()
        for match in self.matches:
            self.link_target.addItem(match.reference)
        if self.matches:
            self._show_matches()
            self.link_target.setCurrentIndex(0)
            self._choose(IntakeChoice.LINK)
        else:
            self.link_target.setCurrentIndex(-1)
            self._choose(IntakeChoice.CREATE)
        self._update_deadline()
        self._highlight()

    def _receipt_follows_country(self, _index: int) -> None:
        """The date of receipt is the day of arrival in the centre's country: choosing another country counts it
        again, unless the DPO typed a date of their own."""
        chosen = self.form.jurisdiction.current()
        if chosen is None or self.draft.arrived_at is None:
            return
        try:
            shown = self.form.received.date_value()
        except ValueError:
            return
        if shown != self._receipt_prefilled:
            return
        self._receipt_prefilled = self.draft.received_in(chosen)
        self.form.received.set_date(self._receipt_prefilled)

    # the message as it arrived -----------------------------------------------------------------------------------
    def _source_panel(self) -> QWidget:
        draft = self.draft
        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 10, 0)
        layout.setSpacing(6)
        header = QFormLayout()
        header.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        header.setHorizontalSpacing(10)
        header.setVerticalSpacing(3)
        header.addRow(self.tr("From"), _plain_label(sentence_text(draft.sender), panel))
        if draft.sent_at is not None:
            sent = format_moment(draft.sent_at)
        else:
            sent = self.tr("no usable date in the message (see “To check”)")
        header.addRow(self.tr("Sent"), _plain_label(sent, panel))
        header.addRow(self.tr("Subject"), _plain_label(draft.subject or self.tr("(no subject)"), panel))
        header.addRow(
            self.tr("File"), _plain_label(f"{draft.original_filename} — {data_size(len(draft.original))}", panel)
        )
        layout.addLayout(header)

        layout.addWidget(_section_title(self.tr("Suggested from the text"), panel))
        self.suggestions = QLabel(panel)
        self.suggestions.setObjectName("suggestions")
        self.suggestions.setTextFormat(Qt.TextFormat.RichText)
        self.suggestions.setWordWrap(True)
        self.suggestions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lines = self._suggestion_lines()
        self.suggestions.setText("<br>".join(rich for rich, _plain in lines))
        self.suggestions.setAccessibleDescription("\n".join(plain for _rich, plain in lines))
        layout.addWidget(self.suggestions)
        self._add_notes(layout, panel, self.proposal.assumptions)

        layout.addWidget(_section_title(self.tr("The request (subject and text)"), panel))
        self.request_view = QPlainTextEdit(panel)
        self.request_view.setObjectName("requestView")
        self.request_view.setReadOnly(True)
        self.request_view.setPlainText(draft.request_text)
        self.request_view.setMinimumHeight(150)
        layout.addWidget(self.request_view, 1)

        count = len(draft.attachments)
        layout.addWidget(
            _section_title(fill(self.tr("Attachments (%1)"), str(count)) if count else self.tr("Attachments"),
                           panel)
        )
        self.attachments = AttachmentsModel(draft.attachments, panel)
        self.attachments_view = QTableView(panel)
        self.attachments_view.setObjectName("attachments")
        self.attachments_view.setModel(self.attachments)
        self.attachments_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attachments_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attachments_view.verticalHeader().hide()
        self.attachments_view.setShowGrid(False)
        self.attachments_view.setWordWrap(False)
        header_view = self.attachments_view.horizontalHeader()
        header_view.setSectionResizeMode(AttachmentsModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        header_view.setSectionResizeMode(AttachmentsModel.COL_TYPE, QHeaderView.ResizeMode.ResizeToContents)
        header_view.setSectionResizeMode(AttachmentsModel.COL_SIZE, QHeaderView.ResizeMode.ResizeToContents)
        rows = min(max(count, 1), 5)
        self.attachments_view.setFixedHeight(
            header_view.sizeHint().height() + rows * self.attachments_view.verticalHeader().defaultSectionSize() + 4
        )
        self.no_attachments = QLabel(self.tr("None: the message came without attached files."), panel)
        self.no_attachments.setObjectName("editHint")
        layout.addWidget(self.attachments_view)
        layout.addWidget(self.no_attachments)
        self.attachments_view.setVisible(count > 0)
        self.no_attachments.setVisible(count == 0)
        return panel

    def _suggestion_lines(self) -> list[tuple[str, str]]:
        """Each suggestion as (rich text, plain text): what is suggested and the words that suggested it."""
        draft = self.draft
        lines: list[tuple[str, str]] = []

        def add(label: str, value: str, triggers: Sequence[str] = ()) -> None:
            quoted = ", ".join(f"“{t}”" for t in triggers)
            plain = f"{label}: {value}" + (" — " + fill(self.tr("from %1"), quoted) if quoted else "")
            rich = f"<b>{html.escape(label)}</b>: {html.escape(value)}"
            if quoted:
                rich += " — " + fill(html.escape(self.tr("from %1")), f"<i>{html.escape(quoted)}</i>")
            lines.append((rich, plain))

        for suggestion in draft.rights:
            add(
                labels.right_label(suggestion.right),
                fill(self.tr("ticked (%1)"), labels.right_article(suggestion.right)),
                suggestion.triggers,
            )
        if not draft.rights:
            add(self.tr("Rights"), self.tr("none recognised in the text: tick what the person asks"))
        if draft.language is not None:
            add(self.tr("Language"), labels.language_label(draft.language) + self.tr(", guessed from the text"))
        else:
            add(self.tr("Language"), self.tr("not recognised in the text"))
        hint = draft.jurisdiction
        if hint is not None:
            where = labels.jurisdiction_label(hint.jurisdiction) + (f" ({hint.centre})" if hint.centre else "")
            add(self.tr("Country"), where, (hint.trigger,))
        else:
            add(self.tr("Country"), self.tr("not named in the text"))
        representation = draft.representation
        if representation is not None:
            who = labels.relationship_label(representation.relationship)
            if representation.named_person:
                who = fill(self.tr("%1 for %2"), who, representation.named_person)
            add(self.tr("Asked by"), who, (representation.trigger,))
        if draft.birth_date is not None:
            add(self.tr("Date of birth"), format_date(draft.birth_date) + self.tr(", read in the text"))
        if draft.patient_number:
            add(self.tr("Patient number"), draft.patient_number)
        if draft.quoted_references:
            add(self.tr("Quoted references"), ", ".join(draft.quoted_references))
        return lines

    def _explain_rights(self) -> None:
        for suggestion in self.draft.rights:
            box = self.form.right_boxes[suggestion.right]
            quoted = ", ".join(f"“{t}”" for t in suggestion.triggers)
            why = fill(self.tr("Suggested by the text: %1"), quoted)
            box.setToolTip(plain_tooltip(labels.right_article(suggestion.right) + "\n" + why))

    def _highlight(self) -> None:
        """Mark in the text the words behind each suggestion, so that the DPO sees what the program read."""
        document = self.request_view.document()
        wanted: list[tuple[str, QColor]] = [(t, _RIGHT_HIGHLIGHT) for s in self.draft.rights for t in s.triggers]
        for hint in (self.draft.jurisdiction, self.draft.representation):
            if hint is not None and hint.trigger and not hint.trigger.startswith("@"):
                wanted.append((hint.trigger, _HINT_HIGHLIGHT))
        selections: list[QTextEdit.ExtraSelection] = []
        for words, colour in wanted:
            pattern = _word_pattern(words)
            cursor = document.find(pattern, 0)
            while not cursor.isNull() and cursor.hasSelection():
                selection = QTextEdit.ExtraSelection()
                selection.cursor = QTextCursor(cursor)
                char_format = QTextCharFormat()
                char_format.setBackground(colour)
                selection.format = char_format
                selections.append(selection)
                cursor = document.find(pattern, cursor)
        self.request_view.setExtraSelections(selections)

    def highlighted_words(self) -> list[str]:
        """The words marked in the text, in order of the suggestions (tests and screen readers)."""
        return [s.cursor.selectedText() for s in self.request_view.extraSelections()]

    # the cases it may belong to ----------------------------------------------------------------------------------
    def _show_matches(self) -> None:
        first = self.matches[0]
        self.match_title.setText(fill(self.tr("This looks like a follow-up of %1"), first.reference))
        rows = []
        for match in self.matches[:BANNER_MATCHES]:
            reasons = ", ".join(match_reason_label(r) for r in match.reasons)
            described = fill(
                self.tr("%1 — %2, %3, received %4: %5"),
                match.reference,
                match.subject_name,
                labels.status_label(match.status),
                format_date(match.received),
                reasons,
            )
            rows.append(html.escape(described))
        if len(self.matches) > BANNER_MATCHES:
            rows.append(
                html.escape(fill(
                    self.tr("and %1 more (in the list of cases)"),
                    str(len(self.matches) - BANNER_MATCHES),
                ))
            )
        rows.append(
            "<span style='color:#3C4650'>"
            + html.escape(
                self.tr("A reminder or a reply is not a new request: Link adds this message to the case chosen below;"
                        " Create case opens a new one.")
            )
            + "</span>"
        )
        self.match_details.setText("<br>".join(rows))
        self.match_banner.show()

    def match_text(self) -> str:
        """The banner as plain text ("" when no case matches)."""
        if not self.matches:
            return ""
        return self.match_title.text() + "\n" + self.match_details.text()

    # storing --------------------------------------------------------------------------------------------------------
    def _read_case(self) -> Case:
        return self.form.read(self.proposal.case)

    def _corrections(self, case: Case) -> list[str]:
        """What the DPO changed in the suggestion, for the timeline."""
        # A date of receipt counted again for the country chosen is no correction of the DPO's.
        suggested = dataclasses.replace(self.proposal.case, received=self.draft.received_in(case.jurisdiction))
        return describe_changes(suggested, case)

    def _store_new(self, case: Case) -> ImportResult:
        return self._intake.create_from_message(
            self.draft, case, corrections=self._corrections(case), resembles=self.matches[:BANNER_MATCHES]
        )

    def _store_link(self, reference: str) -> ImportResult:
        match = next((m for m in self.matches if m.reference == reference), None)
        return self._intake.link_message(self.draft, reference, match)


_MEDIA_NAMES = {
    "application/pdf": QT_TRANSLATE_NOOP("IntakeDialog", "PDF document"),
    "image/png": QT_TRANSLATE_NOOP("IntakeDialog", "PNG image"),
    "image/jpeg": QT_TRANSLATE_NOOP("IntakeDialog", "JPEG image"),
    "image/tiff": QT_TRANSLATE_NOOP("IntakeDialog", "TIFF image"),
}


class ScanIntakeDialog(IntakeDialog):
    """A scanned letter (PDF, PNG, JPEG) shown beside an empty case form: received today by default, by post.

    Further attributes: ``scan``, ``picture`` (:class:`ScanPicture`), ``scan_view`` (:class:`ScanView`).
    """

    # A page of print needs the width to be read.
    SOURCE_SHARE = 0.54

    def __init__(
        self,
        cases: CaseService,
        rules: DeadlineRules,
        scan: Scan,
        picture: ScanPicture,
        *,
        centres: Iterable[str] = (),
        parent: QWidget | None = None,
        read: ReadScan | None = None,
        reading_problem: str = "",
        matches: Sequence[Match] = (),
    ) -> None:
        self.scan = scan
        self.picture = picture
        self.read = read
        self.reading_problem = reading_problem
        self.matches = list(matches)
        super().__init__(cases, rules, filename=scan.filename, centres=centres, parent=parent)
        form = self.form
        form.received.set_date(cases.clock.today())
        form.channel.select(Channel.POST)
        # What was read surely fills the form; where each field came from goes with the notes beside the scan.
        self.read_lines = prefill_form(form, read) if read is not None else []
        if self.read_lines:
            self.source_layout.insertWidget(self.source_layout.count() - 1, _notes_label(self.read_lines, self))
        for match in self.matches:
            self.link_target.addItem(match.reference)
        # The services keep these for a letter: what cannot be stored is not offered (set them on the case).
        for widget, why in (
            (form.channel, self.tr("A scanned letter came by post")),
            (form.completed, self.tr("Set on the case once it is created")),
            (form.records_old, self.tr("Set on the case once it is created")),
        ):
            widget.setEnabled(False)
            widget.setToolTip(why)
        if self.matches:
            first = self.matches[0]
            self.match_title.setText(fill(self.tr("This letter looks like a follow-up of %1"), first.reference))
            self.match_details.setText(html.escape(", ".join(match_reason_label(r) for r in first.reasons)))
            self.match_banner.show()
            self.link_target.setCurrentIndex(0)
            self._choose(IntakeChoice.LINK)
        else:
            self.link_target.setCurrentIndex(-1)
            self._choose(IntakeChoice.CREATE)
        self._update_deadline()
        form.jurisdiction.setFocus()

    def _source_panel(self) -> QWidget:
        scan = self.scan
        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 10, 0)
        layout.setSpacing(6)
        kind = _tr(_MEDIA_NAMES.get(scan.media_type, scan.media_type))
        about = f"{scan.filename} — {kind}, {data_size(len(scan.content))}"
        if self.picture.image is not None and self.picture.pages > 1:
            about += " — " + fill(self.tr("page 1 of %1 shown"), str(self.picture.pages))
        header = QFormLayout()
        header.setHorizontalSpacing(10)
        header.addRow(self.tr("File"), _plain_label(about, panel))
        header.addRow(self.tr("SHA-256"), _plain_label(scan.sha256, panel))
        layout.addLayout(header)
        notes = list(scan.notes)
        notes.append(self.tr("Received on is today by default: correct it from the postmark or the date stamp."))
        if self.reading_problem:
            notes.append(self.reading_problem)
        self._add_notes(layout, panel, notes)
        self.source_layout = layout
        self.scan_view = ScanView(self.picture, panel)
        layout.addWidget(self.scan_view, 1)
        return panel

    def _read_case(self) -> Case:
        case = self.form.read()
        case.channel = Channel.POST
        return case

    def _store_new(self, case: Case) -> ImportResult:
        fields = ScanCaseFields(
            subject=case.subject,
            jurisdiction=case.jurisdiction,
            language=case.language,
            rights=case.rights,
            requester=case.requester,
            received=case.received,
            request_text=case.request_text,
            notes=case.notes,
        )
        return self._intake.create_from_scan(self.scan, fields, self._recognised(), self._page_notes())

    def _store_link(self, reference: str) -> ImportResult:
        return self._intake.link_scan(self.scan, reference, self._recognised(), self._page_notes())

    def _page_notes(self) -> tuple[str, ...]:
        return self.read.reading.notes if self.read is not None else ()

    def _recognised(self) -> str | None:
        return self.read.reading.text if self.read is not None and self.read.reading.has_text else None

