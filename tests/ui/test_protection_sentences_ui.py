"""Errors of the store and of the passphrase reach the window in the reader's language, values included."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status
from lazeo_desk.services.cases import CaseRuleError, CaseService
from lazeo_desk.services.passphrase import WRONG_PASSPHRASE, WrongPassphrase
from lazeo_desk.services.purge import DEFAULT_CASE_RETENTION_YEARS, PurgeService, case_file_kept_until
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store.database import Database, StoreError
from lazeo_desk.ui.sentences import error_text
from lazeo_desk.ui.unlock_dialog import Mode, PassphraseDialog

# A few of the catalogue's French sentences, as the translators wrote them (the .qm holds them all).
FRENCH = {
    "The database file {path} cannot be opened: {reason}.":
        "Le fichier de base de données {path} ne peut pas être ouvert\u00a0: {reason}.",
    "it is a folder, not a database file": "c'est un dossier, pas un fichier de base de données",
    "Wrong passphrase: the database was not opened, nothing was changed.":
        "Phrase secrète erronée\u00a0: la base de données n'a pas été ouverte, rien n'a été modifié.",
    "The passphrase must be at least {count} characters long (a few words).":
        "La phrase secrète doit compter au moins {count} caractères (quelques mots).",
    "{reference} is kept until {day} ({years} years after closure)":
        "{reference} est conservée jusqu'au {day} ({years} ans après la clôture)",
}


@pytest.fixture
def french(french_with: Callable[[Mapping[str, str]], None]) -> None:
    french_with(FRENCH)


@pytest.mark.usefixtures("french")
def test_a_folder_in_place_of_the_database_is_said_in_french_with_the_nested_reason(tmp_path: Path) -> None:
    folder = tmp_path / "cases.sqlite3"
    folder.mkdir()
    with pytest.raises(StoreError) as refused:
        Database(f"sqlite:///{folder}", plain=True)
    assert error_text(refused.value) == (
        f"Le fichier de base de données {folder} ne peut pas être ouvert\u00a0: "
        "c'est un dossier, pas un fichier de base de données."
    )


@pytest.mark.usefixtures("french")
def test_the_end_of_retention_is_a_french_date_in_a_french_sentence(
    db: Database, service: CaseService, clock: FixedClock
) -> None:
    reference = service.open_case(Case(
        jurisdiction=Jurisdiction.FR, language=Language.FR, channel=Channel.EMAIL, received=date(2026, 3, 9),
        rights=(Right.ACCESS,), subject=DataSubject("Marie Dubois"),
    ))
    for status in (Status.IN_PROGRESS, Status.WITHDRAWN, Status.CLOSED):
        service.change_status(reference, status)
    with pytest.raises(CaseRuleError) as refused:
        PurgeService(Workplace(db, clock)).purge(reference)
    kept_until = case_file_kept_until(clock.today(), DEFAULT_CASE_RETENTION_YEARS)
    assert kept_until == date(2031, 3, 10)
    assert error_text(refused.value) == f"{reference} est conservée jusqu'au 10 mars 2031 (5 ans après la clôture)"


@pytest.mark.usefixtures("french")
def test_the_passphrase_dialog_says_in_french_why_a_new_passphrase_is_too_short(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = PassphraseDialog(mode=Mode.CREATE, location=str(tmp_path), attempt=lambda _p: None)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.passphrase, "short")
    assert dialog.message.text() == "La phrase secrète doit compter au moins 12 caractères (quelques mots)."
    assert not dialog.ok_button.isEnabled()


@pytest.mark.usefixtures("french")
def test_a_wrong_passphrase_is_said_in_french_in_the_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    def refuse(_passphrase: str) -> object:
        raise WrongPassphrase(WRONG_PASSPHRASE)

    dialog = PassphraseDialog(mode=Mode.UNLOCK, location=str(tmp_path), attempt=refuse)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, "not the passphrase at all")
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=10_000)
    assert dialog.message.text() == (
        "Phrase secrète erronée\u00a0: la base de données n'a pas été ouverte, rien n'a été modifié."
    )
