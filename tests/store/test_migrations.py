"""Schema migrations: a database of the first revision upgrades to the latest and keeps its cases."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from lazeo_desk.domain.case import Jurisdiction, Relationship
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store import engines, search
from lazeo_desk.store.database import Database, head_revision
from lazeo_desk.store.models import Base

FIRST_REVISION = "0001"

# A case as the first schema stored it, written with plain SQL so that it does not depend on today's models.
_CASE_ROW = {
    "id": 1,
    "reference": "DSAR-2026-0001",
    "year": 2026,
    "sequence": 1,
    "jurisdiction": "BE",
    "language": "nl",
    "channel": "email",
    "status": "in-progress",
    "received": "2026-03-05",
    "completed": None,
    "answered": None,
    "closed": None,
    "awaiting_since": None,
    "info_requested": None,
    "extension_reason": None,
    "extension_notice_date": None,
    "records_older_than_5_years": False,
    "rights": "access,medical-record",
    "due_date": "2026-03-20",
    "urgency": 0,
    "strict_due_date": "2026-03-20",
    "request_text": "Inzage graag",
    "notes": "",
    "subject_name": "Ëlodie Vercammen",
    "subject_name_key": "elodie vercammen",
    "subject_birth_date": "1987-02-14",
    "subject_email": "elodie@example.be",
    "subject_address": "Kerkstraat 12 bus 3\n9000 Gent\nBelgië",
    "patient_number": "BE-100001",
    "centre": "Gent",
    "minor": False,
    "deceased": False,
    "death_date": None,
    "last_consultation": "2025-11-03",
    "requester_relationship": "self",
    "requester_name": "",
    "requester_name_key": "",
    "requester_address": "",
    "requester_email": "",
    "requester_proof": "",
    "version": 1,
    "created_at": "2026-03-05 10:00:00.000000",
    "updated_at": "2026-03-05 10:00:00.000000",
}


def _insert_first_schema_case(database: Database) -> None:
    columns = ", ".join(_CASE_ROW)
    values = ", ".join(f":{name}" for name in _CASE_ROW)
    with database.engine.begin() as connection:
        connection.execute(text(f"INSERT INTO cases ({columns}) VALUES ({values})"), _CASE_ROW)
        connection.execute(
            text(
                "INSERT INTO case_rights (case_id, \"right\", position, outcome, ground) "
                "VALUES (1, :r, :p, NULL, '')"
            ),
            [{"r": "access", "p": 0}, {"r": "medical-record", "p": 1}],
        )
        connection.execute(
            text(
                "INSERT INTO events (case_id, at, actor, kind, text) "
                "VALUES (1, '2026-03-05 10:00:00.000000', 'Brigitte Perez', 'opened', 'Request received')"
            )
        )
        connection.execute(text("INSERT INTO reference_counters (year, last_sequence) VALUES (2026, 1)"))
        # The row's id was written out: a PostgreSQL sequence hands out the ids after it only when told.
        engines.follow_written_ids(connection, "cases")


def test_a_database_of_the_first_migration_upgrades_to_head_and_keeps_its_case(
    empty_database_url: str, clock: FixedClock
) -> None:
    url = empty_database_url
    old = Database(url, migrate=False, plain=True)
    old.upgrade(FIRST_REVISION)
    assert old.revision() == FIRST_REVISION
    _insert_first_schema_case(old)
    old.dispose()

    upgraded = Database(url, plain=True)
    try:
        assert upgraded.revision() == head_revision()
        service = CaseService(Workplace(upgraded, clock))
        loaded = service.load("DSAR-2026-0001")
        case = loaded.case
        assert case.jurisdiction is Jurisdiction.BE
        assert case.status is Status.IN_PROGRESS
        assert case.rights == (Right.ACCESS, Right.MEDICAL_RECORD)
        assert case.subject.name == "Ëlodie Vercammen"
        assert case.subject.address == ("Kerkstraat 12 bus 3", "9000 Gent", "België")
        assert case.subject.birth_date == date(1987, 2, 14)
        assert case.requester.relationship is Relationship.SELF
        assert [event.kind for event in case.timeline] == ["opened"]
        assert loaded.deadline.due == date(2026, 3, 20)
    finally:
        upgraded.dispose()


def test_an_upgraded_database_continues_the_reference_sequence(empty_database_url: str, clock: FixedClock) -> None:
    url = empty_database_url
    old = Database(url, migrate=False, plain=True)
    old.upgrade(FIRST_REVISION)
    _insert_first_schema_case(old)
    old.dispose()

    upgraded = Database(url, plain=True)
    try:
        service = CaseService(Workplace(upgraded, clock))
        copy = service.load("DSAR-2026-0001").case
        copy.reference = None
        copy.timeline = []
        assert service.open_case(copy) == "DSAR-2026-0002"
    finally:
        upgraded.dispose()


def test_a_fresh_database_is_at_the_latest_revision(db: Database) -> None:
    assert db.revision() == head_revision()


def test_opening_an_up_to_date_database_again_changes_nothing(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'twice.sqlite3'}"
    first = Database(url, plain=True)
    first.dispose()
    second = Database(url, plain=True)
    try:
        assert second.revision() == head_revision()
    finally:
        second.dispose()


def test_the_models_match_the_migrated_schema(db: Database) -> None:
    with db.engine.connect() as connection:
        differences = compare_metadata(
            MigrationContext.configure(connection, opts={"include_name": search.not_index_table}), Base.metadata
        )
    assert differences == []


def test_the_migrated_database_has_every_table_column_and_index_of_the_models(db: Database) -> None:
    inspector = inspect(db.engine)
    migrated_tables = set(inspector.get_table_names()) - {"alembic_version"}
    assert migrated_tables == set(Base.metadata.tables)
    for name, table in Base.metadata.tables.items():
        assert {c["name"] for c in inspector.get_columns(name)} == {c.name for c in table.columns}, name
        # PostgreSQL also lists the indexes behind unique constraints, which the models declare as constraints.
        indexes = {i["name"] for i in inspector.get_indexes(name) if "duplicates_constraint" not in i}
        # The server's text search index (pg_trgm) is no model's: SQLite has its own, FTS5's.
        assert indexes - search.SERVER_ONLY_INDEXES == {i.name for i in table.indexes}, name


def test_the_declared_schema_head_is_the_latest_migration() -> None:
    from lazeo_desk.store.migrations import SCHEMA_HEAD

    assert SCHEMA_HEAD == head_revision()


def test_opening_a_current_database_does_not_load_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    url = f"sqlite:///{tmp_path / 'current.sqlite3'}"
    Database(url, plain=True).dispose()
    probe = (
        "import sys; from lazeo_desk.store.database import Database; "
        f"Database({url!r}, plain=True); print('alembic' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_a_database_of_revision_0005_upgrades_and_its_cases_read_as_having_no_title_recorded(
    empty_database_url: str, clock: FixedClock
) -> None:
    url = empty_database_url
    old = Database(url, migrate=False, plain=True)
    old.upgrade("0005")
    _insert_first_schema_case(old)
    old.dispose()

    upgraded = Database(url, plain=True)
    try:
        assert upgraded.revision() == head_revision()
        case = CaseService(Workplace(upgraded, clock)).load("DSAR-2026-0001").case
        assert case.subject.name == "Ëlodie Vercammen"
        assert case.subject.address == ("Kerkstraat 12 bus 3", "9000 Gent", "België")
        assert (case.subject.title, case.subject.family_name) == (None, "")
        assert (case.requester.title, case.requester.family_name) == (None, "")
        assert case.requester.purpose is None
        assert case.requester.designated_practitioner is None
    finally:
        upgraded.dispose()


def test_a_paused_case_of_revision_0006_sorts_by_its_strict_date_after_the_upgrade(
    empty_database_url: str, clock: FixedClock
) -> None:
    from lazeo_desk.store.register import CaseFilter, fetch_page

    url = empty_database_url
    old = Database(url, migrate=False, plain=True)
    old.upgrade("0006")
    _insert_first_schema_case(old)
    paused = {
        **_CASE_ROW, "id": 2, "reference": "DSAR-2026-0002", "sequence": 2, "status": "awaiting-requester",
        "received": "2026-03-02", "awaiting_since": "2026-03-03", "info_requested": "2026-03-03",
        "due_date": None, "urgency": 1, "strict_due_date": "2026-03-17",
    }
    with old.engine.begin() as connection:
        columns = ", ".join(paused)
        connection.execute(
            text(f"INSERT INTO cases ({columns}) VALUES ({', '.join(f':{n}' for n in paused)})"), paused
        )
    old.dispose()

    upgraded = Database(url, plain=True)
    try:
        with upgraded.transaction() as session:
            rows = fetch_page(session, CaseFilter(), date(2026, 3, 10))
        # Its strict date (17 Mar) binds before the other case's due date (20 Mar).
        assert [row.reference for row in rows] == ["DSAR-2026-0002", "DSAR-2026-0001"]
        with upgraded.engine.connect() as connection:
            assert connection.execute(text("SELECT urgency FROM cases WHERE id = 2")).scalar() == 0
    finally:
        upgraded.dispose()


def test_a_database_of_revision_0008_keeps_every_right_once_as_rows_in_the_listed_order(
    empty_database_url: str, clock: FixedClock
) -> None:
    url = empty_database_url
    old = Database(url, migrate=False, plain=True)
    old.upgrade("0008")
    _insert_first_schema_case(old)
    rows_lost = {
        **_CASE_ROW, "id": 2, "reference": "DSAR-2026-0002", "sequence": 2, "rights": "objection,erasure,access",
    }
    with old.engine.begin() as connection:
        columns = ", ".join(rows_lost)
        connection.execute(
            text(f"INSERT INTO cases ({columns}) VALUES ({', '.join(f':{n}' for n in rows_lost)})"), rows_lost
        )
        # Of its three rights, only one has a row (with its outcome).
        connection.execute(text(
            "INSERT INTO case_rights (case_id, \"right\", position, outcome, ground) "
            "VALUES (2, 'objection', 0, 'granted', '')"
        ))
    old.dispose()

    upgraded = Database(url, plain=True)
    try:
        assert upgraded.revision() == head_revision()
        assert "rights" not in {column["name"] for column in inspect(upgraded.engine).get_columns("cases")}
        service = CaseService(Workplace(upgraded, clock))
        assert service.load("DSAR-2026-0001").case.rights == (Right.ACCESS, Right.MEDICAL_RECORD)
        second = service.load("DSAR-2026-0002").case
        assert second.rights == (Right.OBJECTION, Right.ERASURE, Right.ACCESS)
        assert set(second.outcomes) == {Right.OBJECTION}
        with upgraded.engine.connect() as connection:
            assert connection.execute(text(
                'SELECT "right", position FROM case_rights WHERE case_id = 2 ORDER BY position'
            )).all() == [("objection", 0), ("erasure", 1), ("access", 2)]
    finally:
        upgraded.dispose()
