"""The command line: deadlines of the worked examples, cases added, shown and listed, seeding, bad input."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

import lazeo_desk
from lazeo_desk.cli import main
from lazeo_desk.domain.case import REFERENCE_PATTERN
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.store.database import Database
from lazeo_desk.store.location import DB_ENV, database_file, database_url
from lazeo_desk.store.models import CaseRow

README_CASE: dict[str, object] = {
    "jurisdiction": "BE",
    "language": "nl",
    "channel": "post",
    "received": "2026-03-05",
    "rights": ["access", "erasure"],
    "subject": {
        "name": "Ëlodie Vercammen",
        "email": "elodie@example.be",
        "address": ["Kerkstraat 12 bus 3", "9000 Gent", "België"],
        "birth_date": "1980-01-02",
    },
    "requester": {"relationship": "self"},
}


class Cli:
    """Runs ``lazeo-desk --db <file> …`` in-process with a fixed clock and captures what it prints."""

    def __init__(
        self,
        capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch,
        clock: FixedClock,
        db_path: Path,
    ) -> None:
        self.capsys = capsys
        self.monkeypatch = monkeypatch
        self.clock = clock
        self.db_path = db_path
        # Plain databases: these tests are about the commands; encryption has its own tests.
        monkeypatch.setenv("LAZEO_DESK_PLAIN", "1")

    def __call__(self, *args: str, db: bool = True) -> tuple[int, str, str]:
        self.capsys.readouterr()
        argv = (["--db", str(self.db_path), "--create"] if db else []) + list(args)
        code = main(argv, clock=self.clock)
        out, err = self.capsys.readouterr()
        return code, out, err

    def add_from_stdin(self, content: str) -> tuple[int, str, str]:
        self.monkeypatch.setattr(sys, "stdin", io.StringIO(content))
        return self("case", "add", "--json", "-")

    def add(self, data: Mapping[str, object]) -> str:
        code, out, err = self.add_from_stdin(json.dumps(data))
        assert (code, err) == (0, "")
        return out.strip()

    def case_count(self) -> int:
        """How many cases the database holds (0 when the command never created it)."""
        if not self.db_path.exists():
            return 0
        database = Database(f"sqlite:///{self.db_path}", plain=True)
        try:
            with database.transaction() as session:
                return int(session.scalar(select(func.count()).select_from(CaseRow)) or 0)
        finally:
            database.dispose()


@pytest.fixture
def cli(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, clock: FixedClock, tmp_path: Path
) -> Cli:
    return Cli(capsys, monkeypatch, clock, tmp_path / "cli.sqlite3")


# deadline: every worked example of SCENARIOS.md -------------------------------------------------------------

DEADLINE_EXAMPLES = [
    pytest.param(
        [
            "--received",
            "2026-03-05",
            "--jurisdiction",
            "BE",
            "--right",
            "access",
            "--right",
            "medical-record",
        ],
        {"due": "2026-03-20", "gdpr": "2026-04-07", "medical_record": "2026-03-20", "governing": "national"},
        "2026-04-05 is Easter Sunday",
        id="1-gent-access-and-medical-file",
    ),
    pytest.param(
        ["--received", "2026-04-08", "--jurisdiction", "FR", "--right", "erasure", "--right", "objection"],
        {"due": "2026-05-11", "gdpr_raw": "2026-05-08"},
        "2026-05-08 is ",
        id="2-paris-erasure-and-objection",
    ),
    pytest.param(
        ["--received", "2026-05-23", "--jurisdiction", "LU", "--right", "portability"],
        {"due": "2026-06-24", "gdpr_raw": "2026-06-23"},
        "2026-06-23 is ",
        id="3-luxembourg-portability",
    ),
    pytest.param(
        ["--received", "2026-06-14", "--jurisdiction", "FR", "--right", "medical-record"],
        {
            "due": "2026-06-22",
            "earliest_release": "2026-06-16",
            "gdpr": "2026-07-15",
            "governing": "national",
        },
        "not to be sent before 2026-06-16",
        id="4-lyon-lawyer-medical-file",
    ),
    pytest.param(
        [
            "--received",
            "2026-07-06",
            "--complete",
            "2026-07-20",
            "--jurisdiction",
            "FR",
            "--right",
            "medical-record",
        ],
        {
            "due": "2026-07-28",
            "start": "2026-07-20",
            "earliest_release": "2026-07-22",
            "strict_due": "2026-07-15",
        },
        "Strict date counted from first receipt: 2026-07-15",
        id="5-bordeaux-heir-completed-later",
    ),
    pytest.param(
        ["--received", "2026-01-31", "--jurisdiction", "FR", "--right", "access", "--extended"],
        {
            "due": "2026-04-30",
            "gdpr": "2026-03-02",
            "extended": "2026-04-30",
            "extension_notice_by": "2026-03-02",
            "governing": "gdpr-extended",
        },
        "2026-02-28 is a Saturday",
        id="7-complex-request-extended",
    ),
]


@pytest.mark.parametrize(("args", "dates", "reason"), DEADLINE_EXAMPLES)
def test_deadline_prints_the_due_date_and_how_it_was_reached(
    cli: Cli, args: list[str], dates: dict[str, str], reason: str
) -> None:
    code, out, err = cli("deadline", *args, db=False)
    assert (code, err) == (0, "")
    assert out.splitlines()[0].startswith(f"Due: {dates['due']} ")
    assert reason in out


@pytest.mark.parametrize(("args", "dates", "reason"), DEADLINE_EXAMPLES)
def test_deadline_json_is_one_object_whose_due_key_is_the_governing_date(
    cli: Cli, args: list[str], dates: dict[str, str], reason: str
) -> None:
    code, out, err = cli("deadline", *args, "--json", db=False)
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert isinstance(data, dict)
    assert {key: data[key] for key in dates} == dates


def test_the_json_deadline_names_each_day_rolled_over_and_why(cli: Cli) -> None:
    code, out, _ = cli("deadline", "--received", "2026-03-05", "--jurisdiction", "BE", "--json", db=False)
    assert code == 0
    rolled = dict(json.loads(out)["gdpr_rolled_over"])
    assert rolled["2026-04-05"] == "Easter Sunday"
    assert "2026-04-06" in rolled


def test_a_closure_day_given_on_the_command_line_delays_the_deadline(cli: Cli) -> None:
    code, out, _ = cli(
        "deadline",
        "--received",
        "2026-01-31",
        "--jurisdiction",
        "FR",
        "--closure-day",
        "2026-03-02",
        "--json",
        db=False,
    )
    assert code == 0
    assert json.loads(out)["due"] == "2026-03-03"


def test_the_deadline_command_does_not_touch_any_database(cli: Cli, private_home: Path) -> None:
    cli("deadline", "--received", "2026-03-05", "--jurisdiction", "BE")
    assert not cli.db_path.exists()
    assert not any(private_home.rglob("*.sqlite3"))


# case add / show / list -------------------------------------------------------------------------------------


def test_case_add_from_a_file_prints_the_new_reference(cli: Cli, tmp_path: Path) -> None:
    file = tmp_path / "case.json"
    file.write_text(json.dumps(README_CASE), encoding="utf-8")
    code, out, err = cli("case", "add", "--json", str(file))
    assert (code, err) == (0, "")
    reference = out.strip()
    assert REFERENCE_PATTERN.match(reference)
    assert reference.startswith("DSAR-2026-")
    assert cli.case_count() == 1


def test_case_add_reads_standard_input_with_a_dash(cli: Cli) -> None:
    code, out, err = cli.add_from_stdin(json.dumps(README_CASE))
    assert (code, err) == (0, "")
    assert REFERENCE_PATTERN.match(out.strip())
    assert cli.case_count() == 1


def test_case_show_json_gives_the_case_with_its_deadline(cli: Cli) -> None:
    reference = cli.add(README_CASE)
    code, out, err = cli("case", "show", reference, "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["reference"] == reference
    assert data["subject"]["name"] == "Ëlodie Vercammen"
    assert data["subject"]["address"] == ["Kerkstraat 12 bus 3", "9000 Gent", "België"]
    assert data["rights"] == ["access", "erasure"]
    assert data["deadline"]["due"] == "2026-04-07"
    assert data["countdown"] == "on-track"
    assert [event["kind"] for event in data["timeline"]] == ["opened"]


def test_case_show_prints_the_case_for_a_person(cli: Cli) -> None:
    reference = cli.add(README_CASE)
    code, out, err = cli("case", "show", reference)
    assert (code, err) == (0, "")
    assert out.startswith(reference)
    assert "Ëlodie Vercammen" in out
    assert "Kerkstraat 12 bus 3 / 9000 Gent / België" in out
    assert "2026-04-05 is Easter Sunday" in out
    assert "Governing due date: 2026-04-07" in out


def _listing_set(cli: Cli) -> dict[str, str]:
    """Three cases on 2026-03-10: one overdue in progress, one new on track, one awaiting the requester."""
    overdue = {
        **README_CASE,
        "received": "2026-02-10",
        "rights": ["access", "medical-record"],
        "status": "in-progress",
    }
    fresh = {
        **README_CASE,
        "jurisdiction": "FR",
        "language": "fr",
        "received": "2026-03-06",
        "subject": {"name": "Anaïs O'Brien-<Zoë> & Fils"},
    }
    paused = {
        **README_CASE,
        "received": "2026-03-02",
        "status": "awaiting-requester",
        "awaiting_since": "2026-03-03",
        "info_requested": "2026-03-03",
        "subject": {"name": "Jan Maes"},
    }
    return {key: cli.add(data) for key, data in (("overdue", overdue), ("fresh", fresh), ("paused", paused))}


def test_case_list_json_lists_every_case_most_urgent_first(cli: Cli) -> None:
    refs = _listing_set(cli)
    code, out, _ = cli("case", "list", "--json")
    assert code == 0
    items = json.loads(out)
    # The paused case sorts by its strict date (2 Apr), which binds before the fresh case's due date (7 Apr).
    assert [item["reference"] for item in items] == [refs["overdue"], refs["paused"], refs["fresh"]]
    assert [item["countdown"] for item in items] == ["overdue", "paused", "on-track"]
    assert items[1]["due"] is None
    assert items[2]["subject"] == "Anaïs O'Brien-<Zoë> & Fils"


def test_case_list_overdue_shows_only_overdue_cases(cli: Cli) -> None:
    refs = _listing_set(cli)
    code, out, _ = cli("case", "list", "--overdue", "--json")
    assert code == 0
    items = json.loads(out)
    assert [item["reference"] for item in items] == [refs["overdue"]]
    assert items[0]["days_left"] < 0


@pytest.mark.parametrize(
    ("status", "key"), [("new", "fresh"), ("awaiting-requester", "paused"), ("in progress", "overdue")]
)
def test_case_list_status_filters_by_status(cli: Cli, status: str, key: str) -> None:
    refs = _listing_set(cli)
    code, out, _ = cli("case", "list", "--status", status, "--json")
    assert code == 0
    assert [item["reference"] for item in json.loads(out)] == [refs[key]]


def test_case_list_as_text_has_one_line_per_case(cli: Cli) -> None:
    refs = _listing_set(cli)
    code, out, err = cli("case", "list")
    assert code == 0
    lines = out.splitlines()
    assert [line.split()[0] for line in lines] == [refs["overdue"], refs["paused"], refs["fresh"]]
    assert "Anaïs O'Brien-<Zoë> & Fils" in lines[2]
    assert err.startswith("3 ")


def test_an_empty_register_lists_nothing(cli: Cli) -> None:
    code, out, _ = cli("case", "list", "--json")
    assert code == 0
    assert json.loads(out) == []


# --db, LAZEO_DESK_DB and the default folder -----------------------------------------------------------------


def test_the_db_option_before_the_subcommand_chooses_the_database(cli: Cli) -> None:
    cli.add(README_CASE)
    assert cli.db_path.exists()
    default = database_file(database_url(None, {}))
    assert default is not None and not default.exists()


def test_the_environment_variable_chooses_the_database(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DB_ENV, str(tmp_path / "from-env.sqlite3"))
    code, out, _ = cli("seed", "--cases", "3", db=False)
    assert code == 0
    assert (tmp_path / "from-env.sqlite3").exists()
    assert not cli.db_path.exists()


def test_an_sqlalchemy_url_is_accepted_by_the_db_option(cli: Cli, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'by-url.sqlite3'}"
    code, out, _ = cli("--db", url, "seed", "--cases", "2", db=False)
    assert code == 0
    assert (tmp_path / "by-url.sqlite3").exists()


def test_without_db_option_the_user_data_folder_is_used(cli: Cli, private_home: Path) -> None:
    code, _, _ = cli("seed", "--cases", "2", db=False)
    assert code == 0
    default = database_file(database_url(None, {}))
    assert default is not None and default.exists()
    assert default.is_relative_to(private_home)


# seed -------------------------------------------------------------------------------------------------------


def test_seed_adds_the_number_of_cases_asked_for(cli: Cli) -> None:
    code, out, err = cli("seed", "--cases", "25", "--seed", "4")
    assert (code, err) == (0, "")
    assert out.startswith("25 ")
    assert cli.case_count() == 25


def test_seed_is_deterministic_for_a_seed(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, clock: FixedClock, tmp_path: Path
) -> None:
    listings = []
    for name in ("a", "b"):
        run = Cli(capsys, monkeypatch, clock, tmp_path / f"{name}.sqlite3")
        assert run("seed", "--cases", "30", "--seed", "8")[0] == 0
        listings.append(run("case", "list", "--json")[1])
    assert listings[0] == listings[1]
    assert len(json.loads(listings[0])) == 30


def test_seed_if_empty_adds_nothing_to_a_database_with_cases(cli: Cli) -> None:
    cli("seed", "--cases", "5")
    code, _, _ = cli("seed", "--cases", "5", "--if-empty")
    assert code == 0
    assert cli.case_count() == 5


# bad input: one line naming the field, a non-zero status, nothing written -----------------------------------

BAD_DEADLINES = [
    pytest.param(
        ["deadline", "--received", "2026-03-05", "--jurisdiction", "DE"],
        "--jurisdiction",
        id="unknown-jurisdiction",
    ),
    pytest.param(
        ["deadline", "--received", "2026-02-31", "--jurisdiction", "FR"], "--received", id="31-february"
    ),
    pytest.param(
        ["deadline", "--received", "2026-03-05", "--jurisdiction", "FR", "--right", "telepathy"],
        "--right",
        id="unknown-right",
    ),
    pytest.param(["deadline", "--jurisdiction", "FR"], "--received", id="missing-received"),
    pytest.param(
        ["deadline", "--received", "2026-03-05", "--complete", "2026-03-01", "--jurisdiction", "FR"],
        "complete",
        id="complete-before-received",
    ),
    pytest.param(["case", "list", "--status", "pending"], "--status", id="unknown-status"),
    pytest.param(["case", "show", "DSAR-2026-0099"], "DSAR-2026-0099", id="unknown-reference"),
    pytest.param(["seed", "--cases", "-3"], "cases", id="negative-count"),
    pytest.param(["seed", "--cases", "many"], "--cases", id="count-not-a-number"),
]


@pytest.mark.parametrize(("args", "field"), BAD_DEADLINES)
def test_bad_arguments_exit_with_one_line_naming_the_field(cli: Cli, args: list[str], field: str) -> None:
    code, out, err = cli(*args)
    assert code != 0
    assert out == ""
    assert len(err.splitlines()) == 1
    assert err.endswith("\n")
    assert field in err
    assert cli.case_count() == 0


BAD_CASES = [
    pytest.param(
        json.dumps({**README_CASE, "jurisdiction": "DE"}), "jurisdiction", id="unknown-jurisdiction"
    ),
    pytest.param(json.dumps({**README_CASE, "received": "2026-02-31"}), "received", id="31-february"),
    pytest.param(
        json.dumps({**README_CASE, "rights": ["access", "telepathy"]}), "rights[1]", id="unknown-right"
    ),
    pytest.param(json.dumps(README_CASE)[:-2] + ",}", "JSON", id="malformed-json"),
    pytest.param(
        json.dumps({k: v for k, v in README_CASE.items() if k != "subject"}), "subject", id="missing-subject"
    ),
    pytest.param(
        json.dumps({k: v for k, v in README_CASE.items() if k != "received"}),
        "received",
        id="missing-received",
    ),
    pytest.param(
        json.dumps({**README_CASE, "subject": {"name": "X", "birth_date": "02/01/1980"}}),
        "subject.birth_date",
        id="birth-date-not-iso",
    ),
    pytest.param(json.dumps({**README_CASE, "received": "2026-03-11"}), "received", id="received-tomorrow"),
    pytest.param(json.dumps({**README_CASE, "subject": {"name": " "}}), "subject.name", id="no-name"),
    pytest.param("[]", "case", id="not-an-object"),
    pytest.param(
        json.dumps({**README_CASE, "status": "awaiting-requester"}), "awaiting_since", id="paused-since-when"
    ),
    pytest.param(
        json.dumps({**README_CASE, "requester": {"relationship": "mandatary", "name": "H. Roux", "title": "sir"}}),
        "requester.title",
        id="unknown-title",
    ),
    pytest.param(
        json.dumps({**README_CASE, "requester": {"relationship": "heir", "name": "P", "purpose": "curiosity"}}),
        "requester.purpose",
        id="unknown-heir-purpose",
    ),
]


@pytest.mark.parametrize(("content", "field"), BAD_CASES)
def test_a_bad_case_exits_with_one_line_naming_the_field_and_writes_nothing(
    cli: Cli, content: str, field: str
) -> None:
    code, out, err = cli.add_from_stdin(content)
    assert code != 0
    assert out == ""
    assert len(err.splitlines()) == 1
    assert field in err
    assert cli.case_count() == 0


def test_a_bad_case_file_exits_with_one_line_naming_the_field_and_writes_nothing(
    cli: Cli, tmp_path: Path
) -> None:
    file = tmp_path / "bad.json"
    file.write_text(json.dumps({**README_CASE, "received": "2026-02-31"}), encoding="utf-8")
    code, out, err = cli("case", "add", "--json", str(file))
    assert code != 0
    assert out == ""
    assert len(err.splitlines()) == 1
    assert "received" in err
    assert cli.case_count() == 0


def test_a_missing_case_file_is_named(cli: Cli, tmp_path: Path) -> None:
    code, _, err = cli("case", "add", "--json", str(tmp_path / "nowhere.json"))
    assert code != 0
    assert len(err.splitlines()) == 1
    assert "nowhere.json" in err
    assert cli.case_count() == 0


def test_a_case_file_that_is_not_text_is_named(cli: Cli, tmp_path: Path) -> None:
    file = tmp_path / "scan.json"
    file.write_bytes(b"\xff\xfe\x00binary")
    code, _, err = cli("case", "add", "--json", str(file))
    assert code != 0
    assert len(err.splitlines()) == 1
    assert "scan.json" in err
    assert cli.case_count() == 0


def test_a_file_that_is_not_a_database_gives_one_line_and_no_traceback(cli: Cli) -> None:
    cli.db_path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20)
    code, out, err = cli("case", "list")
    assert code == 1
    assert out == ""
    assert len(err.splitlines()) == 1
    assert "Traceback" not in err


def test_a_database_from_a_newer_version_gives_one_line_and_no_traceback(cli: Cli) -> None:
    newer = Database(f"sqlite:///{cli.db_path}", plain=True)
    with newer.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0999'"))
    newer.dispose()
    code, out, err = cli("case", "list")
    assert code == 1
    assert out == ""
    assert len(err.splitlines()) == 1


# the installed program --------------------------------------------------------------------------------------


def _program() -> list[str]:
    """The installed console script when there is one, else the package run as a module."""
    script = Path(sys.executable).with_name("lazeo-desk")
    return [str(script)] if script.exists() else [sys.executable, "-m", "lazeo_desk"]


def test_the_program_reports_its_version_in_its_own_process(private_home: Path) -> None:
    finished = subprocess.run(
        [*_program(), "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    assert finished.returncode == 0, finished.stderr
    assert finished.stdout.strip() == f"lazeo-desk {lazeo_desk.__version__}"


def test_purge_lists_the_cases_past_retention_then_purges_them_with_yes(tmp_path: Path) -> None:
    from datetime import date as day
    from datetime import datetime as moment

    from lazeo_desk.cli import main
    from lazeo_desk.domain.clock import FixedClock

    database = str(tmp_path / "purge.sqlite3")
    then = FixedClock(moment(2019, 6, 1, 10, 0))
    assert main(["--plain", "--db", database, "seed", "--cases", "40", "--seed", "5"], clock=then) == 0
    later = FixedClock(moment(2026, 6, 1, 10, 0))
    import contextlib
    import io

    listed = io.StringIO()
    with contextlib.redirect_stdout(listed):
        assert main(["--plain", "--db", database, "purge"], clock=later) == 0
    lines = [line for line in listed.getvalue().splitlines() if line.startswith("DSAR-")]
    assert lines, "seeded cases closed in 2018-2019 are past a 5-year retention in 2026"
    assert all(day.fromisoformat(line.split("kept until ")[1]) < day(2026, 6, 1) for line in lines)
    purged = io.StringIO()
    with contextlib.redirect_stdout(purged):
        assert main(["--plain", "--db", database, "purge", "--yes"], clock=later) == 0
    assert purged.getvalue().count(": purged") == len(lines)
    again = io.StringIO()
    with contextlib.redirect_stdout(again):
        assert main(["--plain", "--db", database, "purge"], clock=later) == 0
    assert "DSAR-" not in again.getvalue()


# who a letter speaks to: titles, heirs and the practitioner they designate -----------------------------------

CLAES_CASE: dict[str, object] = {
    "jurisdiction": "BE", "language": "nl", "channel": "post", "received": "2026-03-02",
    "status": "in-progress", "rights": ["medical-record"],
    "subject": {"name": "Maria Claes", "deceased": True, "death_date": "2026-01-03"},
    "requester": {
        "relationship": "heir", "name": "Sofie Claes", "title": "mrs", "family_name": "Claes",
        "address": ["Kasteelpleinstraat 20", "2000 Antwerpen", "België"],
    },
}  # fmt: skip


def test_case_show_json_gives_titles_family_names_and_the_designated_practitioner(cli: Cli) -> None:
    practitioner = {"name": "Dr. Pieter Wouters", "address": ["Lange Leemstraat 5", "2018 Antwerpen"]}
    requester = {**CLAES_CASE["requester"], "designated_practitioner": practitioner}  # type: ignore[dict-item]
    reference = cli.add({**CLAES_CASE, "requester": requester})
    code, out, err = cli("case", "show", reference, "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)["requester"]
    assert (data["title"], data["family_name"]) == ("mrs", "Claes")
    assert data["designated_practitioner"]["name"] == "Dr. Pieter Wouters"
    assert data["designated_practitioner"]["address"] == ["Lange Leemstraat 5", "2018 Antwerpen"]
    code, out, err = cli("case", "show", reference)
    assert "Practitioner: Dr. Pieter Wouters" in out


@pytest.mark.parametrize("kind", ["practitioner-cover", "medical-record-cover", "heir-practitioner-notice"])
def test_no_file_letter_for_a_belgian_relative_before_the_practitioner_is_recorded(
    cli: Cli, tmp_path: Path, kind: str
) -> None:
    reference = cli.add(CLAES_CASE)
    out_file = tmp_path / "letter.pdf"
    code, out, err = cli("letter", reference, kind, "--out", str(out_file))
    assert code == 2
    assert out == ""
    assert len(err.splitlines()) == 1
    assert "no designated practitioner is recorded" in err
    assert not out_file.exists()


def test_no_medical_file_cover_for_a_french_heir_whose_purpose_is_not_recorded(cli: Cli, tmp_path: Path) -> None:
    heir = {**CLAES_CASE, "jurisdiction": "FR", "language": "fr"}
    reference = cli.add(heir)
    out_file = tmp_path / "letter.pdf"
    code, out, err = cli("letter", reference, "medical-record-cover", "--out", str(out_file))
    assert (code, out) == (2, "")
    assert len(err.splitlines()) == 1
    assert "no purpose is recorded for the heir" in err
    assert not out_file.exists()


def test_case_show_json_gives_the_next_action(cli: Cli) -> None:
    reference = cli.add(README_CASE)
    code, out, err = cli("case", "show", reference, "--json")
    assert (code, err) == (0, "")
    assert json.loads(out)["next_action"] == {
        "action": "send-acknowledgement",
        "text": "Send the acknowledgement",
        "due": "2026-04-07",
    }


def test_case_list_json_gives_each_case_its_next_action(cli: Cli) -> None:
    refs = _listing_set(cli)
    code, out, _ = cli("case", "list", "--json")
    assert code == 0
    actions = {item["reference"]: item["next_action"] for item in json.loads(out)}
    assert actions[refs["overdue"]] == {
        "action": "answer-overdue", "text": "Overdue since 2026-02-26: answer now", "due": "2026-02-25",
    }
    assert actions[refs["paused"]] == {
        "action": "wait-for-requester",
        "text": "Waiting for the requester since 2026-03-03; strict date 2026-04-02",
        "due": "2026-04-02",
    }
    assert actions[refs["fresh"]]["action"] == "send-acknowledgement"


def test_calendar_writes_one_event_per_open_case_without_names(cli: Cli, tmp_path: Path) -> None:
    from icalendar import Calendar

    refs = _listing_set(cli)
    out_file = tmp_path / "deadlines.ics"
    code, out, err = cli("calendar", "--out", str(out_file))
    assert (code, out) == (0, "")
    assert err.startswith("3 open cases written to ")
    events = list(Calendar.from_ical(out_file.read_bytes()).walk("VEVENT"))
    assert sorted(str(event["uid"]) for event in events) == sorted(f"{r.lower()}@lazeo-desk" for r in refs.values())
    assert "Maes" not in out_file.read_text(encoding="utf-8")


def test_calendar_without_a_file_is_refused_in_one_line(cli: Cli) -> None:
    code, out, err = cli("calendar")
    assert (code, out) == (2, "")
    assert err == "lazeo-desk: error: out: give the calendar file to write (--out FILE.ics)\n"


def test_calendar_keep_refreshed_records_the_file_for_the_window(cli: Cli, tmp_path: Path) -> None:
    from lazeo_desk.services.calendar import kept_calendar_file

    out_file = tmp_path / "kept.ics"
    assert cli("calendar", "--out", str(out_file), "--keep-refreshed")[0] == 0
    database = Database(f"sqlite:///{cli.db_path}", plain=True)
    try:
        assert kept_calendar_file(database) == out_file
    finally:
        database.dispose()
    assert cli("calendar", "--stop-refreshing")[0] == 0
    database = Database(f"sqlite:///{cli.db_path}", plain=True)
    try:
        assert kept_calendar_file(database) is None
    finally:
        database.dispose()


def test_case_show_ends_with_the_next_step(cli: Cli) -> None:
    reference = cli.add(README_CASE)
    code, out, err = cli("case", "show", reference)
    assert (code, err) == (0, "")
    assert out.splitlines()[-1] == "  Next step: Send the acknowledgement"


def test_case_add_and_case_list_end_their_output_with_a_newline(cli: Cli) -> None:
    code, out, err = cli.add_from_stdin(json.dumps(README_CASE))
    assert code == 0 and out.endswith("\n") and err == ""
    code, out, err = cli("case", "list")
    assert code == 0 and out.endswith("\n") and err.endswith("\n")
    code, out, _ = cli("case", "list", "--json")
    assert code == 0 and out.endswith("\n")


def test_the_case_count_says_case_for_one_and_cases_for_more(cli: Cli) -> None:
    cli.add(README_CASE)
    assert cli("case", "list")[2] == "1 case\n"
    cli.add(README_CASE)
    assert cli("case", "list")[2] == "2 cases\n"


def test_seed_says_how_many_sample_cases_it_added_in_plain_english(cli: Cli) -> None:
    assert cli("seed", "--cases", "1")[1] == "1 sample case added\n"


def test_a_letter_in_another_language_than_the_case_s_is_written_with_a_one_line_warning(
    cli: Cli, tmp_path: Path
) -> None:
    reference = cli.add(README_CASE)
    out_file = tmp_path / "letter.pdf"
    code, out, err = cli("letter", reference, "acknowledgement", "--lang", "fr", "--out", str(out_file))
    assert code == 0 and out_file.exists()
    assert err == "lazeo-desk: warning: the case's language is nl; the letter is written in fr as asked\n"


def test_a_letter_in_the_case_s_own_language_draws_no_language_warning(cli: Cli, tmp_path: Path) -> None:
    reference = cli.add(README_CASE)
    code, _, err = cli("letter", reference, "acknowledgement", "--lang", "nl", "--out", str(tmp_path / "l.pdf"))
    assert code == 0 and "language" not in err


def test_an_answer_for_a_right_the_case_does_not_invoke_is_refused_before_anything_is_written(
    cli: Cli, tmp_path: Path
) -> None:
    reference = cli.add({**README_CASE, "rights": ["withdraw-consent"]})
    out_file = tmp_path / "letter.pdf"
    code, out, err = cli(
        "letter", reference, "access-response", "--enclosure", "Copie du dossier", "--out", str(out_file),
        "--sent-by", "registered-post", "--tracking", "RR123456789FR", "--on", "2026-03-20",
    )
    assert (code, out) == (2, "")
    assert len(err.splitlines()) == 1
    assert "does not invoke" in err and "access" in err
    assert not out_file.exists()
    code, out, _ = cli("case", "show", reference, "--json")
    assert json.loads(out)["status"] == "new"
