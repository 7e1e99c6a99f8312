"""The main window: search, filters, summary counts, keyboard, the day changing, remembered layout."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lazeo_desk.domain.case import Jurisdiction
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.deadlines import CountdownState
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status
from lazeo_desk.services.cases import CaseService
from lazeo_desk.store.database import Database
from lazeo_desk.store.register import QuickFilter
from lazeo_desk.ui.main_window import MainWindow
from lazeo_desk.ui.new_case_dialog import NewCaseDialog
from lazeo_desk.ui.register_model import COL_COUNTDOWN, COL_RECEIVED, CountdownRole

Store = Callable[..., str]
WindowFactory = Callable[..., MainWindow]


def _references(window: MainWindow) -> list[str]:
    return [window.model.reference_at(row) for row in range(window.model.rowCount())]


def _type_search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.focus_search()
    qtbot.keyClicks(window.filters.search, text)
    qtbot.waitUntil(lambda: not window.filters.search_pending())


@pytest.fixture
def three_cases(stored: Store) -> dict[str, str]:
    return {
        "vercammen": stored(
            name="Ëlodie Vercammen", email="elodie.vercammen@example.be", patient_number="BE-204518",
            rights=(Right.ACCESS, Right.MEDICAL_RECORD),
        ),
        "obrien": stored(
            name="Anaïs O'Brien", jurisdiction=Jurisdiction.FR, centre="Paris 16e", received=date(2026, 1, 5),
            email="anais.obrien@example.fr", rights=(Right.ERASURE, Right.OBJECTION),
        ),
        "schmit": stored(
            name="Mike Schmit", jurisdiction=Jurisdiction.LU, centre="Luxembourg", received=date(2026, 3, 9),
            rights=(Right.PORTABILITY,),
        ),
    }


@pytest.mark.parametrize(
    ("typed", "who"),
    [("vercam", "vercammen"), ("elodie", "vercammen"), ("anais.obrien@", "obrien"), ("BE-2045", "vercammen"),
     ("o'brien", "obrien")],
)
def test_typing_in_the_search_box_finds_the_case(
    qtbot: QtBot, window: MainWindow, three_cases: dict[str, str], typed: str, who: str
) -> None:
    window.model.reload()
    assert window.model.rowCount() == 3
    _type_search(qtbot, window, typed)
    assert _references(window) == [three_cases[who]]


def test_a_reference_typed_in_the_search_box_finds_its_case(
    qtbot: QtBot, window: MainWindow, three_cases: dict[str, str]
) -> None:
    window.model.reload()
    _type_search(qtbot, window, three_cases["schmit"].lower())
    assert _references(window) == [three_cases["schmit"]]


def test_search_then_enter_opens_the_case(qtbot: QtBot, window: MainWindow, three_cases: dict[str, str]) -> None:
    window.model.reload()
    _type_search(qtbot, window, "Schmit")
    qtbot.keyClick(window.filters.search, Qt.Key.Key_Return)
    assert window.view.hasFocus() or QApplication.focusWidget() is window.view
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert window.detail is not None and window.detail.isVisible()
    assert window.detail.reference == three_cases["schmit"]


def test_the_status_bar_shows_the_database_and_the_count(
    qtbot: QtBot, window: MainWindow, db: Database, three_cases: dict[str, str]
) -> None:
    assert db.location in window.database_label.text()
    window.refresh()
    qtbot.waitUntil(lambda: window.count_label.text() == "3 cases")
    _type_search(qtbot, window, "Vercammen")
    qtbot.waitUntil(lambda: window.count_label.text() == "1 case matches")


def test_clicking_a_summary_count_filters_the_register(
    qtbot: QtBot, window: MainWindow, three_cases: dict[str, str], service: CaseService
) -> None:
    service.mark_awaiting_requester(three_cases["schmit"], items="proof of identity")
    window.refresh()
    qtbot.waitUntil(window.background_idle)
    overdue = window.summary.card(QuickFilter.OVERDUE)
    assert overdue.count == 1
    assert window.summary.card(QuickFilter.AWAITING_REQUESTER).count == 1
    assert window.summary.card(QuickFilter.OPEN).count == 3
    qtbot.mouseClick(overdue, Qt.MouseButton.LeftButton)
    assert _references(window) == [three_cases["obrien"]]
    qtbot.mouseClick(window.summary.card(QuickFilter.AWAITING_REQUESTER), Qt.MouseButton.LeftButton)
    assert not overdue.isChecked()
    assert _references(window) == [three_cases["schmit"]]
    qtbot.mouseClick(window.summary.card(QuickFilter.AWAITING_REQUESTER), Qt.MouseButton.LeftButton)
    assert len(_references(window)) == 3


def test_filters_narrow_the_register(qtbot: QtBot, window: MainWindow, three_cases: dict[str, str]) -> None:
    window.model.reload()
    qtbot.keyClicks(window.filters.jurisdiction, "F")
    assert _references(window) == [three_cases["obrien"]]
    window.clear_filters()
    assert len(_references(window)) == 3
    window.filters.right.select(Right.MEDICAL_RECORD)
    assert _references(window) == [three_cases["vercammen"]]
    window.clear_filters()
    qtbot.keyClicks(window.filters.received_from, "01/03/2026")
    assert set(_references(window)) == {three_cases["vercammen"], three_cases["schmit"]}
    qtbot.keyClicks(window.filters.received_to, "08/03/2026")
    assert _references(window) == [three_cases["vercammen"]]
    window.clear_filters()
    window.filters.status.setCurrentIndex(window.filters.status.findData(Status.CLOSED.value))
    assert _references(window) == []


def test_clicking_a_column_header_sorts_the_register(
    qtbot: QtBot, window: MainWindow, three_cases: dict[str, str]
) -> None:
    window.model.reload()
    header = window.view.horizontalHeader()
    window.resize(2400, 900)  # wide enough for every column: none gives way
    qtbot.waitUntil(lambda: not header.isSectionHidden(COL_RECEIVED))
    position = QPoint(header.sectionViewportPosition(COL_RECEIVED) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=position)
    received = [window.model.row_at(row).received for row in range(3)]
    ascending = header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert received == sorted(received, reverse=not ascending)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=position)
    assert [window.model.row_at(row).received for row in range(3)] == list(reversed(received))


def test_the_countdown_changes_state_when_the_day_changes(
    window: MainWindow, stored: Store, clock: FixedClock
) -> None:
    reference = stored(received=date(2026, 3, 5), rights=(Right.MEDICAL_RECORD,))  # due Friday 20 March 2026
    window.refresh()
    assert window.open_reference(reference)

    def state() -> CountdownState:
        row = window.model.row_of(reference)
        assert row is not None
        return window.model.index(row, COL_COUNTDOWN).data(CountdownRole).state

    assert state() is CountdownState.ON_TRACK
    assert not window.check_day()
    for day, expected, words in (
        (date(2026, 3, 16), CountdownState.DUE_SOON, "4 days left"),
        (date(2026, 3, 20), CountdownState.DUE_TODAY, "due today"),
        (date(2026, 3, 23), CountdownState.OVERDUE, "3 days overdue"),
    ):
        clock.set(datetime.combine(day, clock.now().timetz()))
        assert window.check_day()
        assert state() is expected
        assert window.detail is not None
        assert window.detail.countdown_badge.text().startswith(words)
        assert "23 Mar" in window.today_label.text() or day != date(2026, 3, 23)


def test_keyboard_shortcuts_reach_search_new_case_and_next_previous(
    qtbot: QtBot, window: MainWindow, three_cases: dict[str, str]
) -> None:
    window.refresh()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.filters.search.hasFocus()
    window.view.setFocus()
    window.view.selectRow(0)
    first = window.selected_reference()
    qtbot.keyClick(window.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert window.selected_reference() == window.model.reference_at(1) != first
    qtbot.keyClick(window.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert window.selected_reference() == first
    qtbot.keyClick(window.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, NewCaseDialog) and w.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].reject()


def test_next_case_follows_in_the_open_pane(window: MainWindow, three_cases: dict[str, str]) -> None:
    window.refresh()
    window.view.selectRow(0)
    assert window.open_current()
    assert window.detail is not None
    assert window.next_case()
    assert window.detail.reference == window.model.reference_at(1)
    assert window.previous_case()
    assert window.detail.reference == window.model.reference_at(0)
    assert not window.previous_case()


def test_window_geometry_and_columns_are_remembered(
    qtbot: QtBot, open_window: WindowFactory, ui_settings: QSettings
) -> None:
    first = open_window()
    # The offscreen test screen is 800x600: only a height inside it survives the restore unchanged.
    first.resize(1100, 520)
    first.view.horizontalHeader().resizeSection(COL_RECEIVED, 171)
    header = first.view.horizontalHeader()
    header.moveSection(header.visualIndex(COL_RECEIVED), 0)
    first.close()
    assert ui_settings.value("MainWindow/geometry") == first.saveGeometry()
    second = open_window()
    assert second.height() == 520
    # Wide enough for every column, so that none gives way to the window's width.
    second.resize(2400, 520)
    qtbot.waitUntil(lambda: not second.view.horizontalHeader().isSectionHidden(COL_RECEIVED))
    assert second.view.horizontalHeader().sectionSize(COL_RECEIVED) == 171
    assert second.view.horizontalHeader().visualIndex(COL_RECEIVED) == 0
    assert ui_settings.value("Register/header") is not None


def test_run_opens_the_register_on_sample_cases_in_demo_mode(
    qtbot: QtBot, db: Database, clock: FixedClock
) -> None:
    from PySide6.QtCore import QTimer

    from lazeo_desk.app import run
    from lazeo_desk.services.seeding import count_cases

    seen: list[MainWindow] = []

    def look_then_close() -> None:
        # Closing the last window ends the event loop, as it does for the DPO.
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen.extend(windows)
        for window in windows:
            window.close()

    QTimer.singleShot(0, look_then_close)
    QTimer.singleShot(10_000, lambda: None if seen else QApplication.quit())  # never hang the test run
    assert run(db, clock=clock, demo=True) == 0
    assert len(seen) == 1
    assert "demo data" in seen[0].windowTitle()
    assert count_cases(db) > 0
    assert seen[0].model.rowCount() > 0
    assert db.location in seen[0].database_label.text()
    seen[0].deleteLater()
