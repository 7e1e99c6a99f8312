"""Files kept with a case (original e-mails, attachments, scanned letters, enclosures of an answer), stored inside
the database."""

from __future__ import annotations

import enum
import hashlib
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, defer

from lazeo_desk.domain.messages import Explained, said
from lazeo_desk.store.cases import from_utc, to_utc
from lazeo_desk.store.models import CaseRow, DocumentRow


class DocumentKind(enum.StrEnum):
    """What a stored file is to its case."""

    EMAIL = "email"
    ATTACHMENT = "attachment"
    SCAN = "scan"
    # A file sent with the answer (the copy of the data, GDPR Art 15(3)): it has a title, a source and a date.
    ENCLOSURE = "enclosure"
    # The text recognised on a scan, kept beside it (same case) so that it can be read and searched.
    SCAN_TEXT = "scan-text"


class DocumentUnavailable(Explained, LookupError):
    """The document does not exist, was erased, or no longer matches its SHA-256."""


@dataclass(frozen=True)
class DocumentInfo:
    """A stored document without its content (lists show these; the content is read on demand)."""

    id: int
    reference: str
    kind: str
    filename: str
    media_type: str
    size: int
    sha256: str
    created_at: datetime
    erased: bool


@dataclass(frozen=True)
class EnclosureInfo:
    """An enclosure as its list and the package's index show it, without its content."""

    id: int
    title: str
    source: str
    document_date: date
    pages: int
    filename: str
    media_type: str
    size: int
    sha256: str
    created_at: datetime


def sha256_hex(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def add_document(
    session: Session,
    case_id: int,
    *,
    kind: DocumentKind,
    filename: str,
    media_type: str,
    content: bytes,
    now: datetime,
    title: str | None = None,
    source: str | None = None,
    document_date: date | None = None,
    pages: int | None = None,
) -> DocumentRow:
    """Keep ``content`` with the case, with its size and SHA-256 (in the caller's transaction); an enclosure also
    with its title, source, date and number of pages."""
    row = DocumentRow(
        case_id=case_id,
        kind=kind.value,
        filename=filename[:255],
        media_type=media_type[:120],
        size=len(content),
        sha256=sha256_hex(content),
        content=content,
        delete_after_verification=False,
        created_at=to_utc(now),
        title=title[:255] if title is not None else None,
        source=source[:255] if source is not None else None,
        document_date=document_date,
        pages=pages,
    )
    session.add(row)
    session.flush()
    return row


_INFO_COLUMNS = (
    DocumentRow.id,
    CaseRow.reference,
    DocumentRow.kind,
    DocumentRow.filename,
    DocumentRow.media_type,
    DocumentRow.size,
    DocumentRow.sha256,
    DocumentRow.created_at,
    DocumentRow.deleted_at,
)


def _info(values: tuple[object, ...]) -> DocumentInfo:
    doc_id, reference, kind, filename, media_type, size, sha256, created_at, deleted_at = values
    assert isinstance(created_at, datetime)
    return DocumentInfo(
        id=int(str(doc_id)),
        reference=str(reference),
        kind=str(kind),
        filename=str(filename),
        media_type=str(media_type),
        size=int(str(size)),
        sha256=str(sha256),
        created_at=from_utc(created_at),
        erased=deleted_at is not None,
    )


def documents_of(session: Session, reference: str) -> list[DocumentInfo]:
    """The documents of a case, oldest first, without loading their content."""
    query = (
        select(*_INFO_COLUMNS)
        .join(CaseRow, CaseRow.id == DocumentRow.case_id)
        .where(CaseRow.reference == reference.strip().upper())
        .order_by(DocumentRow.id)
    )
    return [_info(tuple(values)) for values in session.execute(query)]


def documents_with_sha256(
    session: Session, sha256: str, kind: DocumentKind | None = None
) -> list[DocumentInfo]:
    """Stored documents with this content (to tell the DPO that a file was already imported, and where)."""
    query = (
        select(*_INFO_COLUMNS)
        .join(CaseRow, CaseRow.id == DocumentRow.case_id)
        .where(DocumentRow.sha256 == sha256)
        .order_by(DocumentRow.id)
    )
    if kind is not None:
        query = query.where(DocumentRow.kind == kind.value)
    return [_info(tuple(values)) for values in session.execute(query)]


def read_content(session: Session, document_id: int) -> bytes:
    """The stored bytes, checked against the SHA-256 recorded when they were stored."""
    row = session.get(DocumentRow, document_id)
    if row is None:
        # A number that names a row, not a quantity: never written with a thousands separator.
        raise DocumentUnavailable(said("no document {document}", document=str(document_id)))
    if row.deleted_at is not None or row.content is None:
        erased = from_utc(row.deleted_at or row.created_at)
        raise DocumentUnavailable(said("{file} was erased on {day}", file=row.filename, day=erased.date()))
    content = row.content
    if sha256_hex(content) != row.sha256:
        raise DocumentUnavailable(
            said("{file} no longer matches its SHA-256: the stored copy was altered", file=row.filename)
        )
    return content


def enclosures_of(session: Session, reference: str) -> list[EnclosureInfo]:
    """The enclosures of a case still kept (removed ones are left out), in the order they were added."""
    query = (
        select(DocumentRow)
        .join(CaseRow, CaseRow.id == DocumentRow.case_id)
        .where(
            CaseRow.reference == reference.strip().upper(),
            DocumentRow.kind == DocumentKind.ENCLOSURE.value,
            DocumentRow.deleted_at.is_(None),
        )
        .order_by(DocumentRow.id)
        # The list needs no bytes: they are read one at a time when the package is made.
        .options(defer(DocumentRow.content))
    )
    return [
        EnclosureInfo(
            id=row.id,
            title=row.title or row.filename,
            source=row.source or "",
            document_date=row.document_date or from_utc(row.created_at).date(),
            pages=row.pages or 0,
            filename=row.filename,
            media_type=row.media_type,
            size=row.size,
            sha256=row.sha256,
            created_at=from_utc(row.created_at),
        )
        for row in session.scalars(query)
    ]


def erase_content(session: Session, document_id: int, now: datetime) -> DocumentRow:
    """Drop a document's bytes and mark it erased on ``now``; the row (name, hash, dates) stays for the record,
    and the audit trail records the erasure (in the caller's transaction)."""
    row = session.get(DocumentRow, document_id)
    if row is None or row.deleted_at is not None:
        raise DocumentUnavailable(said("no document {document}", document=str(document_id)))
    row.content = None
    row.deleted_at = to_utc(now)
    session.flush()
    return row
