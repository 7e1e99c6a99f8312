"""Backups of a database on a PostgreSQL server: ``pg_dump`` in its custom format, restored by ``pg_restore``.

The same rules as for a file: a backup is written beside its target and put in place only once it has been read
back whole; a restore reads the backup whole first (every table of lazeo-desk in it, every data block readable)
and only then replaces the database, in one transaction that the server rolls back if anything fails. The dump
covers the schema lazeo-desk's tables are in (the connection's ``current_schema()``), with its rows, indexes,
grants and policies.

The tools come from the ``PATH`` or from Debian's ``/usr/lib/postgresql/<version>/bin`` (the newest, so that it
can read a server of any older version). They connect with libpq: the URL's password, if it has one, is handed
to them in ``PGPASSWORD``, never on their command line; otherwise libpq's password file and environment apply.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import NullPool

from lazeo_desk.store.database import Database
from lazeo_desk.store.models import Base, CaseRow
from lazeo_desk.store.search import INDEX_TABLES

# Debian and Ubuntu install the server's programs here, one folder per major version.
_DEBIAN_BIN = Path("/usr/lib/postgresql")
# A dump of a large database takes a while; a tool that hangs longer than this is stopped.
_TIMEOUT_SECONDS = 6 * 3600


class ServerBackupError(Exception):
    """A backup or restore of a server database that could not be made; ``message`` is one line saying why
    (nothing was replaced)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class DumpReport:
    """A dump written and read back: where, how big, which tables it holds rows of."""

    path: Path
    size: int
    revision: str | None
    cases: int
    tables: tuple[str, ...]


def tool(name: str) -> Path:
    """``pg_dump`` or ``pg_restore``: the newest of Debian's server folders, else the one on the ``PATH``."""
    versions = sorted(
        (folder for folder in _DEBIAN_BIN.glob("*/bin") if (folder / name).is_file()),
        key=lambda folder: [int(part) for part in folder.parent.name.split(".") if part.isdigit()],
    )
    if versions:
        return versions[-1] / name
    found = shutil.which(name)
    if found is None:
        raise ServerBackupError(
            f"{name} was not found (install the PostgreSQL client programs, e.g. apt-get install "
            "postgresql-client): nothing was written"
        )
    return Path(found)


def libpq_target(url: URL) -> tuple[str, dict[str, str]]:
    """The connection string for the tools (without the password) and the environment to run them in."""
    environment = dict(os.environ)
    if url.password is not None:
        environment["PGPASSWORD"] = str(url.password)
    # (URL.set() takes None as "leave it": the tuple's own _replace removes the password.)
    bare = url._replace(drivername="postgresql", password=None)
    return bare.render_as_string(hide_password=False), environment


def expected_tables() -> set[str]:
    """The tables whose rows every dump of a lazeo-desk database holds."""
    return {table.name for table in Base.metadata.sorted_tables if table.name not in INDEX_TABLES} | {
        "alembic_version"
    }


def _run(arguments: list[str], environment: dict[str, str]) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            arguments, env=environment, capture_output=True, text=True, timeout=_TIMEOUT_SECONDS, check=False,
            stdin=subprocess.DEVNULL,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise ServerBackupError(f"{Path(arguments[0]).name} could not be run: {error}") from error


def _first_line(completed: subprocess.CompletedProcess[str]) -> str:
    lines = [line for line in (completed.stderr or "").splitlines() if line.strip()]
    return lines[0].strip() if lines else f"exit status {completed.returncode}"


def verify_dump(path: Path) -> tuple[str, ...]:
    """Read the dump at ``path`` whole: its table of contents names the rows of every lazeo-desk table, and every
    data block decompresses (pg_restore writes the whole restore script, to nowhere). Returns the tables it holds
    rows of; raises :class:`ServerBackupError` with the first problem."""
    if not path.is_file():
        raise ServerBackupError(f"there is no backup file at {path}")
    restore = str(tool("pg_restore"))
    listing = _run([restore, "--list", str(path)], dict(os.environ))
    if listing.returncode != 0:
        raise ServerBackupError(
            f"{path} is not a pg_dump archive in the custom format ({_first_line(listing)})"
        )
    tables: set[str] = set()
    for line in listing.stdout.splitlines():
        # "215; 0 16390 TABLE DATA public cases lazeo": the table's name follows the schema's.
        words = line.split()
        if not line.startswith(";") and "TABLE DATA" in line and len(words) >= 6:
            position = words.index("DATA")
            tables.add(words[position + 2])
    missing = sorted(expected_tables() - tables)
    if missing:
        raise ServerBackupError(
            f"{path} is not a backup of a lazeo-desk database: it has no rows of {', '.join(missing)}"
        )
    whole = _run([restore, "--file", os.devnull, str(path)], dict(os.environ))
    if whole.returncode != 0:
        raise ServerBackupError(f"{path} is damaged: {_first_line(whole)}")
    return tuple(sorted(tables))


def _schema(db: Database) -> str:
    with db.engine.connect() as connection:
        return str(connection.execute(text("SELECT current_schema()")).scalar_one())


def dump(db: Database, target: Path) -> DumpReport:
    """Write a custom-format dump of ``db``'s schema to ``target`` (mode 0600), read back whole before it
    replaces whatever was there."""
    target = target.expanduser().absolute()
    if not target.parent.is_dir():
        raise ServerBackupError(f"the folder {target.parent} does not exist: nothing was written")
    schema = _schema(db)
    with db.engine.connect() as connection:
        cases = int(connection.execute(select(func.count()).select_from(CaseRow)).scalar_one())
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    conninfo, environment = libpq_target(db.engine.url)
    partial = target.with_name(f".{target.name}.partial-{os.getpid()}")
    partial.unlink(missing_ok=True)
    try:
        os.close(os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        made = _run(
            [str(tool("pg_dump")), "--format=custom", f"--schema={schema}", f"--file={partial}",
             f"--dbname={conninfo}"],
            environment,
        )
        if made.returncode != 0:
            raise ServerBackupError(f"pg_dump failed: {_first_line(made)}; nothing was written")
        tables = verify_dump(partial)
        os.replace(partial, target)
    except OSError as error:
        raise ServerBackupError(f"the backup cannot be written to {target}: {error.strerror or error}") from error
    finally:
        partial.unlink(missing_ok=True)
    return DumpReport(target, target.stat().st_size, revision, cases, tables)


@dataclass(frozen=True)
class RestoreReport:
    """A dump put in place of a server's database; ``previous`` is the dump of the database it replaced."""

    tables: tuple[str, ...]
    previous: Path


def _keep_aside(url: str, beside: Path, moment: datetime) -> Path:
    """Dump the database about to be replaced next to the backup restored, as a restore of a file keeps the
    file it replaces."""
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            schema = str(connection.execute(text("SELECT current_schema()")).scalar_one())
    finally:
        engine.dispose()
    aside = beside.with_name(f"{beside.stem}.before-restore-{moment:%Y%m%d-%H%M%S}.dump")
    conninfo, environment = libpq_target(make_url(url))
    os.close(os.open(aside, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    made = _run(
        [str(tool("pg_dump")), "--format=custom", f"--schema={schema}", f"--file={aside}", f"--dbname={conninfo}"],
        environment,
    )
    if made.returncode != 0:
        aside.unlink(missing_ok=True)
        raise ServerBackupError(
            f"the database in place could not be kept aside ({_first_line(made)}): nothing was replaced"
        )
    return aside


def restore_dump(url: str, path: Path, *, moment: datetime) -> RestoreReport:
    """Verify the dump at ``path``, keep the database in place aside (dumped beside ``path``), then put the dump
    in place of it, in one transaction: the tables it holds are dropped and made again from it, or, if anything
    fails, left as they were."""
    path = path.expanduser().absolute()
    tables = verify_dump(path)
    try:
        previous = _keep_aside(url, path, moment)
    except OSError as error:
        raise ServerBackupError(
            f"the database in place could not be kept aside beside {path}: {error.strerror or error}; nothing "
            "was replaced"
        ) from error
    conninfo, environment = libpq_target(make_url(url))
    done = _run(
        [str(tool("pg_restore")), "--clean", "--if-exists", "--single-transaction", "--exit-on-error",
         f"--dbname={conninfo}", str(path)],
        environment,
    )
    if done.returncode != 0:
        raise ServerBackupError(f"pg_restore failed, the database is unchanged: {_first_line(done)}")
    return RestoreReport(tables, previous)
