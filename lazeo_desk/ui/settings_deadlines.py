"""Settings page: what the deadlines count with: closure days, national medical-record clocks, the late
information-request limit, and how long each country keeps medical files."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QAbstractListModel, QDate, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lazeo_desk.domain.case import Jurisdiction
from lazeo_desk.domain.deadlines import MedicalRecordClock, Period, Unit
from lazeo_desk.services.settings import (
    CLOCK_DAYS_RANGE,
    CLOCK_MONTHS_RANGE,
    INFO_REQUEST_LIMIT_RANGE,
    MEDICAL_FILE_RANGE,
    RELEASE_DAYS_RANGE,
    BusinessSettings,
    Field,
    SettingProblem,
)
from lazeo_desk.ui.dates import format_date
from lazeo_desk.ui.enum_combo import EnumCombo
from lazeo_desk.ui.labels import jurisdiction_label
from lazeo_desk.ui.plain_text import plain_tooltip
from lazeo_desk.ui.settings_fields import (
    FieldWithMessage,
    page_intro,
    problem_text,
    row_label,
    section_title,
)

DateRole = Qt.ItemDataRole.UserRole

AnyIndex = QModelIndex | QPersistentModelIndex


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ClosureDaysModel(QAbstractListModel):
    """The DPO's closure days, in date order; :data:`DateRole` gives the ``date``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._days: list[date] = []

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802  (Qt's signature)
        return 0 if parent.isValid() else len(self._days)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._days):
            return None
        day = self._days[index.row()]
        if role == DateRole:
            return day
        if role == Qt.ItemDataRole.DisplayRole:
            return format_date(day, weekday=True)
        return None

    def days(self) -> frozenset[date]:
        return frozenset(self._days)

    def set_days(self, days: Iterable[date]) -> None:
        self.beginResetModel()
        self._days = sorted(set(days))
        self.endResetModel()

    def add(self, day: date) -> int:
        """Insert ``day`` in date order; returns its row (the existing one when it is already listed)."""
        if day in self._days:
            return self._days.index(day)
        row = sum(1 for known in self._days if known < day)
        self.beginInsertRows(QModelIndex(), row, row)
        self._days.insert(row, day)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if not 0 <= row < len(self._days):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._days[row]
        self.endRemoveRows()


class PeriodEditor(QWidget):
    """A period of days or months, or none (the amount's lowest value reads "none")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.amount = QSpinBox(self)
        self.amount.setSpecialValueText(self.tr("none"))
        self.unit: EnumCombo[Unit] = EnumCombo(Unit, self)
        self.unit.add(self.tr("days"), Unit.DAYS)
        self.unit.add(self.tr("months"), Unit.MONTHS)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.amount)
        layout.addWidget(self.unit)
        self.unit.currentIndexChanged.connect(self._unit_changed)
        self.amount.valueChanged.connect(self._amount_changed)
        self.unit.select(Unit.DAYS)
        self._unit_changed(0)

    def _unit_changed(self, _index: int) -> None:
        bounds = CLOCK_MONTHS_RANGE if self.unit.current() is Unit.MONTHS else CLOCK_DAYS_RANGE
        self.amount.setRange(0, bounds[1])

    def _amount_changed(self, value: int) -> None:
        self.unit.setEnabled(value > 0)

    def period(self) -> Period | None:
        amount = self.amount.value()
        return Period(amount, self.unit.current() or Unit.DAYS) if amount > 0 else None

    def set_period(self, period: Period | None) -> None:
        self.unit.select(period.unit if period is not None else Unit.DAYS)
        self.amount.setValue(period.amount if period is not None else 0)
        self._amount_changed(self.amount.value())


class ClockEditor(QObject):
    """The editors of one jurisdiction's medical-record clock (placed in the page's grid)."""

    def __init__(self, jurisdiction: Jurisdiction, parent: QWidget) -> None:
        super().__init__(parent)
        self.jurisdiction = jurisdiction
        self.period = PeriodEditor(parent)
        self.old_records = PeriodEditor(parent)
        self.release = QSpinBox(parent)
        self.release.setRange(*RELEASE_DAYS_RANGE)
        self.release.setSpecialValueText(self.tr("no wait"))
        self.release.setSuffix(self.tr(" days"))
        self.source = QLineEdit(parent)
        self.rows = {
            Field.CLOCK_PERIOD: FieldWithMessage(self.period, parent),
            Field.CLOCK_OLD_RECORDS: FieldWithMessage(self.old_records, parent),
            Field.CLOCK_RELEASE: FieldWithMessage(self.release, parent),
        }

    def load(self, clock: MedicalRecordClock) -> None:
        self.period.set_period(clock.period)
        self.old_records.set_period(clock.period_old_records)
        self.release.setValue(clock.earliest_release_days)
        self.source.setText(clock.source)
        self.source.setCursorPosition(0)
        self.source.setToolTip(plain_tooltip(clock.source))

    def clock(self) -> MedicalRecordClock:
        return MedicalRecordClock(
            self.jurisdiction,
            period=self.period.period(),
            period_old_records=self.old_records.period(),
            earliest_release_days=self.release.value(),
            source=self.source.text().strip(),
        )


class DeadlinesPage(QWidget):
    """Closure days (a list and a date picker), the national clocks, the late information-request limit."""

    FIELDS = frozenset({
        Field.CLOCK_PERIOD, Field.CLOCK_OLD_RECORDS, Field.CLOCK_RELEASE, Field.INFO_REQUEST_LIMIT,
        Field.MEDICAL_FILE_YEARS,
    })

    def __init__(self, *, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.closure_model = ClosureDaysModel(self)
        self.closure_view = QListView(self)
        self.closure_view.setObjectName("closureDays")
        self.closure_view.setModel(self.closure_model)
        self.closure_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.closure_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.closure_view.setMaximumHeight(150)
        self.closure_date = QDateEdit(self)
        self.closure_date.setCalendarPopup(True)
        self.closure_date.setDisplayFormat("dd/MM/yyyy")
        self.closure_date.setDate(_qdate(today))
        self.add_closure = QPushButton(self.tr("Add"), self)
        self.remove_closure = QPushButton(self.tr("Remove"), self)

        layout = QVBoxLayout(self)
        layout.addWidget(section_title(self.tr("Closure days"), self))
        layout.addWidget(page_intro(
            self.tr("Days the office is closed, counted like public holidays: a deadline that would end on "
                    "one moves to the next working day. The public holidays of Belgium, France and "
                    "Luxembourg are already counted."),
            self,
        ))
        closure = QHBoxLayout()
        closure.addWidget(self.closure_view, 1)
        picker = QVBoxLayout()
        picker.addWidget(self.closure_date)
        picker.addWidget(self.add_closure)
        picker.addWidget(self.remove_closure)
        picker.addStretch(1)
        closure.addLayout(picker)
        layout.addLayout(closure)

        layout.addWidget(section_title(self.tr("National deadlines for the patient's medical file"), self))
        layout.addWidget(page_intro(
            self.tr("A shorter national deadline for the medical-file right, counted from the same day as "
                    "the GDPR month; the earlier deadline governs. \"Not sent before\" is a reflection "
                    "period."),
            self,
        ))
        grid = QGridLayout()
        headers = (
            self.tr("Deadline"),
            self.tr("Records over 5 years old"),
            self.tr("Not sent before"),
            self.tr("Source"),
        )
        for column, text in enumerate(headers, start=1):
            grid.addWidget(QLabel(text, self), 0, column)
        self.clocks: dict[Jurisdiction, ClockEditor] = {}
        for row, jurisdiction in enumerate((Jurisdiction.FR, Jurisdiction.BE, Jurisdiction.LU), start=1):
            editor = ClockEditor(jurisdiction, self)
            self.clocks[jurisdiction] = editor
            label = row_label(jurisdiction_label(jurisdiction), editor.source, self)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(editor.rows[Field.CLOCK_PERIOD], row, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(editor.rows[Field.CLOCK_OLD_RECORDS], row, 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(editor.rows[Field.CLOCK_RELEASE], row, 3, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(editor.source, row, 4, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(4, 1)
        layout.addLayout(grid)

        layout.addWidget(section_title(self.tr("Requests for information"), self))
        self.info_limit = QSpinBox(self)
        self.info_limit.setRange(*INFO_REQUEST_LIMIT_RANGE)
        self.info_limit.setSuffix(self.tr(" days"))
        self.info_limit.setMaximumWidth(160)
        self.info_limit_row = FieldWithMessage(
            self.info_limit, self,
            hint=self.tr("A case warns when identity or missing details are asked for later than this after "
                         "receipt: the pause of the clock may then be contested (EDPB Guidelines 01/2022)."),
        )
        form = QFormLayout()
        form.addRow(self.tr("Ask within"), self.info_limit_row)
        layout.addLayout(form)

        layout.addWidget(section_title(self.tr("Retention of medical files"), self))
        layout.addWidget(page_intro(
            self.tr("Years a medical file is kept after the last contact with the patient, by the centre's "
                    "country. Letters refusing erasure give the end date, and access responses the period, "
                    "from these."),
            self,
        ))
        hints = {
            Jurisdiction.FR: self.tr("Code de la santé publique, art. R.1112-7: 20 years."),
            Jurisdiction.BE: self.tr("Law of 22 April 2019 on the quality of healthcare practice, art. 35: at "
                                     "least 30 and at most 50 years."),
            Jurisdiction.LU: self.tr("To review: law of 24 July 2014 on patients' rights, at least 10 years; "
                                     "the article is not verified."),
        }
        self.kept_years: dict[Jurisdiction, QSpinBox] = {}
        self.kept_rows: dict[Jurisdiction, FieldWithMessage] = {}
        kept = QFormLayout()
        for jurisdiction in (Jurisdiction.FR, Jurisdiction.BE, Jurisdiction.LU):
            spin = QSpinBox(self)
            spin.setObjectName(f"keptYears{jurisdiction.value}")
            spin.setRange(*MEDICAL_FILE_RANGE)
            spin.setSuffix(self.tr(" years"))
            spin.setMaximumWidth(160)
            kept_row = FieldWithMessage(spin, self, hint=hints[jurisdiction])
            self.kept_years[jurisdiction] = spin
            self.kept_rows[jurisdiction] = kept_row
            kept.addRow(jurisdiction_label(jurisdiction), kept_row)
        layout.addLayout(kept)
        layout.addStretch(1)

        self.add_closure.clicked.connect(self.add_closure_day)
        self.remove_closure.clicked.connect(self.remove_closure_day)

    def add_closure_day(self) -> None:
        picked = self.closure_date.date()
        row = self.closure_model.add(date(picked.year(), picked.month(), picked.day()))
        self.closure_view.setCurrentIndex(self.closure_model.index(row, 0))

    def remove_closure_day(self) -> None:
        index = self.closure_view.currentIndex()
        if index.isValid():
            self.closure_model.remove(index.row())

    def load(self, settings: BusinessSettings) -> None:
        self.closure_model.set_days(settings.closure_days)
        for jurisdiction, editor in self.clocks.items():
            editor.load(settings.clock(jurisdiction))
        self.info_limit.setValue(settings.info_request_limit_days)
        for jurisdiction, spin in self.kept_years.items():
            spin.setValue(settings.kept_years(jurisdiction))

    def apply(self, settings: BusinessSettings) -> BusinessSettings:
        updated = replace(
            settings, closure_days=self.closure_model.days(), info_request_limit_days=self.info_limit.value()
        )
        for editor in self.clocks.values():
            updated = updated.with_clock(editor.clock())
        for jurisdiction, spin in self.kept_years.items():
            updated = updated.with_kept_years(jurisdiction, spin.value())
        return updated

    def clear_problems(self) -> None:
        self.info_limit_row.clear_problem()
        for kept in self.kept_rows.values():
            kept.clear_problem()
        for editor in self.clocks.values():
            for row in editor.rows.values():
                row.clear_problem()

    def show_problems(self, problems: list[SettingProblem]) -> QWidget | None:
        first: QWidget | None = None
        for problem in problems:
            if problem.field is Field.INFO_REQUEST_LIMIT:
                row = self.info_limit_row
            elif problem.field is Field.MEDICAL_FILE_YEARS:
                try:
                    row = self.kept_rows[Jurisdiction(problem.where)]
                except (ValueError, KeyError):
                    continue
            else:
                try:
                    editor = self.clocks[Jurisdiction(problem.where)]
                except (ValueError, KeyError):
                    continue
                found = editor.rows.get(problem.field)
                if found is None:
                    continue
                row = found
            row.show_problem(problem_text(problem))
            first = first or row.field
        return first
