"""A crash, a full disk or a read-only file loses at most the action in flight, and says so clearly."""

from __future__ import annotations

import io
import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import event, func, select

from lazeo_desk.cli import main
from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.maintenance import check
from lazeo_desk.services.passphrase import (
    Protection,
    WrongPassphrase,
    create_database,
    protection,
    unlock_database,
)
from lazeo_desk.services.seeding import seed_cases
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store import restore_journal
from lazeo_desk.store.backup import backup as backup_of
from lazeo_desk.store.backup import verify_backup
from lazeo_desk.store.database import Database, StoreError
from lazeo_desk.store.encryption import KdfParams
from lazeo_desk.store.models import AuditRow, CaseRow

PROJECT = Path(__file__).resolve().parents[2]
PARIS = ZoneInfo("Europe/Paris")
KILLS = 40

# A launcher imports the program once, then forks one writer per run (a run would otherwise spend most of its
# time importing). Each writer opens cases one per transaction and moves each on, printing after every commit;
# the test kills it at a random moment with SIGKILL.
_LAUNCHER = """
import os, random, sys
from datetime import date, timedelta
from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language
from lazeo_desk.domain.clock import SystemClock
from lazeo_desk.domain.deadlines import compute_deadline
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store.database import Database

def write(url, run):
    print("started", os.getpid(), flush=True)
    service = CaseService(Workplace(Database(url, migrate=False, plain=True), SystemClock(), f"run {run}"))
    sizes = random.Random(run)
    for number in range(10_000):
        # Requests of very different sizes, so that kills land in every phase: WAL writes, syncs, checkpoints.
        text = "Demande d'acc\u00e8s. " * sizes.choice((1, 50, 2_000, 20_000))
        reference = service.open_case(Case(
            jurisdiction=Jurisdiction.FR, language=Language.FR, channel=Channel.POST,
            received=date.today() - timedelta(days=1), rights=(Right.ACCESS,), request_text=text,
            subject=DataSubject(f"Patient {run}-{number}"),
        ))
        print("opened", reference, flush=True)
        service.change_status(reference, Status.IN_PROGRESS)
        print("moved", reference, flush=True)

# Holiday calendars are built on first use: build them once here, not in every writer.
compute_deadline(received=date.today(), jurisdiction=Jurisdiction.FR)
print("ready", flush=True)
for line in sys.stdin:
    pid = os.fork()
    if pid == 0:
        try:
            write(sys.argv[1], int(line))
        finally:
            os._exit(0)
    os.waitpid(pid, 0)
    print("ended", pid, flush=True)
"""


def _kill_writers(url: str, kills: int, seed: int) -> tuple[set[str], set[str]]:
    """Run ``kills`` writers, each killed after a random number of reports; returns what they said they
    opened and moved."""
    chooser = random.Random(seed)
    opened: set[str] = set()
    moved: set[str] = set()
    environment = {**os.environ, "PYTHONPATH": str(PROJECT)}
    with subprocess.Popen(
        [sys.executable, "-c", _LAUNCHER, url], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        env=environment,
    ) as launcher:
        assert launcher.stdin is not None and launcher.stdout is not None
        assert launcher.stdout.readline() == "ready\n"
        for run in range(kills):
            launcher.stdin.write(f"{run}\n")
            launcher.stdin.flush()
            started, pid = launcher.stdout.readline().split()
            assert started == "started"
            lines = [launcher.stdout.readline() for _ in range(chooser.randint(0, 8))]
            os.kill(int(pid), signal.SIGKILL)
            # Whatever it printed before dying was committed before it was printed.
            while not (line := launcher.stdout.readline()).startswith("ended"):
                lines.append(line)
            for what, reference in (line.split() for line in lines):
                (opened if what == "opened" else moved).add(reference)
        launcher.stdin.close()
    assert launcher.returncode == 0
    return opened, moved


def test_killing_a_writer_at_random_moments_loses_nothing_it_reported(db: Database) -> None:
    seed = random.randrange(1_000_000)
    url = db.url
    db.dispose()
    opened, moved = _kill_writers(url, KILLS, seed)
    reopened = Database(url, plain=True)
    try:
        assert check(reopened) == [], f"seed {seed}"
        with reopened.transaction() as session:
            rows = {r.reference: r.status for r in session.scalars(select(CaseRow))}
            audited = set(session.scalars(select(AuditRow.reference).where(AuditRow.action == "opened")))
    finally:
        reopened.dispose()
    assert opened <= set(rows), f"seed {seed}: reported cases are missing"
    assert all(rows[r] == Status.IN_PROGRESS.value for r in moved), f"seed {seed}: a reported move is missing"
    assert audited == set(rows), f"seed {seed}: a case and its audit entry were not committed together"
    assert len(opened) >= KILLS // 2, f"seed {seed}: too few writes to prove anything"


# read-only and full disks -----------------------------------------------------------------------------------
def new_case(name: str = "Marie Dubois") -> Case:
    return Case(
        jurisdiction=Jurisdiction.FR, language=Language.FR, channel=Channel.EMAIL, received=date(2026, 3, 9),
        rights=(Right.ACCESS,), subject=DataSubject(name),
    )


@pytest.fixture
def read_only_url(
    db: Database, service: CaseService, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Iterator[str]:
    """The test database, with one case, opened read-only (as a file on a read-only drive or share is)."""
    service.open_case(new_case())
    path = db.url.removeprefix("sqlite:///")
    db.dispose()
    # Database() treats the URI as a file path and creates folders for it: keep them in the test's own folder.
    monkeypatch.chdir(tmp_path)
    yield f"sqlite:///file:{path}?mode=ro&uri=true"


def count_cases(db: Database) -> int:
    with db.transaction() as session:
        return int(session.scalar(select(func.count()).select_from(CaseRow)) or 0)


@pytest.mark.sqlite_only  # a read-only file
def test_a_read_only_database_says_so_and_loses_nothing(
    read_only_url: str, db: Database, clock: FixedClock
) -> None:
    read_only = Database(read_only_url, plain=True)
    service = CaseService(Workplace(read_only, clock))
    try:
        with pytest.raises(StoreError) as refused:
            service.open_case(new_case("Léa Martin"))
        assert str(refused.value) == (
            "The database is read-only: check the file's permissions or the drive. Nothing was saved."
        )
        with read_only.transaction() as session:
            reference = session.scalars(select(CaseRow.reference)).one()
        with pytest.raises(StoreError, match="read-only"):
            service.change_status(reference, Status.IN_PROGRESS)
    finally:
        read_only.dispose()
    assert count_cases(db) == 1
    assert check(db) == []


@pytest.mark.sqlite_only  # a read-only file
def test_the_command_line_reports_a_read_only_database_in_one_line(
    read_only_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps({
        "jurisdiction": "FR", "language": "fr", "channel": "post", "received": "2026-03-09",
        "rights": ["access"], "subject": {"name": "Léa Martin"},
    })))
    assert main(["--plain", "--db", read_only_url, "case", "add", "--json", "-"]) == 1
    error = capsys.readouterr().err
    assert error == (
        "lazeo-desk: The database is read-only: check the file's permissions or the drive. "
        "Nothing was saved.\n"
    )


@pytest.mark.sqlite_only  # SQLite's pages filling a disk
def test_a_full_disk_says_so_and_loses_nothing(db: Database, service: CaseService) -> None:
    reference = service.open_case(new_case())
    with db.engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar_one()
    db.dispose()

    def disk_nearly_full(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 2}")

    event.listen(db.engine, "connect", disk_nearly_full)
    try:
        case = new_case("Camille Bernard")
        case.request_text = "Pièce jointe retranscrite. " * 36_000
        with pytest.raises(StoreError) as refused:
            service.open_case(case)
        assert str(refused.value) == "The disk is full: free some space, then try again. Nothing was saved."
        service.add_note(reference, "a short note still fits")
    finally:
        event.remove(db.engine, "connect", disk_nearly_full)
        db.dispose()
    assert count_cases(db) == 1
    assert service.load(reference).case.timeline[-1].text == "a short note still fits"
    assert check(db) == []


# killed at every point of a command ---------------------------------------------------------------------------
# The launcher imports the program once and forks one run per kill point. In each run every rename, removal and
# fsync the program makes (os.replace, os.rename, os.unlink, os.fsync) and every commit is a numbered point, just
# before and just after it; the run dies with os._exit(9) at the point it was given, what it printed until then
# flushed (that much the DPO saw as done). Point 0 never dies: that run says how many points a command has.
_FAULT_LAUNCHER = """
import json, os, sys
import sqlalchemy.engine.default as default
from lazeo_desk.cli import main
# Imported once here rather than in every run: what restore, import-email and case add load on demand.
import lazeo_desk.services.cases, lazeo_desk.services.email_intake, lazeo_desk.services.passphrase
import lazeo_desk.store.backup, lazeo_desk.store.integrity, lazeo_desk.store.encryption
lazeo_desk.store.encryption.sqlcipher()

state = {"count": 0, "kill": 0}

def point():
    state["count"] += 1
    if state["count"] == state["kill"]:
        sys.stdout.flush()
        os._exit(9)

def counted(real):
    def call(*args, **kwargs):
        point()
        result = real(*args, **kwargs)
        point()
        return result
    return call

for name in ("replace", "rename"):
    setattr(os, name, counted(getattr(os, name)))
real_unlink, counted_unlink = os.unlink, counted(os.unlink)
# Removing what is not there (clearing leftovers that a sound run never leaves) changes nothing: not a point.
os.unlink = lambda path, *args, **kwargs: (
    counted_unlink if os.path.lexists(path) else real_unlink)(path, *args, **kwargs)
# A killed process loses nothing the system already holds: what the fsyncs protect against is a power cut, which
# this test does not simulate. They stay points, without their cost.
os.fsync = counted(lambda descriptor: None)
default.DefaultDialect.do_commit = counted(default.DefaultDialect.do_commit)
print("ready", flush=True)
for line in sys.stdin:
    kill, argv = json.loads(line)
    pid = os.fork()
    if pid == 0:
        state["kill"] = kill
        code = 1
        try:
            code = main(argv)
        finally:
            print("points", state["count"], flush=True)
            os._exit(code)
    os.waitpid(pid, 0)
    print("ended", flush=True)
"""


class Killer:
    """Runs the command line in forked children, each killed at a given point; returns what it printed."""

    def __init__(self, environment: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", _FAULT_LAUNCHER], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, text=True, env={**os.environ, "PYTHONPATH": str(PROJECT), **environment},
        )
        assert self.process.stdout is not None and self.process.stdout.readline() == "ready\n"

    def run(self, argv: list[str], kill: int) -> list[str]:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps([kill, argv]) + "\n")
        self.process.stdin.flush()
        lines = []
        while (line := self.process.stdout.readline()) != "ended\n":
            assert line, "the launcher died"
            lines.append(line.rstrip("\n"))
        return lines

    def points(self, argv: list[str]) -> int:
        """How many points a whole run of ``argv`` passes (it runs to the end)."""
        (last,) = [line for line in self.run(argv, 0) if line.startswith("points ")]
        return int(last.split()[1])

    def close(self) -> None:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.close()
        self.process.wait()
        self.process.stdout.close()


@pytest.fixture
def killer() -> Iterator[Callable[[dict[str, str]], Killer]]:
    made: list[Killer] = []

    def make(environment: dict[str, str]) -> Killer:
        made.append(Killer(environment))
        return made[-1]

    yield make
    for each in made:
        each.close()


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def _set_files(folder: Path, files: dict[str, bytes]) -> None:
    for path in folder.iterdir():
        if path.is_file():
            path.unlink()
    for name, content in files.items():
        (folder / name).write_bytes(content)


def _references(db: Database) -> set[str]:
    with db.transaction() as session:
        return set(session.scalars(select(CaseRow.reference)))


def _sound(url: str) -> set[str]:
    """The database opens (finishing or undoing an interrupted restore), passes check; its references."""
    reopened = Database(url, plain=True)
    try:
        assert check(reopened) == []
        return _references(reopened)
    finally:
        reopened.dispose()


def _seeded(folder: Path, cases: int, seed: int) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{folder / 'desk.sqlite3'}"
    database = Database(url, plain=True)
    try:
        seed_cases(database, cases, seed=seed, clock=FixedClock(datetime(2026, 3, 10, 9, 30, tzinfo=PARIS)))
    finally:
        database.dispose()
    return url


def test_a_backup_killed_at_any_point_leaves_the_database_whole_and_no_false_backup(
    tmp_path: Path, killer: Callable[[dict[str, str]], Killer]
) -> None:
    url = _seeded(tmp_path / "db", 4, seed=1)
    before = _sound(url)
    target = tmp_path / "saved" / "copy.sqlite3"
    target.parent.mkdir()
    run = killer({"LAZEO_DESK_PLAIN": "1"})
    argv = ["--db", url.removeprefix("sqlite:///"), "backup", str(target)]
    total = run.points(argv)
    assert total >= 6
    for kill in range(1, total + 1):
        _set_files(target.parent, {})
        said_done = any(line.startswith("backup written") for line in run.run(argv, kill))
        assert _sound(url) == before, f"point {kill}"
        if said_done:
            assert verify_backup(target).ok, f"point {kill}"
        elif target.exists():
            # A backup reported or not, what carries the backup's name is whole and checked.
            assert verify_backup(target).ok, f"point {kill}"


def test_a_restore_killed_at_any_point_leaves_the_old_or_the_restored_database_never_an_empty_one(
    tmp_path: Path, killer: Callable[[dict[str, str]], Killer]
) -> None:
    url = _seeded(tmp_path / "db", 3, seed=2)
    saved = tmp_path / "saved.sqlite3"
    database = Database(url, plain=True)
    try:
        backup_of(database, saved)
        in_backup = _references(database)
        seed_cases(database, 2, seed=3, clock=FixedClock(datetime(2026, 3, 10, 9, 30, tzinfo=PARIS)))
        current = _references(database)
    finally:
        database.dispose()
    folder = tmp_path / "db"
    initial = _files(folder)
    run = killer({"LAZEO_DESK_PLAIN": "1"})
    argv = ["--db", url.removeprefix("sqlite:///"), "restore", str(saved)]
    total = run.points(argv)
    assert total >= 8
    outcomes = set()
    for kill in range(1, total + 1):
        _set_files(folder, initial)
        said_done = any(line.startswith("restored from") for line in run.run(argv, kill))
        found = _sound(url)
        assert found in (current, in_backup), f"point {kill}: neither the old nor the restored database"
        if said_done:
            assert found == in_backup, f"point {kill}"
        if found == in_backup:
            # The database replaced is kept whole beside it.
            (aside,) = [p for p in folder.iterdir() if p.name.endswith(tuple("0123456789")) and "before" in p.name]
            assert _sound(f"sqlite:///{aside}") == current, f"point {kill}"
        assert not any(p.name.endswith(".restore-journal") for p in folder.iterdir()), f"point {kill}"
        outcomes.add(frozenset(found))
    assert outcomes == {frozenset(current), frozenset(in_backup)}


def test_an_encrypted_restore_killed_at_any_point_opens_with_the_passphrase_of_what_is_in_place(
    tmp_path: Path, killer: Callable[[dict[str, str]], Killer], fast_kdf: KdfParams
) -> None:
    folder = tmp_path / "db"
    folder.mkdir()
    url = f"sqlite:///{folder / 'desk.sqlite3'}"
    old_passphrase, backup_passphrase = "the passphrase in force", "the passphrase of the backup"
    made = create_database(url, backup_passphrase, kdf=fast_kdf)
    saved = tmp_path / "saved.sqlite3"
    try:
        seed_cases(made, 2, seed=4, clock=FixedClock(datetime(2026, 3, 10, 9, 30, tzinfo=PARIS)))
        backup_of(made, saved)
        in_backup = _references(made)
    finally:
        made.dispose()
    for name in list(os.listdir(folder)):
        (folder / name).unlink()
    made = create_database(url, old_passphrase, kdf=fast_kdf)
    try:
        seed_cases(made, 3, seed=5, clock=FixedClock(datetime(2026, 3, 10, 9, 30, tzinfo=PARIS)))
        current = _references(made)
    finally:
        made.dispose()
    initial = _files(folder)
    run = killer({"LAZEO_DESK_PASSPHRASE": backup_passphrase})
    argv = ["--db", url.removeprefix("sqlite:///"), "restore", str(saved)]
    total = run.points(argv)
    for kill in range(1, total + 1):
        _set_files(folder, initial)
        said_done = any(line.startswith("restored from") for line in run.run(argv, kill))
        try:
            opened = unlock_database(url, old_passphrase)
            expected = current
        except WrongPassphrase:
            opened = unlock_database(url, backup_passphrase)
            expected = in_backup
        try:
            assert check(opened) == [] and _references(opened) == expected, f"point {kill}"
        finally:
            opened.dispose()
        if said_done:
            assert expected == in_backup, f"point {kill}"


def test_an_encrypted_restore_to_a_new_place_killed_at_any_point_leaves_nothing_or_the_whole_backup(
    tmp_path: Path, killer: Callable[[dict[str, str]], Killer], fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = create_database(f"sqlite:///{tmp_path / 'old.sqlite3'}", "the passphrase of the backup", kdf=fast_kdf)
    saved = tmp_path / "saved.sqlite3"
    try:
        seed_cases(made, 2, seed=4, clock=FixedClock(datetime(2026, 3, 10, 9, 30, tzinfo=PARIS)))
        backup_of(made, saved)
        in_backup = _references(made)
    finally:
        made.dispose()
    folder = tmp_path / "new laptop"
    folder.mkdir()
    url = f"sqlite:///{folder / 'desk.sqlite3'}"
    run = killer({"LAZEO_DESK_PASSPHRASE": "the passphrase of the backup"})
    argv = ["--db", url.removeprefix("sqlite:///"), "restore", str(saved)]
    total = run.points(argv)
    restored_at = []
    for kill in range(1, total + 1):
        _set_files(folder, {})
        said_done = any(line.startswith("restored from") for line in run.run(argv, kill))
        # What the next start sees: this test's process stands for a program started after the kill.
        monkeypatch.setattr(restore_journal, "_RUN_STARTED", time.time())
        if protection(url) is Protection.NEW:
            assert not said_done, f"point {kill}"
            assert os.listdir(folder) == [], f"point {kill}: {os.listdir(folder)}"
            continue
        opened = unlock_database(url, "the passphrase of the backup")
        try:
            assert check(opened) == [] and _references(opened) == in_backup, f"point {kill}"
        finally:
            opened.dispose()
        restored_at.append(kill)
    assert restored_at and restored_at[-1] == total


@pytest.mark.parametrize("command", ["import-email", "case-add"])
def test_an_import_or_a_case_save_killed_at_any_point_loses_nothing_it_reported(
    tmp_path: Path, killer: Callable[[dict[str, str]], Killer], command: str
) -> None:
    url = _seeded(tmp_path / "db", 2, seed=6)
    before = _sound(url)
    folder = tmp_path / "db"
    initial = _files(folder)
    if command == "import-email":
        argv = ["--db", url.removeprefix("sqlite:///"), "import-email", str(PROJECT / "tests" / "data" / "requests"
                                                                            / "01-nl-access-gent.eml")]
    else:
        request = tmp_path / "case.json"
        request.write_text(json.dumps({
            "jurisdiction": "BE", "language": "nl", "channel": "post", "received": "2026-03-05",
            "rights": ["access"], "subject": {"name": "Ëlodie Vercammen"},
        }), encoding="utf-8")
        argv = ["--db", url.removeprefix("sqlite:///"), "case", "add", "--json", str(request)]
    run = killer({"LAZEO_DESK_PLAIN": "1"})
    total = run.points(argv)
    assert total >= 2
    for kill in range(1, total + 1):
        _set_files(folder, initial)
        printed = run.run(argv, kill)
        found = _sound(url)
        reported = {word for line in printed for word in line.split() if word.startswith("DSAR-")}
        assert before <= found, f"point {kill}: a case that was there is gone"
        assert reported <= found, f"point {kill}: a case reported as saved is missing"
        assert len(found - before) <= 1, f"point {kill}"
