"""The criteria a click in the reports added to the register's filter that the filter bar has no field for (how
the cases were handled, their channel, their days to answer), shown as one removable chip above the register."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from lazeo_desk.domain.case import Channel
from lazeo_desk.store.register import CaseFilter, Handling
from lazeo_desk.ui import labels
from lazeo_desk.ui.placeholders import fill
from lazeo_desk.ui.plain_text import make_plain
from lazeo_desk.ui.translation import QT_TRANSLATE_NOOP, translate

_CONTEXT = "ReportChip"
HANDLING = {
    Handling.ANSWERED: QT_TRANSLATE_NOOP("ReportChip", "answered"),
    Handling.ANSWERED_ON_TIME: QT_TRANSLATE_NOOP("ReportChip", "answered on time"),
    Handling.ANSWERED_LATE: QT_TRANSLATE_NOOP("ReportChip", "answered late"),
    Handling.OPEN_PAST_DUE: QT_TRANSLATE_NOOP("ReportChip", "open past due"),
    Handling.EXTENDED: QT_TRANSLATE_NOOP("ReportChip", "extended"),
    Handling.REFUSED: QT_TRANSLATE_NOOP("ReportChip", "a right refused"),
    Handling.ERASURE_PARTLY_REFUSED: QT_TRANSLATE_NOOP("ReportChip", "erasure partly refused"),
    Handling.IDENTITY_NOT_ESTABLISHED: QT_TRANSLATE_NOOP("ReportChip", "identity not established"),
}


@dataclass(frozen=True)
class ReportCriteria:
    channel: Channel | None = None
    handling: Handling | None = None
    days_from: int | None = None
    days_to: int | None = None

    @classmethod
    def of(cls, case_filter: CaseFilter) -> ReportCriteria:
        return cls(case_filter.channel, case_filter.handling, case_filter.days_to_answer_from,
                   case_filter.days_to_answer_to)


class ReportChip(QFrame):
    """Hidden while empty. Signal ``removed()`` when its ✕ is pressed (the criteria are then gone)."""

    removed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportChip")
        self.criteria = ReportCriteria()
        self.label = QLabel(self)
        make_plain(self.label)
        self.remove_button = QToolButton(self)
        self.remove_button.setText("✕")
        self.remove_button.setAutoRaise(True)
        self.remove_button.setToolTip(self.tr("Remove this filter"))
        self.remove_button.setAccessibleName(self.tr("Remove this filter"))
        self.remove_button.clicked.connect(self._remove)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 2, 2)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addWidget(self.remove_button)
        self.setStyleSheet(
            "QFrame#reportChip { background: palette(alternate-base); border: 1px solid palette(mid);"
            " border-radius: 4px; }"
        )
        self.hide()

    def set_criteria(self, case_filter: CaseFilter) -> None:
        """Keep the criteria of ``case_filter`` that only the reports give (and show them, or hide when none)."""
        self.criteria = ReportCriteria.of(case_filter)
        parts: list[str] = []
        if self.criteria.handling is not None:
            parts.append(translate(_CONTEXT, HANDLING[self.criteria.handling]))
        if self.criteria.channel is not None:
            parts.append(labels.channel_label(self.criteria.channel))
        days_from, days_to = self.criteria.days_from, self.criteria.days_to
        if days_from is not None and days_to is not None:
            parts.append(fill(self.tr("answered in %1 to %2 days"), str(days_from), str(days_to)))
        elif days_from is not None:
            parts.append(fill(self.tr("answered in %1 days or more"), str(days_from)))
        elif days_to is not None:
            parts.append(fill(self.tr("answered in %1 days or fewer"), str(days_to)))
        self.label.setText(fill(self.tr("Filtered from the reports: %1"), " · ".join(parts)))
        self.setVisible(bool(parts))

    def apply(self, case_filter: CaseFilter) -> CaseFilter:
        """``case_filter`` narrowed by the chip's criteria."""
        c = self.criteria
        return replace(case_filter, channel=c.channel, handling=c.handling, days_to_answer_from=c.days_from,
                       days_to_answer_to=c.days_to)

    def clear(self) -> None:
        self.set_criteria(CaseFilter())

    def _remove(self) -> None:
        self.clear()
        self.removed.emit()
