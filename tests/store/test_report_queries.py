"""The report's figures, computed by the database, on a hand-made year of cases whose dates are known.

Today is 2026-03-10. Governing due dates (from ``lazeo-desk deadline``) are in the comments; the days to answer of
the year's answered cases are 14, 15, 17, 28, 43, 43 and 70: median (rank 4 of 7) 28, 90th percentile (rank 7) 70.
"""

from __future__ import annotations

import copy
import itertools
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from lazeo_desk.domain.case import (
    Case,
    Channel,
    DataSubject,
    Extension,
    Jurisdiction,
    Language,
    OutcomeKind,
    RightOutcome,
)
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.identity import Check, CheckResult, IntakeRoute, ItemRequest, Outcome, VerificationResult
from lazeo_desk.domain.report_figures import (
    DAY_BUCKETS,
    Period,
    answered_on_time,
    counts_in_period,
    day_bucket,
    days_to_answer,
    is_answered,
    is_open,
    is_open_past_due,
    percentile,
)
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.identity import record_verification
from lazeo_desk.services.purge import PurgeService
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store.database import Database
from lazeo_desk.store.models import CaseRow, CaseStatisticsRow
from lazeo_desk.store.register import CaseFilter, Handling, QuickFilter, SortKey
from lazeo_desk.store.report_queries import (
    Counts,
    Figures,
    ReportFilter,
    export_rows,
    figures,
    late_answers,
    refusal_list,
)

CLOCK = FixedClock(datetime(2026, 3, 10, 9, 30, tzinfo=ZoneInfo("Europe/Paris")))
TODAY = CLOCK.today()
YEAR = ReportFilter(Period.year(2025))


def _case(
    jurisdiction: Jurisdiction,
    centre: str,
    channel: Channel,
    received: date,
    rights: tuple[Right, ...],
    status: Status,
    *,
    answered: date | None = None,
    closed: date | None = None,
    awaiting_since: date | None = None,
    outcomes: dict[Right, RightOutcome] | None = None,
    extension: Extension | None = None,
) -> Case:
    language = {Jurisdiction.BE: Language.NL, Jurisdiction.FR: Language.FR, Jurisdiction.LU: Language.EN}
    return Case(
        jurisdiction=jurisdiction,
        language=language[jurisdiction],
        channel=channel,
        received=received,
        rights=rights,
        status=status,
        subject=DataSubject(name=f"Patient {centre} {received.isoformat()}", centre=centre),
        answered=answered,
        closed=closed,
        awaiting_since=awaiting_since,
        info_requested=awaiting_since,
        outcomes=outcomes or {},
        extension=extension,
    )


GRANTED = RightOutcome(OutcomeKind.GRANTED)

HAND_MADE: dict[str, Case] = {
    # Due 2025-03-03; answered after 17 days: on time.
    "fr_on_time": _case(
        Jurisdiction.FR, "Paris 16e", Channel.EMAIL, date(2025, 2, 3), (Right.ACCESS,), Status.ANSWERED,
        answered=date(2025, 2, 20), outcomes={Right.ACCESS: GRANTED},
    ),
    # Due 2025-04-03; answered 2025-04-15 (43 days): late, no extension.
    "be_late": _case(
        Jurisdiction.BE, "Gent", Channel.POST, date(2025, 3, 3), (Right.ACCESS,), Status.ANSWERED,
        answered=date(2025, 4, 15), outcomes={Right.ACCESS: GRANTED},
    ),
    # Extended: due 2025-07-01 instead of 2025-05-02; answered 2025-06-10 (70 days): on time.
    "lu_extended": _case(
        Jurisdiction.LU, "Luxembourg", Channel.WEB_FORM, date(2025, 4, 1), (Right.PORTABILITY,), Status.ANSWERED,
        answered=date(2025, 6, 10), outcomes={Right.PORTABILITY: GRANTED},
        extension=Extension("thirty years of records to gather", date(2025, 4, 20)),
    ),
    # Refused (two rights, one ground); due 2025-06-05, answered after 15 days.
    "fr_refused": _case(
        Jurisdiction.FR, "Lyon", Channel.EMAIL, date(2025, 5, 5), (Right.ERASURE, Right.OBJECTION), Status.REFUSED,
        answered=date(2025, 5, 20),
        outcomes={
            Right.ERASURE: RightOutcome(OutcomeKind.REFUSED, "manifestly-unfounded: the fourth identical request"),
            Right.OBJECTION: RightOutcome(OutcomeKind.REFUSED, "manifestly-unfounded: the fourth identical request"),
        },
    ),
    # Erasure partly refused (retention); due 2025-07-02, answered after 28 days.
    "be_partly": _case(
        Jurisdiction.BE, "Antwerpen", Channel.EMAIL, date(2025, 6, 2), (Right.ERASURE,), Status.ANSWERED,
        answered=date(2025, 6, 30),
        outcomes={Right.ERASURE: RightOutcome(OutcomeKind.PARTLY_GRANTED, "medical file kept 30 years")},
    ),
    # Paused since 2025-11-05: open, not past due.
    "fr_paused": _case(
        Jurisdiction.FR, "Nice", Channel.POST, date(2025, 11, 3), (Right.MEDICAL_RECORD,),
        Status.AWAITING_REQUESTER, awaiting_since=date(2025, 11, 5),
    ),
    # Due 2026-01-02: open past due.
    "lu_overdue": _case(
        Jurisdiction.LU, "Esch-sur-Alzette", Channel.PHONE, date(2025, 12, 1), (Right.ACCESS,), Status.IN_PROGRESS,
    ),
    # Answered in part (access only; erasure still owed): open, past its due date 2025-10-01.
    "be_in_part": _case(
        Jurisdiction.BE, "Brugge", Channel.EMAIL, date(2025, 9, 1), (Right.ACCESS, Right.ERASURE),
        Status.IN_PROGRESS, outcomes={Right.ACCESS: GRANTED},
    ),
    # New, identity not established (recorded below): open, past due 2025-11-03.
    "fr_identity": _case(
        Jurisdiction.FR, "Paris 16e", Channel.DOCTOLIB, date(2025, 10, 1), (Right.ACCESS,), Status.NEW,
    ),
    # Received in 2024: in no figure of 2025, although answered in 2025.
    "fr_last_year": _case(
        Jurisdiction.FR, "Paris 16e", Channel.EMAIL, date(2024, 12, 30), (Right.ACCESS,), Status.ANSWERED,
        answered=date(2025, 1, 10), outcomes={Right.ACCESS: GRANTED},
    ),
    # Purged below (closed early 2025, kept one year): due 2025-02-06, answered after 14 days, on time.
    "fr_purged": _case(
        Jurisdiction.FR, "Paris 16e", Channel.EMAIL, date(2025, 1, 6), (Right.ACCESS,), Status.CLOSED,
        answered=date(2025, 1, 20), closed=date(2025, 1, 21), outcomes={Right.ACCESS: GRANTED},
    ),
    # Purged below: due 2025-02-03, answered 2025-02-14 (43 days): late, erasure refused.
    "be_purged": _case(
        Jurisdiction.BE, "Gent", Channel.POST, date(2025, 1, 2), (Right.ERASURE,), Status.CLOSED,
        answered=date(2025, 2, 14), closed=date(2025, 2, 15),
        outcomes={Right.ERASURE: RightOutcome(OutcomeKind.REFUSED, "excessive: weekly requests")},
    ),
}

DUE = {
    "fr_on_time": date(2025, 3, 3), "be_late": date(2025, 4, 3), "lu_extended": date(2025, 7, 1),
    "fr_refused": date(2025, 6, 5), "be_partly": date(2025, 7, 2), "lu_overdue": date(2026, 1, 2),
    "be_in_part": date(2025, 10, 1), "fr_identity": date(2025, 11, 3),
}


def _verification(outcome: Outcome) -> VerificationResult:
    return VerificationResult(
        outcome=outcome,
        route=IntakeRoute.EMAIL_UNKNOWN,
        checks=((Check.NAME_MATCHES, CheckResult.MATCHES),),
        items_requested=(ItemRequest((Check.BIRTH_DATE_MATCHES,)),),
        summary="",
        decided_on=TODAY,
        by="Brigitte Perez",
    )


@pytest.fixture(scope="module")
def hand_made_db(module_database: Callable[[str], Database]) -> Database:
    return module_database("reports")


@pytest.fixture(scope="module")
def references(hand_made_db: Database) -> dict[str, str]:
    service = CaseService(Workplace(hand_made_db, CLOCK))
    found = {key: service.open_case(copy.deepcopy(case)) for key, case in HAND_MADE.items()}
    record_verification(service, found["lu_overdue"], _verification(Outcome.VERIFIED))
    record_verification(service, found["fr_identity"], _verification(Outcome.MORE_INFORMATION_NEEDED))
    record_verification(service, found["fr_identity"], _verification(Outcome.CANNOT_BE_VERIFIED))
    purge = PurgeService(Workplace(hand_made_db, CLOCK))
    purge.set_retention_years(1)
    for key in ("fr_purged", "be_purged"):
        purge.purge(found[key])
    return found


def _figures(db: Database, report_filter: ReportFilter = YEAR) -> Figures:
    with db.transaction() as session:
        return figures(session, report_filter, TODAY)


def test_the_hand_made_due_dates_are_the_stored_governing_dates(
    hand_made_db: Database, references: dict[str, str]
) -> None:
    with hand_made_db.transaction() as session:
        stored = {ref: due for ref, due in session.execute(select(CaseRow.reference, CaseRow.due_date))}
        lines = session.scalars(select(CaseStatisticsRow)).all()
    assert {key: stored[references[key]] for key in DUE} == DUE
    assert stored[references["fr_paused"]] is None
    assert sorted((line.jurisdiction, line.days_to_answer, line.on_time) for line in lines) == [
        ("BE", 43, False), ("FR", 14, True),
    ]


def test_a_year_counts_live_and_purged_cases_received_in_it(hand_made_db: Database, references: dict[str, str]) -> None:
    result = _figures(hand_made_db)
    assert result.totals == Counts(
        received=11, answered=7, answered_on_time=5, answered_late=2, open=4, open_overdue=3, extended=1
    )
    assert result.purged == 2
    assert result.erasures_partly_refused == 1


def test_median_and_90th_percentile_of_days_to_answer_by_nearest_rank(
    hand_made_db: Database, references: dict[str, str]
) -> None:
    result = _figures(hand_made_db)
    assert (result.median_days_to_answer, result.p90_days_to_answer) == (28, 70)
    # 0-7: none; 8-14: 14; 15-30: 15, 17, 28; 31-45: 43, 43; 46-60: none; 61-90: 70; over 90: none.
    assert result.days_distribution == [0, 1, 3, 2, 0, 1, 0]
    assert sum(result.days_distribution) == result.totals.answered


def test_breakdowns_by_country_channel_centre_and_right(hand_made_db: Database, references: dict[str, str]) -> None:
    result = _figures(hand_made_db)
    assert {k: (c.received, c.answered, c.answered_late, c.open) for k, c in result.by_country.items()} == {
        "BE": (4, 3, 2, 1), "FR": (5, 3, 0, 2), "LU": (2, 1, 0, 1),
    }
    assert {k: c.received for k, c in result.by_channel.items()} == {
        "doctolib": 1, "email": 5, "phone": 1, "post": 3, "web-form": 1,
    }
    # Purged lines keep no centre: they count under the empty one.
    assert {k: c.received for k, c in result.by_centre.items()} == {
        "": 2, "Antwerpen": 1, "Brugge": 1, "Esch-sur-Alzette": 1, "Gent": 1, "Luxembourg": 1, "Lyon": 1,
        "Nice": 1, "Paris 16e": 2,
    }
    assert {k: (c.received, c.answered, c.answered_on_time) for k, c in result.by_right.items()} == {
        "access": (6, 3, 2), "erasure": (4, 3, 2), "objection": (1, 1, 1), "portability": (1, 1, 1),
        "medical-record": (1, 0, 0),
    }


def test_refusals_by_ground_and_identity_outcomes(hand_made_db: Database, references: dict[str, str]) -> None:
    result = _figures(hand_made_db)
    assert result.refusals == {"manifestly-unfounded": 2, "unrecorded": 1}
    assert result.identity == {"verified": 1, "more-information-needed": 0, "cannot-be-verified": 1}


def test_months_count_live_cases_by_right_and_answers_on_time(
    hand_made_db: Database, references: dict[str, str]
) -> None:
    months = {m.month: m for m in _figures(hand_made_db).by_month}
    assert sorted(months) == ["2025-02", "2025-03", "2025-04", "2025-05", "2025-06", "2025-09", "2025-10",
                              "2025-11", "2025-12"]
    assert months["2025-05"].by_right == {"erasure": 1, "objection": 1}
    assert (months["2025-03"].answered, months["2025-03"].answered_on_time) == (1, 0)
    assert (months["2025-02"].answered, months["2025-02"].answered_on_time) == (1, 1)


def test_a_quarter_leaves_purged_lines_out_and_filters_narrow(
    hand_made_db: Database, references: dict[str, str]
) -> None:
    first = _figures(hand_made_db, ReportFilter(Period.quarter(2025, 1)))
    assert (first.totals.received, first.purged, first.totals.answered_late) == (2, 0, 1)
    belgium = _figures(hand_made_db, ReportFilter(Period.year(2025), jurisdiction=Jurisdiction.BE))
    assert (belgium.totals.received, belgium.purged, belgium.totals.answered_late) == (4, 1, 2)
    erasure = _figures(hand_made_db, ReportFilter(Period.year(2025), right=Right.ERASURE))
    assert (erasure.totals.received, erasure.refusals) == (4, {"manifestly-unfounded": 2, "unrecorded": 1})
    gent = _figures(hand_made_db, ReportFilter(Period.year(2025), centre="Gent"))
    assert (gent.totals.received, gent.purged) == (1, 0)
    post = _figures(hand_made_db, ReportFilter(Period.year(2025), channel=Channel.POST))
    assert post.totals.received == 3
    nothing = _figures(hand_made_db, ReportFilter(Period.year(2023)))
    assert nothing.totals == Counts()
    assert (nothing.median_days_to_answer, nothing.p90_days_to_answer) == (None, None)


def test_late_answers_and_refusals_are_listed(hand_made_db: Database, references: dict[str, str]) -> None:
    with hand_made_db.transaction() as session:
        late = late_answers(session, YEAR)
        refused = refusal_list(session, YEAR)
    assert [(a.reference, a.due, a.answered, a.days_late) for a in late] == [
        (references["be_late"], date(2025, 4, 3), date(2025, 4, 15), 12)
    ]
    assert [(r.reference, r.right) for r in refused] == [
        (references["fr_refused"], "erasure"), (references["fr_refused"], "objection")
    ]
    assert refused[0].ground.startswith("manifestly-unfounded")


def test_export_rows_carry_governing_and_strict_dates_and_outcomes(
    hand_made_db: Database, references: dict[str, str]
) -> None:
    with hand_made_db.transaction() as session:
        rows = {row[0]: row for row in export_rows(session, CaseFilter(received_from=date(2024, 1, 1)), TODAY)}
    assert len(rows) == 10  # nine live cases of 2025 and one of 2024; purged cases have no row
    extended = rows[references["lu_extended"]]
    assert extended[3] == date(2025, 7, 1)
    assert extended[4] == date(2025, 7, 1)  # counted from receipt, the extension included
    assert extended[5] == 1
    assert rows[references["be_late"]][13] == 0
    assert rows[references["be_late"]][14] == 43
    assert rows[references["be_partly"]][9] == "erasure:partly-granted"
    assert rows[references["lu_overdue"]][13] is None


def test_the_register_filters_to_exactly_the_cases_each_figure_counts(
    hand_made_db: Database, references: dict[str, str]
) -> None:
    # A day short of the whole year: purged lines, which the register cannot list, are left out of the figures.
    period = Period(date(2025, 1, 1), date(2025, 12, 30))
    result = _figures(hand_made_db, ReportFilter(period))
    base = CaseFilter(received_from=period.start, received_to=period.end)

    def listed(**criteria: object) -> set[str]:
        with hand_made_db.transaction() as session:
            return {row[0] for row in export_rows(session, replace(base, **criteria), TODAY)}  # type: ignore[arg-type]

    def named(*keys: str) -> set[str]:
        return {references[key] for key in keys}

    totals = result.totals
    assert len(listed()) == totals.received == 9
    assert listed(handling=Handling.ANSWERED) == named("fr_on_time", "be_late", "lu_extended", "fr_refused",
                                                      "be_partly")
    assert len(listed(handling=Handling.ANSWERED)) == totals.answered
    assert listed(handling=Handling.ANSWERED_ON_TIME) == named("fr_on_time", "lu_extended", "fr_refused",
                                                              "be_partly")
    assert len(listed(handling=Handling.ANSWERED_ON_TIME)) == totals.answered_on_time
    assert listed(handling=Handling.ANSWERED_LATE) == named("be_late")
    assert len(listed(handling=Handling.ANSWERED_LATE)) == totals.answered_late
    assert listed(handling=Handling.OPEN_PAST_DUE) == named("lu_overdue", "be_in_part", "fr_identity")
    assert listed(handling=Handling.OPEN_PAST_DUE) == listed(quick=QuickFilter.OVERDUE)
    assert len(listed(handling=Handling.OPEN_PAST_DUE)) == totals.open_overdue
    assert listed(handling=Handling.EXTENDED) == named("lu_extended")
    assert len(listed(handling=Handling.EXTENDED)) == totals.extended
    # Refusals count per right (two here, on one case); the register lists the case.
    assert listed(handling=Handling.REFUSED) == named("fr_refused")
    assert listed(handling=Handling.ERASURE_PARTLY_REFUSED) == named("be_partly")
    assert len(listed(handling=Handling.ERASURE_PARTLY_REFUSED)) == result.erasures_partly_refused
    # fr_identity's last verification could not establish the identity; lu_overdue's was verified.
    assert listed(handling=Handling.IDENTITY_NOT_ESTABLISHED) == named("fr_identity")
    assert len(listed(handling=Handling.IDENTITY_NOT_ESTABLISHED)) == result.identity["cannot-be-verified"]
    for channel, counts in result.by_channel.items():
        assert len(listed(channel=Channel(channel))) == counts.received
    for index, (low, high) in enumerate(DAY_BUCKETS):
        assert len(listed(days_to_answer_from=low, days_to_answer_to=high)) == result.days_distribution[index]
    assert listed(days_to_answer_from=43, days_to_answer_to=43) == named("be_late")


def test_the_export_follows_the_order_the_register_is_sorted_in(
    hand_made_db: Database, references: dict[str, str]
) -> None:
    base = CaseFilter(received_from=date(2025, 1, 1), received_to=date(2025, 12, 31))
    with hand_made_db.transaction() as session:
        by_received = [row[0] for row in export_rows(session, base, TODAY, sort=SortKey.RECEIVED)]
        newest_first = [row[0] for row in export_rows(session, base, TODAY, sort=SortKey.RECEIVED, descending=True)]
        by_reference = [row[0] for row in export_rows(session, base, TODAY)]
    assert by_received[0] == references["fr_on_time"] and by_received[-1] == references["lu_overdue"]
    assert newest_first == by_received[::-1]
    assert by_reference == sorted(by_reference)


@given(st.lists(st.integers(min_value=0, max_value=400), min_size=1, max_size=60))
def test_the_percentile_rule_is_the_smallest_value_covering_the_share(values: list[int]) -> None:
    for numerator, denominator in ((1, 2), (9, 10)):
        found = percentile(values, numerator, denominator)
        assert found is not None
        at_most = sum(1 for v in values if v <= found)
        below = sum(1 for v in values if v < found)
        assert at_most * denominator >= numerator * len(values)
        assert below * denominator < numerator * len(values)


_STATUSES = (Status.NEW, Status.IN_PROGRESS, Status.AWAITING_REQUESTER, Status.ANSWERED, Status.REFUSED)
_YEARS = itertools.count(1950)  # each example its own year of the shared database


@settings(max_examples=12)
@given(st.lists(
    st.tuples(
        st.integers(0, 364), st.sampled_from(_STATUSES), st.integers(0, 120), st.sampled_from(list(Jurisdiction))
    ),
    min_size=1, max_size=8,
))
def test_the_database_counts_as_the_domain_rules_say(
    hand_made_db: Database, drawn: list[tuple[int, Status, int, Jurisdiction]]
) -> None:
    year = next(_YEARS)
    service = CaseService(Workplace(hand_made_db, CLOCK))
    for offset, status, answer_after, jurisdiction in drawn:
        received = date(year, 1, 1) + timedelta(days=offset)
        answered = received + timedelta(days=answer_after) if status in (Status.ANSWERED, Status.REFUSED) else None
        service.open_case(_case(
            jurisdiction, "Gent", Channel.EMAIL, received, (Right.ACCESS,), status, answered=answered,
            awaiting_since=received if status is Status.AWAITING_REQUESTER else None,
            outcomes={Right.ACCESS: RightOutcome(
                OutcomeKind.REFUSED if status is Status.REFUSED else OutcomeKind.GRANTED, "excessive"
            )} if answered else None,
        ))
    period = Period.year(year)
    with hand_made_db.transaction() as session:
        rows = session.execute(
            select(CaseRow.received, CaseRow.status, CaseRow.answered, CaseRow.due_date)
            .where(CaseRow.received >= period.start, CaseRow.received <= period.end)
        ).all()
        found = figures(session, ReportFilter(period), TODAY)
    counted = [r for r in rows if counts_in_period(r.received, period)]
    answered = [r for r in counted if is_answered(r.answered)]
    days = [days_to_answer(r.received, r.answered) for r in answered]
    assert found.totals == Counts(
        received=len(counted),
        answered=len(answered),
        answered_on_time=sum(answered_on_time(r.answered, r.due_date) for r in answered),
        answered_late=sum(not answered_on_time(r.answered, r.due_date) for r in answered),
        open=sum(is_open(Status(r.status)) for r in counted),
        open_overdue=sum(is_open_past_due(Status(r.status), r.due_date, TODAY) for r in counted),
        extended=0,
    )
    assert found.median_days_to_answer == percentile(days, 1, 2)
    assert found.p90_days_to_answer == percentile(days, 9, 10)
    assert found.days_distribution == [sum(day_bucket(d) == i for d in days) for i in range(len(DAY_BUCKETS))]
