"""The week at a glance above the register: overdue, due today, due within seven days; each case opens on a click."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QLayoutItem, QPushButton, QWidget

from lazeo_desk.services.due_summary import DueCase, DueGroup, DueSummary
from lazeo_desk.store.register import QuickFilter
from lazeo_desk.ui.dates import format_date, format_day_month
from lazeo_desk.ui.placeholders import fill
from lazeo_desk.ui.plain_text import make_plain, plain_tooltip
from lazeo_desk.ui.sentences import sentence_text
from lazeo_desk.ui.translation import QT_TRANSLATE_NOOP

GROUP_TITLES: dict[DueGroup, str] = {
    DueGroup.OVERDUE: QT_TRANSLATE_NOOP("DueSummaryPanel", "Overdue"),
    DueGroup.DUE_TODAY: QT_TRANSLATE_NOOP("DueSummaryPanel", "Due today"),
    DueGroup.DUE_SOON: QT_TRANSLATE_NOOP("DueSummaryPanel", "Due within 7 days"),
}
_GROUP_COLOURS = {DueGroup.OVERDUE: "#C62828", DueGroup.DUE_TODAY: "#8A4B00", DueGroup.DUE_SOON: "#6B4500"}
# "More" shows the rest through the summary strip's filter that holds them.
_GROUP_FILTERS = {
    DueGroup.OVERDUE: QuickFilter.OVERDUE,
    DueGroup.DUE_TODAY: QuickFilter.DUE_THIS_WEEK,
    DueGroup.DUE_SOON: QuickFilter.DUE_THIS_WEEK,
}
_STYLE = """
QFrame#dueSummary { background: #FFF8E8; border: 1px solid #EBD9AE; border-radius: 6px; }
QPushButton[dueCase="true"] {
    background: #FFFFFF; border: 1px solid #E0CFA5; border-radius: 4px; padding: 2px 8px; color: #1F2933;
}
QPushButton[dueCase="true"]:hover { background: #FFF1CC; }
QPushButton[flat="true"] { border: none; color: #0B4F8A; padding: 2px 6px; }
"""


class DueSummaryPanel(QFrame):
    """Shown at start and each new day while something is due this week; "Hide until tomorrow" puts it away.

    Signals: ``caseChosen(str)`` with a case reference; ``filterChosen(object)`` with the :class:`QuickFilter`
    listing a whole group.
    """

    caseChosen = Signal(str)
    filterChosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dueSummary")
        self.setStyleSheet(_STYLE)
        self._summary: DueSummary | None = None
        self._hidden_on: date | None = None
        self.title = QLabel(self)
        make_plain(self.title)
        self.title.setStyleSheet("font-weight: 600; color: #5C3B00;")
        self.hide_button = QPushButton(self.tr("Hide until tomorrow"), self)
        self.hide_button.setProperty("flat", True)
        self.hide_button.setFlat(True)
        self.hide_button.clicked.connect(self.dismiss)
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addStretch(1)
        heading.addWidget(self.hide_button)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(8)
        self._grid.setVerticalSpacing(4)
        layout = QGridLayout(self)
        layout.setContentsMargins(12, 6, 8, 8)
        layout.addLayout(heading, 0, 0)
        layout.addLayout(self._grid, 1, 0)
        self.case_buttons: dict[str, QPushButton] = {}
        self.more_buttons: dict[DueGroup, QPushButton] = {}
        self.hide()

    @property
    def summary(self) -> DueSummary | None:
        return self._summary

    def show_summary(self, summary: DueSummary) -> None:
        """Show ``summary`` unless nothing is due this week or the DPO hid the panel today."""
        self._summary = summary
        self._clear()
        if summary.empty or self._hidden_on == summary.today:
            self.hide()
            return
        self.title.setText(fill(self.tr("This week — %1"), format_date(summary.today, weekday=True)))
        row = 0
        for group in DueGroup:
            total = summary.totals[group]
            if not total:
                continue
            label = QLabel(fill(self.tr("%1 (%2)"), self.tr(GROUP_TITLES[group]), str(total)))
            make_plain(label)
            label.setStyleSheet(f"font-weight: 600; color: {_GROUP_COLOURS[group]};")
            self._grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            line = QHBoxLayout()
            line.setSpacing(6)
            for case in summary.cases[group]:
                line.addWidget(self._case_button(case))
            if total > len(summary.cases[group]):
                more = QPushButton(fill(self.tr("%1 more…"), str(total - len(summary.cases[group]))))
                more.setProperty("flat", True)
                more.setFlat(True)
                more.clicked.connect(lambda _checked=False, g=group: self.filterChosen.emit(_GROUP_FILTERS[g]))
                self.more_buttons[group] = more
                line.addWidget(more)
            line.addStretch(1)
            self._grid.addLayout(line, row, 1)
            row += 1
        self._grid.setColumnStretch(1, 1)
        self.show()

    def _case_button(self, case: DueCase) -> QPushButton:
        button = QPushButton(f"{case.reference} · {format_day_month(case.due)}")
        button.setProperty("dueCase", True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        tip = case.subject_name
        if case.next_step is not None:
            tip += "\n" + sentence_text(case.next_step)
        button.setToolTip(plain_tooltip(tip))
        button.clicked.connect(lambda _checked=False, r=case.reference: self.caseChosen.emit(r))
        self.case_buttons[case.reference] = button
        return button

    def _clear(self) -> None:
        self.case_buttons.clear()
        self.more_buttons.clear()
        while self._grid.count():
            item = self._grid.takeAt(0)
            self._discard(item)

    def _discard(self, item: QLayoutItem | None) -> None:
        if item is None:
            return
        widget = item.widget()
        if widget is not None:
            widget.deleteLater()
            return
        inner = item.layout()
        if inner is not None:
            while inner.count():
                self._discard(inner.takeAt(0))
            inner.deleteLater()

    def dismiss(self) -> None:
        """Hide the panel until the next day's summary."""
        if self._summary is not None:
            self._hidden_on = self._summary.today
        self.hide()
