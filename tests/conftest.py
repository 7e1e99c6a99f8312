"""Every test runs offscreen, on its own temporary database and data folder, with a clock it controls."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, settings

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
def db(tmp_path: Path) -> Iterator[Database]:
    # Plain: fast, and inspectable by the tests; encrypted databases have their own fixture.
    database = Database(f"sqlite:///{tmp_path / 'test.sqlite3'}", plain=True)
    yield database
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
