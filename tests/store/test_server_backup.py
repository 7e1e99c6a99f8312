"""Backups of a database on a PostgreSQL server: a custom-format ``pg_dump``, read back whole before it is kept,
and restored by ``pg_restore`` in one transaction only once the dump has been read whole."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, make_url, select

from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.services.maintenance import backup_database, restore_server_backup
from lazeo_desk.services.seeding import seed_cases
from lazeo_desk.store import server_backup
from lazeo_desk.store.database import Database
from lazeo_desk.store.models import AuditRow, CaseRow
from lazeo_desk.store.server_backup import ServerBackupError


@pytest.fixture
def team_db(request: pytest.FixtureRequest) -> Iterator[Database]:
    """A database of its own on the test server, in a schema that the dumps of these tests cover alone."""
    database: Database = request.getfixturevalue("postgres_database").schema("server_backup")
    yield database
    database.dispose()


def _cases(db: Database) -> int:
    with db.engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(CaseRow)).scalar_one())


@pytest.mark.postgresql_only
def test_a_backup_on_a_server_is_a_dump_that_restores_the_database_as_it_was(
    team_db: Database, tmp_path: Path, clock: FixedClock
) -> None:
    seed_cases(team_db, 3, seed=1, clock=clock)
    target = tmp_path / "team.dump"
    report = backup_database(team_db, target, actor="Brigitte Perez")
    assert (report.path, report.cases) == (target, 3)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert {"cases", "audit", "audit_head", "documents", "alembic_version"} <= set(server_backup.verify_dump(target))
    assert not list(tmp_path.glob(".*partial*"))
    seed_cases(team_db, 2, seed=2, clock=clock)
    assert _cases(team_db) == 5

    restored, result = restore_server_backup(team_db.url, target, actor="Brigitte Perez")
    assert result.ok, result.lines
    assert _cases(team_db) == 3
    # What was replaced is kept, and restores like any backup.
    assert restored.previous.parent == tmp_path and ".before-restore-" in restored.previous.name
    assert stat.S_IMODE(restored.previous.stat().st_mode) == 0o600
    assert "cases" in server_backup.verify_dump(restored.previous)
    restore_server_backup(team_db.url, restored.previous, actor="Brigitte Perez", now=datetime(2026, 3, 11, tzinfo=UTC))
    assert _cases(team_db) == 5
    with team_db.engine.connect() as connection:
        last = connection.execute(select(AuditRow.action).order_by(AuditRow.id.desc()).limit(1)).scalar_one()
    assert last == "restored"


@pytest.mark.postgresql_only
@pytest.mark.parametrize("damage", ["truncated", "not-a-dump", "missing"])
def test_a_damaged_dump_is_refused_before_anything_is_replaced(
    team_db: Database, tmp_path: Path, clock: FixedClock, damage: str
) -> None:
    seed_cases(team_db, 2, seed=3, clock=clock)
    good = tmp_path / "team.dump"
    backup_database(team_db, good, actor="DPO")
    seed_cases(team_db, 1, seed=4, clock=clock)
    bad = tmp_path / "bad.dump"
    if damage == "truncated":
        # The table of contents is whole: only reading every data block finds the end missing.
        content = good.read_bytes()
        bad.write_bytes(content[: len(content) * 9 // 10])
    elif damage == "not-a-dump":
        bad.write_bytes(b"lazeo-desk backup\n" * 100)
    with pytest.raises(ServerBackupError):
        restore_server_backup(team_db.url, bad, actor="DPO")
    assert _cases(team_db) == 3
    assert not list(tmp_path.glob("*before-restore*"))


@pytest.mark.postgresql_only
def test_a_dump_of_another_database_is_refused_before_anything_is_replaced(
    team_db: Database, tmp_path: Path, clock: FixedClock, request: pytest.FixtureRequest
) -> None:
    seed_cases(team_db, 1, seed=5, clock=clock)
    other_url = request.getfixturevalue("postgres_database").empty_schema_url("not_lazeo")
    other = Database(other_url, migrate=False)
    try:
        with other.engine.begin() as connection:
            connection.exec_driver_sql("CREATE TABLE invoices (id integer PRIMARY KEY)")
            connection.exec_driver_sql("INSERT INTO invoices VALUES (1)")
        conninfo, environment = server_backup.libpq_target(other.engine.url)
    finally:
        other.dispose()
    foreign = tmp_path / "invoices.dump"
    made = server_backup._run(
        [str(server_backup.tool("pg_dump")), "--format=custom", "--schema=not_lazeo", f"--file={foreign}",
         f"--dbname={conninfo}"], environment,
    )
    assert made.returncode == 0, made.stderr
    with pytest.raises(ServerBackupError, match="not a backup of a lazeo-desk database"):
        restore_server_backup(team_db.url, foreign, actor="DPO")
    assert _cases(team_db) == 1


def test_the_password_reaches_the_tools_through_libpq_not_their_command_line() -> None:
    url = make_url("postgresql+psycopg://lazeo:s3cr%40t@db.lazeo.lu:5432/desk?sslmode=require")
    conninfo, environment = server_backup.libpq_target(url)
    assert "s3cr" not in conninfo
    assert conninfo == "postgresql://lazeo@db.lazeo.lu:5432/desk?sslmode=require"
    assert environment["PGPASSWORD"] == "s3cr@t"


def test_missing_client_programs_are_said_in_one_line(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(server_backup, "_DEBIAN_BIN", tmp_path / "none")
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(ServerBackupError, match=r"^pg_dump was not found \(install the PostgreSQL client"):
        server_backup.tool("pg_dump")


def test_the_newest_server_folder_provides_the_tools(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for version in ("9.6", "15", "13"):
        folder = tmp_path / version / "bin"
        folder.mkdir(parents=True)
        (folder / "pg_restore").write_text("")
    monkeypatch.setattr(server_backup, "_DEBIAN_BIN", tmp_path)
    found: Any = server_backup.tool("pg_restore")
    assert found == tmp_path / "15" / "bin" / "pg_restore"
