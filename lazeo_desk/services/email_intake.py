"""Requests arriving by e-mail (.eml, Outlook .msg) become cases: read, suggested, confirmed, stored whole.

The window reads a file into a draft (:func:`read_message`), shows the prefilled case
(:func:`propose_case`) and the cases it may belong to (:func:`find_matches`), then stores what the DPO
confirmed (:func:`store_draft`).
The command line does all of it at once (:func:`import_messages`, :func:`import_email_lines`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language, Relationship, Requester
from lazeo_desk.domain.clock import Clock
from lazeo_desk.domain.messages import Message, said
from lazeo_desk.domain.receipt import ZONES, received_on
from lazeo_desk.domain.rights import Right
from lazeo_desk.services.email_reading import (
    MAX_MESSAGE_BYTES,
    Attachment,
    IntakeDraft,
    IntakeRefused,
    first_line,
    parse_message,
    read_message,
)
from lazeo_desk.services.html_text import html_to_text
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
from lazeo_desk.store.documents import DocumentKind
from lazeo_desk.store.matching import CaseMatch, MatchQuery, MatchReason, find_matching_cases

__all__ = [
    "INTERNAL_ERROR",
    "MAX_MESSAGE_BYTES",
    "Attachment",
    "ImportOutcome",
    "ImportResult",
    "IntakeDraft",
    "IntakeRefused",
    "Match",
    "ProposedCase",
    "find_matches",
    "html_to_text",
    "import_email_lines",
    "import_message",
    "import_messages",
    "internal_error",
    "parse_message",
    "propose_case",
    "read_message",
    "reasons_said",
    "safe_filename",
    "store_draft",
]

Match = CaseMatch

# Why a message was joined to a case, as the timeline says it (the same English as the reasons themselves).
_REASON_WORDS = {
    MatchReason.REFERENCE: said("its reference is quoted in the message"),
    MatchReason.EMAIL: said("same e-mail address"),
    MatchReason.NAME_AND_BIRTH_DATE: said("same name and date of birth"),
    MatchReason.PATIENT_NUMBER: said("same patient number"),
}


def reasons_said(reasons: Iterable[MatchReason]) -> tuple[Message, ...]:
    """Why a message is taken for one about a stored case, as sentences the window says in the reader's language."""
    return tuple(_REASON_WORDS[reason] for reason in reasons)


@dataclass(frozen=True)
class ProposedCase:
    """The case the window prefills from a draft, and what was assumed where the message said nothing."""

    case: Case
    assumptions: tuple[str, ...] = field(default_factory=tuple)


def propose_case(draft: IntakeDraft) -> ProposedCase:
    """The new case prefilled from a draft: channel e-mail, the sender as the person (or as representative of
    the person the text names), the suggested rights — access when the text suggests none — and the
    request text, received on the date the message's arrival falls on in that country. ``assumptions`` says
    what the DPO must check."""
    assumptions: list[str] = list(draft.warnings)
    rights = draft.suggested_rights
    if not rights:
        rights = (Right.ACCESS,)
        assumptions.append(said("no right recognised in the text: access assumed"))
    jurisdiction = draft.suggested_jurisdiction
    if draft.jurisdiction is None:
        assumptions.append(said("the centre's country is not named: {country} assumed", country=jurisdiction))
    language = draft.language
    if language is None:
        language = Language.FR if jurisdiction is not Jurisdiction.BE else Language.NL
        assumptions.append(said("the language is not recognised: {language} assumed", language=language))
    name = draft.sender_name or draft.sender_email
    if not draft.sender_name and draft.sender_email:
        assumptions.append(said("the sender gives no name: the e-mail address stands for it"))
    received = draft.received_in(jurisdiction)
    birth = draft.birth_date if draft.birth_date and draft.birth_date <= received else None
    if draft.birth_date is not None and birth is None:
        assumptions.append(
            said("the date of birth read in the text ({birth_date}) is not possible", birth_date=draft.birth_date)
        )
    centre = draft.jurisdiction.centre if draft.jurisdiction else ""
    subject = DataSubject(
        name=name,
        birth_date=birth,
        email=draft.sender_email,
        patient_number=draft.patient_number,
        centre=centre,
    )
    requester = Requester()
    hint = draft.representation
    if hint is not None and hint.named_person:
        subject = DataSubject(
            name=hint.named_person,
            birth_date=birth,
            patient_number=draft.patient_number,
            centre=centre,
            deceased=hint.relationship is Relationship.HEIR,
        )
        requester = Requester(relationship=hint.relationship, name=name, email=draft.sender_email)
        assumptions.append(
            said(
                "{relationship} asking for {person} (from “{trigger}”): proof of authority needed",
                relationship=hint.relationship,
                person=hint.named_person,
                trigger=hint.trigger,
            )
        )
    elif hint is not None:
        assumptions.append(
            said(
                "the sender may ask for someone else (from “{trigger}”): check who the person is",
                trigger=hint.trigger,
            )
        )
    case = Case(
        jurisdiction=jurisdiction,
        language=language,
        channel=Channel.EMAIL,
        received=received,
        rights=rights,
        subject=subject,
        requester=requester,
        request_text=draft.request_text,
    )
    return ProposedCase(case, tuple(assumptions))


def find_matches(db: Database, draft: IntakeDraft) -> list[Match]:
    """Open or recent cases the message may belong to (same e-mail address, name and date of birth, patient
    number, or a quoted reference), best first; "recent" counts back from the day the message arrived."""
    people: list[tuple[str, date]] = []
    if draft.birth_date is not None:
        for name in (draft.sender_name, draft.representation.named_person if draft.representation else ""):
            if name:
                people.append((name, draft.birth_date))
    query = MatchQuery(
        emails=(draft.sender_email,) if draft.sender_email else (),
        people=tuple(people),
        patient_numbers=(draft.patient_number,) if draft.patient_number else (),
        references=draft.quoted_references,
    )
    if query.is_empty:
        return []
    with db.transaction() as session:
        return find_matching_cases(session, query, as_of=draft.received)


def _files_of(draft: IntakeDraft) -> list[IncomingFile]:
    files = [
        IncomingFile(DocumentKind.EMAIL, draft.original_filename, draft.original_media_type, draft.original)
    ]
    files += [
        IncomingFile(DocumentKind.ATTACHMENT, a.filename, a.media_type, a.content) for a in draft.attachments
    ]
    return files


def _suggestion_lines(draft: IntakeDraft) -> list[str]:
    if not draft.rights:
        return []
    suggestions = tuple(
        said("{right} ({words})", right=s.right, words=tuple(said("“{word}”", word=t) for t in s.triggers))
        for s in draft.rights
    )
    return [said("Suggested by the text: {suggestions}", suggestions=suggestions)]


def _arrival_line(draft: IntakeDraft, jurisdiction: Jurisdiction, *, linked: bool) -> Message:
    """The first line of the timeline entry: when, from whom and about what the message came; the day and hour
    are those of the centre's country."""
    sender, subject = draft.sender, draft.subject
    if draft.arrived_at is None:
        if linked:
            return said(
                "Message received {day} by e-mail from {sender}: “{subject}”",
                day=draft.received, sender=sender, subject=subject,
            )
        return said(
            "Request received {day} by e-mail from {sender}: “{subject}”",
            day=draft.received, sender=sender, subject=subject,
        )
    # The hour is fixed here, in the centre's time: the date alone is what the reader's format changes.
    day = received_on(draft.arrived_at, jurisdiction)
    time = draft.arrived_at.astimezone(ZONES[jurisdiction]).strftime("%H:%M")
    if linked:
        return said(
            "Message received {day} {time} by e-mail from {sender}: “{subject}”",
            day=day, time=time, sender=sender, subject=subject,
        )
    return said(
        "Request received {day} {time} by e-mail from {sender}: “{subject}”",
        day=day, time=time, sender=sender, subject=subject,
    )


def store_draft(
    db: Database,
    draft: IntakeDraft,
    case: Case | None,
    *,
    clock: Clock,
    actor: str,
    link_to: str | None = None,
    notes: Iterable[str] = (),
) -> ImportResult:
    """Store a confirmed draft: a new case from ``case`` (as the DPO confirmed it), or, with ``link_to``, the
    message added to that case with a timeline event. One transaction: on refusal nothing is written."""
    files = _files_of(draft)
    notes = tuple(notes)
    try:
        with db.transaction() as session:
            refuse_duplicate(session, draft.original, DocumentKind.EMAIL)
            if link_to:
                arrival = _arrival_line(draft, draft.suggested_jurisdiction, linked=True)
                lines = [arrival, *notes, "", draft.body, "", kept_line(files)]
                reference = link_files(
                    session,
                    link_to,
                    files,
                    clock=clock,
                    actor=actor,
                    kind="message-linked",
                    text=lines,
                )
                return ImportResult(draft.source, ImportOutcome.LINKED, reference, notes=notes)
            if case is None:
                raise ValueError("store_draft needs the confirmed case, or link_to")
            opening = [
                _arrival_line(draft, case.jurisdiction, linked=False),
                said("Rights: {rights}", rights=case.rights),
                *_suggestion_lines(draft),
                *notes,
                kept_line(files),
            ]
            reference = open_case_with_files(
                session, case, files, clock=clock, actor=actor, opening_text=opening
            )
            return ImportResult(draft.source, ImportOutcome.CREATED, reference, notes=notes)
    except (IntakeRefused, StoreError) as refusal:
        return ImportResult(draft.source, ImportOutcome.REJECTED, reason=refusal_reason(refusal))


def import_message(db: Database, path: Path | str, *, clock: Clock, actor: str) -> ImportResult:
    """Read one message and store it without a window: linked to the case it matches, else a new case with the
    suggested fields (the notes say what was assumed)."""
    source = str(path)
    try:
        draft = read_message(path, clock=clock)
    except IntakeRefused as refusal:
        return ImportResult(source, ImportOutcome.REJECTED, reason=refusal_reason(refusal))
    matches = find_matches(db, draft)
    if matches:
        best = matches[0]
        why = said(
            "matched {reference}: {reasons}",
            reference=best.reference,
            reasons=reasons_said(best.reasons),
        )
        return store_draft(db, draft, None, clock=clock, actor=actor, link_to=best.reference, notes=(why,))
    if not draft.sender_name and not draft.sender_email:
        reason = said("the message names no sender: a case needs the person's name")
        return ImportResult(source, ImportOutcome.REJECTED, reason=reason)
    proposal = propose_case(draft)
    return store_draft(db, draft, proposal.case, clock=clock, actor=actor, notes=proposal.assumptions)


def import_messages(
    db: Database, paths: Iterable[Path | str], *, clock: Clock, actor: str
) -> list[ImportResult]:
    """Import each file on its own (one transaction each): a bad file is refused, the others go on."""
    results = []
    for path in paths:
        try:
            results.append(import_message(db, path, clock=clock, actor=actor))
        except Exception as error:  # noqa: BLE001  (one unforeseen fault must not stop the batch; it is reported)
            results.append(ImportResult(str(path), ImportOutcome.REJECTED, reason=internal_error(error)))
    return results


# Starts the reason when the program, not the file, was at fault: such a refusal is a bug to report.
INTERNAL_ERROR = "unexpected error while importing"


def internal_error(error: BaseException) -> str:
    """The reason given for a file when the program, not the file, was at fault: it starts with
    :data:`INTERNAL_ERROR` and names the fault (in its own words, which are the program's, not the reader's)."""
    return said("unexpected error while importing: {detail}", detail=first_line(error))


def import_email_lines(
    db: Database, paths: Sequence[Path | str], *, clock: Clock, actor: str
) -> tuple[list[str], int]:
    """``lazeo-desk import-email FILE…``: one line per file and the exit status (0 when every file became or
    joined a case, 1 when any was rejected, 2 when no file was given)."""
    if not paths:
        return ["no file to import"], 2
    results = import_messages(db, paths, clock=clock, actor=actor)
    status = 1 if any(r.outcome is ImportOutcome.REJECTED for r in results) else 0
    return [r.line for r in results], status
