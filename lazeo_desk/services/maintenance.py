"""Looking after the database: the full check behind ``lazeo-desk check``, and the start-of-day backup."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from lazeo_desk.domain.clock import Clock
from lazeo_desk.domain.settings_registry import BACKUP_KEEP
from lazeo_desk.store import settings as store_settings
from lazeo_desk.store.audit import verify_chain
from lazeo_desk.store.backup import DailyBackup, daily_backup, default_backup_folder
from lazeo_desk.store.database import Database, explain, head_revision
from lazeo_desk.store.integrity import content_report, schema_revision, sqlite_problems

# How many start-of-day backups are kept (a database setting, so that it travels with the data).
DEFAULT_BACKUP_KEEP = BACKUP_KEEP.default


@dataclass(frozen=True)
class CheckResult:
    """What ``lazeo-desk check`` prints, and its exit status (0: sound, 1: a problem was found)."""

    lines: list[str]
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def exit_status(self) -> int:
        return 0 if self.ok else 1


def run_check(db: Database) -> CheckResult:
    """SQLite's integrity check, the schema revision, the audit chain, every stored file against its hash."""
    lines = [f"Database: {db.location}"]
    problems: list[str] = []
    try:
        with db.engine.connect() as connection:
            found = sqlite_problems(connection)
            revision = schema_revision(connection)
    except DBAPIError as error:
        found, revision = [f"SQLite cannot read the database: {explain(error)}"], None
    problems += found
    if found:
        # Reading further in a damaged file reports noise, or worse; the integrity problems are the news.
        lines.append("SQLite integrity check: the database is damaged")
        lines += [f"  {p.removeprefix('SQLite integrity check: ')}" for p in found]
        lines.append("Result: restore the latest good backup (lazeo-desk restore FILE)")
        return CheckResult(lines, problems)
    lines.append("SQLite integrity check: ok")
    head = head_revision()
    if revision != head:
        problems.append(f"schema revision {revision}, expected {head}")
    lines.append(f"Schema revision: {revision}" + ("" if revision == head else f" (expected {head})"))
    with db.transaction() as session:
        chain = verify_chain(session)
        content = content_report(session)
    lines.append(chain.describe())
    if not chain.ok:
        problems.append(chain.describe())
    lines.append(content.describe())
    lines += [f"  {p}" for p in content.problems]
    problems += content.problems
    lines.append("Result: no problem found" if not problems else f"Result: {len(problems)} problem(s) found")
    return CheckResult(lines, problems)


def check(db: Database) -> list[str]:
    """Every problem :func:`run_check` finds (empty when the database is sound)."""
    return run_check(db).problems


def backup_keep(db: Database) -> int:
    """How many start-of-day backups to keep."""
    with db.transaction() as session:
        return store_settings.read_or_default(session, BACKUP_KEEP)


def set_backup_keep(db: Database, keep: int) -> None:
    if keep < 1:
        raise ValueError("backup_keep: at least one daily backup must be kept")
    with db.transaction() as session:
        store_settings.write(session, BACKUP_KEEP, keep)


def start_of_day_backup(db: Database, clock: Clock, folder: Path | None = None) -> DailyBackup:
    """The day's first start backs the database up; the :func:`backup_keep` most recent copies are kept."""
    return daily_backup(db, folder or default_backup_folder(), keep=backup_keep(db), today=clock.today())
