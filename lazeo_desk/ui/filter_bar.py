"""The search box and the filters above the register; the search waits for a short pause in the typing."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from lazeo_desk.domain.case import Jurisdiction
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import OPEN_STATUSES, Status
from lazeo_desk.store.register import CaseFilter, QuickFilter
from lazeo_desk.ui import labels
from lazeo_desk.ui.date_field import DateField
from lazeo_desk.ui.dates import DateInputError
from lazeo_desk.ui.enum_combo import EnumCombo

SEARCH_DELAY_MS = 180
_OPEN = "open"


class _SearchBox(QLineEdit):
    """Down arrow leaves the box for the list (signal ``leaveDown``)."""

    leaveDown = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.leaveDown.emit()
            return
        super().keyPressEvent(event)


class FilterBar(QWidget):
    """Signals: ``changed()`` when the criteria change (typing: after ``search_delay_ms`` of quiet),
    ``submitted()`` when Enter is pressed in the search box, ``leaveDown()`` on the Down arrow there."""

    changed = Signal()
    submitted = Signal()
    leaveDown = Signal()

    def __init__(self, parent: QWidget | None = None, *, search_delay_ms: int = SEARCH_DELAY_MS) -> None:
        super().__init__(parent)
        self.search = _SearchBox(self)
        self.search.setObjectName("searchBox")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search reference, name, e-mail or patient number  (Ctrl+F)"))
        self.search.setMinimumWidth(200)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(search_delay_ms)
        self._timer.timeout.connect(self.changed.emit)
        self.search.textChanged.connect(self._typed)
        self.search.returnPressed.connect(self._submit)
        self.search.leaveDown.connect(self.leaveDown.emit)

        self.status = QComboBox(self)
        self.status.addItem(self.tr("All statuses"), None)
        self.status.addItem(self.tr("Open cases"), _OPEN)
        for status in Status:
            self.status.addItem(labels.status_label(status), status.value)
        self.right = EnumCombo(Right, self)
        self.right.add_none(self.tr("All rights"))
        for right in Right:
            self.right.add(labels.right_label(right), right)
        self.jurisdiction = EnumCombo(Jurisdiction, self)
        self.jurisdiction.add_none(self.tr("All countries"))
        for jurisdiction in Jurisdiction:
            self.jurisdiction.add(f"{jurisdiction.value} — {labels.jurisdiction_label(jurisdiction)}", jurisdiction)
        self.centre = QComboBox(self)
        self.centre.addItem(self.tr("All centres"), "")
        self.received_from = DateField(self)
        self.received_from.setToolTip(self.tr("Received on or after (dd/mm/yyyy)"))
        self.received_to = DateField(self)
        self.received_to.setToolTip(self.tr("Received on or before (dd/mm/yyyy)"))
        # Who "My cases" are held by: the person acting (see set_person). The window places the box in its heading,
        # where there is room: the filters' row already sets how narrow the window can be.
        self._person = ""
        self.mine = QCheckBox(self.tr("My cases"), self)
        self.mine.setToolTip(self.tr("Only the cases assigned to you"))
        self.mine.toggled.connect(self._picked)
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.clicked.connect(self.clear)

        for combo in (self.status, self.right, self.jurisdiction, self.centre):
            # As wide as their longest choice where there is room; narrower windows may shorten them.
            combo.setMinimumWidth(96)
            combo.currentIndexChanged.connect(self._picked)
        for field in (self.received_from, self.received_to):
            field.dateChanged.connect(self._picked)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.search, 3)
        layout.addWidget(self.status)
        layout.addWidget(self.right)
        layout.addWidget(self.jurisdiction)
        layout.addWidget(self.centre)
        received = QLabel(self.tr("Received"), self)
        received.setBuddy(self.received_from)
        layout.addWidget(received)
        layout.addWidget(self.received_from)
        layout.addWidget(QLabel("–", self))
        layout.addWidget(self.received_to)
        layout.addWidget(self.clear_button)

    @property
    def search_delay_ms(self) -> int:
        return self._timer.interval()

    def set_search_delay(self, msecs: int) -> None:
        self._timer.setInterval(msecs)

    def search_pending(self) -> bool:
        """Whether typed text is still waiting for the pause before it is searched."""
        return self._timer.isActive()

    def _typed(self, _text: str) -> None:
        self._timer.start()

    def _submit(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.changed.emit()
        self.submitted.emit()

    def _picked(self, *_args: object) -> None:
        self.changed.emit()

    def set_person(self, name: str) -> None:
        """Whose cases "My cases" lists: the person acting, as the timeline names them."""
        if name != self._person:
            self._person = name
            if self.mine.isChecked():
                self.changed.emit()

    def set_centres(self, centres: Iterable[str]) -> None:
        current = self.centre.currentData()
        self.centre.blockSignals(True)
        self.centre.clear()
        self.centre.addItem(self.tr("All centres"), "")
        for centre in centres:
            self.centre.addItem(centre, centre)
        found = self.centre.findData(current)
        self.centre.setCurrentIndex(max(found, 0))
        self.centre.blockSignals(False)
        if found < 0 and current:
            self.changed.emit()

    def clear(self) -> None:
        """Every filter back to "all", and the search box emptied."""
        widgets = (self.search, self.status, self.right, self.jurisdiction, self.centre, self.received_from,
                   self.received_to, self.mine)
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        for combo in (self.status, self.right, self.jurisdiction, self.centre):
            combo.setCurrentIndex(0)
        self.received_from.clear()
        self.received_to.clear()
        self.mine.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self._timer.stop()
        self.changed.emit()

    def criteria(self, quick: QuickFilter | None = None) -> CaseFilter:
        """The register filter these fields describe (a date that is not yet a date is left out)."""
        chosen = self.status.currentData()
        statuses: frozenset[Status] = frozenset()
        if chosen == _OPEN:
            statuses = OPEN_STATUSES
        elif isinstance(chosen, str):
            statuses = frozenset({Status(chosen)})
        return CaseFilter(
            text=self.search.text().strip(),
            statuses=statuses,
            right=self.right.current(),
            jurisdiction=self.jurisdiction.current(),
            centre=str(self.centre.currentData() or ""),
            received_from=_date_or_none(self.received_from),
            received_to=_date_or_none(self.received_to),
            quick=quick,
            assignee=self._person if self.mine.isChecked() else None,
        )


def _date_or_none(field: DateField) -> date | None:
    try:
        return field.date_value()
    except DateInputError:
        return None
