"""Refusals of the passphrase, purge and printing services are sentences the window can translate."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.messages import Explained, Message, Problem
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status
from lazeo_desk.services.cases import CaseRuleError, CaseService
from lazeo_desk.services.passphrase import (
    MIN_PASSPHRASE_LENGTH,
    WRONG_PASSPHRASE,
    WeakPassphrase,
    WrongPassphrase,
    change_passphrase,
    create_database,
    passphrase_problem,
    unlock_database,
)
from lazeo_desk.services.printing import MAX_COPIES, PrintError, print_pdf
from lazeo_desk.services.purge import CASE_RETENTION_YEARS, MAX_CASE_RETENTION_YEARS, PurgeService
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store.database import Database, StoreError
from lazeo_desk.store.encryption import KdfParams

PARIS = ZoneInfo("Europe/Paris")


def _sentence(error: Explained) -> str:
    assert len(error.sentences) == 1
    return error.sentences[0]


def test_a_short_passphrase_is_refused_with_the_minimum_length_as_a_number() -> None:
    problem = passphrase_problem("short")
    assert isinstance(problem, Message)
    assert problem.values == {"count": MIN_PASSPHRASE_LENGTH}
    assert problem == f"The passphrase must be at least {MIN_PASSPHRASE_LENGTH} characters long (a few words)."


def test_creating_with_an_empty_passphrase_raises_a_translatable_refusal(tmp_path: Path, fast_kdf: KdfParams) -> None:
    with pytest.raises(WeakPassphrase) as refused:
        create_database(f"sqlite:///{tmp_path / 'cases.sqlite3'}", "   ", kdf=fast_kdf)
    assert isinstance(refused.value, Explained)
    sentence = _sentence(refused.value)
    assert isinstance(sentence, Message) and sentence.template == "The passphrase cannot be empty."


def test_a_wrong_passphrase_says_the_shared_sentence(encrypted_db: Database) -> None:
    url = encrypted_db.url
    encrypted_db.dispose()
    with pytest.raises(WrongPassphrase) as refused:
        unlock_database(url, "not the passphrase at all")
    assert refused.value.sentences == (WRONG_PASSPHRASE,)
    assert isinstance(refused.value.sentences[0], Message)


def test_a_database_already_there_is_named_by_its_path(
    encrypted_db: Database, fast_kdf: KdfParams, db_passphrase: str
) -> None:
    with pytest.raises(StoreError) as refused:
        create_database(encrypted_db.url, db_passphrase, kdf=fast_kdf)
    sentence = _sentence(refused.value)
    assert isinstance(sentence, Message)
    assert sentence.template == "There is a database at {path} already: it was not replaced."
    assert isinstance(sentence.values["path"], Path)


def test_the_same_new_passphrase_is_refused_in_a_sentence(
    encrypted_db: Database, fast_kdf: KdfParams, db_passphrase: str
) -> None:
    with pytest.raises(WeakPassphrase) as refused:
        change_passphrase(encrypted_db, db_passphrase, db_passphrase, kdf=fast_kdf)
    sentence = _sentence(refused.value)
    assert isinstance(sentence, Message)
    assert sentence.template == "The new passphrase is the same as the old one."


def test_a_retention_out_of_range_is_a_field_problem_with_its_limits(db: Database, clock: FixedClock) -> None:
    with pytest.raises(CaseRuleError) as refused:
        PurgeService(Workplace(db, clock)).set_retention_years(MAX_CASE_RETENTION_YEARS + 1)
    problem = _sentence(refused.value)
    assert isinstance(problem, Problem) and problem.field == CASE_RETENTION_YEARS.key
    assert problem.message.values == {"low": 1, "high": MAX_CASE_RETENTION_YEARS}


def test_a_case_still_kept_names_the_end_of_retention_as_a_date(
    db: Database, service: CaseService, clock: FixedClock
) -> None:
    clock.set(datetime(2026, 3, 10, 9, 30, tzinfo=PARIS))
    reference = service.open_case(Case(
        jurisdiction=Jurisdiction.FR, language=Language.FR, channel=Channel.EMAIL, received=date(2026, 3, 9),
        rights=(Right.ACCESS,), subject=DataSubject("Marie Dubois"),
    ))
    service.change_status(reference, Status.IN_PROGRESS)
    service.change_status(reference, Status.WITHDRAWN)
    service.change_status(reference, Status.CLOSED)
    with pytest.raises(CaseRuleError) as refused:
        PurgeService(Workplace(db, clock)).purge(reference)
    sentence = _sentence(refused.value)
    assert isinstance(sentence, Message)
    assert sentence.template == "{reference} is kept until {day} ({years} years after closure)"
    assert isinstance(sentence.values["day"], date) and isinstance(sentence.values["years"], int)


def test_an_open_case_is_not_purged_and_says_so(db: Database, service: CaseService, clock: FixedClock) -> None:
    reference = service.open_case(Case(
        jurisdiction=Jurisdiction.BE, language=Language.NL, channel=Channel.EMAIL, received=date(2026, 3, 5),
        rights=(Right.ACCESS,), subject=DataSubject("Ëlodie Vercammen"),
    ))
    with pytest.raises(CaseRuleError) as refused:
        PurgeService(Workplace(db, clock)).purge(reference)
    sentence = _sentence(refused.value)
    assert isinstance(sentence, Message) and sentence.values == {"reference": reference}


def test_a_file_that_is_not_a_pdf_is_not_printed_and_the_refusal_is_a_sentence() -> None:
    with pytest.raises(PrintError) as refused:
        print_pdf(b"hello", printer=None, title="x")
    sentence = _sentence(refused.value)
    assert isinstance(sentence, Message) and sentence.template == "only a PDF letter can be printed"


def test_too_many_copies_are_refused_with_the_limits_as_numbers() -> None:
    with pytest.raises(PrintError) as refused:
        print_pdf(b"%PDF-1.4\n", printer=None, title="x", copies=MAX_COPIES + 1)
    sentence = _sentence(refused.value)
    assert isinstance(sentence, Message) and sentence.values == {"low": 1, "high": MAX_COPIES}
