"""Opening the database: engine, sessions, migrations applied on start, errors a person can act on."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.exc import DatabaseError, IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from lazeo_desk.store import audit
from lazeo_desk.store.location import database_file, prepare_folder

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class StoreError(Exception):
    """A fault of the environment (disk full, read-only file, unreadable database) to show to the user."""


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # The driver would only open a transaction at the first write, after the reads a change depends on (the
    # reference counter, the version, the last audit hash); transactions are begun explicitly instead, see _begin.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    # Erased content (an ID scan after verification, a purged case) is overwritten, not left in free pages.
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    # NORMAL with WAL is durable against application crashes; FULL also covers power loss on every commit.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _begin_immediate(connection: Any) -> None:
    """Take the write lock when a transaction begins, so that two programs never interleave a read-then-write."""
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def alembic_config(connection: Any | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def explain(error: BaseException) -> str:
    """One line a DPO can act on, for an error raised by the database driver."""
    text = str(getattr(error, "orig", error)).lower()
    if "disk" in text and "full" in text or isinstance(getattr(error, "orig", None), sqlite3.DataError):
        return "The disk is full: free some space, then try again. Nothing was saved."
    if "readonly" in text or "read-only" in text:
        return "The database is read-only: check the file's permissions or the drive. Nothing was saved."
    if "not a database" in text or "file is encrypted" in text:
        return "This file is not a lazeo-desk database (or the passphrase is wrong)."
    if "locked" in text:
        return "The database is busy in another window or program; try again in a moment."
    if "unable to open" in text:
        return "The database file cannot be opened: check that its folder exists and is writable."
    return f"Database error: {getattr(error, 'orig', error)}"


def _create_private(path: Path) -> None:
    """Create the file owner-only before SQLite opens it, so that its journals get the same mode (health data)."""
    try:
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        for suffix in ("", "-wal", "-shm", "-journal"):
            companion = path.with_name(path.name + suffix)
            if companion.exists():
                companion.chmod(0o600)
    except OSError as error:
        raise StoreError(f"The database file {path} cannot be created or opened: {error.strerror}.") from error


class Database:
    """One database: its engine and the sessions that work on it."""

    def __init__(self, url: str, *, migrate: bool = True) -> None:
        self.url = url
        path = database_file(url)
        if path is not None:
            prepare_folder(path)
            _create_private(path)
        self.engine: Engine = create_engine(url)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
            event.listen(self.engine, "begin", _begin_immediate)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        audit.install(self._sessions)
        if migrate:
            self.upgrade()

    @property
    def location(self) -> str:
        """What to show as "the database in use"."""
        path = database_file(self.url)
        return str(path) if path is not None else self.engine.url.render_as_string(hide_password=True)

    def upgrade(self, revision: str = "head") -> None:
        """Apply the Alembic migrations up to ``revision`` (all of them by default)."""
        try:
            with self.engine.begin() as connection:
                tables = set(inspect(connection).get_table_names())
                if tables and "alembic_version" not in tables:
                    raise StoreError(
                        "This file is another program's database, not a lazeo-desk database: nothing was changed."
                    )
                command.upgrade(alembic_config(connection), revision)
        except CommandError as error:
            raise StoreError(
                f"This database was written by a newer version of lazeo-desk ({error}); "
                "install that version to open it. Nothing was changed."
            ) from error
        except DatabaseError as error:
            raise StoreError(explain(error)) from error

    def revision(self) -> str | None:
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

    def dispose(self) -> None:
        self.engine.dispose()
