"""``lazeo-desk migrate --to``: a database copied into an empty one on the other engine and back, verified.

With a PostgreSQL test server the middle database is an empty schema on it; without one, a new plain file (the
same copy, from one file to another).
"""

from __future__ import annotations

import gc
import hashlib
import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import inspect, select, text

from lazeo_desk.cli import main
from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.rights import Right
from lazeo_desk.services import moving
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.letters import LetterService, SendMethod
from lazeo_desk.services.maintenance import run_check, set_backup_keep
from lazeo_desk.services.moving import MoveFailed, MoveRefused, move_database
from lazeo_desk.services.passphrase import open_server_database, unlock_database
from lazeo_desk.services.seeding import seed_cases
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store import moving as store_moving
from lazeo_desk.store.audit import current_head
from lazeo_desk.store.database import Database
from lazeo_desk.store.documents import DocumentKind, add_document
from lazeo_desk.store.encryption import KdfParams
from lazeo_desk.store.engines import on_server
from lazeo_desk.store.models import AuditRow, CaseRow, EventRow

NEW_PASSPHRASE = "a different passphrase for the file"


def _fill(db: Database, clock: FixedClock) -> list[str]:
    """Seeded cases, a letter sent with its PDF, a stored file and a setting: every table has something."""
    references = seed_cases(db, 12, seed=7, clock=clock)
    service = CaseService(Workplace(db, clock, "Brigitte Perez"))
    reference = service.open_case(Case(
        jurisdiction=Jurisdiction.BE, language=Language.NL, channel=Channel.EMAIL, received=date(2026, 3, 5),
        rights=(Right.ACCESS, Right.ERASURE),
        subject=DataSubject(name="Anaïs O'Brien", email="anais@example.be", address=("Kerkstraat 12", "9000 Gent")),
    ))
    letters = LetterService(service)
    letters.send(reference, letters.draft(reference, LetterKind.ACKNOWLEDGEMENT), method=SendMethod.POST)
    with db.transaction() as session:
        case_id = session.execute(select(CaseRow.id).where(CaseRow.reference == reference)).scalar_one()
        add_document(session, case_id, kind=DocumentKind.ATTACHMENT, filename="id.png", media_type="image/png",
                     content=bytes(range(256)) * 300, now=clock.now().replace(tzinfo=None))
    set_backup_keep(db, 9)
    return [*references, reference]


def _case_json(
    db_argument: str, reference: str, clock: FixedClock, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch, passphrase: str | None,
) -> object:
    arguments = ["--db", db_argument]
    if passphrase is None and not on_server(db_argument):
        arguments.append("--plain")
    if passphrase is not None:
        monkeypatch.setenv("LAZEO_DESK_PASSPHRASE", passphrase)
    capsys.readouterr()
    assert main([*arguments, "case", "show", reference, "--json"], clock=clock) == 0
    return json.loads(capsys.readouterr().out)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _middle(url: str) -> Database:
    return open_server_database(url, migrate=False) if on_server(url) else Database(url, plain=True, migrate=False)


def test_a_seeded_encrypted_database_moves_to_the_other_engine_and_back_with_the_same_case_json_for_every_case(
    encrypted_db: Database, db_passphrase: str, empty_database_url: str, tmp_path: Path, clock: FixedClock,
    fast_kdf: KdfParams, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    references = _fill(encrypted_db, clock)
    source_file = Path(str(encrypted_db.engine.url.database))
    before = {ref: _case_json(str(source_file), ref, clock, capsys, monkeypatch, db_passphrase) for ref in references}
    # What the commands above left in the write-ahead log goes into the file first: then only a write changes it.
    gc.collect()
    encrypted_db.dispose()
    fingerprint = _sha256(source_file)

    there = move_database(encrypted_db, empty_database_url, actor="Brigitte Perez")
    assert there.check.ok, there.check.lines
    assert {table.name: table.target for table in there.tables}["cases"] == len(references)
    assert all(table.ok for table in there.tables)
    assert {"cases", "events", "letters", "documents", "settings", "audit"} <= {t.name for t in there.tables}
    encrypted_db.dispose()
    assert _sha256(source_file) == fingerprint, "the source file was written to"

    final_url = f"sqlite:///{tmp_path / 'back' / 'moved-back.sqlite3'}"
    (tmp_path / "back").mkdir()
    middle = _middle(empty_database_url)
    with middle.engine.connect() as connection:
        middle_head = current_head(connection)
    back = move_database(middle, final_url, actor="Brigitte Perez", passphrase=NEW_PASSPHRASE, kdf=fast_kdf)
    with middle.engine.connect() as connection:
        assert current_head(connection) == middle_head, "the source's audit trail was written to"
    middle.dispose()
    assert back.check.ok, back.check.lines
    assert "Keyed chain: from entry #1, every MAC verified" in back.check.lines

    final = str(tmp_path / "back" / "moved-back.sqlite3")
    after = {ref: _case_json(final, ref, clock, capsys, monkeypatch, NEW_PASSPHRASE) for ref in references}
    assert after == before
    reopened = unlock_database(final_url, NEW_PASSPHRASE)
    try:
        assert run_check(reopened).ok
        with reopened.transaction() as session:
            moves = session.execute(select(AuditRow.detail).where(AuditRow.action == "moved-in")).scalars().all()
        assert [json.loads(detail)["cases"] for detail in moves] == [len(references), len(references)]
    finally:
        reopened.dispose()


def test_a_moved_database_hands_out_new_ids_after_the_copied_ones(
    db: Database, empty_database_url: str, clock: FixedClock
) -> None:
    references = seed_cases(db, 3, seed=1, clock=clock)
    move_database(db, empty_database_url, actor="DPO")
    moved = Database(empty_database_url, plain=True)
    try:
        service = CaseService(Workplace(moved, clock, "DPO"))
        added = service.open_case(Case(
            jurisdiction=Jurisdiction.FR, language=Language.FR, channel=Channel.POST, received=date(2026, 3, 9),
            rights=(Right.ACCESS,), subject=DataSubject(name="Jeanne Martin"),
        ))
        assert added not in references
        assert run_check(moved).ok
    finally:
        moved.dispose()


def test_a_target_that_is_not_empty_is_refused_and_left_as_it_was(
    db: Database, empty_database_url: str, clock: FixedClock
) -> None:
    seed_cases(db, 2, seed=2, clock=clock)
    move_database(db, empty_database_url, actor="DPO")
    seed_cases(db, 1, seed=3, clock=clock)
    with pytest.raises(MoveRefused, match="not empty|already"):
        move_database(db, empty_database_url, actor="DPO")
    target = _middle(empty_database_url)
    try:
        with target.engine.connect() as connection:
            assert connection.execute(select(CaseRow.id)).all().__len__() == 2
    finally:
        target.dispose()


def test_a_copy_that_does_not_match_the_source_leaves_the_target_as_it_was_found(
    db: Database, empty_database_url: str, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed_cases(db, 4, seed=5, clock=clock)
    copy_table = store_moving._copy_table

    def losing_the_events(source: object, target: object, table: object) -> int:
        # A write that went missing on the way: the comparison with the source must catch it.
        return 0 if getattr(table, "name", "") == EventRow.__tablename__ else copy_table(source, target, table)  # type: ignore[arg-type]

    monkeypatch.setattr(store_moving, "_copy_table", losing_the_events)
    with pytest.raises(MoveFailed) as failed:
        move_database(db, empty_database_url, actor="DPO")
    assert "events: 4 rows in the source, 0 in the target" in failed.value.problems
    if on_server(empty_database_url):
        target = _middle(empty_database_url)
        try:
            with target.engine.connect() as connection:
                assert inspect(connection).get_table_names() == []
        finally:
            target.dispose()
    else:
        assert not Path(empty_database_url.removeprefix("sqlite:///")).exists()


def test_a_source_that_fails_its_check_is_not_moved(db: Database, empty_database_url: str, clock: FixedClock) -> None:
    (reference,) = seed_cases(db, 1, seed=4, clock=clock)
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE cases SET notes = 'edited outside' WHERE reference = :r"), {"r": reference})
    with pytest.raises(MoveRefused, match="does not pass its check"):
        move_database(db, empty_database_url, actor="DPO")


@pytest.mark.sqlite_only
def test_a_move_into_the_source_itself_is_refused(db: Database, clock: FixedClock) -> None:
    with pytest.raises(MoveRefused, match="source itself"):
        moving.move_database(db, db.url, actor="DPO")


@pytest.mark.postgresql_only
def test_a_database_the_migrations_made_on_a_server_with_no_rows_takes_a_move(
    tmp_path: Path, clock: FixedClock, request: pytest.FixtureRequest
) -> None:
    source = Database(f"sqlite:///{tmp_path / 'desk.sqlite3'}", plain=True)
    seed_cases(source, 2, seed=6, clock=clock)
    url = request.getfixturevalue("postgres_database").empty_schema_url("migrated_target")
    Database(url).dispose()
    try:
        report = move_database(source, url, actor="DPO")
    finally:
        source.dispose()
    assert report.check.ok
    assert {table.name: table.target for table in report.tables}["cases"] == 2


def test_the_move_records_the_states_a_few_cases_per_entry_and_the_target_checks_clean(
    db: Database, empty_database_url: str, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed_cases(db, 5, seed=8, clock=clock)
    monkeypatch.setattr(store_moving, "_CASES_PER_ENTRY", 2)
    report = move_database(db, empty_database_url, actor="DPO")
    assert report.check.ok, report.check.lines
    moved = _middle(empty_database_url)
    try:
        with moved.engine.connect() as connection:
            rows = connection.execute(
                select(AuditRow.detail, AuditRow.states).where(AuditRow.action == "moved-in").order_by(AuditRow.id)
            ).all()
    finally:
        moved.dispose()
    assert [json.loads(detail)["cases"] for detail, _states in rows] == [2, 2, 1]
    assert [len(json.loads(states)) for _detail, states in rows] == [2, 2, 2]  # the last one: the settings too


@pytest.mark.postgresql_only
def test_a_server_database_holding_another_programs_tables_is_refused_and_left_as_it_was(
    tmp_path: Path, clock: FixedClock, request: pytest.FixtureRequest
) -> None:
    source = Database(f"sqlite:///{tmp_path / 'desk.sqlite3'}", plain=True)
    seed_cases(source, 1, seed=9, clock=clock)
    url = request.getfixturevalue("postgres_database").empty_schema_url("invoicing")
    other = Database(url, migrate=False)
    try:
        with other.engine.begin() as connection:
            connection.exec_driver_sql("CREATE TABLE invoices (id integer PRIMARY KEY)")
        with pytest.raises(MoveRefused, match="^to: the target holds tables of another program"):
            move_database(source, url, actor="DPO")
        with other.engine.connect() as connection:
            assert inspect(connection).get_table_names() == ["invoices"]
    finally:
        other.dispose()
        source.dispose()
