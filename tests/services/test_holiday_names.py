"""Each workplace reads the public holidays from its own tables: two databases in one process never share them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from lazeo_desk.domain.calendars import FROM_PACKAGE, HolidayNames, package_public_holidays, public_holidays
from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.deadlines import compute_deadline
from lazeo_desk.domain.rights import Right
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.register import RegisterService
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store.database import Database
from lazeo_desk.store.holiday_cache import load_public_holidays
from lazeo_desk.store.register import CaseFilter

# Received Thu 5 March 2026 in Belgium: the GDPR month ends Sun 5 April, Easter Monday follows, due Tue 7 April.
RECEIVED = date(2026, 3, 5)
PACKAGE_DUE = date(2026, 4, 7)


def _case() -> Case:
    return Case(
        jurisdiction=Jurisdiction.BE, language=Language.NL, channel=Channel.EMAIL, received=RECEIVED,
        rights=(Right.ACCESS,), subject=DataSubject("Ëlodie Vercammen"),
    )


def _names_with_an_extra_holiday() -> HolidayNames:
    """Tables in which Tue 7 April 2026 is a Belgian holiday too (as a copy read from another place might say)."""
    table = dict(package_public_holidays(Jurisdiction.BE, 2026))
    table[PACKAGE_DUE] = "Founders' Day"
    return HolidayNames({(Jurisdiction.BE, 2026): table})


@pytest.fixture
def other_db(tmp_path: Path) -> Iterator[Database]:
    database = Database(f"sqlite:///{tmp_path / 'other.sqlite3'}", plain=True)
    yield database
    database.dispose()


def test_two_databases_in_one_process_count_with_their_own_holidays(
    db: Database, other_db: Database, clock: FixedClock
) -> None:
    first = CaseService(Workplace(db, clock, "Brigitte Perez", _names_with_an_extra_holiday()))
    second = CaseService(Workplace(other_db, clock, "Brigitte Perez"))
    in_first, in_second = first.open_case(_case()), second.open_case(_case())
    assert first.load(in_first).deadline.due == date(2026, 4, 8)
    assert second.load(in_second).deadline.due == PACKAGE_DUE
    # The first database's tables did not leak into the second, nor into the deadlines counted without any.
    assert second.rules().calendar(Jurisdiction.BE).is_working_day(PACKAGE_DUE)
    assert not first.rules().calendar(Jurisdiction.BE).is_working_day(PACKAGE_DUE)
    assert compute_deadline(received=RECEIVED, jurisdiction=Jurisdiction.BE, rights=(Right.ACCESS,)).due == PACKAGE_DUE
    assert PACKAGE_DUE not in public_holidays(Jurisdiction.BE, 2026)


def test_the_register_of_each_database_counts_with_its_own_holidays(
    db: Database, other_db: Database, clock: FixedClock
) -> None:
    first = Workplace(db, clock, "Brigitte Perez", _names_with_an_extra_holiday())
    second = Workplace(other_db, clock, "Brigitte Perez")
    CaseService(first).open_case(_case())
    CaseService(second).open_case(_case())
    for place, due in ((first, date(2026, 4, 8)), (second, PACKAGE_DUE)):
        register = RegisterService(place)
        [row] = register.all_rows(CaseFilter(), clock.today())
        assert row.due_date == due and register.countdown(row, clock.today()).due == due


def test_loading_a_copy_gives_tables_and_changes_nothing_for_anyone_else(tmp_path: Path) -> None:
    loaded = load_public_holidays([2026], tmp_path / "public-holidays.json")
    again = load_public_holidays([2026], tmp_path / "public-holidays.json")
    assert again.from_copy and again.names is not loaded.names
    assert FROM_PACKAGE.tables == {}
    assert again.names.public_holidays(Jurisdiction.LU, 2026) == package_public_holidays(Jurisdiction.LU, 2026)


def test_holiday_tables_cannot_be_changed_once_given() -> None:
    table = {date(2026, 1, 1): "New Year's Day"}
    names = HolidayNames({(Jurisdiction.FR, 2026): table})
    table[date(2026, 1, 2)] = "A day added afterwards"
    assert dict(names.public_holidays(Jurisdiction.FR, 2026)) == {date(2026, 1, 1): "New Year's Day"}
    with pytest.raises(TypeError):
        names.tables[(Jurisdiction.FR, 2027)] = {}  # type: ignore[index]
