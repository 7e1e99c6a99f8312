"""Opening the database: engine, sessions, migrations applied on start, errors a person can act on."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from lazeo_desk.store.location import database_file, prepare_folder

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class StoreError(Exception):
    """A fault of the environment (disk full, read-only file, unreadable database) to show to the user."""


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    # NORMAL with WAL is durable against application crashes; FULL also covers power loss on every commit.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


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


class Database:
    """One database: its engine and the sessions that work on it."""

    def __init__(self, url: str, *, migrate: bool = True) -> None:
        self.url = url
        path = database_file(url)
        if path is not None:
            prepare_folder(path)
        self.engine: Engine = create_engine(url)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        if migrate:
            self.upgrade()
        if path is not None and path.exists():
            path.chmod(0o600)

    @property
    def location(self) -> str:
        """What to show as "the database in use"."""
        path = database_file(self.url)
        return str(path) if path is not None else self.engine.url.render_as_string(hide_password=True)

    def upgrade(self, revision: str = "head") -> None:
        """Apply the Alembic migrations up to ``revision`` (all of them by default)."""
        try:
            with self.engine.begin() as connection:
                command.upgrade(alembic_config(connection), revision)
        except OperationalError as error:
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
        except OperationalError as error:
            raise StoreError(explain(error)) from error
        except SQLAlchemyError as error:
            if "readonly" in str(error).lower() or "disk" in str(error).lower():
                raise StoreError(explain(error)) from error
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()
