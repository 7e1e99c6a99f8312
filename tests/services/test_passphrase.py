"""The passphrase: created once, asked at every start, changed safely; wrong tries change nothing; the command line."""

from __future__ import annotations

import getpass
import io
import json
import os
import stat
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from lazeo_desk.cli import main
from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.rights import Right
from lazeo_desk.services import passphrase
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.passphrase import (
    Protection,
    WeakPassphrase,
    WrongPassphrase,
    change_passphrase,
    create_database,
    open_plain_database,
    open_server_database,
    passphrase_problem,
    plain_requested,
    protection,
    restore_backup,
    unlock_database,
    verify_passphrase,
)
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store import encryption
from lazeo_desk.store.backup import backup
from lazeo_desk.store.database import Database, StoreError
from lazeo_desk.store.encryption import KdfParams
from lazeo_desk.store.models import CaseRow

NEW_PASSPHRASE = "the quick brown fox jumps"


def a_case(name: str = "Marie Dubois") -> Case:
    return Case(
        jurisdiction=Jurisdiction.FR, language=Language.FR, channel=Channel.EMAIL, received=date(2026, 3, 9),
        rights=(Right.ACCESS,), subject=DataSubject(name),
    )


def file_of(db: Database) -> Path:
    return Path(db.url.removeprefix("sqlite:///"))


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir()) if p.is_file()}


def names(db: Database) -> list[str]:
    with db.transaction() as session:
        return list(session.scalars(select(CaseRow.subject_name).order_by(CaseRow.id)))


@pytest.fixture
def closed_db(encrypted_db: Database, clock: FixedClock) -> Iterator[str]:
    """The URL of an encrypted database holding one case, closed (as at the next start)."""
    CaseService(Workplace(encrypted_db, clock)).open_case(a_case())
    encrypted_db.dispose()
    yield encrypted_db.url


# first start, later starts -----------------------------------------------------------------------------------
def test_a_first_start_creates_an_encrypted_database_with_its_parameters_file(
    tmp_path: Path, fast_kdf: KdfParams, db_passphrase: str
) -> None:
    url = f"sqlite:///{tmp_path / 'desk' / 'cases.sqlite3'}"
    assert protection(url) is Protection.NEW
    db = create_database(url, db_passphrase, kdf=fast_kdf)
    try:
        assert db.encrypted
        assert protection(url) is Protection.ENCRYPTED
        sidecar = tmp_path / "desk" / "cases.sqlite3.keyparams"
        assert stat.S_IMODE(sidecar.stat().st_mode) == 0o600
        assert json.loads(sidecar.read_text(encoding="utf-8"))["memory_cost_kib"] == fast_kdf.memory_cost
    finally:
        db.dispose()


@pytest.mark.parametrize("weak", ["", "            ", "short", "eleven char"])
def test_a_short_passphrase_is_refused_and_nothing_is_created(
    tmp_path: Path, fast_kdf: KdfParams, weak: str
) -> None:
    with pytest.raises(WeakPassphrase):
        create_database(f"sqlite:///{tmp_path / 'cases.sqlite3'}", weak, kdf=fast_kdf)
    assert os.listdir(tmp_path) == []


def test_the_dialog_can_say_why_a_passphrase_is_refused_as_it_is_typed() -> None:
    assert passphrase_problem("short") == "The passphrase must be at least 12 characters long (a few words)."
    assert passphrase_problem("twelve chars") is None


def test_an_existing_database_is_never_replaced_by_a_new_one(closed_db: str, fast_kdf: KdfParams) -> None:
    with pytest.raises(StoreError, match="There is a database at .* already"):
        create_database(closed_db, NEW_PASSPHRASE, kdf=fast_kdf)


def test_the_right_passphrase_opens_the_database(closed_db: str, db_passphrase: str) -> None:
    db = unlock_database(closed_db, db_passphrase)
    try:
        assert names(db) == ["Marie Dubois"]
    finally:
        db.dispose()


def test_three_wrong_passphrases_fail_cleanly_and_change_nothing(closed_db: str, db_passphrase: str) -> None:
    folder = Path(closed_db.removeprefix("sqlite:///")).parent
    before = snapshot(folder)
    for wrong in ("correct horse battery stapler", "Correct horse battery staple", "tr0ub4dor&3 x"):
        with pytest.raises(WrongPassphrase) as refused:
            unlock_database(closed_db, wrong)
        assert str(refused.value) == "Wrong passphrase: the database was not opened, nothing was changed."
    assert snapshot(folder) == before
    db = unlock_database(closed_db, db_passphrase)
    try:
        assert names(db) == ["Marie Dubois"]
    finally:
        db.dispose()


@pytest.mark.sqlite_only  # a plain SQLite file
def test_a_plain_database_opens_only_when_asked_for_explicitly(db: Database) -> None:
    db.dispose()
    assert protection(db.url) is Protection.PLAIN
    with pytest.raises(StoreError, match="This database is not encrypted"):
        unlock_database(db.url, "correct horse battery staple")
    plain = open_plain_database(db.url)
    assert not plain.encrypted
    plain.dispose()


def test_an_encrypted_database_is_not_opened_as_plain(closed_db: str) -> None:
    with pytest.raises(StoreError, match="This database is encrypted"):
        open_plain_database(closed_db)


def test_a_missing_parameters_file_is_named(closed_db: str, db_passphrase: str) -> None:
    path = Path(closed_db.removeprefix("sqlite:///"))
    encryption.sidecar_path(path).unlink()
    with pytest.raises(StoreError, match=r"The key parameters file encrypted.sqlite3.keyparams is missing"):
        unlock_database(closed_db, db_passphrase)


def test_a_parameters_file_of_another_database_is_told_from_a_wrong_passphrase(
    closed_db: str, tmp_path: Path, fast_kdf: KdfParams, db_passphrase: str
) -> None:
    other = create_database(f"sqlite:///{tmp_path / 'other' / 'other.sqlite3'}", db_passphrase, kdf=fast_kdf)
    other.dispose()
    path = Path(closed_db.removeprefix("sqlite:///"))
    encryption.sidecar_path(path).write_bytes((tmp_path / "other" / "other.sqlite3.keyparams").read_bytes())
    with pytest.raises(StoreError, match="The passphrase is right but the database does not open with it"):
        unlock_database(closed_db, db_passphrase)


@pytest.mark.parametrize(("value", "plain"), [("1", True), ("yes", True), ("TRUE", True), ("0", False), ("", False)])
def test_the_plain_environment_variable_is_read_as_a_yes_or_no(value: str, plain: bool) -> None:
    assert plain_requested({"LAZEO_DESK_PLAIN": value}) is plain


# the locked window ---------------------------------------------------------------------------------------------
def test_the_locked_window_checks_the_passphrase_without_reopening(
    encrypted_db: Database, db_passphrase: str
) -> None:
    folder = file_of(encrypted_db).parent
    before = {name: content for name, (content, _time) in snapshot(folder).items() if name.endswith(".keyparams")}
    assert verify_passphrase(encrypted_db, db_passphrase)
    assert not verify_passphrase(encrypted_db, "correct horse battery stapler")
    after = {name: content for name, (content, _time) in snapshot(folder).items() if name.endswith(".keyparams")}
    assert after == before


def test_a_plain_database_has_no_passphrase_to_check(db: Database) -> None:
    assert not verify_passphrase(db, "correct horse battery staple")


# changing the passphrase -------------------------------------------------------------------------------------
def test_after_a_change_the_old_passphrase_fails_and_the_new_one_opens(
    encrypted_db: Database, clock: FixedClock, fast_kdf: KdfParams, db_passphrase: str
) -> None:
    CaseService(Workplace(encrypted_db, clock)).open_case(a_case())
    path = file_of(encrypted_db)
    old_salt = json.loads(encryption.sidecar_path(path).read_text(encoding="utf-8"))["salt"]
    change_passphrase(encrypted_db, db_passphrase, NEW_PASSPHRASE, kdf=fast_kdf)
    CaseService(Workplace(encrypted_db, clock)).open_case(a_case("Léa Martin"))  # the open database goes on working
    encrypted_db.dispose()
    assert json.loads(encryption.sidecar_path(path).read_text(encoding="utf-8"))["salt"] != old_salt
    assert not encryption.pending_path(path).exists()
    with pytest.raises(WrongPassphrase):
        unlock_database(encrypted_db.url, db_passphrase)
    db = unlock_database(encrypted_db.url, NEW_PASSPHRASE)
    try:
        assert names(db) == ["Marie Dubois", "Léa Martin"]
    finally:
        db.dispose()


def test_a_change_with_a_wrong_old_passphrase_changes_nothing(
    encrypted_db: Database, fast_kdf: KdfParams, db_passphrase: str
) -> None:
    encrypted_db.dispose()
    before = snapshot(file_of(encrypted_db).parent)
    with pytest.raises(WrongPassphrase, match="the passphrase was not changed"):
        change_passphrase(encrypted_db, "correct horse battery stapler", NEW_PASSPHRASE, kdf=fast_kdf)
    with pytest.raises(WeakPassphrase):
        change_passphrase(encrypted_db, db_passphrase, "short", kdf=fast_kdf)
    assert snapshot(file_of(encrypted_db).parent) == before


def test_a_failure_during_the_rekey_leaves_the_old_passphrase_working(
    closed_db: str, fast_kdf: KdfParams, db_passphrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = unlock_database(closed_db, db_passphrase)

    def killed(connection: object, new_key: bytes) -> None:
        raise KeyboardInterrupt  # what an interruption in the middle of the re-encryption looks like here

    monkeypatch.setattr(encryption, "rekey", killed)
    with pytest.raises(KeyboardInterrupt):
        change_passphrase(db, db_passphrase, NEW_PASSPHRASE, kdf=fast_kdf)
    db.dispose()
    assert not encryption.pending_path(file_of(db)).exists()
    with pytest.raises(WrongPassphrase):
        unlock_database(closed_db, NEW_PASSPHRASE)
    reopened = unlock_database(closed_db, db_passphrase)
    try:
        assert names(reopened) == ["Marie Dubois"]
    finally:
        reopened.dispose()


def test_an_interruption_before_the_rekey_leaves_the_old_passphrase_and_drops_the_new_parameters(
    closed_db: str, fast_kdf: KdfParams, db_passphrase: str
) -> None:
    # What a kill between writing the new parameters and re-encrypting leaves: a pending parameters file.
    path = Path(closed_db.removeprefix("sqlite:///"))
    _key, params = encryption.new_key(NEW_PASSPHRASE, fast_kdf)
    encryption.write_key_params(encryption.pending_path(path), params)
    with pytest.raises(WrongPassphrase):
        unlock_database(closed_db, NEW_PASSPHRASE)
    db = unlock_database(closed_db, db_passphrase)
    db.dispose()
    assert not encryption.pending_path(path).exists()


def test_an_interruption_after_the_rekey_is_finished_at_the_next_start(
    closed_db: str, fast_kdf: KdfParams, db_passphrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = unlock_database(closed_db, db_passphrase)

    def killed(database: Path, *, adopt: bool) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(encryption, "settle_pending", killed)
    with pytest.raises(StoreError, match="now opens with the new passphrase"):
        change_passphrase(db, db_passphrase, NEW_PASSPHRASE, kdf=fast_kdf)
    db.dispose()
    monkeypatch.undo()
    path = file_of(db)
    assert encryption.pending_path(path).exists()
    with pytest.raises(WrongPassphrase, match="give the new passphrase"):
        unlock_database(closed_db, db_passphrase)
    reopened = unlock_database(closed_db, NEW_PASSPHRASE)
    reopened.dispose()
    assert not encryption.pending_path(path).exists()
    unlock_database(closed_db, NEW_PASSPHRASE).dispose()  # the parameters file now derives the new key


def test_a_plain_database_has_no_passphrase_to_change(db: Database, fast_kdf: KdfParams) -> None:
    with pytest.raises(StoreError, match="not encrypted"):
        change_passphrase(db, "correct horse battery staple", NEW_PASSPHRASE, kdf=fast_kdf)


# restoring under a passphrase --------------------------------------------------------------------------------
def test_a_backup_made_before_a_change_is_restored_with_the_passphrase_it_was_made_under(
    encrypted_db: Database, clock: FixedClock, tmp_path: Path, fast_kdf: KdfParams, db_passphrase: str
) -> None:
    CaseService(Workplace(encrypted_db, clock)).open_case(a_case())
    saved = backup(encrypted_db, tmp_path / "saved.sqlite3").path
    change_passphrase(encrypted_db, db_passphrase, NEW_PASSPHRASE, kdf=fast_kdf)
    CaseService(Workplace(encrypted_db, clock)).open_case(a_case("Léa Martin"))
    encrypted_db.dispose()
    before = snapshot(tmp_path)
    with pytest.raises(WrongPassphrase, match="Wrong passphrase for this backup"):
        restore_backup(encrypted_db.url, saved, passphrase=NEW_PASSPHRASE)
    assert snapshot(tmp_path) == before
    report = restore_backup(encrypted_db.url, saved, passphrase=db_passphrase)
    assert report.cases == 1 and report.previous is not None
    restored = unlock_database(encrypted_db.url, db_passphrase)
    try:
        assert names(restored) == ["Marie Dubois"]
    finally:
        restored.dispose()
    kept = Database(f"sqlite:///{report.previous}", key=passphrase.unlock_key(report.previous, NEW_PASSPHRASE))
    try:
        assert names(kept) == ["Marie Dubois", "Léa Martin"]
    finally:
        kept.dispose()


# the command line ----------------------------------------------------------------------------------------------
class Terminal:
    """Stands in for the keyboard: ``getpass`` answers in turn, and records its prompts."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.answers: list[str] = []
        self.prompts: list[str] = []
        monkeypatch.setattr(sys, "stdin", _TtyInput())
        monkeypatch.setattr(getpass, "getpass", self._getpass)

    def _getpass(self, prompt: str = "Password: ", stream: object = None) -> str:
        self.prompts.append(prompt)
        return self.answers.pop(0)


class _TtyInput(io.StringIO):
    def isatty(self) -> bool:
        return True


def run(*argv: str, capsys: pytest.CaptureFixture[str], clock: FixedClock) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv), clock=clock)
    out, err = capsys.readouterr()
    return code, out, err


def count_cases(url: str, passphrase_text: str) -> int:
    db = unlock_database(url, passphrase_text)
    try:
        with db.transaction() as session:
            return int(session.scalar(select(func.count()).select_from(CaseRow)) or 0)
    finally:
        db.dispose()


def test_the_command_line_creates_and_opens_an_encrypted_database_with_the_environment_passphrase(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], clock: FixedClock
) -> None:
    """The real key derivation parameters, end to end: a new database is created with them."""
    path = tmp_path / "cli.sqlite3"
    monkeypatch.setenv("LAZEO_DESK_PASSPHRASE", NEW_PASSPHRASE)
    assert run("--db", str(path), "seed", "--cases", "2", capsys=capsys, clock=clock)[0] == 0
    params = encryption.read_key_params(encryption.sidecar_path(path))
    assert params is not None and params.kdf == encryption.DEFAULT_KDF
    monkeypatch.setenv("LAZEO_DESK_PASSPHRASE", NEW_PASSPHRASE)
    code, out, err = run("--db", str(path), "case", "list", "--json", capsys=capsys, clock=clock)
    assert (code, err) == (0, "")
    assert len(json.loads(out)) == 2
    assert encryption.file_kind(path) is encryption.FileKind.ENCRYPTED


def test_the_command_line_says_wrong_passphrase_in_one_line_and_changes_nothing(
    closed_db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], clock: FixedClock
) -> None:
    path = Path(closed_db.removeprefix("sqlite:///"))
    before = snapshot(path.parent)
    for _ in range(3):
        monkeypatch.setenv("LAZEO_DESK_PASSPHRASE", "correct horse battery stapler")
        code, out, err = run("--db", str(path), "case", "list", capsys=capsys, clock=clock)
        assert (code, out) == (1, "")
        assert err == "lazeo-desk: Wrong passphrase: the database was not opened, nothing was changed.\n"
    assert snapshot(path.parent) == before


def test_the_passphrase_variable_is_not_passed_on_to_the_programs_the_command_line_starts(
    closed_db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], clock: FixedClock,
    db_passphrase: str,
) -> None:
    monkeypatch.setenv("LAZEO_DESK_PASSPHRASE", db_passphrase)
    assert run("--db", closed_db.removeprefix("sqlite:///"), "case", "list", capsys=capsys, clock=clock)[0] == 0
    assert "LAZEO_DESK_PASSPHRASE" not in os.environ


def test_the_command_line_asks_on_the_terminal_and_allows_three_tries(
    closed_db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], clock: FixedClock,
    db_passphrase: str,
) -> None:
    path = Path(closed_db.removeprefix("sqlite:///"))
    terminal = Terminal(monkeypatch)
    terminal.answers = ["wrong passphrase one", "wrong passphrase two", db_passphrase]
    code, out, err = run("--db", str(path), "case", "list", capsys=capsys, clock=clock)
    assert code == 0 and "Marie Dubois" in out
    assert terminal.prompts == [f"Passphrase for {path}: "] * 3
    assert err.count("Wrong passphrase") == 2
    terminal.answers = ["wrong passphrase"] * 3
    code, _out, err = run("--db", str(path), "case", "list", capsys=capsys, clock=clock)
    assert code == 1
    assert err.endswith("lazeo-desk: Wrong passphrase: the database was not opened, nothing was changed.\n")


def test_a_new_database_on_the_terminal_takes_the_passphrase_typed_twice_alike(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], clock: FixedClock,
    fast_kdf: KdfParams,
) -> None:
    monkeypatch.setattr(encryption, "DEFAULT_KDF", fast_kdf)
    path = tmp_path / "typed.sqlite3"
    terminal = Terminal(monkeypatch)
    terminal.answers = ["short", NEW_PASSPHRASE, "the quick brown fox jumped", NEW_PASSPHRASE, NEW_PASSPHRASE]
    code, _out, err = run("--db", str(path), "seed", "--cases", "1", capsys=capsys, clock=clock)
    assert code == 0, err
    assert "The passphrase must be at least 12 characters" in err and "The two passphrases differ." in err
    assert count_cases(f"sqlite:///{path}", NEW_PASSPHRASE) == 1


def test_without_a_terminal_or_the_environment_variable_the_command_line_says_how(
    closed_db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], clock: FixedClock
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code, out, err = run("--db", closed_db.removeprefix("sqlite:///"), "case", "list", capsys=capsys, clock=clock)
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and "LAZEO_DESK_PASSPHRASE" in err and "--plain" in err


@pytest.mark.sqlite_only  # a plain SQLite file
def test_a_plain_database_opened_without_plain_gives_one_line(
    db: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], clock: FixedClock
) -> None:
    db.dispose()
    monkeypatch.setenv("LAZEO_DESK_PASSPHRASE", NEW_PASSPHRASE)
    code, out, err = run("--db", str(file_of(db)), "case", "list", capsys=capsys, clock=clock)
    assert (code, out) == (1, "")
    assert err.startswith("lazeo-desk: This database is not encrypted") and err.count("\n") == 1
    assert run("--plain", "--db", str(file_of(db)), "case", "list", capsys=capsys, clock=clock)[0] == 0
    monkeypatch.setenv("LAZEO_DESK_PLAIN", "1")
    assert run("--db", str(file_of(db)), "case", "list", capsys=capsys, clock=clock)[0] == 0


def test_an_encrypted_database_opened_with_plain_gives_one_line(
    closed_db: str, capsys: pytest.CaptureFixture[str], clock: FixedClock
) -> None:
    code, out, err = run("--plain", "--db", closed_db.removeprefix("sqlite:///"), "case", "list",
                         capsys=capsys, clock=clock)
    assert (code, out) == (1, "")
    assert err.startswith("lazeo-desk: This database is encrypted") and err.count("\n") == 1


def test_plain_creates_an_unencrypted_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], clock: FixedClock
) -> None:
    path = tmp_path / "demo.sqlite3"
    assert run("--plain", "--db", str(path), "seed", "--cases", "1", capsys=capsys, clock=clock)[0] == 0
    assert encryption.file_kind(path) is encryption.FileKind.PLAIN
    assert not encryption.sidecar_path(path).exists()


def test_the_command_line_backs_up_an_encrypted_database_with_its_parameters(
    closed_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    clock: FixedClock, db_passphrase: str,
) -> None:
    monkeypatch.setenv("LAZEO_DESK_PASSPHRASE", db_passphrase)
    target = tmp_path / "saved.sqlite3"
    code, out, err = run("--db", closed_db.removeprefix("sqlite:///"), "backup", str(target),
                         capsys=capsys, clock=clock)
    assert (code, err) == (0, "") and "(1 case)" in out
    assert encryption.file_kind(target) is encryption.FileKind.ENCRYPTED
    assert count_cases(f"sqlite:///{target}", db_passphrase) == 1


def test_a_database_on_a_server_asks_for_no_passphrase_and_is_neither_plain_nor_encrypted() -> None:
    assert protection("postgresql+psycopg://lazeo@/lazeo?host=/run/postgresql") is Protection.SERVER
    assert protection("postgresql+psycopg://lazeo:secret@db.lazeo.example/lazeo") is Protection.SERVER


def test_a_database_on_a_server_opens_as_it_is_and_is_said_to_be_on_the_server(db: Database) -> None:
    if not db.on_server:
        assert protection(db.url) is Protection.PLAIN
        return
    opened = open_server_database(db.url)
    try:
        assert (opened.on_server, opened.encrypted, opened.anchor_file) == (True, False, None)
        assert opened.location.startswith("postgresql+psycopg://") and "%2F" not in opened.location
    finally:
        opened.dispose()
