"""Finding the case a message belongs to: by e-mail, name and date of birth, patient number or reference."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language, Relationship, Requester
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status
from lazeo_desk.services.cases import CaseService
from lazeo_desk.store.database import Database
from lazeo_desk.store.matching import RECENT_DAYS, MatchQuery, MatchReason, find_matching_cases

ELODIE = DataSubject(
    name="Ëlodie Vercammen",
    birth_date=date(1987, 2, 14),
    email="Elodie.Vercammen@example.be",
    patient_number="GE-2024-0117",
)


def _case(subject: DataSubject = ELODIE, **changes: object) -> Case:
    case = Case(
        jurisdiction=Jurisdiction.BE,
        language=Language.NL,
        channel=Channel.EMAIL,
        received=date(2026, 3, 5),
        rights=(Right.ACCESS,),
        subject=subject,
    )
    return replace(case, **changes)  # type: ignore[arg-type]


Found = list[tuple[str, tuple[MatchReason, ...]]]


def _find(db: Database, query: MatchQuery, as_of: date = date(2026, 4, 2)) -> Found:
    with db.transaction() as session:
        return [(m.reference, m.reasons) for m in find_matching_cases(session, query, as_of=as_of)]


def test_the_same_address_finds_the_case_whatever_its_case(db: Database, service: CaseService) -> None:
    reference = service.open_case(_case())
    found = _find(db, MatchQuery(emails=("elodie.vercammen@EXAMPLE.be ",)))
    assert found == [(reference, (MatchReason.EMAIL,))]


def test_the_requesters_address_finds_the_case_too(db: Database, service: CaseService) -> None:
    lawyer = Requester(Relationship.MANDATARY, name="Claire Lambert", email="c.lambert@avocats-example.fr")
    reference = service.open_case(_case(requester=lawyer))
    found = _find(db, MatchQuery(emails=("c.lambert@avocats-example.fr",)))
    assert found == [(reference, (MatchReason.EMAIL,))]


def test_name_and_date_of_birth_match_without_accents_or_capitals(db: Database, service: CaseService) -> None:
    reference = service.open_case(_case())
    people = (("elodie  VERCAMMEN", date(1987, 2, 14)),)
    assert _find(db, MatchQuery(people=people)) == [(reference, (MatchReason.NAME_AND_BIRTH_DATE,))]


def test_the_same_name_with_another_birth_date_is_someone_else(db: Database, service: CaseService) -> None:
    service.open_case(_case())
    assert _find(db, MatchQuery(people=(("Ëlodie Vercammen", date(1990, 1, 1)),))) == []


def test_the_patient_number_finds_the_case(db: Database, service: CaseService) -> None:
    reference = service.open_case(_case())
    found = _find(db, MatchQuery(patient_numbers=("GE-2024-0117",)))
    assert found == [(reference, (MatchReason.PATIENT_NUMBER,))]


def test_a_case_closed_long_ago_is_not_matched_by_address_but_by_its_quoted_reference(
    db: Database, service: CaseService, clock: FixedClock
) -> None:
    reference = service.open_case(_case())
    service.change_status(reference, Status.IN_PROGRESS)
    service.close(reference)
    closed_on = clock.today()
    later = closed_on + timedelta(days=RECENT_DAYS + 1)
    assert _find(db, MatchQuery(emails=(ELODIE.email,)), as_of=later) == []
    assert _find(db, MatchQuery(emails=(ELODIE.email,)), as_of=closed_on + timedelta(days=RECENT_DAYS)) != []
    found = _find(db, MatchQuery(emails=(ELODIE.email,), references=(reference.lower(),)), as_of=later)
    assert found == [(reference, (MatchReason.REFERENCE, MatchReason.EMAIL))]


def test_the_case_with_most_reasons_comes_first(db: Database, service: CaseService) -> None:
    by_mail_only = service.open_case(_case(DataSubject(name="Other Person", email=ELODIE.email)))
    by_everything = service.open_case(_case())
    query = MatchQuery(emails=(ELODIE.email,), people=(("Ëlodie Vercammen", date(1987, 2, 14)),))
    assert [reference for reference, _ in _find(db, query)] == [by_everything, by_mail_only]


@pytest.mark.parametrize(
    "query", [MatchQuery(), MatchQuery(emails=("  ",)), MatchQuery(people=(("", date(1987, 2, 14)),))]
)
def test_a_query_that_says_nothing_matches_nothing(
    db: Database, service: CaseService, query: MatchQuery
) -> None:
    service.open_case(_case(DataSubject(name="No Mail")))
    assert _find(db, query) == []
