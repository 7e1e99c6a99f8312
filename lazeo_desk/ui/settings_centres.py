"""Settings page: the centres, each with its country and postal address, in a small table with an editor."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lazeo_desk.domain.case import Jurisdiction
from lazeo_desk.services.settings import BusinessSettings, Centre, Field, SettingProblem
from lazeo_desk.ui.enum_combo import EnumCombo
from lazeo_desk.ui.labels import jurisdiction_label
from lazeo_desk.ui.plain_text import make_plain, plain_tooltip
from lazeo_desk.ui.settings_fields import (
    AddressEdit,
    FieldMessage,
    FieldWithMessage,
    fill,
    mark_invalid,
    page_intro,
    problem_text,
)
from lazeo_desk.ui.translation import QT_TRANSLATE_NOOP, translate

COL_NAME = 0
COL_COUNTRY = 1
COL_ADDRESS = 2

CentreRole = Qt.ItemDataRole.UserRole
# The warning colour of the settings pages, for a centre whose address is not known.
MISSING_COLOUR = "#B3261E"

_HEADERS = (
    QT_TRANSLATE_NOOP("CentresModel", "Centre"),
    QT_TRANSLATE_NOOP("CentresModel", "Country"),
    QT_TRANSLATE_NOOP("CentresModel", "Address"),
)

AnyIndex = QModelIndex | QPersistentModelIndex


class CentresModel(QAbstractTableModel):
    """The centres being edited, one per row; :data:`CentreRole` gives the :class:`Centre` itself."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._centres: list[Centre] = []

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802  (Qt's signature)
        return 0 if parent.isValid() else len(self._centres)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802  (Qt's signature)
        return 0 if parent.isValid() else len(_HEADERS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._centres):
            return None
        centre = self._centres[index.row()]
        if role == CentreRole:
            return centre
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == COL_NAME:
                return centre.name
            if index.column() == COL_COUNTRY:
                return jurisdiction_label(centre.jurisdiction)
            if index.column() == COL_ADDRESS:
                if centre.address_missing:
                    return translate("CentresModel", "address missing")
                return ", ".join(line for line in centre.address if line.strip())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_ADDRESS:
            if centre.address_missing:
                return translate(
                    "CentresModel",
                    "No address is known for this centre (the privacy policy gives none): type it below.",
                )
            return plain_tooltip("\n".join(centre.address))
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == COL_ADDRESS and centre.address_missing:
            return QColor(MISSING_COLOUR)
        return None

    def headerData(  # noqa: N802  (Qt's name)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(_HEADERS):
                return translate("CentresModel", _HEADERS[section])
        return None

    def centres(self) -> tuple[Centre, ...]:
        return tuple(self._centres)

    def set_centres(self, centres: Iterable[Centre]) -> None:
        self.beginResetModel()
        self._centres = list(centres)
        self.endResetModel()

    def append(self, centre: Centre) -> int:
        row = len(self._centres)
        self.beginInsertRows(QModelIndex(), row, row)
        self._centres.append(centre)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if not 0 <= row < len(self._centres):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._centres[row]
        self.endRemoveRows()

    def replace_at(self, row: int, centre: Centre) -> None:
        if not 0 <= row < len(self._centres) or self._centres[row] == centre:
            return
        self._centres[row] = centre
        self.dataChanged.emit(self.index(row, COL_NAME), self.index(row, COL_ADDRESS))


class CentresPage(QWidget):
    """The centres table; the selected centre is edited in the fields below it."""

    FIELDS = frozenset({Field.CENTRE_NAME, Field.CENTRE_ADDRESS})

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CentresModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("centres")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_COUNTRY, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table_message = FieldMessage(self)

        self.add_button = QPushButton(self.tr("Add a centre"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)

        self.name = QLineEdit(self)
        self.country: EnumCombo[Jurisdiction] = EnumCombo(Jurisdiction, self)
        for jurisdiction in Jurisdiction:
            self.country.add(jurisdiction_label(jurisdiction), jurisdiction)
        self.address = AddressEdit(self, visible_lines=3)
        self.name_row = FieldWithMessage(self.name, self)
        self.address_row = FieldWithMessage(self.address, self)
        self.editor = QWidget(self)
        form = QFormLayout(self.editor)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Name"), self.name_row)
        form.addRow(self.tr("Country"), self.country)
        form.addRow(self.tr("Address"), self.address_row)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(page_intro(
            self.tr("The centres offered when a case is opened. The country chooses the public holidays, the "
                    "patient law and the supervisory authority."),
            self,
        ))
        self.missing_note = QLabel(self)
        self.missing_note.setObjectName("fieldMessage")
        self.missing_note.setWordWrap(True)
        make_plain(self.missing_note)  # it names centres as the DPO typed them
        layout.addWidget(self.missing_note)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.table_message)
        layout.addLayout(buttons)
        layout.addWidget(self.editor)

        self._problems: dict[int, list[SettingProblem]] = {}
        self._loading = False
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.add_button.clicked.connect(self.add_centre)
        self.remove_button.clicked.connect(self.remove_current)
        self.name.textEdited.connect(self._edited)
        self.country.currentIndexChanged.connect(self._edited)
        self.address.textChanged.connect(self._edited)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved, self.model.dataChanged):
            signal.connect(self._show_missing)
        self._row_changed(QModelIndex(), QModelIndex())
        self._show_missing()

    def _show_missing(self, *_args: object) -> None:
        """Names the centres whose address is not known yet, so that none is taken for complete."""
        missing = [centre.name or "…" for centre in self.model.centres() if centre.address_missing]
        self.missing_note.setVisible(bool(missing))
        self.missing_note.setText(
            fill(
                self.tr("Address missing for %1: the privacy policy gives none. Select a centre and type its address."),
                ", ".join(missing),
            )
            if missing
            else ""
        )

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row, COL_NAME))

    def add_centre(self) -> None:
        """A new, empty centre at the end of the list, selected and ready to be named."""
        current = self.model.data(self.model.index(self.current_row(), 0), CentreRole)
        jurisdiction = current.jurisdiction if isinstance(current, Centre) else Jurisdiction.FR
        row = self.model.append(Centre("", jurisdiction))
        self.select_row(row)
        self.name.setFocus()

    def remove_current(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        self.model.remove(row)
        self._problems.clear()
        self.table_message.clear_text()
        self.select_row(min(row, self.model.rowCount() - 1))
        if self.model.rowCount() == 0:
            self._row_changed(QModelIndex(), QModelIndex())

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        centre = self.model.data(current, CentreRole) if current.isValid() else None
        has_centre = isinstance(centre, Centre)
        self.editor.setEnabled(has_centre)
        self.remove_button.setEnabled(has_centre)
        self._loading = True
        try:
            self.name.setText(centre.name if isinstance(centre, Centre) else "")
            self.country.select(centre.jurisdiction if isinstance(centre, Centre) else None)
            self.address.set_lines(centre.address if isinstance(centre, Centre) else ())
        finally:
            self._loading = False
        self.name_row.clear_problem()
        self.address_row.clear_problem()
        for problem in self._problems.get(current.row(), []) if current.isValid() else []:
            row = self.name_row if problem.field is Field.CENTRE_NAME else self.address_row
            row.show_problem(problem_text(problem))

    def _edited(self, *_args: object) -> None:
        if self._loading:
            return
        row = self.current_row()
        if row < 0:
            return
        self.model.replace_at(
            row,
            Centre(
                self.name.text().strip(),
                self.country.current() or Jurisdiction.FR,
                self.address.lines(),
            ),
        )

    def load(self, settings: BusinessSettings) -> None:
        self.model.set_centres(settings.centres)
        self._problems.clear()
        self.select_row(0)

    def apply(self, settings: BusinessSettings) -> BusinessSettings:
        return replace(settings, centres=self.model.centres())

    def clear_problems(self) -> None:
        self._problems.clear()
        self.table_message.clear_text()
        mark_invalid(self.view, False)
        self.name_row.clear_problem()
        self.address_row.clear_problem()

    def show_problems(self, problems: list[SettingProblem]) -> QWidget | None:
        for problem in problems:
            try:
                row = int(problem.where)
            except ValueError:
                continue
            self._problems.setdefault(row, []).append(problem)
        if not self._problems:
            return None
        lines = []
        for row in sorted(self._problems):
            centre = self.model.data(self.model.index(row, COL_NAME), CentreRole)
            name = centre.name if isinstance(centre, Centre) else ""
            for problem in self._problems[row]:
                if name:
                    text = fill(self.tr("Row %1 (%2): %3"), str(row + 1), name, problem_text(problem))
                else:
                    text = fill(self.tr("Row %1: %2"), str(row + 1), problem_text(problem))
                lines.append(text)
        self.table_message.show_text("\n".join(lines))
        mark_invalid(self.view, True)
        first = min(self._problems)
        self.select_row(first)
        self._row_changed(self.model.index(first, COL_NAME), QModelIndex())
        return self.name if any(p.field is Field.CENTRE_NAME for p in self._problems[first]) else self.address
