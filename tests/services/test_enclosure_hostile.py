"""Hostile files are refused as enclosures in one line, and leave the database exactly as it was."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from enclosure_samples import (
    bomb_png,
    broken_pdf,
    encrypted_pdf,
    huge_pdf,
    multi_page_tiff,
    pdf_with_pages,
    scan,
    truncated_png,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language
from lazeo_desk.domain.rights import Right
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.email_reading import MEBIBYTE
from lazeo_desk.services.enclosure_files import EnclosureLimits, EnclosureRefused, check_enclosure, sniff
from lazeo_desk.services.enclosures import EnclosureService
from lazeo_desk.services.maintenance import check
from lazeo_desk.store.database import Database


def _open(service: CaseService) -> str:
    return service.open_case(
        Case(
            jurisdiction=Jurisdiction.FR, language=Language.FR, channel=Channel.POST, received=date(2026, 3, 5),
            rights=(Right.ACCESS,), subject=DataSubject(name="Louise Martin", address=("1 rue X", "75001 PARIS")),
        )
    )


def _snapshot(db: Database) -> tuple[object, ...]:
    with db.engine.connect() as connection:
        return tuple(
            tuple(connection.execute(text(f"SELECT * FROM {table} ORDER BY 1")).all())
            for table in ("documents", "events", "audit", "cases")
        )


HOSTILE: dict[str, tuple[Callable[[], bytes], str]] = {
    "an empty file": (lambda: b"", "the file is empty (0 bytes)"),
    "an encrypted PDF": (encrypted_pdf, "the PDF is protected by a password; enclose it unprotected"),
    "a broken PDF": (broken_pdf, "the PDF is damaged and cannot be read"),
    "a truncated PDF": (lambda: pdf_with_pages(3)[:900], "the PDF is damaged and cannot be read"),
    "a 20,000-page PDF": (lambda: huge_pdf(20_000), "the PDF has 20000 pages; the limit is 2000"),
    "a PDF one page over the limit": (lambda: huge_pdf(2001), "the PDF has 2001 pages; the limit is 2000"),
    "a decompression bomb": (bomb_png, "the image has more than 60 million pixels a page"),
    "an image over the pixel limit": (
        lambda: bomb_png(9000, 9000), "the image is 9000 × 9000 pixels; the limit is 60 million pixels a page",
    ),
    "a truncated scan": (truncated_png, "the image is damaged and cannot be read"),
    "an executable": (
        lambda: b"MZ\x90\x00\x03" + bytes(range(256)) * 4,
        "not a PDF, JPEG, PNG, TIFF, CSV, JSON or XML file (its first bytes say otherwise)",
    ),
    "plain prose": (
        lambda: b"Ceci est une lettre sans tableau.\n",
        "not a PDF, JPEG, PNG, TIFF, CSV, JSON or XML file (its first bytes say otherwise)",
    ),
    "XML with entities": (
        lambda: b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><l>&b;</l>',
        "the XML file declares a document type or entities, which exports never do",
    ),
    "broken XML": (lambda: b"<invoices><invoice>", "the XML file cannot be read: "),
    "deeply nested JSON": (lambda: b"[" * 200_000 + b"]" * 200_000, "the JSON file nests its values too deeply"),
    "broken JSON": (lambda: b'{"a": ', "the JSON file cannot be read: "),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_a_hostile_file_is_refused_in_one_line_and_nothing_is_stored(
    name: str, service: CaseService, db: Database
) -> None:
    make, reason = HOSTILE[name]
    ref = _open(service)
    before = _snapshot(db)
    with pytest.raises(EnclosureRefused) as refused:
        EnclosureService(service.place).add(ref, "file.pdf", make())
    assert str(refused.value).startswith(reason)
    assert "\n" not in str(refused.value)
    assert _snapshot(db) == before
    assert check(db) == []


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(service: CaseService, tmp_path: Path) -> None:
    ref = _open(service)
    big = tmp_path / "big.pdf"
    big.write_bytes(pdf_with_pages(1) + b"\n" * (3 * MEBIBYTE // 2))
    small = EnclosureService(service.place, limits=EnclosureLimits(file_bytes=MEBIBYTE))
    outcome = small.add_file(ref, big)
    assert (outcome.stored, outcome.reason) == (None, "the file is 1.5 MiB; the limit is 1.0 MiB")
    with pytest.raises(EnclosureRefused, match=r"^the file is 1.5 MiB; the limit is 1.0 MiB$"):
        check_enclosure(big.read_bytes(), EnclosureLimits(file_bytes=MEBIBYTE))


def test_a_tiff_with_more_pages_than_the_limit_is_refused() -> None:
    with pytest.raises(EnclosureRefused, match="the image has more than 2 pages"):
        check_enclosure(multi_page_tiff(3), EnclosureLimits(pages=2))


def test_an_export_with_more_rows_than_the_limit_is_refused() -> None:
    rows = "a;b\n" + "1;2\n" * 11
    with pytest.raises(EnclosureRefused, match="the export has more than 10 rows"):
        check_enclosure(rows.encode(), EnclosureLimits(table_rows=10))


@pytest.mark.parametrize(
    ("content", "media_type"),
    [
        (b"%PDF-1.7 ...", "application/pdf"),
        (b"junk before%PDF-1.4", "application/pdf"),
        (b"\xff\xd8\xff\xe0", "image/jpeg"),
        (b"II*\x00rest", "image/tiff"),
        (b"MM\x00*rest", "image/tiff"),
        (b"\xef\xbb\xbf  [1, 2]", "application/json"),
        (b"<?xml version='1.0'?><a/>", "application/xml"),
        (b"date,centre\n2025-01-01,Gent\n", "text/csv"),
        (b"ELF\x00\x01,;", None),
    ],
)
def test_the_type_is_told_by_the_content_never_by_the_name(content: bytes, media_type: str | None) -> None:
    assert sniff(content) == media_type


def test_a_png_scan_is_sniffed_as_png() -> None:
    assert sniff(scan(image_format="PNG")) == "image/png"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2048))
def test_any_bytes_are_either_accepted_with_pages_or_refused_with_a_sentence(content: bytes) -> None:
    try:
        checked = check_enclosure(content)
    except EnclosureRefused as refused:
        assert str(refused) and "\n" not in str(refused)
    else:
        assert checked.pages >= 1
