"""The window keeps the chosen calendar file current: when cases change and when the day changes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.services.calendar import kept_calendar_file
from lazeo_desk.services.cases import CaseService
from lazeo_desk.store.database import Database
from lazeo_desk.ui.main_window import MainWindow

Store = Callable[..., str]


def _starts(path: Path) -> dict[str, date]:
    events = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    return {str(event["summary"]).split(":")[0]: event.decoded("dtstart") for event in events}


def test_choosing_a_calendar_file_writes_it_and_keeps_it(
    qtbot: QtBot, window: MainWindow, stored: Store, db: Database, tmp_path: Path
) -> None:
    reference = stored(received=date(2026, 3, 5))
    path = tmp_path / "deadlines.ics"
    dialog = window.calendar.choose(window)
    assert isinstance(dialog, QFileDialog)
    with qtbot.waitSignal(window.calendar.written, timeout=5000) as written:
        dialog.fileSelected.emit(str(path))
        dialog.reject()
    assert written.args == [str(path), 1]
    assert kept_calendar_file(db) == path
    assert _starts(path) == {reference: date(2026, 4, 7)}


def test_a_case_added_or_a_new_day_rewrites_the_kept_file(
    qtbot: QtBot, window: MainWindow, stored: Store, service: CaseService, clock: FixedClock, tmp_path: Path
) -> None:
    path = tmp_path / "deadlines.ics"
    with qtbot.waitSignal(window.calendar.written, timeout=5000):
        window.calendar.keep(path)
    assert _starts(path) == {}
    first = stored(received=date(2026, 3, 5))
    with qtbot.waitSignal(window.calendar.written, timeout=5000):
        window.refresh()
        window.view.viewport().repaint()
    assert set(_starts(path)) == {first}
    before = path.read_bytes()
    clock.set(datetime(2026, 3, 11, 9, tzinfo=ZoneInfo("Europe/Paris")))
    with qtbot.waitSignal(window.calendar.written, timeout=5000):
        assert window.check_day()
        window.view.viewport().repaint()
    # Same events, a new stamp: the file was written again on the new day.
    assert set(_starts(path)) == {first} and path.read_bytes() != before


def test_a_calendar_file_that_cannot_be_written_is_said_in_the_status_bar(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    with qtbot.waitSignal(window.calendar.failed, timeout=5000) as failed:
        window.calendar.keep(tmp_path / "no-such-folder" / "deadlines.ics")
    assert failed.args[0].startswith("The calendar file could not be written: ")
    assert window.statusBar().currentMessage() == failed.args[0]


def test_stopping_leaves_the_file_as_it_is_and_no_longer_rewrites_it(
    qtbot: QtBot, window: MainWindow, stored: Store, db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "deadlines.ics"
    with qtbot.waitSignal(window.calendar.written, timeout=5000):
        window.calendar.keep(path)
    with qtbot.waitSignal(window.calendar.stopped, timeout=5000):
        window.stop_calendar_action.trigger()
    assert kept_calendar_file(db) is None
    assert window.statusBar().currentMessage() == "The calendar file is no longer refreshed."
    before = path.read_bytes()
    stored(received=date(2026, 3, 5))
    window.refresh()
    window.view.viewport().repaint()
    qtbot.waitUntil(window.background_idle)
    assert path.read_bytes() == before
