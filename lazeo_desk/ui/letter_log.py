"""A case's letter log: each letter sent, how and when, with the exact PDF kept for it — to open or save a copy.

Also the words the window uses for the kinds of letter and the ways of sending, marked for translation.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QUrl,
)
from PySide6.QtGui import QColor, QDesktopServices, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lazeo_desk.services.cases import CaseRuleError
from lazeo_desk.services.file_output import private_scratch_folder, write_atomically
from lazeo_desk.services.letters import LetterService, SendMethod, SentLetter
from lazeo_desk.store.cases import CaseNotFound
from lazeo_desk.store.database import StoreError
from lazeo_desk.ui import labels, letter_preview, message_boxes
from lazeo_desk.ui.dates import format_date
from lazeo_desk.ui.letter_labels import kind_label
from lazeo_desk.ui.letter_preview import file_error_text
from lazeo_desk.ui.placeholders import fill
from lazeo_desk.ui.plain_text import make_plain
from lazeo_desk.ui.rows_model import RowsModel
from lazeo_desk.ui.sentences import error_text
from lazeo_desk.ui.translation import QT_TRANSLATE_NOOP, translate

ModelIndex = QModelIndex | QPersistentModelIndex

_LABELS = "LetterLabels"

METHOD_LABELS = {
    SendMethod.POST: QT_TRANSLATE_NOOP("LetterLabels", "Post"),
    SendMethod.REGISTERED_POST: QT_TRANSLATE_NOOP("LetterLabels", "Registered post"),
    SendMethod.EMAIL: QT_TRANSLATE_NOOP("LetterLabels", "E-mail"),
    SendMethod.HAND_DELIVERY: QT_TRANSLATE_NOOP("LetterLabels", "Hand delivery"),
}


def method_label(method: SendMethod) -> str:
    return translate(_LABELS, METHOD_LABELS[method])


COL_SENT = 0
COL_KIND = 1
COL_LANGUAGE = 2
COL_METHOD = 3
COL_TRACKING = 4
COL_REGISTER = 5
COL_SHA256 = 6

HEADERS = (
    QT_TRANSLATE_NOOP("LetterLogModel", "Sent on"),
    QT_TRANSLATE_NOOP("LetterLogModel", "Letter"),
    QT_TRANSLATE_NOOP("LetterLogModel", "Language"),
    QT_TRANSLATE_NOOP("LetterLogModel", "Sent by"),
    QT_TRANSLATE_NOOP("LetterLogModel", "Tracking number"),
    QT_TRANSLATE_NOOP("LetterLogModel", "Register"),
    QT_TRANSLATE_NOOP("LetterLogModel", "SHA-256 of the PDF"),
)

SortRole = Qt.ItemDataRole.UserRole
LetterIdRole = Qt.ItemDataRole.UserRole + 1
_MUTED = QColor("#5F6B76")
_OLDER = QColor("#9A5B00")


class LetterLogModel(RowsModel[SentLetter]):
    """The letters sent for one case, newest first; :meth:`set_letters` replaces them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__("LetterLogModel", HEADERS, parent)
        self._register_in_force: int | None = None

    def set_register_in_force(self, number: int | None) -> None:
        """The version of the processing register in force: a letter that printed an earlier one is marked."""
        self._register_in_force = number

    def is_older(self, letter: SentLetter) -> bool:
        """The letter printed a version of the processing register that is no longer the one in force."""
        return (
            letter.register_version is not None and self._register_in_force is not None
            and letter.register_version < self._register_in_force
        )

    def set_letters(self, letters: Sequence[SentLetter]) -> None:
        # Several letters may go out the same day: the log's own order (the id) breaks the tie.
        self.set_rows(sorted(letters, key=lambda letter: (letter.sent_on, letter.id), reverse=True))

    def letter_at(self, row: int) -> SentLetter:
        return self.row_at(row)

    def _register_text(self, letter: SentLetter) -> str:
        if letter.register_version is None:
            return ""
        if self.is_older(letter):
            return fill(translate("LetterLogModel", "version %1 (older)"), str(letter.register_version))
        return fill(translate("LetterLogModel", "version %1"), str(letter.register_version))

    def row_data(self, letter: SentLetter, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_SENT:
                return format_date(letter.sent_on)
            if column == COL_KIND:
                return kind_label(letter.kind)
            if column == COL_LANGUAGE:
                return labels.language_label(letter.language)
            if column == COL_METHOD:
                return method_label(letter.method)
            if column == COL_TRACKING:
                return letter.tracking_number
            if column == COL_REGISTER:
                return self._register_text(letter)
            if column == COL_SHA256:
                return letter.sha256[:16] + "…"
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_REGISTER and letter.register_version is not None:
            if self.is_older(letter):
                return fill(
                    translate("LetterLogModel", "This answer printed version %1 of the processing register; "
                              "version %2 is in force now."),
                    str(letter.register_version), str(self._register_in_force),
                )
            return fill(translate("LetterLogModel", "This answer printed version %1 of the processing register."),
                        str(letter.register_version))
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_REGISTER and self.is_older(letter):
            return _OLDER
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_SHA256:
                return letter.sha256
            if column == COL_KIND:
                return letter.kind.value
            return None
        if role == SortRole:
            if column == COL_SENT:
                return (letter.sent_on.toordinal(), letter.id)
            if column == COL_REGISTER:
                return (letter.register_version or 0, letter.id)
            return self.row_data(letter, column, Qt.ItemDataRole.DisplayRole)
        if role == LetterIdRole:
            return letter.id
        if role == Qt.ItemDataRole.ForegroundRole and column in (COL_SENT, COL_SHA256):
            return _MUTED
        if role == Qt.ItemDataRole.FontRole and column in (COL_SHA256, COL_TRACKING):
            font = QFont("monospace")
            font.setStyleHint(QFont.StyleHint.Monospace)
            return font
        return None


class _SortProxy(QSortFilterProxyModel):
    """Sorts on real values (the date and the log's order), never on the text shown."""

    def lessThan(self, left: ModelIndex, right: ModelIndex) -> bool:
        a, b = left.data(SortRole), right.data(SortRole)
        if isinstance(a, tuple) and isinstance(b, tuple):
            return a < b
        return str(a or "").casefold() < str(b or "").casefold()


def open_file(path: Path) -> bool:
    """Open ``path`` with the system's PDF viewer. Tests replace this function."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class LetterLogView(QWidget):
    """The letter log of one case, with "Open the PDF sent" and "Save a copy…".

    Attributes for tests: ``model`` (:class:`LetterLogModel`), ``view`` (the table), the two buttons.
    """

    def __init__(self, *, letters: LetterService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._letters = letters
        self._reference: str | None = None

        self.model = LetterLogModel(self)
        self.proxy = _SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.view = QTableView(self)
        self.view.setObjectName("letterLog")
        self.view.setStyleSheet(
            "QTableView#letterLog { background: #FFFFFF; alternate-background-color: #FAFBFC;"
            " border: 1px solid #D5DADF; selection-background-color: #D3E4F5; selection-color: #1F2933; }"
            " QTableView#letterLog::item { padding: 4px 8px; }"
            " QTableView#letterLog QHeaderView::section { background: #F7F8FA; color: #3C4650; font-weight: 600;"
            " border: none; border-bottom: 1px solid #D5DADF; border-right: 1px solid #ECEFF2; padding: 5px 8px; }"
        )
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(COL_SENT, Qt.SortOrder.DescendingOrder)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)
        for column in (COL_SENT, COL_KIND, COL_LANGUAGE, COL_METHOD, COL_TRACKING, COL_REGISTER):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.view.doubleClicked.connect(lambda _index: self.open_selected())
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)

        self.empty_label = QLabel(self.tr("No letter has been sent for this case yet."), self)
        make_plain(self.empty_label)
        self.empty_label.setStyleSheet("color: #5F6B76;")
        self.open_button = QPushButton(self.tr("Open the PDF sent"), self)
        self.open_button.setToolTip(self.tr("The exact PDF recorded when the letter was sent"))
        self.open_button.clicked.connect(lambda: self.open_selected())
        self.save_button = QPushButton(self.tr("Save a copy…"), self)
        self.save_button.clicked.connect(lambda: self.save_copy())
        buttons = QHBoxLayout()
        buttons.addWidget(self.empty_label)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    # loading ------------------------------------------------------------------------------------------------
    def show_case(self, reference: str | None) -> bool:
        """Show the letters of ``reference`` (nothing for None); False (and a message) when they cannot be read."""
        self._reference = reference
        return self.reload()

    def reload(self) -> bool:
        letters: list[SentLetter] = []
        ok = True
        if self._reference is not None:
            try:
                letters = self._letters.log(self._reference)
                self.model.set_register_in_force(self._letters.register_version_in_force())
            except (StoreError, CaseNotFound) as error:
                message_boxes.error(self, self.tr("The letter log cannot be read"), error_text(error))
                ok = False
        self.model.set_letters(letters)
        self.empty_label.setVisible(not letters)
        self._update_buttons()
        return ok

    def selected_letter(self) -> SentLetter | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.letter_at(self.proxy.mapToSource(rows[0]).row())

    def select_row(self, row: int) -> None:
        """Select the ``row``-th letter as shown (0 is the top one)."""
        self.view.selectRow(row)

    def _update_buttons(self) -> None:
        chosen = self.selected_letter() is not None
        self.open_button.setEnabled(chosen)
        self.save_button.setEnabled(chosen)

    # the stored PDF -----------------------------------------------------------------------------------------
    def _stored_pdf(self, letter: SentLetter) -> bytes | None:
        """The PDF kept for ``letter``, checked against the SHA-256 logged when it was sent."""
        try:
            pdf = self._letters.stored_pdf(letter.id)
        except (StoreError, CaseRuleError) as error:
            message_boxes.error(self, self.tr("The PDF cannot be read"), error_text(error))
            return None
        if hashlib.sha256(pdf).hexdigest() != letter.sha256:
            keep_going = message_boxes.confirm(
                self,
                self.tr("The PDF does not match its record"),
                self.tr(
                    "The PDF kept for this letter no longer matches the SHA-256 recorded when it was sent: it may "
                    "have been altered. The audit trail tells when. Use it all the same?"
                ),
                yes=self.tr("Use it"),
                no=self.tr("Cancel"),
            )
            if not keep_going:
                return None
        return pdf

    def _file_name(self, letter: SentLetter) -> str:
        parts = (self._reference or "letter", letter.kind.value, letter.language.value, letter.sent_on.isoformat())
        return "-".join(parts) + ".pdf"

    def open_selected(self) -> Path | None:
        """Open the selected letter's PDF in the system's viewer, from a private temporary copy."""
        letter = self.selected_letter()
        if letter is None:
            return None
        pdf = self._stored_pdf(letter)
        if pdf is None:
            return None
        path = Path(self._file_name(letter))
        try:
            # A private folder under the user's runtime folder, removed at exit (or at the next start after a
            # crash): health data does not linger in the shared temporary folder.
            path = private_scratch_folder() / path.name
            write_atomically(path, pdf)
        except OSError as error:
            message_boxes.error(self, self.tr("The PDF cannot be opened"), file_error_text(path, error))
            return None
        if not open_file(path):
            message_boxes.error(
                self,
                self.tr("The PDF cannot be opened"),
                self.tr("No program to show PDF files was found. Save a copy and open it from there."),
            )
            return None
        return path

    def save_copy(self, path: Path | None = None) -> Path | None:
        """Save the selected letter's PDF to ``path`` (asked for when None); the path written, or None."""
        letter = self.selected_letter()
        if letter is None:
            return None
        if path is None:
            path = letter_preview.choose_save_path(
                self, self.tr("Save a copy of the letter"), letter_preview.documents_folder() / self._file_name(letter)
            )
            if path is None:
                return None
        pdf = self._stored_pdf(letter)
        if pdf is None:
            return None
        try:
            write_atomically(path, pdf)
        except OSError as error:
            message_boxes.error(self, self.tr("The copy was not saved"), file_error_text(path, error))
            return None
        try:
            self._letters.cases.record_access(self._reference or "", "exported", {
                "letter": letter.id, "kind": letter.kind.value, "sha256": letter.sha256, "file": str(path),
            })
        except (StoreError, CaseNotFound) as error:
            message_boxes.error(
                self, self.tr("The copy is saved, but the database cannot be written"), error_text(error)
            )
        return path
