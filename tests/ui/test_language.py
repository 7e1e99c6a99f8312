"""The window's language: chosen or the system's, with Qt's own texts and the dates, switched without losing work."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from lazeo_desk.app import build_main_window
from lazeo_desk.domain.case import Case, Language
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.services.cases import CaseService
from lazeo_desk.store.database import Database
from lazeo_desk.store.register import QuickFilter
from lazeo_desk.ui import language as ui_language
from lazeo_desk.ui.dates import format_date
from lazeo_desk.ui.language import (
    LanguageSwitcher,
    install_language,
    language_of,
    locale_for,
    switch_language,
)
from lazeo_desk.ui.main_window import MainWindow
from lazeo_desk.ui.settings_language import UiLanguage
from lazeo_desk.ui.translation import ui_language as case_language

Store = Callable[..., str]
CaseFactory = Callable[..., Case]
WindowFactory = Callable[..., MainWindow]

BELGIAN_DUTCH = QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium)
GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)


@pytest.fixture(autouse=True)
def back_to_english(qapp: QApplication) -> Iterator[None]:
    """Every test leaves the application speaking English, as the other window tests expect."""
    yield
    install_language(qapp, UiLanguage.ENGLISH)


def _cancel_text() -> str:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    button = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert button is not None
    return button.text()


# installing a language --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "file_menu", "cancel", "written_date"),
    [
        ("fr", "&Fichier", "Annuler", "5 mars 2026"),
        ("nl", "&Bestand", "Annuleren", "5 mrt 2026"),
        ("en", "&File", "Cancel", "5 Mar 2026"),
    ],
)
def test_a_language_translates_our_texts_qt_buttons_and_dates(
    qapp: QApplication, code: str, file_menu: str, cancel: str, written_date: str
) -> None:
    installed = install_language(qapp, code, system=GERMAN)
    assert installed.missing == ()
    assert QCoreApplication.translate("MainWindow", "&File") == file_menu
    assert _cancel_text() == cancel
    assert format_date(date(2026, 3, 5)) == written_date


def test_changing_language_removes_the_previous_ones_translations(qapp: QApplication) -> None:
    install_language(qapp, "fr")
    install_language(qapp, "en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert _cancel_text() == "Cancel"
    assert QLocale().language() == QLocale.Language.English


def test_numbers_follow_the_language(qapp: QApplication) -> None:
    install_language(qapp, "fr", system=GERMAN)
    french = QLocale().toString(1234.5, "f", 1)
    install_language(qapp, "nl", system=GERMAN)
    dutch = QLocale().toString(1234.5, "f", 1)
    assert french.replace("\u202f", " ").replace("\u00a0", " ") == "1 234,5"
    assert dutch == "1.234,5"


def test_the_system_language_is_followed_when_it_is_one_we_speak(qapp: QApplication) -> None:
    installed = install_language(qapp, "system", system=BELGIAN_DUTCH)
    assert installed.language is UiLanguage.DUTCH
    assert installed.locale.name() == "nl_BE"
    assert QCoreApplication.translate("MainWindow", "&Quit") == "&Afsluiten"
    assert case_language() is Language.NL


def test_a_system_language_we_do_not_speak_gives_english_with_british_dates(qapp: QApplication) -> None:
    installed = install_language(qapp, "system", system=GERMAN)
    assert installed.language is UiLanguage.ENGLISH
    assert installed.locale.name() == "en_GB"
    assert format_date(date(2026, 3, 5)) == "5 Mar 2026"


def test_a_belgian_system_keeps_its_formats_in_french(qapp: QApplication) -> None:
    belgian_french = QLocale(QLocale.Language.French, QLocale.Country.Belgium)
    assert locale_for(UiLanguage.FRENCH, belgian_french).name() == "fr_BE"
    assert locale_for(UiLanguage.FRENCH, BELGIAN_DUTCH).name() == "fr_FR"
    assert locale_for(UiLanguage.DUTCH, GERMAN).name() == "nl_BE"


@pytest.mark.parametrize(("stored", "expected"), [("fr", UiLanguage.FRENCH), ("", UiLanguage.SYSTEM),
                                                   ("de", UiLanguage.SYSTEM), ("system", UiLanguage.SYSTEM)])
def test_an_unknown_stored_choice_follows_the_system(stored: str, expected: UiLanguage) -> None:
    assert language_of(stored) is expected


def test_a_missing_translation_file_is_reported_and_the_window_speaks_english(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(ui_language, "translations_folder", lambda: tmp_path)
    installed = install_language(qapp, "nl", system=GERMAN)
    assert installed.missing == (tmp_path / "lazeo_desk_nl.qm",)
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert _cancel_text() == "Annuleren"


# switching the window -----------------------------------------------------------------------------------------


@pytest.fixture
def rebuild(
    qtbot: QtBot, db: Database, clock: FixedClock, ui_settings: QSettings
) -> Iterator[Callable[[], MainWindow]]:
    """The factory app.py hands to the switch: a new main window on the same database and settings."""
    built: list[MainWindow] = []

    def factory() -> MainWindow:
        window = build_main_window(db, clock=clock, settings=ui_settings, search_delay_ms=20)
        built.append(window)
        return window

    yield factory
    for window in built:
        if isValid(window):  # the switcher deletes the windows it replaced
            window.shutdown()
            window.hide()
            window.deleteLater()


def _settled(qtbot: QtBot, window: MainWindow) -> MainWindow:
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.background_idle)
    return window


def test_switching_rebuilds_the_window_in_the_new_language_with_the_same_view(
    qtbot: QtBot, window: MainWindow, stored: Store, rebuild: Callable[[], MainWindow], qapp: QApplication
) -> None:
    stored(name="Ëlodie Vercammen", centre="Gent")
    wanted = stored(name="Bart Peeters", centre="Antwerpen")
    stored(name="Anne Dupont", centre="Gent")
    window.refresh()
    qtbot.waitUntil(window.background_idle)
    window.resize(1300, 820)
    qtbot.keyClicks(window.filters.search, "Peeters")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert window.open_reference(wanted)
    assert window.detail is not None
    window.detail.tabs.setCurrentIndex(2)

    rebuilt = switch_language(qapp, rebuild, window, "fr")

    assert rebuilt is not None and rebuilt is not window
    _settled(qtbot, rebuilt)
    assert not window.isVisible()
    assert rebuilt.page_title.text() == "Demandes des personnes concernées"
    assert rebuilt.filters.search.text() == "Peeters"
    assert rebuilt.model.rowCount() == 1
    assert rebuilt.detail is not None and rebuilt.detail.isVisible()
    assert rebuilt.detail.reference == wanted
    assert rebuilt.detail.tabs.currentIndex() == 2
    assert rebuilt.selected_reference() == wanted
    assert rebuilt.size() == window.size()
    assert "mars 2026" in rebuilt.today_label.text()


def test_switching_keeps_the_chosen_filters_and_summary_count(
    qtbot: QtBot, window: MainWindow, stored: Store, rebuild: Callable[[], MainWindow], qapp: QApplication
) -> None:
    stored(name="Anne Dupont", received=date(2026, 1, 2))
    window.refresh()
    window.set_quick_filter(QuickFilter.OVERDUE)
    status_index = window.filters.status.findText("Open cases")
    window.filters.status.setCurrentIndex(status_index)
    qtbot.keyClicks(window.filters.received_from, "01/01/2026")
    before = window.current_filter()

    rebuilt = switch_language(qapp, rebuild, window, "nl")

    assert rebuilt is not None
    _settled(qtbot, rebuilt)
    assert rebuilt.filters.status.currentText() == "Openstaande verzoeken"
    assert rebuilt.current_filter() == before
    assert rebuilt.model.case_filter == before


def test_unsaved_edits_are_saved_first_when_the_dpo_agrees(
    qtbot: QtBot, window: MainWindow, stored: Store, rebuild: Callable[[], MainWindow], qapp: QApplication,
    recorded_messages: Any, service: CaseService,
) -> None:
    reference = stored()
    assert window.open_reference(reference)
    detail = window.detail
    assert detail is not None
    qtbot.keyClicks(detail.form.notes, "phoned the centre")
    assert detail.has_unsaved_changes()
    recorded_messages.answers.append(True)

    rebuilt = switch_language(qapp, rebuild, window, "fr")

    assert rebuilt is not None
    assert recorded_messages.questions and reference in recorded_messages.questions[0][1]
    assert "phoned the centre" in service.load(reference).case.notes
    assert rebuilt.detail is not None and rebuilt.detail.reference == reference
    assert not rebuilt.detail.has_unsaved_changes()


def test_keeping_unsaved_edits_leaves_the_window_as_it_is(
    qtbot: QtBot, window: MainWindow, stored: Store, rebuild: Callable[[], MainWindow], qapp: QApplication,
    recorded_messages: Any, service: CaseService,
) -> None:
    reference = stored()
    assert window.open_reference(reference)
    detail = window.detail
    assert detail is not None
    qtbot.keyClicks(detail.form.notes, "phoned the centre")
    recorded_messages.answers.append(False)

    assert switch_language(qapp, rebuild, window, "fr") is None

    assert window.isVisible()
    assert detail.has_unsaved_changes()
    assert detail.form.notes.toPlainText().endswith("phoned the centre")
    assert "phoned the centre" not in service.load(reference).case.notes
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_an_edit_the_rules_refuse_stops_the_switch(
    qtbot: QtBot, window: MainWindow, stored: Store, rebuild: Callable[[], MainWindow], qapp: QApplication,
    recorded_messages: Any,
) -> None:
    assert window.open_reference(stored())
    detail = window.detail
    assert detail is not None
    detail.form.subject_name.clear()
    qtbot.keyClicks(detail.form.subject_name, " ")
    recorded_messages.answers.append(True)

    assert switch_language(qapp, rebuild, window, "nl") is None

    assert window.isVisible() and detail.has_unsaved_changes()
    assert detail.banner.isVisible()


def test_an_open_dialog_postpones_the_switch_with_a_message(
    qtbot: QtBot, window: MainWindow, rebuild: Callable[[], MainWindow], qapp: QApplication,
    recorded_messages: Any,
) -> None:
    dialog = window.new_case()
    qtbot.waitExposed(dialog)

    assert switch_language(qapp, rebuild, window, "fr") is None

    assert dialog.isVisible() and window.isVisible()
    assert recorded_messages.infos and dialog.windowTitle() in recorded_messages.infos[0][1]
    dialog.reject()


def test_the_switcher_follows_the_windows_request_and_the_new_window(
    qtbot: QtBot, rebuild: Callable[[], MainWindow], qapp: QApplication
) -> None:
    window = rebuild()
    window.show()
    switcher = LanguageSwitcher(qapp, rebuild, _settled(qtbot, window))
    window.languageRequested.emit("nl")
    qtbot.waitUntil(lambda: switcher.window is not window)
    first = _settled(qtbot, switcher.window)
    assert first.page_title.text() == "Verzoeken van betrokkenen"

    first.languageRequested.emit("en")
    qtbot.waitUntil(lambda: switcher.window is not first)
    assert _settled(qtbot, switcher.window).page_title.text() == "Data subject requests"
    qtbot.waitUntil(lambda: not isValid(first))
    switcher.setParent(None)
