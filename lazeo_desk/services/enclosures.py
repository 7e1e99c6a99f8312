"""Enclosures kept with a case: the files that make the copy of the data sent with the answer (GDPR Art 15(3)).

Each is checked (:mod:`lazeo_desk.services.enclosure_files`) before anything is written, then stored inside the
database with its SHA-256, source and date, with a timeline line in the same transaction; a refused file leaves
nothing behind. An enclosure can
be removed (its bytes dropped, its row kept for the record) until an answer that carried it was sent.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from lazeo_desk.domain.case import Case
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.messages import Explained, said
from lazeo_desk.services.cases import CaseRuleError, CaseService
from lazeo_desk.services.email_reading import IntakeRefused, read_limited
from lazeo_desk.services.enclosure_files import EXTENSIONS, LIMITS, EnclosureLimits, EnclosureRefused, check_enclosure
from lazeo_desk.services.untrusted_text import clean_text, safe_filename
from lazeo_desk.services.workplace import AtWorkplace, Workplace
from lazeo_desk.store.cases import from_utc, load_row
from lazeo_desk.store.database import StoreError
from lazeo_desk.store.documents import (
    DocumentKind,
    DocumentUnavailable,
    EnclosureInfo,
    add_document,
    enclosures_of,
    erase_content,
    read_content,
    sha256_hex,
)
from lazeo_desk.store.models import DocumentRow, LetterRow

# The letters an answer's enclosures go out with: once one of them is sent, what it carried has left the clinic.
PACKAGE_KINDS = (
    LetterKind.ACCESS_RESPONSE,
    LetterKind.PORTABILITY_COVER,
    LetterKind.MEDICAL_RECORD_COVER,
    LetterKind.PRACTITIONER_COVER,
)
# The index of the package has room for a line of this length.
DESCRIPTION_MAX = 255
AN_ENCLOSURE = said("the file")


# The files of one batch stored in one transaction, up to about this many bytes.
BATCH_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class _Ready:
    """A file checked and described, not stored yet."""

    name: str
    title: str
    source: str
    document_date: date
    media_type: str
    pages: int
    sha256: str
    content: bytes


def _reason(refused: Explained) -> str:
    # One sentence stays a sentence (the window says it in the reader's language).
    return refused.sentences[0] if len(refused.sentences) == 1 else str(refused)


class EnclosureNotRemovable(Explained, ValueError):
    """An enclosure that went out with a sent answer, or one that is not (or no longer) kept."""


@dataclass(frozen=True)
class EnclosureOutcome:
    """What became of one file handed in: stored (with its description), or refused and why."""

    path: str
    stored: EnclosureInfo | None = None
    reason: str = ""

    def line(self) -> str:
        """One line for the command line: the file, then its hash and pages, or why it was refused."""
        if self.stored is not None:
            info = self.stored
            return f"{self.path}: enclosed as {info.title!r} ({info.pages} p.), SHA-256 {info.sha256}"
        return f"{self.path}: refused: {self.reason}"


def _description(text: str, field: str) -> str:
    cleaned = " ".join(clean_text(text, keep_lines=False).split())
    if len(cleaned) > DESCRIPTION_MAX:
        raise EnclosureRefused(
            said("{field}: at most {limit} characters", field=field, limit=DESCRIPTION_MAX)
        )
    return cleaned


class EnclosureService(AtWorkplace):
    """Add, list, read and remove the enclosures of the cases of one :class:`Workplace`."""

    def __init__(self, place: Workplace, *, limits: EnclosureLimits = LIMITS) -> None:
        super().__init__(place)
        self.limits = limits

    @property
    def cases(self) -> CaseService:
        return CaseService(self.place)

    # reading -----------------------------------------------------------------------------------------------
    def enclosures(self, reference: str) -> list[EnclosureInfo]:
        """The enclosures kept with the case, in the order they were added."""
        with self.db.transaction() as session:
            load_row(session, reference)
            return enclosures_of(session, reference)

    def contents(self, reference: str) -> list[tuple[EnclosureInfo, bytes]]:
        """Each enclosure with its bytes, checked against its SHA-256."""
        with self.db.transaction() as session:
            load_row(session, reference)
            return [(info, read_content(session, info.id)) for info in enclosures_of(session, reference)]

    def content(self, reference: str, document_id: int) -> bytes:
        """The bytes of one enclosure of the case, checked against its SHA-256."""
        with self.db.transaction() as session:
            row = load_row(session, reference)
            document = session.get(DocumentRow, document_id)
            if document is None or document.case_id != row.id or document.kind != DocumentKind.ENCLOSURE.value:
                raise DocumentUnavailable(said("{reference} has no enclosure {document}", reference=reference,
                                               document=str(document_id)))
            return read_content(session, document_id)

    def read_file(self, path: Path | str) -> bytes:
        """The bytes of a file to enclose; ``EnclosureRefused`` when it is missing, empty or over the size limit."""
        try:
            return read_limited(Path(path), self.limits.file_bytes, AN_ENCLOSURE)
        except IntakeRefused as refused:
            raise EnclosureRefused(*refused.sentences) from None

    # writing -----------------------------------------------------------------------------------------------
    def add(
        self,
        reference: str,
        filename: str,
        content: bytes,
        *,
        source: str = "",
        title: str = "",
        document_date: date | None = None,
    ) -> EnclosureInfo:
        """Check ``content`` and keep it with the case; ``EnclosureRefused`` (nothing stored) when it is refused."""
        ready = self._prepare(filename, content, source=source, title=title, document_date=document_date)
        (stored,) = self._store(reference, [ready])
        if isinstance(stored, EnclosureRefused):
            raise stored
        return stored

    def add_file(self, reference: str, path: Path | str, *, source: str = "") -> EnclosureOutcome:
        """Read, check and keep one file; a refusal comes back as an outcome with its reason, nothing stored."""
        (outcome,) = self.add_files(reference, [path], source=source)
        return outcome

    def add_files(self, reference: str, paths: Sequence[Path | str], *, source: str = "") -> list[EnclosureOutcome]:
        """Read, check and keep each file, one outcome each (stored, or refused and why) in the order given.

        Each file is checked before any is stored; the accepted ones are stored a few together, in one transaction
        each group, since every transaction on a case hashes its stored files again for the audit trail.
        """
        self.cases.load(reference)  # an unknown case is said once, before any file is read
        outcomes: dict[int, EnclosureOutcome] = {}
        group: list[tuple[int, _Ready]] = []

        def store_group() -> None:
            try:
                results = self._store(reference, [ready for _, ready in group])
            except (CaseRuleError, StoreError) as failed:
                results = [EnclosureRefused(*failed.sentences)] * len(group)
            for (position, _), result in zip(group, results, strict=True):
                if isinstance(result, EnclosureRefused):
                    outcomes[position] = EnclosureOutcome(str(paths[position]), reason=_reason(result))
                else:
                    outcomes[position] = EnclosureOutcome(str(paths[position]), stored=result)
            group.clear()

        for position, path in enumerate(paths):
            try:
                ready = self._prepare(Path(path).name, self.read_file(path), source=source)
            except EnclosureRefused as refused:
                outcomes[position] = EnclosureOutcome(str(path), reason=_reason(refused))
                continue
            group.append((position, ready))
            if sum(len(item.content) for _, item in group) >= BATCH_BYTES:
                store_group()
        if group:
            store_group()
        return [outcomes[position] for position in range(len(paths))]

    def _prepare(
        self, filename: str, content: bytes, *, source: str = "", title: str = "", document_date: date | None = None
    ) -> _Ready:
        """The file checked and described, ready to store; ``EnclosureRefused`` when it cannot be."""
        checked = check_enclosure(content, self.limits)
        source = _description(source, "source")
        extension = EXTENSIONS[checked.media_type]
        name = safe_filename(filename, fallback=f"enclosure{extension}")
        title = _description(title, "title") or name.rsplit(".", 1)[0] or name
        day = document_date or self.clock.today()
        return _Ready(name, title, source, day, checked.media_type, checked.pages, sha256_hex(content), content)

    def _store(self, reference: str, batch: Sequence[_Ready]) -> list[EnclosureInfo | EnclosureRefused]:
        """Keep the files of ``batch`` with the case in one transaction; a file already enclosed is refused alone."""
        stored: dict[int, int] = {}
        refused: dict[int, EnclosureRefused] = {}

        def change(_case: Case, session: Session) -> list[str]:
            row = load_row(session, reference)
            known = {info.sha256: info.title for info in enclosures_of(session, reference)}
            lines: list[str] = []
            for position, ready in enumerate(batch):
                if ready.sha256 in known:
                    refused[position] = EnclosureRefused(
                        said("this file is already enclosed, as {title}", title=known[ready.sha256])
                    )
                    continue
                document = add_document(
                    session, row.id, kind=DocumentKind.ENCLOSURE, filename=ready.name, media_type=ready.media_type,
                    content=ready.content, now=self.clock.now(), title=ready.title, source=ready.source,
                    document_date=ready.document_date, pages=ready.pages,
                )
                stored[position] = document.id
                known[ready.sha256] = ready.title
                lines.append(
                    said("enclosure {title} added: {file}, SHA-256 {sha256}", title=ready.title, file=ready.name,
                         sha256=ready.sha256)
                )
            if not lines:
                # Nothing new: the first refusal stops the transaction, and no timeline line is written.
                raise next(iter(refused.values()))
            return lines

        try:
            self.cases.apply_change(reference, change, kind="enclosure")
        except EnclosureRefused:
            return [refused[position] for position in range(len(batch))]
        kept = {info.id: info for info in self.enclosures(reference)}
        return [refused[position] if position in refused else kept[stored[position]] for position in range(len(batch))]

    def remove(self, reference: str, document_id: int) -> None:
        """Drop the enclosure's bytes (its row, name and hash stay, and the audit trail records the removal);
        refused once an answer that carried it was sent."""

        def change(_case: Case, session: Session) -> list[str]:
            row = load_row(session, reference)
            document = session.get(DocumentRow, document_id)
            if (
                document is None or document.case_id != row.id or document.kind != DocumentKind.ENCLOSURE.value
                or document.deleted_at is not None
            ):
                raise EnclosureNotRemovable(said("{reference} has no enclosure {document}", reference=reference,
                                                 document=str(document_id)))
            sent = _answer_sent_since(session, row.id, from_utc(document.created_at))
            if sent is not None:
                raise EnclosureNotRemovable(
                    said(
                        "{title} went out with the answer sent on {day}: it stays with the case as sent",
                        title=document.title or document.filename, day=sent,
                    )
                )
            title = document.title or document.filename
            erase_content(session, document_id, self.clock.now())
            return [said("enclosure {title} removed (SHA-256 {sha256})", title=title, sha256=document.sha256)]

        self.cases.apply_change(reference, change, kind="enclosure")


def _answer_sent_since(session: Session, case_id: int, since: datetime) -> date | None:
    """The day an answer that carries enclosures was recorded as sent after ``since``, if one was."""
    query = (
        select(LetterRow.sent_on, LetterRow.created_at)
        .where(LetterRow.case_id == case_id, LetterRow.kind.in_([kind.value for kind in PACKAGE_KINDS]))
        .order_by(LetterRow.id)
    )
    for sent_on, created_at in session.execute(query):
        if from_utc(created_at) >= since:
            return sent_on if isinstance(sent_on, date) else None
    return None
