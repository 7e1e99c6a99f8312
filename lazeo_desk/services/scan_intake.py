"""Requests arriving by post: a scanned letter (PDF, PNG, JPEG or TIFF) becomes a case, the scan kept with it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language, Requester
from lazeo_desk.domain.clock import Clock
from lazeo_desk.domain.messages import said
from lazeo_desk.domain.rights import Right
from lazeo_desk.services.email_reading import EMPTY_FILE, MEBIBYTE, IntakeRefused, mebibytes, read_limited
from lazeo_desk.services.intake_storage import (
    ImportOutcome,
    ImportResult,
    IncomingFile,
    kept_line,
    link_files,
    open_case_with_files,
    refusal_reason,
    refuse_duplicate,
)
from lazeo_desk.services.untrusted_text import safe_filename
from lazeo_desk.store.database import Database, StoreError
from lazeo_desk.store.documents import DocumentKind, sha256_hex
from lazeo_desk.store.models import CaseRow, DocumentRow

# A letter of a few pages scanned in colour at 300 dpi stays well under this.
MAX_SCAN_BYTES = 50 * MEBIBYTE

_EXTENSIONS = {
    "application/pdf": (".pdf",),
    "image/png": (".png",),
    "image/jpeg": (".jpg", ".jpeg", ".jpe"),
    "image/tiff": (".tif", ".tiff"),
}
_MISNAMED = {
    "application/pdf": said("the file is a PDF although its name says otherwise"),
    "image/png": said("the file is a PNG image although its name says otherwise"),
    "image/jpeg": said("the file is a JPEG image although its name says otherwise"),
    "image/tiff": said("the file is a TIFF image although its name says otherwise"),
}
A_SCAN = said("the scan")


@dataclass(frozen=True)
class Scan:
    """A scanned letter as read from disk, checked to be a PDF, PNG, JPEG or TIFF by its first bytes."""

    source: str
    filename: str
    media_type: str
    content: bytes
    notes: tuple[str, ...] = ()

    @property
    def sha256(self) -> str:
        return sha256_hex(self.content)


@dataclass(frozen=True)
class ScanCaseFields:
    """What the DPO typed beside the scan; ``received`` is today when left empty, ``rights`` access."""

    subject: DataSubject
    jurisdiction: Jurisdiction
    language: Language
    rights: tuple[Right, ...] = ()
    requester: Requester = field(default_factory=Requester)
    received: date | None = None
    request_text: str = ""
    notes: str = ""


def scan_media_type(content: bytes) -> str | None:
    """The media type that the file's first bytes prove (the name's extension proves nothing), or None."""
    if content.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if content.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    # Scanners' multi-page format, in either byte order (TIFF 6.0 §2).
    if content.startswith((b"II*\x00", b"MM\x00*")):
        return "image/tiff"
    # ISO 32000-1 §7.5.2 lets the header follow some bytes of junk; readers look in the first kilobyte.
    if b"%PDF-" in content[:1024]:
        return "application/pdf"
    return None


def check_scan(content: bytes, *, source: str) -> Scan:
    """A scan from its bytes; ``IntakeRefused`` when it is empty, too large, or not a PDF, PNG, JPEG or TIFF."""
    if not content:
        raise IntakeRefused(EMPTY_FILE)
    if len(content) > MAX_SCAN_BYTES:
        raise IntakeRefused(
            said(
                "{what} is {size}; the limit is {limit}",
                what=A_SCAN,
                size=mebibytes(len(content)),
                limit=said("{amount} MiB", amount=MAX_SCAN_BYTES // MEBIBYTE),
            )
        )
    media_type = scan_media_type(content)
    if media_type is None:
        raise IntakeRefused(said("not a PDF, PNG, JPEG or TIFF file (its first bytes say otherwise)"))
    extensions = _EXTENSIONS[media_type]
    filename = safe_filename(source, fallback=f"scan{extensions[0]}")
    notes: list[str] = []
    if not filename.lower().endswith(extensions):
        notes.append(_MISNAMED[media_type])
        filename = filename.rsplit(".", 1)[0] + extensions[0] if "." in filename else filename + extensions[0]
    if media_type == "application/pdf" and b"%%EOF" not in content[-2048:]:
        notes.append(said("the PDF has no end-of-file marker: it may be incomplete, check that every page shows"))
    return Scan(source, filename, media_type, content, tuple(notes))


def read_scan(path: Path | str) -> Scan:
    """Read and check a scanned letter (to show it beside the form before anything is stored)."""
    source = Path(path)
    content = read_limited(source, MAX_SCAN_BYTES, A_SCAN)
    return check_scan(content, source=str(source))


def store_scan(
    db: Database,
    scan: Scan,
    fields: ScanCaseFields | None,
    *,
    clock: Clock,
    actor: str,
    link_to: str | None = None,
    recognised_text: str | None = None,
    reading_notes: tuple[str, ...] = (),
) -> ImportResult:
    """A new case by post from ``fields`` with the scan kept as kind "scan", or, with ``link_to``, the scan
    added to that case with a timeline event; one transaction, nothing written on refusal. The text recognised
    on the scan, when given, is kept beside it as kind "scan-text" (encrypted with the database like the scan)."""
    files = [IncomingFile(DocumentKind.SCAN, scan.filename, scan.media_type, scan.content)]
    if recognised_text is not None:
        files.append(
            IncomingFile(
                DocumentKind.SCAN_TEXT, scan_text_filename(scan.filename), TEXT_MEDIA_TYPE,
                recognised_text.encode("utf-8"),
            )
        )
    notes = [*scan.notes, *reading_notes]
    kept = [kept_line(files[:1])]
    if recognised_text is not None:
        kept.append(said("the text read on the scan is kept beside it ({filename})", filename=files[1].filename))
    try:
        with db.transaction() as session:
            refuse_duplicate(session, scan.content, DocumentKind.SCAN)
            if link_to:
                received = fields.received if fields and fields.received else clock.today()
                lines = [said("Letter received {day} by post", day=received), *notes, *kept]
                reference = link_files(
                    session, link_to, files, clock=clock, actor=actor, kind="letter-linked", text=lines
                )
                return ImportResult(scan.source, ImportOutcome.LINKED, reference, notes=tuple(notes))
            if fields is None:
                raise ValueError("store_scan needs the case fields, or link_to")
            case = _case(fields, clock, notes)
            opening = [
                said("Request received {day} by post (scanned letter)", day=case.received),
                said("Rights: {rights}", rights=case.rights),
                *notes,
                *kept,
            ]
            reference = open_case_with_files(
                session, case, files, clock=clock, actor=actor, opening_text=opening
            )
            return ImportResult(scan.source, ImportOutcome.CREATED, reference, notes=tuple(notes))
    except (IntakeRefused, StoreError) as refusal:
        return ImportResult(scan.source, ImportOutcome.REJECTED, reason=refusal_reason(refusal))


TEXT_MEDIA_TYPE = "text/plain; charset=utf-8"


def scan_text_filename(scan_filename: str) -> str:
    """The name of the recognised text kept beside a scan: "letter.pdf" gives "letter.pdf.txt"."""
    return f"{scan_filename}.txt"


def recognised_texts(session: Session, reference: str) -> list[str]:
    """The texts recognised on the scans of case ``reference``, oldest first (for searching and reading); an
    erased document gives nothing."""
    rows = session.execute(
        select(DocumentRow.content)
        .join(CaseRow, CaseRow.id == DocumentRow.case_id)
        .where(
            CaseRow.reference == reference,
            DocumentRow.kind == DocumentKind.SCAN_TEXT.value,
            DocumentRow.deleted_at.is_(None),
        )
        .order_by(DocumentRow.id)
    )
    return [content.decode("utf-8", "replace") for (content,) in rows if content is not None]


def _case(fields: ScanCaseFields, clock: Clock, notes: list[str]) -> Case:
    received = fields.received
    if received is None:
        received = clock.today()
        notes.append(said("received date set to today ({today}): correct it from the postmark", today=received))
    rights = fields.rights
    if not rights:
        rights = (Right.ACCESS,)
        notes.append(said("no right ticked: access assumed"))
    return Case(
        jurisdiction=fields.jurisdiction,
        language=fields.language,
        channel=Channel.POST,
        received=received,
        rights=rights,
        subject=fields.subject,
        requester=fields.requester,
        request_text=fields.request_text,
        notes=fields.notes,
    )


def import_scan(
    db: Database,
    path: Path | str,
    *,
    clock: Clock,
    actor: str,
    case_fields: ScanCaseFields | None,
    link_to: str | None = None,
) -> ImportResult:
    """Read, check and store a scanned letter in one go; a refusal comes back as a result with its reason."""
    try:
        scan = read_scan(path)
    except IntakeRefused as refusal:
        return ImportResult(str(path), ImportOutcome.REJECTED, reason=refusal_reason(refusal))
    return store_scan(db, scan, case_fields, clock=clock, actor=actor, link_to=link_to)
