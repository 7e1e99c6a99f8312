"""Backups while the app is in use, a restore that verifies before it replaces, and the daily rotation."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.rights import Right
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.maintenance import set_backup_keep, start_of_day_backup
from lazeo_desk.store.audit import verify_chain
from lazeo_desk.store.backup import (
    backup,
    daily_backup,
    daily_backup_name,
    database_owner,
    restore,
    verify_backup,
)
from lazeo_desk.store.cases import load_row
from lazeo_desk.store.database import Database, StoreError
from lazeo_desk.store.migrations import SCHEMA_HEAD
from lazeo_desk.store.models import AuditRow, CaseRow, DocumentRow

# Backups and restores copy the SQLite file (a PostgreSQL database is backed up with pg_dump).
pytestmark = pytest.mark.sqlite_only

SCAN = b"\x89PNG signed mandate " * 500


def new_case(name: str) -> Case:
    return Case(
        jurisdiction=Jurisdiction.LU, language=Language.EN, channel=Channel.EMAIL, received=date(2026, 3, 2),
        rights=(Right.PORTABILITY,), subject=DataSubject(name),
    )


def db_file(db: Database) -> Path:
    return Path(db.url.removeprefix("sqlite:///"))


def names_in(path: Path) -> list[str]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [name for (name,) in connection.execute("SELECT subject_name FROM cases ORDER BY id")]
    finally:
        connection.close()


def tamper(path: Path, statement: str) -> None:
    connection = sqlite3.connect(path)
    with connection:
        connection.execute(statement)
    connection.close()


# backup -----------------------------------------------------------------------------------------------------
def test_a_backup_is_a_private_self_contained_copy_with_the_documents(
    service: CaseService, db: Database, tmp_path: Path
) -> None:
    reference = service.open_case(new_case("Jean Weber"))
    with db.transaction() as session:
        session.add(DocumentRow(
            case_id=load_row(session, reference).id, kind="scan", filename="mandate.png",
            media_type="image/png", size=len(SCAN), sha256=hashlib.sha256(SCAN).hexdigest(), content=SCAN,
            created_at=datetime(2026, 3, 10),
        ))
    folder = tmp_path / "backups"
    folder.mkdir()
    report = backup(db, folder / "monday.sqlite3")
    assert report.path == folder / "monday.sqlite3"
    assert (report.revision, report.cases) == (SCHEMA_HEAD, 1)
    assert stat.S_IMODE(report.path.stat().st_mode) == 0o600
    # No WAL or partial file beside it: only the anchor naming the trail's last entry in the copy.
    assert sorted(os.listdir(folder)) == ["monday.sqlite3", "monday.sqlite3.anchor"]
    connection = sqlite3.connect(f"file:{report.path}?mode=ro", uri=True)
    assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert connection.execute("SELECT content FROM documents").fetchone() == (SCAN,)
    connection.close()


def test_a_backup_taken_during_another_writers_transaction_holds_only_what_was_committed(
    service: CaseService, db: Database, tmp_path: Path
) -> None:
    service.open_case(new_case("Jean Weber"))
    other = Database(db.url, migrate=False, plain=True)
    writer = other.session()
    try:
        writer.begin()
        row = load_row(writer, service.open_case(new_case("Marie Schmit")))
        row.notes = "being edited in another window"
        writer.flush()  # holds the write lock, not committed
        report = backup(db, tmp_path / "copy.sqlite3")
    finally:
        writer.rollback()
        writer.close()
        other.dispose()
    assert names_in(report.path) == ["Jean Weber", "Marie Schmit"]
    assert verify_backup(report.path).ok


def test_a_backup_replaces_an_older_file_of_the_same_name(
    service: CaseService, db: Database, tmp_path: Path
) -> None:
    target = tmp_path / "latest.sqlite3"
    service.open_case(new_case("Jean Weber"))
    backup(db, target)
    service.open_case(new_case("Marie Schmit"))
    backup(db, target)
    assert names_in(target) == ["Jean Weber", "Marie Schmit"]


def test_a_backup_is_never_written_over_the_database(db: Database) -> None:
    with pytest.raises(StoreError, match="over the database itself"):
        backup(db, db_file(db))


def test_a_backup_into_a_missing_folder_says_so(db: Database, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        backup(db, tmp_path / "no such folder" / "copy.sqlite3")


# restore ----------------------------------------------------------------------------------------------------
@pytest.fixture
def saved(service: CaseService, db: Database, tmp_path: Path) -> Path:
    """A backup holding one case; the live database then gets a second one, and is closed."""
    service.open_case(new_case("Jean Weber"))
    target = backup(db, tmp_path / "saved.sqlite3").path
    service.open_case(new_case("Marie Schmit"))
    db.dispose()
    return target


def test_restore_replaces_the_database_and_keeps_the_previous_one_aside(db: Database, saved: Path) -> None:
    report = restore(db.url, saved, now=datetime(2026, 3, 10, 9, 30))
    assert report.database == db_file(db)
    assert report.previous == db_file(db).with_name("test.sqlite3.before-restore-20260310-093000")
    assert (report.revision, report.cases) == (SCHEMA_HEAD, 1)
    assert names_in(db_file(db)) == ["Jean Weber"]
    assert names_in(report.previous) == ["Jean Weber", "Marie Schmit"]
    assert stat.S_IMODE(db_file(db).stat().st_mode) == 0o600
    reopened = Database(db.url, plain=True)
    with reopened.transaction() as session:
        assert session.scalar(select(func.count()).select_from(CaseRow)) == 1
        last = session.scalars(select(AuditRow).order_by(AuditRow.id.desc()).limit(1)).one()
        assert verify_chain(session).ok
    reopened.dispose()
    assert (last.action, last.actor) == ("restored", "DPO")
    assert json.loads(last.detail)["previous_database_kept_as"] == str(report.previous)


def test_two_restores_in_the_same_second_keep_both_previous_databases(db: Database, saved: Path) -> None:
    moment = datetime(2026, 3, 10, 9, 30)
    first = restore(db.url, saved, now=moment).previous
    second = restore(db.url, saved, now=moment).previous
    assert first is not None and second is not None
    assert second.name == "test.sqlite3.before-restore-20260310-093000-2"
    assert names_in(first) == ["Jean Weber", "Marie Schmit"]


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        ("UPDATE audit SET actor = 'Someone Else' WHERE id = 1", "entry #1 is broken"),
        ("UPDATE alembic_version SET version_num = '0099'", "does not know"),
        ("DELETE FROM alembic_version", "not a lazeo-desk database"),
    ],
    ids=["tampered audit trail", "newer schema", "no schema revision"],
)
def test_restore_refuses_a_backup_that_fails_a_check_and_changes_nothing(
    db: Database, saved: Path, damage: str, message: str
) -> None:
    tamper(saved, damage)
    before = sorted(os.listdir(db_file(db).parent))
    with pytest.raises(StoreError, match=message) as refused:
        restore(db.url, saved)
    assert "the database is unchanged" in str(refused.value)
    assert sorted(os.listdir(db_file(db).parent)) == before
    assert names_in(db_file(db)) == ["Jean Weber", "Marie Schmit"]


def test_restore_refuses_a_file_that_is_not_a_database(db: Database, tmp_path: Path) -> None:
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(b"%PDF-1.7 " * 1000)
    with pytest.raises(StoreError, match="cannot be read as a database"):
        restore(db.url, letter)


def test_restore_refuses_another_programs_database(db: Database, tmp_path: Path) -> None:
    other = tmp_path / "contacts.sqlite3"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE contacts (name TEXT)")
    connection.close()
    with pytest.raises(StoreError, match="not a lazeo-desk database"):
        restore(db.url, other)


def test_restore_refuses_a_damaged_backup(db: Database, saved: Path) -> None:
    data = bytearray(saved.read_bytes())
    data[4096:8192] = b"\x07" * 4096
    saved.write_bytes(bytes(data))
    with pytest.raises(StoreError, match="was not restored"):
        restore(db.url, saved)
    assert names_in(db_file(db)) == ["Jean Weber", "Marie Schmit"]


def test_restore_refuses_a_live_database_with_its_log_beside_it(db: Database, saved: Path) -> None:
    saved.with_name(saved.name + "-wal").write_bytes(b"frames not yet in the file")
    with pytest.raises(StoreError, match="not a backup"):
        restore(db.url, saved)
    assert names_in(db_file(db)) == ["Jean Weber", "Marie Schmit"]


def test_restore_refuses_a_missing_file(db: Database, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no backup file"):
        restore(db.url, tmp_path / "missing.sqlite3")


def test_restore_waits_until_the_database_is_closed(
    service: CaseService, db: Database, tmp_path: Path
) -> None:
    service.open_case(new_case("Jean Weber"))
    target = backup(db, tmp_path / "saved.sqlite3").path
    service.open_case(new_case("Marie Schmit"))
    with db.engine.connect():
        with pytest.raises(StoreError, match="open in another window"):
            restore(db.url, target)
    assert [p for p in os.listdir(db_file(db).parent) if "before-restore" in p] == []
    with db.transaction() as session:
        assert session.scalar(select(func.count()).select_from(CaseRow)) == 2


def test_restore_into_a_new_location(db: Database, saved: Path, tmp_path: Path) -> None:
    fresh = tmp_path / "new laptop" / "lazeo-desk.sqlite3"
    report = restore(f"sqlite:///{fresh}", saved)
    assert report.previous is None
    assert names_in(fresh) == ["Jean Weber"]


# daily rotation ---------------------------------------------------------------------------------------------
def test_the_first_start_of_the_day_makes_one_backup(
    service: CaseService, db: Database, tmp_path: Path
) -> None:
    service.open_case(new_case("Jean Weber"))
    first = daily_backup(db, tmp_path / "daily", keep=3, today=date(2026, 3, 10))
    again = daily_backup(db, tmp_path / "daily", keep=3, today=date(2026, 3, 10))
    assert first.created is not None
    assert first.created.path.name == f"lazeo-desk-{database_owner(db)}-2026-03-10.sqlite3"
    assert again.created is None
    assert stat.S_IMODE((tmp_path / "daily").stat().st_mode) == 0o700


def test_only_the_most_recent_daily_backups_are_kept(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "daily"
    folder.mkdir()
    for day in (1, 2, 3, 5, 8):
        (folder / daily_backup_name(date(2026, 3, day), database_owner(db))).write_bytes(b"older backup")
    unrelated = [
        "notes.txt", f"lazeo-desk-{database_owner(db)}-2026-02-31.sqlite3", "lazeo-desk-2026-01-01.sqlite3.bak",
        # Another database's, and one named before backups had an owner: not this database's to remove.
        "lazeo-desk-0123456789abcdef-2026-01-01.sqlite3", "lazeo-desk-2026-01-01.sqlite3",
    ]
    for name in unrelated:
        (folder / name).write_text("not a daily backup")
    result = daily_backup(db, folder, keep=3, today=date(2026, 3, 10))
    owner = database_owner(db)
    assert sorted(p.name for p in result.removed) == [daily_backup_name(date(2026, 3, d), owner) for d in (1, 2, 3)]
    kept = sorted(os.listdir(folder))
    assert kept == sorted([daily_backup_name(date(2026, 3, d), owner) for d in (5, 8, 10)] + unrelated)


def test_keeping_no_daily_backup_is_refused(db: Database, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="at least one"):
        daily_backup(db, tmp_path, keep=0, today=date(2026, 3, 10))


def test_the_start_of_day_backup_keeps_as_many_as_the_setting_says(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    set_backup_keep(db, 2)
    for day in range(1, 6):
        clock.set(clock.now().replace(day=day))
        start_of_day_backup(db, clock, tmp_path / "daily")
    assert sorted(os.listdir(tmp_path / "daily")) == [
        name + suffix
        for d in (4, 5)
        for name in [daily_backup_name(date(2026, 3, d), database_owner(db))]
        for suffix in ("", ".anchor")
    ]
