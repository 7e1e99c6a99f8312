"""The database check: SQLite's integrity, the schema, the audit chain, stored files against their hash."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from outside_access import db_file, outside_sql
from sqlalchemy import select

from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.rights import Right
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.maintenance import check, run_check
from lazeo_desk.services.seeding import seed_cases
from lazeo_desk.store import search
from lazeo_desk.store.cases import load_row
from lazeo_desk.store.database import Database, head_revision
from lazeo_desk.store.integrity import content_report, revision_known, sqlite_problems
from lazeo_desk.store.models import Base, DocumentRow, LetterRow

PDF = b"%PDF-1.7 acknowledgement of receipt"
SCAN = b"\x89PNG scanned letter"


outside = outside_sql


def sha256(content: bytes) -> str:
    import hashlib

    return hashlib.sha256(content).hexdigest()


def case_with_files(service: CaseService, db: Database) -> str:
    reference = service.open_case(Case(
        jurisdiction=Jurisdiction.FR, language=Language.FR, channel=Channel.POST, received=date(2026, 3, 2),
        rights=(Right.ERASURE,), subject=DataSubject("Anaïs O'Brien-<Zoë> & Fils"),
    ))
    with db.transaction() as session:
        case_id = load_row(session, reference).id
        session.add(LetterRow(
            case_id=case_id, kind="acknowledgement", language="fr", sent_on=date(2026, 3, 10), method="post",
            pdf=PDF, sha256=sha256(PDF), created_at=datetime(2026, 3, 10, 8, 30),
        ))
        session.add(DocumentRow(case_id=case_id, kind="scan", filename="courrier.png", media_type="image/png",
                                size=len(SCAN), sha256=sha256(SCAN), content=SCAN,
                                created_at=datetime(2026, 3, 10, 8, 30)))
    return reference


def test_a_sound_database_passes_every_check(service: CaseService, db: Database) -> None:
    case_with_files(service, db)
    result = run_check(db)
    assert result.exit_status == 0
    if db.on_server:
        engine_check = "Storage check: the server's own (PostgreSQL keeps and checks its files; see amcheck)"
        keyed = (
            "Keyed chain: none. lazeo-desk keeps no key for a database on a server: an entry or row edited by "
            "someone who also recomputes the hashes cannot be told from a genuine one; edits that do not are found"
        )
        anchor = "Anchor file: none (the database is not a file)"
    else:
        engine_check = "SQLite integrity check: ok"
        keyed = (
            "Keyed chain: none. This database is not encrypted, so its trail has no key: an entry or row edited "
            "by someone who also recomputes the hashes and the anchor cannot be told from a genuine one; edits "
            "that do not are found"
        )
        anchor = "Anchor file: entry #3 matches test.sqlite3.anchor"
    assert result.lines[1:] == [
        engine_check,
        f"Schema revision: {head_revision()}",
        "Audit trail: 3 entries, chain intact",
        keyed,
        "Case states: 1 cases match the state their last audit entry recorded",
        anchor,
        "Stored files: 1 documents and 1 letters match their SHA-256",
        "Result: no problem found",
    ]
    assert check(db) == []


def test_the_check_names_the_first_tampered_audit_entry(service: CaseService, db: Database) -> None:
    case_with_files(service, db)
    outside(db, "UPDATE audit SET actor = 'Someone Else' WHERE id = 2")
    result = run_check(db)
    assert result.exit_status == 1
    assert any("entry #2 is broken" in line for line in result.lines)
    assert result.lines[-1] == "Result: 1 problem found"


def test_the_check_finds_a_document_whose_bytes_were_altered(service: CaseService, db: Database) -> None:
    reference = case_with_files(service, db)
    outside(db, "UPDATE documents SET content = ?", b"\x89PNG another letter")
    state, problem = check(db)
    assert state.startswith(f"case {reference}: its documents differ from the state entry #3 recorded")
    assert problem.startswith(f"document #1 'courrier.png' of {reference}: ")
    assert "no longer match their SHA-256" in problem


def test_the_check_finds_an_altered_letter(service: CaseService, db: Database) -> None:
    reference = case_with_files(service, db)
    outside(db, "UPDATE letters SET pdf = ?", PDF.replace(b"receipt", b"refusal"))
    state, problem = check(db)
    assert state.startswith(f"case {reference}: its letters differ")
    assert problem.startswith(f"letter #1 (acknowledgement of 2026-03-10, {reference}): ")


def test_a_document_erased_after_verification_is_not_a_problem(service: CaseService, db: Database) -> None:
    case_with_files(service, db)
    with db.transaction() as session:
        document = session.scalars(select(DocumentRow)).one()
        document.content, document.deleted_at = None, datetime(2026, 3, 11)
    with db.transaction() as session:
        report = content_report(session)
    assert (report.documents, report.letters, report.erased, report.problems) == (0, 1, 1, [])
    assert "1 erased as required" in report.describe()


@pytest.mark.sqlite_only  # the file's pages damaged on disk
def test_a_damaged_file_is_reported_not_raised(db: Database, clock: FixedClock) -> None:
    seed_cases(db, 300, seed=3, clock=clock)
    connection = db.engine.raw_connection()  # outside any transaction: a checkpoint cannot run inside one
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        root = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'ix_cases_subject_name_key'"
        ).fetchone()[0]
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    finally:
        connection.close()
    db.dispose()
    with open(db_file(db), "r+b") as damaged:
        damaged.seek(page_size * (root - 1))
        damaged.write(b"\x07" * page_size)
    result = run_check(db)
    assert result.exit_status == 1
    assert result.lines[1] == "SQLite integrity check: the database is damaged"
    assert len(result.lines) <= 15
    assert result.lines[-1].startswith("Result: restore the latest good backup")


@pytest.mark.sqlite_only  # SQLite's own check of its file
def test_integrity_check_of_a_sound_file_finds_nothing(db: Database) -> None:
    with db.engine.connect() as connection:
        assert sqlite_problems(connection) == []


def test_only_revisions_this_program_knows_are_known() -> None:
    assert revision_known(head_revision())
    assert revision_known("0001")
    assert not revision_known("0099")


def test_the_migrations_build_the_schema_the_models_declare(db: Database) -> None:
    with db.engine.connect() as connection:
        assert compare_metadata(
            MigrationContext.configure(connection, opts={"include_name": search.not_index_table}), Base.metadata
        ) == []


@pytest.mark.sqlite_only  # SQLite's own check of its file
def test_the_database_object_checks_its_own_file(db: Database) -> None:
    assert db.integrity_problems() == []
    outside(db, "INSERT INTO case_rights (case_id, right, position, ground) VALUES (4242, 'access', 0, '')")
    assert db.integrity_problems() == ["case_rights row 1 refers to a cases row that does not exist"]


@pytest.mark.sqlite_only  # the bytes of the file
def test_compacting_leaves_no_deleted_text_in_the_file(db: Database) -> None:
    marker = "unmistakable-erased-marker"
    outside(db, "CREATE TABLE scratch (words TEXT)")
    outside(db, "INSERT INTO scratch VALUES (?)", marker * 50)
    outside(db, "DROP TABLE scratch")
    db.compact()
    assert marker.encode() not in db_file(db).read_bytes()
    assert db.integrity_problems() == []
