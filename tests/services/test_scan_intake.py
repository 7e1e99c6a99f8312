"""Scanned letters: PDF, PNG or JPEG proven by their first bytes become post cases with the scan kept."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from lazeo_desk.domain.case import Channel, DataSubject, Jurisdiction, Language
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.rights import Right
from lazeo_desk.services import scan_intake
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.email_intake import ImportOutcome, IntakeRefused
from lazeo_desk.services.scan_intake import (
    ScanCaseFields,
    import_scan,
    read_scan,
    scan_media_type,
    store_scan,
)
from lazeo_desk.store.database import Database
from lazeo_desk.store.documents import documents_of, read_content
from lazeo_desk.store.models import Base

ACTOR = "Brigitte Perez"
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 32
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 32 + b"\xff\xd9"
FIELDS = ScanCaseFields(
    subject=DataSubject(name="Camille Moreau", address=("12 rue de la Paix", "75002 PARIS")),
    jurisdiction=Jurisdiction.FR,
    language=Language.FR,
    rights=(Right.ACCESS, Right.MEDICAL_RECORD),
)


def snapshot(db: Database) -> dict[str, int]:
    with db.engine.connect() as connection:
        return {
            name: connection.execute(select(func.count()).select_from(table)).scalar_one()
            for name, table in Base.metadata.tables.items()
        }


def write(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


@pytest.mark.parametrize(
    ("name", "content", "media_type"),
    [
        ("lettre.pdf", PDF, "application/pdf"),
        ("lettre.png", PNG, "image/png"),
        ("lettre.jpg", JPEG, "image/jpeg"),
    ],
)
def test_a_scanned_letter_becomes_a_post_case_received_today_with_the_scan_kept(
    db: Database,
    clock: FixedClock,
    service: CaseService,
    tmp_path: Path,
    name: str,
    content: bytes,
    media_type: str,
) -> None:
    result = import_scan(db, write(tmp_path, name, content), clock=clock, actor=ACTOR, case_fields=FIELDS)
    assert result.outcome is ImportOutcome.CREATED, result.line
    case = service.load(result.reference).case
    assert (case.channel, case.received, case.rights) == (Channel.POST, clock.today(), FIELDS.rights)
    assert case.subject.name == "Camille Moreau"
    assert any("received date set to today" in note for note in result.notes)
    assert "by post (scanned letter)" in case.timeline[0].text
    with db.transaction() as session:
        [document] = documents_of(session, result.reference)
        assert (document.kind, document.filename, document.media_type) == ("scan", name, media_type)
        assert document.sha256 == hashlib.sha256(content).hexdigest()
        assert read_content(session, document.id) == content


def test_the_received_date_the_dpo_reads_on_the_postmark_is_kept(
    db: Database, clock: FixedClock, service: CaseService, tmp_path: Path
) -> None:
    fields = ScanCaseFields(
        FIELDS.subject, Jurisdiction.FR, Language.FR, FIELDS.rights, received=date(2026, 3, 2)
    )
    result = import_scan(db, write(tmp_path, "l.pdf", PDF), clock=clock, actor=ACTOR, case_fields=fields)
    assert service.load(result.reference).case.received == date(2026, 3, 2)
    assert result.notes == ()


def test_no_right_ticked_means_access_and_the_result_says_so(
    db: Database, clock: FixedClock, service: CaseService, tmp_path: Path
) -> None:
    fields = ScanCaseFields(FIELDS.subject, Jurisdiction.BE, Language.NL)
    result = import_scan(db, write(tmp_path, "brief.pdf", PDF), clock=clock, actor=ACTOR, case_fields=fields)
    assert service.load(result.reference).case.rights == (Right.ACCESS,)
    assert "no right ticked: access assumed" in result.notes


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "the file is empty (0 bytes)"),
        (b"GIF89a\x01\x00\x01\x00", "not a PDF, PNG, JPEG or TIFF file"),
        (b"From: a@example.be\r\nSubject: x\r\n\r\nhello", "not a PDF, PNG, JPEG or TIFF file"),
        (b"\x00" * 64, "not a PDF, PNG, JPEG or TIFF file"),
    ],
)
def test_a_file_that_is_not_a_scan_is_refused_and_nothing_is_written(
    db: Database, clock: FixedClock, tmp_path: Path, content: bytes, reason: str
) -> None:
    before = snapshot(db)
    result = import_scan(
        db, write(tmp_path, "scan.pdf", content), clock=clock, actor=ACTOR, case_fields=FIELDS
    )
    assert result.outcome is ImportOutcome.REJECTED
    assert result.reason.startswith(reason)
    assert snapshot(db) == before


def test_a_scan_over_the_limit_is_refused_with_the_limit(
    db: Database, clock: FixedClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(scan_intake, "MAX_SCAN_BYTES", 1024 * 1024)
    path = write(tmp_path, "big.pdf", PDF + b"0" * (2 * 1024 * 1024))
    result = import_scan(db, path, clock=clock, actor=ACTOR, case_fields=FIELDS)
    assert result.reason == "the scan is 2.0 MiB; the limit is 1.0 MiB"


def test_the_content_decides_the_type_whatever_the_name_says(clock: FixedClock, tmp_path: Path) -> None:
    scan = read_scan(write(tmp_path, "brief.pdf", PNG))
    assert (scan.filename, scan.media_type) == ("brief.png", "image/png")
    assert scan.notes == ("the file is a PNG image although its name says otherwise",)


def test_a_pdf_header_after_some_junk_is_still_a_pdf_and_a_missing_end_is_pointed_out() -> None:
    assert scan_media_type(b"\r\n  %PDF-1.7 ...") == "application/pdf"
    assert scan_media_type(b"x" * 2000 + b"%PDF-1.7") is None
    scan = scan_intake.check_scan(b"%PDF-1.4 truncated", source="/tmp/../x/lettre.pdf")
    assert scan.filename == "lettre.pdf"
    assert any("incomplete" in note for note in scan.notes)


def test_a_scan_with_fields_the_rules_reject_is_refused_and_nothing_is_written(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    fields = ScanCaseFields(
        FIELDS.subject, Jurisdiction.FR, Language.FR, FIELDS.rights, received=date(2027, 1, 1)
    )
    before = snapshot(db)
    result = import_scan(db, write(tmp_path, "l.pdf", PDF), clock=clock, actor=ACTOR, case_fields=fields)
    assert result.reason == "received: 2027-01-01 is in the future"
    assert snapshot(db) == before


def test_a_letter_that_follows_up_joins_its_case(
    db: Database, clock: FixedClock, service: CaseService, tmp_path: Path
) -> None:
    first = import_scan(db, write(tmp_path, "a.pdf", PDF), clock=clock, actor=ACTOR, case_fields=FIELDS)
    scan = read_scan(write(tmp_path, "b.jpg", JPEG))
    result = store_scan(db, scan, None, clock=clock, actor=ACTOR, link_to=first.reference)
    assert (result.outcome, result.reference) == (ImportOutcome.LINKED, first.reference)
    assert service.load(first.reference).case.timeline[-1].kind == "letter-linked"
    with db.transaction() as session:
        assert [d.filename for d in documents_of(session, first.reference)] == ["a.pdf", "b.jpg"]


def test_the_same_scan_twice_is_refused_the_second_time(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    path = write(tmp_path, "l.pdf", PDF)
    first = import_scan(db, path, clock=clock, actor=ACTOR, case_fields=FIELDS)
    before = snapshot(db)
    again = import_scan(db, path, clock=clock, actor=ACTOR, case_fields=FIELDS)
    assert again.reason == f"already imported on {first.reference} (l.pdf)"
    assert snapshot(db) == before


def test_read_scan_refuses_in_one_line(tmp_path: Path) -> None:
    with pytest.raises(IntakeRefused, match="^no such file$"):
        read_scan(tmp_path / "missing.pdf")
