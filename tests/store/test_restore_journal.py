"""A restore interrupted at any step is finished or undone by the next start; an open database is never replaced,
whatever the passphrase of the backup."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from lazeo_desk.cli import main
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.services.passphrase import create_database, restore_backup, unlock_database
from lazeo_desk.services.seeding import seed_cases
from lazeo_desk.store import restore_journal
from lazeo_desk.store.backup import backup
from lazeo_desk.store.database import Database, StoreError
from lazeo_desk.store.encryption import KdfParams
from lazeo_desk.store.models import CaseRow

PROJECT = Path(__file__).resolve().parents[2]


def _count(db: Database) -> int:
    with db.transaction() as session:
        return int(session.scalar(select(func.count()).select_from(CaseRow)) or 0)


@pytest.fixture
def restore_set(tmp_path: Path, clock: FixedClock) -> tuple[str, Path]:
    """A database of 3 cases, and a backup of it holding 1."""
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    db = Database(url, plain=True)
    seed_cases(db, 1, seed=1, clock=clock)
    saved = backup(db, tmp_path / "saved.sqlite3").path
    seed_cases(db, 2, seed=2, clock=clock)
    db.dispose()
    return url, saved


def _interrupt_after(monkeypatch: pytest.MonkeyPatch, step: str) -> None:
    """The restore dies (without any clean-up) right after the journal notes ``step``."""
    real = restore_journal.Journal.record

    def record(self: restore_journal.Journal, done: str) -> None:
        real(self, done)
        if done == step:
            raise SystemExit("killed")

    monkeypatch.setattr(restore_journal.Journal, "record", record)
    # The clean-up of a failing restore is the journal's recovery: a kill does not run it.
    monkeypatch.setattr(restore_journal, "recover", lambda _path: None)


@pytest.mark.parametrize(
    ("step", "cases"),
    [(restore_journal.VERIFIED, 3), (restore_journal.SET_ASIDE, 3), (restore_journal.MOVED_IN, 1),
     (restore_journal.KEYPARAMS, 1)],
)
def test_the_next_start_finishes_or_undoes_a_restore_killed_after_each_step(
    restore_set: tuple[str, Path], monkeypatch: pytest.MonkeyPatch, step: str, cases: int
) -> None:
    url, saved = restore_set
    path = Path(url.removeprefix("sqlite:///"))
    with monkeypatch.context() as patched:
        _interrupt_after(patched, step)
        with pytest.raises(SystemExit):
            from lazeo_desk.store.backup import restore

            restore(url, saved)
    assert restore_journal.journal_path(path).exists()
    if step == restore_journal.SET_ASIDE:
        assert not path.exists()  # the moment the old code opened an empty database in its place
    reopened = Database(url, plain=True)
    try:
        assert _count(reopened) == cases
    finally:
        reopened.dispose()
    assert not restore_journal.journal_path(path).exists()
    assert not [p for p in path.parent.iterdir() if ".partial-" in p.name]


def test_the_command_line_says_what_it_did_with_an_interrupted_restore(
    restore_set: tuple[str, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    clock: FixedClock,
) -> None:
    url, saved = restore_set
    with monkeypatch.context() as patched:
        _interrupt_after(patched, restore_journal.SET_ASIDE)
        with pytest.raises(SystemExit):
            from lazeo_desk.store.backup import restore

            restore(url, saved)
    capsys.readouterr()
    assert main(["--plain", "--db", url.removeprefix("sqlite:///"), "case", "list"], clock=clock) == 0
    err = capsys.readouterr().err
    assert err.startswith("lazeo-desk: A restore was interrupted before the backup was put in place: the database "
                          "is as it was before it.\n")
    assert err.endswith("3 cases\n")


def test_a_journal_that_cannot_be_read_stops_the_start_instead_of_opening_an_empty_database(
    restore_set: tuple[str, Path],
) -> None:
    url, _saved = restore_set
    path = Path(url.removeprefix("sqlite:///"))
    aside = path.with_name(path.name + ".before-restore-20260310-093000")
    os.replace(path, aside)
    restore_journal.journal_path(path).write_text('{"format": 1, "copy": "../../etc/passwd"}', encoding="utf-8")
    with pytest.raises(StoreError, match="journal desk.sqlite3.restore-journal cannot be read"):
        Database(url, plain=True)
    assert not path.exists() and aside.exists()


def test_the_key_parameters_of_the_restored_copy_follow_it(
    tmp_path: Path, fast_kdf: KdfParams, clock: FixedClock
) -> None:
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    first = create_database(url, "the passphrase of the backup", kdf=fast_kdf)
    seed_cases(first, 1, seed=1, clock=clock)
    saved = backup(first, tmp_path / "saved.sqlite3").path
    first.dispose()
    for name in os.listdir(tmp_path):
        if name.startswith("desk.sqlite3"):
            (tmp_path / name).unlink()
    create_database(url, "the passphrase in force now", kdf=fast_kdf).dispose()
    restore_backup(url, saved, passphrase="the passphrase of the backup")
    restored = unlock_database(url, "the passphrase of the backup")
    try:
        assert _count(restored) == 1
    finally:
        restored.dispose()


_HOLDER = """
import sys
from lazeo_desk.services.passphrase import unlock_database
db = unlock_database(sys.argv[1], sys.argv[2])
with db.transaction() as session:
    pass
print("open", flush=True)
sys.stdin.read()
"""


def test_a_database_open_in_another_program_is_not_replaced_whatever_the_backups_passphrase(
    tmp_path: Path, fast_kdf: KdfParams, clock: FixedClock, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    other = f"sqlite:///{tmp_path / 'other' / 'old.sqlite3'}"
    (tmp_path / "other").mkdir()
    made = create_database(other, "another passphrase altogether", kdf=fast_kdf)
    saved = backup(made, tmp_path / "saved.sqlite3").path
    made.dispose()
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    current = create_database(url, "the passphrase in force", kdf=fast_kdf)
    seed_cases(current, 2, seed=1, clock=clock)
    current.dispose()
    def files() -> list[str]:
        return sorted(name for name in os.listdir(tmp_path) if not name.endswith(("-wal", "-shm")))

    before = files()
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, url, "the passphrase in force"], stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(PROJECT)},
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "open\n"
        with pytest.raises(StoreError, match="open in another window or program"):
            restore_backup(url, saved, passphrase="another passphrase altogether")
        # The command line refuses before it asks for the backup's passphrase (no terminal, none given).
        monkeypatch.setattr(sys, "stdin", io.StringIO(""))
        assert main(["--db", str(tmp_path / "desk.sqlite3"), "restore", str(saved)], clock=clock) == 1
        assert "open in another window or program" in capsys.readouterr().err
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait()
        assert holder.stdout is not None
        holder.stdout.close()
    assert files() == before


def test_a_restore_to_a_new_place_killed_just_after_the_copy_moved_in_keeps_its_key_parameters(
    tmp_path: Path, fast_kdf: KdfParams, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = create_database(f"sqlite:///{tmp_path / 'old.sqlite3'}", "the passphrase of the backup", kdf=fast_kdf)
    seed_cases(made, 2, seed=1, clock=clock)
    saved = backup(made, tmp_path / "saved.sqlite3").path
    made.dispose()
    fresh = tmp_path / "new laptop" / "desk.sqlite3"
    real_replace = os.replace

    def replace(source: object, target: object) -> None:
        real_replace(source, target)  # type: ignore[arg-type]
        if Path(str(target)) == fresh:
            raise SystemExit("killed right after the rename")

    with monkeypatch.context() as patched:
        patched.setattr(os, "replace", replace)
        patched.setattr(restore_journal, "recover", lambda _path: None)
        with pytest.raises(SystemExit):
            restore_backup(f"sqlite:///{fresh}", saved, passphrase="the passphrase of the backup")
    restored = unlock_database(f"sqlite:///{fresh}", "the passphrase of the backup")
    try:
        assert _count(restored) == 2
    finally:
        restored.dispose()
