"""``lazeo-desk migrate --to``: one line per table and the target's check, or one line saying why not (exit 2)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from lazeo_desk.cli import main
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.store import encryption
from lazeo_desk.store.database import Database
from lazeo_desk.store.models import CaseRow

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def cheap_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(encryption, "DEFAULT_KDF", encryption.KdfParams(time_cost=1, memory_cost=64, parallelism=1))


def _seeded(tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch) -> Path:
    source = tmp_path / "desk.sqlite3"
    monkeypatch.setenv("LAZEO_DESK_PASSPHRASE", PASSPHRASE)
    assert main(["--db", str(source), "--create", "seed", "--cases", "4"], clock=clock) == 0
    return source


def test_migrate_copies_an_encrypted_file_into_a_new_one_under_the_passphrase_given_and_checks_it(
    tmp_path: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _seeded(tmp_path, clock, monkeypatch)
    target = tmp_path / "moved.sqlite3"
    capsys.readouterr()
    monkeypatch.setenv("LAZEO_DESK_PASSPHRASE", PASSPHRASE)
    assert main(["--db", str(source), "migrate", "--to", str(target)], clock=clock) == 0
    out = capsys.readouterr().out
    assert "  cases: 4 rows" in out
    assert "moved 4 cases (" in out and "every count verified" in out
    assert out.rstrip().endswith("Result: no problem found")
    monkeypatch.setenv("LAZEO_DESK_PASSPHRASE", PASSPHRASE)
    assert main(["--db", str(target), "check"], clock=clock) == 0
    assert encryption.sidecar_path(target).exists()


def test_migrate_into_an_existing_file_is_refused_in_one_line_and_writes_nothing(
    tmp_path: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _seeded(tmp_path, clock, monkeypatch)
    other = tmp_path / "other.sqlite3"
    other.write_bytes(b"")
    capsys.readouterr()
    monkeypatch.setenv("LAZEO_DESK_PASSPHRASE", PASSPHRASE)
    assert main(["--db", str(source), "migrate", "--to", str(other)], clock=clock) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        f"lazeo-desk: error: to: there is a file at {other} already: a move goes into a new file\n"
    )
    assert other.read_bytes() == b""


def test_migrate_without_a_source_database_creates_none(
    tmp_path: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.sqlite3"
    assert main(["--db", str(missing), "--plain", "migrate", "--to", str(tmp_path / "to.sqlite3")], clock=clock) == 2
    assert capsys.readouterr().err == f"lazeo-desk: error: db: there is no database at {missing} to move; nothing " \
        "was created\n"
    assert list(tmp_path.iterdir()) == []


def test_migrate_needs_its_target(tmp_path: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(tmp_path / "desk.sqlite3"), "--plain", "migrate"], clock=clock) == 2
    assert "--to" in capsys.readouterr().err


@pytest.mark.postgresql_only
def test_migrate_into_a_server_database_that_is_not_empty_is_refused_in_one_line(
    tmp_path: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> None:
    source = _seeded(tmp_path, clock, monkeypatch)
    server = request.getfixturevalue("postgres_database").empty_schema_url("cli_target")
    monkeypatch.setenv("LAZEO_DESK_PASSPHRASE", PASSPHRASE)
    assert main(["--db", str(source), "migrate", "--to", server], clock=clock) == 0
    assert "Result: no problem found" in capsys.readouterr().out
    moved = Database(server, migrate=False)
    try:
        with moved.engine.connect() as connection:
            assert connection.execute(select(func.count()).select_from(CaseRow)).scalar_one() == 4
    finally:
        moved.dispose()
    monkeypatch.setenv("LAZEO_DESK_PASSPHRASE", PASSPHRASE)
    assert main(["--db", str(source), "migrate", "--to", server], clock=clock) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == "lazeo-desk: error: to: the target is not empty (cases: 4 rows): move into an empty database\n"
