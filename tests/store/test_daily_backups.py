"""Each database has its own daily backups, the last seven kept; copies left by a killed backup are removed."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.services.maintenance import start_of_day_backup
from lazeo_desk.services.seeding import seed_cases
from lazeo_desk.store.backup import backup, daily_backup, database_owner, remove_stale_partials
from lazeo_desk.store.database import Database

# Daily backups copy the SQLite file (a PostgreSQL database is backed up with pg_dump).
pytestmark = pytest.mark.sqlite_only


def _database(tmp_path: Path, name: str) -> Database:
    return Database(f"sqlite:///{tmp_path / name}", plain=True)


def test_two_databases_opened_the_same_day_each_get_their_own_backup(
    tmp_path: Path, clock: FixedClock
) -> None:
    folder = tmp_path / "backups"
    first, second = _database(tmp_path, "desk.sqlite3"), _database(tmp_path, "demo.sqlite3")
    try:
        seed_cases(first, 3, seed=1, clock=clock)
        made = [start_of_day_backup(db, clock, folder).created for db in (first, second)]
        assert all(report is not None for report in made)
        assert database_owner(first) != database_owner(second)
        assert [report.cases for report in made if report] == [3, 0]
        # The second database's backup did not take the day's slot of the first.
        assert start_of_day_backup(first, clock, folder).created is None
        assert len([name for name in os.listdir(folder) if name.endswith(".sqlite3")]) == 2
    finally:
        first.dispose()
        second.dispose()


def test_the_last_seven_backups_of_each_database_are_kept(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    first, second = _database(tmp_path, "desk.sqlite3"), _database(tmp_path, "demo.sqlite3")
    try:
        for offset in range(10):
            daily_backup(first, folder, keep=7, today=date(2026, 3, 1) + timedelta(days=offset))
        daily_backup(second, folder, keep=7, today=date(2026, 3, 12))
        names = sorted(os.listdir(folder))
        mine = [name for name in names if database_owner(first) in name]
        assert mine == [f"lazeo-desk-{database_owner(first)}-2026-03-{day:02d}.sqlite3" for day in range(4, 11)]
        assert [name for name in names if database_owner(second) in name] == [
            f"lazeo-desk-{database_owner(second)}-2026-03-12.sqlite3"
        ]
    finally:
        first.dispose()
        second.dispose()


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_partial_copies_left_by_a_killed_backup_are_removed_when_the_next_backup_starts(
    db: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    dead = _dead_pid()
    stale = folder / f".copy.sqlite3.partial-{dead}"
    stale.write_bytes(b"x" * 4096)
    (folder / f".copy.sqlite3.partial-{dead}-journal").write_bytes(b"j")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    # A copy another running program is writing right now is not touched.
    running = folder / f".other.sqlite3.partial-{os.getppid()}"
    running.write_bytes(b"y")
    os.utime(running, (old, old))
    backup(db, folder / "copy.sqlite3")
    assert sorted(os.listdir(folder)) == sorted(["copy.sqlite3", running.name])


def test_a_partial_copy_younger_than_this_run_is_left_alone(tmp_path: Path) -> None:
    fresh = tmp_path / f".copy.sqlite3.partial-{_dead_pid()}"
    fresh.write_bytes(b"x")
    assert remove_stale_partials(tmp_path) == ()
    assert fresh.exists()
