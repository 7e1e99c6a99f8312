"""``lazeo-desk report`` and ``lazeo-desk export``: the figures as JSON, the files, and bad input refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from test_cli import Cli

from lazeo_desk.domain.clock import FixedClock

REQUIRED = {
    "received", "answered", "answered_on_time", "answered_late", "open", "open_overdue", "extended",
    "median_days_to_answer", "by_right", "by_country", "by_channel", "refusals",
}


@pytest.fixture
def cli(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, clock: FixedClock, tmp_path: Path
) -> Cli:
    return Cli(capsys, monkeypatch, clock, tmp_path / "cli.sqlite3")


@pytest.fixture
def seeded(cli: Cli) -> Cli:
    code, _, _ = cli("seed", "--cases", "120", "--seed", "3")
    assert code == 0
    return cli


def test_report_json_is_one_object_whose_breakdowns_add_up(seeded: Cli) -> None:
    code, out, err = seeded("report", "--year", "2025", "--json")
    assert (code, err) == (0, "")
    figures = json.loads(out)
    assert REQUIRED <= set(figures)
    assert figures["received"] > 0
    assert sum(c["received"] for c in figures["by_country"].values()) == figures["received"]
    assert sum(c["received"] for c in figures["by_channel"].values()) == figures["received"]
    assert figures["answered_on_time"] + figures["answered_late"] <= figures["answered"]
    assert figures["open_overdue"] <= figures["open"]


def test_report_for_a_country_counts_only_its_cases(seeded: Cli) -> None:
    _, out, _ = seeded("report", "--year", "2025", "--json")
    everything = json.loads(out)
    code, out, _ = seeded("report", "--year", "2025", "--country", "be", "--json")
    belgium = json.loads(out)
    assert code == 0
    assert set(belgium["by_country"]) <= {"BE"}
    assert belgium["received"] == everything["by_country"].get("BE", {}).get("received", 0)


def test_export_writes_one_row_per_case_of_the_year_and_status(seeded: Cli, tmp_path: Path) -> None:
    _, out, _ = seeded("report", "--year", "2025", "--json")
    received = json.loads(out)["received"]
    target = tmp_path / "register.xlsx"
    code, _, err = seeded("export", "--format", "xlsx", "--out", str(target), "--year", "2025")
    assert code == 0 and f"{received} case{'' if received == 1 else 's'} exported" in err
    sheet = load_workbook(target).active
    assert sheet is not None
    assert len(list(sheet.iter_rows())) == received + 1
    csv_target = tmp_path / "answered.csv"
    code, _, _ = seeded("export", "--format", "csv", "--out", str(csv_target), "--status", "answered")
    assert code == 0
    lines = csv_target.read_text(encoding="utf-8-sig").splitlines()[1:]
    assert lines and all(",answered," in line for line in lines)


def test_case_list_and_export_read_the_same_cases_for_the_same_filters(seeded: Cli, tmp_path: Path) -> None:
    filters = ["--year", "2025", "--country", "BE", "--handling", "answered-on-time", "--sort", "received",
               "--descending"]
    code, out, _ = seeded("case", "list", "--json", *filters)
    assert code == 0
    listed = [case["reference"] for case in json.loads(out)]
    assert listed and all(case["jurisdiction"] == "BE" for case in json.loads(out))
    received = [case["received"] for case in json.loads(out)]
    assert received == sorted(received, reverse=True)
    target = tmp_path / "on-time.csv"
    code, _, err = seeded("export", "--format", "csv", "--out", str(target), *filters)
    assert code == 0 and f"{len(listed)} case" in err
    exported = [line.split(",")[0] for line in target.read_text(encoding="utf-8-sig").splitlines()[1:]]
    assert exported == listed
    _, out, _ = seeded("audit", "--json")
    last = json.loads(out)[-1]
    assert last["action"] == "exported"
    assert last["detail"]["filter"]["handling"] == "answered-on-time"
    assert last["detail"]["sort"] == "received descending"
    _, out, _ = seeded("report", "--year", "2025", "--country", "BE", "--json")
    figures = json.loads(out)
    # The register lists live cases; the figures also count purged ones, which the seed does not make.
    assert figures["purged_counted"] == 0 and len(listed) == figures["answered_on_time"]


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (["report", "--year", "20x5", "--json"], "--year"),
        (["report", "--year", "2025", "--country", "DE", "--json"], "--country"),
        (["report", "--year", "2025", "--lang", "de", "--out", "x.pdf"], "--lang"),
        (["report", "--year", "2025"], "report"),
        (["export", "--format", "ods", "--out", "x.ods"], "--format"),
        (["export", "--format", "csv", "--out", "x.csv", "--status", "sleeping"], "--status"),
        (["export", "--format", "csv", "--out", "/no/such/folder/x.csv"], "out"),
        (["export", "--format", "csv", "--out", "x.csv", "--handling", "forgotten"], "handling"),
        (["export", "--format", "csv", "--out", "x.csv", "--channel", "pigeon"], "--channel"),
        (["export", "--format", "csv", "--out", "x.csv", "--sort", "colour"], "sort"),
        (["export", "--format", "csv", "--out", "x.csv", "--year", "2025", "--received-from", "2025-02-01"], "year"),
        (["export", "--format", "csv", "--out", "x.csv", "--received-from", "2025-03-01",
          "--received-to", "2025-02-01"], "received-to"),
    ],
)
def test_bad_input_exits_2_with_one_line_naming_the_field_and_writes_nothing(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], field: str
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = cli(*args)
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and field in err
    assert not any(tmp_path.glob("x.*"))
    assert cli.case_count() == 0


def test_report_out_writes_the_annual_report_pdf_in_the_language_asked(seeded: Cli, tmp_path: Path) -> None:
    target = tmp_path / "rapport.pdf"
    code, out, err = seeded("report", "--year", "2025", "--lang", "fr", "--out", str(target))
    assert code == 0 and out == "" and str(target) in err
    text = " ".join(page.extract_text() or "" for page in PdfReader(target).pages)
    assert "rapport annuel" in text and "Journal d’audit" in text


def _actions(cli: Cli) -> list[str]:
    code, out, _ = cli("audit", "--json")
    assert code == 0
    return [entry["action"] for entry in json.loads(out)]


@pytest.mark.parametrize("companion", ["", ".anchor", "-wal", "-journal"])
@pytest.mark.parametrize(
    "command", [["report", "--year", "2025", "--out"], ["export", "--format", "xlsx", "--out"],
                ["export", "--format", "csv", "--out"], ["calendar", "--out"]],
)
def test_a_report_an_export_or_a_calendar_aimed_at_the_database_is_refused_and_recorded_nowhere(
    seeded: Cli, command: list[str], companion: str
) -> None:
    trail = _actions(seeded)
    code, out, err = seeded(*command, f"{seeded.db_path}{companion}")
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "out: cannot write" in err
    assert _actions(seeded) == trail
    assert seeded.case_count() == 120


def test_a_calendar_written_from_the_command_line_is_recorded_as_exported(seeded: Cli, tmp_path: Path) -> None:
    target = tmp_path / "deadlines.ics"
    code, _, err = seeded("calendar", "--out", str(target))
    assert code == 0 and target.exists()
    code, out, _ = seeded("audit", "--json")
    last = json.loads(out)[-1]
    assert last["action"] == "exported"
    assert "deadlines.ics" in json.dumps(last)
