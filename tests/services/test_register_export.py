"""The register export: XLSX read back with openpyxl (typed dates, header, frozen panes, filter), CSV with a BOM,
hostile text kept as text in both, one audit entry per export and per report."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook
from sqlalchemy import select

from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language, OutcomeKind, RightOutcome
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.report_figures import Period
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.register_export import COLUMNS, ExportFormat, RegisterExportService, neutralised
from lazeo_desk.services.reports import ReportService
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store.database import Database
from lazeo_desk.store.models import AuditRow
from lazeo_desk.store.register import CaseFilter
from lazeo_desk.store.report_queries import ReportFilter

HOSTILE = '=HYPERLINK("http://x","y")'


def _open(service: CaseService, centre: str, received: date, status: Status, answered: date | None = None) -> str:
    return service.open_case(
        Case(
            jurisdiction=Jurisdiction.FR,
            language=Language.FR,
            channel=Channel.EMAIL,
            received=received,
            rights=(Right.ACCESS,),
            status=status,
            subject=DataSubject(name="Anaïs O'Brien", centre=centre),
            answered=answered,
            outcomes={Right.ACCESS: RightOutcome(OutcomeKind.GRANTED)} if answered else {},
        )
    )


@pytest.fixture
def three_cases(service: CaseService) -> list[str]:
    return [
        _open(service, HOSTILE, date(2026, 1, 5), Status.ANSWERED, date(2026, 1, 20)),
        _open(service, "-Paris", date(2026, 2, 2), Status.IN_PROGRESS),
        _open(service, "Lyon", date(2025, 12, 1), Status.ANSWERED, date(2026, 1, 15)),
    ]


def test_xlsx_has_a_header_typed_dates_frozen_panes_a_filter_and_hostile_text_as_text(
    db: Database, clock: FixedClock, three_cases: list[str], tmp_path: Path
) -> None:
    target = tmp_path / "register.xlsx"
    count = RegisterExportService(Workplace(db, clock)).export(CaseFilter(), target, ExportFormat.XLSX)
    assert count == 3
    sheet = load_workbook(target).active
    assert sheet is not None
    rows = list(sheet.iter_rows())
    assert [c.value for c in rows[0]] == list(COLUMNS)
    assert len(rows) == 4
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:O4"
    by_reference = {row[0].value: row for row in rows[1:]}
    first = by_reference[three_cases[0]]
    assert first[1].is_date and first[1].value.date() == date(2026, 1, 5)
    assert first[6].value.date() == date(2026, 1, 20)
    assert first[11].value == "'" + HOSTILE and first[11].data_type == "s"
    assert first[13].value is True and first[14].value == 15
    assert by_reference[three_cases[1]][11].value == "'-Paris"
    assert by_reference[three_cases[1]][6].value is None
    assert not any(cell.data_type == "f" for row in rows for cell in row)


def test_csv_starts_with_a_bom_and_keeps_hostile_text_inert(
    db: Database, clock: FixedClock, three_cases: list[str], tmp_path: Path
) -> None:
    target = tmp_path / "register.csv"
    RegisterExportService(Workplace(db, clock)).export(
        CaseFilter(received_from=date(2026, 1, 1), received_to=date(2026, 12, 31)), target, ExportFormat.CSV
    )
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == list(COLUMNS)
    assert len(rows) == 3  # the case of 2025 is left out by the filter
    first = next(r for r in rows if r[0] == three_cases[0])
    assert first[1] == "2026-01-05" and first[11] == "'" + HOSTILE and first[13] == "yes"


def test_each_export_and_report_is_an_audit_entry_with_its_filter(
    db: Database, clock: FixedClock, three_cases: list[str], tmp_path: Path
) -> None:
    RegisterExportService(Workplace(db, clock, "Brigitte Perez")).export(
        CaseFilter(statuses=frozenset({Status.ANSWERED})), tmp_path / "r.csv", ExportFormat.CSV
    )
    ReportService(Workplace(db, clock, "Brigitte Perez")).report_json(ReportFilter(Period.year(2026), Jurisdiction.FR))
    with db.transaction() as session:
        entries = session.execute(
            select(AuditRow.actor, AuditRow.action, AuditRow.detail).where(
                AuditRow.action.in_(["exported", "reported"])
            ).order_by(AuditRow.id)
        ).all()
    assert [(actor, action) for actor, action, _ in entries] == [
        ("Brigitte Perez", "exported"), ("Brigitte Perez", "reported"),
    ]
    exported, reported = (json.loads(detail) for _, _, detail in entries)
    assert exported["filter"] == {"statuses": ["answered"]} and exported["rows"] == 2
    assert reported["filter"] == {"from": "2026-01-01", "to": "2026-12-31", "country": "FR"}


def test_an_export_to_a_missing_folder_writes_nothing_and_records_nothing(
    db: Database, clock: FixedClock, three_cases: list[str], tmp_path: Path
) -> None:
    with pytest.raises(OSError):
        RegisterExportService(Workplace(db, clock)).export(CaseFilter(), tmp_path / "no" / "r.xlsx", ExportFormat.XLSX)
    with db.transaction() as session:
        assert session.scalar(select(AuditRow.id).where(AuditRow.action == "exported")) is None


@given(st.text(max_size=20))
def test_no_neutralised_text_starts_a_formula(text: str) -> None:
    result = neutralised(text)
    assert not result.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert result.endswith(text)
