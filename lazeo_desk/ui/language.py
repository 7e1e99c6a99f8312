"""The window's language: our translations and Qt's own loaded together, and a switch that keeps the DPO's work.

The widgets set their texts once, when they are built; so a change of language rebuilds the main window, after
the open case's edits are saved, and puts back what was on screen: the filters, the search, the selected and the
open case, the tab shown, the window's size and place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QPoint,
    QSize,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import QDialog

from lazeo_desk.resources import ResourceError, resources_root
from lazeo_desk.store.register import QuickFilter
from lazeo_desk.ui import message_boxes
from lazeo_desk.ui.main_window import MainWindow
from lazeo_desk.ui.placeholders import fill
from lazeo_desk.ui.settings_language import UiLanguage, effective_language
from lazeo_desk.ui.translation import translate

CATALOGUE = "lazeo_desk"
QT_CATALOGUE = "qtbase"
# The translators this module installs carry this name, so that the next change finds and removes them.
TRANSLATOR_NAME = "lazeo-desk-language"

# The locale for a language the system does not speak: the DPO's countries (Paris, Belgian Dutch speakers) and
# British English (day before month).
_DEFAULT_LOCALES = {
    UiLanguage.ENGLISH: (QLocale.Language.English, QLocale.Country.UnitedKingdom),
    UiLanguage.FRENCH: (QLocale.Language.French, QLocale.Country.France),
    UiLanguage.DUTCH: (QLocale.Language.Dutch, QLocale.Country.Belgium),
}

WindowFactory = Callable[[], MainWindow]


def translations_folder() -> Path:
    """``resources/translations``: our ``lazeo_desk_<lang>.qm`` files (in the source tree or the frozen app)."""
    try:
        return resources_root() / "translations"
    except ResourceError:
        return Path(__file__).resolve().parents[2] / "resources" / "translations"


def qt_translations_folder() -> Path:
    """Where Qt keeps its own translations (``qtbase_fr.qm``…), as PySide6 was installed or bundled."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def language_of(code: str | UiLanguage) -> UiLanguage:
    """The choice stored under ``ui/language`` ("system", "en", "fr", "nl"); anything else follows the system."""
    try:
        return UiLanguage(code)
    except ValueError:
        return UiLanguage.SYSTEM


def locale_for(language: UiLanguage, system: QLocale | None = None) -> QLocale:
    """The locale dates and numbers are written in: the system's own when it speaks the language (so that a
    Belgian keeps Belgian formats), else the language's usual one here. ``language`` is English, French or Dutch."""
    system = system if system is not None else QLocale.system()
    wanted, territory = _DEFAULT_LOCALES[language]
    if system.language() == wanted and not (
        wanted == QLocale.Language.English and system.territory() == QLocale.Country.UnitedStates
    ):
        return QLocale(system)
    return QLocale(wanted, territory)


@dataclass(frozen=True)
class InstalledLanguage:
    """What :func:`install_language` put in place.

    Attributes: ``language`` (English, French or Dutch: what the window speaks), ``locale`` (the default
    locale now, for dates and numbers), ``missing`` (translation files that were looked for and not found;
    the window then shows English there).
    """

    language: UiLanguage
    locale: QLocale
    missing: tuple[Path, ...] = field(default=())


def _remove_ours(app: QCoreApplication) -> None:
    for translator in app.findChildren(QTranslator, TRANSLATOR_NAME):
        QCoreApplication.removeTranslator(translator)
        translator.setParent(None)
        translator.deleteLater()


def _install(app: QCoreApplication, path: Path) -> bool:
    translator = QTranslator(app)
    translator.setObjectName(TRANSLATOR_NAME)
    if not translator.load(str(path)):
        translator.setParent(None)
        translator.deleteLater()
        return False
    QCoreApplication.installTranslator(translator)
    return True


def install_language(
    app: QCoreApplication, code: str | UiLanguage, *, system: QLocale | None = None
) -> InstalledLanguage:
    """Make the interface speak ``code`` ("system", "en", "fr" or "nl") from now on.

    Removes the translators a previous call installed, loads ours (``lazeo_desk_<lang>.qm``) and Qt's
    (``qtbase_<lang>.qm``, for the standard buttons and dialogs), and makes the language's locale the default
    one, so that dates and numbers follow it. English needs no file: it is the language of the sources.
    A missing file is reported in the result, never raised: the window then speaks English there.
    Widgets already built keep their texts; see :func:`switch_language`.
    """
    language = effective_language(language_of(code), system)
    _remove_ours(app)
    missing: list[Path] = []
    if language is not UiLanguage.ENGLISH:
        for path in (
            qt_translations_folder() / f"{QT_CATALOGUE}_{language.value}.qm",
            translations_folder() / f"{CATALOGUE}_{language.value}.qm",
        ):
            if not _install(app, path):
                missing.append(path)
    locale = locale_for(language, system)
    QLocale.setDefault(locale)
    return InstalledLanguage(language, locale, tuple(missing))


@dataclass
class WindowState:
    """What is on screen in the main window, to be shown again by a rebuilt one."""

    geometry: QByteArray
    size: QSize
    position: QPoint
    normal: bool
    state: QByteArray
    header: QByteArray
    splitter: QByteArray | None
    search: str
    status: object
    right: object
    jurisdiction: object
    centre: str
    centres: list[str]
    received_from: str
    received_to: str
    quick: QuickFilter | None
    selected: str | None
    open_case: str | None
    case_tab: int


def window_state(window: MainWindow) -> WindowState:
    """Read what ``window`` shows: its layout, the filters, the selected case and the open one."""
    filters = window.filters
    detail = window.detail
    showing_case = detail is not None and detail.isVisible() and detail.reference is not None
    return WindowState(
        geometry=window.saveGeometry(),
        size=window.size(),
        position=window.pos(),
        normal=not (window.isMaximized() or window.isFullScreen()),
        state=window.saveState(),
        header=window.columns.header_state(),
        splitter=window.splitter.saveState() if detail is not None else None,
        search=filters.search.text(),
        status=filters.status.currentData(),
        right=filters.right.currentData(),
        jurisdiction=filters.jurisdiction.currentData(),
        centre=str(filters.centre.currentData() or ""),
        centres=[str(filters.centre.itemData(i)) for i in range(1, filters.centre.count())],
        received_from=filters.received_from.text(),
        received_to=filters.received_to.text(),
        quick=window.summary.current(),
        selected=window.selected_reference(),
        open_case=detail.reference if showing_case and detail is not None else None,
        case_tab=detail.tabs.currentIndex() if showing_case and detail is not None else 0,
    )


def restore_window_state(window: MainWindow, state: WindowState) -> None:
    """Show ``state`` in ``window`` (a window just built): layout, filters, then the selected and open case."""
    window.restoreGeometry(state.geometry)
    if state.normal:
        # restoreGeometry() fits the window to the screen it finds; the window is where it was a moment ago.
        window.resize(state.size)
        window.move(state.position)
    window.restoreState(state.state)
    window.columns.restore_header_state(state.header)
    filters = window.filters
    if state.centres:
        filters.set_centres(state.centres)
    combos = (
        (filters.status, state.status),
        (filters.right, state.right),
        (filters.jurisdiction, state.jurisdiction),
        (filters.centre, state.centre),
    )
    widgets: list[QObject] = [filters.search, filters.received_from, filters.received_to]
    widgets += [combo for combo, _ in combos]
    for widget in widgets:
        widget.blockSignals(True)
    filters.search.setText(state.search)
    for combo, value in combos:
        combo.setCurrentIndex(max(combo.findData(value), 0))
    filters.received_from.setText(state.received_from)
    filters.received_to.setText(state.received_to)
    for widget in widgets:
        widget.blockSignals(False)
    window.set_quick_filter(state.quick)
    if state.open_case is not None and window.open_reference(state.open_case):
        detail = window.detail
        if detail is not None:
            detail.tabs.setCurrentIndex(state.case_tab)
            if state.splitter is not None:
                window.splitter.restoreState(state.splitter)
    elif state.selected is not None:
        row = window.model.row_of(state.selected)
        if row is not None:
            window.view.selectRow(row)


def _open_dialogs(window: MainWindow) -> list[QDialog]:
    return [dialog for dialog in window.findChildren(QDialog) if dialog.isVisible()]


def _may_rebuild(window: MainWindow) -> bool:
    """Whether the window can be rebuilt now without losing anything: asks to save the open case's edits."""
    dialogs = _open_dialogs(window)
    if dialogs:
        titles = ", ".join(f"“{dialog.windowTitle()}”" for dialog in dialogs)
        text = translate(
            "LanguageSwitch",
            "Close %1 to see the window in the new language now; otherwise it applies from the next start.",
        )
        message_boxes.info(window, translate("LanguageSwitch", "Change of language"), fill(text, titles))
        return False
    detail = window.detail
    if detail is None or not detail.isVisible() or not detail.has_unsaved_changes():
        return True
    text = translate(
        "LanguageSwitch",
        "%1 has changes that are not saved. Save them, and the window changes language now; keep editing, and the "
        "new language applies from the next start.",
    )
    if not message_boxes.confirm(
        window,
        translate("LanguageSwitch", "Change of language"),
        fill(text, detail.reference or ""),
        yes=translate("LanguageSwitch", "Save and change"),
        no=translate("LanguageSwitch", "Keep editing"),
    ):
        return False
    # A save refused by the rules shows its problems beside the fields; the window stays as it is.
    return detail.save()


def switch_language(
    app: QCoreApplication, window_factory: WindowFactory, window: MainWindow, code: str | UiLanguage
) -> MainWindow | None:
    """Make the interface speak ``code`` and rebuild the main window in it, keeping the DPO's work.

    Unsaved edits of the open case are saved first when the DPO agrees; while they are kept unsaved, or while a
    dialog is open in the window, nothing changes now and None is returned (the choice, already stored by the
    Settings dialog, applies from the next start). Otherwise the new window, built by ``window_factory`` and
    shown where the old one was with the same filters, search, selected and open case, replaces the old one,
    which is closed (not deleted: the caller owns it); the new one is returned.
    """
    if not _may_rebuild(window):
        return None
    state = window_state(window)
    shown = window.isVisible()
    install_language(app, code)
    rebuilt = window_factory()
    restore_window_state(rebuilt, state)
    if shown:
        rebuilt.show()
    # Closing saves the old window's layout and stops its timers; its owner deletes it (LanguageSwitcher does).
    window.close()
    return rebuilt


class LanguageSwitcher(QObject):
    """Keeps the current main window and rebuilds it when the DPO chooses another language.

    Listens to the window's ``languageRequested(str)`` signal (the Settings dialog's ``languageChanged``). The
    switch waits for the event loop, so that the dialog that asked has closed first.

    Attributes: ``window`` (the main window now shown). Signal ``windowReplaced(object)``: the new main window.
    """

    def __init__(self, app: QCoreApplication, window_factory: WindowFactory, window: MainWindow) -> None:
        super().__init__(app)
        self._app = app
        self._factory = window_factory
        self.window = window
        self._follow(window)

    def _follow(self, window: MainWindow) -> None:
        window.languageRequested.connect(self.request)

    def request(self, code: str) -> None:
        """Switch to ``code`` once the current event is handled."""
        QTimer.singleShot(0, self, lambda: self.switch(code))

    def switch(self, code: str) -> bool:
        """Switch now; True when the window was rebuilt in the new language."""
        previous = self.window
        rebuilt = switch_language(self._app, self._factory, previous, code)
        if rebuilt is None:
            return False
        self.window = rebuilt
        previous.deleteLater()
        self._follow(rebuilt)
        return True

