"""Copies of the database: an online backup while the app is in use, a verified restore, a daily rotation.

Documents and letters live inside the database, so a backup holds them too. The copy is made with SQLite's
online backup API on the driver connection of the engine in use. A backup of an encrypted database is encrypted
with the same key, and the key parameters file goes beside it as ``<backup>.keyparams``: with the passphrase in
force when it was made, the backup opens on its own, also after the passphrase was changed.
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
from contextlib import suppress
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from lazeo_desk.domain.messages import Message, said
from lazeo_desk.store import audit, encryption, restore_journal
from lazeo_desk.store.database import Database, StoreError, explain, finish_interrupted_restore, os_reason
from lazeo_desk.store.encryption import FileKind, KeyFileError, KeyParams, sidecar_path
from lazeo_desk.store.engines import on_server
from lazeo_desk.store.integrity import FileReport, inspect_file
from lazeo_desk.store.location import (
    BACKUP_NAME,
    database_file,
    database_identity,
    prepare_folder,
    protected_reason,
    remember_backup_folder,
)
from lazeo_desk.store.location import default_backup_folder as default_backup_folder
from lazeo_desk.store.restore_journal import remove_stale_partials

# The key parameters file and the audit anchor are companions too: a database moved or removed takes them along.
_COMPANIONS = ("-wal", "-shm", "-journal", encryption.SIDECAR_SUFFIX, audit.ANCHOR_SUFFIX)


@dataclass(frozen=True)
class BackupReport:
    """A backup written and checked: where, how big, at which schema revision, how many cases."""

    path: Path
    size: int
    revision: str | None
    cases: int


@dataclass(frozen=True)
class RestoreReport:
    """A backup put in place of the database; ``previous`` is where the replaced database was kept."""

    database: Path
    previous: Path | None
    revision: str | None
    cases: int


@dataclass(frozen=True)
class DailyBackup:
    """What the start-of-day backup did: the copy made (None when today's exists) and the old ones removed."""

    created: BackupReport | None
    removed: tuple[Path, ...]


def daily_backup_name(day: date, owner: str) -> str:
    """The name of the daily backup of ``day`` of the database whose :func:`database_identity` is ``owner``."""
    return f"lazeo-desk-{owner}-{day.isoformat()}.sqlite3"


def database_owner(db: Database) -> str:
    """Whose daily backups are whose: the identity of the database's file (or of its URL)."""
    path = database_file(db.url)
    if path is not None:
        return database_identity(path)
    return hashlib.sha256(db.url.encode("utf-8")).hexdigest()[:16]


# files ------------------------------------------------------------------------------------------------------
def _os_failure(error: OSError, *, disk_full: Message, failed: Message) -> StoreError:
    """The error to show for a file operation the system refused: ``disk_full`` when the disk is full."""
    return StoreError(disk_full if error.errno == errno.ENOSPC else failed)


def _failed_checks(first: Message, problems: list[str]) -> StoreError:
    """``first`` (which names the first problem) followed by the other problems, each a sentence of its own."""
    return StoreError(first, *problems[1:])


def _private_file(path: Path) -> None:
    """Create ``path`` empty, readable by its owner only, before any driver writes health data into it."""
    descriptor = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(descriptor)


def _fsync(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _remove(path: Path) -> None:
    for name in (path.name, *(path.name + suffix for suffix in _COMPANIONS)):
        with suppress(FileNotFoundError):
            (path.parent / name).unlink()


def _partial(target: Path) -> Path:
    return target.with_name(f".{target.name}.partial-{os.getpid()}")


def _connect(dbapi: Any, path: Path, key: bytes | None) -> Any:
    if key is None:
        return dbapi.connect(str(path))
    return encryption.connect(dbapi, str(path), key=key)


def _key_params(database: Path, key: bytes, *, of_backup: bool) -> KeyParams:
    """The parameters beside ``database`` (the database in use, or ``of_backup`` a backup) that derive ``key``;
    without them an encrypted copy could not be opened."""
    sidecar = sidecar_path(database)
    try:
        params = encryption.read_key_params(sidecar)
    except KeyFileError as error:
        problem = error.sentences[0]
        raise StoreError(
            said("The key parameters file of this backup cannot be read ({problem}). Nothing was changed.",
                 problem=problem)
            if of_backup
            else said("The key parameters file of the database cannot be read ({problem}). Nothing was changed.",
                      problem=problem)
        ) from None
    if params is None:
        raise StoreError(
            said(
                "The key parameters file {file} of this backup is missing (it belongs beside {database}). "
                "Nothing was changed.",
                file=sidecar.name,
                database=database.name,
            )
            if of_backup
            else said(
                "The key parameters file {file} of the database is missing (it belongs beside {database}). "
                "Nothing was changed.",
                file=sidecar.name,
                database=database.name,
            )
        )
    if not params.matches(key):
        raise StoreError(
            said(
                "The key parameters file {file} does not belong to this backup (the passphrase is not the one "
                "it was made with). Nothing was changed.",
                file=sidecar.name,
            )
            if of_backup
            else said(
                "The key parameters file {file} does not belong to the database (the passphrase is not the one "
                "it was made with). Nothing was changed.",
                file=sidecar.name,
            )
        )
    return params


def no_backup_file(path: Path) -> Message:
    """Refusing to restore from a path where there is no file."""
    return said("There is no backup file at {path}.", path=path)


def plain_backup(path: Path) -> Message:
    """Refusing to restore a plain backup under a passphrase."""
    return said(
        "{path} is a plain backup, not an encrypted one: it can only be restored as a plain database. "
        "The database is unchanged.",
        path=path,
    )


def _dbapi_of(url: str) -> Any:
    return make_url(url).get_dialect().import_dbapi()


# backup -----------------------------------------------------------------------------------------------------
def refuse_on_server(url: str) -> None:
    """These backups and restores copy an SQLite file: a database on a server, which is backed up with pg_dump
    instead (``store/server_backup.py``), is refused here before anything is asked."""
    if on_server(url):
        raise StoreError(
            said("A database on a PostgreSQL server has no file to copy: it is backed up as a pg_dump archive "
                 "(Back up now, or lazeo-desk backup FILE).")
        )


def backup(db: Database, target: Path, *, verify: bool = True) -> BackupReport:
    """Write a consistent copy of ``db`` to ``target`` (mode 0600) while the application may be writing to it.

    The copy is written beside the target and moved into place only once complete and checked, so an existing
    file at ``target`` is replaced whole or not at all.
    """
    refuse_on_server(db.url)
    target = target.expanduser().absolute()
    source_file = database_file(db.url)
    if source_file is not None and target.resolve() == source_file.resolve():
        raise StoreError(said("A backup cannot be written over the database itself: choose another file."))
    refused = protected_reason(target, backups=False)
    if refused is not None:
        raise StoreError(said("A backup cannot be written to {path}: {reason}.", path=target, reason=refused))
    if not target.parent.is_dir():
        raise StoreError(
            said("Cannot write the backup: the folder {folder} does not exist.", folder=target.parent)
        )
    key = db.key
    if key is not None and source_file is None:
        raise StoreError(
            said("Only an encrypted database file can be backed up (its key parameters are in a file).")
        )
    params = _key_params(source_file, key, of_backup=False) if key is not None and source_file else None
    dbapi = db.engine.dialect.loaded_dbapi
    remove_stale_partials(target.parent)
    partial = _partial(target)
    _remove(partial)
    try:
        _private_file(partial)
        with db.engine.connect() as connection:
            source = connection.connection.driver_connection
            assert source is not None
            copy = _connect(dbapi, partial, key)
            try:
                # One step: the whole copy is read in one snapshot, which WAL lets writers continue beside.
                source.backup(copy)
                # A backup is one self-contained file: no WAL beside it.
                copy.execute("PRAGMA journal_mode=DELETE")
                head = audit.driver_head(copy)
            finally:
                copy.close()
        partial.chmod(0o600)
        _fsync(partial)
        report = inspect_file(partial, dbapi, key) if verify else None
        if report is not None and not report.ok:
            raise _failed_checks(
                said("The backup copy failed its check: {problem}", problem=report.problems[0]), report.problems
            )
        if params is not None:
            encryption.write_key_params(sidecar_path(partial), params)
        # The anchor of a file replaced goes first: an interruption leaves no anchor rather than another's.
        audit.anchor_path(target).unlink(missing_ok=True)
        os.replace(partial, target)
        if head is not None:
            audit.write_anchor(audit.anchor_path(target), head)
        if params is not None:
            os.replace(sidecar_path(partial), sidecar_path(target))
        else:
            # A plain copy written where an encrypted one was must not keep the other's parameters beside it.
            sidecar_path(target).unlink(missing_ok=True)
        _fsync(target.parent)
    except OSError as error:
        _remove(partial)
        raise _os_failure(
            error,
            disk_full=said(
                "The disk is full: the backup could not be written to {path}. Free some space, then try again.",
                path=target,
            ),
            failed=said("Cannot write the backup to {path}: {reason}.", path=target, reason=os_reason(error)),
        ) from error
    except (DBAPIError, dbapi.Error) as error:
        _remove(partial)
        raise StoreError(explain(error)) from error
    except BaseException:
        _remove(partial)
        raise
    return BackupReport(
        target, target.stat().st_size, report.revision if report else None, report.cases if report else 0
    )


# restore ----------------------------------------------------------------------------------------------------
OPEN_ELSEWHERE = said(
    "The database is open in another window or program: close it, then restore again. Nothing was replaced."
)


def _release(dbapi: Any, path: Path, key: bytes | None) -> None:
    """Fold the WAL into the database file and leave WAL mode, so that the file alone is the whole database.

    Leaving WAL mode needs the only connection: when another window or program has the database open it fails,
    and the restore stops before anything was replaced. A file too damaged to open (or encrypted with a key not
    given) is moved aside as it is, its companion files with it.
    """
    try:
        if key is None:
            connection = dbapi.connect(str(path), timeout=1.0)
        else:
            connection = encryption.connect(dbapi, str(path), key=key, timeout=1.0)
    except dbapi.Error:
        return
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        mode = str(connection.execute("PRAGMA journal_mode=DELETE").fetchone()[0]).lower()
    except dbapi.Error as error:
        if "locked" in str(error).lower() or "busy" in str(error).lower():
            mode = "wal"
        else:
            return
    finally:
        connection.close()
    if mode == "wal":
        raise StoreError(OPEN_ELSEWHERE)


def refuse_if_open(path: Path) -> None:
    """Refuse to restore over the database at ``path`` while a program has it open (no key needed, so that the
    check is made whatever the passphrase of the backup, before it is asked for)."""
    finish_interrupted_restore(path)
    if restore_journal.in_use(path):
        raise StoreError(OPEN_ELSEWHERE)


def _aside_name(path: Path, moment: datetime) -> Path:
    stem = f"{path.name}.before-restore-{moment:%Y%m%d-%H%M%S}"
    candidate, number = path.with_name(stem), 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{stem}-{number}")
    return candidate


def _move_aside(path: Path, aside: Path) -> Path:
    os.replace(path, aside)
    # Companions move with it under matching names, so that the kept copy is still a whole database.
    for suffix in _COMPANIONS:
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.replace(companion, aside.with_name(aside.name + suffix))
    return aside


def verify_backup(backup_path: Path, dbapi: Any = None, key: bytes | None = None) -> FileReport:
    """Check a backup file without changing it (integrity, schema revision, audit chain, stored files).

    An encrypted backup is read with its ``key``.
    """
    if key is not None:
        dbapi = encryption.sqlcipher()
    return inspect_file(backup_path, dbapi or _dbapi_of("sqlite://"), key)


def restore(
    db_url: str,
    backup_path: Path,
    *,
    key: bytes | None = None,
    current_key: bytes | None = None,
    actor: str = "DPO",
    now: datetime | None = None,
) -> RestoreReport:
    """Put the backup at ``backup_path`` in place of the database at ``db_url`` once it passed every check.

    ``key`` opens an encrypted backup (None: the backup is a plain database); its key parameters file
    (``<backup>.keyparams``) becomes the database's, so the restored database opens with the passphrase the
    backup was made under. ``current_key``, when known, opens the database being replaced so that its log is
    folded into it first; without it, an encrypted database is moved aside as it is, with its companion files.

    The database must not be open (close the window first). The database it replaces is kept beside it,
    renamed ``<name>.before-restore-YYYYMMDD-HHMMSS`` (its key parameters file with it). Nothing is replaced
    when any check fails. The restored database is brought to the current schema and its audit trail records
    the restore, so that the entries written after the backup are known to be in the database kept aside.
    """
    refuse_on_server(db_url)
    moment = now or datetime.now().astimezone()
    path = database_file(db_url)
    if path is None:
        raise StoreError(said("Restoring needs a database file; the database in use is not one."))
    backup_path = backup_path.expanduser().absolute()
    if not backup_path.is_file():
        raise StoreError(no_backup_file(backup_path))
    finish_interrupted_restore(path)
    if path.exists() and backup_path.resolve() == path.resolve():
        raise StoreError(said("That file is the database itself, not a backup of it."))
    log = backup_path.with_name(backup_path.name + "-wal")
    if log.exists() and log.stat().st_size > 0:
        raise StoreError(
            said(
                "{path} is a database in use (its log {log} is beside it), not a backup: make one "
                "with 'lazeo-desk backup FILE'. The database is unchanged.",
                path=backup_path,
                log=log.name,
            )
        )
    backup_kind = encryption.file_kind(backup_path)
    if key is None and backup_kind is FileKind.ENCRYPTED:
        raise StoreError(
            said(
                "{path} is an encrypted backup: restore it with the passphrase it was made under. "
                "The database is unchanged.",
                path=backup_path,
            )
        )
    if key is not None and backup_kind is FileKind.PLAIN:
        raise StoreError(plain_backup(backup_path))
    params = _key_params(backup_path, key, of_backup=True) if key is not None else None
    dbapi = encryption.sqlcipher() if key is not None else _dbapi_of(db_url)
    report = inspect_file(backup_path, dbapi, key)
    if not report.ok:
        raise _failed_checks(
            said(
                "{path} was not restored, the database is unchanged: {problem}",
                path=backup_path,
                problem=report.problems[0],
            ),
            report.problems,
        )
    refuse_if_open(path)
    prepare_folder(path)
    remove_stale_partials(path.parent)
    partial = _partial(path)
    _remove(partial)
    journal = restore_journal.Journal(
        database=path, copy=partial.name, aside=_aside_name(path, moment).name if path.exists() else None,
        keyparams=params is not None, backup=str(backup_path),
    )
    previous: Path | None = None
    try:
        _private_file(partial)
        with open(backup_path, "rb") as source, open(partial, "wb") as copy:
            shutil.copyfileobj(source, copy, 1024 * 1024)
            copy.flush()
            os.fsync(copy.fileno())
        if params is not None:
            # The copy's key parameters travel beside it, and follow it into place (see restore_journal).
            encryption.write_key_params(sidecar_path(partial), params)
        # So does the backup's audit anchor: a restore interrupted before its own entry still has one to check.
        backup_anchor = audit.anchor_path(backup_path)
        if backup_anchor.is_file():
            _private_file(audit.anchor_path(partial))
            shutil.copyfile(backup_anchor, audit.anchor_path(partial))
        if path.exists():
            current = encryption.file_kind(path)
            if current is FileKind.PLAIN:
                _release(_dbapi_of("sqlite://"), path, None)
            elif current is FileKind.ENCRYPTED and current_key is not None:
                _release(encryption.sqlcipher(), path, current_key)
        journal.record(restore_journal.VERIFIED)
        if journal.aside is not None:
            previous = journal.file(journal.aside)
            _move_aside(path, previous)
            journal.record(restore_journal.SET_ASIDE)
        os.replace(partial, path)
        journal.record(restore_journal.MOVED_IN)
        if params is not None:
            os.replace(sidecar_path(partial), sidecar_path(path))
        else:
            # A plain database must not keep another's key parameters beside it.
            sidecar_path(path).unlink(missing_ok=True)
        if audit.anchor_path(partial).exists():
            os.replace(audit.anchor_path(partial), audit.anchor_path(path))
        journal.record(restore_journal.KEYPARAMS)
        _fsync(path.parent)
        journal.finish()
    except BaseException as error:
        # Whatever step failed, the journal puts things back as they were (or finishes, once the copy is in).
        if journal.path.exists():
            with suppress(Exception):
                restore_journal.recover(path)
        # When even that failed, the journal stays and the next start finishes the work: the copy and its key
        # parameters are then left where the journal says they are.
        if not journal.path.exists():
            _remove(partial)
        if isinstance(error, OSError):
            raise _os_failure(
                error,
                disk_full=said(
                    "The disk is full: the backup could not be restored to {path}. Free some space, then try "
                    "again.",
                    path=path,
                ),
                failed=said(
                    "Cannot restore the backup to {path}: {reason}.", path=path, reason=os_reason(error)
                ),
            ) from error
        raise
    _record_restore(db_url, backup_path, previous, report, actor, moment, key)
    return RestoreReport(path, previous, report.revision, report.cases)


def _record_restore(
    db_url: str,
    backup_path: Path,
    previous: Path | None,
    report: FileReport,
    actor: str,
    moment: datetime,
    key: bytes | None,
) -> None:
    restored = Database(db_url, key=key, plain=key is None)
    try:
        with restored.transaction() as session:
            audit.append(session, [audit.AuditEntry(
                at=audit.naive_utc(moment), actor=actor, reference="", action="restored",
                detail={
                    "backup": str(backup_path),
                    "backup_revision": report.revision,
                    "previous_database_kept_as": str(previous) if previous else None,
                },
            )])
    finally:
        restored.dispose()


# daily rotation ---------------------------------------------------------------------------------------------
def daily_backup(db: Database, folder: Path, *, keep: int, today: date) -> DailyBackup:
    """Today's backup of ``db`` in ``folder`` unless it is there already; then only the ``keep`` most recent
    backups of ``db`` are kept.

    Each database has its own daily backups, ``lazeo-desk-<identity>-YYYY-MM-DD.sqlite3`` (the identity comes from
    its file's resolved path), so that two databases opened on the same day never share one; only files named
    like the daily backups of ``db`` are ever removed.
    """
    if keep < 1:
        raise ValueError("keep: at least one daily backup must be kept")
    refuse_on_server(db.url)
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as error:
        raise _os_failure(
            error,
            disk_full=said(
                "The disk is full: the backup folder {folder} could not be created. Free some space, then try "
                "again.",
                folder=folder,
            ),
            failed=said("Cannot create the backup folder {folder}: {reason}.", folder=folder, reason=os_reason(error)),
        ) from error
    remember_backup_folder(folder)
    owner = database_owner(db)
    target = folder / daily_backup_name(today, owner)
    created = None if target.exists() else backup(db, target)
    dated: list[tuple[date, Path]] = []
    for entry in folder.iterdir():
        match = BACKUP_NAME.match(entry.name)
        # Another database's backups (or those named before backups had an owner) are not this one's to remove.
        if match is None or match.group("owner") != owner or not entry.is_file():
            continue
        try:
            dated.append((date.fromisoformat(match.group("day")), entry))
        except ValueError:
            continue
    dated.sort()
    removed = tuple(entry for _day, entry in dated[: max(len(dated) - keep, 0)])
    for entry in removed:
        _remove(entry)
    return DailyBackup(created, removed)
