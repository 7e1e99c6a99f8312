"""A case's rights are kept once, as rows of ``case_rights`` in the requester's order (``position``), each with its
outcome: the case, the register's lines and the calendar all read them from there."""

from __future__ import annotations

import dataclasses
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import inspect, select

from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.rights import Right
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.seeding import seed_cases
from lazeo_desk.store.cases import load_case
from lazeo_desk.store.database import Database
from lazeo_desk.store.models import CaseRightRow, CaseRow
from lazeo_desk.store.register import CaseFilter, fetch_page, open_binding_dates


def _rows(db: Database) -> dict[str, list[tuple[str, int]]]:
    """Each case's rights rows as stored: (right, position), in position order."""
    with db.transaction() as session:
        found: dict[str, list[tuple[str, int]]] = {
            reference: [] for reference in session.scalars(select(CaseRow.reference))
        }
        query = (
            select(CaseRow.reference, CaseRightRow.right, CaseRightRow.position)
            .join(CaseRightRow, CaseRightRow.case_id == CaseRow.id)
            .order_by(CaseRow.id, CaseRightRow.position)
        )
        for reference, right, position in session.execute(query):
            found[reference].append((right, position))
    return found


def test_the_case_row_holds_no_copy_of_the_rights(db: Database) -> None:
    assert "rights" not in {column["name"] for column in inspect(db.engine).get_columns("cases")}


# One database for all examples: each opens its own case.
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    first=st.lists(st.sampled_from(Right), min_size=1, max_size=4, unique=True),
    then=st.lists(st.sampled_from(Right), min_size=1, max_size=4, unique=True),
)
def test_opening_and_editing_a_case_keeps_its_rights_as_rows_in_the_requesters_order(
    service: CaseService, clock: FixedClock, first: list[Right], then: list[Right]
) -> None:
    reference = service.open_case(
        Case(
            jurisdiction=Jurisdiction.BE, language=Language.FR, channel=Channel.EMAIL, received=date(2026, 3, 2),
            rights=tuple(first), subject=DataSubject("Claire Dubois"),
        )
    )
    assert _rows(service.db)[reference] == [(right.value, i) for i, right in enumerate(first)]
    loaded = service.load(reference)
    service.save(dataclasses.replace(loaded.case, rights=tuple(then)), expected_version=loaded.version)
    assert service.load(reference).case.rights == tuple(then)
    assert _rows(service.db)[reference] == [(right.value, i) for i, right in enumerate(then)]
    with service.db.transaction() as session:
        [line] = fetch_page(session, CaseFilter(text=reference), clock.today())
        [binding] = [b for b in open_binding_dates(session) if b.reference == reference]
    assert line.rights == binding.rights == tuple(then)


def test_sample_cases_written_in_bulk_read_back_with_their_rights_in_order(db: Database, clock: FixedClock) -> None:
    references = seed_cases(db, 120, seed=11, clock=clock)
    stored = _rows(db)
    assert all(stored[reference] for reference in references)
    assert all(
        [position for _right, position in rows] == list(range(len(rows))) for rows in stored.values()
    )
    with db.transaction() as session:
        lines = fetch_page(session, CaseFilter(), clock.today(), limit=500)
        loaded = {reference: load_case(session, reference)[0].rights for reference in references}
    assert len(lines) == 120
    assert {reference: [r.value for r in rights] for reference, rights in loaded.items()} == {
        reference: [right for right, _position in rows] for reference, rows in stored.items()
    }
    assert {line.reference: [r.value for r in line.rights] for line in lines} == {
        reference: [right for right, _position in rows] for reference, rows in stored.items()
    }
