"""Case references: DSAR-YYYY-NNNN, one sequence per year of receipt, never handed out twice."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import delete, select, update

from lazeo_desk.domain.case import (
    REFERENCE_PATTERN,
    Case,
    Channel,
    DataSubject,
    Jurisdiction,
    Language,
    format_reference,
    parse_reference,
)
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.rights import Right
from lazeo_desk.services.cases import CaseRuleError, CaseService
from lazeo_desk.services.seeding import seed_cases
from lazeo_desk.store.database import Database
from lazeo_desk.store.models import CaseRow, ReferenceCounter
from lazeo_desk.store.register import CaseFilter, SortKey, fetch_page


def _case(received: date, name: str = "Sofie Peeters") -> Case:
    return Case(
        jurisdiction=Jurisdiction.BE,
        language=Language.NL,
        channel=Channel.EMAIL,
        received=received,
        rights=(Right.ACCESS,),
        subject=DataSubject(name=name),
    )


def test_references_follow_the_pattern_and_the_year_of_receipt(service: CaseService) -> None:
    reference = service.open_case(_case(date(2026, 3, 5)))
    assert REFERENCE_PATTERN.match(reference)
    assert parse_reference(reference) == (2026, 1)


def test_each_year_of_receipt_has_its_own_sequence(service: CaseService) -> None:
    opened = [
        service.open_case(_case(date(2026, 3, 5))),
        service.open_case(_case(date(2025, 12, 30))),
        service.open_case(_case(date(2026, 1, 2))),
        service.open_case(_case(date(2025, 11, 3))),
    ]
    assert [parse_reference(r) for r in opened] == [(2026, 1), (2025, 1), (2026, 2), (2025, 2)]


def test_a_reference_is_never_reused_after_its_case_is_deleted(service: CaseService, db: Database) -> None:
    service.open_case(_case(date(2026, 3, 5)))
    second = service.open_case(_case(date(2026, 3, 6)))
    with db.transaction() as session:
        session.execute(delete(CaseRow).where(CaseRow.reference == second))
    third = service.open_case(_case(date(2026, 3, 7)))
    assert parse_reference(third) == (2026, 3)
    assert third != second


def test_reference_sequence_is_never_reused_after_counter_grows_past_four_digits(
    service: CaseService, db: Database
) -> None:
    service.open_case(_case(date(2026, 1, 5)))
    with db.transaction() as session:
        session.execute(
            update(ReferenceCounter).where(ReferenceCounter.year == 2026).values(last_sequence=9998)
        )
    opened = [service.open_case(_case(date(2026, 2, day))) for day in (2, 3, 4)]
    assert opened == ["DSAR-2026-9999", "DSAR-2026-10000", "DSAR-2026-10001"]
    assert [parse_reference(r) for r in opened] == [(2026, 9999), (2026, 10000), (2026, 10001)]
    with db.transaction() as session:
        rows = fetch_page(session, CaseFilter(), date(2026, 3, 10), sort=SortKey.REFERENCE)
    in_order = [row.reference for row in rows]
    # Numeric order, not text order: DSAR-2026-10000 comes after DSAR-2026-9999.
    assert in_order == ["DSAR-2026-0001", *opened]


def test_a_case_opened_after_seeding_takes_the_next_free_reference(
    service: CaseService, db: Database, clock: FixedClock
) -> None:
    seeded = seed_cases(db, 40, seed=3, clock=clock)
    opened = service.open_case(_case(date(2026, 3, 9)))
    assert opened not in seeded
    with db.transaction() as session:
        last_2026 = max(s for y, s in map(parse_reference, seeded) if y == 2026)
        assert parse_reference(opened) == (2026, last_2026 + 1)
        assert len(set(session.scalars(select(CaseRow.reference)))) == 41


def test_seeding_twice_hands_out_new_references(db: Database, clock: FixedClock) -> None:
    first = seed_cases(db, 30, seed=1, clock=clock)
    second = seed_cases(db, 30, seed=1, clock=clock)
    assert not set(first) & set(second)
    assert len(set(first) | set(second)) == 60


def test_a_rejected_case_does_not_consume_a_reference(service: CaseService) -> None:
    with pytest.raises(CaseRuleError):
        service.open_case(_case(date(2026, 3, 5), name=" "))
    assert service.open_case(_case(date(2026, 3, 5))) == format_reference(2026, 1)


@given(year=st.integers(1000, 9999), sequence=st.integers(1, 10**7))
def test_a_formatted_reference_parses_back(year: int, sequence: int) -> None:
    reference = format_reference(year, sequence)
    assert parse_reference(reference) == (year, sequence)
    assert parse_reference(reference.lower()) == (year, sequence)
