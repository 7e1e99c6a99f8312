"""Changes to cases committed by other programs on the same PostgreSQL database, heard as they happen.

Migration 0014 has every write to a row of ``cases`` send ``NOTIFY lazeo_cases, '<reference>'``; PostgreSQL
delivers it when the transaction commits (never for one rolled back). :class:`CaseChanges` keeps a connection of
its own that listens on that channel, outside the pool and outside any transaction (a transaction would hold the
notifications back until it ends). A window watches :meth:`CaseChanges.fileno` and reads
:meth:`CaseChanges.pending` when it is readable, so that it never waits on the server.

An SQLite file has no such channel: :func:`listen` gives None there, and the window keeps reading again when the
DPO acts or presses F5.
"""

from __future__ import annotations

from typing import Any

from lazeo_desk.domain.messages import Explained, said
from lazeo_desk.store import engines
from lazeo_desk.store.database import Database

CHANNEL = "lazeo_cases"


class ChangesLost(Explained, RuntimeError):
    """The listening connection was lost (the server restarted, the network went away)."""


class CaseChanges:
    """A listening connection on :data:`CHANNEL`. Close it when done."""

    def __init__(self, db: Database) -> None:
        import psycopg

        arguments, options = db.engine.dialect.create_connect_args(db.engine.url)
        try:
            self._connection: Any = psycopg.connect(*arguments, **options, autocommit=True)
            self._connection.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error as error:
            raise ChangesLost(said("cannot listen for changes made by others: {reason}", reason=error)) from None

    def fileno(self) -> int:
        """The socket that becomes readable when a notification (or anything else) arrives from the server."""
        return int(self._connection.fileno())

    def pending(self) -> list[str]:
        """The references of the cases changed since last asked, each once, in the order they were first announced;
        empty when none came. Never waits."""
        import psycopg

        try:
            announced = [notice.payload for notice in self._connection.notifies(timeout=0)]
        except psycopg.Error as error:
            raise ChangesLost(said("the connection listening for changes was lost: {reason}", reason=error)) from None
        return list(dict.fromkeys(announced))

    def close(self) -> None:
        self._connection.close()


def listen(db: Database) -> CaseChanges | None:
    """A listener for the changes others commit to the cases of ``db``; None on an SQLite file."""
    if db.engine.dialect.name != engines.POSTGRESQL:
        return None
    return CaseChanges(db)
