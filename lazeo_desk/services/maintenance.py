"""Looking after the database: the full check behind ``lazeo-desk check``, and the start-of-day backup."""

from __future__ import annotations

import json
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from lazeo_desk.domain.clock import Clock
from lazeo_desk.domain.messages import said
from lazeo_desk.domain.settings_registry import BACKUP_KEEP
from lazeo_desk.services.actor import current_actor
from lazeo_desk.store import audit, server_backup, team
from lazeo_desk.store import settings as store_settings
from lazeo_desk.store.audit import Head, verify_chain, verify_states
from lazeo_desk.store.backup import BackupReport, DailyBackup, backup, daily_backup, default_backup_folder
from lazeo_desk.store.database import Database, StoreError, explain, head_revision
from lazeo_desk.store.integrity import content_report, schema_revision

# How many start-of-day backups are kept (a database setting, so that it travels with the data).
DEFAULT_BACKUP_KEEP = BACKUP_KEEP.default


@dataclass(frozen=True)
class CheckResult:
    """What ``lazeo-desk check`` prints, and its exit status (0: sound, 1: a problem was found)."""

    lines: list[str]
    problems: list[str]
    head: Head | None = None

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def exit_status(self) -> int:
        return 0 if self.ok else 1


def run_check(db: Database, expect: Head | None = None) -> CheckResult:
    """SQLite's integrity check, the schema revision, the audit chain (keyed where there is a key) and its
    anchors, every case against the state its last entry recorded, every stored file against its hash.

    ``expect`` is a head kept elsewhere (on paper): the trail must still reach it.
    """
    if db.on_server:
        with db.engine.connect() as connection:
            partial = team.sees_part_only(connection)
        if partial:
            raise StoreError(said(
                "The check reads the whole database, and your role on the server (assistant) sees the cases of its "
                "centres only: the DPO or the auditor runs it. Nothing was checked."
            ))
    lines = [f"Database: {db.location}"]
    problems: list[str] = []
    engine = "PostgreSQL" if db.on_server else "SQLite"
    try:
        # A server keeps its own storage: its pages are the administrator's to check (amcheck, data checksums).
        found = [] if db.on_server else db.integrity_problems()
        with db.engine.connect() as connection:
            revision = schema_revision(connection)
    except DBAPIError as error:
        found, revision = [f"{engine} cannot read the database: {explain(error)}"], None
    problems += found
    if found:
        # Reading further in a damaged file reports noise, or worse; the integrity problems are the news.
        lines.append(f"{engine} integrity check: the database is damaged" if not db.on_server else
                     "PostgreSQL: the database cannot be read")
        lines += [f"  {p.removeprefix('SQLite integrity check: ')}" for p in found]
        lines.append("Result: restore the latest good backup (lazeo-desk restore FILE)")
        return CheckResult(lines, problems)
    if db.on_server:
        lines.append("Storage check: the server's own (PostgreSQL keeps and checks its files; see amcheck)")
    else:
        lines.append("SQLite integrity check: ok")
    head = head_revision()
    if revision != head:
        problems.append(f"schema revision {revision}, expected {head}")
    lines.append(f"Schema revision: {revision}" + ("" if revision == head else f" (expected {head})"))
    with db.transaction() as session:
        chain = verify_chain(session, db.audit_key)
        compared, state_problems = verify_states(session, chain)
        anchor_lines, anchor_problems = _anchors(db, session, chain, expect)
        content = content_report(session)
    lines.append(chain.describe())
    if not chain.ok:
        problems.append(chain.describe())
    lines += [f"  {p}" for p in chain.problems[1:]]
    problems += list(chain.problems[1:])
    lines.append(_keyed_line(db, chain))
    if chain.states_from is None:
        lines.append("Case states: not recorded yet (the database has not been opened by this version)")
    elif state_problems:
        lines.append(f"Case states: {len(state_problems)} of {compared} cases differ from their audit trail")
        lines += [f"  {p}" for p in state_problems]
    else:
        lines.append(f"Case states: {compared} cases match the state their last audit entry recorded")
    problems += state_problems
    lines += anchor_lines
    problems += anchor_problems
    lines.append(content.describe())
    lines += [f"  {p}" for p in content.problems]
    problems += content.problems
    if not problems and chain.head is not None and db.anchor_file is not None:
        # A sound trail brings the anchor up to date (it may lag behind when a write of it failed).
        with suppress(OSError):
            audit.write_anchor(db.anchor_file, chain.head)
    outcome = {0: "no problem found", 1: "1 problem found"}.get(len(problems), f"{len(problems)} problems found")
    lines.append(f"Result: {outcome}")
    return CheckResult(lines, problems, chain.head)


def _keyed_line(db: Database, chain: audit.ChainReport) -> str:
    if db.on_server:
        return (
            "Keyed chain: none. lazeo-desk keeps no key for a database on a server: an entry or row edited by "
            "someone who also recomputes the hashes cannot be told from a genuine one; edits that do not are found"
        )
    if not db.encrypted:
        return (
            "Keyed chain: none. This database is not encrypted, so its trail has no key: an entry or row edited "
            "by someone who also recomputes the hashes and the anchor cannot be told from a genuine one; edits "
            "that do not are found"
        )
    if chain.keyed_from is None:
        return "Keyed chain: not started yet (no entry was written with the passphrase's key)"
    before = f"; the entries before #{chain.keyed_from} predate the key and are verified by the unkeyed chain only"
    return f"Keyed chain: from entry #{chain.keyed_from}, every MAC verified" + (
        before if chain.keyed_from > 1 else ""
    )


def _anchors(
    db: Database, session: Session, chain: audit.ChainReport, expect: Head | None
) -> tuple[list[str], list[str]]:
    """The trail against the anchor file beside the database, and against ``expect``."""
    lines: list[str] = []
    problems: list[str] = []
    if expect is not None:
        reason = audit.compare_anchor(session, replace(expect, keyed=db.encrypted))
        if reason:
            problems.append(f"Expected anchor: {reason}")
            lines.append(f"Expected anchor {expect.position}: {reason}")
        else:
            lines.append(f"Expected anchor: entry #{expect.position} matches")
    path = db.anchor_file
    if path is None:
        lines.append("Anchor file: none (the database is not a file)")
        return lines, problems
    try:
        anchor = audit.read_anchor(path)
    except (OSError, ValueError):
        problem = f"the anchor file {path.name} cannot be read as an anchor (damaged or replaced)"
        return [*lines, f"Anchor file: {problem}"], [*problems, problem]
    if anchor is None:
        if chain.head is not None and chain.states_from is not None:
            problem = (
                f"the anchor file {path.name} is missing: entries removed at the end of the trail could not be told"
            )
            return [*lines, f"Anchor file: {problem}"], [*problems, problem]
        return [*lines, "Anchor file: none yet"], problems
    reason = audit.compare_anchor(session, anchor)
    if reason:
        return [*lines, f"Anchor file: {reason}"], [*problems, f"{path.name}: {reason}"]
    return [*lines, f"Anchor file: entry #{anchor.position} matches {path.name}"], problems


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
    made = daily_backup(db, folder or default_backup_folder(), keep=backup_keep(db), today=clock.today())
    if made.created is not None:
        _record_backup(db, made.created, current_actor(db), clock.now())
    return made


def backup_database(db: Database, target: Path, *, actor: str, now: datetime | None = None) -> BackupReport:
    """Write a checked backup of ``db`` to ``target`` (with its anchor beside it) and record it (``backed-up``).

    A database on a server is dumped by ``pg_dump`` instead (custom format, read back whole before it is put in
    place); :class:`~lazeo_desk.store.server_backup.ServerBackupError` says why one could not be made."""
    if db.on_server:
        dumped = server_backup.dump(db, target)
        report = BackupReport(dumped.path, dumped.size, dumped.revision, dumped.cases)
    else:
        report = backup(db, target)
    _record_backup(db, report, actor, now)
    return report


def restore_server_backup(
    url: str, dump: Path, *, actor: str, now: datetime | None = None
) -> tuple[server_backup.RestoreReport, CheckResult]:
    """Verify a ``pg_dump`` backup, keep the database in place aside (dumped beside the backup), put the backup
    in place of it on the server at ``url`` (one transaction), record the restore in its trail and check it.
    Raises :class:`~lazeo_desk.store.server_backup.ServerBackupError` before anything is replaced when the dump is
    not whole or the database in place cannot be kept, or when the server refuses the restore (which it then
    rolls back)."""
    moment = now or datetime.now(UTC)
    report = server_backup.restore_dump(url, dump, moment=moment)
    restored = Database(url)
    try:
        with restored.transaction() as session:
            audit.append(session, [audit.AuditEntry(
                audit.naive_utc(moment), actor, "", "restored",
                {"backup": str(dump), "previous_database_kept_as": str(report.previous)},
            )])
        return report, run_check(restored)
    finally:
        restored.dispose()


def _record_backup(db: Database, report: BackupReport, actor: str, now: datetime | None) -> None:
    moment = audit.naive_utc(now or datetime.now(UTC))
    with db.transaction() as session:
        audit.append(session, [audit.AuditEntry(
            moment, actor, "", "backed-up",
            {"file": str(report.path), "cases": report.cases, "revision": report.revision},
        )])


@dataclass(frozen=True)
class TrailEntry:
    """One entry of the audit trail as ``lazeo-desk audit`` shows it."""

    position: int
    at: datetime
    actor: str
    action: str
    reference: str
    detail: str

    def to_dict(self) -> dict[str, object]:
        return {
            "position": self.position, "at": self.at.replace(tzinfo=UTC).isoformat(), "actor": self.actor,
            "action": self.action, "reference": self.reference or None, "detail": _detail_value(self.detail),
        }

    def line(self) -> str:
        at = self.at.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M:%S")
        return f"#{self.position}  {at}  {self.actor}  {self.action}  {self.reference or '-'}"


def _detail_value(text: str) -> object:
    try:
        return json.loads(text)
    except ValueError:
        return text


def audit_trail(db: Database, reference: str | None = None) -> list[TrailEntry]:
    """The audit trail, oldest first (only the entries about ``reference`` when given)."""
    with db.transaction() as session:
        return [
            TrailEntry(row.id, row.at, row.actor, row.action, row.reference, row.detail)
            for row in audit.trail(session, reference)
        ]
