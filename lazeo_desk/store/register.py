"""The queries behind the case register: filtered, sorted and paged by the database, on indexed columns."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, func, select
from sqlalchemy.orm import Session, aliased

from lazeo_desk.domain.case import Channel, Jurisdiction, OutcomeKind, Relationship
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import OPEN_STATUSES, Status
from lazeo_desk.store import engines, search
from lazeo_desk.store.models import BINDING_DATE, RIGHTS_LISTED, CaseRightRow, CaseRow, EventRow, LetterRow

DUE_THIS_WEEK_DAYS = 7


class QuickFilter(enum.StrEnum):
    """The counts of the summary strip, each of which filters the register."""

    OVERDUE = "overdue"
    DUE_THIS_WEEK = "due-this-week"
    AWAITING_REQUESTER = "awaiting-requester"
    IDENTITY_TO_VERIFY = "identity-to-verify"
    OPEN = "open"
    ANSWERED_THIS_MONTH = "answered-this-month"


class Handling(enum.StrEnum):
    """How a case was handled, as the reports count it (``domain/report_figures.py``): a figure of the reports
    opens the register on the cases it counts."""

    ANSWERED = "answered"
    ANSWERED_ON_TIME = "answered-on-time"
    ANSWERED_LATE = "answered-late"
    OPEN_PAST_DUE = "open-past-due"
    EXTENDED = "extended"
    REFUSED = "refused"
    ERASURE_PARTLY_REFUSED = "erasure-partly-refused"
    IDENTITY_NOT_ESTABLISHED = "identity-not-established"


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
    ASSIGNEE = "assignee"


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
    channel: Channel | None = None
    handling: Handling | None = None
    # Calendar days from receipt to the answer, both ends included (None: no bound); only answered cases have them.
    days_to_answer_from: int | None = None
    days_to_answer_to: int | None = None
    # Only the cases this person holds ("My cases": the person acting); None: whoever holds them.
    assignee: str | None = None


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
    # Who holds the case ("" while nobody does).
    assignee: str = ""


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


_IDENTITY_RECORD = "identity verification: "


def _identity_not_established() -> ColumnElement[bool]:
    # The case's last identity verification recorded on its timeline ended "cannot be verified" (the reports
    # read the same English record, store/report_queries.py).
    last = aliased(EventRow)
    latest = (
        select(func.max(last.id))
        .where(last.case_id == CaseRow.id, last.kind == "identity", last.text.like(f"{_IDENTITY_RECORD}%"))
        .correlate(CaseRow)
        .scalar_subquery()
    )
    return exists().where(EventRow.id == latest, EventRow.text.like(f"{_IDENTITY_RECORD}cannot-be-verified %"))


def _right_outcome(outcome: OutcomeKind, right: Right | None = None) -> ColumnElement[bool]:
    found = [CaseRightRow.case_id == CaseRow.id, CaseRightRow.outcome == outcome.value]
    if right is not None:
        found.append(CaseRightRow.right == right.value)
    return exists().where(and_(*found))


def _handling_condition(handling: Handling, today: date) -> ColumnElement[bool]:
    answered = and_(CaseRow.answered.is_not(None), CaseRow.due_date.is_not(None))
    if handling is Handling.ANSWERED:
        return CaseRow.answered.is_not(None)
    if handling is Handling.ANSWERED_ON_TIME:
        return and_(answered, CaseRow.answered <= CaseRow.due_date)
    if handling is Handling.ANSWERED_LATE:
        return and_(answered, CaseRow.answered > CaseRow.due_date)
    if handling is Handling.OPEN_PAST_DUE:
        return _quick_condition(QuickFilter.OVERDUE, today)
    if handling is Handling.EXTENDED:
        return CaseRow.extension_notice_date.is_not(None)
    if handling is Handling.REFUSED:
        return _right_outcome(OutcomeKind.REFUSED)
    if handling is Handling.ERASURE_PARTLY_REFUSED:
        return _right_outcome(OutcomeKind.PARTLY_GRANTED, Right.ERASURE)
    return _identity_not_established()


def days_to_answer() -> ColumnElement[int]:
    """Calendar days from receipt to the answer (``domain/report_figures.days_to_answer``); NULL while unanswered."""
    return engines.days_between(CaseRow.answered, CaseRow.received)


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
    if case_filter.channel is not None:
        found.append(CaseRow.channel == case_filter.channel.value)
    if case_filter.handling is not None:
        found.append(_handling_condition(case_filter.handling, today))
    if case_filter.days_to_answer_from is not None:
        found.append(days_to_answer() >= case_filter.days_to_answer_from)
    if case_filter.days_to_answer_to is not None:
        found.append(days_to_answer() <= case_filter.days_to_answer_to)
    if case_filter.assignee is not None:
        found.append(CaseRow.assignee == case_filter.assignee)
    return found


_SORT_COLUMNS: dict[SortKey, tuple[Any, ...]] = {
    SortKey.URGENCY: (CaseRow.urgency, BINDING_DATE, CaseRow.id),
    SortKey.REFERENCE: (CaseRow.year, CaseRow.sequence),
    SortKey.SUBJECT: (CaseRow.subject_name_key, CaseRow.id),
    SortKey.RIGHTS: (RIGHTS_LISTED, CaseRow.id),
    SortKey.JURISDICTION: (CaseRow.jurisdiction, CaseRow.id),
    SortKey.CHANNEL: (CaseRow.channel, CaseRow.id),
    SortKey.RECEIVED: (CaseRow.received, CaseRow.id),
    SortKey.STATUS: (CaseRow.status, CaseRow.id),
    SortKey.DUE: (CaseRow.due_date, CaseRow.id),
    SortKey.ASSIGNEE: (CaseRow.assignee, CaseRow.id),
}

_ROW_COLUMNS = (
    CaseRow.reference,
    CaseRow.subject_name,
    CaseRow.requester_name,
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
    CaseRow.assignee,
    CaseRow.id,
)


def order(sort: SortKey, descending: bool = False, *, searching: bool = False) -> list[Any]:
    """The ORDER BY of the register sorted on ``sort`` (the export follows the same order).

    The open matches of a search come first, each group in the order chosen: what is still to be done is what is
    looked for, and it is not lost below years of closed cases.
    """
    found = [c.desc() if descending else c.asc() for c in _SORT_COLUMNS[sort]]
    if searching and (sort is not SortKey.URGENCY or descending):
        found.insert(0, CaseRow.urgency.asc())
    return found


def page_query(
    case_filter: CaseFilter,
    today: date,
    sort: SortKey = SortKey.URGENCY,
    descending: bool = False,
    text_search: search.TextSearch = search.LIKE,
) -> Select[*tuple[Any, ...]]:
    return (
        select(*_ROW_COLUMNS)
        .where(*conditions(case_filter, today, text_search))
        .order_by(*order(sort, descending, searching=bool(search.search_terms(case_filter.text))))
    )


def ranked_page_query(
    case_filter: CaseFilter, today: date, ranked: search.RankedMatches
) -> Select[*tuple[Any, ...]]:
    """The register's rows for a search, in its urgency order as the index yields them: each match is looked up
    by the id its rank holds and kept if it meets the other criteria, and the page stops after its last row."""
    return (
        select(*_ROW_COLUMNS)
        .select_from(ranked.matches)
        .join(CaseRow, CaseRow.id == ranked.case_id)
        .where(*conditions(replace(case_filter, text=""), today), *ranked.also)
        .order_by(ranked.rank)
    )


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
    """One page of the register, in the requested order (``also``: one more condition, e.g. a date range).

    A search in the register's own order reads its matches from the index already in that order
    (:func:`ranked_page_query`); in any other order the matches are sorted."""
    terms = search.search_terms(case_filter.text)
    in_order = sort is SortKey.URGENCY and not descending
    searcher = _text_search(session, case_filter)
    ranked = searcher.ranked(terms) if in_order and terms else None
    narrowed: search.TextSearch | None = None
    if ranked is None and in_order and terms:
        # A search that read its few matches first may rank them itself (PostgreSQL's trigram index).
        narrowed = searcher.for_page(session, terms, walkable=True)
        ranked = narrowed.ranked(terms)
    if ranked is not None:
        query = ranked_page_query(case_filter, today, ranked)
    else:
        text_search = narrowed or searcher.for_page(session, terms, walkable=in_order)
        query = page_query(case_filter, today, sort, descending, text_search)
    query = query.offset(offset).limit(limit)
    if also is not None:
        query = query.where(also)
    found = list(session.execute(query))
    rights, pending, letters = _next_step_details(session, [r.id for r in found])
    return [
        RegisterRow(
            reference=r.reference,
            subject_name=r.subject_name,
            requester_name=r.requester_name,
            rights=tuple(rights.get(r.id, ())),
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
            assignee=r.assignee or "",
        )
        for r in found
    ]


def _rights_of(session: Session, case_ids: list[int]) -> dict[int, list[tuple[Right, bool]]]:
    """Each case's rights in the requester's order, with whether each has an outcome, in one indexed query."""
    found: dict[int, list[tuple[Right, bool]]] = {}
    if not case_ids:
        return found
    rows = session.execute(
        select(CaseRightRow.case_id, CaseRightRow.right, CaseRightRow.outcome.is_not(None))
        .where(CaseRightRow.case_id.in_(case_ids))
        .order_by(CaseRightRow.case_id, CaseRightRow.position)
    )
    for case_id, right, decided in rows:
        found.setdefault(case_id, []).append((Right(right), bool(decided)))
    return found


def _next_step_details(
    session: Session, case_ids: list[int]
) -> tuple[dict[int, list[Right]], dict[int, Right], dict[int, set[LetterKind]]]:
    """For the cases of one page: their rights in order, the first right still without an outcome, and the kinds
    of letter sent.

    Read in two indexed queries for the whole page rather than per line, so that the page query keeps its plan.
    """
    rights: dict[int, list[Right]] = {}
    pending: dict[int, Right] = {}
    letters: dict[int, set[LetterKind]] = {}
    if not case_ids:
        return rights, pending, letters
    for case_id, found in _rights_of(session, case_ids).items():
        rights[case_id] = [right for right, _decided in found]
        undecided = [right for right, decided in found if not decided]
        if undecided:
            pending[case_id] = undecided[0]
    for case_id, kind in session.execute(
        select(LetterRow.case_id, LetterRow.kind).where(LetterRow.case_id.in_(case_ids)).distinct()
    ):
        letters.setdefault(case_id, set()).add(LetterKind(kind))
    return rights, pending, letters


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
    # One row per right, each case's rights in the requester's order: the rows of a case come together.
    query = (
        select(CaseRow.id, CaseRow.reference, BINDING_DATE.label("day"), CaseRow.due_date, CaseRightRow.right)
        .outerjoin(CaseRightRow, CaseRightRow.case_id == CaseRow.id)
        .where(CaseRow.urgency == _OPEN, BINDING_DATE.is_not(None))
        .order_by(*_SORT_COLUMNS[SortKey.URGENCY], CaseRightRow.position)
    )
    found: dict[int, tuple[str, date, bool, list[Right]]] = {}
    for r in session.execute(query):
        entry = found.setdefault(r.id, (r.reference, r.day, r.due_date is None, []))
        if r.right is not None:
            entry[3].append(Right(r.right))
    return [
        BindingDate(reference=reference, rights=tuple(rights), day=day, paused=paused)
        for reference, day, paused, rights in found.values()
    ]
