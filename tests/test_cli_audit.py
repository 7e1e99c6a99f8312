"""The access log and the audit commands: reading, saving and backing up are entries, all signed by the one actor
the settings name; ``lazeo-desk audit`` lists the trail; ``check --anchor`` gives the head to keep on paper."""

from __future__ import annotations

import getpass
import io
import json
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from lazeo_desk.cli import main
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.organisation import DEFAULT_PROFILE
from lazeo_desk.services.actor import current_actor, login_name
from lazeo_desk.store import settings as store_settings
from lazeo_desk.store.database import Database

DPO = "Brigitte Perez"
CASE = {
    "jurisdiction": "BE", "language": "nl", "channel": "post", "received": "2026-03-05",
    "rights": ["access", "erasure"],
    "subject": {"name": "Ëlodie Vercammen", "address": ["Kerkstraat 12 bus 3", "9000 Gent", "België"]},
    "requester": {"relationship": "self"},
}


class Cli:
    """``lazeo-desk --db <file> …`` run in-process on a plain database, with what it prints."""

    def __init__(self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, clock: FixedClock,
                 db_path: Path) -> None:
        self.capsys, self.monkeypatch, self.clock, self.db_path = capsys, monkeypatch, clock, db_path
        monkeypatch.setenv("LAZEO_DESK_PLAIN", "1")

    def __call__(self, *args: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        code = main(["--db", str(self.db_path), "--create", *args], clock=self.clock)
        out, err = self.capsys.readouterr()
        return code, out, err

    def add(self, data: dict[str, object]) -> str:
        self.monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(data)))
        code, out, err = self("case", "add", "--json", "-")
        assert (code, err) == (0, "")
        return out.strip()


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, clock: FixedClock, tmp_path: Path) -> Cli:
    return Cli(capsys, monkeypatch, clock, tmp_path / "cli.sqlite3")


def name_the_dpo(path: Path, name: str = DPO) -> None:
    database = Database(f"sqlite:///{path}", plain=True)
    try:
        with database.transaction() as session:
            store_settings.set_organisation_profile(session, replace(DEFAULT_PROFILE, dpo_name=name))
    finally:
        database.dispose()


def trail(cli: Cli, *options: str) -> list[dict[str, object]]:
    code, out, _err = cli("audit", "--json", *options)
    assert code == 0
    entries = json.loads(out)
    assert isinstance(entries, list)
    return entries


def test_case_show_records_who_viewed_the_case(cli: Cli) -> None:
    reference = cli.add(CASE)
    name_the_dpo(cli.db_path)
    code, out, _err = cli("case", "show", reference)
    assert code == 0 and reference in out
    last = trail(cli, "--case", reference)[-1]
    assert (last["action"], last["actor"], last["reference"]) == ("viewed", DPO, reference)
    assert last["at"] == "2026-03-10T08:30:00+00:00"


def test_a_letter_saved_without_sending_is_recorded_as_saved(cli: Cli, tmp_path: Path) -> None:
    reference = cli.add(CASE)
    name_the_dpo(cli.db_path)
    out_file = tmp_path / "ack.pdf"
    code, _out, err = cli("letter", reference, "acknowledgement", "--out", str(out_file))
    assert code == 0, err
    last = trail(cli, "--case", reference)[-1]
    assert (last["action"], last["actor"]) == ("saved", DPO)
    assert isinstance(last["detail"], dict)
    assert last["detail"]["file"] == str(out_file)
    assert last["detail"]["letter"] == "acknowledgement"


def test_a_backup_is_recorded_as_backed_up(cli: Cli, tmp_path: Path) -> None:
    cli.add(CASE)
    name_the_dpo(cli.db_path)
    copy = tmp_path / "copy.sqlite3"
    code, _out, err = cli("backup", str(copy))
    assert code == 0, err
    last = trail(cli)[-1]
    assert (last["action"], last["actor"], last["reference"]) == ("backed-up", DPO, None)
    assert isinstance(last["detail"], dict) and last["detail"]["file"] == str(copy)
    assert (copy.parent / "copy.sqlite3.anchor").exists()


def test_the_actor_is_the_login_name_until_the_settings_name_the_dpo(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(getpass, "getuser", lambda: "bperez")
    reference = cli.add(CASE)
    cli("case", "show", reference)
    name_the_dpo(cli.db_path)
    cli("case", "show", reference)
    actors = [(e["action"], e["actor"]) for e in trail(cli, "--case", reference)]
    assert actors == [("opened", "bperez"), ("viewed", "bperez"), ("viewed", DPO)]


def test_the_login_name_stands_in_when_the_system_has_none(monkeypatch: pytest.MonkeyPatch, db: Database) -> None:
    def no_user() -> str:
        raise KeyError("uid 1000")

    monkeypatch.setattr(getpass, "getuser", no_user)
    assert login_name() == "DPO"
    assert current_actor(db) == "DPO"


def test_audit_json_lists_every_entry_with_its_fields(cli: Cli) -> None:
    first = cli.add(CASE)
    second = cli.add(CASE)
    cli("case", "show", first)
    entries = trail(cli)
    assert [e["action"] for e in entries] == ["opened", "opened", "viewed"]
    assert [e["reference"] for e in entries] == [first, second, first]
    for entry in entries:
        assert {"at", "actor", "action", "reference", "position", "detail"} <= set(entry)
    assert [e["reference"] for e in trail(cli, "--case", second)] == [second]


def test_audit_text_prints_one_line_per_entry(cli: Cli) -> None:
    reference = cli.add(CASE)
    cli("case", "show", reference)
    code, out, err = cli("audit", "--case", reference)
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 2
    assert lines[1].startswith("#2  ") and lines[1].endswith(f"  viewed  {reference}")
    assert err == "2 entries\n"


def test_check_anchor_prints_the_head_on_one_line_and_expect_anchor_compares(cli: Cli) -> None:
    cli.add(CASE)
    code, out, _err = cli("check", "--anchor")
    assert code == 0
    [line] = out.splitlines()
    position, _, value = line.partition(":")
    assert position == "1" and len(value) == 64
    cli.add(CASE)
    assert cli("check", "--expect-anchor", line)[0] == 0
    wrong = f"1:{'0' * 64}"
    code, out, _err = cli("check", "--expect-anchor", wrong)
    assert code == 1
    assert "Expected anchor 1: entry #1 does not match the anchor" in out


def test_a_malformed_expected_anchor_is_bad_input(cli: Cli) -> None:
    cli.add(CASE)
    code, out, err = cli("check", "--expect-anchor", "12:xyz")
    assert code == 2
    assert out == ""
    assert "expect-anchor: an anchor is POSITION:MAC" in err
