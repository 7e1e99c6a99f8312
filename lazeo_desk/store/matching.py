"""Finding the case a new message belongs to: a reminder or a reply is not a new request."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from lazeo_desk.domain.status import OPEN_STATUSES, Status
from lazeo_desk.store.cases import search_key
from lazeo_desk.store.models import CaseRow

# A case answered or closed this many days before a message arrives still takes the follow-ups.
RECENT_DAYS = 90
MAX_MATCHES = 20


class MatchReason(enum.StrEnum):
    """Why a stored case is taken for the one a message is about; the value is shown to the DPO."""

    REFERENCE = "its reference is quoted in the message"
    EMAIL = "same e-mail address"
    NAME_AND_BIRTH_DATE = "same name and date of birth"
    PATIENT_NUMBER = "same patient number"


@dataclass(frozen=True)
class MatchQuery:
    """What a message tells about whom it concerns."""

    emails: tuple[str, ...] = ()
    people: tuple[tuple[str, date], ...] = ()  # (name, date of birth)
    patient_numbers: tuple[str, ...] = ()
    references: tuple[str, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (self.emails or self.people or self.patient_numbers or self.references)


@dataclass(frozen=True)
class CaseMatch:
    """A stored case a message may belong to, with every reason it matches."""

    reference: str
    subject_name: str
    status: Status
    received: date
    reasons: tuple[MatchReason, ...]

    @property
    def summary(self) -> str:
        return f"{self.reference} ({self.subject_name}, {self.status.label}): " + ", ".join(self.reasons)


def _clean(values: tuple[str, ...], *, lower: bool = False) -> list[str]:
    cleaned = [v.strip().lower() if lower else v.strip() for v in values]
    return sorted({v for v in cleaned if v})


def _live(as_of: date, recent_days: int) -> ColumnElement[bool]:
    since = as_of - timedelta(days=recent_days)
    last_activity = func.coalesce(CaseRow.closed, CaseRow.answered, CaseRow.received)
    return or_(CaseRow.status.in_([s.value for s in OPEN_STATUSES]), last_activity >= since)


def find_matching_cases(
    session: Session, query: MatchQuery, *, as_of: date, recent_days: int = RECENT_DAYS
) -> list[CaseMatch]:
    """The open or recent cases (answered or closed at most ``recent_days`` before ``as_of``) that share
    an e-mail address, a name with its date of birth, or a patient number with the message; a case whose
    reference the message quotes matches whatever its age. Best first: most reasons, open before finished,
    newest."""
    emails = _clean(query.emails, lower=True)
    numbers = _clean(query.patient_numbers)
    references = _clean(tuple(r.upper() for r in query.references))
    people = sorted({(search_key(" ".join(n.split())), born) for n, born in query.people if n.strip()})
    identity: list[ColumnElement[bool]] = []
    if emails:
        # Addresses are compared without regard to capitals, whether stored lower-cased or as typed.
        identity.append(func.lower(CaseRow.subject_email).in_(emails))
        identity.append(func.lower(CaseRow.requester_email).in_(emails))
    for key, born in people:
        identity.append(and_(CaseRow.subject_name_key == key, CaseRow.subject_birth_date == born))
    if numbers:
        identity.append(CaseRow.patient_number.in_(numbers))
    conditions: list[ColumnElement[bool]] = []
    if identity:
        conditions.append(and_(or_(*identity), _live(as_of, recent_days)))
    if references:
        conditions.append(CaseRow.reference.in_(references))
    if not conditions:
        return []
    rows = session.scalars(select(CaseRow).where(or_(*conditions)).order_by(CaseRow.id.desc()).limit(200))
    matches: list[CaseMatch] = []
    for row in rows:
        reasons: list[MatchReason] = []
        if row.reference in references:
            reasons.append(MatchReason.REFERENCE)
        if row.subject_email.lower() in emails or row.requester_email.lower() in emails:
            reasons.append(MatchReason.EMAIL)
        if (row.subject_name_key, row.subject_birth_date) in people:
            reasons.append(MatchReason.NAME_AND_BIRTH_DATE)
        if row.patient_number and row.patient_number in numbers:
            reasons.append(MatchReason.PATIENT_NUMBER)
        matches.append(
            CaseMatch(row.reference, row.subject_name, Status(row.status), row.received, tuple(reasons))
        )
    matches.sort(key=lambda m: (-len(m.reasons), not m.status.is_open, -m.received.toordinal()))
    return matches[:MAX_MATCHES]
