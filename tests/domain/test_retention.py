"""Retention of medical files and prospecting data (privacy policy §5): the grounds for refusing erasure."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from lazeo_desk.domain.case import DataSubject, Jurisdiction
from lazeo_desk.domain.retention import (
    DEFAULT_MEDICAL_FILE_YEARS,
    RetentionRule,
    active_file_end,
    add_years,
    deceased_patient_end,
    died_within_ten_years,
    medical_file_end,
    medical_file_retention,
    minor_patient_end,
    prospecting_end,
    suspended_by_liability_claim,
    was_minor_on,
)

# The years a French file is kept (R.1112-7): medical_file_retention defaults to a French centre.
FRANCE_YEARS = DEFAULT_MEDICAL_FILE_YEARS[Jurisdiction.FR]
DAYS = st.dates(min_value=date(1950, 1, 1), max_value=date(2060, 12, 31))


def test_medical_file_is_kept_twenty_years_after_the_last_consultation_scenario_2() -> None:
    assert medical_file_end(date(2025, 11, 3), FRANCE_YEARS) == date(2045, 11, 3)


def test_the_file_leaves_active_databases_after_five_years() -> None:
    assert active_file_end(date(2025, 11, 3)) == date(2030, 11, 3)


def test_a_29_february_ends_on_28_february_in_a_common_year() -> None:
    assert add_years(date(2024, 2, 29), 20) == date(2044, 2, 29)
    assert add_years(date(2024, 2, 29), 3) == date(2027, 2, 28)


def test_prospecting_data_is_kept_three_years_after_the_last_contact() -> None:
    assert prospecting_end(date(2026, 4, 8)) == date(2029, 4, 8)


def test_a_minor_patients_file_is_kept_until_the_28th_birthday() -> None:
    assert minor_patient_end(date(2016, 5, 1)) == date(2044, 5, 1)


def test_majority_is_reached_on_the_18th_birthday() -> None:
    assert was_minor_on(date(2008, 3, 10), date(2026, 3, 9))
    assert not was_minor_on(date(2008, 3, 10), date(2026, 3, 10))


def test_death_rule_applies_only_within_ten_years_of_the_last_visit() -> None:
    assert died_within_ten_years(date(2020, 1, 1), date(2029, 12, 31))
    assert not died_within_ten_years(date(2020, 1, 1), date(2030, 1, 1))
    assert deceased_patient_end(date(2026, 2, 11)) == date(2036, 2, 11)


def test_a_liability_claim_suspends_retention() -> None:
    assert suspended_by_liability_claim(True)
    assert not suspended_by_liability_claim(False)


def test_scenario_2_patient_file_kept_until_3_november_2045_with_the_reason() -> None:
    result = medical_file_retention(
        DataSubject(name="X", birth_date=date(1980, 6, 1), last_consultation=date(2025, 11, 3))
    )
    assert result.end == date(2045, 11, 3)
    assert [reason.rule for reason in result.reasons] == [RetentionRule.YEARS_AFTER_LAST_CONSULTATION]
    assert result.explain() == ["20 years after the last consultation (2045-11-03)"]


def test_a_young_child_is_kept_until_28_when_that_is_later_than_twenty_years() -> None:
    subject = DataSubject(name="X", birth_date=date(2016, 5, 1), minor=True, last_consultation=date(2021, 3, 1))
    result = medical_file_retention(subject)
    assert result.end == date(2044, 5, 1)
    assert result.governing.rule is RetentionRule.MINOR_UNTIL_28


def test_a_teenager_is_kept_twenty_years_when_that_is_later_than_28() -> None:
    subject = DataSubject(name="X", birth_date=date(2005, 1, 1), last_consultation=date(2022, 6, 1))
    result = medical_file_retention(subject)
    assert result.end == date(2042, 6, 1)
    assert result.governing.rule is RetentionRule.YEARS_AFTER_LAST_CONSULTATION


def test_a_patient_who_died_soon_after_the_last_visit_is_kept_ten_years_after_death() -> None:
    subject = DataSubject(name="X", deceased=True, death_date=date(2026, 2, 11), last_consultation=date(2025, 9, 30))
    result = medical_file_retention(subject)
    assert result.end == date(2036, 2, 11)
    assert result.governing.rule is RetentionRule.TEN_YEARS_AFTER_DEATH


def test_a_patient_who_died_long_after_the_last_visit_keeps_the_twenty_years() -> None:
    subject = DataSubject(name="X", deceased=True, death_date=date(2024, 1, 1), last_consultation=date(2010, 1, 1))
    assert medical_file_retention(subject).end == date(2030, 1, 1)


def test_no_end_date_while_a_liability_claim_is_pending() -> None:
    result = medical_file_retention(DataSubject(name="X", last_consultation=date(2025, 1, 1)), liability_claim=True)
    assert result.end is None
    assert result.governing.rule is RetentionRule.SUSPENDED_BY_CLAIM


def test_no_end_date_without_the_last_consultation() -> None:
    result = medical_file_retention(DataSubject(name="X"))
    assert result.end is None
    assert result.governing.rule is RetentionRule.LAST_CONSULTATION_UNKNOWN


def test_no_end_date_for_a_minor_without_a_birth_date() -> None:
    result = medical_file_retention(DataSubject(name="X", minor=True, last_consultation=date(2025, 1, 1)))
    assert result.end is None
    assert result.governing.rule is RetentionRule.BIRTH_DATE_UNKNOWN


def test_no_end_date_for_a_deceased_patient_without_a_death_date() -> None:
    result = medical_file_retention(DataSubject(name="X", deceased=True, last_consultation=date(2025, 1, 1)))
    assert result.end is None
    assert result.governing.rule is RetentionRule.DEATH_DATE_UNKNOWN


@given(last=DAYS, birth=st.one_of(st.none(), DAYS))
def test_a_living_patients_file_is_never_kept_less_than_twenty_years(last: date, birth: date | None) -> None:
    if birth is not None and birth > last:
        birth, last = last, birth
    result = medical_file_retention(DataSubject(name="X", birth_date=birth, last_consultation=last))
    assert result.end is not None
    assert result.end >= medical_file_end(last, FRANCE_YEARS)
    assert result.end.month == last.month or result.governing.rule is RetentionRule.MINOR_UNTIL_28
    if birth is not None and was_minor_on(birth, last):
        assert result.end >= minor_patient_end(birth)
        assert result.end == max(medical_file_end(last, FRANCE_YEARS), minor_patient_end(birth))


@given(last=DAYS, days_after=st.integers(min_value=0, max_value=3652 * 2))
def test_death_within_ten_years_gives_death_plus_ten_years_never_later_than_twenty(last: date, days_after: int) -> None:
    death = date.fromordinal(min(last.toordinal() + days_after, date(9000, 1, 1).toordinal()))
    result = medical_file_retention(DataSubject(name="X", deceased=True, death_date=death, last_consultation=last))
    assert result.end is not None
    if died_within_ten_years(last, death):
        assert result.end == deceased_patient_end(death)
        assert result.end <= medical_file_end(last, FRANCE_YEARS)
    else:
        assert result.end == medical_file_end(last, FRANCE_YEARS)


@given(DAYS)
def test_twenty_years_later_is_the_same_day_or_the_end_of_february(last: date) -> None:
    end = medical_file_end(last, FRANCE_YEARS)
    assert end.year == last.year + 20
    assert (end.month, end.day) == (last.month, last.day) or (last.month, last.day, end.day) == (2, 29, 28)


# By the centre's country (docs/rules.md, Retention: FR 20, BE 30, LU 10 years) ----------------------------------------

def test_each_country_has_its_own_default_period() -> None:
    assert dict(DEFAULT_MEDICAL_FILE_YEARS) == {Jurisdiction.FR: 20, Jurisdiction.BE: 30, Jurisdiction.LU: 10}


def test_a_belgian_file_is_kept_thirty_years_and_the_french_minor_and_death_rules_do_not_shorten_it() -> None:
    minor = DataSubject(name="X", birth_date=date(2016, 5, 1), minor=True, last_consultation=date(2021, 3, 1))
    result = medical_file_retention(minor, jurisdiction=Jurisdiction.BE)
    assert result.end == date(2051, 3, 1)
    assert [reason.rule for reason in result.reasons] == [RetentionRule.YEARS_AFTER_LAST_CONSULTATION]
    deceased = DataSubject(name="Y", deceased=True, death_date=date(2026, 2, 11), last_consultation=date(2025, 9, 30))
    assert medical_file_retention(deceased, jurisdiction=Jurisdiction.BE).end == date(2055, 9, 30)
    # In France the same patient's file is kept ten years after the death.
    assert medical_file_retention(deceased, jurisdiction=Jurisdiction.FR).end == date(2036, 2, 11)


def test_the_dpos_setting_replaces_a_countrys_default() -> None:
    subject = DataSubject(name="Z", last_consultation=date(2024, 6, 10))
    assert medical_file_retention(subject, jurisdiction=Jurisdiction.LU).end == date(2034, 6, 10)
    changed = medical_file_retention(subject, jurisdiction=Jurisdiction.LU, years={Jurisdiction.LU: 12})
    assert changed.end == date(2036, 6, 10)
    assert changed.governing.explain() == "12 years after the last consultation (2036-06-10)"
