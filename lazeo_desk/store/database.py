"""Opening the database: engine, sessions, migrations applied on start, errors a person can act on.

A database file is either encrypted (SQLCipher, opened with the key derived from the DPO's passphrase: see
:mod:`lazeo_desk.store.encryption` and :mod:`lazeo_desk.services.passphrase`) or, for tests and demos only, a
plain SQLite file; which of the two is always said explicitly. A database on a PostgreSQL server opens with the
server's own credentials (in the URL, or libpq's environment and password file): the server guards it, and no
passphrase is asked. What differs between the two engines is in :mod:`lazeo_desk.store.engines`.
"""

from __future__ import annotations

import errno
import hmac
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from sqlalchemy import Engine, create_engine, event, inspect, make_url, text
from sqlalchemy.exc import DatabaseError, IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from lazeo_desk.domain.messages import Explained, Message, said
from lazeo_desk.store import audit, encryption, engines, search
from lazeo_desk.store.encryption import FileKind
from lazeo_desk.store.location import database_file, prepare_folder, remember_database
from lazeo_desk.store.migrations import SCHEMA_HEAD
from lazeo_desk.store.models import Base

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class StoreError(Explained):
    """A fault of the environment (disk full, read-only file, unreadable database) to show to the user."""


class CompactionFailed(Exception):
    """The file could not be rewritten (another program holds it, the disk is full): ``reason`` says why, and
    the caller says what it means for the work that came before."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class WrongKey(StoreError):
    """The key given does not decrypt the database (nothing was read or written)."""


IS_ENCRYPTED = said(
    "This database is encrypted: it opens with its passphrase, not as a plain database (leave out --plain and "
    "LAZEO_DESK_PLAIN). Nothing was changed."
)
NOT_A_DATABASE = said("This file is not a lazeo-desk database. Nothing was changed.")
IS_PLAIN = said(
    "This database is not encrypted: a plain database opens only when asked for explicitly (--plain, or "
    "LAZEO_DESK_PLAIN=1). Nothing was changed."
)
MISSING_SQLCIPHER = said(
    "Encrypted databases need the sqlcipher3 package, which is missing from this installation."
)


def os_reason(error: OSError) -> str:
    """Why the system refused a file operation, in words the window can translate when they are common ones.

    Any other reason is the system's own text (or the error itself), as it is.
    """
    reasons = {
        errno.ENOSPC: said("the disk is full"),
        getattr(errno, "EDQUOT", errno.ENOSPC): said("the disk quota is used up"),
        errno.EACCES: said("permission denied"),
        errno.EPERM: said("permission denied"),
        errno.EROFS: said("the disk is read-only"),
        errno.ENOENT: said("the file or its folder does not exist"),
    }
    known = reasons.get(error.errno or 0)
    if known is not None:
        return known
    return error.strerror if isinstance(error.strerror, str) and error.strerror else str(error)


def _encrypted_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # SQLCipher encrypts the database, its WAL and journals, but not SQLite's temporary files (large sorts,
    # VACUUM's copy): those are kept in memory instead of being written in clear.
    dbapi_connection.execute("PRAGMA temp_store=MEMORY")


if TYPE_CHECKING:
    from alembic.config import Config


def alembic_config(connection: Any | None = None) -> Config:
    # Alembic is imported only when a migration may run: at most starts the schema is already current, and the
    # import costs a fifth of a second of start-up.
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def explain(error: BaseException) -> str:
    """One line a DPO can act on, for an error raised by the database driver (a sentence the window translates;
    only the driver's own text, for an error not recognised, stays as the driver wrote it)."""
    text = str(getattr(error, "orig", error)).lower()
    # sqlite3 and sqlcipher3 each have their own exception classes, with the same names.
    # (PostgreSQL's DataError is a value the column refuses, nothing to do with the disk.)
    data_error = isinstance(getattr(error, "orig", None), sqlite3.DataError) or (
        type(getattr(error, "orig", None)).__name__ == "DataError"
        and type(getattr(error, "orig", None)).__module__.startswith("sqlcipher3")
    )
    if "disk" in text and "full" in text or data_error:
        return said("The disk is full: free some space, then try again. Nothing was saved.")
    if "readonly" in text or "read-only" in text:
        return said("The database is read-only: check the file's permissions or the drive. Nothing was saved.")
    if "not a database" in text or "file is encrypted" in text:
        return said("This file is not a lazeo-desk database (or the passphrase is wrong).")
    # PostgreSQL says "canceling statement due to lock timeout" when the write lock was not had in time.
    if "locked" in text or "lock timeout" in text:
        return said("The database is busy in another window or program; try again in a moment.")
    if "connection" in text and ("refused" in text or "failed" in text or "no such file" in text):
        # libpq adds a line of advice (is the server running?): the first line says what failed.
        first = str(getattr(error, "orig", error)).strip().splitlines()[0]
        return said("The database server cannot be reached: {detail}", detail=first)
    if "permission denied" in text or "row-level security" in text:
        # The server refused what the person's role may not do (team mode): its own words name the table.
        first = str(getattr(error, "orig", error)).strip().splitlines()[0]
        return said("Your role on the database server does not allow this ({detail}). Nothing was saved.", detail=first)
    if "cannot contain nul" in text:
        return said("A text holds a NUL character, which a PostgreSQL database cannot store. Nothing was saved.")
    if "unable to open" in text:
        return said("The database file cannot be opened: check that its folder exists and is writable.")
    return said("Database error: {detail}", detail=str(getattr(error, "orig", error)))


def cannot_open(path: Path, error: OSError) -> str:
    """The database file at ``path`` could not even be looked at."""
    return said("The database file {path} cannot be opened: {reason}.", path=path, reason=os_reason(error))


def finish_interrupted_restore(path: Path) -> Message | None:
    """Before the database at ``path`` is looked at: finish or roll back a restore that was interrupted there
    (see :mod:`lazeo_desk.store.restore_journal`); what was done, or None. An empty database is never opened in
    place of one set aside."""
    from lazeo_desk.store import restore_journal

    try:
        return restore_journal.recover(path)
    except restore_journal.RecoveryError as error:
        raise StoreError(error.message) from None
    except OSError as error:
        raise StoreError(
            said(
                "A restore was interrupted and cannot be finished or undone: {reason}. Nothing was opened.",
                reason=os_reason(error),
            )
        ) from error


def _create_private(path: Path) -> None:
    """Create the file owner-only before SQLite opens it, so that its journals get the same mode (health data)."""
    try:
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        for suffix in ("", "-wal", "-shm", "-journal"):
            companion = path.with_name(path.name + suffix)
            if companion.exists():
                companion.chmod(0o600)
    except OSError as error:
        raise StoreError(
            said("The database file {path} cannot be created or opened: {reason}.", path=path, reason=os_reason(error))
        ) from error


def _sqlcipher() -> Any:
    try:
        return encryption.sqlcipher()
    except ImportError as error:
        raise StoreError(MISSING_SQLCIPHER) from error


def _check_key(path: Path, key: bytes) -> None:
    dbapi = _sqlcipher()
    try:
        opens = encryption.key_opens(path, key)
    except dbapi.Error as error:
        raise StoreError(explain(error)) from error
    if not opens:
        raise WrongKey(
            said(
                "The database does not open with this key: the passphrase is wrong, or the file is damaged. "
                "Nothing was changed."
            )
        )


class Database:
    """One database: its engine and the sessions that work on it.

    For an SQLite file, ``key`` (32 bytes) opens an encrypted database, or creates one where there is none;
    ``plain=True`` opens an unencrypted one (tests and demos). One of the two must be given: an encrypted file
    never opens as plain, nor a plain file as encrypted. The key comes from the passphrase: create, open and re-key
    encrypted databases through :mod:`lazeo_desk.services.passphrase`, which keeps the key parameters file beside
    them. A database on a server (``postgresql+psycopg://…``) takes neither: the server holds and guards it.
    """

    def __init__(
        self, url: str, *, migrate: bool = True, key: bytes | None = None, plain: bool = False
    ) -> None:
        if key is not None and make_url(url).get_backend_name() != "sqlite":
            raise TypeError("Database: only an SQLite database can be encrypted")
        if not engines.on_server(url) and (key is None) == (not plain):
            raise TypeError("Database: give either the key of an encrypted database or plain=True")
        if engines.on_server(url) and engines.reaches_another_machine(url) and not engines.verifies_the_server(url):
            raise StoreError(said(
                "A database server on another machine is reached only over verified TLS: add sslmode=verify-full to "
                "the URL. Nothing was opened."
            ))
        self.url = url
        self._key = key
        path = database_file(url)
        if path is not None:
            finish_interrupted_restore(path)
            try:
                prepare_folder(path)
                kind = encryption.file_kind(path)
            except OSError as error:
                raise StoreError(cannot_open(path, error)) from error
            if kind is FileKind.OTHER:
                raise StoreError(NOT_A_DATABASE)
            if kind is FileKind.ENCRYPTED and plain:
                raise StoreError(IS_ENCRYPTED)
            if kind is FileKind.PLAIN and key is not None:
                raise StoreError(IS_PLAIN)
            if kind is FileKind.ENCRYPTED and key is not None:
                _check_key(path, key)
            _create_private(path)
            remember_database(path)
        if key is None:
            self.engine: Engine = create_engine(url)
        else:
            self.engine = create_engine(url, module=_sqlcipher())
            event.listen(self.engine, "do_connect", self._connect_keyed)
            event.listen(self.engine, "connect", _encrypted_pragmas)
        engines.prepare(self.engine)
        self._anchor = audit.anchor_path(path) if path is not None else None
        self._sessions = sessionmaker(self.engine, expire_on_commit=False, info=self._session_info())
        audit.install(self._sessions)
        if migrate:
            try:
                self.upgrade()
                self._start_audit()
            except BaseException:
                # A database that cannot be opened keeps no connection open behind the refusal.
                self.engine.dispose()
                raise

    def _session_info(self) -> dict[str, object]:
        return {
            audit.KEY_INFO: encryption.audit_key(self._key) if self._key is not None else None,
            audit.ANCHOR_INFO: self._anchor,
        }

    @property
    def anchor_file(self) -> Path | None:
        """Where the chain's head is kept outside the database (None: the database is not a file)."""
        return self._anchor

    @property
    def audit_key(self) -> bytes | None:
        """The key of the audit trail's MACs (None: plain). Secret like the database key."""
        return encryption.audit_key(self._key) if self._key is not None else None

    def _start_audit(self) -> None:
        try:
            anchor = audit.read_anchor(self._anchor) if self._anchor is not None else None
        except (OSError, ValueError):
            anchor = None
        try:
            with self.transaction() as session:
                started = audit.start(session, anchor)
                head = audit.current_head(session.connection())
        except DatabaseError as error:
            raise StoreError(explain(error)) from error
        # A chain just started (or keyed) has its anchor at once, even when no entry was written yet.
        if started and head is not None and self._anchor is not None:
            with suppress(OSError):
                audit.write_anchor(self._anchor, head)

    def _connect_keyed(self, dialect: Any, _record: Any, cargs: Any, cparams: Any) -> Any:
        assert self._key is not None
        return encryption.connect(dialect.loaded_dbapi, *cargs, key=self._key, **cparams)

    @property
    def key(self) -> bytes | None:
        """The key the database is encrypted with (None: plain). Secret: never log, show or store it."""
        return self._key

    @property
    def encrypted(self) -> bool:
        """Whether lazeo-desk encrypts the database at rest (False: a plain SQLite file, for tests and demos, or a
        database on a server, whose storage the server keeps)."""
        return self._key is not None

    @property
    def on_server(self) -> bool:
        """Whether the database is on a server (PostgreSQL) rather than in an SQLite file."""
        return self.engine.dialect.name != engines.SQLITE

    def has_key(self, key: bytes) -> bool:
        """Whether ``key`` is the key this database is open with (compared in constant time)."""
        return self._key is not None and hmac.compare_digest(self._key, key)

    def rekey(self, new_key: bytes) -> None:
        """Re-encrypt the whole database with ``new_key``, in one transaction, then use it from now on.

        The database must not be open elsewhere (another window or program would go on with the old key): when
        it is, nothing is changed. An interruption leaves the database under the old key.
        """
        path = database_file(self.url)
        if self._key is None or path is None:
            raise StoreError(said("Only an encrypted database file has a key to change."))
        self.engine.dispose()
        dbapi = self.engine.dialect.loaded_dbapi
        try:
            connection = encryption.connect(dbapi, str(path), key=self._key, timeout=1.0, isolation_level=None)
        except dbapi.Error as error:
            raise StoreError(explain(error)) from error
        try:
            # Leaving WAL mode needs the only connection: it tells that no other window or program has it open.
            try:
                mode = str(connection.execute("PRAGMA journal_mode=DELETE").fetchone()[0]).lower()
            except dbapi.OperationalError as error:
                if "locked" not in str(error).lower() and "busy" not in str(error).lower():
                    raise
                mode = "wal"
            if mode != "delete":
                raise StoreError(
                    said(
                        "The database is open in another window or program: close it, then change the passphrase "
                        "again. Nothing was changed."
                    )
                )
            encryption.rekey(connection, new_key)
        except dbapi.Error as error:
            raise StoreError(explain(error)) from error
        finally:
            connection.close()
        old_audit_key = encryption.audit_key(self._key)
        self._key = new_key
        self.engine.dispose()
        self._sessions.configure(info=self._session_info())
        # The trail's MACs follow the passphrase: signed again with the new key, as far as they held under the old.
        with self.transaction() as session:
            audit.rekey_chain(session, old_audit_key, encryption.audit_key(new_key))

    @property
    def location(self) -> str:
        """What to show as "the database in use"."""
        path = database_file(self.url)
        if path is not None:
            return str(path)
        # The socket folder of a server (``?host=/run/postgresql``) as it is typed, not %-escaped.
        return unquote(self.engine.url.render_as_string(hide_password=True))

    def upgrade(self, revision: str = "head") -> None:
        """Apply the Alembic migrations up to ``revision`` (all of them by default)."""
        try:
            with self.engine.begin() as connection:
                tables = set(inspect(connection).get_table_names())
                if tables and "alembic_version" not in tables:
                    raise StoreError(
                        said(
                            "This file is another program's database, not a lazeo-desk database: nothing was "
                            "changed."
                        )
                    )
                if revision == "head" and "alembic_version" in tables:
                    current = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
                    if current == SCHEMA_HEAD:
                        return
                self._migrate(connection, revision)
        except DatabaseError as error:
            raise StoreError(explain(error)) from error

    @staticmethod
    def _migrate(connection: Any, revision: str) -> None:
        from alembic import command
        from alembic.util import CommandError

        try:
            command.upgrade(alembic_config(connection), revision)
        except CommandError as error:
            raise StoreError(
                said(
                    "This database was written by a newer version of lazeo-desk ({detail}); "
                    "install that version to open it. Nothing was changed.",
                    detail=str(error),
                )
            ) from error

    def revision(self) -> str | None:
        from alembic.runtime.migration import MigrationContext

        with self.engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()

    def session(self) -> Session:
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: everything inside commits together or not at all."""
        session = self._sessions()
        try:
            with session.begin():
                yield session
        except IntegrityError:
            raise
        except DatabaseError as error:
            raise StoreError(explain(error)) from error
        except SQLAlchemyError as error:
            if "readonly" in str(error).lower() or "disk" in str(error).lower():
                raise StoreError(explain(error)) from error
            raise
        finally:
            session.close()

    def compact(self) -> None:
        """Rewrite the database from its live rows only, so that no copy of deleted data stays in free space.

        Deleting a row only marks its space free (SQLite's ``secure_delete``, set on every connection, zeroes
        it), and earlier versions of rows linger in the write-ahead log: VACUUM writes a fresh file and the
        checkpoint empties the log. On PostgreSQL, VACUUM removes the deleted rows' versions from the tables and
        their indexes, and their space is reused; the server gives no promise that the bytes are overwritten at
        once (nor in its own write-ahead log): that is the server's storage to protect. Raises
        :class:`CompactionFailed`.
        """
        if self.on_server:
            self._vacuum()
            return
        connection = self.engine.raw_connection()
        try:
            # The search index keeps a deleted case's trigrams, marked deleted, until its segments are merged.
            search.merge(connection)
            connection.execute("VACUUM")
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except self.engine.dialect.loaded_dbapi.Error as error:
            raise CompactionFailed(explain(error)) from error
        finally:
            connection.close()

    def _vacuum(self) -> None:
        # VACUUM runs outside any transaction, and without the write lock: it blocks no one.
        try:
            with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                for table in Base.metadata.sorted_tables:
                    connection.exec_driver_sql(f'VACUUM "{table.name}"')
        except DatabaseError as error:
            raise CompactionFailed(explain(error)) from error

    def integrity_problems(self) -> list[str]:
        """What the engine's own check of the file finds: pages, indexes and foreign keys (empty when sound).

        Only an SQLite file has such a check here: a server keeps its own storage (PostgreSQL's amcheck and
        data checksums are its administrator's), see :attr:`on_server`. Raises :class:`sqlalchemy.exc.DBAPIError`
        when the file cannot even be read.
        """
        if self.on_server:
            raise NotImplementedError("a database on a server is checked by the server's own tools")
        from lazeo_desk.store.integrity import sqlite_problems

        with self.engine.connect() as connection:
            return sqlite_problems(connection)

    def dispose(self) -> None:
        self.engine.dispose()
