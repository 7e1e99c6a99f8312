"""The date of receipt: the calendar date of the instant of arrival in the centre's country (docs/rules.md)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lazeo_desk.domain.case import Jurisdiction
from lazeo_desk.domain.receipt import ZONES, received_on

PLUS_TWO = timezone(timedelta(hours=2))


def test_an_email_just_after_midnight_in_paris_was_received_that_day() -> None:
    # SCENARIOS.md 10: Saturday 9 May 2026 00:20 +0200 reaching a Paris centre.
    assert received_on(datetime(2026, 5, 9, 0, 20, tzinfo=PLUS_TWO), Jurisdiction.FR) == date(2026, 5, 9)


def test_the_offset_the_sender_wrote_does_not_change_the_date() -> None:
    # The same instant written in New York (18:20 the day before) and in Tokyo (07:20).
    new_york = datetime(2026, 5, 8, 18, 20, tzinfo=ZoneInfo("America/New_York"))
    tokyo = datetime(2026, 5, 9, 7, 20, tzinfo=ZoneInfo("Asia/Tokyo"))
    assert received_on(new_york, Jurisdiction.FR) == received_on(tokyo, Jurisdiction.FR) == date(2026, 5, 9)


@pytest.mark.parametrize(
    ("moment", "received"),
    [
        # Winter time (+01:00): 23:30 UTC on 31 December is 00:30 on 1 January in Brussels.
        (datetime(2026, 12, 31, 23, 30, tzinfo=UTC), date(2027, 1, 1)),
        # Summer time (+02:00): 22:30 UTC is already the next day; 21:59 UTC is not.
        (datetime(2026, 7, 14, 22, 30, tzinfo=UTC), date(2026, 7, 15)),
        (datetime(2026, 7, 14, 21, 59, tzinfo=UTC), date(2026, 7, 14)),
    ],
)
@pytest.mark.parametrize("jurisdiction", list(Jurisdiction))
def test_the_date_follows_the_legal_time_of_the_day_of_arrival(
    moment: datetime, received: date, jurisdiction: Jurisdiction
) -> None:
    assert received_on(moment, jurisdiction) == received


def test_a_moment_without_offset_is_refused() -> None:
    with pytest.raises(ValueError, match="UTC offset"):
        received_on(datetime(2026, 5, 9, 0, 20), Jurisdiction.FR)


def test_every_country_has_its_zone() -> None:
    assert {j: str(z) for j, z in ZONES.items()} == {
        Jurisdiction.FR: "Europe/Paris",
        Jurisdiction.BE: "Europe/Brussels",
        Jurisdiction.LU: "Europe/Luxembourg",
    }


instants = st.datetimes(
    min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)
)
writers = st.sampled_from(
    ["UTC", "America/New_York", "Asia/Tokyo", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Europe/Paris"]
)


@given(instants, writers, st.sampled_from(list(Jurisdiction)))
def test_any_instant_has_one_date_of_receipt_whatever_zone_it_is_written_in(
    instant: datetime, writer: str, jurisdiction: Jurisdiction
) -> None:
    written = instant.astimezone(ZoneInfo(writer))
    received = received_on(written, jurisdiction)
    assert received == received_on(instant, jurisdiction)
    # The centre's legal time is one or two hours ahead of UTC.
    assert received in {(instant + timedelta(hours=1)).date(), (instant + timedelta(hours=2)).date()}
    assert received == instant.astimezone(ZONES[jurisdiction]).date()


def test_the_zones_come_from_the_iana_database_even_without_the_systems() -> None:
    # The tzdata package carries the same zones, so a workstation without /usr/share/zoneinfo still has them.
    import importlib.resources

    for zone in ZONES.values():
        assert importlib.resources.files("tzdata.zoneinfo").joinpath(*zone.key.split("/")).is_file()
