"""Dates typed and shown day first; the countdown's words."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lazeo_desk.domain.deadlines import Countdown, CountdownState
from lazeo_desk.ui.countdown_text import countdown_text
from lazeo_desk.ui.dates import DateInputError, format_date, format_day_month, format_input, parse_date_input


@pytest.mark.parametrize(
    "typed",
    ["14/03/2026", "14.03.2026", "14-3-2026", "14 3 2026", "14/3/26", "14032026", "2026-03-14", " 14/03/2026 "],
)
def test_a_date_is_read_day_first_in_the_usual_european_forms(typed: str) -> None:
    assert parse_date_input(typed) == date(2026, 3, 14)


def test_an_empty_field_means_no_date() -> None:
    assert parse_date_input("   ") is None


@pytest.mark.parametrize("typed", ["03/14/2026", "31/02/2026", "tomorrow", "14/03", "2026-13-01"])
def test_text_that_is_not_a_day_first_date_is_refused(typed: str) -> None:
    with pytest.raises(DateInputError):
        parse_date_input(typed)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)))
def test_a_date_shown_in_a_field_reads_back_as_the_same_date(day: date) -> None:
    assert parse_date_input(format_input(day)) == day


@given(st.dates(min_value=date(1969, 1, 1), max_value=date(2068, 12, 31)))
def test_two_digit_years_are_read_in_the_century_around_today(day: date) -> None:
    assert parse_date_input(f"{day.day}/{day.month}/{day.year % 100:02d}") == day


def test_dates_are_shown_with_the_day_before_the_month(british_dates: None) -> None:
    assert format_date(date(2026, 3, 5)) == "5 Mar 2026"
    assert format_date(date(2026, 3, 5), weekday=True) == "Thu 5 Mar 2026"
    assert format_day_month(date(2026, 3, 14)) == "14 Mar"


def test_countdown_on_track_gives_calendar_and_working_days() -> None:
    state = Countdown(CountdownState.ON_TRACK, due=date(2026, 3, 22), days_left=12, working_days_left=9)
    assert countdown_text(state) == "12 days left · 9 working days"


def test_countdown_with_one_day_left_speaks_in_the_singular() -> None:
    state = Countdown(CountdownState.DUE_SOON, due=date(2026, 3, 11), days_left=1, working_days_left=1)
    assert countdown_text(state) == "1 day left · 1 working day"


def test_countdown_due_today() -> None:
    assert countdown_text(Countdown(CountdownState.DUE_TODAY, due=date(2026, 3, 10), days_left=0)) == "due today"


@pytest.mark.parametrize(("late", "words"), [(3, "3 days overdue"), (1, "1 day overdue")])
def test_countdown_overdue_counts_the_days_past(late: int, words: str) -> None:
    state = Countdown(CountdownState.OVERDUE, due=date(2026, 3, 1), days_left=-late, working_days_left=-late)
    assert countdown_text(state) == words


def test_paused_countdown_says_since_when(british_dates: None) -> None:
    state = Countdown(CountdownState.PAUSED, due=None, paused_since=date(2026, 3, 14))
    assert countdown_text(state) == "paused: awaiting requester since 14 Mar"


def test_a_late_answer_says_by_how_many_days() -> None:
    state = Countdown(CountdownState.CLOSED_LATE, due=date(2026, 3, 2))
    assert countdown_text(state, answered=date(2026, 3, 5)) == "answered 3 days late"
    on_time = Countdown(CountdownState.CLOSED_ON_TIME, due=date(2026, 3, 2))
    assert countdown_text(on_time, answered=date(2026, 3, 1)) == "answered on time"
