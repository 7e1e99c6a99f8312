"""A passphrase given in LAZEO_DESK_PASSPHRASE is gone from the process's environment for real: the program
starts again without it (it could otherwise be read in /proc/<pid>/environ for the life of the process) and
receives it through a pipe; the programs it starts never see it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lazeo_desk.services.passphrase import create_database
from lazeo_desk.store.encryption import KdfParams

PROJECT = Path(__file__).resolve().parents[2]
SECRET = "correct horse battery staple"

# Runs the command line as a program (main() without arguments), then reports what its own environment and
# that of a program it starts hold.
_PROGRAM = """
import subprocess, sys
from lazeo_desk.cli import main
code = main()
own = open("/proc/self/environ", "rb").read()
child = subprocess.run(["cat", "/proc/self/environ"], capture_output=True).stdout
print("REPORT", repr(own), repr(child), flush=True)
sys.exit(code)
"""

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


@pytest.fixture
def database(tmp_path: Path, fast_kdf: KdfParams) -> Path:
    path = tmp_path / "desk.sqlite3"
    create_database(f"sqlite:///{path}", SECRET, kdf=fast_kdf).dispose()
    return path


def _environment(**extra: str) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(PROJECT), **extra}


def test_the_program_and_what_it_starts_hold_no_passphrase_in_their_environment(database: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _PROGRAM, "--db", str(database), "case", "list", "--json"],
        capture_output=True, text=True, env=_environment(LAZEO_DESK_PASSPHRASE=SECRET), timeout=120, check=False,
    )
    assert done.returncode == 0, done.stderr
    listing, report = done.stdout.split("REPORT ")
    assert json.loads(listing) == []
    variables = [entry for entry in report.split("\\x00") if SECRET in entry or "LAZEO_DESK_PASSPHRASE=" in entry]
    assert variables == []
    assert SECRET not in done.stderr


def test_while_the_program_runs_its_environment_holds_no_passphrase(database: Path) -> None:
    # ``case add --json -`` waits for its standard input: the environment is read from outside meanwhile.
    running = subprocess.Popen(
        [sys.executable, "-m", "lazeo_desk", "--db", str(database), "case", "add", "--json", "-"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=_environment(LAZEO_DESK_PASSPHRASE=SECRET),
    )
    try:
        environ = Path(f"/proc/{running.pid}/environ")
        deadline = time.monotonic() + 60
        while b"LAZEO_DESK_PASSPHRASE_FD=" not in environ.read_bytes():
            assert time.monotonic() < deadline, "the program did not start again"
            time.sleep(0.05)
        seen = environ.read_bytes()
        assert SECRET.encode() not in seen and b"LAZEO_DESK_PASSPHRASE=" not in seen
        out, err = running.communicate(json.dumps({
            "jurisdiction": "BE", "language": "nl", "channel": "post", "received": "2026-03-05",
            "rights": ["access"], "subject": {"name": "Ëlodie Vercammen"},
        }), timeout=120)
    finally:
        if running.poll() is None:
            running.kill()
            running.communicate()
    # The passphrase, read from the pipe, opened the database.
    assert running.returncode == 0, err
    assert out.startswith("DSAR-")


def test_a_wrong_passphrase_handed_over_is_still_one_line(database: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "lazeo_desk", "--db", str(database), "case", "list"],
        capture_output=True, text=True, env=_environment(LAZEO_DESK_PASSPHRASE="not the right passphrase"),
        timeout=120, check=False,
    )
    assert done.returncode == 1
    assert done.stderr == "lazeo-desk: Wrong passphrase: the database was not opened, nothing was changed.\n"
