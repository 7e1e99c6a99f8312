"""Window fixtures: message boxes recorded instead of shown, Qt warnings failing the test, a fresh window."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QObject, QSettings, QtMsgType, QTranslator
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from lazeo_desk.app import build_main_window
from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.rights import Right
from lazeo_desk.services.cases import CaseService
from lazeo_desk.store.database import Database
from lazeo_desk.ui import message_boxes
from lazeo_desk.ui.language import install_language
from lazeo_desk.ui.main_window import MainWindow
from lazeo_desk.ui.sentences import SAID_CONTEXT
from lazeo_desk.ui.settings_language import UiLanguage


@dataclass
class RecordedMessages:
    """Stands in for the message boxes: records what would have been shown; ``answers`` answers confirmations."""

    errors: list[tuple[str, str]] = field(default_factory=list)
    infos: list[tuple[str, str]] = field(default_factory=list)
    questions: list[tuple[str, str]] = field(default_factory=list)
    answers: list[bool] = field(default_factory=list)

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.errors.append((title, text))

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        self.infos.append((title, text))

    def confirm(self, parent: QWidget | None, title: str, text: str, *, yes: str, no: str) -> bool:
        self.questions.append((title, text))
        return self.answers.pop(0) if self.answers else True


@pytest.fixture(autouse=True)
def recorded_messages() -> Iterator[RecordedMessages]:
    """No real (blocking) message box ever opens in a window test."""
    recorder = RecordedMessages()
    previous = message_boxes.install(recorder)
    yield recorder
    message_boxes.install(previous)


# The offscreen platform used by the tests cannot resize native windows to fit their contents, nor raise one
# above the others, and says so; a real screen (xcb, Windows, macOS) does both.
_PLATFORM_LIMITS = ("This plugin does not support propagateSizeHints()", "This plugin does not support raise()")


@pytest.fixture(autouse=True)
def no_qt_warnings(qtlog: object) -> Iterator[None]:
    """A Qt warning (or worse) logged during a window test fails it."""
    yield
    records = getattr(qtlog, "records", [])
    bad = [
        r.message
        for r in records
        if r.type in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg) and r.message not in _PLATFORM_LIMITS
    ]
    assert not bad, f"Qt warnings: {bad}"


@pytest.fixture(autouse=True)
def british_dates() -> Iterator[None]:
    """Month names as in the examples ("14 Mar"), whatever the machine's locale."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def ui_settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "lazeo-desk.ini"), QSettings.Format.IniFormat)


CaseFactory = Callable[..., Case]


@pytest.fixture
def make_case() -> CaseFactory:
    """A valid case; any field can be given."""

    def build(
        *,
        name: str = "Ëlodie Vercammen",
        received: date = date(2026, 3, 5),
        jurisdiction: Jurisdiction = Jurisdiction.BE,
        rights: tuple[Right, ...] = (Right.ACCESS,),
        email: str = "",
        patient_number: str = "",
        centre: str = "Gent",
        **other: object,
    ) -> Case:
        return Case(
            jurisdiction=jurisdiction,
            language=Language.NL,
            channel=Channel.EMAIL,
            received=received,
            rights=rights,
            subject=DataSubject(name=name, email=email, patient_number=patient_number, centre=centre),
            **other,  # type: ignore[arg-type]
        )

    return build


WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def open_window(
    qtbot: QtBot, db: Database, clock: FixedClock, ui_settings: QSettings, recorded_messages: RecordedMessages
) -> Iterator[WindowFactory]:
    """Builds a shown main window on the test database (options: ``page_size``, ``search_delay_ms``)."""
    built: list[MainWindow] = []

    def build(**options: int) -> MainWindow:
        window = build_main_window(db, clock=clock, settings=ui_settings, **options)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(window.background_idle)
        built.append(window)
        return window

    yield build
    for window in built:
        window.shutdown()


@pytest.fixture
def window(open_window: WindowFactory) -> MainWindow:
    return open_window(search_delay_ms=20)


@pytest.fixture
def stored(service: CaseService, make_case: CaseFactory) -> Callable[..., str]:
    """Opens a case through the service and returns its reference."""

    def store(**fields: object) -> str:
        return service.open_case(make_case(**fields))

    return store


class SaidTranslator(QTranslator):
    """Stands in for the catalogue on the sentences of ``table`` (said() templates, by their English); every other
    text goes on to the catalogues installed before it."""

    def __init__(self, table: Mapping[str, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table = dict(table)

    def translate(  # type: ignore[override]
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return self._table.get(source_text) if context == SAID_CONTEXT else None


FrenchWith = Callable[[Mapping[str, str]], None]


@pytest.fixture
def french_with(qapp: QApplication) -> Iterator[FrenchWith]:
    """Makes the window speak French, with ``table`` standing in for the catalogue's sentences of the test."""
    installed: list[SaidTranslator] = []

    def install(table: Mapping[str, str]) -> None:
        install_language(qapp, "fr")
        translator = SaidTranslator(table, qapp)
        QCoreApplication.installTranslator(translator)
        installed.append(translator)

    yield install
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    install_language(qapp, UiLanguage.ENGLISH)
