"""What differs between the two engines a database can live on: an SQLite file (SQLCipher when encrypted), kept
by one DPO on one machine, or a PostgreSQL server shared by a team. Everything else is one code path.

Here are, per engine: how a connection is set up, how a transaction takes the right to write, and the few SQL
functions that each engine spells its own way (a number of days between two dates, an item of a comma-joined
list, a date's month, the text before a separator). The schema's differences stay in the migrations that make
them (0008: a generated column, 0010: the full-text index), and :mod:`lazeo_desk.store.search` chooses the text
search by what the database has.
"""

from __future__ import annotations

import os
from typing import Any

from sqlalchemy import ColumnElement, Engine, Integer, String, event, literal_column, make_url
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import Boolean

SQLITE = "sqlite"
POSTGRESQL = "postgresql"

# Every transaction on a PostgreSQL database takes this advisory lock first (pg_advisory_xact_lock), as every
# transaction on SQLite begins with BEGIN IMMEDIATE: the reads a change depends on (the reference counter, the
# audit chain's head, the recorded state of a case) cannot be interleaved with another program's writes. The
# number is "lazeo" in ASCII, so that it does not meet another application's locks on a shared server.
WRITE_LOCK = 0x6C617A656F
# How long a transaction waits for the lock before it says the database is busy (SQLite's busy_timeout).
LOCK_TIMEOUT_MS = 5000


def on_server(url: str) -> bool:
    """Whether ``url`` names a database on a server (PostgreSQL), opened with the server's own credentials,
    rather than an SQLite file, which lazeo-desk encrypts and backs up itself."""
    return make_url(url).get_backend_name() != SQLITE


# Where libpq reaches the server on this machine: a Unix socket (a folder, or Linux's abstract namespace with @)
# or the loopback addresses.
_LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})


def server_hosts(url: str, environment: dict[str, str] | None = None) -> tuple[str, ...]:
    """The hosts libpq tries for ``url``: the URL's host, its ``host`` parameter (a comma-separated list), or
    ``PGHOST``; empty when none is named (libpq then uses its Unix socket)."""
    parsed = make_url(url)
    environment = dict(os.environ) if environment is None else environment
    named: list[str] = []
    if parsed.host:
        named.append(parsed.host)
    query = parsed.query.get("host")
    for value in (query,) if isinstance(query, str) else (query or ()):
        named.extend(part for part in value.split(",") if part)
    if not named and environment.get("PGHOST"):
        named.extend(part for part in environment["PGHOST"].split(",") if part)
    return tuple(named)


def reaches_another_machine(url: str, environment: dict[str, str] | None = None) -> bool:
    """Whether connecting to ``url`` goes over a network: any host that is not a Unix socket or the loopback."""
    return any(
        not (host.startswith(("/", "@")) or host.lower() in _LOCAL_HOSTS)
        for host in server_hosts(url, environment)
    )


def verifies_the_server(url: str, environment: dict[str, str] | None = None) -> bool:
    """Whether libpq will insist on TLS and check the server's certificate and name (``sslmode=verify-full``, in
    the URL or ``PGSSLMODE``): health data crosses the network only so."""
    environment = dict(os.environ) if environment is None else environment
    mode = make_url(url).query.get("sslmode")
    if isinstance(mode, tuple):
        mode = mode[-1] if mode else None
    return (mode or environment.get("PGSSLMODE")) == "verify-full"


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
    cursor.execute(f"PRAGMA busy_timeout={LOCK_TIMEOUT_MS}")
    cursor.close()
    # The search without an index folds the recognised texts of scanned letters as it folds the names.
    from lazeo_desk.store.search import add_functions

    add_functions(dbapi_connection)


def _begin_immediate(connection: Connection) -> None:
    """Take the write lock when a transaction begins, so that two programs never interleave a read-then-write."""
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def _postgresql_session(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"SET lock_timeout = {LOCK_TIMEOUT_MS}")
    cursor.close()
    # SET opened a transaction (the driver's default): it ends here, before the pool hands the connection out.
    dbapi_connection.commit()


def _begin_locked(connection: Connection) -> None:
    """The same guarantee as BEGIN IMMEDIATE: one transaction at a time writes, released at commit or rollback."""
    connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")


def prepare(engine: Engine) -> None:
    """Set up ``engine``'s connections and transactions for its engine."""
    if engine.dialect.name == SQLITE:
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _begin_immediate)
    elif engine.dialect.name == POSTGRESQL:
        event.listen(engine, "connect", _postgresql_session)
        event.listen(engine, "begin", _begin_locked)


def follow_written_ids(connection: Connection, table: str) -> None:
    """After rows were inserted into ``table`` with their ids given, let the ids the database hands out next come
    after them: SQLite takes the largest id plus one, a PostgreSQL sequence only counts what it handed out."""
    if connection.dialect.name == POSTGRESQL:
        connection.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"
        )


def temporary_table(dialect: Dialect, name: str) -> str:
    """``name`` qualified as the connection's own temporary table (to drop it without touching a real one)."""
    return f"pg_temp.{name}" if dialect.name == POSTGRESQL else f"temp.{name}"


# SQL functions spelt per engine ----------------------------------------------------------------------------------


class days_between(FunctionElement[int]):  # noqa: N801  (used like the SQL functions of sqlalchemy.func)
    """Calendar days from the second date to the first (NULL when either is NULL)."""

    type = Integer()
    inherit_cache = True


@compiles(days_between)
def _days_between(element: days_between, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = (compiler.process(argument, **kw) for argument in element.clauses)
    return f"CAST(julianday({later}) - julianday({earlier}) AS INTEGER)"


@compiles(days_between, POSTGRESQL)
def _days_between_postgresql(element: days_between, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = (compiler.process(argument, **kw) for argument in element.clauses)
    return f"({later} - {earlier})"


class listed(FunctionElement[bool]):  # noqa: N801
    """Whether a comma-joined list (``access,erasure``) holds an item (its whole text between two commas)."""

    type = Boolean()
    inherit_cache = True


@compiles(listed)
def _listed(element: listed, compiler: SQLCompiler, **kw: Any) -> str:
    joined, item = (compiler.process(argument, **kw) for argument in element.clauses)
    return f"(instr(',' || {joined} || ',', ',' || {item} || ',') > 0)"


@compiles(listed, POSTGRESQL)
def _listed_postgresql(element: listed, compiler: SQLCompiler, **kw: Any) -> str:
    joined, item = (compiler.process(argument, **kw) for argument in element.clauses)
    return f"(strpos(',' || {joined} || ',', ',' || {item} || ',') > 0)"


class year_month(FunctionElement[str]):  # noqa: N801
    """A date's month as ``YYYY-MM``."""

    type = String()
    inherit_cache = True


@compiles(year_month)
def _year_month(element: year_month, compiler: SQLCompiler, **kw: Any) -> str:
    # SQLite keeps dates as ISO text.
    return f"substr({compiler.process(element.clauses, **kw)}, 1, 7)"


@compiles(year_month, POSTGRESQL)
def _year_month_postgresql(element: year_month, compiler: SQLCompiler, **kw: Any) -> str:
    return f"to_char({compiler.process(element.clauses, **kw)}, 'YYYY-MM')"


class text_before(FunctionElement[str]):  # noqa: N801
    """The text before the first occurrence of a separator, or the whole text when it has none."""

    type = String()
    inherit_cache = True


@compiles(text_before)
def _text_before(element: text_before, compiler: SQLCompiler, **kw: Any) -> str:
    whole, separator = (compiler.process(argument, **kw) for argument in element.clauses)
    return (
        f"iif(instr({whole}, {separator}) > 0, substr({whole}, 1, instr({whole}, {separator}) - 1), {whole})"
    )


@compiles(text_before, POSTGRESQL)
def _text_before_postgresql(element: text_before, compiler: SQLCompiler, **kw: Any) -> str:
    whole, separator = (compiler.process(argument, **kw) for argument in element.clauses)
    return f"split_part({whole}, {separator}, 1)"


def joined_in_order(dialect: Dialect, value: str, order: str, rows: str) -> str:
    """A scalar subquery joining ``value`` with commas over ``rows`` (``FROM … WHERE …``) in ``order``, for
    queries written as text (``models.RIGHTS_LISTED`` is the same for queries built with SQLAlchemy)."""
    if dialect.name == POSTGRESQL:
        return f"(SELECT string_agg({value}, ',' ORDER BY {order}) {rows})"
    # SQLite before 3.44 takes no ORDER BY inside an aggregate: it joins the rows in the order the subquery gives.
    return f"(SELECT group_concat(o.v, ',') FROM (SELECT {value} AS v {rows} ORDER BY {order}) o)"


def inline(dialect: Dialect, element: ColumnElement[Any]) -> str:
    """``element`` as SQL text for ``dialect``, its values written in (for queries written as text)."""
    return str(element.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))


def column(name: str) -> ColumnElement[Any]:
    """A column of a query written as text (``c.answered``), to pass to the functions above."""
    return literal_column(name)
