"""Every test runs offscreen, on its own temporary database and data folder, with a clock it controls.

The store and services tests that use the ``db`` fixture run on SQLite, and also on PostgreSQL when
``LAZEO_TEST_POSTGRES`` names a database they may empty and fill (an SQLAlchemy URL, e.g.
``postgresql+psycopg://lazeo@/lazeo_test?host=/tmp/pg``; ``.ci/with-postgres`` starts a throwaway server and sets
it). Tests of what only an SQLite file has (its encryption, its copy, its full-text index) are marked
``sqlite_only``; tests of what only a server has (team mode's roles and row-level security, ``pg_dump``) are marked
``postgresql_only`` and are left out of a run without a server.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, settings
from sqlalchemy import create_engine, make_url, text

# Timings vary on a shared 2-core machine; correctness, not speed, is what these properties check.
settings.register_profile("lazeo", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("lazeo")

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from lazeo_desk.domain.clock import FixedClock  # noqa: E402  (after the Qt platform is chosen)
from lazeo_desk.services.cases import CaseService  # noqa: E402
from lazeo_desk.services.passphrase import create_database  # noqa: E402
from lazeo_desk.services.workplace import Workplace  # noqa: E402
from lazeo_desk.store.database import Database  # noqa: E402
from lazeo_desk.store.encryption import KdfParams  # noqa: E402

PARIS = ZoneInfo("Europe/Paris")

POSTGRES_ENV = "LAZEO_TEST_POSTGRES"
# The folders whose tests run on every engine: below them the program reaches the database only through the store.
ENGINE_FOLDERS = (Path(__file__).parent / "store", Path(__file__).parent / "services")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    # Without a server the tests keep their plain names: no variant exists that would only be reported as skipped.
    if not os.environ.get(POSTGRES_ENV):
        return
    if metafunc.definition.get_closest_marker("sqlite_only") is not None:
        return
    if not any(folder in metafunc.definition.path.parents for folder in ENGINE_FOLDERS):
        return
    if "engine" in metafunc.fixturenames:
        metafunc.parametrize("engine", ["sqlite", "postgresql"], indirect=True)
    if "module_engine" in metafunc.fixturenames:
        metafunc.parametrize("module_engine", ["sqlite", "postgresql"], indirect=True, scope="module")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # Left out rather than skipped: without a server there is nothing they could run on.
    if os.environ.get(POSTGRES_ENV):
        return
    kept = [item for item in items if item.get_closest_marker("postgresql_only") is None]
    if len(kept) != len(items):
        config.hook.pytest_deselected(items=[item for item in items if item not in kept])
        items[:] = kept


@pytest.fixture
def engine(request: pytest.FixtureRequest) -> str:
    """The engine the ``db`` fixture opens: SQLite, or PostgreSQL for the second run of a parametrised test."""
    return str(getattr(request, "param", "sqlite"))


class PostgresDatabase:
    """The test server's database, migrated once per session and emptied before each test that opens it."""

    # What a test may change besides the rows (a column added to show what a later version would do): when it
    # differs from the migrated schema's, the schema is made again before the next test.
    _SCHEMA = text(
        "SELECT md5(string_agg(table_name || '.' || column_name || ':' || data_type, ',' "
        "ORDER BY table_name, column_name)) || ' ' || (SELECT count(*) FROM information_schema.triggers "
        "WHERE trigger_schema = 'public') FROM information_schema.columns WHERE table_schema = 'public'"
    )

    def __init__(self, url: str) -> None:
        self.url = url
        self._admin = create_engine(url, isolation_level="AUTOCOMMIT")
        self._seed: dict[str, list[dict[str, object]]] = {}
        self._schema = ""
        self._migrate()

    def _migrate(self) -> None:
        with self._admin.connect() as connection:
            self._end_other_connections(connection)
            connection.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
            # As initdb leaves it: every role may use the schema (team mode's people, an owner running init-server).
            connection.execute(text("GRANT USAGE ON SCHEMA public TO PUBLIC"))
        Database(self.url).dispose()
        # What the migrations themselves wrote (the version, the audit chain's head row) comes back after each test.
        with self._admin.connect() as connection:
            self._schema = str(connection.execute(self._SCHEMA).scalar())
            self._seed = {
                table: [dict(row) for row in connection.execute(text(f'SELECT * FROM "{table}"')).mappings()]
                for table in self._tables(connection)
            }

    @staticmethod
    def _tables(connection: Any) -> list[str]:
        found = connection.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))
        return sorted(name for (name,) in found)

    @staticmethod
    def _end_other_connections(connection: Any) -> None:
        # A database a test left open (a second window, a crash simulated) must not hold its locks over the next.
        connection.execute(text(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() "
            "AND pid <> pg_backend_pid() AND state LIKE 'idle in transaction%'"
        ))

    def fresh(self) -> Database:
        with self._admin.connect() as connection:
            self._end_other_connections(connection)
            changed = connection.execute(self._SCHEMA).scalar() != self._schema
        if changed:
            self._migrate()
        with self._admin.connect() as connection:
            tables = self._tables(connection)
            connection.execute(text(
                "TRUNCATE " + ", ".join(f'"{table}"' for table in tables) + " RESTART IDENTITY CASCADE"
            ))
            for table, rows in self._seed.items():
                for row in rows:
                    names = ", ".join(f'"{name}"' for name in row)
                    values = ", ".join(f":{name}" for name in row)
                    connection.execute(text(f'INSERT INTO "{table}" ({names}) VALUES ({values})'), row)
        return Database(self.url)

    def empty_schema_url(self, name: str) -> str:
        """The URL of an empty database of its own, in schema ``name`` (made anew) on the test server."""
        with self._admin.connect() as connection:
            connection.execute(text(f'DROP SCHEMA IF EXISTS "{name}" CASCADE'))
            connection.execute(text(f'CREATE SCHEMA "{name}"'))
        url = make_url(self.url).update_query_dict({"options": f"-csearch_path={name}"})
        return url.render_as_string(hide_password=False)

    def schema(self, name: str) -> Database:
        """A database of its own in schema ``name``, made anew (for a module that fills one and reads it often)."""
        return Database(self.empty_schema_url(name))

    def close(self) -> None:
        self._admin.dispose()


@pytest.fixture(scope="session")
def postgres_database() -> Iterator[PostgresDatabase]:
    server = PostgresDatabase(os.environ[POSTGRES_ENV])
    yield server
    server.close()


# Team mode's tests work in a schema of their own, as the server's superuser; the people they add are these.
TEAM_SCHEMA = "team_mode"
# The last is the schema's owner in the test of init-server run by an owner who is not a superuser: dropped last,
# after the roles whose memberships it granted.
TEAM_PEOPLE = ("ana", "bram", "chloe", "dirk", "keeper")


@pytest.fixture
def team_server_url() -> Iterator[str]:
    """The test server's superuser on a schema made anew (to run ``init-server`` as an administrator would); the
    test's login roles are dropped afterwards."""
    admin_url = make_url(os.environ[POSTGRES_ENV]).set(username="postgres")
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")

    def clear() -> None:
        with admin.connect() as connection:
            connection.exec_driver_sql(f"DROP SCHEMA IF EXISTS {TEAM_SCHEMA} CASCADE")
            for person in TEAM_PEOPLE:
                if connection.exec_driver_sql(f"SELECT 1 FROM pg_roles WHERE rolname = '{person}'").first():
                    # What the role was granted on the database itself (its schema went above).
                    connection.exec_driver_sql(f"DROP OWNED BY {person}")
                connection.exec_driver_sql(f"DROP ROLE IF EXISTS {person}")

    clear()
    with admin.connect() as connection:
        connection.exec_driver_sql(f"CREATE SCHEMA {TEAM_SCHEMA}")
    yield admin_url.update_query_dict({"options": f"-csearch_path={TEAM_SCHEMA}"}).render_as_string(
        hide_password=False
    )
    clear()
    admin.dispose()


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Redirect the user folders so that no test writes to the real home or reads a real database."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("LAZEO_DESK_DB", raising=False)
    monkeypatch.delenv("LAZEO_DESK_PASSPHRASE", raising=False)
    monkeypatch.delenv("LAZEO_DESK_PLAIN", raising=False)
    return home


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 3, 10, 9, 30, tzinfo=PARIS))


@pytest.fixture
def db(engine: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Database]:
    if engine == "postgresql":
        database = request.getfixturevalue("postgres_database").fresh()
    else:
        # Plain: fast, and inspectable by the tests; encrypted databases have their own fixture.
        database = Database(f"sqlite:///{tmp_path / 'test.sqlite3'}", plain=True)
    yield database
    database.dispose()


@pytest.fixture
def empty_database_url(engine: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """Where a test makes a database itself (from an early revision, say): a new SQLite file, or an empty schema
    on the PostgreSQL test server. Open it with ``plain=True`` (a server database ignores it)."""
    if engine == "postgresql":
        return str(request.getfixturevalue("postgres_database").empty_schema_url("made_by_the_test"))
    return f"sqlite:///{tmp_path / 'made.sqlite3'}"


@pytest.fixture(scope="module")
def module_engine(request: pytest.FixtureRequest) -> str:
    """The engine of the databases a module keeps for all its tests (see ``module_database``)."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="module")
def module_database(
    module_engine: str, tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[Callable[[str], Database]]:
    """Makes the databases a module fills once and reads in many tests: SQLite files, or schemas of their own on
    the PostgreSQL test server."""
    made: list[Database] = []

    def make(name: str) -> Database:
        if module_engine == "postgresql":
            database = request.getfixturevalue("postgres_database").schema(name)
        else:
            database = Database(f"sqlite:///{tmp_path_factory.mktemp(name) / f'{name}.sqlite3'}", plain=True)
        made.append(database)
        return database

    yield make
    for database in made:
        database.dispose()


@pytest.fixture
def fast_kdf() -> KdfParams:
    """Argon2id at its cheapest: the real parameters take half a second on purpose (tested once, on their own)."""
    return KdfParams(time_cost=1, memory_cost=64, parallelism=1)


@pytest.fixture
def db_passphrase() -> str:
    return "correct horse battery staple"


@pytest.fixture
def encrypted_db(tmp_path: Path, fast_kdf: KdfParams, db_passphrase: str) -> Iterator[Database]:
    """An encrypted database (SQLCipher) created with ``db_passphrase``, its key derived with ``fast_kdf``."""
    database = create_database(f"sqlite:///{tmp_path / 'encrypted.sqlite3'}", db_passphrase, kdf=fast_kdf)
    yield database
    database.dispose()


@pytest.fixture
def service(db: Database, clock: FixedClock) -> CaseService:
    return CaseService(Workplace(db, clock, "Brigitte Perez"))
