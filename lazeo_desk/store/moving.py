"""Moving a database to another engine: every row copied into an empty database, as it was, then verified.

The target gets its schema from the migrations, in the same transaction as the rows, so that a move that fails
leaves the target as it was found (PostgreSQL makes tables inside a transaction too; a new SQLite file is
removed by the caller). Rows keep their ids; the ids a PostgreSQL server hands out next are moved past them.
Stored files are read and written a few rows at a time, so that a database of gigabytes of scans does not have
to fit in memory. The full-text index of an SQLite file is derived: it is not copied, the triggers of the new
file write it as the cases arrive.

Every table is then compared with the source's: its rows counted, and their contents hashed the same way on
both engines (:func:`table_digest`).

The audit trail is copied entry for entry: the hashes cover the content only, so the chain verifies on any
engine. The MACs are keyed from the passphrase of an encrypted file: a database without a key (a server, a plain
file) cannot verify them nor extend them, so they are left out there. A new encrypted file signs the chain again
with its own key, once the source's chain has verified (with the source's key where it had one). The states of
the cases are hashed from the values each engine's driver returns (SQLite gives 0/1 for a boolean), so the
states the source recorded do not compare on the other engine: the move appends entries (``moved-in``) that
record every case's state as the target reads it, after the source passed its own check and the tables were
found equal, so that they bless nothing that was not there.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import (
    Column,
    Connection,
    Engine,
    LargeBinary,
    Table,
    TextClause,
    bindparam,
    create_engine,
    func,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from lazeo_desk.store import audit, engines
from lazeo_desk.store.database import Database, alembic_config, head_revision
from lazeo_desk.store.integrity import content_report
from lazeo_desk.store.models import AuditHeadRow, AuditRow, Base, CaseRow
from lazeo_desk.store.search import INDEX_TABLES

# Rows read and written at a time; rows with stored files fewer, as each may be megabytes.
_BATCH = 1000
_FILE_BATCH = 16
# Kept by the migrations, not copied: the schema's revision.
_ALEMBIC = "alembic_version"
_HEAD = cast(Table, AuditHeadRow.__table__)
# The table digest adds the rows' SHA-256 as numbers: the sum does not depend on the order they are read in.
_MODULUS = 2**256
# The entries a move leaves in the target's trail, each with the states of this many cases at most.
MOVED = "moved-in"
_CASES_PER_ENTRY = 200
_AUDIT = cast(Table, AuditRow.__table__)


class MoveRefused(Exception):
    """The move cannot be made (the target is not empty, the source is not current); nothing was written."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class MoveFailed(Exception):
    """The copy did not verify: the target's transaction was rolled back; ``problems`` say what differed."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(problems[0])
        self.problems = problems


@dataclass(frozen=True)
class TableCopied:
    """One table: its rows in the source and in the target, and whether their contents are the same."""

    name: str
    source: int
    target: int
    same: bool = True

    @property
    def ok(self) -> bool:
        return self.source == self.target and self.same


def copied_tables() -> list[Table]:
    """The tables a move copies, parents before children (the index of a file's full-text search is derived)."""
    return [table for table in Base.metadata.sorted_tables if table.name not in INDEX_TABLES]


def _columns(table: Table) -> list[Column[Any]]:
    # A generated column (the date that binds, migration 0008) is computed by the target itself.
    return [column for column in table.columns if column.computed is None]


def _rows_in(connection: Connection, table: Table) -> int:
    return int(connection.execute(select(func.count()).select_from(table)).scalar_one())


def emptiness_problem(connection: Connection) -> str | None:
    """Why the database on ``connection`` cannot receive a move (None: it has no tables, or only the ones the
    migrations made, with no row but the audit chain's empty head)."""
    names = set(inspect(connection).get_table_names())
    if not names:
        return None
    if _ALEMBIC not in names:
        return "to: the target holds tables of another program: move into an empty database"
    revision = connection.execute(_revision_query()).scalar()
    if revision != head_revision():
        return f"to: the target is a lazeo-desk database of another revision ({revision}): move into an empty database"
    # The cases first: that is what a person recognises in "not empty".
    for table in sorted(copied_tables(), key=lambda table: table.name != CaseRow.__tablename__):
        if table.name not in names:
            continue
        if table is _HEAD:
            position = connection.execute(select(func.coalesce(func.max(_HEAD.c.position), 0))).scalar()
            if position:
                return "to: the target already has an audit trail: move into an empty database"
            continue
        count = _rows_in(connection, table)
        if count:
            return f"to: the target is not empty ({table.name}: {count} rows): move into an empty database"
    return None


def _revision_query() -> TextClause:
    return text(f"SELECT version_num FROM {_ALEMBIC}")


def _batches(connection: Connection, table: Table) -> Iterator[list[dict[str, Any]]]:
    columns = _columns(table)
    size = _FILE_BATCH if any(isinstance(column.type, LargeBinary) for column in columns) else _BATCH
    query = select(*columns).order_by(*table.primary_key.columns)
    result = connection.execute(query.execution_options(yield_per=size))
    for partition in result.mappings().partitions(size):
        yield [dict(row) for row in partition]


def _copy_table(source: Connection, target: Connection, table: Table) -> int:
    written = 0
    for rows in _batches(source, table):
        target.execute(table.insert(), rows)
        written += len(rows)
    if written and _has_serial_id(table):
        engines.follow_written_ids(target, table.name)
    return written


def _has_serial_id(table: Table) -> bool:
    keys = list(table.primary_key.columns)
    return len(keys) == 1 and keys[0].name == "id" and keys[0].autoincrement in (True, "auto")


def _neutral(value: object) -> object:
    """A column value as both engines give it: SQLite hands back its booleans as 0/1, its times as text."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, bytes | memoryview):
        return "sha256:" + hashlib.sha256(bytes(value)).hexdigest()
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


def table_digest(connection: Connection, table: Table) -> tuple[int, str]:
    """How many rows ``table`` has, and a digest of their contents the same on either engine, whatever order
    the engine lists them in (its collation may sort text keys differently)."""
    total = rows = 0
    names = [column.name for column in _columns(table)]
    for batch in _batches(connection, table):
        for row in batch:
            canonical = json.dumps([_neutral(row[name]) for name in names], ensure_ascii=True, default=str)
            total = (total + int.from_bytes(hashlib.sha256(canonical.encode("ascii")).digest(), "big")) % _MODULUS
            rows += 1
    return rows, f"{total:064x}"


def copy_rows(source: Connection, target: Connection, tables: Iterable[Table]) -> list[TableCopied]:
    """Copy every row of ``tables`` from ``source`` into ``target`` (same columns), then compare both sides."""
    copied: list[TableCopied] = []
    for table in tables:
        if table is _HEAD:
            # The migrations wrote the empty chain's head: the source's replaces it.
            target.execute(_HEAD.delete())
        _copy_table(source, target, table)
        (source_rows, source_digest), (target_rows, target_digest) = (
            table_digest(source, table), table_digest(target, table)
        )
        copied.append(TableCopied(table.name, source_rows, target_rows, source_digest == target_digest))
    return copied


def sign_chain(connection: Connection, key: bytes, old_key: bytes | None = None) -> int:
    """MAC the chain with ``key`` (a new file's audit key). With ``old_key`` (the source was an encrypted file)
    the keyed chain is signed again from where it starts, as far as it verifies under the old key, as a change of
    passphrase does. Without it (the source was on a server, or plain) every entry is signed, from the first:
    the caller has verified the hashes. Returns the entries signed."""
    head = connection.execute(select(_HEAD).where(_HEAD.c.id == 1)).mappings().first()
    if head is None:
        return 0
    again = old_key is not None and head["keyed_from"] is not None
    start = head["keyed_from"] if again else 1
    rows = connection.execute(
        select(_AUDIT.c.id, _AUDIT.c.hash, _AUDIT.c.mac).where(_AUDIT.c.id >= start).order_by(_AUDIT.c.id)
    )
    old_previous = new_previous = audit.GENESIS
    changed: list[dict[str, object]] = []
    for entry_id, digest, mac in rows:
        if again and (mac is None or old_key is None or not hmac.compare_digest(
            mac, audit.entry_mac(old_key, previous_mac=old_previous, entry_hash_=digest)
        )):
            break
        new_mac = audit.entry_mac(key, previous_mac=new_previous, entry_hash_=digest)
        changed.append({"entry_id": entry_id, "new_mac": new_mac})
        old_previous, new_previous = mac or audit.GENESIS, new_mac
    if changed:
        connection.execute(
            update(_AUDIT).where(_AUDIT.c.id == bindparam("entry_id")).values(mac=bindparam("new_mac")), changed
        )
    moved_head: dict[str, object] = {"keyed_from": start}
    if changed and changed[-1]["entry_id"] == head["position"]:
        moved_head["mac"] = changed[-1]["new_mac"]
    connection.execute(update(_HEAD).where(_HEAD.c.id == 1).values(**moved_head))
    return len(changed)


def unsign_chain(connection: Connection) -> None:
    """End the keyed chain in a database without a key (a server, a plain file): the source's MACs cannot be
    verified there, and the entries appended there would carry none."""
    connection.execute(update(_AUDIT).where(_AUDIT.c.mac.is_not(None)).values(mac=None))
    connection.execute(update(_HEAD).where(_HEAD.c.id == 1).values(mac=None, keyed_from=None))


def _check_problems(connection: Connection, key: bytes | None) -> list[str]:
    """What ``lazeo-desk check`` would find in the trail, the cases and the stored files on ``connection``."""
    session = Session(bind=connection)
    try:
        chain = audit.verify_chain(session, key)
        problems = [chain.describe(), *chain.problems[1:]] if not chain.ok else []
        problems += audit.verify_states(session, chain)[1]
        problems += content_report(session).problems
    finally:
        session.close()
    return problems


def _record_move(connection: Connection, key: bytes | None, moment: datetime, actor: str, origin: str) -> None:
    """One entry in the target's trail: the move, with every case's state as the target's engine reads it (each
    engine hashes a state from the values its driver returns, so the states the source recorded do not compare)."""
    session = Session(bind=connection, info={audit.KEY_INFO: key})
    try:
        references = [str(r) for r in connection.execute(select(CaseRow.reference).order_by(CaseRow.id)).scalars()]
        # An entry records the states of a few hundred cases: their rows (stored files included) are read at once.
        parts = [references[start:start + _CASES_PER_ENTRY] for start in range(0, len(references), _CASES_PER_ENTRY)]
        for number, part in enumerate(parts or [[]], start=1):
            last = number == max(len(parts), 1)
            audit.append(session, [audit.AuditEntry(
                moment, actor, "", MOVED, {"from": origin, "cases": len(part)},
                touches=(*part, audit.OUTSIDE_CASES) if last else tuple(part),
            )])
    finally:
        session.close()


def move(source: Database, target: Database, *, moment: datetime, actor: str) -> list[TableCopied]:
    """Copy ``source`` into ``target`` (opened with ``migrate=False``), which must be empty; the schema is made
    by the migrations and the rows copied in one transaction of the target, verified before it commits.

    ``source`` is only read, inside one transaction that holds its write lock, so the copy is of one moment; it
    must pass its own check first, so that the states the move records in the target bless nothing.
    Raises :class:`MoveRefused` (nothing written) or :class:`MoveFailed` (rolled back).
    """
    snapshot = _snapshot_engine(source)
    try:
        return _move(snapshot, source, target, moment, actor)
    finally:
        if snapshot is not source.engine:
            snapshot.dispose()


def _snapshot_engine(source: Database) -> Engine:
    """What the source is read through: on a server, one read-only snapshot (REPEATABLE READ), which needs no
    lock, so that the team goes on working meanwhile (and a target on the same server takes the write lock);
    an SQLite file's transaction holds its write lock, the copy is of one moment all the same."""
    if not source.on_server:
        return source.engine
    return create_engine(
        source.engine.url, poolclass=NullPool, isolation_level="REPEATABLE READ",
        execution_options={"postgresql_readonly": True},
    )


def _move(snapshot: Engine, source: Database, target: Database, moment: datetime, actor: str) -> list[TableCopied]:
    with snapshot.connect() as reading:
        revision = reading.execute(_revision_query()).scalar() if inspect(reading).has_table(_ALEMBIC) else None
        if revision != head_revision():
            raise MoveRefused(
                f"db: the source database is at revision {revision}, not {head_revision()}: open it once with this "
                "version of lazeo-desk first"
            )
        found = _check_problems(reading, source.audit_key)
        if found:
            raise MoveRefused(f"db: the source does not pass its check ({found[0]}): run lazeo-desk check on it first")
        with target.engine.connect() as writing:
            transaction = writing.begin()
            try:
                problem = emptiness_problem(writing)
                if problem is not None:
                    raise MoveRefused(problem)
                _migrate(writing)
                copied = copy_rows(reading, writing, copied_tables())
                problems = [
                    f"{c.name}: {c.source} rows in the source, {c.target} in the target" if c.source != c.target
                    else f"{c.name}: the rows differ from the source's"
                    for c in copied if not c.ok
                ]
                if problems:
                    raise MoveFailed(problems)
                key = target.audit_key
                # The source's chain verified (with its key, when it had one): signed again with the new key.
                if key is not None:
                    sign_chain(writing, key, source.audit_key)
                else:
                    unsign_chain(writing)
                _record_move(writing, key, moment, actor, "PostgreSQL" if source.on_server else "SQLite")
                problems = _check_problems(writing, key)
                if problems:
                    raise MoveFailed(problems)
                head = audit.current_head(writing)
            except BaseException:
                transaction.rollback()
                raise
            transaction.commit()
        reading.rollback()
    if head is not None and target.anchor_file is not None:
        audit.write_anchor(target.anchor_file, head)
    return copied


def _migrate(connection: Connection) -> None:
    from alembic import command

    command.upgrade(alembic_config(connection), "head")
