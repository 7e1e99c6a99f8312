"""Copies of the database: an online backup while the app is in use, a verified restore, a daily rotation.

Documents and letters live inside the database, so a backup holds them too. The copy is made with SQLite's
online backup API on the driver connection of the engine in use. A backup of an encrypted database is encrypted
with the same key, and the key parameters file goes beside it as ``<backup>.keyparams``: with the passphrase in
force when it was made, the backup opens on its own, also after the passphrase was changed.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
from contextlib import suppress
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from lazeo_desk.domain.messages import Message, said
from lazeo_desk.store import audit, encryption
from lazeo_desk.store.database import Database, StoreError, explain, os_reason
from lazeo_desk.store.encryption import FileKind, KeyFileError, KeyParams, sidecar_path
from lazeo_desk.store.integrity import FileReport, inspect_file
from lazeo_desk.store.location import data_folder, database_file, prepare_folder

DAILY_NAME = re.compile(r"^lazeo-desk-(\d{4}-\d{2}-\d{2})\.sqlite3$")
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


def default_backup_folder() -> Path:
    return data_folder() / "backups"


def daily_backup_name(day: date) -> str:
    return f"lazeo-desk-{day.isoformat()}.sqlite3"


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
def backup(db: Database, target: Path, *, verify: bool = True) -> BackupReport:
    """Write a consistent copy of ``db`` to ``target`` (mode 0600) while the application may be writing to it.

    The copy is written beside the target and moved into place only once complete and checked, so an existing
    file at ``target`` is replaced whole or not at all.
    """
    target = target.expanduser().absolute()
    source_file = database_file(db.url)
    if source_file is not None and target.resolve() == source_file.resolve():
        raise StoreError(said("A backup cannot be written over the database itself: choose another file."))
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
        raise StoreError(
            said(
                "The database is open in another window or program: close it, then restore again. "
                "Nothing was replaced."
            )
        )


def _aside_name(path: Path, moment: datetime) -> Path:
    stem = f"{path.name}.before-restore-{moment:%Y%m%d-%H%M%S}"
    candidate, number = path.with_name(stem), 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{stem}-{number}")
    return candidate


def _move_aside(path: Path, moment: datetime) -> Path:
    aside = _aside_name(path, moment)
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
    moment = now or datetime.now().astimezone()
    path = database_file(db_url)
    if path is None:
        raise StoreError(said("Restoring needs a database file; the database in use is not one."))
    backup_path = backup_path.expanduser().absolute()
    if not backup_path.is_file():
        raise StoreError(no_backup_file(backup_path))
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
    prepare_folder(path)
    partial = _partial(path)
    _remove(partial)
    pending = encryption.pending_path(path)
    previous: Path | None = None
    replaced = False
    try:
        _private_file(partial)
        with open(backup_path, "rb") as source, open(partial, "wb") as copy:
            shutil.copyfileobj(source, copy, 1024 * 1024)
            copy.flush()
            os.fsync(copy.fileno())
        if params is not None:
            # Written before the database is replaced: an interruption between the two renames below leaves
            # parameters that open whichever database is in place (see services.passphrase.unlock_database).
            encryption.write_key_params(pending, params)
        if path.exists():
            current = encryption.file_kind(path)
            if current is FileKind.PLAIN:
                _release(_dbapi_of("sqlite://"), path, None)
            elif current is FileKind.ENCRYPTED and current_key is not None:
                _release(encryption.sqlcipher(), path, current_key)
            previous = _move_aside(path, moment)
        os.replace(partial, path)
        replaced = True
        if params is not None:
            encryption.settle_pending(path, adopt=True)
        else:
            sidecar_path(path).unlink(missing_ok=True)
        _fsync(path.parent)
    except OSError as error:
        _remove(partial)
        if not replaced:
            pending.unlink(missing_ok=True)
        raise _os_failure(
            error,
            disk_full=said(
                "The disk is full: the backup could not be restored to {path}. Free some space, then try again.",
                path=path,
            ),
            failed=said("Cannot restore the backup to {path}: {reason}.", path=path, reason=os_reason(error)),
        ) from error
    except BaseException:
        _remove(partial)
        if not replaced:
            pending.unlink(missing_ok=True)
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
    """Today's backup in ``folder`` unless it is there already; then only the ``keep`` most recent are kept.

    Only files named like the daily backups (``lazeo-desk-YYYY-MM-DD.sqlite3``) are ever removed.
    """
    if keep < 1:
        raise ValueError("keep: at least one daily backup must be kept")
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
    target = folder / daily_backup_name(today)
    created = None if target.exists() else backup(db, target)
    dated: list[tuple[date, Path]] = []
    for entry in folder.iterdir():
        match = DAILY_NAME.match(entry.name)
        if match is None or not entry.is_file():
            continue
        try:
            dated.append((date.fromisoformat(match.group(1)), entry))
        except ValueError:
            continue
    dated.sort()
    removed = tuple(entry for _day, entry in dated[: max(len(dated) - keep, 0)])
    for entry in removed:
        _remove(entry)
    return DailyBackup(created, removed)
