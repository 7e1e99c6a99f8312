"""The queries behind the case register: filtered, sorted and paged by the database, on indexed columns."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, func, select
from sqlalchemy.orm import Session

from lazeo_desk.domain.case import Channel, Jurisdiction, Relationship
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import OPEN_STATUSES, Status
from lazeo_desk.store import search
from lazeo_desk.store.models import BINDING_DATE, CaseRightRow, CaseRow, LetterRow

DUE_THIS_WEEK_DAYS = 7


class QuickFilter(enum.StrEnum):
    """The counts of the summary strip, each of which filters the register."""

    OVERDUE = "overdue"
    DUE_THIS_WEEK = "due-this-week"
    AWAITING_REQUESTER = "awaiting-requester"
    IDENTITY_TO_VERIFY = "identity-to-verify"
    OPEN = "open"
    ANSWERED_THIS_MONTH = "answered-this-month"


class SortKey(enum.StrEnum):
    URGENCY = "urgency"
    REFERENCE = "reference"
    SUBJECT = "subject"
    RIGHTS = "rights"
    JURISDICTION = "jurisdiction"
    CHANNEL = "channel"
    RECEIVED = "received"
    STATUS = "status"
    DUE = "due"


@dataclass(frozen=True)
class CaseFilter:
    """What the register shows: every criterion narrows the list."""

    text: str = ""
    statuses: frozenset[Status] = field(default_factory=frozenset)
    right: Right | None = None
    jurisdiction: Jurisdiction | None = None
    centre: str = ""
    received_from: date | None = None
    received_to: date | None = None
    quick: QuickFilter | None = None


@dataclass(frozen=True)
class RegisterRow:
    """What one line of the register needs, and nothing more."""

    reference: str
    subject_name: str
    requester_name: str
    rights: tuple[Right, ...]
    jurisdiction: Jurisdiction
    channel: Channel
    received: date
    status: Status
    due_date: date | None
    strict_due_date: date | None
    awaiting_since: date | None
    answered: date | None
    centre: str
    version: int
    # What the next step of the case depends on (domain/next_step.py).
    completed: date | None = None
    extended: bool = False
    subject_email: str = ""
    requester_email: str = ""
    requester_relationship: Relationship = Relationship.SELF
    practitioner_name: str = ""
    first_pending_right: Right | None = None
    letters_sent: frozenset[LetterKind] = frozenset()


_OPEN = 0


def running_due_between(first: date | None, last: date) -> ColumnElement[bool]:
    """Running clocks whose governing date falls from ``first`` (None: any day before) to ``last``, inclusive.

    A running clock's governing date is its binding date, so the range is read from the urgency index in order.
    """
    found = [CaseRow.urgency == _OPEN, BINDING_DATE <= last, CaseRow.due_date.is_not(None)]
    if first is not None:
        found.append(BINDING_DATE >= first)
    return and_(*found)


def _quick_condition(quick: QuickFilter, today: date) -> ColumnElement[bool]:
    if quick is QuickFilter.OVERDUE:
        return running_due_between(None, today - timedelta(days=1))
    if quick is QuickFilter.DUE_THIS_WEEK:
        return running_due_between(today, today + timedelta(days=DUE_THIS_WEEK_DAYS))
    if quick is QuickFilter.AWAITING_REQUESTER:
        return CaseRow.status == Status.AWAITING_REQUESTER.value
    if quick is QuickFilter.IDENTITY_TO_VERIFY:
        return CaseRow.status.in_([Status.NEW.value, Status.VERIFYING_IDENTITY.value])
    if quick is QuickFilter.OPEN:
        return CaseRow.status.in_([s.value for s in OPEN_STATUSES])
    first_of_month = today.replace(day=1)
    return and_(CaseRow.answered >= first_of_month, CaseRow.answered <= today)


def conditions(
    case_filter: CaseFilter, today: date, text_search: search.TextSearch = search.LIKE
) -> list[ColumnElement[bool]]:
    """The SQL conditions for ``case_filter`` on ``today`` (the text looked for with ``text_search``: the
    database's index, see :func:`search.for_session`; a scan of the main columns when not given)."""
    found: list[ColumnElement[bool]] = []
    terms = search.search_terms(case_filter.text)
    if terms:
        found.append(text_search.condition(terms))
    if case_filter.statuses:
        found.append(CaseRow.status.in_(sorted(s.value for s in case_filter.statuses)))
    if case_filter.right is not None:
        found.append(
            exists().where(
                and_(CaseRightRow.case_id == CaseRow.id, CaseRightRow.right == case_filter.right.value)
            )
        )
    if case_filter.jurisdiction is not None:
        found.append(CaseRow.jurisdiction == case_filter.jurisdiction.value)
    if case_filter.centre:
        found.append(CaseRow.centre == case_filter.centre)
    if case_filter.received_from is not None:
        found.append(CaseRow.received >= case_filter.received_from)
    if case_filter.received_to is not None:
        found.append(CaseRow.received <= case_filter.received_to)
    if case_filter.quick is not None:
        found.append(_quick_condition(case_filter.quick, today))
    return found


_SORT_COLUMNS: dict[SortKey, tuple[Any, ...]] = {
    SortKey.URGENCY: (CaseRow.urgency, BINDING_DATE, CaseRow.id),
    SortKey.REFERENCE: (CaseRow.year, CaseRow.sequence),
    SortKey.SUBJECT: (CaseRow.subject_name_key, CaseRow.id),
    SortKey.RIGHTS: (CaseRow.rights, CaseRow.id),
    SortKey.JURISDICTION: (CaseRow.jurisdiction, CaseRow.id),
    SortKey.CHANNEL: (CaseRow.channel, CaseRow.id),
    SortKey.RECEIVED: (CaseRow.received, CaseRow.id),
    SortKey.STATUS: (CaseRow.status, CaseRow.id),
    SortKey.DUE: (CaseRow.due_date, CaseRow.id),
}

_ROW_COLUMNS = (
    CaseRow.reference,
    CaseRow.subject_name,
    CaseRow.requester_name,
    CaseRow.rights,
    CaseRow.jurisdiction,
    CaseRow.channel,
    CaseRow.received,
    CaseRow.status,
    CaseRow.due_date,
    CaseRow.strict_due_date,
    CaseRow.awaiting_since,
    CaseRow.answered,
    CaseRow.centre,
    CaseRow.version,
    CaseRow.completed,
    CaseRow.extension_reason,
    CaseRow.subject_email,
    CaseRow.requester_email,
    CaseRow.requester_relationship,
    CaseRow.practitioner_name,
    CaseRow.id,
)


def page_query(
    case_filter: CaseFilter,
    today: date,
    sort: SortKey = SortKey.URGENCY,
    descending: bool = False,
    text_search: search.TextSearch = search.LIKE,
) -> Select[*tuple[Any, ...]]:
    order = [c.desc() if descending else c.asc() for c in _SORT_COLUMNS[sort]]
    if search.search_terms(case_filter.text) and (sort is not SortKey.URGENCY or descending):
        # The open matches of a search come first, each group in the order chosen: what is still to be done is
        # what is looked for, and it is not lost below years of closed cases.
        order.insert(0, CaseRow.urgency.asc())
    return select(*_ROW_COLUMNS).where(*conditions(case_filter, today, text_search)).order_by(*order)


def _text_search(session: Session, case_filter: CaseFilter) -> search.TextSearch:
    return search.for_session(session) if case_filter.text.strip() else search.LIKE


def fetch_page(
    session: Session,
    case_filter: CaseFilter,
    today: date,
    *,
    sort: SortKey = SortKey.URGENCY,
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
    also: ColumnElement[bool] | None = None,
) -> list[RegisterRow]:
    """One page of the register, in the requested order (``also``: one more condition, e.g. a date range)."""
    text_search = _text_search(session, case_filter).for_page(
        session, search.search_terms(case_filter.text), walkable=sort is SortKey.URGENCY and not descending
    )
    query = page_query(case_filter, today, sort, descending, text_search).offset(offset).limit(limit)
    if also is not None:
        query = query.where(also)
    found = list(session.execute(query))
    pending, letters = _next_step_details(session, [r.id for r in found])
    return [
        RegisterRow(
            reference=r.reference,
            subject_name=r.subject_name,
            requester_name=r.requester_name,
            rights=tuple(Right(k) for k in r.rights.split(",") if k),
            jurisdiction=Jurisdiction(r.jurisdiction),
            channel=Channel(r.channel),
            received=r.received,
            status=Status(r.status),
            due_date=r.due_date,
            strict_due_date=r.strict_due_date,
            awaiting_since=r.awaiting_since,
            answered=r.answered,
            centre=r.centre,
            version=r.version,
            completed=r.completed,
            extended=r.extension_reason is not None,
            subject_email=r.subject_email or "",
            requester_email=r.requester_email or "",
            requester_relationship=Relationship(r.requester_relationship),
            practitioner_name=r.practitioner_name or "",
            first_pending_right=pending.get(r.id),
            letters_sent=frozenset(letters.get(r.id, ())),
        )
        for r in found
    ]


def _next_step_details(
    session: Session, case_ids: list[int]
) -> tuple[dict[int, Right], dict[int, set[LetterKind]]]:
    """For the cases of one page: the first right still without an outcome, and the kinds of letter sent.

    Read in two indexed queries for the whole page rather than per line, so that the page query keeps its plan.
    """
    pending: dict[int, Right] = {}
    letters: dict[int, set[LetterKind]] = {}
    if not case_ids:
        return pending, letters
    rights = session.execute(
        select(CaseRightRow.case_id, CaseRightRow.right)
        .where(CaseRightRow.case_id.in_(case_ids), CaseRightRow.outcome.is_(None))
        .order_by(CaseRightRow.case_id, CaseRightRow.position)
    )
    for case_id, right in rights:
        pending.setdefault(case_id, Right(right))
    for case_id, kind in session.execute(
        select(LetterRow.case_id, LetterRow.kind).where(LetterRow.case_id.in_(case_ids)).distinct()
    ):
        letters.setdefault(case_id, set()).add(LetterKind(kind))
    return pending, letters


def count_cases(
    session: Session, case_filter: CaseFilter, today: date, also: ColumnElement[bool] | None = None
) -> int:
    query = select(func.count()).select_from(CaseRow).where(
        *conditions(case_filter, today, _text_search(session, case_filter))
    )
    if also is not None:
        query = query.where(also)
    return int(session.scalar(query) or 0)


def summary_counts(session: Session, today: date) -> dict[QuickFilter, int]:
    """The counts of the summary strip, in one query."""
    from sqlalchemy import case as sql_case

    columns = [
        func.coalesce(func.sum(sql_case((_quick_condition(q, today), 1), else_=0)), 0).label(q.name)
        for q in QuickFilter
    ]
    row = session.execute(select(*columns).select_from(CaseRow)).one()
    return {q: int(row[i]) for i, q in enumerate(QuickFilter)}


def centres(session: Session) -> list[str]:
    """The centres named on cases, for the filter."""
    return [c for c in session.scalars(select(CaseRow.centre).distinct().order_by(CaseRow.centre)) if c]


@dataclass(frozen=True)
class BindingDate:
    """An open case's reference, rights and the date that binds it (the strict date while it is paused)."""

    reference: str
    rights: tuple[Right, ...]
    day: date
    paused: bool


def open_binding_dates(session: Session) -> list[BindingDate]:
    """Every open case with the date that binds it, in the register's urgency order (no names, no contact data)."""
    query = (
        select(CaseRow.reference, CaseRow.rights, BINDING_DATE.label("day"), CaseRow.due_date)
        .where(CaseRow.urgency == _OPEN, BINDING_DATE.is_not(None))
        .order_by(*_SORT_COLUMNS[SortKey.URGENCY])
    )
    return [
        BindingDate(
            reference=r.reference,
            rights=tuple(Right(k) for k in r.rights.split(",") if k),
            day=r.day,
            paused=r.due_date is None,
        )
        for r in session.execute(query)
    ]

