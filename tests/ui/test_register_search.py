"""The register's search in the window: a new search shows its first matches from the top, open cases first."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from lazeo_desk.domain.status import Status
from lazeo_desk.ui.main_window import MainWindow
from lazeo_desk.ui.register_model import COL_REFERENCE, COL_SUBJECT

Store = Callable[..., str]


def _type_search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.focus_search()
    window.filters.search.selectAll()
    qtbot.keyClicks(window.filters.search, text)
    qtbot.waitUntil(lambda: not window.filters.search_pending())


def _closed(store: Store, name: str, day: int) -> str:
    return store(
        name=name, received=date(2025, 1, day), status=Status.CLOSED, answered=date(2025, 2, day),
        closed=date(2025, 2, day),
    )


@pytest.fixture
def crowded(stored: Store) -> dict[str, list[str]]:
    """More cases than the register shows at once: closed Martins received first, then open ones and others."""
    closed = [_closed(stored, f"Martin Closed{n:02d}", n + 1) for n in range(6)]
    others = [stored(name=f"Other Person{n:02d}", received=date(2026, 3, 1)) for n in range(40)]
    open_ = [stored(name=f"Martin Open{n:02d}", received=date(2026, 3, 2 + n)) for n in range(3)]
    return {"closed": closed, "open": open_, "others": others}


def _rows(window: MainWindow) -> list[str]:
    return [window.model.reference_at(row) for row in range(window.model.rowCount())]


def test_a_new_search_shows_its_matches_from_the_top(
    qtbot: QtBot, crowded: dict[str, list[str]], window: MainWindow
) -> None:
    window.resize(900, 500)
    bar = window.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    # The DPO scrolled down the register and picked a case near the bottom.
    last = window.model.rowCount() - 1
    window.view.selectRow(last)
    window.view.scrollToBottom()
    assert bar.value() > 0
    _type_search(qtbot, window, "other person")
    assert window.model.rowCount() == len(crowded["others"])
    assert bar.value() == 0
    assert window.view.rowAt(0) == 0


def test_open_matches_are_listed_before_closed_ones_in_the_order_chosen(
    qtbot: QtBot, crowded: dict[str, list[str]], window: MainWindow
) -> None:
    # Sorted by the data subject's name: without the search "Martin Closed…" would come before "Martin Open…".
    window.view.sortByColumn(COL_SUBJECT, Qt.SortOrder.AscendingOrder)
    _type_search(qtbot, window, "martin")
    assert _rows(window) == crowded["open"] + crowded["closed"]
    window.view.sortByColumn(COL_REFERENCE, Qt.SortOrder.DescendingOrder)
    assert _rows(window) == crowded["open"][::-1] + crowded["closed"][::-1]
    assert window.view.verticalScrollBar().value() == 0


def test_without_a_search_the_order_chosen_is_the_only_order(
    qtbot: QtBot, crowded: dict[str, list[str]], window: MainWindow
) -> None:
    window.view.sortByColumn(COL_SUBJECT, Qt.SortOrder.AscendingOrder)
    martins = [r for r in _rows(window) if r in crowded["open"] + crowded["closed"]]
    assert martins == crowded["closed"] + crowded["open"]
