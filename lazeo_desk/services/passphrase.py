"""The DPO's passphrase: creating it, opening the database with it, changing it, restoring under it.

What the window (passphrase dialog, app lock) and the command line call. The passphrase is only ever held by the
caller and handed to these functions; what they keep is the key derived from it, inside the open
:class:`~lazeo_desk.store.database.Database`. Every function that fails for a wrong passphrase fails before
anything is written, so that any number of wrong tries leaves the files as they were.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from contextlib import suppress
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import make_url

from lazeo_desk.domain.messages import Explained, said
from lazeo_desk.store import encryption
from lazeo_desk.store.database import (
    IS_ENCRYPTED,
    IS_PLAIN,
    MISSING_SQLCIPHER,
    NOT_A_DATABASE,
    Database,
    StoreError,
    cannot_open,
    explain,
    finish_interrupted_restore,
    os_reason,
)
from lazeo_desk.store.encryption import FileKind, KdfParams, KeyFileError, KeyParams
from lazeo_desk.store.engines import on_server
from lazeo_desk.store.location import database_file, prepare_folder

PASSPHRASE_ENV = "LAZEO_DESK_PASSPHRASE"
PLAIN_ENV = "LAZEO_DESK_PLAIN"
# Long enough that a few words make it (a passphrase, not a password); Argon2 does the rest.
MIN_PASSPHRASE_LENGTH = 12


if TYPE_CHECKING:
    from lazeo_desk.store.backup import RestoreReport


class Protection(Enum):
    """What is at a database location, and so what the user is asked for before it opens."""

    NEW = "new"  # no database yet: create a passphrase (or ask for a plain database explicitly)
    ENCRYPTED = "encrypted"  # ask for the passphrase
    PLAIN = "plain"  # an unencrypted database: it opens only when a plain database was asked for
    NOT_A_FILE = "not-a-file"  # an in-memory database or a URI: only a plain one is possible
    SERVER = "server"  # a database on a server (PostgreSQL): it opens with the server's credentials, no passphrase
    NOT_A_DATABASE = "not-a-database"  # another program's file: it is not opened


class WrongPassphrase(StoreError):
    """The passphrase does not open the database; nothing was read or written."""


class WeakPassphrase(Explained, ValueError):
    """A new passphrase that is refused (too short); the message says why."""


WRONG_PASSPHRASE = said("Wrong passphrase: the database was not opened, nothing was changed.")


# The passphrase handed over by hand_over_passphrase(): the number of the inherited pipe it is to be read from.
PASSPHRASE_FD_ENV = "LAZEO_DESK_PASSPHRASE_FD"
# Far more than any passphrase, and less than a pipe holds, so that writing it before the exec never blocks.
_MAX_HANDED_OVER_BYTES = 16 * 1024
_handed_over: str | None = None


def hand_over_passphrase() -> None:
    """Start the program again without ``LAZEO_DESK_PASSPHRASE`` in its environment, the passphrase passed
    through an inherited pipe instead (its number in ``LAZEO_DESK_PASSPHRASE_FD``). Returns only when there is
    nothing to hand over or the system cannot do it.

    Removing the variable from ``os.environ`` is not enough: the environment a process was started with stays
    readable in ``/proc/<pid>/environ`` (to the same user, to root, to crash reporters) for the whole life of the
    process. A new ``execve`` with an environment without it is the only way to be rid of it.
    """
    value = os.environ.get(PASSPHRASE_ENV)
    if value is None or os.name != "posix":
        return
    data = value.encode("utf-8", "surrogateescape")
    if len(data) > _MAX_HANDED_OVER_BYTES:
        return
    read_end, write_end = os.pipe()
    try:
        written = 0
        while written < len(data):
            written += os.write(write_end, data[written:])
    finally:
        os.close(write_end)
    os.set_inheritable(read_end, True)
    environment = {name: text for name, text in os.environ.items() if name != PASSPHRASE_ENV}
    environment[PASSPHRASE_FD_ENV] = str(read_end)
    # The same command again: the interpreter with its options and script (or the frozen application).
    arguments = [sys.executable, *(sys.argv[1:] if getattr(sys, "frozen", False) else sys.orig_argv[1:])]
    for stream in (sys.stdout, sys.stderr):
        with suppress(Exception):
            stream.flush()
    try:
        os.execve(sys.executable, arguments, environment)
    except OSError:
        os.close(read_end)


def _read_handed_over(number: str) -> str:
    try:
        descriptor = int(number)
    except ValueError:
        return ""
    chunks: list[bytes] = []
    try:
        while chunk := os.read(descriptor, 4096):
            chunks.append(chunk)
            if sum(map(len, chunks)) > _MAX_HANDED_OVER_BYTES:
                return ""
    except OSError:
        return ""
    finally:
        with suppress(OSError):
            os.close(descriptor)
    return b"".join(chunks).decode("utf-8", "surrogateescape")


def passphrase_from_environment(environ: Mapping[str, str] = os.environ) -> str | None:
    """The passphrase given in ``LAZEO_DESK_PASSPHRASE`` (scripts and demos), or handed over through a pipe by
    :func:`hand_over_passphrase` (read once, then kept by this process only); None when none was given."""
    global _handed_over
    number = environ.get(PASSPHRASE_FD_ENV)
    if number is not None:
        os.environ.pop(PASSPHRASE_FD_ENV, None)
        _handed_over = _read_handed_over(number)
    if _handed_over:
        return _handed_over
    value = environ.get(PASSPHRASE_ENV)
    return value if value else None


def plain_requested(environ: Mapping[str, str] = os.environ) -> bool:
    """Whether ``LAZEO_DESK_PLAIN`` asks for a plain database (1, true, yes or on)."""
    return environ.get(PLAIN_ENV, "").strip().lower() in {"1", "true", "yes", "on"}


def passphrase_problem(passphrase: str) -> str | None:
    """Why a new passphrase is refused, or None when it is acceptable (for a dialog to show as it is typed)."""
    if not passphrase.strip():
        return said("The passphrase cannot be empty.")
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return said(
            "The passphrase must be at least {count} characters long (a few words).", count=MIN_PASSPHRASE_LENGTH
        )
    return None


def _require_strong(passphrase: str) -> None:
    problem = passphrase_problem(passphrase)
    if problem is not None:
        raise WeakPassphrase(problem)


def _file_of(url: str) -> Path:
    path = database_file(url)
    if path is None:
        raise StoreError(said("Only a database file can be encrypted: open this one as a plain database."))
    return path


def protection(url: str) -> Protection:
    """What opening ``url`` needs: a new passphrase, the passphrase, an explicit request for plain, or nothing
    (a database on a server)."""
    if on_server(url):
        return Protection.SERVER
    path = database_file(url)
    if path is None:
        return Protection.NOT_A_FILE
    # A restore interrupted here is finished or undone first: what is at the path is then the real database.
    finish_interrupted_restore(path)
    try:
        kind = encryption.file_kind(path)
    except OSError as error:
        raise StoreError(cannot_open(path, error)) from error
    return {
        FileKind.ABSENT: Protection.NEW,
        FileKind.ENCRYPTED: Protection.ENCRYPTED,
        FileKind.PLAIN: Protection.PLAIN,
        FileKind.OTHER: Protection.NOT_A_DATABASE,
    }[kind]


def _opens(path: Path, key: bytes) -> bool:
    try:
        dbapi = encryption.sqlcipher()
    except ImportError as error:
        raise StoreError(MISSING_SQLCIPHER) from error
    try:
        return encryption.key_opens(path, key)
    except dbapi.Error as error:
        raise StoreError(explain(error)) from error


def _read(path: Path) -> KeyParams | None:
    try:
        return encryption.read_key_params(path)
    except KeyFileError as error:
        raise StoreError(
            said(
                "The key parameters file beside the database cannot be read ({problem}): restore it from the "
                "backup folder (each backup has its own). Nothing was changed.",
                problem=error.sentences[0],
            )
        ) from None


def create_database(
    url: str, passphrase: str, *, kdf: KdfParams | None = None, migrate: bool = True
) -> Database:
    """First start: a new encrypted database at ``url``, with the key derived from ``passphrase``.

    ``kdf`` defaults to :data:`~lazeo_desk.store.encryption.DEFAULT_KDF` (about half a second); tests pass a
    cheaper one. Asking twice (to catch a typing error) is the caller's part. The parameters file is written
    before the database, so that an interruption never leaves a database whose key cannot be derived again.
    """
    path = _file_of(url)
    _require_strong(passphrase)
    if protection(url) is not Protection.NEW:
        raise StoreError(said("There is a database at {path} already: it was not replaced.", path=path))
    key, params = encryption.new_key(passphrase, kdf)
    prepare_folder(path)
    try:
        encryption.write_key_params(encryption.sidecar_path(path), params)
        encryption.pending_path(path).unlink(missing_ok=True)
    except OSError as error:
        raise StoreError(
            said(
                "The key parameters file beside {path} cannot be written: {reason}.", path=path, reason=os_reason(error)
            )
        ) from error
    return Database(url, key=key, migrate=migrate)


def unlock_key(path: Path, passphrase: str) -> bytes:
    """The key that ``passphrase`` gives for the encrypted database at ``path``; raises :class:`WrongPassphrase`.

    A change of passphrase (or a restore) interrupted at the wrong moment leaves two parameter files, the
    sidecar and a pending one; whichever derives a key that opens the database is kept, the other dropped.
    """
    main, pending = encryption.sidecar_path(path), encryption.pending_path(path)
    candidates = [(file, params) for file in (main, pending) if (params := _read(file)) is not None]
    if not candidates:
        raise StoreError(
            said(
                "The key parameters file {file} is missing beside the database: without it the passphrase "
                "cannot open it. Put it back (each backup has its own beside it, named <backup>{suffix}).",
                file=main.name,
                suffix=main.suffix,
            )
        )
    recognised = False
    for file, params in candidates:
        key = encryption.derive_key(passphrase, params.salt, params.kdf)
        if not params.matches(key):
            continue
        recognised = True
        if _opens(path, key):
            if pending.exists():
                encryption.settle_pending(path, adopt=file == pending)
            return key
    if not recognised:
        raise WrongPassphrase(WRONG_PASSPHRASE)
    if pending.exists():
        raise WrongPassphrase(
            said(
                "A change of passphrase (or a restore) was interrupted after the database had been replaced: "
                "give the new passphrase (or the one of the backup restored). Nothing was changed."
            )
        )
    raise StoreError(
        said(
            "The passphrase is right but the database does not open with it: the file is damaged, or the key "
            "parameters file beside it belongs to another database. Restore the latest backup. Nothing was "
            "changed."
        )
    )


def unlock_database(url: str, passphrase: str, *, migrate: bool = True) -> Database:
    """Later starts: open the encrypted database at ``url`` with ``passphrase`` (about half a second)."""
    path = _file_of(url)
    found = protection(url)
    if found is Protection.PLAIN:
        raise StoreError(IS_PLAIN)
    if found is Protection.NEW:
        raise StoreError(said("There is no database at {path} yet: create one with a new passphrase.", path=path))
    if found is Protection.NOT_A_DATABASE:
        raise StoreError(NOT_A_DATABASE)
    return Database(url, key=unlock_key(path, passphrase), migrate=migrate)


def open_server_database(url: str, *, migrate: bool = True) -> Database:
    """A database on a server: the server's own credentials (in the URL, or libpq's environment and password
    file) open it; lazeo-desk keeps no key for it."""
    return Database(url, migrate=migrate)


def password_wanted(error: StoreError) -> bool:
    """Whether opening a server database failed because the server wants a password that was not given (or was
    wrong): the window or the command line may then ask for one."""
    cause = str(error.__cause__ or "").lower()
    return "no password supplied" in cause or "password authentication failed" in cause


def with_password(url: str, password: str) -> str:
    """``url`` with ``password``, for this run only: it is never written to the settings."""
    return make_url(url).set(password=password).render_as_string(hide_password=False)


def open_plain_database(url: str, *, migrate: bool = True) -> Database:
    """An unencrypted database, asked for explicitly (tests and demos); an encrypted one is refused."""
    if protection(url) is Protection.ENCRYPTED:
        raise StoreError(IS_ENCRYPTED)
    return Database(url, plain=True, migrate=migrate)


def verify_passphrase(db: Database, passphrase: str) -> bool:
    """Whether ``passphrase`` is the one ``db`` is open with (to unlock the locked window); changes nothing."""
    path = database_file(db.url)
    if not db.encrypted or path is None:
        return False
    params = _read(encryption.sidecar_path(path))
    if params is None:
        return False
    key = encryption.derive_key(passphrase, params.salt, params.kdf)
    return params.matches(key) and db.has_key(key)


class Unlocker:
    """What the window's lock asks: whether the database in use is protected, and whether a passphrase opens it."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def protects(self) -> bool:
        """Only an encrypted database is locked: a plain one (tests, demos) has no passphrase to ask."""
        return self._db.encrypted

    @property
    def location(self) -> str:
        return self._db.location

    def opens(self, passphrase: str) -> bool:
        return verify_passphrase(self._db, passphrase)


def change_passphrase(db: Database, old: str, new: str, *, kdf: KdfParams | None = None) -> None:
    """Re-encrypt ``db`` under ``new`` (a new salt too); ``db`` stays open and usable with the new key.

    Order, so that an interruption at any moment leaves a passphrase that opens the database: the new
    parameters are written aside (pending), the database is re-encrypted in one transaction, then the pending
    parameters replace the old ones. A failure before the re-encryption is complete leaves the old passphrase
    in force; one after it leaves the new one (see :func:`unlock_key`).
    """
    path = database_file(db.url)
    if not db.encrypted or path is None:
        raise StoreError(said("This database is not encrypted: it has no passphrase to change."))
    if not verify_passphrase(db, old):
        raise WrongPassphrase(said("Wrong passphrase: the passphrase was not changed."))
    _require_strong(new)
    if new == old:
        raise WeakPassphrase(said("The new passphrase is the same as the old one."))
    key, params = encryption.new_key(new, kdf)
    pending = encryption.pending_path(path)
    try:
        encryption.write_key_params(pending, params)
    except OSError as error:
        raise StoreError(
            said(
                "The new key parameters cannot be written beside {path}: {reason}. The passphrase was not changed.",
                path=path,
                reason=os_reason(error),
            )
        ) from error
    try:
        db.rekey(key)
    except BaseException:
        # Dropped only when the database is known to be under the old key; otherwise the next start decides.
        with suppress(Exception):
            if not encryption.key_opens(path, key):
                pending.unlink(missing_ok=True)
        raise
    try:
        encryption.settle_pending(path, adopt=True)
    except OSError as error:
        raise StoreError(
            said(
                "The database now opens with the new passphrase, but its key parameters file could not be put in "
                "place ({reason}); it is kept as {file} and used at the next start.",
                reason=os_reason(error),
                file=pending.name,
            )
        ) from error


def restore_backup(
    url: str,
    backup_path: Path,
    *,
    passphrase: str | None,
    actor: str = "DPO",
    now: datetime | None = None,
) -> RestoreReport:
    """Verify the backup with the passphrase it was made under, then put it in place of the database at ``url``.

    ``passphrase=None`` restores a plain backup (tests and demos). The restored database opens afterwards with
    the same passphrase (the backup's key parameters come with it). The database replaced is kept aside; when it
    is encrypted under the same passphrase, its log is folded into it first.
    """
    # Imported here: restoring is rare, and the backup machinery is not needed to open the database.
    from lazeo_desk.store.backup import restore

    backup_path = backup_path.expanduser().absolute()
    if passphrase is None:
        return restore(url, backup_path, actor=actor, now=now)
    key = _backup_key(backup_path, passphrase)
    current_key: bytes | None = None
    path = _file_of(url)
    if protection(url) is Protection.ENCRYPTED:
        try:
            current_key = unlock_key(path, passphrase)
        except StoreError:
            current_key = None
    return restore(url, backup_path, key=key, current_key=current_key, actor=actor, now=now)


def _backup_key(backup_path: Path, passphrase: str) -> bytes:
    from lazeo_desk.store.backup import no_backup_file, plain_backup

    if not backup_path.is_file():
        raise StoreError(no_backup_file(backup_path))
    sidecar = encryption.sidecar_path(backup_path)
    params = _read(sidecar)
    if params is None:
        if encryption.file_kind(backup_path) is FileKind.PLAIN:
            raise StoreError(plain_backup(backup_path))
        raise StoreError(
            said(
                "The key parameters file {file} is missing beside the backup: copy it there from where the "
                "backup was made. The database is unchanged.",
                file=sidecar.name,
            )
        )
    key = encryption.derive_key(passphrase, params.salt, params.kdf)
    if not params.matches(key):
        raise WrongPassphrase(
            said(
                "Wrong passphrase for this backup (give the one in force when it was made): the database is "
                "unchanged."
            )
        )
    return key
