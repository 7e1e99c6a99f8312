"""Encryption at rest: nothing readable on disk, keys from passphrases, explicit plain, backups that stay encrypted."""

from __future__ import annotations

import base64
import json
import logging
import os
import random
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.rights import Right
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.maintenance import run_check
from lazeo_desk.services.passphrase import unlock_key
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store import encryption
from lazeo_desk.store.backup import backup, daily_backup, database_owner, restore, verify_backup
from lazeo_desk.store.cases import load_row
from lazeo_desk.store.database import Database, StoreError, WrongKey
from lazeo_desk.store.documents import DocumentKind, add_document
from lazeo_desk.store.encryption import FileKind, KdfParams, KeyFileError, KeyParams
from lazeo_desk.store.models import CaseRow

# Encryption at rest is SQLCipher's, of the SQLite file (a server keeps its own storage).
pytestmark = pytest.mark.sqlite_only

PROJECT = Path(__file__).resolve().parents[2]
PATIENT = "Ëlodie Vercammen"
# What a scan of a passport would carry in clear: the name again, as bytes in a document.
SCAN = f"%PDF-1.4 passport of {PATIENT} born 1980-01-02 ".encode() * 200


def patient_case(name: str = PATIENT) -> Case:
    return Case(
        jurisdiction=Jurisdiction.BE, language=Language.NL, channel=Channel.EMAIL, received=date(2026, 3, 5),
        rights=(Right.ACCESS,), subject=DataSubject(name, email="elodie@example.be"),
        request_text=f"Ik, {name}, vraag inzage in mijn dossier.",
    )


def seed_patient(db: Database, clock: FixedClock) -> str:
    reference = CaseService(Workplace(db, clock)).open_case(patient_case())
    with db.transaction() as session:
        add_document(
            session, load_row(session, reference).id, kind=DocumentKind.SCAN, filename=f"{PATIENT}.pdf",
            media_type="application/pdf", content=SCAN, now=clock.now(),
        )
    return reference


def file_of(db: Database) -> Path:
    return Path(db.url.removeprefix("sqlite:///"))


def readable_in(path: Path, text: str) -> bool:
    """Whether ``text`` can be read in the file's bytes, as ``strings`` would find it (UTF-8 or UTF-16)."""
    content = path.read_bytes()
    surname = text.split()[-1]
    return any(needle in content for needle in (surname.encode(), surname.encode("utf-16-le")))


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir()) if p.is_file()}


# nothing readable on disk -------------------------------------------------------------------------------------
def test_the_database_its_log_and_its_parameters_file_show_no_patient_name(
    encrypted_db: Database, clock: FixedClock
) -> None:
    seed_patient(encrypted_db, clock)
    path = file_of(encrypted_db)
    wal = path.with_name(path.name + "-wal")
    # While the database is open its latest writes sit in the log: the log is checked before it is folded in.
    assert wal.stat().st_size > 0
    for companion in (path, wal, encryption.sidecar_path(path)):
        assert not readable_in(companion, PATIENT), companion.name
    encrypted_db.dispose()
    assert not readable_in(path, PATIENT)
    assert not path.read_bytes().startswith(b"SQLite format 3")


def test_the_same_scan_finds_the_name_in_a_plain_database(db: Database, clock: FixedClock) -> None:
    seed_patient(db, clock)
    db.dispose()
    assert readable_in(file_of(db), PATIENT)


def test_the_parameters_file_is_private_and_holds_no_key(encrypted_db: Database, db_passphrase: str) -> None:
    sidecar = encryption.sidecar_path(file_of(encrypted_db))
    assert stat.S_IMODE(sidecar.stat().st_mode) == 0o600
    text = sidecar.read_text(encoding="utf-8")
    key = encrypted_db.key
    assert key is not None
    assert key.hex() not in text and db_passphrase not in text
    assert set(json.loads(text)) == {
        "format", "kdf", "time_cost", "memory_cost_kib", "parallelism", "salt", "key_check", "cipher"
    }


def test_temporary_files_of_an_encrypted_database_are_kept_in_memory(encrypted_db: Database) -> None:
    with encrypted_db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA temp_store").scalar_one() == 2  # MEMORY


def test_the_key_reaches_neither_the_sql_log_nor_an_error_message(
    tmp_path: Path, fast_kdf: KdfParams, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    caplog.set_level(logging.DEBUG, logger="sqlalchemy")
    key, params = encryption.new_key("correct horse battery staple", fast_kdf)
    path = tmp_path / "logged.sqlite3"
    encryption.write_key_params(encryption.sidecar_path(path), params)
    url = f"sqlite:///{path}"
    Database(url, key=key).dispose()
    with pytest.raises(WrongKey) as wrong:
        Database(url, key=bytes(32))
    assert "BEGIN" in caplog.text  # the log does record statements
    assert key.hex() not in caplog.text and key.hex().upper() not in caplog.text
    assert bytes(32).hex() not in str(wrong.value) and "\n" not in str(wrong.value)
    # SQLCipher's own report of an undecryptable page does not reach the terminal either.
    assert capfd.readouterr().err == ""


# explicit plain, explicit encrypted -----------------------------------------------------------------------------
def test_a_database_is_opened_either_with_a_key_or_explicitly_plain(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'choice.sqlite3'}"
    with pytest.raises(TypeError):
        Database(url)
    with pytest.raises(TypeError):
        Database(url, key=bytes(32), plain=True)
    assert not (tmp_path / "choice.sqlite3").exists()


def test_an_encrypted_database_does_not_open_as_plain_and_is_left_alone(encrypted_db: Database) -> None:
    encrypted_db.dispose()
    before = snapshot(file_of(encrypted_db).parent)
    with pytest.raises(StoreError, match="This database is encrypted: it opens with its passphrase"):
        Database(encrypted_db.url, plain=True)
    assert snapshot(file_of(encrypted_db).parent) == before


def test_a_plain_database_does_not_open_with_a_key(db: Database) -> None:
    db.dispose()
    with pytest.raises(StoreError, match="This database is not encrypted"):
        Database(db.url, key=bytes(32))


def test_the_window_can_tell_an_encrypted_database_from_a_plain_one(encrypted_db: Database, db: Database) -> None:
    assert (encrypted_db.encrypted, db.encrypted) == (True, False)
    assert db.key is None


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (b"", FileKind.ABSENT),
        (b"SQLite format 3\x00" + bytes(4080), FileKind.PLAIN),
        (os.urandom(8192), FileKind.ENCRYPTED),
        (b"%PDF-1.7\n" + bytes(300), FileKind.OTHER),
    ],
    ids=["empty", "plain", "encrypted", "pdf"],
)
def test_the_kind_of_a_file_is_told_from_its_first_bytes(tmp_path: Path, content: bytes, kind: FileKind) -> None:
    path = tmp_path / "some.sqlite3"
    path.write_bytes(content)
    assert encryption.file_kind(path) is kind


def test_a_missing_file_is_a_database_still_to_create(tmp_path: Path) -> None:
    assert encryption.file_kind(tmp_path / "none.sqlite3") is FileKind.ABSENT


# keys -------------------------------------------------------------------------------------------------------
def test_a_key_depends_on_the_passphrase_the_salt_and_the_parameters(fast_kdf: KdfParams) -> None:
    salt = bytes(range(16))
    key = encryption.derive_key("correct horse battery staple", salt, fast_kdf)
    assert len(key) == 32
    assert encryption.derive_key("correct horse battery staple", salt, fast_kdf) == key
    others = {
        encryption.derive_key("correct horse battery stapler", salt, fast_kdf),
        encryption.derive_key("correct horse battery staple", bytes(16), fast_kdf),
        encryption.derive_key("correct horse battery staple", salt, KdfParams(2, 64, 1)),
    }
    assert key not in others and len(others) == 3


def test_a_passphrase_typed_composed_or_decomposed_gives_the_same_key(fast_kdf: KdfParams) -> None:
    salt = bytes(16)
    composed = encryption.derive_key("Éléonore à Liège", salt, fast_kdf)
    assert encryption.derive_key("E\u0301le\u0301onore a\u0300 Lie\u0300ge", salt, fast_kdf) == composed


def test_the_check_value_recognises_only_its_own_key(fast_kdf: KdfParams) -> None:
    key, params = encryption.new_key("correct horse battery staple", fast_kdf)
    assert params.matches(key)
    assert not params.matches(bytes(32))
    assert KeyParams.from_json(params.to_json()) == params


def test_two_new_keys_for_the_same_passphrase_differ_by_their_salt(fast_kdf: KdfParams) -> None:
    first, first_params = encryption.new_key("correct horse battery staple", fast_kdf)
    second, second_params = encryption.new_key("correct horse battery staple", fast_kdf)
    assert first != second and first_params.salt != second_params.salt


def test_the_real_parameters_take_about_half_a_second_of_work() -> None:
    """Tested once with the real cost: the parameters are the ones written into new parameters files."""
    kdf = encryption.DEFAULT_KDF
    assert (kdf.time_cost, kdf.memory_cost, kdf.parallelism) == (4, 256 * 1024, 2)
    key, params = encryption.new_key("correct horse battery staple")
    assert params.kdf == kdf and params.matches(key)
    assert encryption.derive_key("correct horse battery staple", params.salt, params.kdf) == key


def _params_json(**changes: object) -> str:
    data: dict[str, object] = {
        "format": 1, "kdf": "argon2id", "time_cost": 1, "memory_cost_kib": 64, "parallelism": 1,
        "salt": "AAAAAAAAAAAAAAAAAAAAAA==", "key_check": "0" * 64, "cipher": "sqlcipher4-raw-key",
    }
    data.update(changes)
    return json.dumps({k: v for k, v in data.items() if v is not None})


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("{not json", "damaged"),
        (_params_json(format=7), "known format"),
        (_params_json(kdf="pbkdf2"), "known format"),
        (_params_json(salt="@@@"), "damaged"),
        (_params_json(salt="AAAA"), "wrong size"),
        (_params_json(key_check=None), "damaged"),
        # A hostile file must not make the program reserve a terabyte before saying "wrong passphrase".
        (_params_json(memory_cost_kib=2**40), "memory_cost_kib is 1099511627776, not between 8 and 1048576"),
        (_params_json(time_cost=0), "time_cost is 0"),
        (_params_json(time_cost=1).replace('"time_cost": 1', '"time_cost": 1e400'), "damaged"),
        # The attack found: 64 passes over 4 GiB took minutes and gigabytes before the passphrase was judged.
        (_params_json(time_cost=64, memory_cost_kib=4 * 1024 * 1024), "costs are refused"),
        (_params_json(time_cost=11), "time_cost is 11, not between 1 and 10"),
        (_params_json(memory_cost_kib=1024 * 1024 + 1), "memory_cost_kib is 1048577"),
        (_params_json(parallelism=9, memory_cost_kib=1024), "parallelism is 9, not between 1 and 8"),
        (_params_json(salt="A" * 400), "wrong size"),
        (_params_json(salt=base64.b64encode(bytes(65)).decode()), "wrong size"),
        (_params_json(cipher="x" * 5000), "too large"),
    ],
    ids=[
        "not-json", "format", "kdf", "salt-not-base64", "short-salt", "no-check", "huge-memory", "no-pass",
        "infinite-passes", "attack-64-passes-4-gib", "eleven-passes", "over-1-gib", "nine-lanes", "huge-salt-text",
        "65-byte-salt", "huge-file",
    ],
)
def test_a_damaged_parameters_file_is_named_and_refused(tmp_path: Path, text: str, reason: str) -> None:
    path = tmp_path / "cases.sqlite3.keyparams"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(KeyFileError, match=reason) as refused:
        encryption.read_key_params(path)
    assert str(refused.value).startswith("cases.sqlite3.keyparams: ")


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=6),
    max_leaves=12,
)


@given(st.text(max_size=300) | _JSON_VALUES.map(json.dumps))
def test_any_parameters_file_content_is_read_or_refused_with_a_key_file_error(text: str) -> None:
    try:
        params = KeyParams.from_json(text)
    except KeyFileError:
        return
    assert len(params.salt) >= encryption.SALT_BYTES and len(params.check) == 64


@given(st.dictionaries(
    st.sampled_from(["format", "kdf", "time_cost", "memory_cost_kib", "parallelism", "salt", "key_check"]),
    _JSON_VALUES,
))
def test_a_parameters_file_with_any_field_values_is_read_or_refused_with_a_key_file_error(
    fields: dict[str, object],
) -> None:
    data: dict[str, object] = {"format": 1, "kdf": "argon2id", **fields}
    try:
        params = KeyParams.from_json(json.dumps(data))
    except KeyFileError:
        return
    # Whatever a file says, what is accepted stays within what a workstation can derive in seconds.
    assert params.kdf.memory_cost <= 1024 * 1024 and params.kdf.time_cost <= 10 and params.kdf.parallelism <= 8
    assert len(params.salt) <= encryption.MAX_SALT_BYTES


def test_a_hostile_parameters_file_is_refused_before_any_key_is_derived(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:

    database = tmp_path / "cases.sqlite3"
    database.write_bytes(bytes(4096))
    encryption.sidecar_path(database).write_text(
        _params_json(time_cost=64, memory_cost_kib=4 * 1024 * 1024), encoding="utf-8"
    )
    derived: list[object] = []
    monkeypatch.setattr(encryption, "hash_secret_raw", lambda *args: derived.append(args) or bytes(32))
    with pytest.raises(StoreError, match="time_cost is 64, not between 1 and 10"):
        unlock_key(database, "correct horse battery staple")
    assert derived == []


def test_writing_the_parameters_file_replaces_it_whole(tmp_path: Path, fast_kdf: KdfParams) -> None:
    path = tmp_path / "cases.sqlite3.keyparams"
    path.write_text("old", encoding="utf-8")
    _key, params = encryption.new_key("correct horse battery staple", fast_kdf)
    encryption.write_key_params(path, params)
    assert encryption.read_key_params(path) == params
    assert os.listdir(tmp_path) == [path.name]


# re-keying ----------------------------------------------------------------------------------------------------
def test_a_rekeyed_database_opens_with_the_new_key_only(encrypted_db: Database, clock: FixedClock) -> None:
    reference = seed_patient(encrypted_db, clock)
    old = encrypted_db.key
    assert old is not None
    new = os.urandom(32)
    encrypted_db.rekey(new)
    assert encrypted_db.has_key(new) and not encrypted_db.has_key(old)
    with encrypted_db.transaction() as session:  # the open database goes on working
        assert load_row(session, reference).subject_name == PATIENT
    encrypted_db.dispose()
    path = file_of(encrypted_db)
    assert encryption.key_opens(path, new) and not encryption.key_opens(path, old)


def test_a_rekey_while_another_program_has_the_database_open_changes_nothing(encrypted_db: Database) -> None:
    old = encrypted_db.key
    assert old is not None
    path = file_of(encrypted_db)
    other = encryption.connect(encryption.sqlcipher(), str(path), key=old)
    try:
        other.execute("SELECT count(*) FROM cases").fetchone()
        with pytest.raises(StoreError, match="open in another window or program"):
            encrypted_db.rekey(os.urandom(32))
    finally:
        other.close()
    assert encrypted_db.has_key(old) and encryption.key_opens(path, old)


_REKEYER = """
import sys
from lazeo_desk.store import encryption
connection = encryption.connect(encryption.sqlcipher(), sys.argv[1], key=bytes(32), isolation_level=None)
connection.execute("PRAGMA journal_mode=DELETE").fetchone()
print("rekeying", flush=True)
encryption.rekey(connection, bytes([1]) * 32)
print("done", flush=True)
"""


@pytest.fixture(scope="module")
def large_encrypted_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A few megabytes under the all-zero key, so that re-keying lasts long enough to be interrupted."""
    path = tmp_path_factory.mktemp("rekey") / "large.sqlite3"
    connection = encryption.connect(encryption.sqlcipher(), str(path), key=bytes(32), isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("CREATE TABLE scans (content BLOB)")
    with connection:
        connection.executemany("INSERT INTO scans VALUES (?)", ((os.urandom(4000),) for _ in range(1500)))
    connection.close()
    return path


def test_a_rekey_killed_at_any_moment_leaves_the_database_under_exactly_one_key(
    large_encrypted_file: Path, tmp_path: Path
) -> None:
    seed = random.randrange(1_000_000)
    chooser = random.Random(seed)
    environment = {**os.environ, "PYTHONPATH": str(PROJECT)}
    old, new = bytes(32), bytes([1]) * 32
    for run in range(6):
        path = tmp_path / f"run-{run}.sqlite3"
        shutil.copyfile(large_encrypted_file, path)
        with subprocess.Popen(
            [sys.executable, "-c", _REKEYER, str(path)], stdout=subprocess.PIPE, text=True, env=environment
        ) as rekeyer:
            assert rekeyer.stdout is not None
            assert rekeyer.stdout.readline() == "rekeying\n"
            # No sleep: the kill lands after a random amount of the parent's own work on the copy.
            for _ in range(chooser.randint(0, 40)):
                encryption.key_opens(large_encrypted_file, old)
            os.kill(rekeyer.pid, signal.SIGKILL)
        opening = [key for key in (new, old) if encryption.key_opens(path, key)]
        assert len(opening) == 1, f"seed {seed}, run {run}"
        connection = encryption.connect(encryption.sqlcipher(), str(path), key=opening[0])
        try:
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok", f"seed {seed}"
            assert connection.execute("SELECT count(*) FROM scans").fetchone()[0] == 1500
        finally:
            connection.close()


# backup, restore, check --------------------------------------------------------------------------------------
def test_a_backup_of_an_encrypted_database_is_encrypted_with_the_same_key(
    encrypted_db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    seed_patient(encrypted_db, clock)
    folder = tmp_path / "backups"
    folder.mkdir()
    report = backup(encrypted_db, folder / "monday.sqlite3")
    assert report.cases == 1
    assert sorted(os.listdir(folder)) == ["monday.sqlite3", "monday.sqlite3.anchor", "monday.sqlite3.keyparams"]
    assert not readable_in(report.path, PATIENT)
    assert encryption.sidecar_path(report.path).read_bytes() == (
        encryption.sidecar_path(file_of(encrypted_db)).read_bytes()
    )
    assert stat.S_IMODE(report.path.stat().st_mode) == 0o600
    key = encrypted_db.key
    assert key is not None
    assert verify_backup(report.path, key=key).ok
    assert not verify_backup(report.path).ok  # without its key it is not readable at all
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(report.path).execute("SELECT count(*) FROM cases").fetchone()


def test_an_encrypted_backup_restored_opens_with_its_key_and_the_previous_database_is_kept_whole(
    encrypted_db: Database, clock: FixedClock, tmp_path: Path, db_passphrase: str
) -> None:
    reference = seed_patient(encrypted_db, clock)
    saved = backup(encrypted_db, tmp_path / "saved.sqlite3").path
    CaseService(Workplace(encrypted_db, clock)).open_case(patient_case("Bram Maes"))
    key = encrypted_db.key
    assert key is not None
    encrypted_db.dispose()
    report = restore(encrypted_db.url, saved, key=key, current_key=key, now=datetime(2026, 3, 10, 9, 30))
    path = file_of(encrypted_db)
    assert report.previous is not None
    # The database kept aside takes its parameters file along, so it still opens with the passphrase.
    assert unlock_key(report.previous, db_passphrase) == key
    assert unlock_key(path, db_passphrase) == key
    restored = Database(encrypted_db.url, key=key)
    try:
        with restored.transaction() as session:
            assert [r.reference for r in session.scalars(select(CaseRow))] == [reference]
        assert run_check(restored).ok
    finally:
        restored.dispose()


def test_an_encrypted_backup_is_not_restored_with_a_wrong_key_and_nothing_changes(
    encrypted_db: Database, tmp_path: Path
) -> None:
    saved = backup(encrypted_db, tmp_path / "saved.sqlite3").path
    encrypted_db.dispose()
    before = snapshot(tmp_path)
    with pytest.raises(StoreError, match="does not belong to this backup"):
        restore(encrypted_db.url, saved, key=os.urandom(32))
    with pytest.raises(StoreError, match="is an encrypted backup"):
        restore(encrypted_db.url, saved)
    assert snapshot(tmp_path) == before


def test_an_encrypted_backup_without_its_parameters_file_is_refused(
    encrypted_db: Database, tmp_path: Path
) -> None:
    saved = backup(encrypted_db, tmp_path / "saved.sqlite3").path
    encryption.sidecar_path(saved).unlink()
    key = encrypted_db.key
    encrypted_db.dispose()
    with pytest.raises(StoreError, match="saved.sqlite3.keyparams of this backup is missing"):
        restore(encrypted_db.url, saved, key=key)


def test_the_daily_rotation_removes_old_backups_with_their_parameters_files(
    encrypted_db: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "daily"
    for day in (date(2026, 3, 8), date(2026, 3, 9), date(2026, 3, 10)):
        daily_backup(encrypted_db, folder, keep=2, today=day)
    owner = database_owner(encrypted_db)
    assert sorted(os.listdir(folder)) == [
        f"lazeo-desk-{owner}-2026-03-09.sqlite3", f"lazeo-desk-{owner}-2026-03-09.sqlite3.keyparams",
        f"lazeo-desk-{owner}-2026-03-10.sqlite3", f"lazeo-desk-{owner}-2026-03-10.sqlite3.keyparams",
    ]


def test_the_check_of_a_sound_encrypted_database_finds_nothing(encrypted_db: Database, clock: FixedClock) -> None:
    seed_patient(encrypted_db, clock)
    result = run_check(encrypted_db)
    assert result.ok, result.lines


def test_the_check_names_a_page_altered_on_disk(encrypted_db: Database, clock: FixedClock) -> None:
    for number in range(20):
        CaseService(Workplace(encrypted_db, clock)).open_case(patient_case(f"Patient {number}"))
    key = encrypted_db.key
    assert key is not None
    encrypted_db.dispose()
    path = file_of(encrypted_db)
    pages = path.stat().st_size // 4096
    with open(path, "r+b") as handle:
        handle.seek((pages - 2) * 4096 + 100)
        handle.write(b"\x00\x01\x02\x03")
    damaged = Database(encrypted_db.url, key=key, migrate=False)
    try:
        result = run_check(damaged)
    finally:
        damaged.dispose()
    assert not result.ok
    assert any(f"HMAC verification failed for page {pages - 1}" in line for line in result.lines), result.lines


def test_compacting_an_encrypted_database_keeps_it_encrypted(encrypted_db: Database, clock: FixedClock) -> None:
    from lazeo_desk.services.purge import PurgeService

    seed_patient(encrypted_db, clock)
    PurgeService(Workplace(encrypted_db, clock)).compact()
    path = file_of(encrypted_db)
    assert not readable_in(path, PATIENT)
    assert run_check(encrypted_db).ok
