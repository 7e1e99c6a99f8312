"""The Settings dialog, driven as the DPO would: typing in the fields, clicking Save or Cancel."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QDateEdit, QDialog, QWidget
from pytestqt.qtbot import QtBot

from lazeo_desk.domain.case import Jurisdiction, Language
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.deadlines import Period, Unit
from lazeo_desk.domain.organisation import WindowSide
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.settings_registry import UI_LANGUAGE, UI_LANGUAGES
from lazeo_desk.services import maintenance
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.settings import (
    CENTRES,
    BusinessSettings,
    Centre,
    Field,
    LoadedSettings,
    SaveReport,
    SettingsError,
    SettingsService,
    auto_lock_minutes,
)
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store import settings as store_settings
from lazeo_desk.store.database import Database, StoreError
from lazeo_desk.ui.placeholders import fill
from lazeo_desk.ui.settings_dialog import SettingsDialog
from lazeo_desk.ui.settings_language import LANGUAGE_KEY, UiLanguage, stored_ui_language

DialogFactory = Callable[..., SettingsDialog]

TAB_ORGANISATION, TAB_LETTERS, TAB_CENTRES, TAB_DEADLINES, TAB_STORAGE, TAB_LANGUAGE = range(6)


@pytest.fixture
def settings_service(db: Database, clock: FixedClock, tmp_path: Path) -> SettingsService:
    return SettingsService(Workplace(db, clock, "Brigitte Perez"), image_folder=tmp_path / "letter-images")


@pytest.fixture
def open_settings(
    qtbot: QtBot, settings_service: SettingsService, ui_settings: QSettings, clock: FixedClock, tmp_path: Path
) -> DialogFactory:
    def build(**options: Any) -> SettingsDialog:
        dialog = SettingsDialog(
            service=settings_service, ui_settings=ui_settings, today=clock.today(),
            backup_folder_default=tmp_path / "default-backups", **options,
        )
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return build


def _replace_text(qtbot: QtBot, field: QWidget, text: str) -> None:
    field.setFocus()
    field.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    if text:
        qtbot.keyClicks(field, text)


def _type_number(qtbot: QtBot, box: QAbstractSpinBox, text: str) -> None:
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, text)
    box.interpretText()


def _save(qtbot: QtBot, dialog: SettingsDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def _png(path: Path) -> Path:
    Image.new("RGB", (300, 90), (11, 79, 138)).save(path, format="PNG")
    return path


# showing and saving -----------------------------------------------------------------------------------------
def test_the_dialog_shows_the_settings_in_force(open_settings: DialogFactory) -> None:
    dialog = open_settings()
    organisation = dialog.organisation
    assert organisation.controller_name.text() == "BS GROUPE"
    assert organisation.dpo_name.text() == "Brigitte PEREZ"
    assert organisation.dpo_email.text() == "dpo@lazeo.com"
    assert organisation.seat_address.lines() == ("15 Villa Dupont", "75116 Paris", "France")
    assert dialog.letters.window_left.value() == 110.0
    assert dialog.deadlines.clocks[Jurisdiction.FR].period.amount.value() == 8
    assert dialog.deadlines.clocks[Jurisdiction.LU].period.amount.text() == "none"
    assert dialog.storage.auto_lock.value() == 10
    assert dialog.centres.model.rowCount() == 13
    assert dialog.language.language.currentText() == "Follow the system"


def test_a_corrected_dpo_is_saved_when_save_is_clicked(
    qtbot: QtBot, open_settings: DialogFactory, settings_service: SettingsService
) -> None:
    dialog = open_settings()
    # QTest types ASCII only; names with accents are kept whole (tests/services/test_settings_service.py).
    _replace_text(qtbot, dialog.organisation.dpo_name, "Anna O'Brien-Dufresnoy")
    _replace_text(qtbot, dialog.organisation.dpo_email, "privacy@lazeo.com")
    with qtbot.waitSignal(dialog.settingsSaved) as saved:
        _save(qtbot, dialog)
    report = saved.args[0]
    assert isinstance(report, SaveReport) and report.changed == (store_settings.ORGANISATION_PROFILE.key,)
    assert dialog.result() == QDialog.DialogCode.Accepted
    profile = settings_service.load().settings.profile
    assert (profile.dpo_name, profile.dpo_email) == ("Anna O'Brien-Dufresnoy", "privacy@lazeo.com")


def test_an_invalid_email_is_shown_beside_the_field_and_nothing_is_saved(
    qtbot: QtBot, open_settings: DialogFactory, settings_service: SettingsService
) -> None:
    dialog = open_settings()
    _replace_text(qtbot, dialog.organisation.dpo_email, "dpo at lazeo")
    _replace_text(qtbot, dialog.organisation.dpo_name, "")
    with qtbot.assertNotEmitted(dialog.settingsSaved):
        _save(qtbot, dialog)
    assert dialog.isVisible()
    email_row = dialog.organisation.rows[Field.DPO_EMAIL]
    assert email_row.message.text() == "Type an e-mail address, such as dpo@lazeo.com."
    assert dialog.organisation.dpo_email.property("invalid") is True
    assert dialog.banner.lines() == [
        "2 settings need correcting (Organisation): see the messages beside the fields."
    ]
    assert settings_service.load().settings.profile.dpo_email == "dpo@lazeo.com"
    # Corrected, it saves.
    _replace_text(qtbot, dialog.organisation.dpo_email, "dpo@lazeo.com")
    _replace_text(qtbot, dialog.organisation.dpo_name, "Brigitte Perez")
    _save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert settings_service.load().settings.profile.dpo_name == "Brigitte Perez"


def test_a_problem_on_another_page_brings_that_page_forward(
    qtbot: QtBot, open_settings: DialogFactory
) -> None:
    dialog = open_settings()
    dialog.tabs.setCurrentIndex(TAB_LETTERS)
    _replace_text(qtbot, dialog.letters.places[Language.FR], "")
    dialog.tabs.setCurrentIndex(TAB_STORAGE)
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.tabs.currentIndex() == TAB_LETTERS
    assert dialog.letters.place_rows[Language.FR].message.text() == "This field is required."
    assert dialog.letters.place_rows[Language.NL].message.text() == ""


def test_cancel_changes_nothing(
    qtbot: QtBot, open_settings: DialogFactory, settings_service: SettingsService, ui_settings: QSettings
) -> None:
    before = settings_service.load().settings
    dialog = open_settings()
    _replace_text(qtbot, dialog.organisation.dpo_name, "Someone Else")
    qtbot.keyClicks(dialog.language.language, "N")
    with qtbot.assertNotEmitted(dialog.languageChanged):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert settings_service.load().settings == before
    assert not ui_settings.contains(LANGUAGE_KEY)


# deadlines --------------------------------------------------------------------------------------------------
def test_a_closure_day_added_moves_a_due_date_and_the_dialog_says_how_many(
    qtbot: QtBot,
    open_settings: DialogFactory,
    stored: Callable[..., str],
    service: CaseService,
    recorded_messages: Any,  # tests/ui/conftest.py's recorder
) -> None:
    # Received Thursday 5 March 2026 in Gent: 15 days, due Friday 20 March (SCENARIOS.md 1).
    reference = stored(received=date(2026, 3, 5), rights=(Right.ACCESS, Right.MEDICAL_RECORD))
    assert service.load(reference).deadline.due == date(2026, 3, 20)
    dialog = open_settings()
    dialog.tabs.setCurrentIndex(TAB_DEADLINES)
    picker = dialog.deadlines.closure_date
    picker.setFocus()
    picker.setSelectedSection(QDateEdit.Section.DaySection)
    qtbot.keyClicks(picker, "20")
    qtbot.mouseClick(dialog.deadlines.add_closure, Qt.MouseButton.LeftButton)
    assert dialog.deadlines.closure_model.index(0, 0).data() == "Fri 20 Mar 2026"
    _save(qtbot, dialog)
    assert recorded_messages.infos == [
        ("Deadlines recounted", "The open cases were recounted with the new days: 1 case has a new due date.")
    ]
    assert service.load(reference).deadline.due == date(2026, 3, 23)


def test_a_closure_day_removed_from_the_list_is_no_longer_counted(
    qtbot: QtBot, open_settings: DialogFactory, settings_service: SettingsService, db: Database
) -> None:
    with db.transaction() as session:
        store_settings.set_closure_days(session, {date(2026, 5, 15), date(2026, 12, 24)})
    dialog = open_settings()
    view = dialog.deadlines.closure_view
    dialog.tabs.setCurrentIndex(TAB_DEADLINES)
    rect = view.visualRect(dialog.deadlines.closure_model.index(1, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(dialog.deadlines.remove_closure, Qt.MouseButton.LeftButton)
    _save(qtbot, dialog)
    assert settings_service.load().settings.closure_days == frozenset({date(2026, 5, 15)})


def test_a_shorter_belgian_clock_typed_in_recounts_the_cases(
    qtbot: QtBot, open_settings: DialogFactory, stored: Callable[..., str], service: CaseService,
    settings_service: SettingsService,
) -> None:
    reference = stored(received=date(2026, 3, 5), rights=(Right.MEDICAL_RECORD,))
    dialog = open_settings()
    dialog.tabs.setCurrentIndex(TAB_DEADLINES)
    _type_number(qtbot, dialog.deadlines.clocks[Jurisdiction.BE].period.amount, "10")
    _save(qtbot, dialog)
    assert settings_service.load().settings.clock(Jurisdiction.BE).period == Period(10, Unit.DAYS)
    assert service.load(reference).deadline.due == date(2026, 3, 16)  # 15 March is a Sunday


def test_medical_file_retention_shows_each_countrys_years_and_a_changed_one_is_saved(
    qtbot: QtBot, open_settings: DialogFactory, settings_service: SettingsService, db: Database
) -> None:
    dialog = open_settings()
    dialog.tabs.setCurrentIndex(TAB_DEADLINES)
    kept = dialog.deadlines.kept_years
    assert {j: box.value() for j, box in kept.items()} == {
        Jurisdiction.FR: 20, Jurisdiction.BE: 30, Jurisdiction.LU: 10,
    }
    _type_number(qtbot, kept[Jurisdiction.LU], "12")
    _save(qtbot, dialog)
    assert settings_service.load().settings.kept_years(Jurisdiction.LU) == 12
    with db.transaction() as session:
        assert store_settings.medical_file_years(session)[Jurisdiction.BE] == 30
        assert store_settings.medical_file_years(session)[Jurisdiction.LU] == 12


def test_medical_file_years_out_of_range_are_refused_on_their_country(settings_service: SettingsService) -> None:
    settings = settings_service.load().settings.with_kept_years(Jurisdiction.BE, 0)
    with pytest.raises(SettingsError) as raised:
        settings_service.save(settings)
    (problem,) = raised.value.problems
    assert (problem.field, problem.where) == (Field.MEDICAL_FILE_YEARS, "BE")


# centres ----------------------------------------------------------------------------------------------------
def test_a_centre_is_added_with_its_country_and_address(
    qtbot: QtBot, open_settings: DialogFactory, settings_service: SettingsService
) -> None:
    dialog = open_settings()
    page = dialog.centres
    dialog.tabs.setCurrentIndex(TAB_CENTRES)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.name, "Namur")
    qtbot.keyClicks(page.country, "B")
    qtbot.keyClicks(page.address, "Rue de Fer 1")
    qtbot.keyClick(page.address, Qt.Key.Key_Return)
    qtbot.keyClicks(page.address, "5000 Namur")
    assert page.model.index(13, 0).data() == "Namur"
    assert page.model.index(13, 2).data() == "Rue de Fer 1, 5000 Namur"
    _save(qtbot, dialog)
    assert settings_service.load().settings.centres[-1] == Centre(
        "Namur", Jurisdiction.BE, ("Rue de Fer 1", "5000 Namur")
    )


def test_a_removed_centre_is_no_longer_stored(
    qtbot: QtBot, open_settings: DialogFactory, settings_service: SettingsService
) -> None:
    dialog = open_settings()
    page = dialog.centres
    dialog.tabs.setCurrentIndex(TAB_CENTRES)
    rect = page.view.visualRect(page.model.index(0, 0))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.name.text() == "Antwerpen"
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    _save(qtbot, dialog)
    names = [centre.name for centre in settings_service.load().settings.centres]
    assert "Antwerpen" not in names and len(names) == 12


def test_a_second_centre_with_the_same_name_is_shown_on_its_row(
    qtbot: QtBot, open_settings: DialogFactory, db: Database
) -> None:
    dialog = open_settings()
    page = dialog.centres
    dialog.tabs.setCurrentIndex(TAB_CENTRES)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.name, "gent")
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert page.table_message.text() == "Row 14 (gent): Another centre already has this name."
    assert page.current_row() == 13
    assert page.name_row.message.text() == "Another centre already has this name."
    with db.transaction() as session:
        assert store_settings.get_setting(session, CENTRES) is None


def test_a_centre_name_holding_a_marker_is_reported_as_typed() -> None:
    assert fill("Row %1 (%2): %3", "14", "Lab %3 & %1", "Another centre already has this name.") == (
        "Row 14 (Lab %3 & %1): Another centre already has this name."
    )


def test_the_centres_model_is_a_sound_qt_model(open_settings: DialogFactory, qtmodeltester: object) -> None:
    dialog = open_settings()
    qtmodeltester.check(dialog.centres.model)  # type: ignore[attr-defined]
    qtmodeltester.check(dialog.deadlines.closure_model)  # type: ignore[attr-defined]


# letters ----------------------------------------------------------------------------------------------------
def test_a_chosen_logo_is_previewed_and_kept_in_the_database(
    qtbot: QtBot, open_settings: DialogFactory, settings_service: SettingsService, tmp_path: Path
) -> None:
    logo = _png(tmp_path / "lazeo-logo.png")
    dialog = open_settings(file_chooser=lambda _parent, _caption: logo)
    dialog.tabs.setCurrentIndex(TAB_LETTERS)
    qtbot.mouseClick(dialog.letters.logo.choose_button, Qt.MouseButton.LeftButton)
    assert not dialog.letters.logo.preview.pixmap().isNull()
    assert dialog.letters.logo.name.text() == "lazeo-logo.png"
    _save(qtbot, dialog)
    stored = settings_service.load().settings
    assert stored.logo is not None and stored.logo.data == logo.read_bytes()
    assert stored.profile.logo_path is not None and stored.profile.logo_path.read_bytes() == logo.read_bytes()


def test_a_file_that_is_not_an_image_is_refused_beside_the_field(
    qtbot: QtBot, open_settings: DialogFactory, tmp_path: Path
) -> None:
    text = tmp_path / "signature.png"
    text.write_text("not an image")
    dialog = open_settings(file_chooser=lambda _parent, _caption: text)
    dialog.tabs.setCurrentIndex(TAB_LETTERS)
    qtbot.mouseClick(dialog.letters.signature.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.letters.signature.image is None
    message = dialog.letters.signature.row.message.text()
    assert message == "This file is not a PNG or JPEG image that can be read."


def test_the_envelope_window_follows_its_side_until_measured(
    qtbot: QtBot, open_settings: DialogFactory, settings_service: SettingsService
) -> None:
    dialog = open_settings()
    letters = dialog.letters
    dialog.tabs.setCurrentIndex(TAB_LETTERS)
    qtbot.keyClicks(letters.window_side, "L")
    assert letters.window_left.value() == 25.0
    _save(qtbot, dialog)
    profile = settings_service.load().settings.profile
    assert profile.window_side is WindowSide.LEFT
    assert (profile.window_left_mm, profile.window_top_mm) == (None, None)
    again = open_settings()
    again.tabs.setCurrentIndex(TAB_LETTERS)
    _type_number(qtbot, again.letters.window_top, "48.5")
    _save(qtbot, again)
    assert settings_service.load().settings.profile.window_position_mm() == (25.0, 48.5)


# storage ----------------------------------------------------------------------------------------------------
def test_lock_backups_and_retention_are_saved(
    qtbot: QtBot,
    open_settings: DialogFactory,
    settings_service: SettingsService,
    db: Database,
    tmp_path: Path,
) -> None:
    chosen = tmp_path / "usb-drive"
    chosen.mkdir()
    dialog = open_settings(folder_chooser=lambda _parent, _caption: chosen)
    storage = dialog.storage
    dialog.tabs.setCurrentIndex(TAB_STORAGE)
    assert storage.backup_folder.placeholderText() == str(tmp_path / "default-backups")
    _type_number(qtbot, storage.auto_lock, "5")
    qtbot.mouseClick(storage.browse_button, Qt.MouseButton.LeftButton)
    _type_number(qtbot, storage.backup_keep, "30")
    _type_number(qtbot, storage.retention_years, "6")
    _save(qtbot, dialog)
    settings = settings_service.load().settings
    assert (settings.auto_lock_minutes, settings.backup_folder) == (5, chosen)
    assert (settings.backup_keep, settings.retention_years) == (30, 6)
    assert auto_lock_minutes(db) == 5
    assert maintenance.backup_keep(db) == 30


def test_a_backup_folder_typed_without_its_full_path_is_refused(
    qtbot: QtBot, open_settings: DialogFactory
) -> None:
    dialog = open_settings()
    dialog.tabs.setCurrentIndex(TAB_STORAGE)
    qtbot.keyClicks(dialog.storage.backup_folder, "backups")
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.tabs.currentIndex() == TAB_STORAGE
    assert dialog.storage.rows[Field.BACKUP_FOLDER].message.text() == "Give the full path of the folder."


# language ---------------------------------------------------------------------------------------------------
def test_the_window_languages_are_the_ones_the_registry_accepts(ui_settings: QSettings) -> None:
    assert tuple(language.value for language in UiLanguage) == UI_LANGUAGES
    assert stored_ui_language(ui_settings) is UiLanguage(UI_LANGUAGE.default)
    ui_settings.setValue(LANGUAGE_KEY, "de")
    assert stored_ui_language(ui_settings) is UiLanguage.SYSTEM


def test_a_new_language_is_stored_for_this_workstation_and_announced(
    qtbot: QtBot, open_settings: DialogFactory, ui_settings: QSettings, db: Database
) -> None:
    dialog = open_settings()
    dialog.tabs.setCurrentIndex(TAB_LANGUAGE)
    qtbot.keyClicks(dialog.language.language, "N")
    assert dialog.language.language.currentText() == "Nederlands"
    with qtbot.waitSignal(dialog.languageChanged) as changed:
        _save(qtbot, dialog)
    assert changed.args == ["nl"]
    assert ui_settings.value(LANGUAGE_KEY) == "nl"
    with db.transaction() as session:
        assert store_settings.get_setting(session, UI_LANGUAGE) is None
    again = open_settings()
    assert again.language.language.currentText() == "Nederlands"


def test_saving_without_touching_the_language_announces_no_change(
    qtbot: QtBot, open_settings: DialogFactory, ui_settings: QSettings
) -> None:
    ui_settings.setValue(LANGUAGE_KEY, "fr")
    dialog = open_settings()
    assert dialog.language.language.currentText() == "Français"
    with qtbot.assertNotEmitted(dialog.languageChanged):
        _save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_stored_setting_that_cannot_be_read_is_reported(
    open_settings: DialogFactory, db: Database
) -> None:
    with db.transaction() as session:
        store_settings.set_setting(session, CENTRES, "not a list")
    dialog = open_settings()
    assert dialog.banner.lines() == [
        "Some stored settings could not be read and show their defaults: centres. Saving replaces them."
    ]
    assert dialog.centres.model.rowCount() == 13


class _UnreadableStore(SettingsService):
    def load(self) -> LoadedSettings:
        raise StoreError("The database is busy in another window or program; try again in a moment.")


class _FullDisk(SettingsService):
    def save(self, new: BusinessSettings, *, finish_first_run: bool = False) -> SaveReport:
        raise StoreError("The disk is full: free some space, then try again. Nothing was saved.")


def test_a_database_that_cannot_be_read_is_said_and_nothing_can_be_saved(
    qtbot: QtBot, db: Database, clock: FixedClock, ui_settings: QSettings, tmp_path: Path
) -> None:
    service = _UnreadableStore(Workplace(db, clock), image_folder=tmp_path)
    dialog = SettingsDialog(service=service, ui_settings=ui_settings, today=clock.today())
    qtbot.addWidget(dialog)
    assert dialog.banner.lines() == [
        "The database is busy in another window or program; try again in a moment."
    ]
    assert not dialog.save_button.isEnabled()
    assert not dialog.save()


def test_a_save_the_disk_refuses_is_said_and_the_dialog_stays_open(
    qtbot: QtBot, db: Database, clock: FixedClock, ui_settings: QSettings, tmp_path: Path
) -> None:
    service = _FullDisk(Workplace(db, clock), image_folder=tmp_path)
    dialog = SettingsDialog(service=service, ui_settings=ui_settings, today=clock.today())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.language.language, "F")
    with qtbot.assertNotEmitted(dialog.languageChanged):
        _save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.banner.lines() == ["The disk is full: free some space, then try again. Nothing was saved."]
    assert not ui_settings.contains(LANGUAGE_KEY)
