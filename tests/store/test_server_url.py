"""Which server URLs reach another machine, and whether they insist on a verified TLS connection: health data
crosses a network only with sslmode=verify-full. No connection is made."""

from __future__ import annotations

import pytest

from lazeo_desk.store import engines
from lazeo_desk.store.database import Database, StoreError

BASE = "postgresql+psycopg://dpo@"


@pytest.mark.parametrize(
    "url",
    [
        f"{BASE}/lazeo",
        f"{BASE}/lazeo?host=/run/postgresql",
        f"{BASE}/lazeo?host=@abstract",
        f"{BASE}localhost/lazeo",
        f"{BASE}127.0.0.1:5433/lazeo",
        f"{BASE}[::1]/lazeo",
        f"{BASE}/lazeo?host=/tmp,localhost",
    ],
)
def test_a_unix_socket_or_the_loopback_is_this_machine(url: str) -> None:
    assert not engines.reaches_another_machine(url, {})


@pytest.mark.parametrize(
    "url",
    [
        f"{BASE}db.lazeo.example/lazeo",
        f"{BASE}10.0.0.5/lazeo",
        f"{BASE}/lazeo?host=/run/postgresql,db.lazeo.example",
        f"{BASE}/lazeo?host=/tmp&host=db.lazeo.example",
    ],
)
def test_any_other_host_is_another_machine(url: str) -> None:
    assert engines.reaches_another_machine(url, {})


def test_pghost_counts_when_the_url_names_no_host() -> None:
    assert engines.reaches_another_machine(f"{BASE}/lazeo", {"PGHOST": "db.lazeo.example"})
    assert not engines.reaches_another_machine(f"{BASE}localhost/lazeo", {"PGHOST": "db.lazeo.example"})


@pytest.mark.parametrize(
    ("url", "environment", "verified"),
    [
        (f"{BASE}db.lazeo.example/lazeo?sslmode=verify-full", {}, True),
        (f"{BASE}db.lazeo.example/lazeo", {"PGSSLMODE": "verify-full"}, True),
        (f"{BASE}db.lazeo.example/lazeo?sslmode=require", {"PGSSLMODE": "verify-full"}, False),
        (f"{BASE}db.lazeo.example/lazeo?sslmode=verify-ca", {}, False),
        (f"{BASE}db.lazeo.example/lazeo", {}, False),
    ],
)
def test_only_verify_full_checks_the_server(url: str, environment: dict[str, str], verified: bool) -> None:
    assert engines.verifies_the_server(url, environment) is verified


def test_a_database_on_another_machine_without_verified_tls_is_not_opened(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PGSSLMODE", raising=False)
    with pytest.raises(StoreError, match="add sslmode=verify-full to the URL"):
        Database(f"{BASE}db.lazeo.invalid/lazeo?sslmode=prefer")
