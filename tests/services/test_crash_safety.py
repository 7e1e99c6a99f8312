"""A crash, a full disk or a read-only file loses at most the action in flight, and says so clearly."""

from __future__ import annotations

import io
import json
import os
import random
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select

from lazeo_desk.cli import main
from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.maintenance import check
from lazeo_desk.store.database import Database, StoreError
from lazeo_desk.store.models import AuditRow, CaseRow

PROJECT = Path(__file__).resolve().parents[2]
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
from lazeo_desk.store.database import Database

def write(url, run):
    print("started", os.getpid(), flush=True)
    service = CaseService(Database(url, migrate=False, plain=True), SystemClock(), actor=f"run {run}")
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


def test_a_read_only_database_says_so_and_loses_nothing(
    read_only_url: str, db: Database, clock: FixedClock
) -> None:
    read_only = Database(read_only_url, plain=True)
    service = CaseService(read_only, clock)
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
        case.request_text = "Pièce jointe retranscrite. " * 40_000
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
