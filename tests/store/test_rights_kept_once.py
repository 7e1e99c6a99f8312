"""A case's rights: the rows of ``case_rights`` (with each right's outcome) and the list the register sorts and
filters on, which the store writes in the same flush from the same case. They never disagree."""

from __future__ import annotations

import dataclasses
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.rights import Right
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.seeding import seed_cases
from lazeo_desk.store.database import Database
from lazeo_desk.store.models import CaseRightRow, CaseRow


def _disagreements(db: Database) -> list[str]:
    with db.transaction() as session:
        listed = dict(session.execute(select(CaseRow.id, CaseRow.rights)).all())
        rows: dict[int, list[str]] = {case_id: [] for case_id in listed}
        for case_id, right in session.execute(
            select(CaseRightRow.case_id, CaseRightRow.right).order_by(CaseRightRow.case_id, CaseRightRow.position)
        ).all():
            rows.setdefault(case_id, []).append(right)
    return [f"case {i}: {listed.get(i)!r} against {r}" for i, r in rows.items() if listed.get(i) != ",".join(r)]


# One database for all examples: each opens its own case, and every case must still agree afterwards.
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    first=st.lists(st.sampled_from(Right), min_size=1, max_size=4, unique=True),
    then=st.lists(st.sampled_from(Right), min_size=1, max_size=4, unique=True),
)
def test_opening_and_editing_a_case_writes_the_same_rights_twice(
    service: CaseService, first: list[Right], then: list[Right]
) -> None:
    reference = service.open_case(
        Case(
            jurisdiction=Jurisdiction.BE, language=Language.FR, channel=Channel.EMAIL, received=date(2026, 3, 2),
            rights=tuple(first), subject=DataSubject("Claire Dubois"),
        )
    )
    loaded = service.load(reference)
    service.save(dataclasses.replace(loaded.case, rights=tuple(then)), expected_version=loaded.version)
    assert service.load(reference).case.rights == tuple(then)
    assert _disagreements(service.db) == []


def test_sample_cases_written_in_bulk_keep_both_alike(db: Database, clock: FixedClock) -> None:
    seed_cases(db, 120, seed=11, clock=clock)
    assert _disagreements(db) == []
