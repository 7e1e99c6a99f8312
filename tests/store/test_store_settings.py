"""Business settings kept in the database: declared defaults until the DPO changes them."""

from __future__ import annotations

from datetime import date

import pytest

from lazeo_desk.domain.case import Jurisdiction, Language
from lazeo_desk.domain.deadlines import DEFAULT_MEDICAL_RECORD_CLOCKS, MedicalRecordClock, Period, Unit
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.settings_registry import ACTOR, SettingValueError
from lazeo_desk.store import settings
from lazeo_desk.store.database import Database


def test_an_untouched_database_has_the_declared_defaults(db: Database) -> None:
    with db.transaction() as session:
        assert settings.closure_days(session) == frozenset()
        assert dict(settings.medical_record_clocks(session)) == dict(DEFAULT_MEDICAL_RECORD_CLOCKS)
        assert (
            settings.info_request_limit_days(session) == settings.INFO_REQUEST_LIMIT_DAYS.default
        )


def test_closure_days_are_kept_across_sessions(db: Database) -> None:
    days = {date(2026, 8, 14), date(2026, 12, 24)}
    with db.transaction() as session:
        settings.set_closure_days(session, days)
    with db.transaction() as session:
        assert settings.closure_days(session) == frozenset(days)


def test_a_changed_national_clock_replaces_only_its_own_jurisdiction(db: Database) -> None:
    luxembourg = MedicalRecordClock(
        Jurisdiction.LU, Period(30, Unit.DAYS), None, 0, "Loi du 24 juillet 2014 (as the DPO reads it)"
    )
    with db.transaction() as session:
        settings.set_medical_record_clock(session, luxembourg)
    with db.transaction() as session:
        clocks = settings.medical_record_clocks(session)
    assert clocks[Jurisdiction.LU] == luxembourg
    assert clocks[Jurisdiction.FR] == DEFAULT_MEDICAL_RECORD_CLOCKS[Jurisdiction.FR]
    assert clocks[Jurisdiction.BE] == DEFAULT_MEDICAL_RECORD_CLOCKS[Jurisdiction.BE]


def test_a_setting_written_twice_keeps_the_last_value(db: Database) -> None:
    with db.transaction() as session:
        settings.set_setting(session, settings.INFO_REQUEST_LIMIT_DAYS, 10)
    with db.transaction() as session:
        settings.set_setting(session, settings.INFO_REQUEST_LIMIT_DAYS, 5)
    with db.transaction() as session:
        assert settings.info_request_limit_days(session) == 5


def test_medical_file_years_default_by_country_and_ignore_a_stored_value_out_of_range(db: Database) -> None:
    with db.transaction() as session:
        assert settings.medical_file_years(session) == {Jurisdiction.FR: 20, Jurisdiction.BE: 30, Jurisdiction.LU: 10}
        settings.set_setting(session, settings.MEDICAL_FILE_YEARS, {"LU": 12, "BE": 0, "FR": "20", "XX": 5})
    with db.transaction() as session:
        assert settings.medical_file_years(session) == {Jurisdiction.FR: 20, Jurisdiction.BE: 30, Jurisdiction.LU: 12}


def test_a_value_out_of_bounds_is_refused_and_nothing_is_written(db: Database) -> None:
    with db.transaction() as session:
        with pytest.raises(SettingValueError, match="info_request_limit_days must be between 1 and 30"):
            settings.write(session, settings.INFO_REQUEST_LIMIT_DAYS, 31)
    with db.transaction() as session:
        assert settings.get_setting(session, settings.INFO_REQUEST_LIMIT_DAYS) is None
        assert settings.info_request_limit_days(session) == settings.INFO_REQUEST_LIMIT_DAYS.default


def test_a_stored_limit_out_of_bounds_gives_way_to_the_default(db: Database) -> None:
    with db.transaction() as session:
        settings.set_setting(session, settings.INFO_REQUEST_LIMIT_DAYS, 400)
    with db.transaction() as session:
        assert settings.info_request_limit_days(session) == settings.INFO_REQUEST_LIMIT_DAYS.default
        with pytest.raises(SettingValueError):
            settings.read(session, settings.INFO_REQUEST_LIMIT_DAYS)


def test_the_actor_and_the_letter_templates_are_read_through_the_registry(db: Database) -> None:
    with db.transaction() as session:
        assert settings.actor(session) == "DPO"
        settings.write(session, ACTOR, "Brigitte Perez")
        settings.set_letter_template(session, LetterKind.REFUSAL, Language.FR, "Madame, Monsieur,")
    with db.transaction() as session:
        assert settings.actor(session) == "Brigitte Perez"
        assert settings.letter_templates(session) == {(LetterKind.REFUSAL, Language.FR): "Madame, Monsieur,"}
        settings.set_letter_template(session, LetterKind.REFUSAL, Language.FR, None)
    with db.transaction() as session:
        assert settings.letter_templates(session) == {}
