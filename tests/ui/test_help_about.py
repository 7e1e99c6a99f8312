"""The Help window (the guide in three languages, nothing fetched from the network) and the About dialog."""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from lazeo_desk import __version__
from lazeo_desk.letters.resources import resources_root
from lazeo_desk.store.database import Database
from lazeo_desk.ui import about_dialog
from lazeo_desk.ui.about_dialog import COL_LICENCE, COL_NAME, COL_VERSION, AboutDialog, bundled_components
from lazeo_desk.ui.help_window import HelpWindow, help_file
from lazeo_desk.ui.settings_language import UiLanguage, effective_language

GUIDES = {
    UiLanguage.ENGLISH: ("The deadline rules", "Easter Monday: due 7 April 2026"),
    UiLanguage.FRENCH: ("Les règles de délai", "lundi de Pâques : échéance le 7 avril 2026"),
    UiLanguage.DUTCH: ("De termijnregels", "paasmaandag: uiterlijk 7 april 2026"),
}


def _open_help(qtbot: QtBot, language: UiLanguage) -> HelpWindow:
    window = HelpWindow(language=language)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _plain(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("language", list(GUIDES))
def test_the_guide_opens_in_the_language_asked(qtbot: QtBot, language: UiLanguage) -> None:
    window = _open_help(qtbot, language)
    heading, example = GUIDES[language]
    shown = _plain(window.browser.toPlainText())
    assert heading in shown
    assert example in shown
    assert window.current_language() is language


def test_the_guide_is_a_window_of_its_own_beside_its_parent(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    window = HelpWindow(language=UiLanguage.FRENCH, parent=parent)
    assert window.isWindow()
    assert window.windowTitle() == "LAZEO Desk guide"


def test_choosing_another_language_in_the_window_switches_the_guide(qtbot: QtBot) -> None:
    window = _open_help(qtbot, UiLanguage.ENGLISH)
    qtbot.keyClicks(window.language, "N")
    assert window.current_language() is UiLanguage.DUTCH
    assert "De termijnregels" in window.browser.toPlainText()


@pytest.mark.parametrize(
    ("system", "expected"),
    [
        (QLocale(QLocale.Language.French, QLocale.Country.Belgium), UiLanguage.FRENCH),
        (QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium), UiLanguage.DUTCH),
        (QLocale(QLocale.Language.English, QLocale.Country.Ireland), UiLanguage.ENGLISH),
        (QLocale(QLocale.Language.German, QLocale.Country.Luxembourg), UiLanguage.ENGLISH),
    ],
)
def test_following_the_system_picks_its_language_or_english(system: QLocale, expected: UiLanguage) -> None:
    assert effective_language(UiLanguage.SYSTEM, system) is expected
    assert effective_language(UiLanguage.FRENCH, system) is UiLanguage.FRENCH


def test_the_guide_fetches_nothing_from_the_network(qtbot: QtBot) -> None:
    window = _open_help(qtbot, UiLanguage.ENGLISH)
    remote = window.browser.loadResource(
        int(QTextDocument.ResourceType.ImageResource), QUrl("https://tracker.example/pixel.png")
    )
    assert remote is None


@pytest.mark.parametrize("language", list(GUIDES))
def test_each_guide_links_only_to_its_own_sections(language: UiLanguage) -> None:
    text = help_file(language).read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//|file:)""", text, re.IGNORECASE)
    assert "<img" not in text and "@import" not in text and "<link" not in text
    anchors = set(re.findall(r'name="([^"]+)"', text))
    assert anchors == {"workflow", "deadlines", "countdown", "settings"}
    assert set(re.findall(r'href="#([^"]+)"', text)) == anchors


def test_the_three_guides_are_shipped_with_the_resources() -> None:
    shipped = sorted(p.name for p in (resources_root() / "help").glob("*.html"))
    assert shipped == ["en.html", "fr.html", "nl.html"]


# about ------------------------------------------------------------------------------------------------------
def _rows(dialog: AboutDialog) -> dict[str, tuple[str, str]]:
    model = dialog.model
    return {
        str(model.index(row, COL_NAME).data()): (
            str(model.index(row, COL_VERSION).data()), str(model.index(row, COL_LICENCE).data())
        )
        for row in range(model.rowCount())
    }


def test_about_shows_the_version_the_database_and_the_licences(
    qtbot: QtBot, db: Database, qtmodeltester: object
) -> None:
    dialog = AboutDialog(location=db.location)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.version.text() == __version__
    assert dialog.location.text() == db.location and Path(db.location).name == "test.sqlite3"
    rows = _rows(dialog)
    expected_licences = {
        "PySide6 (Qt for Python)": "LGPL-3.0",
        "Qt": "LGPL-3.0",
        "SQLAlchemy": "MIT",
        "Alembic": "MIT",
        "ReportLab": "BSD",
        "holidays": "MIT",
        "Babel": "BSD-3-Clause",
        "platformdirs": "MIT",
        "Carlito font": "OFL-1.1",
    }
    for name, licence in expected_licences.items():
        assert rows[name][1] == licence, name
    assert rows["SQLAlchemy"][0] == metadata.version("SQLAlchemy")
    assert rows["Babel"][0] == metadata.version("babel")
    assert dialog.model.headerData(COL_LICENCE, about_dialog.Qt.Orientation.Horizontal) == "Licence"
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]


def test_optional_components_are_listed_only_when_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    real_version = metadata.version

    def without_optional(name: str) -> str:
        if name.startswith(("pypdfium2", "sqlcipher3", "argon2")):
            raise metadata.PackageNotFoundError(name)
        return real_version(name)

    names_with = {c.name for c in bundled_components()}
    monkeypatch.setattr(about_dialog.metadata, "version", without_optional)
    names_without = {c.name for c in bundled_components()}
    assert {"pypdfium2 (PDFium)", "sqlcipher3 (SQLCipher)", "argon2-cffi"} & names_without == set()
    assert names_with - names_without <= {"pypdfium2 (PDFium)", "sqlcipher3 (SQLCipher)", "argon2-cffi"}
    assert "SQLAlchemy" in names_without


def test_a_required_component_whose_version_cannot_be_read_is_still_listed(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    def unknown(name: str) -> str:
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(about_dialog.metadata, "version", unknown)
    dialog = AboutDialog(location=":memory:")
    qtbot.addWidget(dialog)
    assert _rows(dialog)["ReportLab"] == ("—", "BSD")
