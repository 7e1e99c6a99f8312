"""The deadline engine against the worked examples of docs/rules.md, SCENARIOS.md, and properties over many dates."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lazeo_desk.domain.calendars import WorkingCalendar, holiday_name
from lazeo_desk.domain.case import Jurisdiction, Language
from lazeo_desk.domain.deadlines import (
    DEFAULT_MEDICAL_RECORD_CLOCKS,
    CountdownState,
    Governing,
    MedicalRecordClock,
    Period,
    Unit,
    add_months,
    can_extend,
    clock_start,
    compute_deadline,
    countdown,
    extended_deadline,
    gdpr_deadline,
    late_information_request,
    roll_to_working_day,
)
from lazeo_desk.domain.rights import Right

BE, FR, LU = Jurisdiction.BE, Jurisdiction.FR, Jurisdiction.LU
dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2060, 12, 31))
jurisdictions = st.sampled_from(list(Jurisdiction))


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        (date(2026, 3, 5), date(2026, 4, 5)),
        (date(2026, 1, 31), date(2026, 2, 28)),
        (date(2028, 1, 31), date(2028, 2, 29)),
        (date(2026, 3, 31), date(2026, 4, 30)),
        (date(2026, 12, 15), date(2027, 1, 15)),
    ],
)
def test_one_month_ends_on_the_day_with_the_same_number_or_the_last_day(start: date, expected: date) -> None:
    assert add_months(start, 1) == expected


def test_extension_counts_three_months_from_the_start_not_from_the_rolled_first_deadline() -> None:
    # Scenario 7: 31 January + 1 month = 28 Feb (Saturday) -> 2 March; extended = 31 Jan + 3 months = 30 April.
    start = date(2026, 1, 31)
    cal = WorkingCalendar.of(FR)
    assert gdpr_deadline(start, cal).final == date(2026, 3, 2)
    assert extended_deadline(start, cal).final == date(2026, 4, 30)
    assert add_months(gdpr_deadline(start, cal).final, 2) != date(2026, 4, 30)


def test_a_last_day_on_easter_sunday_rolls_past_easter_monday_with_the_reasons() -> None:
    rolled = roll_to_working_day(date(2026, 4, 5), WorkingCalendar.of(BE))
    assert rolled.final == date(2026, 4, 7)
    assert rolled.explain() == "2026-04-05 is Easter Sunday; 2026-04-06 is Easter Monday"


def test_a_closure_day_of_the_dpo_counts_as_non_working() -> None:
    cal = WorkingCalendar.of(FR, [date(2026, 5, 11)])
    rolled = roll_to_working_day(date(2026, 5, 8), cal)
    assert rolled.final == date(2026, 5, 12)
    assert "office closure" in rolled.explain()


def test_alsace_moselle_holidays_are_not_used_for_france() -> None:
    # Good Friday and 26 December are holidays only in Alsace-Moselle.
    cal = WorkingCalendar.of(FR)
    assert cal.is_working_day(date(2026, 4, 3))
    assert cal.is_working_day(date(2026, 12, 28)) and cal.non_working_reason(date(2026, 12, 26)) == "a Saturday"


# SCENARIOS.md, each with its expected dates.
def test_scenario_1_belgian_medical_file_fifteen_days_governs_before_the_easter_month() -> None:
    report = compute_deadline(received=date(2026, 3, 5), jurisdiction=BE, rights=[Right.ACCESS, Right.MEDICAL_RECORD])
    assert report.gdpr.final == date(2026, 4, 7)
    assert report.national is not None and report.national.final == date(2026, 3, 20)
    assert report.due == date(2026, 3, 20)
    assert report.governing is Governing.NATIONAL


def test_scenario_2_french_victory_day_and_weekend_move_the_month_to_monday() -> None:
    report = compute_deadline(received=date(2026, 4, 8), jurisdiction=FR, rights=[Right.ERASURE, Right.OBJECTION])
    assert report.due == date(2026, 5, 11)
    assert report.gdpr.skipped[0] == (date(2026, 5, 8), "Victory Day")


def test_scenario_3_luxembourg_national_day_moves_the_month_to_wednesday() -> None:
    assert compute_deadline(received=date(2026, 5, 23), jurisdiction=LU, rights=[Right.PORTABILITY]).due == date(
        2026, 6, 24
    )


def test_scenario_4_french_medical_file_eight_days_and_not_before_48_hours() -> None:
    report = compute_deadline(received=date(2026, 6, 14), jurisdiction=FR, rights=[Right.MEDICAL_RECORD])
    assert report.due == date(2026, 6, 22)
    assert report.earliest_release == date(2026, 6, 16)
    assert report.gdpr.final == date(2026, 7, 15)


def test_scenario_5_clock_runs_from_the_day_the_missing_documents_arrived() -> None:
    report = compute_deadline(
        received=date(2026, 7, 6), completed=date(2026, 7, 20), jurisdiction=FR, rights=[Right.MEDICAL_RECORD]
    )
    assert report.started_on_completion
    assert report.due == date(2026, 7, 28)
    assert report.earliest_release == date(2026, 7, 22)
    assert report.strict_due == date(2026, 7, 15)  # 14 July is a holiday


def test_scenario_7_extended_deadline_and_last_day_for_the_extension_notice() -> None:
    report = compute_deadline(received=date(2026, 1, 31), jurisdiction=FR, rights=[Right.ACCESS], extended=True)
    assert report.extension_notice_by == date(2026, 3, 2)
    assert report.due == date(2026, 4, 30)
    assert report.governing is Governing.GDPR_EXTENDED


def test_a_french_file_older_than_five_years_is_governed_by_the_gdpr_month() -> None:
    report = compute_deadline(
        received=date(2026, 6, 14), jurisdiction=FR, rights=[Right.MEDICAL_RECORD], records_older_than_5_years=True
    )
    assert report.national is not None and report.national.final == date(2026, 8, 14)
    assert report.due == date(2026, 7, 15)
    assert report.governing is Governing.GDPR


def test_luxembourg_has_no_shorter_national_clock_by_default() -> None:
    report = compute_deadline(received=date(2026, 3, 2), jurisdiction=LU, rights=[Right.MEDICAL_RECORD])
    assert report.national is None
    assert report.due == report.gdpr.final


def test_a_national_clock_edited_by_the_dpo_is_applied() -> None:
    clocks = dict(DEFAULT_MEDICAL_RECORD_CLOCKS)
    clocks[LU] = MedicalRecordClock(LU, Period(10, Unit.DAYS), None, 0, "internal rule")
    report = compute_deadline(received=date(2026, 3, 2), jurisdiction=LU, rights=[Right.MEDICAL_RECORD], clocks=clocks)
    assert report.due == date(2026, 3, 12)


def test_medical_record_clock_round_trips_through_its_stored_form() -> None:
    for clock in DEFAULT_MEDICAL_RECORD_CLOCKS.values():
        assert MedicalRecordClock.from_dict(clock.to_dict()) == clock


def test_a_malformed_stored_clock_is_refused_with_a_reason() -> None:
    with pytest.raises(ValueError, match="amount"):
        MedicalRecordClock.from_dict({"jurisdiction": "LU", "period": {"amount": -3, "unit": "days"}})


def test_extension_is_possible_until_the_first_deadline_and_not_after() -> None:
    cal = WorkingCalendar.of(FR)
    assert can_extend(date(2026, 1, 31), date(2026, 3, 2), cal)
    assert not can_extend(date(2026, 1, 31), date(2026, 3, 3), cal)


def test_completion_before_receipt_does_not_move_the_clock_back() -> None:
    assert clock_start(date(2026, 5, 4), date(2026, 5, 1)) == date(2026, 5, 4)


@pytest.mark.parametrize(
    ("today", "state", "days_left"),
    [
        (date(2026, 3, 1), CountdownState.ON_TRACK, 19),
        (date(2026, 3, 13), CountdownState.DUE_SOON, 7),
        (date(2026, 3, 20), CountdownState.DUE_TODAY, 0),
        (date(2026, 3, 21), CountdownState.OVERDUE, -1),
    ],
)
def test_countdown_states_around_the_due_date(today: date, state: CountdownState, days_left: int) -> None:
    result = countdown(due=date(2026, 3, 20), today=today, calendar_=WorkingCalendar.of(BE))
    assert result.state is state
    assert result.days_left == days_left


def test_countdown_counts_working_days_beside_calendar_days() -> None:
    # From Monday 9 March to Friday 20 March 2026: 11 days, of which 9 working days.
    result = countdown(due=date(2026, 3, 20), today=date(2026, 3, 9), calendar_=WorkingCalendar.of(BE))
    assert (result.days_left, result.working_days_left) == (11, 9)


def test_countdown_is_paused_while_awaiting_the_requester() -> None:
    result = countdown(
        due=date(2026, 3, 20), today=date(2026, 4, 1), calendar_=WorkingCalendar.of(BE), paused_since=date(2026, 3, 14)
    )
    assert result.state is CountdownState.PAUSED
    assert result.paused_since == date(2026, 3, 14)


def test_a_closed_case_reports_whether_it_was_answered_on_time() -> None:
    cal = WorkingCalendar.of(BE)
    on_time = countdown(due=date(2026, 3, 20), today=date(2026, 9, 1), calendar_=cal, answered=date(2026, 3, 20),
                        is_open=False)
    late = countdown(due=date(2026, 3, 20), today=date(2026, 9, 1), calendar_=cal, answered=date(2026, 3, 23),
                     is_open=False)
    assert on_time.state is CountdownState.CLOSED_ON_TIME
    assert late.state is CountdownState.CLOSED_LATE


def test_a_request_for_information_after_seven_days_is_flagged() -> None:
    assert not late_information_request(date(2026, 3, 5), date(2026, 3, 12), 7)
    assert late_information_request(date(2026, 3, 5), date(2026, 3, 13), 7)


# Properties over many dates, with an independent month count.
def _independent_month_end(start: date, months: int) -> date:
    """Count month by month with the calendar module, clamping to the month's last day."""
    year, month = start.year, start.month
    for _ in range(months):
        month += 1
        if month == 13:
            year, month = year + 1, 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


@settings(max_examples=2000)
@given(dates, st.integers(min_value=1, max_value=24))
def test_month_arithmetic_agrees_with_an_independent_count(start: date, months: int) -> None:
    end = add_months(start, months)
    assert end == _independent_month_end(start, months)
    assert end.day == start.day or end.day == calendar.monthrange(end.year, end.month)[1]


@settings(max_examples=1500)
@given(dates, jurisdictions)
def test_a_rolled_deadline_is_the_first_working_day_on_or_after_the_raw_day(start: date, where: Jurisdiction) -> None:
    cal = WorkingCalendar.of(where)
    rolled = gdpr_deadline(start, cal)
    assert rolled.raw == add_months(start, 1)
    assert cal.is_working_day(rolled.final)
    assert rolled.final >= rolled.raw
    day = rolled.raw
    while day < rolled.final:
        assert not cal.is_working_day(day)
        day += timedelta(days=1)
    assert len(rolled.skipped) == (rolled.final - rolled.raw).days


@settings(max_examples=1500)
@given(dates, jurisdictions, st.booleans(), st.booleans(), st.booleans())
def test_the_governing_date_is_the_earlier_clock_and_never_before_the_start(
    start: date, where: Jurisdiction, wants_file: bool, extended: bool, old: bool
) -> None:
    rights = [Right.ACCESS, Right.MEDICAL_RECORD] if wants_file else [Right.ACCESS]
    report = compute_deadline(
        received=start, jurisdiction=where, rights=rights, extended=extended, records_older_than_5_years=old
    )
    candidates = [(report.extended or report.gdpr).final] + ([report.national.final] if report.national else [])
    assert report.due == min(candidates)
    assert report.due > start
    if extended:
        assert report.extended is not None and report.extended.final >= report.gdpr.final
        assert report.due <= report.extended.final


@settings(max_examples=1000)
@given(dates, st.integers(min_value=1, max_value=60), jurisdictions)
def test_a_later_completion_never_brings_the_deadline_earlier(received: date, delay: int, where: Jurisdiction) -> None:
    before = compute_deadline(received=received, jurisdiction=where, rights=[Right.MEDICAL_RECORD])
    after = compute_deadline(
        received=received, completed=received + timedelta(days=delay), jurisdiction=where, rights=[Right.MEDICAL_RECORD]
    )
    assert after.due >= before.due
    assert after.strict_due == before.due


@settings(max_examples=1000)
@given(dates, dates, jurisdictions)
def test_working_days_left_never_exceed_calendar_days(today: date, due: date, where: Jurisdiction) -> None:
    if abs((due - today).days) > 400:
        due = today + timedelta(days=(due - today).days % 400)
    result = countdown(due=due, today=today, calendar_=WorkingCalendar.of(where))
    assert result.days_left is not None and result.working_days_left is not None
    assert abs(result.working_days_left) <= abs(result.days_left)


@pytest.mark.parametrize(
    ("language", "expected"),
    [(Language.EN, "Easter Monday"), (Language.NL, "Paasmaandag"), (Language.FR, "Lundi de Pâques")],
)
def test_a_holiday_that_moves_a_deadline_is_named_in_the_readers_language(language: Language, expected: str) -> None:
    rolled = roll_to_working_day(date(2026, 4, 6), WorkingCalendar.of(BE))
    (day, english), *_ = rolled.skipped
    assert holiday_name(day, english, language) == expected


def test_a_holiday_without_a_name_in_that_language_keeps_its_english_name() -> None:
    # The package names French holidays in French and English only, and no other country has Victory Day.
    assert holiday_name(date(2026, 5, 8), "Victory Day", Language.NL) == "Victory Day"


@pytest.mark.parametrize(
    ("day", "english", "expected"),
    [
        (date(2026, 4, 6), "Easter Monday", "Paasmaandag"),
        (date(2026, 11, 11), "Armistice Day", "Wapenstilstand"),
        (date(2026, 7, 14), "National Day", "Nationale feestdag"),
    ],
)
def test_a_french_holiday_is_named_in_dutch_as_the_package_names_the_same_belgian_one(
    day: date, english: str, expected: str
) -> None:
    rolled = roll_to_working_day(day, WorkingCalendar.of(Jurisdiction.FR))
    assert (day, english) in rolled.skipped
    assert holiday_name(day, english, Language.NL) == expected
