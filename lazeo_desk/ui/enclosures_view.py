"""A case's enclosures: the files sent with the answer, added by "Add…" or dropped on the list, removable until
the answer went out, and the whole package previewed.

Checking and storing a file (hashing, counting pages) runs off the GUI thread; the list follows when it is done.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.enclosures import (
    DESCRIPTION_MAX,
    EnclosureInfo,
    EnclosureNotRemovable,
    EnclosureOutcome,
    EnclosureService,
)
from lazeo_desk.store.cases import CaseNotFound
from lazeo_desk.store.database import StoreError
from lazeo_desk.ui import message_boxes
from lazeo_desk.ui.background import BackgroundTasks
from lazeo_desk.ui.enclosures_model import COL_DATE, COL_PAGES, COL_SIZE, EnclosuresModel
from lazeo_desk.ui.enclosures_preview import PackagePreviewDialog
from lazeo_desk.ui.letter_preview import documents_folder, locked
from lazeo_desk.ui.placeholders import fill
from lazeo_desk.ui.plain_text import make_plain
from lazeo_desk.ui.sentences import error_text, sentence_text
from lazeo_desk.ui.translation import translate


def choose_files(parent: QWidget) -> list[Path]:
    """Ask which files to enclose (Qt's file dialog); empty when the DPO cancels. Tests replace this function."""
    kinds = translate(
        "EnclosuresView", "Documents and exports (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.csv *.json *.xml)"
    )
    title = translate("EnclosuresView", "Add enclosures")
    names, _ = QFileDialog.getOpenFileNames(parent, title, str(documents_folder()), kinds)
    return [Path(name) for name in names]


class EnclosuresView(QWidget):
    """The enclosures of one case, with "Add…", "Remove" and "Preview the package"; files may be dropped on it.

    Signals: ``changed(str)`` after an enclosure of that case was added or removed (its timeline grew).
    Attributes for tests: ``model``, ``view``, ``source_edit``, the buttons, ``preview_dialog`` once opened.
    """

    changed = Signal(str)

    def __init__(self, *, cases: CaseService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cases = cases
        self._reference: str | None = None
        self._adding = 0
        self._tasks = BackgroundTasks(self, threads=1)
        self.preview_dialog: PackagePreviewDialog | None = None
        self.setAcceptDrops(True)

        # Shown in the order they were added, which is their order in the package: no sorting that would differ.
        self.model = EnclosuresModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("enclosures")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (COL_DATE, COL_PAGES, COL_SIZE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)

        self.source_edit = QLineEdit(self)
        self.source_edit.setMaxLength(DESCRIPTION_MAX)
        self.source_edit.setPlaceholderText(
            self.tr("Source of the files added next, e.g. the centre's patient software")
        )
        self.empty_label = QLabel(
            self.tr("No enclosure yet. Add the files that make the copy of the data, or drop them here."), self
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #5F6B76;")
        self.busy_label = QLabel(self.tr("Checking the files…"), self)
        self.busy_label.setStyleSheet("color:#0B4F8A;")
        self.busy_label.hide()
        make_plain(self.empty_label, self.busy_label)
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.add_button.clicked.connect(lambda: self.add_chosen())
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.preview_button = QPushButton(self.tr("Preview the package"), self)
        self.preview_button.setToolTip(self.tr("The answer letter, the index of the enclosures and every enclosure"))
        self.preview_button.clicked.connect(lambda: self.preview_package())

        source_row = QHBoxLayout()
        source_row.addWidget(QLabel(self.tr("Source:"), self))
        source_row.addWidget(self.source_edit, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.busy_label)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.preview_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(source_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        self._update_buttons()

    # loading ------------------------------------------------------------------------------------------------
    def show_case(self, reference: str | None) -> bool:
        self._reference = reference
        return self.reload()

    def reload(self) -> bool:
        items: list[EnclosureInfo] = []
        ok = True
        if self._reference is not None:
            try:
                items = EnclosureService(self._cases.place).enclosures(self._reference)
            except (StoreError, CaseNotFound) as error:
                message_boxes.error(self, self.tr("The enclosures cannot be read"), error_text(error))
                ok = False
        self.model.set_enclosures(items)
        self.empty_label.setVisible(not items)
        self._update_buttons()
        return ok

    def is_idle(self) -> bool:
        """No file is being checked or stored (tests wait for this)."""
        return self._adding == 0

    def selected(self) -> EnclosureInfo | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.enclosure_at(rows[0].row())

    def _update_buttons(self) -> None:
        has_case = self._reference is not None
        self.add_button.setEnabled(has_case and self.is_idle())
        self.remove_button.setEnabled(self.selected() is not None and self.is_idle())
        self.preview_button.setEnabled(self.model.rowCount() > 0 and self.is_idle())
        self.busy_label.setVisible(not self.is_idle())

    # adding -------------------------------------------------------------------------------------------------
    def add_chosen(self) -> None:
        paths = choose_files(self)
        if paths:
            self.add_files(paths)

    def add_files(self, paths: Sequence[Path]) -> None:
        """Check and keep ``paths`` off the GUI thread; the list, and a message for any refused, follow."""
        reference = self._reference
        if reference is None or not paths:
            return
        source = self.source_edit.text()
        place = self._cases.place
        self._adding += 1
        self._update_buttons()
        # An export is laid out once to count its pages: ReportLab keeps state of its own, so the files wait for
        # any letter being laid out at the same time, and a letter waits for them.
        work = partial(EnclosureService(place).add_files, reference, list(paths), source=source)
        self._tasks.submit(
            lambda: locked(work),
            lambda outcomes: self._added(reference, outcomes),
            self._add_failed,
        )

    def _added(self, reference: str, outcomes: object) -> None:
        self._adding -= 1
        assert isinstance(outcomes, list)
        done: list[EnclosureOutcome] = outcomes
        if reference == self._reference:
            self.reload()
        if any(outcome.stored is not None for outcome in done):
            self.changed.emit(reference)
        refused = [outcome for outcome in done if outcome.stored is None]
        if refused:
            lines = [f"{Path(outcome.path).name}: {sentence_text(outcome.reason)}" for outcome in refused]
            message_boxes.error(self, self.tr("Some files were not enclosed"), "\n".join(lines))
        self._update_buttons()

    def _add_failed(self, error: BaseException) -> None:
        self._adding -= 1
        message_boxes.error(self, self.tr("The files were not enclosed"), error_text(error))
        self._update_buttons()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._reference is not None and event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if self._reference is None or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_files(paths)

    # removing -----------------------------------------------------------------------------------------------
    def remove_selected(self) -> bool:
        chosen = self.selected()
        if chosen is None or self._reference is None:
            return False
        sure = message_boxes.confirm(
            self,
            self.tr("Remove the enclosure"),
            fill(
                self.tr("Remove %1 from the enclosures? Its name and SHA-256 stay in the case's history."),
                chosen.title,
            ),
            yes=self.tr("Remove"),
            no=self.tr("Cancel"),
        )
        if not sure:
            return False
        try:
            EnclosureService(self._cases.place).remove(self._reference, chosen.id)
        except (EnclosureNotRemovable, StoreError, CaseNotFound) as error:
            message_boxes.error(self, self.tr("The enclosure stays"), error_text(error))
            return False
        self.reload()
        self.changed.emit(self._reference)
        return True

    # the package --------------------------------------------------------------------------------------------
    def preview_package(self) -> PackagePreviewDialog | None:
        """Open the package's preview (built off the GUI thread); returns the dialog, shown without blocking."""
        if self._reference is None:
            return None
        dialog = PackagePreviewDialog(place=self._cases.place, reference=self._reference, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        # An answer recorded as sent from the preview changes the case: the pane shows it.
        dialog.sent.connect(self.changed.emit)
        self.preview_dialog = dialog
        dialog.show()
        return dialog

    def shutdown(self) -> None:
        self._tasks.shutdown()
