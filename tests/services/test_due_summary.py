"""The week's summary: overdue, due today and due within seven days, each in the register's order."""

from __future__ import annotations

from datetime import date

from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.due_summary import DueGroup, due_summary
from lazeo_desk.services.register import RegisterService
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store.database import Database

TODAY = date(2026, 3, 10)


def _open(service: CaseService, name: str, received: date) -> str:
    return service.open_case(
        Case(
            jurisdiction=Jurisdiction.FR,
            language=Language.FR,
            channel=Channel.POST,
            received=received,
            rights=(Right.ACCESS,),
            subject=DataSubject(name=name),
        )
    )


def test_cases_are_grouped_by_how_pressing_their_date_is(
    db: Database, clock: FixedClock, service: CaseService
) -> None:
    late = _open(service, "Late", date(2026, 1, 12))  # due 12 Feb
    today = _open(service, "Today", date(2026, 2, 10))  # due 10 Mar
    friday = _open(service, "Friday", date(2026, 2, 13))  # due 13 Mar
    later = _open(service, "Later", date(2026, 3, 2))  # due 2 Apr: not this week
    paused = _open(service, "Paused", date(2026, 2, 9))
    service.mark_awaiting_requester(paused, items="proof")
    done = _open(service, "Done", date(2026, 1, 5))
    service.change_status(done, Status.IN_PROGRESS)
    service.close(done)

    summary = due_summary(RegisterService(Workplace(db, clock)), TODAY)
    assert {group: [c.reference for c in cases] for group, cases in summary.cases.items()} == {
        DueGroup.OVERDUE: [late],
        DueGroup.DUE_TODAY: [today],
        DueGroup.DUE_SOON: [friday],
    }
    assert summary.totals == {DueGroup.OVERDUE: 1, DueGroup.DUE_TODAY: 1, DueGroup.DUE_SOON: 1}
    assert later not in str(summary) and paused not in str(summary)
    (overdue,) = summary.cases[DueGroup.OVERDUE]
    assert (overdue.subject_name, overdue.due) == ("Late", date(2026, 2, 12))
    assert overdue.next_step == "Overdue since 2026-02-13: answer now"
    assert not summary.empty


def test_a_group_names_its_first_cases_and_counts_them_all(
    db: Database, clock: FixedClock, service: CaseService
) -> None:
    references = [_open(service, f"Patient {n}", date(2026, 1, 5 + n)) for n in range(5)]
    summary = due_summary(RegisterService(Workplace(db, clock)), TODAY, shown=3)
    assert [c.reference for c in summary.cases[DueGroup.OVERDUE]] == references[:3]
    assert summary.totals[DueGroup.OVERDUE] == 5


def test_a_quiet_week_is_empty(db: Database, clock: FixedClock, service: CaseService) -> None:
    _open(service, "Later", date(2026, 3, 9))
    assert due_summary(RegisterService(Workplace(db, clock)), TODAY).empty
