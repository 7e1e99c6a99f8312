"""The copy of the public holidays: used when it matches the installed package, rebuilt when it cannot be trusted."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from lazeo_desk.domain.calendars import WorkingCalendar, package_public_holidays, public_holidays
from lazeo_desk.domain.case import Jurisdiction, Language
from lazeo_desk.store import holiday_cache
from lazeo_desk.store.holiday_cache import load_public_holidays

YEARS = range(2025, 2028)


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    return tmp_path / "cache" / "public-holidays.json"


def test_the_first_start_computes_from_the_package_and_writes_the_copy(copy: Path) -> None:
    assert load_public_holidays(YEARS, copy).from_copy is False
    assert copy.exists()
    stored = json.loads(copy.read_text(encoding="utf-8"))
    assert {(t["jurisdiction"], t["year"]) for t in stored["tables"]} == {
        (j.value, y) for j in Jurisdiction for y in YEARS
    }


def test_the_next_start_uses_the_copy_which_gives_the_packages_dates(copy: Path) -> None:
    load_public_holidays(YEARS, copy)
    loaded = load_public_holidays(YEARS, copy)
    assert loaded.from_copy is True
    for jurisdiction in Jurisdiction:
        for year in YEARS:
            assert loaded.names.tables[(jurisdiction, year)] == package_public_holidays(jurisdiction, year)
            from_copy = public_holidays(jurisdiction, year, names=loaded.names)
            assert from_copy == package_public_holidays(jurisdiction, year)
    assert loaded.names.public_holidays(Jurisdiction.BE, 2026)[date(2026, 7, 21)] == "National Day"


def test_a_copy_made_for_another_package_version_is_rebuilt(copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    load_public_holidays(YEARS, copy)
    monkeypatch.setattr(holiday_cache, "package_fingerprint", lambda: "another version")
    assert load_public_holidays(YEARS, copy).from_copy is False
    assert json.loads(copy.read_text(encoding="utf-8"))["package"] == "another version"


def test_a_copy_edited_or_damaged_is_not_trusted(copy: Path) -> None:
    load_public_holidays(YEARS, copy)
    stored = json.loads(copy.read_text(encoding="utf-8"))
    # Christmas moved by a day: still valid JSON, no longer the package's output.
    for table in stored["tables"]:
        holidays = table["holidays"]
        christmas = f"{table['year']}-12-25"
        if christmas in holidays:
            holidays[f"{table['year']}-12-24"] = holidays.pop(christmas)
    copy.write_text(json.dumps(stored), encoding="utf-8")
    loaded = load_public_holidays(YEARS, copy)
    assert loaded.from_copy is False
    assert loaded.names.public_holidays(Jurisdiction.FR, 2026)[date(2026, 12, 25)] == "Christmas Day"
    assert date(2026, 12, 24) not in loaded.names.public_holidays(Jurisdiction.FR, 2026)


@pytest.mark.parametrize("content", ["", "{", "[]", '{"format": 1}', "\x00\x01binary"])
def test_an_unreadable_copy_is_rebuilt_without_a_word(copy: Path, content: str) -> None:
    copy.parent.mkdir(parents=True)
    copy.write_text(content, encoding="utf-8")
    assert load_public_holidays(YEARS, copy).from_copy is False
    assert load_public_holidays(YEARS, copy).from_copy is True


def test_a_year_the_copy_lacks_is_added_to_it(copy: Path) -> None:
    load_public_holidays([2026], copy)
    assert load_public_holidays([2026, 2027], copy).from_copy is False
    assert load_public_holidays([2026, 2027], copy).from_copy is True


def test_a_copy_that_cannot_be_written_still_gives_the_holidays(tmp_path: Path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder", encoding="utf-8")
    loaded = load_public_holidays([2026], blocker / "public-holidays.json")
    assert loaded.from_copy is False
    assert loaded.names.public_holidays(Jurisdiction.LU, 2026)[date(2026, 6, 23)] == "National Day"


def test_counting_working_days_gives_the_same_answer_from_the_copy(copy: Path) -> None:
    from_package = WorkingCalendar.of(Jurisdiction.BE).working_days_after(date(2026, 3, 1), date(2026, 6, 1))
    load_public_holidays(YEARS, copy)
    loaded = load_public_holidays(YEARS, copy)
    assert loaded.from_copy
    calendar = WorkingCalendar.of(Jurisdiction.BE, holidays=loaded.names)
    assert calendar.working_days_after(date(2026, 3, 1), date(2026, 6, 1)) == from_package


def test_other_languages_still_come_from_the_package(copy: Path) -> None:
    names = load_public_holidays(YEARS, copy).names
    assert names.public_holidays(Jurisdiction.FR, 2026, Language.FR)[date(2026, 7, 14)] == "Fête nationale"
