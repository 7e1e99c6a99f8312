"""The week at a glance above the register: shown at start and each day, each case a click away."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.services.due_summary import DueGroup
from lazeo_desk.store.register import QuickFilter
from lazeo_desk.ui.main_window import MainWindow

Store = Callable[..., str]
WindowFactory = Callable[..., MainWindow]


def _summary_read(qtbot: QtBot, window: MainWindow, today: date) -> None:
    qtbot.waitUntil(lambda: window.due_panel.summary is not None and window.due_panel.summary.today == today)


def test_at_start_the_panel_names_what_is_overdue_and_due_this_week(
    qtbot: QtBot, open_window: WindowFactory, stored: Store
) -> None:
    late = stored(name="Late", received=date(2026, 1, 12))  # BE, due 12 Feb
    soon = stored(name="Soon", received=date(2026, 2, 13))  # due 13 Mar
    stored(name="Later", received=date(2026, 3, 9))
    window = open_window()
    _summary_read(qtbot, window, date(2026, 3, 10))
    panel = window.due_panel
    assert panel.isVisible()
    assert panel.title.text() == "This week — Tue 10 Mar 2026"
    assert list(panel.case_buttons) == [late, soon]
    assert panel.case_buttons[late].text() == f"{late} · 12 Feb"
    assert panel.case_buttons[late].toolTip() == "Late\nOverdue since 13 Feb 2026: answer now"


def test_clicking_a_case_opens_it(qtbot: QtBot, open_window: WindowFactory, stored: Store) -> None:
    late = stored(name="Late", received=date(2026, 1, 12))
    window = open_window()
    _summary_read(qtbot, window, date(2026, 3, 10))
    qtbot.mouseClick(window.due_panel.case_buttons[late], Qt.MouseButton.LeftButton)
    assert window.detail is not None and window.detail.reference == late


def test_more_cases_than_shown_are_listed_by_the_register_filter(
    qtbot: QtBot, open_window: WindowFactory, stored: Store
) -> None:
    for n in range(7):
        stored(name=f"Late {n}", received=date(2026, 1, 5 + n))
    window = open_window()
    _summary_read(qtbot, window, date(2026, 3, 10))
    more = window.due_panel.more_buttons[DueGroup.OVERDUE]
    assert more.text() == "2 more…"
    qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
    assert window.model.case_filter.quick is QuickFilter.OVERDUE
    assert window.model.rowCount() == 7


def test_hidden_until_tomorrow_it_comes_back_the_next_morning(
    qtbot: QtBot, open_window: WindowFactory, stored: Store, clock: FixedClock
) -> None:
    stored(name="Late", received=date(2026, 1, 12))
    window = open_window()
    _summary_read(qtbot, window, date(2026, 3, 10))
    qtbot.mouseClick(window.due_panel.hide_button, Qt.MouseButton.LeftButton)
    assert not window.due_panel.isVisible()
    window.refresh()
    qtbot.waitUntil(window.background_idle)
    assert not window.due_panel.isVisible()
    clock.set(datetime(2026, 3, 11, 8, tzinfo=ZoneInfo("Europe/Paris")))
    assert window.check_day()
    _summary_read(qtbot, window, date(2026, 3, 11))
    assert window.due_panel.isVisible()


def test_a_quiet_week_shows_no_panel(qtbot: QtBot, open_window: WindowFactory, stored: Store) -> None:
    stored(name="Later", received=date(2026, 3, 9))
    window = open_window()
    _summary_read(qtbot, window, date(2026, 3, 10))
    assert not window.due_panel.isVisible()
