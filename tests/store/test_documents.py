"""Documents kept with cases: content inside the database, checked against its SHA-256 when read."""

from __future__ import annotations

import hashlib
from datetime import date, datetime

import pytest
from sqlalchemy import update

from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.rights import Right
from lazeo_desk.services.cases import CaseService
from lazeo_desk.store.cases import load_row
from lazeo_desk.store.database import Database
from lazeo_desk.store.documents import (
    DocumentKind,
    DocumentUnavailable,
    add_document,
    documents_of,
    documents_with_sha256,
    read_content,
)
from lazeo_desk.store.models import DocumentRow


def _open(service: CaseService, name: str = "Ëlodie Vercammen") -> str:
    case = Case(
        jurisdiction=Jurisdiction.BE,
        language=Language.NL,
        channel=Channel.EMAIL,
        received=date(2026, 3, 5),
        rights=(Right.ACCESS,),
        subject=DataSubject(name=name),
    )
    return service.open_case(case)


def _add(db: Database, reference: str, content: bytes, clock: FixedClock, kind: DocumentKind) -> int:
    with db.transaction() as session:
        row = load_row(session, reference)
        document = add_document(
            session,
            row.id,
            kind=kind,
            filename="mandat.pdf",
            media_type="application/pdf",
            content=content,
            now=clock.now(),
        )
        return document.id


def test_a_document_is_kept_with_its_size_and_sha256(
    db: Database, service: CaseService, clock: FixedClock
) -> None:
    reference = _open(service)
    content = b"%PDF-1.4 signed mandate"
    document_id = _add(db, reference, content, clock, DocumentKind.ATTACHMENT)
    with db.transaction() as session:
        [info] = documents_of(session, reference)
        assert (info.id, info.reference, info.kind) == (document_id, reference, "attachment")
        assert info.size == len(content)
        assert info.sha256 == hashlib.sha256(content).hexdigest()
        assert info.created_at == clock.now()
        assert read_content(session, document_id) == content


def test_documents_are_listed_oldest_first_per_case(
    db: Database, service: CaseService, clock: FixedClock
) -> None:
    first, second = _open(service), _open(service, "Jan Peeters")
    a = _add(db, first, b"one", clock, DocumentKind.EMAIL)
    _add(db, second, b"two", clock, DocumentKind.EMAIL)
    b = _add(db, first, b"three", clock, DocumentKind.ATTACHMENT)
    with db.transaction() as session:
        assert [d.id for d in documents_of(session, first)] == [a, b]


def test_a_stored_copy_altered_outside_the_program_is_not_handed_out(
    db: Database, service: CaseService, clock: FixedClock
) -> None:
    reference = _open(service)
    document_id = _add(db, reference, b"original", clock, DocumentKind.SCAN)
    with db.engine.begin() as connection:
        connection.execute(update(DocumentRow).where(DocumentRow.id == document_id).values(content=b"forged"))
    with db.transaction() as session, pytest.raises(DocumentUnavailable, match="SHA-256"):
        read_content(session, document_id)


def test_an_erased_document_says_when_it_was_erased(
    db: Database, service: CaseService, clock: FixedClock
) -> None:
    reference = _open(service)
    document_id = _add(db, reference, b"id card", clock, DocumentKind.SCAN)
    with db.engine.begin() as connection:
        connection.execute(
            update(DocumentRow)
            .where(DocumentRow.id == document_id)
            .values(content=None, deleted_at=datetime(2026, 3, 12, 10, 0))
        )
    with db.transaction() as session, pytest.raises(DocumentUnavailable, match="erased on 2026-03-12"):
        read_content(session, document_id)


def test_a_missing_document_is_reported(db: Database) -> None:
    with db.transaction() as session, pytest.raises(DocumentUnavailable, match="no document 99"):
        read_content(session, 99)


def test_the_same_content_is_found_with_the_case_that_holds_it(
    db: Database, service: CaseService, clock: FixedClock
) -> None:
    reference = _open(service)
    _add(db, reference, b"the message", clock, DocumentKind.EMAIL)
    digest = hashlib.sha256(b"the message").hexdigest()
    with db.transaction() as session:
        assert [d.reference for d in documents_with_sha256(session, digest)] == [reference]
        as_email = documents_with_sha256(session, digest, DocumentKind.EMAIL)
        assert [d.reference for d in as_email] == [reference]
        assert documents_with_sha256(session, digest, DocumentKind.SCAN) == []
