"""Enclosures kept with a case: stored with their hash, source, date and pages; removable until the answer went out."""

from __future__ import annotations

import hashlib
from datetime import date, timedelta
from pathlib import Path

import pytest
from enclosure_samples import BOOKINGS_CSV, INVOICES_XML, multi_page_tiff, pdf_with_pages, scan
from sqlalchemy import select

from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.rights import Right
from lazeo_desk.letters import LetterExtras
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.enclosure_files import EnclosureRefused
from lazeo_desk.services.enclosures import EnclosureNotRemovable, EnclosureService
from lazeo_desk.services.letters import LetterService, SendMethod
from lazeo_desk.services.maintenance import check
from lazeo_desk.store import audit
from lazeo_desk.store.models import DocumentRow

SOURCE = "Dossier patient (logiciel du centre)"


def open_case(service: CaseService, language: Language = Language.FR) -> str:
    return service.open_case(
        Case(
            jurisdiction=Jurisdiction.BE, language=language, channel=Channel.EMAIL, received=date(2026, 3, 5),
            rights=(Right.ACCESS,),
            subject=DataSubject(name="Anaïs Peeters", email="anais@example.be",
                                address=("Kerkstraat 12 bus 3", "9000 Gent", "België")),
        )
    )


@pytest.fixture
def enclosures(service: CaseService) -> EnclosureService:
    return EnclosureService(service.place)


def test_an_enclosure_is_kept_with_its_hash_source_date_type_and_pages(
    service: CaseService, enclosures: EnclosureService
) -> None:
    ref = open_case(service)
    content = pdf_with_pages(3)
    info = enclosures.add(ref, "dossier médical.pdf", content, source=SOURCE, document_date=date(2026, 2, 1))
    assert (info.title, info.source, info.document_date, info.pages) == ("dossier médical", SOURCE, date(2026, 2, 1), 3)
    digest = hashlib.sha256(content).hexdigest()
    assert (info.media_type, info.size, info.sha256) == ("application/pdf", len(content), digest)
    assert enclosures.enclosures(ref) == [info]
    assert enclosures.contents(ref) == [(info, content)]
    timeline = service.load(ref).case.timeline
    assert timeline[-1].kind == "enclosure" and info.sha256 in timeline[-1].text


def test_the_date_is_today_unless_given_and_each_type_counts_its_pages(
    service: CaseService, enclosures: EnclosureService
) -> None:
    ref = open_case(service)
    tiff = enclosures.add(ref, "scan.tif", multi_page_tiff(3))
    png = enclosures.add(ref, "scan.png", scan(image_format="PNG"))
    csv = enclosures.add(ref, "actes.csv", BOOKINGS_CSV)
    xml = enclosures.add(ref, "factures.xml", INVOICES_XML)
    assert [(e.media_type, e.pages) for e in (tiff, png, csv, xml)] == [
        ("image/tiff", 3), ("image/png", 1), ("text/csv", 1), ("application/xml", 1),
    ]
    assert {e.document_date for e in (tiff, png, csv, xml)} == {service.clock.today()}


def test_a_misnamed_file_is_stored_under_the_type_its_bytes_prove(
    service: CaseService, enclosures: EnclosureService
) -> None:
    ref = open_case(service)
    info = enclosures.add(ref, "report.csv", scan(image_format="PNG"))
    assert info.media_type == "image/png"


def test_the_same_file_twice_in_a_case_is_refused_and_stored_once(
    service: CaseService, enclosures: EnclosureService
) -> None:
    ref = open_case(service)
    content = pdf_with_pages(1)
    enclosures.add(ref, "a.pdf", content, title="Dossier")
    with pytest.raises(EnclosureRefused, match="already enclosed, as Dossier"):
        enclosures.add(ref, "b.pdf", content)
    assert len(enclosures.enclosures(ref)) == 1


def test_a_source_longer_than_the_index_can_hold_is_refused(service: CaseService, enclosures: EnclosureService) -> None:
    ref = open_case(service)
    with pytest.raises(EnclosureRefused, match="source: at most 255 characters"):
        enclosures.add(ref, "a.pdf", pdf_with_pages(1), source="x" * 256)
    assert enclosures.enclosures(ref) == []


def test_removal_drops_the_bytes_keeps_the_row_and_is_audited(
    service: CaseService, enclosures: EnclosureService
) -> None:
    ref = open_case(service)
    info = enclosures.add(ref, "a.pdf", pdf_with_pages(1))
    enclosures.remove(ref, info.id)
    assert enclosures.enclosures(ref) == []
    with service.db.transaction() as session:
        row = session.get(DocumentRow, info.id)
        assert row is not None and row.content is None and row.deleted_at is not None
        assert row.sha256 == info.sha256
        actions = [entry.action for entry in audit.trail(session, ref)]
    assert "document-erased" in actions
    assert check(service.db) == []


def test_an_enclosure_sent_with_the_answer_cannot_be_removed(
    service: CaseService, enclosures: EnclosureService
) -> None:
    ref = open_case(service)
    info = enclosures.add(ref, "a.pdf", pdf_with_pages(1), title="Dossier")
    letters = LetterService(service)
    extras = LetterExtras(enclosures=("Dossier",))
    letters.send(ref, letters.draft(ref, LetterKind.ACCESS_RESPONSE, extras=extras), method=SendMethod.POST)
    with pytest.raises(EnclosureNotRemovable, match="Dossier went out with the answer sent on 2026-03-10"):
        enclosures.remove(ref, info.id)
    assert enclosures.enclosures(ref) == [info]


def test_an_enclosure_added_after_the_answer_went_out_can_still_be_removed(
    service: CaseService, enclosures: EnclosureService, clock: FixedClock
) -> None:
    ref = open_case(service)
    letters = LetterService(service)
    extras = LetterExtras(enclosures=("Dossier",))
    letters.send(ref, letters.draft(ref, LetterKind.ACCESS_RESPONSE, extras=extras), method=SendMethod.POST)
    clock.set(clock.now() + timedelta(minutes=5))
    late = enclosures.add(ref, "b.pdf", pdf_with_pages(2))
    enclosures.remove(ref, late.id)
    assert enclosures.enclosures(ref) == []


def test_removing_what_is_not_an_enclosure_of_the_case_is_refused(
    service: CaseService, enclosures: EnclosureService
) -> None:
    ref = open_case(service)
    other = open_case(service)
    info = enclosures.add(other, "a.pdf", pdf_with_pages(1))
    with pytest.raises(EnclosureNotRemovable, match="has no enclosure"):
        enclosures.remove(ref, info.id)
    enclosures.remove(other, info.id)
    with pytest.raises(EnclosureNotRemovable, match="has no enclosure"):
        enclosures.remove(other, info.id)


def test_files_are_read_from_disk_one_outcome_each(
    service: CaseService, enclosures: EnclosureService, tmp_path: Path
) -> None:
    ref = open_case(service)
    good = tmp_path / "actes.csv"
    good.write_bytes(BOOKINGS_CSV)
    empty = tmp_path / "vide.pdf"
    empty.write_bytes(b"")
    outcomes = enclosures.add_files(ref, [good, empty, tmp_path / "absent.pdf"], source=SOURCE)
    assert outcomes[0].stored is not None and outcomes[0].stored.source == SOURCE
    assert [outcome.reason for outcome in outcomes[1:]] == ["the file is empty (0 bytes)", "no such file"]
    assert outcomes[0].line().startswith(f"{good}: enclosed as 'actes' (1 p.), SHA-256 ")
    assert outcomes[1].line() == f"{empty}: refused: the file is empty (0 bytes)"
    with service.db.transaction() as session:
        assert len(session.scalars(select(DocumentRow)).all()) == 1


def test_files_added_together_are_stored_in_one_timeline_entry_and_a_repeat_among_them_is_refused(
    service: CaseService, enclosures: EnclosureService, tmp_path: Path
) -> None:
    ref = open_case(service)
    content = pdf_with_pages(2)
    first, again, other = tmp_path / "a.pdf", tmp_path / "a-copy.pdf", tmp_path / "actes.csv"
    first.write_bytes(content)
    again.write_bytes(content)
    other.write_bytes(BOOKINGS_CSV)
    before = len(service.load(ref).case.timeline)
    outcomes = enclosures.add_files(ref, [first, again, other])
    assert [outcome.stored is not None for outcome in outcomes] == [True, False, True]
    assert outcomes[1].reason == "this file is already enclosed, as a"
    timeline = service.load(ref).case.timeline
    assert len(timeline) == before + 1
    assert "a.pdf" in timeline[-1].text and "actes.csv" in timeline[-1].text
    assert check(service.db) == []


def test_a_batch_larger_than_one_transaction_holds_is_stored_in_several(
    service: CaseService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lazeo_desk.services import enclosures as module

    monkeypatch.setattr(module, "BATCH_BYTES", 1)
    ref = open_case(service)
    paths = []
    for number in range(3):
        path = tmp_path / f"p{number}.pdf"
        path.write_bytes(pdf_with_pages(number + 1))
        paths.append(path)
    before = len(service.load(ref).case.timeline)
    outcomes = EnclosureService(service.place).add_files(ref, paths)
    assert [outcome.stored.pages for outcome in outcomes if outcome.stored] == [1, 2, 3]
    assert len(service.load(ref).case.timeline) == before + 3
