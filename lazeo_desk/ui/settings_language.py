"""The preferences of this workstation, kept in QSettings (not in the database): the window's language and how
many days ahead the notification area reminds the DPO of a due date."""

from __future__ import annotations

import enum

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QFormLayout, QSpinBox, QVBoxLayout, QWidget

from lazeo_desk.domain.settings_registry import REMINDER_DAYS, UI_LANGUAGE
from lazeo_desk.ui.enum_combo import EnumCombo

LANGUAGE_KEY = UI_LANGUAGE.key


class UiLanguage(enum.StrEnum):
    """The languages the window speaks, or the system's; the value is what QSettings holds."""

    SYSTEM = "system"
    ENGLISH = "en"
    FRENCH = "fr"
    DUTCH = "nl"


_SPOKEN = {
    QLocale.Language.English: UiLanguage.ENGLISH,
    QLocale.Language.French: UiLanguage.FRENCH,
    QLocale.Language.Dutch: UiLanguage.DUTCH,
}


def stored_ui_language(settings: QSettings) -> UiLanguage:
    """The language chosen on this workstation; the system's when none (or an unknown one) was stored."""
    return UiLanguage(UI_LANGUAGE.read_or_default(settings.value(LANGUAGE_KEY)))


def store_ui_language(settings: QSettings, language: UiLanguage) -> None:
    settings.setValue(LANGUAGE_KEY, language.value)
    settings.sync()


def stored_reminder_days(settings: QSettings) -> int:
    """Days before a due date when this workstation's notification area names the case; 0 when it should not."""
    return REMINDER_DAYS.read_or_default(settings.value(REMINDER_DAYS.key))


def store_reminder_days(settings: QSettings, days: int) -> None:
    settings.setValue(REMINDER_DAYS.key, REMINDER_DAYS.encode(days))
    settings.sync()


def effective_language(language: UiLanguage, system: QLocale | None = None) -> UiLanguage:
    """English, French or Dutch: the one chosen, or the system's when it is one of them, else English."""
    if language is not UiLanguage.SYSTEM:
        return language
    locale = system if system is not None else QLocale.system()
    return _SPOKEN.get(locale.language(), UiLanguage.ENGLISH)


def locale_for(language: UiLanguage, system: QLocale | None = None) -> QLocale:
    """The QLocale to load translations and format dates with: the system's own when it is followed."""
    if language is UiLanguage.SYSTEM:
        return system if system is not None else QLocale.system()
    return QLocale(language.value)


class LanguagePage(QWidget):
    """The choice of the window's language."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        # Imported here: the language is read at every start, the settings' form machinery only when edited.
        from lazeo_desk.ui.settings_fields import page_intro, section_title

        super().__init__(parent)
        self.language: EnumCombo[UiLanguage] = EnumCombo(UiLanguage, self)
        self.language.add(self.tr("Follow the system"), UiLanguage.SYSTEM)
        # Each language is named in itself, so that a person who cannot read the current one finds their own.
        self.language.add("English", UiLanguage.ENGLISH)
        self.language.add("Français", UiLanguage.FRENCH)
        self.language.add("Nederlands", UiLanguage.DUTCH)
        self.language.setMaximumWidth(320)
        layout = QVBoxLayout(self)
        layout.addWidget(section_title(self.tr("Language of the window"), self))
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        layout.addLayout(form)
        layout.addWidget(page_intro(
            self.tr("The window changes language as soon as the settings are saved; work in progress is "
                    "kept. Letters are written in the language of each case, whatever this setting."),
            self,
        ))
        self.reminder_days = QSpinBox(self)
        self.reminder_days.setRange(*REMINDER_DAYS.limits)
        self.reminder_days.setSpecialValueText(self.tr("No notification"))
        self.reminder_days.setSuffix(self.tr(" days before"))
        self.reminder_days.setMaximumWidth(220)
        layout.addWidget(section_title(self.tr("Reminders on this workstation"), self))
        reminders = QFormLayout()
        reminders.addRow(self.tr("Notify"), self.reminder_days)
        layout.addLayout(reminders)
        layout.addWidget(page_intro(
            self.tr("While the program runs, the notification area names the overdue requests and those due within "
                    "these days, at start and each morning. It shows references and dates only, never a name."),
            self,
        ))
        layout.addStretch(1)

    def load(self, language: UiLanguage, reminder_days: int = REMINDER_DAYS.default) -> None:
        self.language.select(language)
        self.reminder_days.setValue(reminder_days)

    def chosen_reminder_days(self) -> int:
        return self.reminder_days.value()

    def chosen(self) -> UiLanguage:
        return self.language.current() or UiLanguage.SYSTEM
