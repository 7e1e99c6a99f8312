"""The assembled window: its menus open settings, help, about and the lock; the first start welcomes the DPO."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from lazeo_desk.app import prepare_window, welcome_if_first_run
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.services import team
from lazeo_desk.store.backup import database_owner
from lazeo_desk.store.database import Database
from lazeo_desk.ui.about_dialog import AboutDialog
from lazeo_desk.ui.app_lock import AppLock
from lazeo_desk.ui.help_window import HelpWindow
from lazeo_desk.ui.main_window import MainWindow
from lazeo_desk.ui.processing_view import ProcessingRegisterDialog
from lazeo_desk.ui.settings_dialog import SettingsDialog


@pytest.fixture
def assembled(qtbot: QtBot, db: Database, clock: FixedClock, tmp_path: Path) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = prepare_window(db, clock=clock, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.background_idle)
    yield window
    window.shutdown()


def _trigger(window: MainWindow, text: str) -> None:
    found = [a for a in window.findChildren(QAction) if a.text().replace("&", "") == text]
    assert found, f"no menu entry {text!r}"
    found[0].trigger()


def test_the_file_menu_offers_settings_backup_and_sample_removal(assembled: MainWindow) -> None:
    texts = [a.text().replace("&", "") for a in assembled.file_menu.actions() if a.text()]
    assert texts[-1] == "Quit"
    for wanted in ("New case…", "Settings…", "Back up now…", "Remove the sample cases…"):
        assert wanted in texts


def test_an_assistant_of_a_team_is_not_offered_the_settings_nor_the_removal_of_cases(
    qtbot: QtBot, db: Database, clock: FixedClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(team, "role_of", lambda _db: team.AppRole.ASSISTANT)
    window = prepare_window(db, clock=clock, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    try:
        offered = {a.text().replace("&", ""): a for a in window.file_menu.actions() if a.text()}
        for refused in ("Settings…", "Remove the sample cases…"):
            assert not offered[refused].isEnabled()
            assert "Only the DPO's role" in offered[refused].toolTip()
        assert offered["New case…"].isEnabled()
        assert welcome_if_first_run(window, db, clock) is None
    finally:
        window.shutdown()


def test_settings_open_from_the_menu(assembled: MainWindow) -> None:
    _trigger(assembled, "Settings…")
    assert assembled.findChildren(SettingsDialog)


def test_the_register_of_processing_opens_from_the_file_menu(assembled: MainWindow) -> None:
    _trigger(assembled, "Register of processing…")
    (dialog,) = assembled.findChildren(ProcessingRegisterDialog)
    assert dialog.isVisible() and dialog.activities.rowCount() > 0


def test_help_and_about_open_from_the_help_menu(assembled: MainWindow, qtbot: QtBot) -> None:
    _trigger(assembled, "Guide")
    (help_window,) = assembled.findChildren(HelpWindow)
    assert help_window.isVisible()
    _trigger(assembled, "About LAZEO Desk")
    assert assembled.findChildren(AboutDialog)


def test_a_plain_database_is_said_in_the_title_and_has_no_lock(assembled: MainWindow) -> None:
    assert "UNENCRYPTED" in assembled.windowTitle()
    assert assembled.lock is None


def test_an_encrypted_database_gets_the_lock_on_ctrl_l(
    qtbot: QtBot, encrypted_db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "u.ini"), QSettings.Format.IniFormat)
    window = prepare_window(encrypted_db, clock=clock, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: isinstance(window.lock, AppLock))
    assert isinstance(window.lock, AppLock)
    assert "UNENCRYPTED" not in window.windowTitle()
    _trigger(window, "Lock")
    assert window.lock.is_locked and not window.isVisible()
    assert window.lock.dialog is not None
    qtbot.addWidget(window.lock.dialog)
    window.shutdown()


def test_ctrl_l_locks_even_before_the_idle_lock_is_armed(
    qtbot: QtBot, encrypted_db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "u.ini"), QSettings.Format.IniFormat)
    window = prepare_window(encrypted_db, clock=clock, settings=settings)
    qtbot.addWidget(window)
    window.show()
    # No event loop turn yet: the idle lock is armed only after the register is painted.
    assert window.lock is None
    _trigger(window, "Lock")
    assert isinstance(window.lock, AppLock)
    assert window.lock.is_locked and not window.isVisible()
    assert window.lock.dialog is not None
    qtbot.addWidget(window.lock.dialog)
    window.shutdown()


def test_the_first_start_shows_the_welcome_once(assembled: MainWindow, db: Database, clock: FixedClock) -> None:
    wizard = welcome_if_first_run(assembled, db, clock)
    assert isinstance(wizard, QWizard) and wizard.isVisible()
    wizard.reject()


def test_the_first_start_of_the_day_writes_a_backup_and_says_where(
    qtbot: QtBot, encrypted_db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "u.ini"), QSettings.Format.IniFormat)
    window = prepare_window(encrypted_db, clock=clock, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: "Backup of the day written" in window.statusBar().currentMessage(), timeout=15_000)
    message = window.statusBar().currentMessage()
    written = Path(message.split(": ", 1)[1])
    assert written.name == f"lazeo-desk-{database_owner(encrypted_db)}-2026-03-10.sqlite3" and written.exists()
    window.shutdown()


def test_the_window_title_names_the_program_once(assembled: MainWindow) -> None:
    from PySide6.QtWidgets import QApplication

    from lazeo_desk.app import DISPLAY_NAME, create_application

    create_application()
    # Qt adds the display name to the title on Windows and Linux; the window's own title must not repeat it.
    assert QApplication.applicationDisplayName() == DISPLAY_NAME
    assert DISPLAY_NAME not in assembled.windowTitle()
    assert assembled.windowTitle().startswith("Data subject requests")


def test_without_a_display_the_program_says_so_in_one_line_and_exits_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from lazeo_desk import app

    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")

    def no_qt(*_: object, **__: object) -> None:
        raise AssertionError("Qt was started without a display")

    monkeypatch.setattr(app, "create_application", no_qt)
    assert app.start(f"sqlite:///{tmp_path / 'never.sqlite3'}", plain=True) == 2
    assert capsys.readouterr().err == app.NO_DISPLAY + "\n"
    assert not (tmp_path / "never.sqlite3").exists()


@pytest.mark.parametrize(
    ("environ", "platform", "missing"),
    [
        ({}, "linux", True),
        ({"DISPLAY": ":0"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({"DISPLAY": ""}, "linux", True),
        ({}, "win32", False),
        ({}, "darwin", False),
    ],
)
def test_a_display_is_missing_only_on_linux_without_x11_wayland_or_a_chosen_qt_platform(
    environ: dict[str, str], platform: str, missing: bool
) -> None:
    from lazeo_desk.app import display_missing

    assert display_missing(environ, platform) is missing
