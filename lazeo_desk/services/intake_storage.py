"""Storing what arrived — a new case with its files, or files joined to a case — in one transaction."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from lazeo_desk.domain.case import Case
from lazeo_desk.domain.clock import Clock
from lazeo_desk.domain.messages import Explained, Message, said
from lazeo_desk.domain.validation import problems
from lazeo_desk.services.cases import DeadlineRules
from lazeo_desk.services.email_reading import IntakeRefused
from lazeo_desk.store import audit
from lazeo_desk.store.cases import CaseNotFound, insert_case, load_row, row_to_case, update_case
from lazeo_desk.store.documents import DocumentKind, add_document, documents_with_sha256, sha256_hex


class ImportOutcome(enum.StrEnum):
    CREATED = "created"
    LINKED = "linked"
    REJECTED = "rejected"


@dataclass(frozen=True)
class ImportResult:
    """What became of one file: a new case, a link to an existing one, or a refusal with its reason.

    ``notes`` lists what the DPO should check (a date that was missing, a right assumed, …).
    """

    source: str
    outcome: ImportOutcome
    reference: str = ""
    reason: str = ""
    notes: tuple[str, ...] = ()

    @property
    def line(self) -> str:
        """One line for the command line: ``FILE: DSAR-2026-0001``, ``FILE: linked to DSAR-…`` or
        ``FILE: rejected: <reason>``, with what the DPO should check in brackets."""
        if self.outcome is ImportOutcome.REJECTED:
            return f"{self.source}: rejected: {self.reason}"
        head = self.reference if self.outcome is ImportOutcome.CREATED else f"linked to {self.reference}"
        tail = f" ({'; '.join(self.notes)})" if self.notes else ""
        return f"{self.source}: {head}{tail}"


@dataclass(frozen=True)
class IncomingFile:
    """A file to keep with a case."""

    kind: DocumentKind
    filename: str
    media_type: str
    content: bytes


def refusal_reason(error: BaseException) -> str:
    """The reason an error gives for refusing a file, in one line: its sentence when it says one (so that the
    window can say it in the reader's language), else its English text."""
    if isinstance(error, Explained) and len(error.sentences) == 1:
        return error.sentences[0]
    return str(error)


def kept_line(files: Sequence[IncomingFile]) -> Message:
    """The timeline line naming the files kept, the first with the start of its SHA-256."""
    first, rest = files[0], files[1:]
    digest = sha256_hex(first.content)[:16]
    if len(rest) == 1:
        return said(
            "Kept: {filename} (SHA-256 {sha256}…) and 1 attachment: {attachments}",
            filename=first.filename,
            sha256=digest,
            attachments=tuple(f.filename for f in rest),
        )
    if rest:
        return said(
            "Kept: {filename} (SHA-256 {sha256}…) and {count} attachments: {attachments}",
            filename=first.filename,
            sha256=digest,
            count=len(rest),
            attachments=tuple(f.filename for f in rest),
        )
    return said("Kept: {filename} (SHA-256 {sha256}…)", filename=first.filename, sha256=digest)


def refuse_duplicate(session: Session, content: bytes, kind: DocumentKind) -> None:
    """A file already kept as ``kind`` is not imported twice: the DPO is told where it is."""
    earlier = documents_with_sha256(session, sha256_hex(content), kind)
    if earlier:
        raise IntakeRefused(
            said("already imported on {reference} ({filename})", reference=earlier[0].reference,
                 filename=earlier[0].filename)
        )


def open_case_with_files(
    session: Session,
    case: Case,
    files: Sequence[IncomingFile],
    *,
    clock: Clock,
    actor: str,
    opening_text: str | Sequence[str],
) -> str:
    """Insert ``case`` with its deadline, its first timeline event (one text, or its lines) and its files (caller's
    transaction)."""
    found = problems(case, clock.today())
    if found:
        raise IntakeRefused(*found)
    now = clock.now()
    audit.act_as(session, actor, now)
    rules = DeadlineRules.load(session)
    due, strict = rules.stored_dates(case)
    row = insert_case(
        session, case, due_date=due, strict_due_date=strict, now=now, actor=actor, opening_text=opening_text
    )
    for item in files:
        add_document(
            session,
            row.id,
            kind=item.kind,
            filename=item.filename,
            media_type=item.media_type,
            content=item.content,
            now=now,
        )
    return row.reference


def link_files(
    session: Session,
    reference: str,
    files: Sequence[IncomingFile],
    *,
    clock: Clock,
    actor: str,
    kind: str,
    text: str | Sequence[str],
) -> str:
    """Keep ``files`` on an existing case with a timeline event saying what arrived (one text, or its lines), in
    the caller's transaction; the case's version moves on, so that a window holding an older copy reloads before
    saving."""
    try:
        row = load_row(session, reference)
    except CaseNotFound:
        raise IntakeRefused(said("no case {reference} to link to", reference=reference.strip().upper())) from None
    case = row_to_case(row)
    now = clock.now()
    audit.act_as(session, actor, now)
    rules = DeadlineRules.load(session)
    due, strict = rules.stored_dates(case)
    update_case(
        session,
        row,
        case,
        expected_version=None,
        due_date=due,
        strict_due_date=strict,
        now=now,
        events=[(actor, kind, text)],
    )
    for item in files:
        add_document(
            session,
            row.id,
            kind=item.kind,
            filename=item.filename,
            media_type=item.media_type,
            content=item.content,
            now=now,
        )
    return row.reference
