"""The register's columns: a header menu to hide and show them, and columns that give way when the list narrows.

On a laptop screen with a case open the list is about 600 pixels wide. The columns the DPO works from — the
reference, the person, the countdown and the due date — must stay in sight there; the others give way, least
useful first, and come back when the list widens again. What the DPO hid from the menu stays hidden either way.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import shiboken6
from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, Qt
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView

from lazeo_desk.ui.register_model import (
    COL_ASSIGNEE,
    COL_CHANNEL,
    COL_COUNTDOWN,
    COL_DUE,
    COL_JURISDICTION,
    COL_NEXT_STEP,
    COL_RECEIVED,
    COL_REFERENCE,
    COL_RIGHTS,
    COL_STATUS,
    COL_SUBJECT,
)

# Most useful first. The first KEPT always stay (unless hidden from the menu); the rest give way from the end.
PRIORITY = (
    COL_REFERENCE,
    COL_SUBJECT,
    COL_COUNTDOWN,
    COL_DUE,
    COL_NEXT_STEP,
    COL_STATUS,
    # On a team, who holds a case is what a colleague looks for after what is due.
    COL_ASSIGNEE,
    COL_RIGHTS,
    COL_RECEIVED,
    COL_JURISDICTION,
    COL_CHANNEL,
)
KEPT = 4
# How narrow the person and the countdown may become (elided, the whole text in the tooltip) before the list
# scrolls sideways.
NARROWEST = {COL_SUBJECT: 120, COL_COUNTDOWN: 150}


def columns_that_give_way(
    available: int, widths: Mapping[int, int], chosen_hidden: Iterable[int], priority: Sequence[int] = PRIORITY
) -> set[int]:
    """The columns to hide so that the others fit in ``available`` pixels, taken by ``priority``.

    The first ``KEPT`` columns never give way; after them, each column in turn is shown if it still fits, so
    that a wide column that does not fit leaves its room to narrower, less useful ones. Columns in
    ``chosen_hidden`` are the DPO's choice: neither shown nor counted.
    """
    hidden = set(chosen_hidden)
    used = 0
    result: set[int] = set()
    for position, column in enumerate(c for c in priority if c not in hidden):
        width = widths[column]
        if position >= KEPT and used + width > available:
            result.add(column)
            continue
        used += width
    return result


def narrowed_widths(available: int, widths: Mapping[int, int], shown: Iterable[int]) -> dict[int, int]:
    """New widths for the elastic columns when the ``shown`` ones overflow ``available``; empty when they fit.

    The person and the countdown give up the missing pixels in proportion to what they can spare, never below
    :data:`NARROWEST`.
    """
    shown = list(shown)
    missing = sum(widths[c] for c in shown) - available
    elastic = [c for c in shown if c in NARROWEST]
    if missing <= 0 or not elastic:
        return {}
    spare = {c: max(0, widths[c] - NARROWEST[c]) for c in elastic}
    total_spare = sum(spare.values())
    if total_spare == 0:
        return {}
    cut = min(missing, total_spare)
    return {c: widths[c] - round(cut * spare[c] / total_spare) for c in elastic}


class ColumnFitter(QObject):
    """Hides and narrows the register's columns as the list's width changes (see the module's docstring).

    ``chosen_hidden`` is what the DPO hid from the header menu. :meth:`header_state` is the header as the DPO set
    it — what is kept between sessions — without what gave way to a narrow window.
    """

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        header = view.horizontalHeader()
        self.chosen_hidden = {c for c in range(header.count()) if header.isSectionHidden(c)}
        self.given_way: set[int] = set()
        self.set_widths: dict[int, int] = {}  # the DPO's width of each column narrowed here
        # The viewport, not the view: it is resized once the scroll bars are placed, so its width is the list's.
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt's name)
        # The viewport outlives the view for a moment when the window is destroyed.
        if watched is self._viewport and event.type() == QEvent.Type.Resize and shiboken6.isValid(self.view):
            self.fit()
        return False

    def available(self) -> int:
        return self.view.viewport().width()

    def fit(self) -> None:
        header = self.view.horizontalHeader()
        if header.count() == 0:
            return
        self._undo()
        widths = {c: header.sectionSize(c) for c in range(header.count())}
        available = self.available()
        self.given_way = columns_that_give_way(available, widths, self.chosen_hidden)
        for column in self.given_way:
            header.setSectionHidden(column, True)
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        for column, width in narrowed_widths(available, widths, shown).items():
            self.set_widths[column] = widths[column]
            header.resizeSection(column, width)

    def _undo(self) -> None:
        header = self.view.horizontalHeader()
        for column in self.given_way:
            header.setSectionHidden(column, False)
        for column, width in self.set_widths.items():
            header.resizeSection(column, width)
        self.given_way = set()
        self.set_widths = {}

    def kept_width(self) -> int:
        """The width of the columns that never give way, at the DPO's widths."""
        header = self.view.horizontalHeader()
        kept = [c for c in PRIORITY if c not in self.chosen_hidden][:KEPT]
        return sum(self.set_widths.get(c, header.sectionSize(c)) for c in kept)

    def header_state(self) -> QByteArray:
        """The header's state with every column as the DPO set it (nothing given way, nothing narrowed)."""
        self._undo()
        state = self.view.horizontalHeader().saveState()
        self.fit()
        return state

    def restore_header_state(self, state: QByteArray) -> None:
        """Restore a state from :meth:`header_state`, then fit it to the list's width."""
        self._undo()
        header = self.view.horizontalHeader()
        header.restoreState(state)
        self.chosen_hidden = {c for c in range(header.count()) if header.isSectionHidden(c)}
        self.fit()

    def choose(self, column: int, shown: bool) -> None:
        """The DPO shows or hides ``column`` from the header menu."""
        if shown:
            self.chosen_hidden.discard(column)
        else:
            self.chosen_hidden.add(column)
        self._undo()
        self.view.horizontalHeader().setSectionHidden(column, not shown)
        self.fit()


def column_menu(view: QTableView, fitter: ColumnFitter | None = None) -> QMenu:
    """A menu with one checkable entry per column of ``view``; the first column (the reference) always stays.

    An entry is checked when the DPO wants the column, even while it gives way to a narrow list.
    """
    header = view.horizontalHeader()
    model = view.model()
    menu = QMenu(header)
    for column in range(1, model.columnCount()):
        title = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        action = menu.addAction(str(title))
        action.setCheckable(True)
        if fitter is None:
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda shown, c=column: header.setSectionHidden(c, not shown))
        else:
            action.setChecked(column not in fitter.chosen_hidden)
            action.toggled.connect(lambda shown, c=column: fitter.choose(c, shown))
    return menu


def install_column_menu(view: QTableView, fitter: ColumnFitter | None = None) -> None:
    """Right-clicking the header offers :func:`column_menu`; hidden columns are kept with the header's state."""
    header: QHeaderView = view.horizontalHeader()
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show_menu(position: QPoint) -> None:
        menu = column_menu(view, fitter)
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(header.mapToGlobal(position))

    header.customContextMenuRequested.connect(show_menu)
