"""The first-run welcome: the profile checked and corrected, sample cases offered, the passphrase step hook;
and removing the sample cases in one action."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWizard, QWizardPage
from pytestqt.qtbot import QtBot

from lazeo_desk.domain.case import Language
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.services.sample_data import SAMPLE_COUNT, SampleDataService
from lazeo_desk.services.settings import SettingsService
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store import settings as store_settings
from lazeo_desk.store.database import Database
from lazeo_desk.ui.first_run import FirstRunWizard, remove_sample_cases

WizardFactory = Callable[..., FirstRunWizard]


@pytest.fixture
def settings_service(db: Database, clock: FixedClock, tmp_path: Path) -> SettingsService:
    return SettingsService(Workplace(db, clock, "Brigitte Perez"), image_folder=tmp_path / "letter-images")


@pytest.fixture
def samples(db: Database, clock: FixedClock) -> SampleDataService:
    return SampleDataService(Workplace(db, clock, "Brigitte Perez"))


@pytest.fixture
def open_wizard(qtbot: QtBot, settings_service: SettingsService, samples: SampleDataService) -> WizardFactory:
    def build(**options: Any) -> FirstRunWizard:
        wizard = FirstRunWizard(settings_service=settings_service, sample_service=samples, **options)
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        return wizard

    return build


def _click(qtbot: QtBot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def _replace_text(qtbot: QtBot, field: Any, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


def test_the_welcome_shows_the_profile_from_the_policy(qtbot: QtBot, open_wizard: WizardFactory) -> None:
    wizard = open_wizard()
    assert wizard.currentPage() is wizard.welcome_page
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.profile_page
    assert wizard.currentPage() is page
    assert page.dpo_name.text() == "Brigitte PEREZ"
    assert page.dpo_email.text() == "dpo@lazeo.com"
    assert page.places[Language.NL].text() == "Parijs"


def test_finishing_saves_the_corrections_and_the_welcome_is_not_shown_again(
    qtbot: QtBot, open_wizard: WizardFactory, settings_service: SettingsService, samples: SampleDataService
) -> None:
    assert settings_service.first_run_needed()
    wizard = open_wizard()
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    _replace_text(qtbot, wizard.profile_page.dpo_name, "Brigitte Perez")
    _replace_text(qtbot, wizard.profile_page.dpo_email, "privacy@lazeo.com")
    _replace_text(qtbot, wizard.profile_page.places[Language.FR], "Bruxelles")
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.samples_page
    with qtbot.assertNotEmitted(wizard.sampleCasesLoaded):
        _click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.result() == QDialog.DialogCode.Accepted
    profile = settings_service.load().settings.profile
    assert (profile.dpo_name, profile.dpo_email) == ("Brigitte Perez", "privacy@lazeo.com")
    assert profile.letter_place.get(Language.FR) == "Bruxelles"
    assert not settings_service.first_run_needed()
    assert samples.count() == 0


def test_an_invalid_email_keeps_the_welcome_on_the_profile_page(
    qtbot: QtBot, open_wizard: WizardFactory
) -> None:
    wizard = open_wizard()
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    _replace_text(qtbot, wizard.profile_page.dpo_email, "brigitte at lazeo")
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.profile_page
    assert wizard.profile_page.email_row.message.text() == "Type an e-mail address, such as dpo@lazeo.com."


def test_sample_cases_are_loaded_when_asked(
    qtbot: QtBot, open_wizard: WizardFactory, samples: SampleDataService
) -> None:
    wizard = open_wizard()
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    wizard.samples_page.load_samples.setFocus()
    qtbot.keyClick(wizard.samples_page.load_samples, Qt.Key.Key_Space)
    assert wizard.samples_page.load_samples.isChecked()
    with qtbot.waitSignal(wizard.sampleCasesLoaded) as loaded:
        _click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert loaded.args == [SAMPLE_COUNT]
    assert samples.count() == SAMPLE_COUNT
    assert len(wizard.loaded_references) == SAMPLE_COUNT


def test_cancelling_the_welcome_changes_nothing(
    qtbot: QtBot, open_wizard: WizardFactory, settings_service: SettingsService, db: Database
) -> None:
    wizard = open_wizard()
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    _replace_text(qtbot, wizard.profile_page.dpo_name, "Somebody Else")
    _click(qtbot, wizard, QWizard.WizardButton.CancelButton)
    assert wizard.result() == QDialog.DialogCode.Rejected
    assert settings_service.first_run_needed()
    with db.transaction() as session:
        assert store_settings.get_setting(session, store_settings.ORGANISATION_PROFILE) is None


def test_the_passphrase_step_comes_after_the_welcome_when_a_page_is_given(
    qtbot: QtBot, open_wizard: WizardFactory
) -> None:
    built: list[QWizardPage] = []

    def passphrase_page() -> QWizardPage:
        page = QWizardPage()
        page.setTitle("Choose a passphrase")
        built.append(page)
        return page

    wizard = open_wizard(create_passphrase_page_factory=passphrase_page)
    assert len(wizard.pageIds()) == 4
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is built[0]
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.profile_page


def test_without_a_passphrase_page_the_step_is_skipped(open_wizard: WizardFactory) -> None:
    wizard = open_wizard()
    assert wizard.passphrase_page is None
    assert len(wizard.pageIds()) == 3


# removing the samples ---------------------------------------------------------------------------------------
def test_the_sample_cases_are_removed_in_one_action_after_confirmation(
    samples: SampleDataService, recorded_messages: Any
) -> None:
    samples.load(6)
    recorded_messages.answers.append(True)
    removal = remove_sample_cases(None, samples)
    assert removal is not None and removal.cases == 6
    assert samples.count() == 0
    assert recorded_messages.questions == [
        ("Remove the sample cases",
         "Remove the 6 sample cases, with their letters and documents? Real cases are not touched."),
    ]
    assert recorded_messages.infos == [("Sample cases", "6 sample cases were removed.")]


def test_a_single_sample_case_is_asked_about_and_reported_in_the_singular(
    samples: SampleDataService, recorded_messages: Any
) -> None:
    samples.load(1)
    recorded_messages.answers.append(True)
    removal = remove_sample_cases(None, samples)
    assert removal is not None and removal.cases == 1
    assert recorded_messages.questions == [
        ("Remove the sample cases",
         "Remove the sample case, with its letters and documents? Real cases are not touched."),
    ]
    assert recorded_messages.infos == [("Sample cases", "1 sample case was removed.")]


def test_declining_the_confirmation_keeps_the_sample_cases(
    samples: SampleDataService, recorded_messages: Any
) -> None:
    samples.load(2)
    recorded_messages.answers.append(False)
    assert remove_sample_cases(None, samples) is None
    assert samples.count() == 2


def test_with_no_sample_case_there_is_nothing_to_confirm(
    samples: SampleDataService, recorded_messages: Any
) -> None:
    assert remove_sample_cases(None, samples) is None
    assert recorded_messages.questions == []
    assert recorded_messages.infos == [("Sample cases", "There is no sample case to remove.")]
