"""The first-run welcome: the passphrase (when a page for it is given), the organisation profile checked, and
sample cases offered to explore the program. Also the one action that removes the sample cases."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from lazeo_desk.domain.case import Language
from lazeo_desk.domain.organisation import LocalText, OrganisationProfile
from lazeo_desk.resources import ResourceError, resources_root
from lazeo_desk.services.sample_data import SAMPLE_COUNT, SampleDataService, SampleRemoval
from lazeo_desk.services.seeding import SAMPLE_NOTE
from lazeo_desk.services.settings import (
    BusinessSettings,
    Field,
    SettingProblem,
    SettingsError,
    SettingsService,
    profile_problems,
)
from lazeo_desk.store.database import StoreError
from lazeo_desk.ui import message_boxes
from lazeo_desk.ui.labels import language_label
from lazeo_desk.ui.placeholders import fill
from lazeo_desk.ui.plain_text import make_plain
from lazeo_desk.ui.sentences import error_text
from lazeo_desk.ui.settings_fields import SETTINGS_STYLE, FieldWithMessage, page_intro, problem_text
from lazeo_desk.ui.translation import QT_TRANSLATE_NOOP, translate

# Builds the page on which the DPO creates the database passphrase (provided by the module that keys it).
PassphrasePageFactory = Callable[[], QWizardPage]

# The profile fields the welcome lets the DPO correct; the rest waits for the Settings dialog.
_WELCOME_FIELDS = frozenset({Field.DPO_NAME, Field.DPO_EMAIL, Field.LETTER_PLACE})


class WelcomePage(QWizardPage):
    """What the program does and what the next steps set up."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to LAZEO Desk"))
        self.setSubTitle(self.tr("A few steps before the first case."))
        text = QLabel(
            self.tr("LAZEO Desk keeps the data subject requests that reach the Data Protection Officer, "
                    "counts their legal deadlines, guides the identity check and prints the letters in "
                    "Dutch, French and English.\n\nThe next steps check who signs the letters and offer "
                    "sample cases to explore the program. Everything can be changed later in Settings."),
            self,
        )
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addStretch(1)


class ProfilePage(QWizardPage):
    """The organisation profile as the letters print it; the DPO's name, e-mail and place can be corrected."""

    def __init__(self, *, profile: OrganisationProfile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Who signs the letters"))
        self.setSubTitle(self.tr("The defaults come from the privacy policy: correct what has changed."))
        self._profile = profile
        controller = QLabel(
            "\n".join(
                part for part in (
                    f"{profile.controller_name} — {profile.registration}",
                    ", ".join(profile.seat_address),
                ) if part.strip()
            ),
            self,
        )
        controller.setObjectName("controllerSummary")
        controller.setWordWrap(True)
        make_plain(controller)
        self.dpo_name = QLineEdit(profile.dpo_name, self)
        self.dpo_email = QLineEdit(profile.dpo_email, self)
        self.name_row = FieldWithMessage(self.dpo_name, self)
        self.email_row = FieldWithMessage(self.dpo_email, self)
        self.places: dict[Language, QLineEdit] = {}
        self.place_rows: dict[Language, FieldWithMessage] = {}
        places = QGridLayout()
        for column, language in enumerate((Language.NL, Language.FR, Language.EN)):
            edit = QLineEdit(profile.letter_place.get(language), self)
            self.places[language] = edit
            self.place_rows[language] = FieldWithMessage(edit, self)
            places.addWidget(QLabel(language_label(language), self), 0, column)
            places.addWidget(self.place_rows[language], 1, column)
        places_box = QWidget(self)
        places_box.setLayout(places)
        places.setContentsMargins(0, 0, 0, 0)

        form = QFormLayout()
        form.addRow(self.tr("Controller"), controller)
        form.addRow(self.tr("Data Protection Officer"), self.name_row)
        form.addRow(self.tr("DPO e-mail"), self.email_row)
        form.addRow(self.tr("Place before the date"), places_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(page_intro(
            self.tr("The addresses, the registration, the centres, the logo and the signature are in "
                    "Settings."),
            self,
        ))
        layout.addStretch(1)

    def profile(self) -> OrganisationProfile:
        """The profile with the corrections typed on this page."""
        return replace(
            self._profile,
            dpo_name=self.dpo_name.text().strip(),
            dpo_email=self.dpo_email.text().strip(),
            letter_place=LocalText(**{lang.value: self.places[lang].text().strip() for lang in Language}),
        )

    def validatePage(self) -> bool:  # noqa: N802  (Qt's name)
        self.name_row.clear_problem()
        self.email_row.clear_problem()
        for row in self.place_rows.values():
            row.clear_problem()
        problems = [p for p in profile_problems(self.profile()) if p.field in _WELCOME_FIELDS]
        self.show_problems(problems)
        return not problems

    def show_problems(self, problems: list[SettingProblem]) -> None:
        for problem in problems:
            if problem.field is Field.DPO_NAME:
                self.name_row.show_problem(problem_text(problem))
            elif problem.field is Field.DPO_EMAIL:
                self.email_row.show_problem(problem_text(problem))
            elif problem.where in {lang.value for lang in Language}:
                self.place_rows[Language(problem.where)].show_problem(problem_text(problem))


class SamplesPage(QWizardPage):
    """The offer of sample cases, clearly marked and removable in one action."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Sample cases"))
        self.setSubTitle(self.tr("To explore the program before the first real request."))
        self.load_samples = QCheckBox(fill(self.tr("Load %1 sample cases"), str(SAMPLE_COUNT)), self)
        explanation = self.tr(
            "The sample cases are invented people in every situation: new, awaiting the requester, "
            "overdue, closed. Each one carries the note “%1” and all of them can be removed in one action "
            "when you are done exploring."
        )
        text = QLabel(fill(explanation, SAMPLE_NOTE), self)
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.load_samples)
        layout.addWidget(text)
        layout.addStretch(1)


def _application_icon() -> QPixmap | None:
    try:
        path = resources_root() / "icons" / "lazeo-desk.svg"
    except ResourceError:
        return None
    return QIcon(str(path)).pixmap(48, 48) if path.is_file() else None


class FirstRunWizard(QWizard):
    """The welcome shown at the first start (see :meth:`SettingsService.first_run_needed`).

    Finishing saves the corrected profile and marks the welcome as done, in one transaction, then loads the
    sample cases if asked. Cancelling changes nothing: the welcome comes back at the next start.
    ``create_passphrase_page_factory`` builds the passphrase page shown after the welcome (None: no such
    step).

    Signals:
        sampleCasesLoaded(int): sample cases were loaded; the argument is how many.
    """

    sampleCasesLoaded = Signal(int)

    def __init__(
        self,
        *,
        settings_service: SettingsService,
        sample_service: SampleDataService,
        create_passphrase_page_factory: PassphrasePageFactory | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setStyleSheet(SETTINGS_STYLE)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self._settings_service = settings_service
        self._sample_service = sample_service
        self.loaded_references: list[str] = []
        try:
            self._settings: BusinessSettings = settings_service.load().settings
        except StoreError:
            self._settings = BusinessSettings()
        self.welcome_page = WelcomePage(parent=self)
        self.passphrase_page: QWizardPage | None = (
            create_passphrase_page_factory() if create_passphrase_page_factory is not None else None
        )
        self.profile_page = ProfilePage(profile=self._settings.profile, parent=self)
        self.samples_page = SamplesPage(parent=self)
        self.addPage(self.welcome_page)
        if self.passphrase_page is not None:
            self.addPage(self.passphrase_page)
        self.addPage(self.profile_page)
        self.addPage(self.samples_page)
        icon = _application_icon()
        if icon is not None:
            self.setPixmap(QWizard.WizardPixmap.LogoPixmap, icon)
        self.resize(680, 460)

    def accept(self) -> None:
        if not self.profile_page.validatePage():
            while self.currentPage() is not self.profile_page and self.currentId() != self.startId():
                self.back()
            return
        updated = replace(self._settings, profile=self.profile_page.profile())
        try:
            self._settings_service.save(updated, finish_first_run=True)
        except SettingsError as error:
            self.profile_page.show_problems(list(error.problems))
            return
        except StoreError as error:
            message_boxes.error(self, self.tr("The settings could not be saved"), error_text(error))
            return
        if self.samples_page.load_samples.isChecked():
            try:
                self.loaded_references = self._sample_service.load()
            except StoreError as error:
                message_boxes.error(self, self.tr("The sample cases could not be loaded"), error_text(error))
            else:
                self.sampleCasesLoaded.emit(len(self.loaded_references))
        super().accept()



# The texts of remove_sample_cases (a function, without a tr() of its own); %1 is a number of cases.
_SAMPLE_TEXT = {
    "title": QT_TRANSLATE_NOOP("SampleCases", "Sample cases"),
    "unreadable": QT_TRANSLATE_NOOP("SampleCases", "The sample cases could not be read"),
    "none": QT_TRANSLATE_NOOP("SampleCases", "There is no sample case to remove."),
    "confirm-title": QT_TRANSLATE_NOOP("SampleCases", "Remove the sample cases"),
    "confirm": QT_TRANSLATE_NOOP(
        "SampleCases",
        "Remove the %1 sample cases, with their letters and documents? Real cases are not touched.",
    ),
    "yes": QT_TRANSLATE_NOOP("SampleCases", "Remove"),
    "no": QT_TRANSLATE_NOOP("SampleCases", "Keep"),
    "failed": QT_TRANSLATE_NOOP("SampleCases", "The sample cases could not be removed"),
    "done": QT_TRANSLATE_NOOP("SampleCases", "%1 sample cases were removed."),
    # One sample case left (the others deleted by hand) is said in the singular.
    "confirm-one": QT_TRANSLATE_NOOP(
        "SampleCases",
        "Remove the sample case, with its letters and documents? Real cases are not touched.",
    ),
    "done-one": QT_TRANSLATE_NOOP("SampleCases", "1 sample case was removed."),
}


def _sample_text(key: str, count: int = 0) -> str:
    if count == 1 and f"{key}-one" in _SAMPLE_TEXT:
        key = f"{key}-one"
    return fill(translate("SampleCases", _SAMPLE_TEXT[key]), str(count))


def remove_sample_cases(parent: QWidget | None, service: SampleDataService) -> SampleRemoval | None:
    """Ask, then remove every sample case in one action; returns what was removed (None when nothing was).

    For the main window's menu ("Remove the sample cases").
    """
    try:
        count = service.count()
    except StoreError as error:
        message_boxes.error(parent, _sample_text("unreadable"), error_text(error))
        return None
    if count == 0:
        message_boxes.info(parent, _sample_text("title"), _sample_text("none"))
        return None
    question = _sample_text("confirm", count)
    if not message_boxes.confirm(
        parent, _sample_text("confirm-title"), question, yes=_sample_text("yes"), no=_sample_text("no")
    ):
        return None
    try:
        removal = service.remove_all()
    except StoreError as error:
        message_boxes.error(parent, _sample_text("failed"), error_text(error))
        return None
    message_boxes.info(parent, _sample_text("title"), _sample_text("done", removal.cases))
    return removal
