"""A case's timeline as a read-only table model, newest event first."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from lazeo_desk.domain.case import TimelineEvent
from lazeo_desk.domain.timeline_lines import readable_lines
from lazeo_desk.ui.dates import format_moment
from lazeo_desk.ui.labels import event_kind_label
from lazeo_desk.ui.plain_text import plain_tooltip
from lazeo_desk.ui.rows_model import RowsModel
from lazeo_desk.ui.sentences import sentence_text
from lazeo_desk.ui.translation import QT_TRANSLATE_NOOP

COL_WHEN = 0
COL_WHO = 1
COL_WHAT = 2
COL_TEXT = 3

HEADERS = (
    QT_TRANSLATE_NOOP("TimelineModel", "When"),
    QT_TRANSLATE_NOOP("TimelineModel", "Who"),
    QT_TRANSLATE_NOOP("TimelineModel", "Event"),
    QT_TRANSLATE_NOOP("TimelineModel", "Details"),
)


class TimelineModel(RowsModel[TimelineEvent]):
    """The events of one case; :meth:`set_events` replaces them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__("TimelineModel", HEADERS, parent)

    def set_events(self, events: Sequence[TimelineEvent]) -> None:
        # Stored in the order they happened (several may share a second): newest first is that order reversed.
        self.set_rows(list(reversed(events)))

    def event_at(self, row: int) -> TimelineEvent:
        return self.row_at(row)

    def row_data(self, event: TimelineEvent, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.row_data(event, column, Qt.ItemDataRole.DisplayRole)
            return plain_tooltip(text) if isinstance(text, str) else text
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_WHEN:
                return format_moment(event.at)
            if column == COL_WHO:
                return event.actor
            if column == COL_WHAT:
                return event_kind_label(event.kind)
            return "\n".join(
                sentence_text(line, long_dates=True)
                for line in readable_lines(event.kind, event.lines or (event.text,))
            )
        if role == Qt.ItemDataRole.ForegroundRole and column in (COL_WHEN, COL_WHO):
            return QColor("#5F6B76")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None
