"""Reading and writing cases: the mapping between domain :class:`Case` objects and table rows."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from lazeo_desk.domain.case import (
    Case,
    Channel,
    DataSubject,
    Extension,
    HeirPurpose,
    Jurisdiction,
    Language,
    OutcomeKind,
    Practitioner,
    Relationship,
    Requester,
    RightOutcome,
    TimelineEvent,
    Title,
    format_reference,
)
from lazeo_desk.domain.messages import Explained, said
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status
from lazeo_desk.store.models import CaseRightRow, CaseRow, EventRow, ReferenceCounter
from lazeo_desk.store.sentences import decode_lines, encode_lines


class CaseNotFound(Explained, LookupError):
    """No case bears that reference."""


class StaleCase(Explained, RuntimeError):
    """The case changed in another window or program since it was read (optimistic locking)."""


def search_key(text: str) -> str:
    """Lower case without accents, so that "elodie" finds "Ëlodie"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def to_utc(moment: datetime) -> datetime:
    """Naive UTC for storage (SQLite keeps no offset)."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC).replace(tzinfo=None)


def from_utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC)


def next_reference(session: Session, year: int) -> tuple[str, int]:
    """The next reference of ``year``; the counter only grows, so a reference is never handed out twice."""
    counter = session.get(ReferenceCounter, year)
    if counter is None:
        counter = ReferenceCounter(year=year, last_sequence=0)
        session.add(counter)
    counter.last_sequence += 1
    return format_reference(year, counter.last_sequence), counter.last_sequence


def _lines(text: str) -> tuple[str, ...]:
    return tuple(text.split("\n")) if text else ()


def urgency_rank(status: Status) -> int:
    """The register's first sort key: open cases (their clock running or paused) before finished ones; among open
    cases the date that binds decides (``models.BINDING_DATE``), so a paused case sorts by its strict date."""
    return 0 if status.is_open else 2


def case_columns(case: Case) -> dict[str, object]:
    """The column values of ``case`` (everything but identity, dates of record-keeping and deadlines)."""
    subject = case.subject
    requester = case.requester
    practitioner = requester.designated_practitioner
    return {
        "jurisdiction": case.jurisdiction.value,
        "language": case.language.value,
        "channel": case.channel.value,
        "status": case.status.value,
        "urgency": urgency_rank(case.status),
        "received": case.received,
        "completed": case.completed,
        "answered": case.answered,
        "closed": case.closed,
        "awaiting_since": case.awaiting_since,
        "info_requested": case.info_requested,
        "extension_reason": case.extension.reason if case.extension else None,
        "extension_notice_date": case.extension.notice_date if case.extension else None,
        "records_older_than_5_years": case.records_older_than_5_years,
        "request_text": case.request_text,
        "notes": case.notes,
        # NULL rather than "" while nobody holds it, as on the rows written before cases had an assignee.
        "assignee": case.assignee or None,
        "subject_name": subject.name,
        "subject_name_key": search_key(subject.name),
        "subject_birth_date": subject.birth_date,
        "subject_email": subject.email.strip(),
        "subject_address": "\n".join(subject.address),
        "subject_title": subject.title.value if subject.title else None,
        "subject_family_name": subject.family_name,
        "patient_number": subject.patient_number,
        "centre": subject.centre,
        "minor": subject.minor,
        "deceased": subject.deceased,
        "death_date": subject.death_date,
        "last_consultation": subject.last_consultation,
        "requester_relationship": requester.relationship.value,
        "requester_name": requester.name,
        "requester_name_key": search_key(requester.name),
        "requester_address": "\n".join(requester.address),
        "requester_email": requester.email.strip(),
        "requester_proof": requester.proof,
        "requester_title": requester.title.value if requester.title else None,
        "requester_family_name": requester.family_name,
        "requester_purpose": requester.purpose.value if requester.purpose else None,
        "requester_purpose_explanation": requester.purpose_explanation,
        "practitioner_name": practitioner.name if practitioner else None,
        "practitioner_address": "\n".join(practitioner.address) if practitioner else "",
        "practitioner_title": practitioner.title.value if practitioner and practitioner.title else None,
        "practitioner_family_name": practitioner.family_name if practitioner else "",
    }


def case_fields(case: Case) -> dict[str, object]:
    """The fields of ``case`` an edit is described by: its column values and its rights, comma-joined in order
    (kept as case_rights rows, see :func:`_sync_rights`)."""
    return {**case_columns(case), "rights": ",".join(r.value for r in case.rights)}


def row_to_case(row: CaseRow, *, with_timeline: bool = True) -> Case:
    outcomes: dict[Right, RightOutcome] = {}
    for right_row in row.right_rows:
        if right_row.outcome:
            outcomes[Right(right_row.right)] = RightOutcome(OutcomeKind(right_row.outcome), right_row.ground)
    extension = None
    if row.extension_reason is not None and row.extension_notice_date is not None:
        extension = Extension(row.extension_reason, row.extension_notice_date)
    timeline = (
        [TimelineEvent(from_utc(e.at), e.actor, e.kind, e.text, decode_lines(e.sentences)) for e in row.events]
        if with_timeline
        else []
    )
    return Case(
        reference=row.reference,
        jurisdiction=Jurisdiction(row.jurisdiction),
        language=Language(row.language),
        channel=Channel(row.channel),
        status=Status(row.status),
        received=row.received,
        completed=row.completed,
        answered=row.answered,
        closed=row.closed,
        awaiting_since=row.awaiting_since,
        info_requested=row.info_requested,
        extension=extension,
        records_older_than_5_years=row.records_older_than_5_years,
        rights=tuple(Right(r.right) for r in sorted(row.right_rows, key=lambda r: r.position)),
        request_text=row.request_text,
        notes=row.notes,
        subject=DataSubject(
            name=row.subject_name,
            birth_date=row.subject_birth_date,
            email=row.subject_email,
            address=_lines(row.subject_address),
            title=Title(row.subject_title) if row.subject_title else None,
            family_name=row.subject_family_name or "",
            patient_number=row.patient_number,
            centre=row.centre,
            minor=row.minor,
            deceased=row.deceased,
            death_date=row.death_date,
            last_consultation=row.last_consultation,
        ),
        requester=Requester(
            relationship=Relationship(row.requester_relationship),
            name=row.requester_name,
            address=_lines(row.requester_address),
            email=row.requester_email,
            proof=row.requester_proof,
            title=Title(row.requester_title) if row.requester_title else None,
            family_name=row.requester_family_name or "",
            purpose=HeirPurpose(row.requester_purpose) if row.requester_purpose else None,
            purpose_explanation=row.requester_purpose_explanation or "",
            designated_practitioner=(
                Practitioner(
                    name=row.practitioner_name,
                    address=_lines(row.practitioner_address or ""),
                    title=Title(row.practitioner_title) if row.practitioner_title else None,
                    family_name=row.practitioner_family_name or "",
                )
                if row.practitioner_name
                else None
            ),
        ),
        outcomes=outcomes,
        timeline=timeline,
        assignee=row.assignee or "",
    )


def _sync_rights(row: CaseRow, case: Case) -> None:
    existing = {r.right: r for r in row.right_rows}
    wanted = [r.value for r in case.rights]
    for key in list(existing):
        if key not in wanted:
            row.right_rows.remove(existing[key])
    for position, key in enumerate(wanted):
        right_row = existing.get(key)
        if right_row is None:
            right_row = CaseRightRow(right=key)
            row.right_rows.append(right_row)
        right_row.position = position
        outcome = case.outcomes.get(Right(key))
        right_row.outcome = outcome.kind.value if outcome else None
        right_row.ground = outcome.ground if outcome else ""


def insert_case(
    session: Session,
    case: Case,
    *,
    due_date: date | None,
    strict_due_date: date | None,
    now: datetime,
    actor: str,
    opening_text: str | Sequence[str],
) -> CaseRow:
    """Insert a new case with its first timeline event; the reference is assigned here."""
    reference, sequence = next_reference(session, case.received.year)
    stamp = to_utc(now)
    row = CaseRow(
        reference=reference,
        year=case.received.year,
        sequence=sequence,
        due_date=due_date,
        strict_due_date=strict_due_date,
        version=1,
        created_at=stamp,
        updated_at=stamp,
        **case_columns(case),
    )
    _sync_rights(row, case)
    row.events.append(event_row(stamp, actor, "opened", opening_text))
    session.add(row)
    session.flush()
    case.reference = reference
    return row


def event_row(at: datetime, actor: str, kind: str, text: str | Sequence[str]) -> EventRow:
    """A timeline entry: its lines joined as the English record, and kept as sentences for the window."""
    lines = [text] if isinstance(text, str) else list(text)
    return EventRow(at=at, actor=actor, kind=kind, text="\n".join(lines), sentences=encode_lines(lines))


def assignees(session: Session) -> list[str]:
    """Everyone who holds a case now, each once (read from the index on the assignee)."""
    query = select(CaseRow.assignee).where(CaseRow.assignee.is_not(None)).distinct()
    return [name for name in session.scalars(query) if name]


def load_row(session: Session, reference: str, *, for_update: bool = False) -> CaseRow:
    query = (
        select(CaseRow)
        .where(CaseRow.reference == reference.strip().upper())
        .options(selectinload(CaseRow.right_rows), selectinload(CaseRow.events))
    )
    row = session.scalars(query).one_or_none()
    if row is None:
        raise CaseNotFound(said("no case with reference '{reference}'", reference=reference))
    return row


def load_case(session: Session, reference: str) -> tuple[Case, int]:
    """The case and its version (for optimistic locking)."""
    row = load_row(session, reference)
    return row_to_case(row), row.version


def update_case(
    session: Session,
    row: CaseRow,
    case: Case,
    *,
    expected_version: int | None,
    due_date: date | None,
    strict_due_date: date | None,
    now: datetime,
    events: list[tuple[str, str, str | Sequence[str]]],
) -> None:
    """Write ``case`` over ``row`` with its new timeline events (actor, kind, text or lines), checking the
    version."""
    if expected_version is not None and row.version != expected_version:
        raise StaleCase(
            said(
                "{reference} was changed elsewhere since you opened it (version {opened}, now {current}): "
                "reload it before saving",
                reference=row.reference,
                opened=expected_version,
                current=row.version,
            )
        )
    for key, value in case_columns(case).items():
        setattr(row, key, value)
    row.due_date = due_date
    row.strict_due_date = strict_due_date
    _sync_rights(row, case)
    stamp = to_utc(now)
    row.updated_at = stamp
    # Every change bumps the version, even one that only adds to the timeline (a note).
    flag_modified(row, "updated_at")
    for actor, kind, text in events:
        row.events.append(event_row(stamp, actor, kind, text))
    try:
        session.flush()
    except StaleDataError:
        raise StaleCase(
            said(
                "{reference} was changed elsewhere while you saved it: reload it and try again",
                reference=row.reference,
            )
        ) from None
