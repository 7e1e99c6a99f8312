"""Starting the window: the Qt application, its settings and translations, the main window, the event loop."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from lazeo_desk import __version__
from lazeo_desk.domain.clock import Clock, SystemClock
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.register import RegisterService
from lazeo_desk.store import settings as store_settings
from lazeo_desk.store.database import Database, StoreError
from lazeo_desk.ui import messages
from lazeo_desk.ui.main_window import MainWindow

ORGANISATION = "LAZEO"
ORGANISATION_DOMAIN = "lazeo.com"
APPLICATION = "lazeo-desk"
DISPLAY_NAME = "LAZEO Desk"
DEMO_CASES = 600
DEMO_SEED = 2026

_RESOURCES = Path(__file__).resolve().parent.parent / "resources"
_translators: list[QTranslator] = []


def _install_translations(app: QCoreApplication) -> None:
    """Qt's own strings (standard buttons) and ours, in the system's language when a translation exists."""
    locale = QLocale.system()
    qt_translator = QTranslator(app)
    if qt_translator.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        _translators.append(qt_translator)
    ours = QTranslator(app)
    if ours.load(locale, "lazeo_desk", "_", str(_RESOURCES / "translations")):
        app.installTranslator(ours)
        _translators.append(ours)


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication, named for QSettings (INI files), with translations and the icon; reused if it exists."""
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setOrganizationDomain(ORGANISATION_DOMAIN)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        app = QApplication(list(argv) if argv is not None else sys.argv[:1])
        app.setStyle("Fusion")
        _install_translations(app)
    QApplication.setApplicationDisplayName(DISPLAY_NAME)
    icon = _RESOURCES / "icons" / "lazeo-desk.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def actor_name(database: Database) -> str:
    """Who the timeline names for the DPO's actions (a database setting)."""
    with database.transaction() as session:
        value = store_settings.get_setting(session, store_settings.ACTOR)
    return str(value) if value else "DPO"


def build_main_window(
    database: Database,
    *,
    clock: Clock | None = None,
    settings: QSettings | None = None,
    demo: bool = False,
    page_size: int | None = None,
    search_delay_ms: int | None = None,
) -> MainWindow:
    """The main window on ``database``, not yet shown (tests and benchmarks; needs a QApplication)."""
    clock = clock or SystemClock()
    case_service = CaseService(database, clock, actor_name(database))
    register_service = RegisterService(database, clock)
    options: dict[str, int] = {}
    if page_size is not None:
        options["page_size"] = page_size
    if search_delay_ms is not None:
        options["search_delay_ms"] = search_delay_ms
    return MainWindow(
        case_service, register_service, location=database.location, settings=settings, demo=demo, **options
    )


def _seed_demo(database: Database, clock: Clock) -> None:
    from lazeo_desk.services.seeding import count_cases, seed_cases

    if count_cases(database) == 0:
        seed_cases(database, DEMO_CASES, seed=DEMO_SEED, clock=clock)


def run(database: Database, *, clock: Clock | None = None, demo: bool = False) -> int:
    """Show the main window on ``database`` and run until it is closed; returns the exit status.

    With ``demo`` an empty database first receives sample cases, and the title says the data is not real.
    """
    app = create_application()
    clock = clock or SystemClock()
    try:
        if demo:
            _seed_demo(database, clock)
        window = build_main_window(database, clock=clock, demo=demo)
    except StoreError as error:
        messages.error(None, QCoreApplication.translate("app", "LAZEO Desk cannot start"), str(error))
        return 1
    window.show()
    return app.exec()
