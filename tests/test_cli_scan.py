"""``lazeo-desk import-scan FILE… [--received DATE]``: one line per file, like import-email."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from ocr_letters import generated_scan
from sqlalchemy import func, select

from lazeo_desk.cli import main
from lazeo_desk.domain.case import Language
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.store.database import Database
from lazeo_desk.store.models import CaseRow, DocumentRow


class ImportScan:
    def __init__(self, capsys: pytest.CaptureFixture[str], clock: FixedClock, db_path: Path) -> None:
        self.capsys, self.clock, self.db_path = capsys, clock, db_path

    def __call__(self, *args: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        code = main(["--db", str(self.db_path), "--create", "import-scan", *args], clock=self.clock)
        out, err = self.capsys.readouterr()
        return code, out, err

    def count(self, row: type[CaseRow] | type[DocumentRow]) -> int:
        if not self.db_path.exists():
            return 0
        database = Database(f"sqlite:///{self.db_path}", plain=True)
        try:
            with database.transaction() as session:
                return int(session.scalar(select(func.count()).select_from(row)) or 0)
        finally:
            database.dispose()

    def show(self, reference: str) -> dict[str, object]:
        self.capsys.readouterr()
        assert main(["--db", str(self.db_path), "case", "show", reference, "--json"], clock=self.clock) == 0
        shown: dict[str, object] = json.loads(self.capsys.readouterr().out)
        return shown


@pytest.fixture
def import_scan(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, clock: FixedClock, tmp_path: Path
) -> ImportScan:
    monkeypatch.setenv("LAZEO_DESK_PLAIN", "1")
    return ImportScan(capsys, clock, tmp_path / "cli.sqlite3")


def test_each_scan_gives_one_line_a_new_reference_a_linked_one_or_the_reason_it_was_refused(
    import_scan: ImportScan, tmp_path: Path
) -> None:
    letter, png = generated_scan(4, language=Language.FR)
    (tmp_path / "lettre.png").write_bytes(png)
    (tmp_path / "notes.txt").write_text("pas un scan", encoding="utf-8")
    code, out, err = import_scan(str(tmp_path / "lettre.png"), str(tmp_path / "notes.txt"),
                                 str(tmp_path / "lettre.png"))
    lines = out.splitlines()
    assert (code, err, len(lines)) == (1, "", 3)
    assert lines[0].startswith(f"{tmp_path / 'lettre.png'}: DSAR-2026-0001 (name read on page 1, line ")
    assert f"(“{letter.name}”)" in lines[0]
    refused = "rejected: not a PDF, PNG, JPEG or TIFF file (its first bytes say otherwise)"
    assert lines[1] == f"{tmp_path / 'notes.txt'}: {refused}"
    assert lines[2] == f"{tmp_path / 'lettre.png'}: rejected: already imported on DSAR-2026-0001 (lettre.png)"
    shown = import_scan.show("DSAR-2026-0001")
    subject = shown["subject"]
    assert isinstance(subject, dict) and subject["name"] == letter.name
    assert shown["channel"] == "post" and shown["received"] == "2026-03-10"
    assert import_scan.count(DocumentRow) == 2  # the scan and its recognised text


def test_the_received_date_given_is_the_day_of_receipt(import_scan: ImportScan, tmp_path: Path) -> None:
    _letter, png = generated_scan(6, language=Language.NL)
    (tmp_path / "brief.png").write_bytes(png)
    code, out, _err = import_scan(str(tmp_path / "brief.png"), "--received", "2026-03-02")
    assert code == 0, out
    assert import_scan.show("DSAR-2026-0001")["received"] == date(2026, 3, 2).isoformat()


def test_a_received_date_in_the_future_is_refused_before_anything_is_read(
    import_scan: ImportScan, tmp_path: Path
) -> None:
    code, out, err = import_scan(str(tmp_path / "whatever.png"), "--received", "2026-04-01")
    assert (code, out) == (2, "")
    assert err.strip() == "--received: 2026-04-01 is in the future"
    assert import_scan.count(CaseRow) == 0


def test_without_tesseract_the_command_says_so_in_one_line_and_writes_nothing(
    import_scan: ImportScan, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pytesseract

    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nowhere/tesseract")
    _letter, png = generated_scan(4)
    (tmp_path / "lettre.png").write_bytes(png)
    code, out, err = import_scan(str(tmp_path / "lettre.png"))
    assert (code, out) == (2, "")
    assert err.startswith("the text recognition engine Tesseract is not installed (apt-get install tesseract-ocr")
    assert err.rstrip("\n").endswith("nothing was imported")
    assert err.count("\n") == 1
    assert import_scan.count(CaseRow) == 0
