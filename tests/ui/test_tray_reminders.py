"""The notification area reminds the DPO of what is overdue or due soon: references and dates only, once a day
each, with the lead time a preference of the workstation."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QIcon
from pytestqt.qtbot import QtBot

from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.rights import Right
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.register import RegisterService
from lazeo_desk.services.reminders import Reminder, reminder
from lazeo_desk.services.settings import SettingsService
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store.database import Database
from lazeo_desk.store.register import QuickFilter
from lazeo_desk.ui.main_window import MainWindow
from lazeo_desk.ui.settings_dialog import SettingsDialog
from lazeo_desk.ui.settings_language import stored_reminder_days
from lazeo_desk.ui.tray_reminders import TrayReminders

Store = Callable[..., str]


@pytest.fixture
def settings_dialog(
    qtbot: QtBot, db: Database, clock: FixedClock, ui_settings: QSettings, tmp_path: Path
) -> Callable[[], SettingsDialog]:
    def build() -> SettingsDialog:
        service = SettingsService(Workplace(db, clock, "Brigitte Perez"), image_folder=tmp_path / "images")
        dialog = SettingsDialog(
            service=service, ui_settings=ui_settings, today=clock.today(), backup_folder_default=tmp_path / "b"
        )
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return build


def _cases(stored: Store, clock: FixedClock) -> tuple[str, str, str]:
    """An overdue case, one due in about a week and one due in three weeks (one-month GDPR clocks)."""
    today = clock.today()
    overdue = stored(name="Ëlodie Vercammen", received=today - timedelta(days=40), rights=(Right.ACCESS,))
    soon = stored(name="Jan Peeters", received=today - timedelta(days=25), rights=(Right.ACCESS,))
    later = stored(name="An Claes", received=today - timedelta(days=9), rights=(Right.ACCESS,))
    return overdue, soon, later


def test_the_reminder_names_the_overdue_and_the_soon_due_cases_within_the_lead_time(
    service: CaseService, stored: Store, clock: FixedClock
) -> None:
    overdue, soon, later = _cases(stored, clock)
    found = reminder(RegisterService(service.place), clock.today(), 10)
    assert [reference for reference, _ in found.overdue] == [overdue]
    assert [reference for reference, _ in found.due] == [soon]
    assert (found.overdue_total, found.due_total) == (1, 1)
    assert later not in found.references
    none_ahead = reminder(RegisterService(service.place), clock.today(), 0)
    assert soon not in none_ahead.references


def test_a_notification_names_references_and_dates_never_a_person(
    qtbot: QtBot, service: CaseService, stored: Store, clock: FixedClock
) -> None:
    overdue, soon, _ = _cases(stored, clock)
    tray = TrayReminders(QIcon())
    told = tray.remind(reminder(RegisterService(service.place), clock.today(), 10))
    assert told is not None
    title, text = told
    assert title == "Requests to answer"
    assert text.splitlines()[0].startswith(f"Overdue: {overdue} (")
    assert soon in text.splitlines()[1] and text.splitlines()[1].startswith("Due by ")
    for name in ("Vercammen", "Peeters", "Claes"):
        assert name not in title + text


def test_each_case_is_told_once_a_day_and_a_new_one_is_told_at_once() -> None:
    tray = TrayReminders(QIcon())
    today = date(2026, 3, 20)
    first = Reminder(today, 2, (("DSAR-2026-0001", date(2026, 3, 10)),), (), 1, 0)
    assert tray.remind(first) is not None
    assert tray.remind(first) is None
    second = Reminder(today, 2, first.overdue, (("DSAR-2026-0002", date(2026, 3, 21)),), 1, 1)
    assert tray.remind(second) is not None
    assert tray.remind(second) is None
    assert tray.remind(Reminder(today + timedelta(days=1), 2, first.overdue, (), 1, 0)) is not None
    assert tray.remind(Reminder(today, 2, (), (), 0, 0)) is None


def test_a_long_list_names_the_first_cases_and_counts_the_others() -> None:
    tray = TrayReminders(QIcon())
    cases = tuple((f"DSAR-2026-000{n}", date(2026, 3, 10)) for n in range(1, 7))
    _, text = tray.message(Reminder(date(2026, 3, 20), 2, cases, (), 9, 0))
    assert text.startswith("Overdue: DSAR-2026-0001 (10 Mar 2026)")
    assert text.endswith("and 3 more")


def test_the_window_reminds_at_start_and_the_notification_opens_the_overdue_cases(
    qtbot: QtBot, open_window: Callable[..., MainWindow], stored: Store, clock: FixedClock, ui_settings: QSettings
) -> None:
    overdue, _, _ = _cases(stored, clock)
    ui_settings.setValue("ui/reminder_days", 10)
    window = open_window()
    qtbot.waitUntil(lambda: window.reminders.last_message is not None)
    assert overdue in window.reminders.last_message[1]  # type: ignore[index]
    window.reminders.openRequested.emit()
    assert window.summary.current() is QuickFilter.OVERDUE


def test_no_notification_when_the_workstation_asks_for_none(
    qtbot: QtBot, open_window: Callable[..., MainWindow], stored: Store, clock: FixedClock, ui_settings: QSettings
) -> None:
    _cases(stored, clock)
    ui_settings.setValue("ui/reminder_days", 0)
    window = open_window()
    qtbot.waitUntil(lambda: window.due_panel.isVisible())
    qtbot.wait(100)
    assert window.reminders.last_message is None


def test_the_lead_time_is_set_in_the_settings_for_this_workstation(
    qtbot: QtBot, settings_dialog: Callable[[], SettingsDialog], ui_settings: QSettings
) -> None:
    dialog = settings_dialog()
    assert dialog.language.reminder_days.value() == 2
    dialog.language.reminder_days.setValue(5)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert stored_reminder_days(ui_settings) == 5
    ui_settings.setValue("ui/reminder_days", "99")  # by hand, out of bounds: the default is used
    assert stored_reminder_days(ui_settings) == 2


