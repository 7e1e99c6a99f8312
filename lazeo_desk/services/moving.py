"""``lazeo-desk migrate --to URL``: a database moved to a PostgreSQL server, or from one to a new local file.

The source is only read. The target is an empty database on a server, or a file that does not exist yet
(encrypted under a passphrase of its own, or plain when asked for: tests and demos). Every table is copied and
counted on both sides, the target's audit trail, case states and stored files are verified before its
transaction commits, and ``check`` runs on it afterwards. A move that fails leaves the target as it was found:
the server's transaction is rolled back, a new file is removed.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.exc import DBAPIError

from lazeo_desk.services import passphrase as unlocking
from lazeo_desk.services.maintenance import CheckResult, run_check
from lazeo_desk.store import audit, encryption
from lazeo_desk.store.database import Database, StoreError, explain
from lazeo_desk.store.encryption import KdfParams
from lazeo_desk.store.engines import on_server
from lazeo_desk.store.location import database_file
from lazeo_desk.store.moving import MOVED, MoveFailed, MoveRefused, TableCopied, move

__all__ = ["MoveFailed", "MoveRefused", "MoveReport", "move_database"]


@dataclass(frozen=True)
class MoveReport:
    """A move made: the tables copied (with both counts), and the check of the target."""

    target: str
    tables: list[TableCopied]
    check: CheckResult

    def lines(self) -> list[str]:
        shown = [f"  {table.name}: {table.target} rows" for table in self.tables]
        rows = sum(table.target for table in self.tables)
        cases = next((table.target for table in self.tables if table.name == "cases"), 0)
        return [
            *shown,
            f"moved {cases} cases ({rows} rows in {len(self.tables)} tables, every count verified) to {self.target}; "
            "the source is unchanged",
            f"the move is recorded in the target's audit trail ({MOVED}, with the state of every case)",
        ]


def _new_file_target(url: str, passphrase: str | None, kdf: KdfParams | None) -> Database:
    path = database_file(url)
    if path is None:
        raise MoveRefused("to: give a PostgreSQL URL or the path of a new database file")
    # Even an empty file is refused: a move that fails removes the file it made, and only that one.
    if path.exists() or unlocking.protection(url) is not unlocking.Protection.NEW:
        raise MoveRefused(f"to: there is a file at {path} already: a move goes into a new file")
    if passphrase is None:
        return Database(url, plain=True, migrate=False)
    return unlocking.create_database(url, passphrase, kdf=kdf, migrate=False)


def _remove_file(db: Database) -> None:
    db.dispose()
    path = database_file(db.url)
    if path is None:
        return
    for suffix in ("", "-wal", "-shm", "-journal", encryption.SIDECAR_SUFFIX, audit.ANCHOR_SUFFIX):
        with suppress(FileNotFoundError):
            path.with_name(path.name + suffix).unlink()


def move_database(
    source: Database,
    target_url: str,
    *,
    actor: str,
    passphrase: str | None = None,
    kdf: KdfParams | None = None,
    now: datetime | None = None,
) -> MoveReport:
    """Copy ``source`` into the empty database at ``target_url`` and check it there.

    ``passphrase`` encrypts a new target file (None: plain); a server ignores it. Raises :class:`MoveRefused`
    when the target is not empty or not new (nothing written), :class:`MoveFailed` when the copy did not verify
    (the target is left as it was found).
    """
    if database_file(source.url) is not None and database_file(source.url) == database_file(target_url):
        raise MoveRefused("to: the target is the source itself")
    server = on_server(target_url)
    target = unlocking.open_server_database(target_url, migrate=False) if server else (
        _new_file_target(target_url, passphrase, kdf)
    )
    try:
        undone = "the target is left as it was found" if server else "the new file was removed"
        try:
            tables = move(source, target, moment=audit.naive_utc(now or datetime.now(UTC)), actor=actor)
        except MoveFailed as failed:
            raise MoveFailed([*failed.problems, undone]) from failed
        except DBAPIError as error:
            raise MoveFailed([explain(error), undone]) from error
        except StoreError as error:
            raise MoveFailed([str(error), undone]) from error
        result = run_check(target)
    except BaseException:
        if server:
            target.dispose()
        else:
            _remove_file(target)
        raise
    location = target.location
    target.dispose()
    if not result.ok:
        # Verified before it committed, so a problem here is the check's own (an anchor file it cannot write).
        problems = [*result.problems]
        if not server:
            _remove_file(target)
            problems.append("the new file was removed")
        else:
            problems.append("the rows copied are on the server: empty it before moving again")
        raise MoveFailed(problems)
    return MoveReport(location, tables, result)
