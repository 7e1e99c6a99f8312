"""``lazeo-desk case assign REF PERSON`` and ``case list --assignee PERSON | --mine``: who holds each case."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from lazeo_desk.cli import main
from lazeo_desk.domain.clock import FixedClock

CASE = {
    "jurisdiction": "BE",
    "language": "nl",
    "channel": "email",
    "received": "2026-03-05",
    "rights": ["access"],
    "subject": {"name": "Sofie Peeters", "email": "sofie@example.be"},
    "requester": {"relationship": "self"},
}


class Cli:
    def __init__(self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, clock: FixedClock,
                 path: Path) -> None:
        self.capsys, self.monkeypatch, self.clock, self.path = capsys, monkeypatch, clock, path
        monkeypatch.setenv("LAZEO_DESK_PLAIN", "1")
        # The person acting, as the command line finds it when no DPO name is set: the login name.
        monkeypatch.setattr("getpass.getuser", lambda: "marc.dupont")

    def __call__(self, *args: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        code = main(["--db", str(self.path), "--create", *args], clock=self.clock)
        out, err = self.capsys.readouterr()
        return code, out, err

    def add(self, name: str) -> str:
        self.monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps({**CASE, "subject": {"name": name}})))
        code, out, _ = self("case", "add", "--json", "-")
        assert code == 0
        return out.strip()

    def listed(self, *options: str) -> list[tuple[str, str | None]]:
        code, out, _ = self("case", "list", "--json", *options)
        assert code == 0
        return [(item["reference"], item["assignee"]) for item in json.loads(out)]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, clock: FixedClock,
        tmp_path: Path) -> Cli:
    return Cli(capsys, monkeypatch, clock, tmp_path / "team.sqlite3")


def test_assign_gives_a_case_to_a_person_and_show_says_who_holds_it(cli: Cli) -> None:
    reference = cli.add("Sofie Peeters")
    code, out, _ = cli("case", "assign", reference, "ines.martin")
    assert (code, out) == (0, f"{reference} assigned to ines.martin\n")
    code, out, _ = cli("case", "show", reference)
    assert "  Held by:   ines.martin" in out.splitlines()
    assert "reassigned" not in out and "assigned to ines.martin" in out
    code, out, _ = cli("case", "show", reference, "--json")
    assert json.loads(out)["assignee"] == "ines.martin"


def test_list_filters_by_assignee_and_mine_is_the_person_acting(cli: Cli) -> None:
    first, second, third = cli.add("Sofie Peeters"), cli.add("Jan Claes"), cli.add("Lotte Jacobs")
    cli("case", "assign", first, "marc.dupont")
    cli("case", "assign", second, "ines.martin")
    assert cli.listed("--assignee", "ines.martin") == [(second, "ines.martin")]
    assert cli.listed("--mine") == [(first, "marc.dupont")]
    assert sorted(cli.listed()) == [(first, "marc.dupont"), (second, "ines.martin"), (third, None)]
    code, out, _ = cli("case", "list", "--sort", "reference")
    assert [line.endswith(ending) for line, ending in zip(out.splitlines(), (
        "Sofie Peeters  (held by marc.dupont)", "Jan Claes  (held by ines.martin)", "Lotte Jacobs"), strict=True)
    ] == [True, True, True]


def test_assign_nobody_releases_the_case(cli: Cli) -> None:
    reference = cli.add("Sofie Peeters")
    cli("case", "assign", reference, "ines.martin")
    code, out, _ = cli("case", "assign", reference, "--nobody")
    assert (code, out) == (0, f"{reference} assigned to nobody\n")
    assert cli.listed() == [(reference, None)]


@pytest.mark.parametrize(
    ("args", "field"),
    [((), "person"), (("ines.martin", "--nobody"), "person"), (("x" * 121,), "person")],
)
def test_bad_assignments_exit_2_with_one_line_and_write_nothing(
    cli: Cli, args: tuple[str, ...], field: str
) -> None:
    reference = cli.add("Sofie Peeters")
    code, out, err = cli("case", "assign", reference, *args)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and field in err
    assert cli.listed() == [(reference, None)]


def test_mine_and_assignee_cannot_be_given_together(cli: Cli) -> None:
    code, _, err = cli("case", "list", "--mine", "--assignee", "x")
    assert code == 2 and len(err.strip().splitlines()) == 1
