"""The store's errors are sentences the window can translate: a template, and the values it names as they are."""

from __future__ import annotations

import errno
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import text, update
from sqlalchemy.exc import OperationalError

from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.messages import Explained, Message
from lazeo_desk.domain.rights import Right
from lazeo_desk.services.cases import CaseService
from lazeo_desk.store import encryption
from lazeo_desk.store.audit import verify_chain
from lazeo_desk.store.backup import restore
from lazeo_desk.store.cases import CaseNotFound, StaleCase, load_row, update_case
from lazeo_desk.store.database import NOT_A_DATABASE, Database, StoreError, explain, os_reason
from lazeo_desk.store.documents import DocumentKind, DocumentUnavailable, add_document, read_content
from lazeo_desk.store.encryption import KeyFileError
from lazeo_desk.store.models import DocumentRow


def _open(service: CaseService) -> str:
    return service.open_case(
        Case(
            jurisdiction=Jurisdiction.BE,
            language=Language.NL,
            channel=Channel.EMAIL,
            received=date(2026, 3, 5),
            rights=(Right.ACCESS,),
            subject=DataSubject(name="Ëlodie Vercammen"),
        )
    )


def _only_sentence(error: Explained) -> Message:
    assert len(error.sentences) == 1
    sentence = error.sentences[0]
    assert isinstance(sentence, Message)
    return sentence


def test_a_file_of_another_program_is_refused_with_the_shared_sentence(tmp_path: Path) -> None:
    other = tmp_path / "notes.sqlite3"
    other.write_bytes(b"%PDF-1.4 not a database at all")
    with pytest.raises(StoreError) as refused:
        Database(f"sqlite:///{other}", plain=True)
    assert isinstance(refused.value, Explained)
    assert _only_sentence(refused.value).template == NOT_A_DATABASE.template
    assert str(refused.value) == "This file is not a lazeo-desk database. Nothing was changed."


def test_an_unknown_reference_is_named_in_the_sentence(db: Database) -> None:
    with db.transaction() as session, pytest.raises(CaseNotFound) as missing:
        load_row(session, "DSAR-2026-9999")
    sentence = _only_sentence(missing.value)
    assert sentence.template == "no case with reference '{reference}'"
    assert sentence.values == {"reference": "DSAR-2026-9999"}
    assert str(missing.value) == "no case with reference 'DSAR-2026-9999'"


def test_a_stale_case_names_both_versions_as_numbers(
    db: Database, service: CaseService, clock: FixedClock
) -> None:
    reference = _open(service)
    loaded = service.load(reference)
    with db.transaction() as session, pytest.raises(StaleCase) as stale:
        row = load_row(session, reference)
        update_case(
            session, row, loaded.case, expected_version=row.version + 5, due_date=None, strict_due_date=None,
            now=clock.now(), events=[],
        )
    sentence = _only_sentence(stale.value)
    assert sentence.values["reference"] == reference
    assert sentence.values["opened"] == loaded.version + 5 and sentence.values["current"] == loaded.version
    assert "reload it before saving" in str(stale.value)


def test_an_erased_document_gives_the_day_as_a_date(db: Database, service: CaseService, clock: FixedClock) -> None:
    reference = _open(service)
    with db.transaction() as session:
        document = add_document(
            session, load_row(session, reference).id, kind=DocumentKind.SCAN, filename="id.png",
            media_type="image/png", content=b"\x89PNG scan", now=clock.now(),
        )
        document_id = document.id
    with db.transaction() as session:
        session.execute(
            update(DocumentRow).where(DocumentRow.id == document_id)
            .values(content=None, deleted_at=datetime(2026, 3, 12, 8, 0))
        )
    with db.transaction() as session, pytest.raises(DocumentUnavailable) as erased:
        read_content(session, document_id)
    sentence = _only_sentence(erased.value)
    assert sentence.template == "{file} was erased on {day}"
    assert sentence.values == {"file": "id.png", "day": date(2026, 3, 12)}


def test_a_damaged_key_file_nests_its_reason_as_a_sentence(tmp_path: Path) -> None:
    sidecar = tmp_path / "cases.sqlite3.keyparams"
    sidecar.write_text('{"format": 99}', encoding="utf-8")
    with pytest.raises(KeyFileError) as damaged:
        encryption.read_key_params(sidecar)
    sentence = _only_sentence(damaged.value)
    assert sentence.template == "{file}: {problem}"
    problem = sentence.values["problem"]
    assert isinstance(problem, Message)
    assert problem.template == "it is not a lazeo-desk key parameters file of a known format"
    assert str(damaged.value) == f"{sidecar.name}: {problem}"


def test_a_folder_where_the_database_should_be_is_said_in_a_sentence(tmp_path: Path) -> None:
    folder = tmp_path / "cases.sqlite3"
    folder.mkdir()
    with pytest.raises(StoreError) as refused:
        Database(f"sqlite:///{folder}", plain=True)
    sentence = _only_sentence(refused.value)
    assert sentence.template == "The database file {path} cannot be opened: {reason}."
    assert sentence.values["path"] == folder
    reason = sentence.values["reason"]
    assert isinstance(reason, Message) and reason.template == "it is a folder, not a database file"


def test_a_full_disk_is_explained_in_a_translatable_sentence() -> None:
    full = OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full"))
    explained = explain(full)
    assert isinstance(explained, Message)
    assert explained == "The disk is full: free some space, then try again. Nothing was saved."


def test_an_unknown_driver_error_keeps_the_driver_words_as_a_value() -> None:
    odd = OperationalError("SELECT", {}, sqlite3.OperationalError("something odd happened"))
    explained = explain(odd)
    assert isinstance(explained, Message)
    assert explained.template == "Database error: {detail}"
    assert explained.values == {"detail": "something odd happened"}


def test_common_system_refusals_are_sentences_and_others_keep_the_system_words() -> None:
    assert isinstance(os_reason(OSError(errno.ENOSPC, "No space left on device")), Message)
    assert isinstance(os_reason(OSError(errno.EROFS, "Read-only file system")), Message)
    assert os_reason(OSError(errno.EBUSY, "Device or resource busy")) == "Device or resource busy"


@pytest.mark.sqlite_only  # a restore puts a file in place of the database file
def test_a_missing_backup_is_named_by_its_path(db: Database, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.sqlite3"
    with pytest.raises(StoreError) as refused:
        restore(db.url, missing)
    sentence = _only_sentence(refused.value)
    assert sentence.template == "There is no backup file at {path}."
    assert sentence.values == {"path": missing}


def test_a_broken_audit_chain_names_the_entry_in_a_nested_sentence(db: Database, service: CaseService) -> None:
    reference = _open(service)
    with db.transaction() as session:
        session.connection().execute(text("UPDATE audit SET actor = 'someone else' WHERE reference = :r"),
                                     {"r": reference})
    with db.transaction() as session:
        report = verify_chain(session)
    assert not report.ok
    reason = report.reason
    assert isinstance(reason, Message)
    assert reason.template == "{entry}: its content was changed outside the application"
    entry = reason.values["entry"]
    assert isinstance(entry, Message) and entry.values["reference"] == reference
    described = report.describe()
    assert isinstance(described, Message) and described.values["reason"] is reason


def test_the_keys_of_kept_words_are_the_ones_already_stored() -> None:
    from lazeo_desk.domain.sentence_words import sentence_words, word_class, word_key

    # Timelines written by every earlier version name their words so: a key renamed would leave them unreadable.
    assert set(sentence_words()) == {
        "Status", "Right", "Jurisdiction", "Language", "Channel", "Relationship", "OutcomeKind", "LetterKind",
        "Check", "CheckResult", "IntakeRoute", "Outcome",
    }
    for key, vocabulary in sentence_words().items():
        for word in vocabulary:
            assert word_key(word) == key and word_class(key) is vocabulary
