"""The passphrase dialogs and the lock, driven through their widgets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.services import passphrase
from lazeo_desk.store.database import Database
from lazeo_desk.store.encryption import KdfParams
from lazeo_desk.ui.app_lock import AppLock
from lazeo_desk.ui.main_window import MainWindow
from lazeo_desk.ui.unlock_dialog import Mode, PassphraseDialog

GOOD = "correct horse battery staple"


def _type(qtbot: QtBot, field: object, text: str) -> None:
    field.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(field, text)


def test_creating_asks_for_a_long_enough_passphrase_twice(qtbot: QtBot, tmp_path: Path, fast_kdf: KdfParams) -> None:
    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    dialog = PassphraseDialog(
        mode=Mode.CREATE, location=str(tmp_path), attempt=lambda p: passphrase.create_database(url, p, kdf=fast_kdf)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog.passphrase, "short")
    assert not dialog.ok_button.isEnabled() and dialog.message.text()
    _type(qtbot, dialog.passphrase, GOOD)
    _type(qtbot, dialog.confirm, GOOD + "!")
    assert not dialog.ok_button.isEnabled() and "differ" in dialog.message.text()
    _type(qtbot, dialog.confirm, GOOD)
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.opened, timeout=10_000) as opened:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    database = opened.args[0]
    assert isinstance(database, Database) and database.encrypted
    assert passphrase.protection(url) is passphrase.Protection.ENCRYPTED
    database.dispose()


def test_a_wrong_passphrase_is_said_and_another_try_is_possible(
    qtbot: QtBot, encrypted_db: Database, db_passphrase: str
) -> None:
    url = encrypted_db.url
    encrypted_db.dispose()
    dialog = PassphraseDialog(
        mode=Mode.UNLOCK, location=url, attempt=lambda p: passphrase.unlock_database(url, p)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(3):
        _type(qtbot, dialog.passphrase, "not the passphrase at all")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.busy(), timeout=10_000)
        assert "Wrong passphrase" in dialog.message.text()
        assert dialog.isVisible() and dialog.passphrase.text() == ""
    _type(qtbot, dialog.passphrase, db_passphrase)
    with qtbot.waitSignal(dialog.opened, timeout=10_000) as opened:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    opened.args[0].dispose()


def test_the_lock_hides_the_cases_until_the_passphrase_is_given(
    qtbot: QtBot, encrypted_db: Database, db_passphrase: str, clock: FixedClock
) -> None:
    from lazeo_desk.app import build_main_window

    window: MainWindow = build_main_window(encrypted_db, clock=clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.background_idle)
    lock = AppLock(unlocker=passphrase.Unlocker(encrypted_db), minutes=10, parent=window)
    lock.lock()
    assert lock.is_locked and not window.isVisible()
    dialog = lock.dialog
    assert dialog is not None and dialog.isVisible()
    _type(qtbot, dialog.passphrase, "wrong wrong wrong wrong")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=10_000)
    assert lock.is_locked and not window.isVisible()
    _type(qtbot, dialog.passphrase, db_passphrase)
    with qtbot.waitSignal(lock.unlocked, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert window.isVisible() and not lock.is_locked
    window.shutdown()


def test_idle_minutes_lock_the_window(qtbot: QtBot, encrypted_db: Database) -> None:
    lock = AppLock(unlocker=passphrase.Unlocker(encrypted_db), minutes=1)
    # The idle timer is Qt's; firing it stands for the minute passing without keyboard or mouse.
    assert lock.idle_timer.isActive() and lock.idle_timer.interval() == 60_000
    lock.idle_timer.timeout.emit()
    assert lock.is_locked
    assert lock.dialog is not None
    qtbot.addWidget(lock.dialog)


def test_a_plain_database_is_never_locked(qtbot: QtBot, db: Database) -> None:
    lock = AppLock(unlocker=passphrase.Unlocker(db), minutes=1)
    lock.lock()
    assert not lock.is_locked
