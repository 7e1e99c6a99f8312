"""No file written for the DPO (a letter, a saved copy) ever replaces the database, one of its files or a backup."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import func, select

from lazeo_desk.cli import main
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.services.file_output import ProtectedFile, write_atomically
from lazeo_desk.services.passphrase import unlock_database
from lazeo_desk.store.backup import backup
from lazeo_desk.store.database import Database
from lazeo_desk.store.location import default_backup_folder
from lazeo_desk.store.models import CaseRow


def _no_pdf_written(folder: Path) -> bool:
    return not any(p.read_bytes().startswith(b"%PDF") for p in folder.iterdir() if p.is_file())


def _cases(path: Path) -> int:
    database = Database(f"sqlite:///{path}", plain=True)
    try:
        with database.transaction() as session:
            return int(session.scalar(select(func.count()).select_from(CaseRow)) or 0)
    finally:
        database.dispose()


@pytest.fixture
def seeded(tmp_path: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str]) -> tuple[Path, str]:
    """A plain database with one case, made by the command line; its path and the case's reference."""
    path = tmp_path / "desk.sqlite3"
    assert main(["--plain", "--db", str(path), "--create", "seed", "--cases", "1"], clock=clock) == 0
    assert main(["--plain", "--db", str(path), "case", "list", "--json"], clock=clock) == 0
    reference = capsys.readouterr().out.split('"reference": "')[1].split('"')[0]
    return path, reference


def _letter_to(path: Path, reference: str, out: Path | str, clock: FixedClock) -> int:
    return main(
        ["--plain", "--db", str(path), "letter", reference, "referral-doctolib", "--out", str(out)], clock=clock
    )


@pytest.mark.parametrize(
    "name",
    ["desk.sqlite3", "desk.sqlite3-wal", "desk.sqlite3-shm", "desk.sqlite3-journal", "desk.sqlite3.keyparams",
     "desk.sqlite3.anchor", "desk.sqlite3.lock", "desk.sqlite3.restore-journal"],
)
def test_a_letter_is_never_written_over_the_database_or_its_files(
    seeded: tuple[Path, str], clock: FixedClock, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    path, reference = seeded
    target = path.with_name(name)
    existed = target.exists()
    assert _letter_to(path, reference, target, clock) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1
    assert error.startswith(f"lazeo-desk: error: out: cannot write {target}: it is the database in use")
    assert _no_pdf_written(path.parent) and target.exists() == existed
    assert _cases(path) == 1


def test_the_database_is_recognised_through_a_symbolic_link_a_hard_link_and_dot_dot(
    seeded: tuple[Path, str], clock: FixedClock, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path, reference = seeded
    other = tmp_path / "elsewhere"
    other.mkdir()
    (other / "link.pdf").symlink_to(path)
    os.link(path, other / "hard.pdf")
    for target in (other / "link.pdf", other / "hard.pdf", other / ".." / path.name):
        assert _letter_to(path, reference, target, clock) == 2, target
        assert "it is the database in use" in capsys.readouterr().err
    assert _no_pdf_written(path.parent) and (other / "link.pdf").is_symlink()
    assert _cases(path) == 1
    assert _letter_to(path, reference, other / "letter.pdf", clock) == 0
    assert (other / "letter.pdf").read_bytes().startswith(b"%PDF")


def test_the_key_parameters_of_an_encrypted_database_survive_a_letter_aimed_at_them(
    encrypted_db: Database, db_passphrase: str, clock: FixedClock, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from lazeo_desk.services.seeding import seed_cases

    (reference,) = seed_cases(encrypted_db, 1, seed=3, clock=clock)
    url = encrypted_db.url
    path = Path(url.removeprefix("sqlite:///"))
    encrypted_db.dispose()
    monkeypatch.setenv("LAZEO_DESK_PASSPHRASE", db_passphrase)
    code = main(["--db", str(path), "letter", reference, "acknowledgement", "--out", f"{path}.keyparams"],
                clock=clock)
    assert code == 2, capsys.readouterr()
    unlock_database(url, db_passphrase).dispose()


def test_backups_their_key_parameters_and_the_backup_folder_are_never_written_over(
    encrypted_db: Database, tmp_path: Path
) -> None:
    copy = tmp_path / "saved" / "copy.sqlite3"
    copy.parent.mkdir()
    backup(encrypted_db, copy)
    encrypted_db.dispose()
    for target, reason in (
        (copy, "it is a lazeo-desk database or backup"),
        (copy.with_name("copy.sqlite3.keyparams"), "it belongs to a lazeo-desk database or backup"),
        (default_backup_folder() / "letter.pdf", "it is in a folder of lazeo-desk backups"),
    ):
        target.parent.mkdir(parents=True, exist_ok=True)
        with pytest.raises(ProtectedFile) as refused:
            write_atomically(target, b"%PDF-1.7")
        assert str(refused.value) == reason
    assert not (default_backup_folder() / "letter.pdf").exists()


def test_a_folder_holding_daily_backups_is_recognised_by_their_names(tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    (folder / "lazeo-desk-0123456789abcdef-2026-03-10.sqlite3").write_bytes(b"")
    with pytest.raises(ProtectedFile):
        write_atomically(folder / "letter.pdf", b"%PDF-1.7")


def test_an_ordinary_pdf_and_a_device_are_still_written(tmp_path: Path) -> None:
    write_atomically(tmp_path / "letter.pdf", b"%PDF-1.7")
    write_atomically(tmp_path / "letter.pdf", b"%PDF-1.7 again")
    assert (tmp_path / "letter.pdf").read_bytes() == b"%PDF-1.7 again"
    write_atomically(Path(os.devnull), b"%PDF-discarded")


@pytest.mark.sqlite_only  # the files beside an SQLite file
def test_a_backup_is_never_written_over_a_companion_file_of_the_database(db: Database) -> None:
    from lazeo_desk.store.database import StoreError

    path = Path(db.url.removeprefix("sqlite:///"))
    for name in (f"{path.name}-wal", f"{path.name}.keyparams", f"{path.name}.restore-journal"):
        with pytest.raises(StoreError, match="it is the database in use or one of its files"):
            backup(db, path.with_name(name))
        assert not path.with_name(name).is_file() or name.endswith("-wal")


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_an_export_is_never_written_over_the_database(
    seeded: tuple[Path, str], clock: FixedClock, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    path, _ = seeded
    before = path.read_bytes()
    assert main(["--plain", "--db", str(path), "export", "--format", fmt, "--out", str(path)], clock=clock) == 2
    assert "it is the database in use" in capsys.readouterr().err
    assert path.read_bytes() == before and _cases(path) == 1
