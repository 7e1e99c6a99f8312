"""One workplace for every service: the database, the clock and who acts travel together."""

from __future__ import annotations

from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.services.actor import login_name
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.reports import ReportService
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store.database import Database


def test_the_workplace_of_an_unnamed_dpo_acts_under_the_login_name(db: Database, clock: FixedClock) -> None:
    place = Workplace.of(db, clock)
    assert (place.db, place.clock, place.actor) == (db, clock, login_name())


def test_a_service_built_from_another_one_acts_as_the_dpo_named_since(db: Database, clock: FixedClock) -> None:
    cases = CaseService(Workplace(db, clock, "DPO"))
    cases.actor = "Brigitte Perez"
    reports = ReportService(cases.place)
    assert (reports.db, reports.clock, reports.actor) == (db, clock, "Brigitte Perez")
