"""The Settings dialog: the business settings (saved together in the database) and the window's language."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lazeo_desk.services.maintenance import default_backup_folder
from lazeo_desk.services.settings import (
    BusinessSettings,
    SaveReport,
    SettingProblem,
    SettingsError,
    SettingsService,
    validate,
)
from lazeo_desk.store.database import StoreError
from lazeo_desk.ui import message_boxes
from lazeo_desk.ui.placeholders import fill
from lazeo_desk.ui.problem_banner import ProblemBanner
from lazeo_desk.ui.sentences import error_text
from lazeo_desk.ui.settings_centres import CentresPage
from lazeo_desk.ui.settings_deadlines import DeadlinesPage
from lazeo_desk.ui.settings_fields import SETTINGS_STYLE, SettingsPage
from lazeo_desk.ui.settings_language import (
    LanguagePage,
    UiLanguage,
    store_reminder_days,
    store_ui_language,
    stored_reminder_days,
    stored_ui_language,
)
from lazeo_desk.ui.settings_letters import FileChooser, LettersPage
from lazeo_desk.ui.settings_organisation import OrganisationPage
from lazeo_desk.ui.settings_storage import FolderChooser, StoragePage


def _scrolled(page: QWidget, parent: QWidget) -> QScrollArea:
    """A page that scrolls when the dialog is smaller than it (a laptop screen)."""
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(page)
    return scroll


class SettingsDialog(QDialog):
    """Edits every business setting and the window's language: Save stores them together, Cancel nothing.

    Invalid values are shown beside their fields and the dialog stays open on the first page with a problem.

    Signals:
        settingsSaved(object): the settings were saved; the argument is the :class:`SaveReport` (which
            settings changed, how many open cases have new due dates).
        languageChanged(str): the window's language was changed and saved: "system", "en", "fr" or "nl"
            (the value stored in QSettings under ``ui/language``).
    """

    settingsSaved = Signal(object)
    languageChanged = Signal(str)

    def __init__(
        self,
        *,
        service: SettingsService,
        ui_settings: QSettings,
        today: date,
        backup_folder_default: Path | None = None,
        file_chooser: FileChooser | None = None,
        folder_chooser: FolderChooser | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setStyleSheet(SETTINGS_STYLE)
        self._service = service
        self._ui_settings = ui_settings
        self.report: SaveReport | None = None
        self._loaded = BusinessSettings()
        self._language = UiLanguage.SYSTEM

        self.organisation = OrganisationPage(parent=self)
        self.letters = LettersPage(file_chooser=file_chooser, parent=self)
        self.centres = CentresPage(parent=self)
        self.deadlines = DeadlinesPage(today=today, parent=self)
        self.storage = StoragePage(
            default_backup_folder=backup_folder_default or default_backup_folder(),
            folder_chooser=folder_chooser,
            parent=self,
        )
        self.language = LanguagePage(parent=self)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self._pages: list[SettingsPage] = [
            self.organisation, self.letters, self.centres, self.deadlines, self.storage,
        ]
        for widget, title in (
            (self.organisation, self.tr("Organisation")),
            (self.letters, self.tr("Letters")),
            (self.centres, self.tr("Centres")),
            (self.deadlines, self.tr("Deadlines")),
            (self.storage, self.tr("Security and backups")),
            (self.language, self.tr("Language and reminders")),
        ):
            # The centres page holds its own scrolling table; the others scroll as a whole.
            self.tabs.addTab(widget if widget is self.centres else _scrolled(widget, self.tabs), title)

        self.banner = ProblemBanner(self)
        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save every setting (Ctrl+S)"))
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)
        self.resize(900, 680)
        self.reload()

    def reload(self) -> None:
        """Show the settings as stored (and say so when a stored value could not be read)."""
        self.banner.clear_problems()
        try:
            loaded = self._service.load()
        except StoreError as error:
            self.banner.show_message(error_text(error))
            self.save_button.setEnabled(False)
            return
        self._loaded = loaded.settings
        for page in self._pages:
            page.load(loaded.settings)
        self._language = stored_ui_language(self._ui_settings)
        self.language.load(self._language, stored_reminder_days(self._ui_settings))
        if loaded.unreadable:
            text = self.tr("Some stored settings could not be read and show their defaults: %1. Saving "
                           "replaces them.")
            self.banner.show_message(fill(text, ", ".join(loaded.unreadable)))

    def read(self) -> BusinessSettings:
        """The business settings as the fields now say."""
        settings = self._loaded
        for page in self._pages:
            settings = page.apply(settings)
        return settings

    def chosen_language(self) -> UiLanguage:
        return self.language.chosen()

    def save(self) -> bool:
        """Check and store everything; True when saved (the dialog then closes)."""
        if not self.save_button.isEnabled():
            return False
        self._clear_problems()
        settings = self.read()
        problems = validate(settings)
        if problems:
            self._show_problems(problems)
            return False
        try:
            report = self._service.save(settings)
        except SettingsError as error:
            self._show_problems(list(error.problems))
            return False
        except StoreError as error:
            self.banner.show_message(error_text(error))
            return False
        self.report = report
        self.settingsSaved.emit(report)
        if report.deadlines_recounted:
            message_boxes.info(self, self.tr("Deadlines recounted"), self._moved_text(report.deadlines_moved))
        store_reminder_days(self._ui_settings, self.language.chosen_reminder_days())
        language = self.chosen_language()
        if language is not self._language:
            store_ui_language(self._ui_settings, language)
            self._language = language
            self.languageChanged.emit(language.value)
        super().accept()
        return True

    def _moved_text(self, moved: int) -> str:
        if moved == 0:
            return self.tr("The open cases were recounted with the new days: no due date moved.")
        if moved == 1:
            return self.tr("The open cases were recounted with the new days: 1 case has a new due date.")
        text = self.tr("The open cases were recounted with the new days: %1 cases have a new due date.")
        return fill(text, str(moved))

    def accept(self) -> None:
        self.save()

    def _clear_problems(self) -> None:
        self.banner.clear_problems()
        for page in self._pages:
            page.clear_problems()

    def _show_problems(self, problems: list[SettingProblem]) -> None:
        first_tab: int | None = None
        focus: QWidget | None = None
        tabs: list[str] = []
        for index, page in enumerate(self._pages):
            mine = [p for p in problems if p.field in page.FIELDS]
            if not mine:
                continue
            widget = page.show_problems(mine)
            tabs.append(self.tabs.tabText(index))
            if first_tab is None:
                first_tab, focus = index, widget
        count = len(problems)
        pages = ", ".join(tabs)
        if count == 1:
            text = self.tr("1 setting needs correcting (%1): see the message beside the field.")
            text = fill(text, pages)
        else:
            text = self.tr("%1 settings need correcting (%2): see the messages beside the fields.")
            text = fill(text, str(count), pages)
        self.banner.show_message(text)
        if first_tab is not None:
            self.tabs.setCurrentIndex(first_tab)
        if focus is not None:
            focus.setFocus()
