"""The register's queries: filters with known answers on a hand-made set, paging, urgency order, indexes."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Select, func, select, text
from sqlalchemy.orm import Session

from lazeo_desk.domain.case import (
    Case,
    Channel,
    DataSubject,
    Jurisdiction,
    Language,
    Relationship,
    Requester,
)
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.seeding import seed_cases
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store.database import Database
from lazeo_desk.store.models import CaseRow
from lazeo_desk.store.register import (
    CaseFilter,
    QuickFilter,
    RegisterRow,
    SortKey,
    centres,
    conditions,
    count_cases,
    fetch_page,
    page_query,
    summary_counts,
)

CLOCK = FixedClock(datetime(2026, 3, 10, 9, 30, tzinfo=ZoneInfo("Europe/Paris")))  # as the conftest clock
TODAY = CLOCK.today()  # a Tuesday


def _case(
    jurisdiction: Jurisdiction,
    centre: str,
    name: str,
    received: date,
    rights: tuple[Right, ...],
    status: Status,
    *,
    email: str = "",
    patient_number: str = "",
    requester: Requester | None = None,
    answered: date | None = None,
    closed: date | None = None,
    awaiting_since: date | None = None,
) -> Case:
    language = {Jurisdiction.BE: Language.NL, Jurisdiction.FR: Language.FR, Jurisdiction.LU: Language.EN}
    return Case(
        jurisdiction=jurisdiction,
        language=language[jurisdiction],
        channel=Channel.EMAIL,
        received=received,
        rights=rights,
        status=status,
        subject=DataSubject(name=name, email=email, patient_number=patient_number, centre=centre),
        requester=requester or Requester(),
        answered=answered,
        closed=closed,
        awaiting_since=awaiting_since,
        info_requested=awaiting_since,
    )


# The hand-made register, by key. Due dates are worked out by hand in the comments (today: 2026-03-10).
HAND_MADE: dict[str, Case] = {
    # BE medical file: 15 days -> 2026-02-25, before the GDPR month: overdue.
    "elodie": _case(
        Jurisdiction.BE,
        "Gent",
        "Ëlodie Vercammen",
        date(2026, 2, 10),
        (Right.ACCESS, Right.MEDICAL_RECORD),
        Status.IN_PROGRESS,
        email="elodie.vercammen@example.be",
        patient_number="BE-100001",
    ),
    # 2026-04-06 is Easter Monday: due 2026-04-07, on track.
    "anais": _case(
        Jurisdiction.FR,
        "Paris 16e",
        "Anaïs O'Brien-<Zoë> & Fils",
        date(2026, 3, 6),
        (Right.ERASURE, Right.OBJECTION),
        Status.NEW,
        email="anais.obrien@example.fr",
        patient_number="FR-200002",
    ),
    # Due Thursday 2026-03-12: this week.
    "mike": _case(
        Jurisdiction.LU,
        "Luxembourg",
        "Mike Schmit",
        date(2026, 2, 12),
        (Right.PORTABILITY,),
        Status.VERIFYING_IDENTITY,
        email="mike.schmit@example.lu",
        patient_number="LU-300003",
    ),
    # Paused: no due date in the register.
    "jean": _case(
        Jurisdiction.FR,
        "Lyon",
        "Jean Martin",
        date(2026, 3, 1),
        (Right.MEDICAL_RECORD,),
        Status.AWAITING_REQUESTER,
        awaiting_since=date(2026, 3, 2),
        requester=Requester(
            Relationship.MANDATARY, "Maître Hélène Garnier", email="h.garnier@avocats.example"
        ),
    ),
    # Answered on 2026-03-03: answered this month.
    "sofie": _case(
        Jurisdiction.BE,
        "Antwerpen",
        "Sofie Peeters",
        date(2026, 2, 2),
        (Right.RECTIFICATION,),
        Status.ANSWERED,
        answered=date(2026, 3, 3),
    ),
    "camille": _case(
        Jurisdiction.FR,
        "Bordeaux",
        "Camille Dubois",
        date(2025, 11, 3),
        (Right.ACCESS,),
        Status.CLOSED,
        answered=date(2025, 11, 20),
        closed=date(2025, 11, 25),
    ),
    # Due Thursday 2026-02-05: overdue.
    "claire": _case(
        Jurisdiction.LU,
        "Esch-sur-Alzette",
        "Claire Weber",
        date(2026, 1, 5),
        (Right.ACCESS,),
        Status.IN_PROGRESS,
    ),
    # Due Tuesday 2026-03-17, exactly seven days ahead: still this week.
    "lea": _case(Jurisdiction.FR, "Nice", "Léa Faure", date(2026, 2, 17), (Right.OBJECTION,), Status.NEW),
    # Due Wednesday 2026-03-18, eight days ahead: not this week.
    "wout": _case(
        Jurisdiction.BE, "Brugge", "Wout Claes", date(2026, 2, 18), (Right.ACCESS,), Status.IN_PROGRESS
    ),
    # Due today 2026-03-10: due this week, not overdue.
    "marie": _case(
        Jurisdiction.BE, "Liège", "Marie Lambert", date(2026, 2, 10), (Right.ACCESS,), Status.IN_PROGRESS
    ),
    # Answered last month.
    "thomas": _case(
        Jurisdiction.FR,
        "Marseille",
        "Thomas Moreau",
        date(2026, 1, 20),
        (Right.ACCESS,),
        Status.ANSWERED,
        answered=date(2026, 2, 27),
    ),
}

NAMES = {case.subject.name: key for key, case in HAND_MADE.items()}


@pytest.fixture(scope="module")
def hand_made_db(module_database: Callable[[str], Database]) -> Database:
    """One database for the module's read-only tests (migrating one per test would dominate the run)."""
    return module_database("register")


@pytest.fixture(scope="module")
def register(hand_made_db: Database) -> dict[str, str]:
    """The hand-made cases stored; their references by key."""
    service = CaseService(Workplace(hand_made_db, CLOCK))
    return {key: service.open_case(copy.deepcopy(case)) for key, case in HAND_MADE.items()}


def _keys(rows: list[RegisterRow]) -> list[str]:
    return [NAMES[row.subject_name] for row in rows]


def _found(db: Database, case_filter: CaseFilter) -> set[str]:
    with db.transaction() as session:
        rows = fetch_page(session, case_filter, TODAY, limit=1000)
        assert count_cases(session, case_filter, TODAY) == len(rows)
    return set(_keys(rows))


@pytest.mark.usefixtures("register")
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("elodie", {"elodie"}),
        ("ËLODIE", {"elodie"}),
        ("Elodie Verc", {"elodie"}),
        ("zoe", {"anais"}),
        ("O'Brien-<Zoë> &", {"anais"}),
        ("vercammen@example", {"elodie"}),
        ("Mike.Schmit@Example.LU", {"mike"}),
        ("BE-100001", {"elodie"}),
        ("fr-200002", {"anais"}),
        ("garnier", {"jean"}),
        ("helene", {"jean"}),
        ("h.garnier@avocats", {"jean"}),
        ("%", set()),
        ("_", set()),
        ("\\", set()),
        ("nobody at all", set()),
    ],
)
def test_the_text_filter_finds_names_without_accents_emails_and_patient_numbers(
    hand_made_db: Database, query: str, expected: set[str]
) -> None:
    assert _found(hand_made_db, CaseFilter(text=query)) == expected


def test_the_text_filter_finds_a_reference(hand_made_db: Database, register: dict[str, str]) -> None:
    assert _found(hand_made_db, CaseFilter(text=register["claire"])) == {"claire"}
    assert _found(hand_made_db, CaseFilter(text=register["claire"].lower())) == {"claire"}


def test_a_blank_text_filter_finds_everything(hand_made_db: Database, register: dict[str, str]) -> None:
    assert _found(hand_made_db, CaseFilter(text="   ")) == set(register)


@pytest.mark.usefixtures("register")
@pytest.mark.parametrize(
    ("case_filter", "expected"),
    [
        (CaseFilter(statuses=frozenset({Status.IN_PROGRESS})), {"elodie", "claire", "wout", "marie"}),
        (CaseFilter(statuses=frozenset({Status.NEW, Status.ANSWERED})), {"anais", "lea", "sofie", "thomas"}),
        (CaseFilter(right=Right.MEDICAL_RECORD), {"elodie", "jean"}),
        (CaseFilter(right=Right.OBJECTION), {"anais", "lea"}),
        (CaseFilter(jurisdiction=Jurisdiction.LU), {"mike", "claire"}),
        (CaseFilter(centre="Gent"), {"elodie"}),
        (
            CaseFilter(received_from=date(2026, 2, 1), received_to=date(2026, 2, 28)),
            {"elodie", "mike", "sofie", "lea", "wout", "marie"},
        ),
        (CaseFilter(received_from=date(2026, 3, 1)), {"anais", "jean"}),
        (CaseFilter(received_to=date(2025, 12, 31)), {"camille"}),
        (CaseFilter(jurisdiction=Jurisdiction.FR, quick=QuickFilter.OPEN), {"anais", "jean", "lea"}),
        (CaseFilter(text="example", right=Right.ACCESS), {"elodie"}),
    ],
)
def test_each_filter_narrows_the_register_to_the_known_answer(
    hand_made_db: Database, case_filter: CaseFilter, expected: set[str]
) -> None:
    assert _found(hand_made_db, case_filter) == expected


QUICK_ANSWERS = {
    QuickFilter.OVERDUE: {"elodie", "claire"},
    QuickFilter.DUE_THIS_WEEK: {"mike", "lea", "marie"},
    QuickFilter.AWAITING_REQUESTER: {"jean"},
    QuickFilter.IDENTITY_TO_VERIFY: {"anais", "mike", "lea"},
    QuickFilter.OPEN: {"elodie", "anais", "mike", "jean", "claire", "lea", "wout", "marie"},
    QuickFilter.ANSWERED_THIS_MONTH: {"sofie"},
}


def test_every_quick_filter_has_a_known_answer() -> None:
    assert set(QUICK_ANSWERS) == set(QuickFilter)


@pytest.mark.usefixtures("register")
@pytest.mark.parametrize("quick", list(QuickFilter))
def test_each_quick_filter_finds_its_cases(hand_made_db: Database, quick: QuickFilter) -> None:
    assert _found(hand_made_db, CaseFilter(quick=quick)) == QUICK_ANSWERS[quick]


@pytest.mark.usefixtures("register")
def test_the_summary_counts_agree_with_the_quick_filters(hand_made_db: Database) -> None:
    with hand_made_db.transaction() as session:
        counts = summary_counts(session, TODAY)
    assert counts == {quick: len(expected) for quick, expected in QUICK_ANSWERS.items()}


def test_the_summary_of_an_empty_register_is_all_zero(db: Database) -> None:
    with db.transaction() as session:
        assert set(summary_counts(session, TODAY).values()) == {0}


@pytest.mark.usefixtures("register")
def test_urgency_order_puts_open_cases_by_the_date_that_binds_then_finished_ones(
    hand_made_db: Database,
) -> None:
    with hand_made_db.transaction() as session:
        rows = fetch_page(session, CaseFilter(), TODAY, sort=SortKey.URGENCY, limit=1000)
    open_rows = [row for row in rows if row.status.is_open]
    finished = [row for row in rows if not row.status.is_open]
    assert rows == open_rows + finished
    # A paused case has no governing date while it waits: its strict date binds, and places it among the others.
    binding = [row.due_date or row.strict_due_date for row in open_rows]
    assert None not in binding and binding == sorted(binding)  # type: ignore[type-var]
    paused = [row for row in open_rows if row.status is Status.AWAITING_REQUESTER]
    assert paused and all(row.due_date is None and row.strict_due_date is not None for row in paused)
    assert open_rows[-1].status is not Status.AWAITING_REQUESTER


@pytest.mark.usefixtures("register")
def test_the_register_lists_the_centres_named_on_cases(hand_made_db: Database) -> None:
    with hand_made_db.transaction() as session:
        assert centres(session) == sorted({case.subject.centre for case in HAND_MADE.values()})


@pytest.fixture(scope="module")
def seeded_db(module_database: Callable[[str], Database]) -> Database:
    """Three hundred sample cases, shared by the module's read-only paging and query-plan tests."""
    return module_database("seeded")


@pytest.fixture(scope="module")
def seeded(seeded_db: Database) -> list[str]:
    return seed_cases(seeded_db, 300, seed=5, clock=CLOCK)


@pytest.mark.parametrize("sort", list(SortKey))
@pytest.mark.parametrize("descending", [False, True])
def test_pages_are_disjoint_and_cover_the_whole_register_in_order(
    seeded_db: Database, seeded: list[str], sort: SortKey, descending: bool
) -> None:
    page_size = 25
    with seeded_db.transaction() as session:
        whole = [
            row.reference
            for row in fetch_page(session, CaseFilter(), TODAY, sort=sort, descending=descending, limit=1000)
        ]
        pages: list[list[str]] = []
        offset = 0
        while page := fetch_page(
            session, CaseFilter(), TODAY, sort=sort, descending=descending, offset=offset, limit=page_size
        ):
            pages.append([row.reference for row in page])
            offset += page_size
    assert [len(page) for page in pages[:-1]] == [page_size] * (len(pages) - 1)
    flat = [reference for page in pages for reference in page]
    assert len(flat) == len(set(flat))
    assert set(flat) == set(seeded)
    assert flat == whole


def _plan(session: Session, query: Select[Any]) -> str:
    compiled = query.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
    return "\n".join(str(row[-1]) for row in session.execute(text(f"EXPLAIN QUERY PLAN {compiled}")))


@pytest.mark.sqlite_only  # SQLite's query plans (EXPLAIN QUERY PLAN)
@pytest.mark.usefixtures("seeded")
@pytest.mark.parametrize("quick", [QuickFilter.OVERDUE, QuickFilter.DUE_THIS_WEEK])
def test_the_clock_quick_filters_search_an_index_instead_of_scanning_the_cases(
    seeded_db: Database, quick: QuickFilter
) -> None:
    with seeded_db.transaction() as session:
        query = page_query(CaseFilter(quick=quick), TODAY).limit(200)
        plan = _plan(session, query)
    assert "USING INDEX" in plan or "USING COVERING INDEX" in plan, plan
    assert "SCAN cases" not in plan, plan
    # The urgency order is the index order: no sorting step either.
    assert "TEMP B-TREE" not in plan, plan


@pytest.mark.sqlite_only  # SQLite's query plans (EXPLAIN QUERY PLAN)
@pytest.mark.usefixtures("seeded")
def test_counting_overdue_cases_searches_an_index(seeded_db: Database) -> None:
    with seeded_db.transaction() as session:
        query = (
            select(func.count())
            .select_from(CaseRow)
            .where(*conditions(CaseFilter(quick=QuickFilter.OVERDUE), TODAY))
        )
        plan = _plan(session, query)
    assert "USING INDEX" in plan or "USING COVERING INDEX" in plan, plan
    assert "SCAN cases" not in plan, plan


@pytest.mark.usefixtures("register")
@pytest.mark.parametrize("descending", [False, True])
def test_sorting_by_rights_orders_the_cases_by_their_rights_listed_in_the_requesters_order(
    hand_made_db: Database, descending: bool
) -> None:
    with hand_made_db.transaction() as session:
        rows = fetch_page(session, CaseFilter(), TODAY, sort=SortKey.RIGHTS, descending=descending, limit=1000)
    assert [row.rights for row in rows] == [HAND_MADE[key].rights for key in _keys(rows)]
    listed = [",".join(right.value for right in row.rights) for row in rows]
    assert len(set(listed)) > 3
    assert listed == sorted(listed, reverse=descending)


def test_on_postgresql_the_rights_are_joined_in_the_requesters_order_by_the_aggregate_itself() -> None:
    from sqlalchemy.dialects import postgresql, sqlite

    from lazeo_desk.store.models import RIGHTS_LISTED

    query = select(CaseRow.id).order_by(RIGHTS_LISTED)
    literal = {"literal_binds": True}
    on_postgresql = str(query.compile(dialect=postgresql.dialect(), compile_kwargs=literal))
    assert "string_agg(case_rights.\"right\", ',' ORDER BY case_rights.position)" in on_postgresql
    # SQLite (before 3.44) has no ORDER BY inside an aggregate: it joins the rows of a subquery in position order.
    on_sqlite = str(query.compile(dialect=sqlite.dialect(), compile_kwargs=literal))
    assert "group_concat(" in on_sqlite and "ORDER BY case_rights.position)" in on_sqlite
