"""Starting the window: the Qt application, its settings and translations, the main window, the event loop."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QWizard

from lazeo_desk import __version__
from lazeo_desk.domain.calendars import FROM_PACKAGE, HolidayNames
from lazeo_desk.domain.clock import Clock, SystemClock
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.register import RegisterService
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store.database import Database, StoreError
from lazeo_desk.store.location import database_file
from lazeo_desk.ui import message_boxes
from lazeo_desk.ui.first_paint import after_first_paint
from lazeo_desk.ui.language import LanguageSwitcher, install_language
from lazeo_desk.ui.main_window import MainWindow
from lazeo_desk.ui.placeholders import fill
from lazeo_desk.ui.sentences import error_text

if TYPE_CHECKING:
    from lazeo_desk.ui.app_lock import AppLock
from lazeo_desk.ui.settings_language import stored_ui_language

ORGANISATION = "LAZEO"
ORGANISATION_DOMAIN = "lazeo.com"
APPLICATION = "lazeo-desk"
DISPLAY_NAME = "LAZEO Desk"
DEMO_CASES = 600
DEMO_SEED = 2026

_RESOURCES = Path(__file__).resolve().parent.parent / "resources"
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
        install_language(app, stored_ui_language(QSettings()))
    QApplication.setApplicationDisplayName(DISPLAY_NAME)
    icon = _RESOURCES / "icons" / "lazeo-desk.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def actor_name(database: Database) -> str:
    """Who the timeline and the audit trail name for the DPO's actions (see services/actor.py)."""
    from lazeo_desk.services.actor import current_actor

    return current_actor(database)


def build_main_window(
    database: Database,
    *,
    clock: Clock | None = None,
    settings: QSettings | None = None,
    demo: bool = False,
    page_size: int | None = None,
    search_delay_ms: int | None = None,
    holidays: HolidayNames = FROM_PACKAGE,
) -> MainWindow:
    """The main window on ``database``, not yet shown (tests and benchmarks; needs a QApplication). Its deadlines
    read the public holidays from ``holidays`` (the copy read at start-up), else from the package."""
    clock = clock or SystemClock()
    case_service = CaseService(Workplace.of(database, clock, holidays))
    register_service = RegisterService(case_service.place)
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
    holidays = _load_public_holidays(clock)
    try:
        if demo:
            _seed_demo(database, clock)
        window = prepare_window(database, clock=clock, demo=demo, holidays=holidays)
        # The language can change from Settings: the window is then rebuilt in it, keeping the work on screen.
        switcher = LanguageSwitcher(
            app, lambda: prepare_window(database, clock=clock, demo=demo, holidays=holidays), window
        )
    except StoreError as error:
        message_boxes.error(None, QCoreApplication.translate("app", "LAZEO Desk cannot start"), error_text(error))
        return 1
    window.show()
    if not demo:
        welcome_if_first_run(window, database, clock)
    status = app.exec()
    del switcher
    return status


def _load_public_holidays(clock: Clock) -> HolidayNames:
    """The holidays of last, this and next year from the copy the package last gave (see store.holiday_cache)."""
    from lazeo_desk.store.holiday_cache import load_public_holidays

    year = clock.today().year
    return load_public_holidays(range(year - 1, year + 2)).names


def prepare_window(
    database: Database,
    *,
    clock: Clock,
    demo: bool = False,
    settings: QSettings | None = None,
    search_delay_ms: int | None = None,
    holidays: HolidayNames = FROM_PACKAGE,
) -> MainWindow:
    """The complete main window, not yet shown: register, lock, menus and the day's backup under way.

    What the menus open (settings, help, about, backups) is imported when first opened, not here: the register
    comes first.
    """
    window = build_main_window(
        database, clock=clock, demo=demo, settings=settings, search_delay_ms=search_delay_ms, holidays=holidays
    )
    _protect(window, database)
    _wire_menus(window, database, clock)
    _start_of_day_backup(window, database, clock, demo=demo)
    return window


def _wire_menus(window: MainWindow, database: Database, clock: Clock) -> None:
    """Settings, backup, sample cases, help and about: the menu entries around the register."""
    translate = QCoreApplication.translate

    def open_settings() -> None:
        from lazeo_desk.services.lock_settings import auto_lock_minutes
        from lazeo_desk.services.settings import SettingsService
        from lazeo_desk.ui.app_lock import AppLock
        from lazeo_desk.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            service=SettingsService(Workplace.of(database, clock)), ui_settings=QSettings(),
            today=clock.today(), parent=window,
        )

        def saved(_report: object) -> None:
            window.set_actor(actor_name(database))
            window.refresh()
            if isinstance(window.lock, AppLock):
                window.lock.set_minutes(auto_lock_minutes(database))

        dialog.settingsSaved.connect(saved)
        dialog.languageChanged.connect(lambda code: window.languageRequested.emit(code))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def open_processing_register() -> None:
        from lazeo_desk.services.processing import ProcessingService
        from lazeo_desk.ui.processing_view import ProcessingRegisterDialog

        dialog = ProcessingRegisterDialog(service=ProcessingService(Workplace.of(database, clock)), parent=window)
        # An open case's letter log marks the answers that printed an older version.
        dialog.registerSaved.connect(lambda _number: window.refresh())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def back_up_now() -> None:
        from PySide6.QtWidgets import QFileDialog

        from lazeo_desk.services.maintenance import backup_database

        # A server's backup is a pg_dump archive, not a database file.
        name = f"lazeo-desk-{clock.today().isoformat()}.{'dump' if database.on_server else 'sqlite3'}"
        target, _ = QFileDialog.getSaveFileName(window, translate("app", "Back up the database"), name)
        if not target:
            return

        def done(report: object) -> None:
            written = fill(translate("app", "The backup is in %1."), target)
            message_boxes.info(window, translate("app", "Backup written"), written)

        def failed(error: BaseException) -> None:
            message_boxes.error(window, translate("app", "The backup failed"), error_text(error))

        # The name is read now, not when the menu was built: the settings may have changed it since.
        who = actor_name(database)
        window.tasks.submit(lambda: backup_database(database, Path(target), actor=who), done, failed)

    def remove_samples() -> None:
        from lazeo_desk.services.sample_data import SampleDataService
        from lazeo_desk.ui.first_run import remove_sample_cases

        if remove_sample_cases(window, SampleDataService(Workplace.of(database, clock))) is not None:
            window.refresh()

    def show_help() -> None:
        from lazeo_desk.ui.help_window import HelpWindow

        help_window = HelpWindow(language=stored_ui_language(QSettings()), parent=window)
        help_window.show()

    def show_about() -> None:
        from lazeo_desk.ui.about_dialog import AboutDialog

        about = AboutDialog(location=database.location, parent=window)
        about.finished.connect(about.deleteLater)
        about.open()

    def add(
        menu: QMenu, text: str, shortcut: QKeySequence | None, slot: object, before: QAction | None = None
    ) -> QAction:
        action = QAction(text, window)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        window.addAction(action)
        if before is not None:
            menu.insertAction(before, action)
        else:
            menu.addAction(action)
        return action

    quit_action = window.quit_action
    settings_action = add(
        window.file_menu, translate("app", "&Settings…"), QKeySequence("Ctrl+,"), open_settings, quit_action
    )
    add(window.file_menu, translate("app", "Register of &processing…"), None, open_processing_register, quit_action)
    add(window.file_menu, translate("app", "&Back up now…"), None, back_up_now, quit_action)
    samples_action = add(
        window.file_menu, translate("app", "Remove the &sample cases…"), None, remove_samples, quit_action
    )
    if not _acts_as_dpo(database):
        # The server would refuse them anyway (settings, deleting cases): they are not offered.
        for action in (settings_action, samples_action):
            action.setEnabled(False)
            action.setToolTip(translate("app", "Only the DPO's role on the team's database server may do this."))
            action.setStatusTip(action.toolTip())
    window.file_menu.insertSeparator(quit_action)
    add(window.help_menu, translate("app", "&Guide"), QKeySequence(QKeySequence.StandardKey.HelpContents), show_help)
    add(window.help_menu, translate("app", "&About LAZEO Desk"), None, show_about)


def _acts_as_dpo(database: Database) -> bool:
    """Whether whoever has ``database`` open may change its settings and delete cases: everyone but an assistant or
    an auditor of a team on a server."""
    from lazeo_desk.services import team

    return team.role_of(database) in (None, team.AppRole.DPO)


def welcome_if_first_run(window: MainWindow, database: Database, clock: Clock) -> QWizard | None:
    """The first start: a short welcome that checks the organisation profile and offers sample cases."""
    from lazeo_desk.services.sample_data import SampleDataService
    from lazeo_desk.services.settings import SettingsService
    from lazeo_desk.ui.first_run import FirstRunWizard

    if not _acts_as_dpo(database):
        # The welcome sets the organisation's profile: the DPO's to do, even on a team's first day.
        return None
    settings_service = SettingsService(Workplace.of(database, clock))
    if not settings_service.first_run_needed():
        return None
    wizard = FirstRunWizard(
        settings_service=settings_service,
        sample_service=SampleDataService(settings_service.place),
        parent=window,
    )
    wizard.sampleCasesLoaded.connect(lambda _count: window.refresh())
    # The welcome may be where the DPO's name is first set: the window's actions are recorded under it from then on.
    wizard.finished.connect(lambda _result: window.set_actor(actor_name(database)))
    wizard.finished.connect(wizard.deleteLater)
    wizard.open()
    return wizard


def _protect(window: MainWindow, database: Database) -> None:
    """The lock on demand (Ctrl+L) and after idle minutes; an unencrypted database is said plainly."""
    translate = QCoreApplication.translate
    if database.on_server:
        # The server guards a database on it (its roles and credentials); lazeo-desk holds no passphrase to lock with.
        return
    if not database.encrypted:
        window.setWindowTitle(window.windowTitle() + translate("app", " — UNENCRYPTED database (tests and demos only)"))
        warning = QLabel(translate("app", "Unencrypted database"), window)
        warning.setStyleSheet("color: #b3261e; font-weight: 600; padding: 0 8px;")
        window.statusBar().addPermanentWidget(warning)
        return

    def armed() -> AppLock:
        from lazeo_desk.services.lock_settings import auto_lock_minutes
        from lazeo_desk.services.passphrase import Unlocker
        from lazeo_desk.ui.app_lock import AppLock

        lock = window.lock
        if not isinstance(lock, AppLock):
            lock = AppLock(unlocker=Unlocker(database), minutes=auto_lock_minutes(database), parent=window)
            window.lock = lock
        return lock

    action = QAction(translate("app", "&Lock"), window)
    action.setShortcut(QKeySequence("Ctrl+L"))
    action.triggered.connect(lambda: armed().lock())
    window.addAction(action)
    window.file_menu.insertAction(window.quit_action, action)
    # Armed once the register is on screen (the idle clock counts in minutes); Ctrl+L arms it earlier if pressed.
    after_first_paint(window, armed)


def _start_of_day_backup(window: MainWindow, database: Database, clock: Clock, *, demo: bool) -> None:
    """The first start of each day writes a backup (the last N are kept), off the GUI thread."""
    if demo or not database.encrypted:
        return
    from lazeo_desk.services.maintenance import start_of_day_backup
    from lazeo_desk.services.settings import backup_folder
    from lazeo_desk.store.backup import DailyBackup

    translate = QCoreApplication.translate

    def work() -> DailyBackup:
        return start_of_day_backup(database, clock, backup_folder(database))

    def done(result: object) -> None:
        if isinstance(result, DailyBackup) and result.created is not None:
            written = fill(translate("app", "Backup of the day written: %1"), str(result.created.path))
            window.statusBar().showMessage(written, 8000)

    def failed(error: BaseException) -> None:
        message_boxes.error(window, translate("app", "The daily backup failed"), error_text(error))

    # After the register is on screen: the backup reads the whole database and is not needed to start working.
    QTimer.singleShot(3000, window, lambda: window.tasks.submit(work, done, failed))


def open_database(url: str, *, plain: bool) -> Database | None:
    """The database at ``url``: on a server as it is, plain when asked for, else unlocked with the passphrase
    (asked in a dialog).

    Returns None when the DPO quits instead of giving the passphrase. ``LAZEO_DESK_PASSPHRASE`` is used when set.
    """
    from lazeo_desk.services import passphrase
    from lazeo_desk.store.database import IS_PLAIN, NOT_A_DATABASE
    from lazeo_desk.ui.unlock_dialog import Mode, PassphraseDialog

    translate = QCoreApplication.translate
    found = passphrase.protection(url)
    if found is passphrase.Protection.SERVER:
        return _open_server_database(url)
    if plain:
        return passphrase.open_plain_database(url)
    if found is passphrase.Protection.NOT_A_FILE:
        raise StoreError(translate("app", "Only a database file can be encrypted: start with --plain for this one."))
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


_PASSWORD_TRIES = 3


def _open_server_database(url: str) -> Database | None:
    """A database on a server with libpq's credentials; when the server wants a password they did not give, it is
    asked in a dialog and used for this run only (never stored). None when the person cancels."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit
    from sqlalchemy import make_url

    from lazeo_desk.services import passphrase
    from lazeo_desk.services.actor import login_name

    translate = QCoreApplication.translate
    tried = url
    for _ in range(_PASSWORD_TRIES):
        try:
            return passphrase.open_server_database(tried)
        except StoreError as error:
            if not passphrase.password_wanted(error):
                raise
            wrong = tried != url
        parsed = make_url(url)
        prompt = fill(
            translate("app", "Password of %1 on the database server %2:"),
            parsed.username or login_name(), parsed.host or parsed.database or "",
        )
        if wrong:
            prompt = translate("app", "That password was refused.") + "\n" + prompt
        given, ok = QInputDialog.getText(
            None, translate("app", "Sign in to the database server"), prompt, QLineEdit.EchoMode.Password
        )
        if not ok:
            return None
        tried = passphrase.with_password(url, given)
    return passphrase.open_server_database(tried)


NO_DISPLAY = "lazeo-desk: no display: the window needs a graphical session (or run a command, see lazeo-desk --help)"


def display_missing(environ: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """Whether the window cannot open for want of a display: on Linux without DISPLAY, WAYLAND_DISPLAY or a chosen
    QT_QPA_PLATFORM, Qt aborts naming xcb libraries that are installed, which sends the user after the wrong fix."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    return platform.startswith("linux") and not any(
        environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    )


def start(url: str, *, plain: bool = False, clock: Clock | None = None, demo: bool = False) -> int:
    """What ``lazeo-desk`` without a command does: open the database (asking the passphrase), show the window."""
    if display_missing():
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    create_application()
    try:
        database = open_database(url, plain=plain)
    except StoreError as error:
        message_boxes.error(None, QCoreApplication.translate("app", "LAZEO Desk cannot start"), error_text(error))
        return 1
    if database is None:
        return 0
    return run(database, clock=clock, demo=demo)
