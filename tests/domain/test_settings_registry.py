"""The registry of settings: each declared once, with a default it accepts, bounds it enforces and a said()
sentence for what it refuses."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Mapping
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lazeo_desk.domain.case import Jurisdiction
from lazeo_desk.domain.messages import Message
from lazeo_desk.domain.settings_registry import (
    ALL_SETTINGS,
    AUTO_LOCK_MINUTES,
    BACKUP_KEEP,
    CASE_RETENTION_YEARS,
    CLOSURE_DAYS,
    DATABASE_SETTINGS,
    INFO_REQUEST_LIMIT_DAYS,
    MEDICAL_FILE_YEARS,
    SettingSpec,
    SettingValueError,
    medical_file_years_entry_by_entry,
    setting,
)

WHOLE_NUMBERS = (INFO_REQUEST_LIMIT_DAYS, AUTO_LOCK_MINUTES, BACKUP_KEEP, CASE_RETENTION_YEARS)


def _bounds(spec: SettingSpec[Any]) -> tuple[int, int]:
    return spec.limits


def test_every_key_is_declared_once_with_a_line_saying_what_it_is_for() -> None:
    keys = [spec.key for spec in ALL_SETTINGS]
    assert len(keys) == len(set(keys))
    for spec in ALL_SETTINGS:
        description = spec.description.strip()
        assert description.endswith(".") and "\n" not in description, spec.key


@pytest.mark.parametrize("spec", ALL_SETTINGS, ids=lambda spec: spec.key)
def test_every_default_is_a_value_its_setting_accepts(spec: SettingSpec[Any]) -> None:
    stored = spec.encode(spec.default)
    assert spec.parse(stored) == spec.default
    assert spec.read(None) == spec.default


@pytest.mark.parametrize("spec", [spec for spec in ALL_SETTINGS if spec.bounds is not None], ids=lambda s: s.key)
def test_every_bounded_default_lies_within_its_bounds(spec: SettingSpec[Any]) -> None:
    low, high = _bounds(spec)
    values = spec.default.values() if isinstance(spec.default, Mapping) else [spec.default]
    assert all(low <= value <= high for value in values)


def test_an_unbounded_setting_has_no_limits_to_ask() -> None:
    with pytest.raises(TypeError, match="closure_days has no bounds"):
        _ = CLOSURE_DAYS.limits


def test_the_defaults_the_issue_names_are_the_ones_declared() -> None:
    assert INFO_REQUEST_LIMIT_DAYS.default == 7
    assert AUTO_LOCK_MINUTES.default == 10
    assert CASE_RETENTION_YEARS.default == 5
    assert BACKUP_KEEP.default == 7
    assert dict(MEDICAL_FILE_YEARS.default) == {Jurisdiction.FR: 20, Jurisdiction.BE: 30, Jurisdiction.LU: 10}


@pytest.mark.parametrize("spec", WHOLE_NUMBERS, ids=lambda spec: spec.key)
@given(data=st.data())
def test_a_whole_number_out_of_bounds_is_refused_with_a_sentence_naming_the_setting_and_its_bounds(
    spec: SettingSpec[int], data: st.DataObject
) -> None:
    low, high = _bounds(spec)
    value = data.draw(st.one_of(st.integers(max_value=low - 1), st.integers(min_value=high + 1)))
    with pytest.raises(SettingValueError) as refused:
        spec.parse(value)
    message = refused.value.message
    assert isinstance(message, Message)
    assert message.template == "{setting} must be between {low} and {high}"
    assert dict(message.values) == {"setting": spec.key, "low": low, "high": high}
    assert str(refused.value) == f"{spec.key} must be between {low} and {high}"
    with pytest.raises(SettingValueError):
        spec.encode(value)


@pytest.mark.parametrize("spec", WHOLE_NUMBERS, ids=lambda spec: spec.key)
@given(data=st.data())
def test_a_whole_number_within_bounds_is_taken_as_it_is(spec: SettingSpec[int], data: st.DataObject) -> None:
    low, high = _bounds(spec)
    value = data.draw(st.integers(min_value=low, max_value=high))
    assert spec.parse(value) == value
    assert spec.encode(value) == value


@pytest.mark.parametrize("spec", WHOLE_NUMBERS, ids=lambda spec: spec.key)
@pytest.mark.parametrize("stored", [True, "7", 7.0, None, [7]])
def test_what_is_not_a_whole_number_is_refused_and_gives_way_to_the_default(
    spec: SettingSpec[int], stored: object
) -> None:
    if stored is not None:
        with pytest.raises(SettingValueError) as refused:
            spec.parse(stored)
        assert refused.value.message.template == "{setting} must be a whole number"
    assert spec.read_or_default(stored) == spec.default


def test_a_medical_file_kept_out_of_bounds_is_refused_for_its_country() -> None:
    low, high = _bounds(MEDICAL_FILE_YEARS)
    with pytest.raises(SettingValueError, match=f"medical_file_years must be between {low} and {high}"):
        MEDICAL_FILE_YEARS.parse({"BE": high + 1})
    assert MEDICAL_FILE_YEARS.parse({"LU": 12})[Jurisdiction.LU] == 12
    assert MEDICAL_FILE_YEARS.parse({"LU": 12})[Jurisdiction.BE] == 30


def test_medical_file_years_read_entry_by_entry_keep_the_usable_ones() -> None:
    years = medical_file_years_entry_by_entry({"FR": 25, "LU": 12, "BE": 0, "XX": 5})
    assert dict(years) == {Jurisdiction.FR: 25, Jurisdiction.BE: 30, Jurisdiction.LU: 12}
    assert medical_file_years_entry_by_entry("not a table") == MEDICAL_FILE_YEARS.default


def test_closure_days_round_trip_and_a_bad_day_is_unreadable() -> None:
    days = frozenset({date(2026, 12, 24), date(2026, 8, 14)})
    assert CLOSURE_DAYS.encode(days) == ["2026-08-14", "2026-12-24"]
    assert CLOSURE_DAYS.parse(["2026-08-14", "2026-12-24"]) == days
    with pytest.raises(SettingValueError) as refused:
        CLOSURE_DAYS.parse(["the 14th"])
    assert refused.value.message.template == "the stored value of {setting} cannot be read"


@pytest.mark.parametrize("spec", ALL_SETTINGS, ids=lambda spec: spec.key)
def test_every_setting_is_found_by_its_key(spec: SettingSpec[Any]) -> None:
    assert setting(spec.key) is spec


@pytest.mark.parametrize("key", ["", "info_request_limit", "INFO_REQUEST_LIMIT_DAYS", "retention_years"])
def test_an_unknown_key_is_refused_with_a_sentence(key: str) -> None:
    with pytest.raises(SettingValueError) as refused:
        setting(key)
    assert refused.value.message.template == "{setting} is not a setting"
    assert str(refused.value) == f"{key} is not a setting"


def test_the_database_settings_include_every_one_the_settings_dialog_saves() -> None:
    keys = {spec.key for spec in DATABASE_SETTINGS}
    assert {
        "organisation_profile", "centres", "closure_days", "medical_record_clocks", "info_request_limit_days",
        "medical_file_years", "auto_lock_minutes", "backup_folder", "backup_keep", "case_retention_years",
        "first_run_done",
    } <= keys


def test_reading_a_setting_loads_nothing_heavy() -> None:
    # Start-up reads the auto-lock through the registry: neither the settings service nor the image, PDF, Qt or
    # date-formatting libraries may come with it.
    code = (
        "import sys, lazeo_desk.domain.settings_registry, lazeo_desk.services.lock_settings\n"
        "heavy = ('PIL', 'reportlab', 'PySide6', 'babel', 'pypdf', 'lazeo_desk.services.settings')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"
