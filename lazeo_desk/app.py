"""Starting the window: the Qt application, its settings and translations, the main window, the event loop."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel

from lazeo_desk import __version__
from lazeo_desk.domain.clock import Clock, SystemClock
from lazeo_desk.services import passphrase
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.register import RegisterService
from lazeo_desk.store import settings as store_settings
from lazeo_desk.store.database import IS_PLAIN, NOT_A_DATABASE, Database, StoreError
from lazeo_desk.store.location import database_file
from lazeo_desk.ui import messages
from lazeo_desk.ui.app_lock import AppLock
from lazeo_desk.ui.main_window import MainWindow
from lazeo_desk.ui.unlock_dialog import Mode, PassphraseDialog

ORGANISATION = "LAZEO"
ORGANISATION_DOMAIN = "lazeo.com"
APPLICATION = "lazeo-desk"
DISPLAY_NAME = "LAZEO Desk"
DEMO_CASES = 600
DEMO_SEED = 2026
AUTO_LOCK_MINUTES = "auto_lock_minutes"
DEFAULT_AUTO_LOCK_MINUTES = 10

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
    _protect(window, database)
    _start_of_day_backup(window, database, clock, demo=demo)
    window.show()
    return app.exec()


def _protect(window: MainWindow, database: Database) -> None:
    """The lock on demand (Ctrl+L) and after idle minutes; an unencrypted database is said plainly."""
    tr = QCoreApplication.translate
    if not database.encrypted:
        window.setWindowTitle(window.windowTitle() + tr("app", " — UNENCRYPTED database (tests and demos only)"))
        warning = QLabel(tr("app", "Unencrypted database"), window)
        warning.setStyleSheet("color: #b3261e; font-weight: 600; padding: 0 8px;")
        window.statusBar().addPermanentWidget(warning)
        return
    with database.transaction() as session:
        minutes = store_settings.get_setting(session, AUTO_LOCK_MINUTES)
    lock = AppLock(
        database=database, location=database.location,
        minutes=minutes if isinstance(minutes, int) else DEFAULT_AUTO_LOCK_MINUTES, parent=window,
    )
    action = QAction(tr("app", "&Lock"), window)
    action.setShortcut(QKeySequence("Ctrl+L"))
    action.triggered.connect(lock.lock)
    window.addAction(action)
    window.file_menu.insertAction(window.quit_action, action)
    window.lock = lock


def _start_of_day_backup(window: MainWindow, database: Database, clock: Clock, *, demo: bool) -> None:
    """The first start of each day writes a backup (the last N are kept), off the GUI thread."""
    if demo or not database.encrypted:
        return
    from lazeo_desk.services.maintenance import start_of_day_backup

    tr = QCoreApplication.translate

    def done(result: object) -> None:
        created = getattr(result, "created", None)
        if created is not None:
            window.statusBar().showMessage(tr("app", "Backup of the day written: %1").replace("%1", str(created)), 8000)

    def failed(error: BaseException) -> None:
        messages.error(window, tr("app", "The daily backup failed"), str(error))

    window.tasks.submit(lambda: start_of_day_backup(database, clock), done, failed)


def open_database(url: str, *, plain: bool) -> Database | None:
    """The database at ``url``: plain when asked for, else unlocked with the passphrase (asked in a dialog).

    Returns None when the DPO quits instead of giving the passphrase. ``LAZEO_DESK_PASSPHRASE`` is used when set.
    """
    tr = QCoreApplication.translate
    if plain:
        return passphrase.open_plain_database(url)
    found = passphrase.protection(url)
    if found is passphrase.Protection.NOT_A_FILE:
        raise StoreError(tr("app", "Only a database file can be encrypted: start with --plain for this one."))
    if found is passphrase.Protection.PLAIN:
        raise StoreError(IS_PLAIN)
    if found is passphrase.Protection.NOT_A_DATABASE:
        raise StoreError(NOT_A_DATABASE)
    creating = found is passphrase.Protection.NEW
    given = passphrase.passphrase_from_environment()
    if given is not None:
        return passphrase.create_database(url, given) if creating else passphrase.unlock_database(url, given)
    location = str(database_file(url) or url)
    dialog = PassphraseDialog(
        mode=Mode.CREATE if creating else Mode.UNLOCK,
        location=location,
        attempt=(lambda p: passphrase.create_database(url, p)) if creating else (
            lambda p: passphrase.unlock_database(url, p)
        ),
    )
    opened: list[Database] = []
    dialog.opened.connect(lambda db: opened.append(db))
    dialog.exec()
    return opened[0] if opened else None


def start(url: str, *, plain: bool = False, clock: Clock | None = None, demo: bool = False) -> int:
    """What ``lazeo-desk`` without a command does: open the database (asking the passphrase), show the window."""
    create_application()
    try:
        database = open_database(url, plain=plain)
    except StoreError as error:
        messages.error(None, QCoreApplication.translate("app", "LAZEO Desk cannot start"), str(error))
        return 1
    if database is None:
        return 0
    return run(database, clock=clock, demo=demo)
