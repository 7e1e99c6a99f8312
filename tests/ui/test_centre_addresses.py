"""Settings > Centres says which centres have no address yet, and stops saying it once one is typed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.services.settings import SettingsService
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store.database import Database
from lazeo_desk.ui.settings_centres import COL_ADDRESS, COL_NAME, MISSING_COLOUR
from lazeo_desk.ui.settings_dialog import SettingsDialog


def _dialog(qtbot: QtBot, db: Database, clock: FixedClock, ui_settings: QSettings, tmp_path: Path) -> SettingsDialog:
    service = SettingsService(Workplace(db, clock, "Brigitte Perez"), image_folder=tmp_path / "images")
    dialog = SettingsDialog(
        service=service, ui_settings=ui_settings, today=clock.today(), backup_folder_default=tmp_path / "backups"
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.tabs.setCurrentWidget(dialog.centres)
    return dialog


def test_each_default_centre_is_listed_with_its_address_missing(
    qtbot: QtBot, db: Database, clock: FixedClock, ui_settings: QSettings, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, db, clock, ui_settings, tmp_path)
    page = dialog.centres
    model = page.model
    for row in range(model.rowCount()):
        cell = model.index(row, COL_ADDRESS)
        assert cell.data() == "address missing", model.index(row, COL_NAME).data()
        assert cell.data(Qt.ItemDataRole.ForegroundRole) == QColor(MISSING_COLOUR)
        assert "privacy policy gives none" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert page.missing_note.isVisible()
    assert page.missing_note.text().startswith("Address missing for Antwerpen, Brugge, Brussel, Gent,")


def test_typing_a_centre_address_takes_it_off_the_missing_list(
    qtbot: QtBot, db: Database, clock: FixedClock, ui_settings: QSettings, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, db, clock, ui_settings, tmp_path)
    page = dialog.centres
    gent = next(row for row in range(page.model.rowCount()) if page.model.index(row, COL_NAME).data() == "Gent")
    rect = page.view.visualRect(page.model.index(gent, COL_NAME))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.name.text() == "Gent"
    qtbot.keyClicks(page.address, "Kouter 1")
    qtbot.keyClick(page.address, Qt.Key.Key_Return)
    qtbot.keyClicks(page.address, "9000 Gent")
    assert page.model.index(gent, COL_ADDRESS).data() == "Kouter 1, 9000 Gent"
    assert page.model.index(gent, COL_ADDRESS).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "Gent," not in page.missing_note.text() and "Brussel" in page.missing_note.text()
