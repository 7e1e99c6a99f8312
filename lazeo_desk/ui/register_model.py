"""The case register as a Qt table model: pages read from the database on demand, sorted and filtered by SQL."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from lazeo_desk.domain.deadlines import Countdown, CountdownState
from lazeo_desk.domain.next_step import NextAction, NextStep
from lazeo_desk.domain.status import Status
from lazeo_desk.services.next_steps import step_of_row
from lazeo_desk.services.register import RegisterService
from lazeo_desk.store.database import StoreError
from lazeo_desk.store.register import CaseFilter, RegisterRow, SortKey
from lazeo_desk.ui import labels
from lazeo_desk.ui.badges import COUNTDOWN_STYLES, MUTED
from lazeo_desk.ui.countdown_text import countdown_text
from lazeo_desk.ui.dates import format_date
from lazeo_desk.ui.flags import flag_icon
from lazeo_desk.ui.placeholders import fill
from lazeo_desk.ui.plain_text import plain_tooltip
from lazeo_desk.ui.sentences import error_text, sentence_text
from lazeo_desk.ui.translation import QT_TRANSLATE_NOOP

ModelIndex = QModelIndex | QPersistentModelIndex

# What matters most comes first, so that it stays in sight when the case pane narrows the list.
COL_REFERENCE = 0
COL_SUBJECT = 1
COL_STATUS = 2
COL_COUNTDOWN = 3
COL_DUE = 4
COL_RIGHTS = 5
COL_JURISDICTION = 6
COL_CHANNEL = 7
COL_RECEIVED = 8
COL_NEXT_STEP = 9
# Last, so that the columns a DPO arranged before cases had holders keep their places.
COL_ASSIGNEE = 10

HEADERS = (
    QT_TRANSLATE_NOOP("RegisterModel", "Reference"),
    QT_TRANSLATE_NOOP("RegisterModel", "Data subject"),
    QT_TRANSLATE_NOOP("RegisterModel", "Status"),
    QT_TRANSLATE_NOOP("RegisterModel", "Countdown"),
    QT_TRANSLATE_NOOP("RegisterModel", "Due"),
    QT_TRANSLATE_NOOP("RegisterModel", "Rights"),
    QT_TRANSLATE_NOOP("RegisterModel", "Country"),
    QT_TRANSLATE_NOOP("RegisterModel", "Channel"),
    QT_TRANSLATE_NOOP("RegisterModel", "Received"),
    QT_TRANSLATE_NOOP("RegisterModel", "Next step"),
    QT_TRANSLATE_NOOP("RegisterModel", "Assigned to"),
)

# Each column sorts on indexed columns in SQL; the countdown column sorts by urgency, the default order.
SORT_KEYS = (
    SortKey.REFERENCE,
    SortKey.SUBJECT,
    SortKey.STATUS,
    SortKey.URGENCY,
    SortKey.DUE,
    SortKey.RIGHTS,
    SortKey.JURISDICTION,
    SortKey.CHANNEL,
    SortKey.RECEIVED,
    # The next step follows from the clock, so it sorts as the countdown does.
    SortKey.URGENCY,
    SortKey.ASSIGNEE,
)

CountdownRole = Qt.ItemDataRole.UserRole + 1
StatusRole = Qt.ItemDataRole.UserRole + 2
RowRole = Qt.ItemDataRole.UserRole + 3
ReferenceRole = Qt.ItemDataRole.UserRole + 4

# What a tall screen shows, and more: every row of the first page is built before the list is painted, so a search
# listing a full page costs about a third less than with 200 rows (bench_search.py); scrolling reads the next page.
PAGE_SIZE = 64

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_MUTED = QColor(MUTED)
_OVERDUE = QColor("#C62828")
_DUE_SOON = QColor(COUNTDOWN_STYLES[CountdownState.DUE_SOON].foreground)


class RegisterModel(QAbstractTableModel):
    """One row per case, read a page at a time.

    Only the pages the view has asked for are held (``canFetchMore``/``fetchMore``); a new filter, sort or day
    starts again from the first page. Signals: ``reloaded`` after the rows were replaced, ``failed(str)`` when the
    database could not be read (the message is for the user).
    """

    reloaded = Signal()
    failed = Signal(str)

    def __init__(
        self,
        service: RegisterService,
        *,
        page_size: int = PAGE_SIZE,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._page_size = page_size
        self._filter = CaseFilter()
        self._sort = SortKey.URGENCY
        self._descending = False
        self._today = service.today()
        self._rows: list[RegisterRow] = []
        self._has_more = False
        self._countdowns: dict[int, Countdown] = {}
        self._steps: dict[int, NextStep | None] = {}
        self._cell_cache: dict[int, tuple[tuple[str, ...], tuple[QColor | None, ...]]] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    # what is shown ---------------------------------------------------------------------------------------
    @property
    def case_filter(self) -> CaseFilter:
        return self._filter

    @property
    def today(self) -> date:
        return self._today

    @property
    def sort_key(self) -> SortKey:
        return self._sort

    @property
    def descending(self) -> bool:
        return self._descending

    @property
    def page_size(self) -> int:
        return self._page_size

    def set_filter(self, case_filter: CaseFilter) -> None:
        if case_filter != self._filter:
            self._filter = case_filter
            self.reload()

    def set_today(self, today: date) -> None:
        """A new day: countdowns and the date-based filters change, so the rows are read again."""
        if today != self._today:
            self._today = today
            self.refresh()

    def row_at(self, row: int) -> RegisterRow:
        return self._rows[row]

    def reference_at(self, row: int) -> str:
        return self._rows[row].reference

    def row_of(self, reference: str) -> int | None:
        """The row of ``reference`` among the rows read so far."""
        for position, item in enumerate(self._rows):
            if item.reference == reference:
                return position
        return None

    def countdown_at(self, row: int) -> Countdown:
        found = self._countdowns.get(row)
        if found is None:
            found = self._service.countdown(self._rows[row], self._today)
            self._countdowns[row] = found
        return found

    def next_step_at(self, row: int) -> NextStep | None:
        if row not in self._steps:
            self._steps[row] = step_of_row(self._rows[row], self._service.rules(), self._today)
        return self._steps[row]

    def _forget_cells(self) -> None:
        self._countdowns.clear()
        self._steps.clear()
        self._cell_cache.clear()

    # reading ------------------------------------------------------------------------------------------------
    def _read(self, offset: int, limit: int) -> list[RegisterRow] | None:
        try:
            return self._service.page(
                self._filter, self._today, sort=self._sort, descending=self._descending, offset=offset, limit=limit
            )
        except StoreError as error:
            self.failed.emit(error_text(error))
            return None

    def reload(self) -> None:
        """Start again from the first page."""
        rows = self._read(0, self._page_size) or []
        self.beginResetModel()
        self._rows = rows
        self._forget_cells()
        self._has_more = len(rows) == self._page_size
        self.endResetModel()
        self.reloaded.emit()

    def refresh(self) -> None:
        """Read again the rows already shown (after an edit), in place when the order did not change."""
        wanted = max(self._page_size, -(-len(self._rows) // self._page_size) * self._page_size)
        rows = self._read(0, wanted)
        if rows is None:
            return
        if [r.reference for r in rows] == [r.reference for r in self._rows]:
            self._rows = rows
            self._forget_cells()
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(HEADERS) - 1))
        else:
            self.beginResetModel()
            self._rows = rows
            self._forget_cells()
            self.endResetModel()
        self._has_more = len(rows) == wanted
        self.reloaded.emit()

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008  (Qt's signature)
        return not parent.isValid() and self._has_more

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008  (Qt's signature)
        if parent.isValid() or not self._has_more:
            return
        rows = self._read(len(self._rows), self._page_size)
        if not rows:
            self._has_more = False
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()
        self._has_more = len(rows) == self._page_size

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(SORT_KEYS):
            return
        key = SORT_KEYS[column]
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self._sort, self._descending):
            self._sort, self._descending = key, descending
            self.reload()

    # the table ----------------------------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008  (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008  (Qt's signature)
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("RegisterModel", HEADERS[section])
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks for several roles of every visible cell at each paint: the common ones come first and
        # read from a per-row cache.
        position = index.row()
        if not index.isValid() or position >= len(self._rows):
            return None
        column = index.column()
        if role == _DISPLAY:
            return self._cells(position)[0][column]
        if role == _FOREGROUND:
            return self._cells(position)[1][column]
        if role == _DECORATION:
            return flag_icon(self._rows[position].jurisdiction) if column == COL_JURISDICTION else None
        if role == _FONT:
            return self._bold if column == COL_REFERENCE and self._rows[position].status.is_open else None
        if role == CountdownRole:
            return self.countdown_at(position)
        if role == StatusRole:
            # The key, not the enum: Qt would turn a str subclass into a plain string anyway.
            return self._rows[position].status.value
        if role == _TOOLTIP:
            tip = self._tooltip(position, self._rows[position], column)
            return plain_tooltip(tip) if tip else tip
        if role == RowRole:
            return self._rows[position]
        if role == ReferenceRole:
            return self._rows[position].reference
        return None

    def _cells(self, position: int) -> tuple[tuple[str, ...], tuple[QColor | None, ...]]:
        cached = self._cell_cache.get(position)
        if cached is None:
            row = self._rows[position]
            texts = tuple(self._display(position, row, column) for column in range(len(HEADERS)))
            colours = tuple(self._foreground(position, row, column) for column in range(len(HEADERS)))
            cached = (texts, colours)
            self._cell_cache[position] = cached
        return cached

    def _display(self, position: int, row: RegisterRow, column: int) -> str:
        if column == COL_REFERENCE:
            return row.reference
        if column == COL_SUBJECT:
            if row.requester_name:
                return fill(self.tr("%1 (via %2)"), row.subject_name, row.requester_name)
            return row.subject_name
        if column == COL_RIGHTS:
            return ", ".join(labels.right_short_label(r) for r in row.rights)
        if column == COL_JURISDICTION:
            return row.jurisdiction.value
        if column == COL_CHANNEL:
            return labels.channel_label(row.channel)
        if column == COL_RECEIVED:
            return format_date(row.received)
        if column == COL_STATUS:
            return labels.status_label(row.status)
        if column == COL_DUE:
            return self._due_text(row)
        if column == COL_COUNTDOWN:
            return countdown_text(self.countdown_at(position), answered=row.answered)
        if column == COL_NEXT_STEP:
            step = self.next_step_at(position)
            return sentence_text(step.said()) if step is not None else ""
        if column == COL_ASSIGNEE:
            return row.assignee
        return ""

    def _due_text(self, row: RegisterRow) -> str:
        """The date that binds: the strict date while the clock is paused; an extended date says so."""
        if row.status is Status.AWAITING_REQUESTER and row.strict_due_date is not None:
            return fill(self.tr("%1 (strict)"), format_date(row.strict_due_date))
        if row.due_date is None:
            return "—"
        if row.extended and row.status.is_open:
            return fill(self.tr("%1 (extended)"), format_date(row.due_date))
        return format_date(row.due_date)

    def _tooltip(self, position: int, row: RegisterRow, column: int) -> str | None:
        if column == COL_RIGHTS:
            return "\n".join(
                f"{labels.right_label(r)} ({labels.right_article(r)})" for r in row.rights
            )
        if column == COL_JURISDICTION:
            text = labels.jurisdiction_label(row.jurisdiction)
            return f"{text} — {row.centre}" if row.centre else text
        if column == COL_DUE:
            if row.due_date is None and row.status is Status.AWAITING_REQUESTER:
                return fill(
                    self.tr("The clock is paused until the requester answers; strict date: %1"),
                    format_date(row.strict_due_date),
                )
            if row.strict_due_date is not None and row.strict_due_date != row.due_date:
                return fill(self.tr("Strict date counted from first receipt: %1"), format_date(row.strict_due_date))
        if column == COL_COUNTDOWN:
            state = self.countdown_at(position)
            if state.due is not None:
                return fill(self.tr("Governing due date: %1"), format_date(state.due, weekday=True))
        if column == COL_NEXT_STEP:
            step = self.next_step_at(position)
            return sentence_text(step.said()) if step is not None else None
        if column == COL_SUBJECT and row.requester_name:
            return fill(self.tr("Data subject: %1\nAsked by: %2"), row.subject_name, row.requester_name)
        return None

    def _foreground(self, position: int, row: RegisterRow, column: int) -> QColor | None:
        if not row.status.is_open:
            return _MUTED
        if column == COL_NEXT_STEP:
            step = self.next_step_at(position)
            return _OVERDUE if step is not None and step.action is NextAction.ANSWER_OVERDUE else None
        if column == COL_DUE:
            state = self.countdown_at(position).state
            if state is CountdownState.OVERDUE:
                return _OVERDUE
            if state in (CountdownState.DUE_TODAY, CountdownState.DUE_SOON):
                return _DUE_SOON
        return None
