"""The register of processing activities (GDPR Art 30), edited by the DPO: activities, their words in Dutch,
French and English, the texts common to all of them, and the history of versions.

Saving stores a new version (the service decides whether anything changed and what is missing); the window only
shows and asks. Export writes the Art 30 record (PDF), JSON or XLSX; import reads back a JSON export, all or
nothing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lazeo_desk.domain.case import Language
from lazeo_desk.domain.organisation import LocalText, ProcessingActivity, ProcessingRegister
from lazeo_desk.services.processing import ExportFormat, ProcessingService, RegisterRefused, RegisterVersion
from lazeo_desk.store.database import StoreError
from lazeo_desk.ui import labels, message_boxes
from lazeo_desk.ui.dates import format_moment
from lazeo_desk.ui.placeholders import fill
from lazeo_desk.ui.plain_text import make_plain
from lazeo_desk.ui.problem_banner import ProblemBanner
from lazeo_desk.ui.rows_model import RowsModel
from lazeo_desk.ui.sentences import error_text, problems_in, sentence_text
from lazeo_desk.ui.translation import QT_TRANSLATE_NOOP, translate, ui_language

COL_KEY = 0
COL_PURPOSE = 1
COL_HEALTH = 2

ACTIVITY_HEADERS = (
    QT_TRANSLATE_NOOP("ActivitiesModel", "Key"),
    QT_TRANSLATE_NOOP("ActivitiesModel", "Purpose"),
    QT_TRANSLATE_NOOP("ActivitiesModel", "Health data"),
)

VERSION_HEADERS = (
    QT_TRANSLATE_NOOP("VersionsModel", "Version"),
    QT_TRANSLATE_NOOP("VersionsModel", "Saved"),
    QT_TRANSLATE_NOOP("VersionsModel", "By"),
    QT_TRANSLATE_NOOP("VersionsModel", "What changed"),
)

# The texts of an activity the DPO words in each language, in the order of the record (Art 30(1)(b)-(f)).
ACTIVITY_TEXTS = (
    ("purpose", QT_TRANSLATE_NOOP("ProcessingRegisterDialog", "Purpose (Art 30(1)(b))")),
    ("legal_basis", QT_TRANSLATE_NOOP("ProcessingRegisterDialog", "Legal basis (Art 6; Art 9(2) for health data)")),
    ("data_subjects", QT_TRANSLATE_NOOP("ProcessingRegisterDialog", "Categories of persons (Art 30(1)(c))")),
    ("data_categories", QT_TRANSLATE_NOOP("ProcessingRegisterDialog", "Categories of data (Art 30(1)(c))")),
    ("recipients", QT_TRANSLATE_NOOP("ProcessingRegisterDialog", "Recipients, named where known (Art 30(1)(d))")),
    ("transfers", QT_TRANSLATE_NOOP("ProcessingRegisterDialog", "Transfers and their safeguard (Art 30(1)(e))")),
    ("retention", QT_TRANSLATE_NOOP("ProcessingRegisterDialog", "Retention (Art 30(1)(f))")),
)

# The texts common to every activity, printed in every access response and in the record.
REGISTER_TEXTS = (
    ("sources", QT_TRANSLATE_NOOP("ProcessingRegisterDialog", "Source of the data (Art 15(1)(g))")),
    ("storage", QT_TRANSLATE_NOOP("ProcessingRegisterDialog", "Where the data are kept")),
    ("transfers", QT_TRANSLATE_NOOP("ProcessingRegisterDialog", "Transfers outside the EU (Art 15(2))")),
    ("automated_decisions", QT_TRANSLATE_NOOP("ProcessingRegisterDialog", "Automated decisions (Art 15(1)(h))")),
    ("retention_note", QT_TRANSLATE_NOOP("ProcessingRegisterDialog", "Note on the medical files' retention")),
    ("security_measures", QT_TRANSLATE_NOOP("ProcessingRegisterDialog", "Security measures (Art 30(1)(g))")),
)

_CONTEXT = "ProcessingRegisterDialog"


class ActivitiesModel(RowsModel[ProcessingActivity]):
    """The activities of the register being edited, in the order of the letters' table."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__("ActivitiesModel", ACTIVITY_HEADERS, parent)

    def row_data(self, activity: ProcessingActivity, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == COL_KEY:
            return activity.key
        if column == COL_PURPOSE:
            return activity.purpose.get(ui_language())
        if column == COL_HEALTH:
            return translate("ActivitiesModel", "yes") if activity.health_data else ""
        return None

    def activities(self) -> list[ProcessingActivity]:
        return [self.row_at(row) for row in range(self.rowCount())]

    def replace(self, row: int, activity: ProcessingActivity) -> None:
        self._rows[row] = activity
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))


class VersionsModel(RowsModel[RegisterVersion]):
    """The stored versions of the register, newest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__("VersionsModel", VERSION_HEADERS, parent)

    def row_data(self, version: RegisterVersion, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(version.number)
            if column == 1:
                return format_moment(version.created_at)
            if column == 2:
                return version.actor
            if column == 3:
                return "; ".join(sentence_text(change) for change in version.changes)
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return "\n".join(sentence_text(change) for change in version.changes)
        return None


def _text_edit(parent: QWidget) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(52)
    return edit


class _Worded(QWidget):
    """One tab per letter language, each with a text box per element of ``names``."""

    def __init__(self, names: Sequence[tuple[str, str]], parent: QWidget) -> None:
        super().__init__(parent)
        self.names = tuple(name for name, _label in names)
        self.edits: dict[tuple[str, Language], QPlainTextEdit] = {}
        self.tabs = QTabWidget(self)
        for language in Language:
            page = QWidget(self.tabs)
            form = QFormLayout(page)
            for name, label in names:
                edit = _text_edit(page)
                edit.setObjectName(f"{name}_{language.value}")
                self.edits[(name, language)] = edit
                form.addRow(translate(_CONTEXT, label), edit)
            self.tabs.addTab(page, labels.language_label(language))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def set_texts(self, source: object) -> None:
        for (name, language), edit in self.edits.items():
            text: LocalText = getattr(source, name)
            edit.setPlainText(text.get(language))

    def texts(self) -> dict[str, LocalText]:
        return {
            name: LocalText(**{language.value: self.edits[(name, language)].toPlainText() for language in Language})
            for name in self.names
        }


class ProcessingRegisterDialog(QDialog):
    """Edits the processing register and saves it as a new version.

    Attributes for tests: ``activities`` (:class:`ActivitiesModel`), ``activity_view``, ``key_edit``,
    ``health_check``, ``activity_texts``/``register_texts`` (their ``edits`` by element and language),
    ``versions`` (:class:`VersionsModel`), ``banner`` (:class:`ProblemBanner`), ``in_force_label``,
    ``save_button``, ``export_button``, ``import_button``, ``record_language``.

    Signals: ``registerSaved(int)`` with the number of the version now in force.
    """

    registerSaved = Signal(int)

    def __init__(self, *, service: ProcessingService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._current_row: int | None = None
        self._base: ProcessingRegister | None = None
        self.setWindowTitle(self.tr("Register of processing activities"))
        self.resize(1100, 760)

        self.in_force_label = QLabel(self)
        make_plain(self.in_force_label)
        self.banner = ProblemBanner(self)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._activities_page(), self.tr("Activities"))
        self.register_texts = _Worded(REGISTER_TEXTS, self)
        self.tabs.addTab(self.register_texts, self.tr("Common to all activities"))
        self.tabs.addTab(self._versions_page(), self.tr("Versions"))

        self.save_button = QPushButton(self.tr("Save as a new version"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(lambda: self.save())
        self.record_language = QComboBox(self)
        for language in Language:
            self.record_language.addItem(labels.language_label(language))
        self.record_language.setCurrentIndex(list(Language).index(ui_language()))
        self.record_language.setToolTip(self.tr("The language of the Art 30 record in PDF"))
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setToolTip(self.tr("The register in force as the Art 30 record (PDF), JSON or XLSX"))
        self.export_button.clicked.connect(lambda: self.export())
        self.import_button = QPushButton(self.tr("Import…"), self)
        self.import_button.setToolTip(self.tr("A register exported as JSON, checked whole before it is saved"))
        self.import_button.clicked.connect(lambda: self.import_file())
        close_button = QPushButton(self.tr("Close"), self)
        close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Record in:"), self))
        buttons.addWidget(self.record_language)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.in_force_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)
        self.reload()

    # pages --------------------------------------------------------------------------------------------------
    def _activities_page(self) -> QWidget:
        page = QWidget(self)
        self.activities = ActivitiesModel(self)
        self.activity_view = QTableView(page)
        self.activity_view.setModel(self.activities)
        self.activity_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.activity_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.activity_view.verticalHeader().hide()
        self.activity_view.horizontalHeader().setStretchLastSection(False)
        header = self.activity_view.horizontalHeader()
        header.setSectionResizeMode(COL_KEY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_PURPOSE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_HEALTH, QHeaderView.ResizeMode.ResizeToContents)
        self.activity_view.setWordWrap(True)
        self.activity_view.selectionModel().currentRowChanged.connect(lambda current, _old: self._show(current.row()))
        add = QPushButton(self.tr("Add"), page)
        add.clicked.connect(lambda: self.add_activity())
        self.remove_button = QPushButton(self.tr("Remove"), page)
        self.remove_button.clicked.connect(lambda: self.remove_activity())
        up = QPushButton(self.tr("Up"), page)
        up.clicked.connect(lambda: self.move_activity(-1))
        down = QPushButton(self.tr("Down"), page)
        down.clicked.connect(lambda: self.move_activity(1))
        row_buttons = QHBoxLayout()
        for button in (add, self.remove_button, up, down):
            row_buttons.addWidget(button)
        row_buttons.addStretch(1)
        left = QWidget(page)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.activity_view, 1)
        left_layout.addLayout(row_buttons)

        editor = QWidget(page)
        self.key_edit = QLineEdit(editor)
        self.key_edit.setToolTip(self.tr("Lower-case letters, digits and hyphens; unique in the register"))
        self.health_check = QCheckBox(self.tr("Processes health data (Art 9(1))"), editor)
        self.doctolib_check = QCheckBox(self.tr("Doctolib is the controller (the person is referred to it)"), editor)
        self.activity_texts = _Worded(ACTIVITY_TEXTS, editor)
        top = QFormLayout()
        top.addRow(self.tr("Key"), self.key_edit)
        top.addRow("", self.health_check)
        top.addRow("", self.doctolib_check)
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addLayout(top)
        editor_layout.addWidget(self.activity_texts, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, page)
        splitter.addWidget(left)
        splitter.addWidget(editor)
        splitter.setSizes([440, 640])
        layout = QVBoxLayout(page)
        layout.addWidget(splitter)
        return page

    def _versions_page(self) -> QWidget:
        page = QWidget(self)
        self.versions = VersionsModel(self)
        self.version_view = QTableView(page)
        self.version_view.setModel(self.versions)
        self.version_view.verticalHeader().hide()
        self.version_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.version_view.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.version_view)
        return page

    # loading and the working copy ---------------------------------------------------------------------------
    def reload(self) -> bool:
        """Read the register in force and its versions again; False (and a message) when they cannot be read."""
        try:
            number, register = self._service.current()
            history = self._service.history()
        except StoreError as error:
            message_boxes.error(self, self.tr("The register cannot be read"), error_text(error))
            return False
        self._base = register
        self._current_row = None
        self.activities.set_rows(register.activities)
        self.register_texts.set_texts(register)
        self.versions.set_rows(history)
        if number is None:
            self.in_force_label.setText(self.tr("In force: the register of the privacy policy (no version saved)"))
        else:
            self.in_force_label.setText(fill(self.tr("In force: version %1"), str(number)))
        if self.activities.rowCount():
            self.activity_view.selectRow(0)
        return True

    def _keep_editor(self) -> None:
        """Put what the editor holds into the working copy of the activity it shows."""
        row = self._current_row
        if row is None or not 0 <= row < self.activities.rowCount():
            return
        activity = self.activities.row_at(row)
        edited = dataclasses.replace(
            activity, key=self.key_edit.text().strip(), health_data=self.health_check.isChecked(),
            doctolib_is_controller=self.doctolib_check.isChecked(), **self.activity_texts.texts(),
        )
        if edited != activity:
            self.activities.replace(row, edited)

    def _show(self, row: int) -> None:
        self._keep_editor()
        self._current_row = row if 0 <= row < self.activities.rowCount() else None
        if self._current_row is None:
            return
        activity = self.activities.row_at(row)
        self.key_edit.setText(activity.key)
        self.health_check.setChecked(activity.health_data)
        self.doctolib_check.setChecked(activity.doctolib_is_controller)
        self.activity_texts.set_texts(activity)

    def edited_register(self) -> ProcessingRegister:
        """The register as the window shows it now."""
        self._keep_editor()
        base = self._base
        assert base is not None
        return dataclasses.replace(
            base, activities=tuple(self.activities.activities()), **self.register_texts.texts()
        )

    def add_activity(self) -> None:
        self._keep_editor()
        blank = LocalText.same("")
        taken = {activity.key for activity in self.activities.activities()}
        number = 1
        while f"activity-{number}" in taken:
            number += 1
        added = ProcessingActivity(
            key=f"activity-{number}", purpose=blank, legal_basis=blank, data_categories=blank, recipients=blank,
            retention=blank, data_subjects=blank, transfers=blank,
        )
        rows = [*self.activities.activities(), added]
        self._current_row = None
        self.activities.set_rows(rows)
        self.activity_view.selectRow(len(rows) - 1)
        self.key_edit.setFocus()

    def remove_activity(self) -> None:
        row = self._current_row
        if row is None:
            return
        rows = self.activities.activities()
        del rows[row]
        self._current_row = None
        self.activities.set_rows(rows)
        if rows:
            self.activity_view.selectRow(min(row, len(rows) - 1))

    def move_activity(self, step: int) -> None:
        self._keep_editor()
        row = self._current_row
        rows = self.activities.activities()
        if row is None or not 0 <= row + step < len(rows):
            return
        rows[row], rows[row + step] = rows[row + step], rows[row]
        self._current_row = None
        self.activities.set_rows(rows)
        self.activity_view.selectRow(row + step)

    def has_unsaved_changes(self) -> bool:
        """The window shows a register other than the one in force."""
        return self._base is not None and self.edited_register() != self._base

    def reject(self) -> None:
        """Close (Escape, Close, and the window's cross, which QDialog turns into a reject), asking first when
        edits would be lost."""
        if self.has_unsaved_changes() and not message_boxes.confirm(
            self,
            self.tr("Close without saving?"),
            self.tr("The changes to the register are not saved: they are lost if the window closes now."),
            yes=self.tr("Close without saving"),
            no=self.tr("Keep editing"),
        ):
            return
        super().reject()

    # saving, export, import ---------------------------------------------------------------------------------
    def save(self) -> int | None:
        """Save what the window shows as a new version; the version in force afterwards, or None (the problems
        are listed under the tabs, nothing is stored)."""
        register = self.edited_register()
        try:
            saved = self._service.save(register)
        except RegisterRefused as error:
            self.banner.show_problems(problems_in(list(error.problems)), lambda _key: "")
            return None
        except StoreError as error:
            message_boxes.error(self, self.tr("The register was not saved"), error_text(error))
            return None
        self.banner.clear_problems()
        row = self._current_row
        self.reload()
        if row is not None and row < self.activities.rowCount():
            self.activity_view.selectRow(row)
        self.registerSaved.emit(saved.number)
        return saved.number

    def choose_export_path(self) -> Path | None:
        """Ask where to export (Qt's file dialog); the format follows the file's ending. Tests replace this."""
        from lazeo_desk.ui.letter_preview import documents_folder

        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the register of processing"), str(documents_folder() / "processing-register.pdf"),
            self.tr("Art 30 record, PDF (*.pdf);;JSON, to import again (*.json);;Excel workbook (*.xlsx)"),
        )
        return Path(name) if name else None

    def choose_import_path(self) -> Path | None:
        """Ask for a register exported as JSON (Qt's file dialog). Tests replace this."""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a register of processing"), "", self.tr("JSON (*.json)")
        )
        return Path(name) if name else None

    def export(self, path: Path | None = None) -> Path | None:
        """Write the register in force to ``path`` (asked for when None), in the format its ending names."""
        path = path or self.choose_export_path()
        if path is None:
            return None
        formats = {".json": ExportFormat.JSON, ".xlsx": ExportFormat.XLSX, ".pdf": ExportFormat.PDF}
        if path.suffix.lower() not in formats:
            path = path.with_name(path.name + ".pdf")
        # By position: Qt hands a string enum back as a plain string.
        language = list(Language)[max(self.record_language.currentIndex(), 0)]
        try:
            self._service.export(path, formats[path.suffix.lower()], language=language)
        except (OSError, StoreError, RegisterRefused) as error:
            message_boxes.error(self, self.tr("The register was not exported"), error_text(error))
            return None
        return path

    def import_file(self, path: Path | None = None) -> int | None:
        """Read a JSON export and make it the version in force; nothing changes when it has a problem."""
        path = path or self.choose_import_path()
        if path is None:
            return None
        try:
            saved = self._service.import_file(path)
        except RegisterRefused as error:
            self.banner.show_problems(problems_in(list(error.problems)), lambda _key: "")
            return None
        except (OSError, StoreError) as error:
            message_boxes.error(self, self.tr("The register was not imported"), error_text(error))
            return None
        self.banner.clear_problems()
        self.reload()
        self.registerSaved.emit(saved.number)
        return saved.number
