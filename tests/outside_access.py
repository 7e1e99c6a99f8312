"""A database changed as someone would change it outside the application: with an SQLite shell on the file, or
with psql on the server. Nothing of the application runs on these connections (no audit, no write lock)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, create_engine
from sqlalchemy.pool import NullPool

from lazeo_desk.store import encryption
from lazeo_desk.store.database import Database


def db_file(db: Database) -> Path:
    return Path(db.url.removeprefix("sqlite:///"))


def outside_sql(db: Database, statement: str, *parameters: object) -> None:
    """Run one statement, written with ``?`` placeholders, outside the application, and commit it."""
    if db.on_server:
        connection = db.engine.raw_connection()
        try:
            connection.cursor().execute(statement.replace("?", "%s"), parameters)
            connection.commit()
        finally:
            connection.close()
        return
    plain = sqlite3.connect(db_file(db))
    with plain:
        plain.execute(statement, parameters)
    plain.close()


@contextmanager
def outside_connection(db: Database) -> Iterator[Connection]:
    """The database opened as an attacker would (with the passphrase's key, when the file is encrypted), in one
    transaction committed at the end."""
    if db.on_server:
        engine = create_engine(db.url, poolclass=NullPool)
    else:
        path = db_file(db)
        key = db.key

        def connect() -> Any:
            if key is None:
                return sqlite3.connect(path)
            return encryption.connect(encryption.sqlcipher(), str(path), key=key)

        engine = create_engine("sqlite://", creator=connect, poolclass=NullPool)
    try:
        with engine.begin() as connection:
            yield connection
    finally:
        engine.dispose()
