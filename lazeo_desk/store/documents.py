"""Files kept with a case (original e-mails, attachments, scanned letters), stored inside the database."""

from __future__ import annotations

import enum
import hashlib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from lazeo_desk.domain.messages import Explained, said
from lazeo_desk.store.cases import from_utc, to_utc
from lazeo_desk.store.models import CaseRow, DocumentRow


class DocumentKind(enum.StrEnum):
    """What a stored file is to its case."""

    EMAIL = "email"
    ATTACHMENT = "attachment"
    SCAN = "scan"
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
) -> DocumentRow:
    """Keep ``content`` with the case, with its size and SHA-256 (in the caller's transaction)."""
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
