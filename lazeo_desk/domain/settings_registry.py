"""Every setting, declared once: its key, its default, its bounds, how it is read from and written to its stored
form, and one line saying what it is for.

The business settings are stored in the database as JSON (so that they travel with a backup); the window's language
is a preference of one workstation, kept in QSettings. This module is pure and light — no SQL, no Qt, no image
library — so that start-up can read the auto-lock without loading the settings service.

A legal default that is a table of national law (the medical-record clocks, the years a medical file is kept) stays
beside its articles in the domain; the setting here points to it rather than copying it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import Any, Generic, TypeVar

from lazeo_desk.domain.case import Jurisdiction, Language
from lazeo_desk.domain.centres import DEFAULT_CENTRES, Centre
from lazeo_desk.domain.deadlines import DEFAULT_MEDICAL_RECORD_CLOCKS, MedicalRecordClock
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.messages import Message, said
from lazeo_desk.domain.organisation import DEFAULT_PROFILE, OrganisationProfile
from lazeo_desk.domain.retention import DEFAULT_MEDICAL_FILE_YEARS

T = TypeVar("T")


class SettingValueError(ValueError):
    """A value a setting cannot take, or a key that is no setting; ``message`` says which and why."""

    def __init__(self, message: Message) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True, eq=False)
class SettingSpec(Generic[T]):
    """One setting: ``parse`` turns its stored form into a value (raising :class:`SettingValueError` when the
    value is unusable or out of ``bounds``), ``serialise`` turns a value back into its stored form."""

    key: str
    default: T
    description: str
    parse: Callable[[object], T]
    serialise: Callable[[T], object]
    bounds: tuple[int, int] | None = None

    @property
    def limits(self) -> tuple[int, int]:
        """The inclusive bounds of a bounded setting (asking an unbounded one is a programming error)."""
        if self.bounds is None:
            raise TypeError(f"{self.key} has no bounds")
        return self.bounds

    def read(self, stored: object) -> T:
        """The value in force for what is stored: the default when nothing is."""
        return self.default if stored is None else self.parse(stored)

    def read_or_default(self, stored: object) -> T:
        """As :meth:`read`, with the default in place of an unusable stored value."""
        try:
            return self.read(stored)
        except SettingValueError:
            return self.default

    def encode(self, value: T) -> object:
        """The stored form of ``value``, refused when the setting cannot take it."""
        stored = self.serialise(value)
        self.parse(stored)
        return stored

    def __repr__(self) -> str:
        return f"SettingSpec({self.key!r})"


def _unreadable(key: str) -> SettingValueError:
    return SettingValueError(said("the stored value of {setting} cannot be read", setting=key))


def _whole_number_parser(key: str, bounds: tuple[int, int]) -> Callable[[object], int]:
    low, high = bounds

    def parse(stored: object) -> int:
        if not isinstance(stored, int) or isinstance(stored, bool):
            raise SettingValueError(said("{setting} must be a whole number", setting=key))
        if not low <= stored <= high:
            raise SettingValueError(
                said("{setting} must be between {low} and {high}", setting=key, low=low, high=high)
            )
        return stored

    return parse


def _whole_number(key: str, default: int, bounds: tuple[int, int], description: str) -> SettingSpec[int]:
    return SettingSpec(key, default, description, _whole_number_parser(key, bounds), int, bounds)


def _itself(value: T) -> T:
    return value


# whole numbers ------------------------------------------------------------------------------------------------
# EDPB Guidelines 01/2022 §159: the pause is accepted only when the controller asked "without undue delay"; a limit
# beyond a month would swallow the GDPR month itself.
INFO_REQUEST_LIMIT_DAYS = _whole_number(
    "info_request_limit_days",
    7,
    (1, 30),
    "Days after receipt within which a request for identity or details pauses the clock without being contestable.",
)
# The lock must engage on a workstation left alone with health data on screen, so it cannot be switched off; two
# hours covers a long meeting.
AUTO_LOCK_MINUTES = _whole_number(
    "auto_lock_minutes", 10, (1, 120), "Minutes without input after which the window of an encrypted database locks."
)
BACKUP_KEEP = _whole_number("backup_keep", 7, (1, 365), "How many start-of-day backups are kept.")
CASE_RETENTION_YEARS = _whole_number(
    "case_retention_years", 5, (1, 100), "Years a closed case file is kept after its closure before it is purged."
)


# the medical file's years, by country ----------------------------------------------------------------------------
MEDICAL_FILE_YEARS_BOUNDS = (1, 100)


def _parse_medical_file_years(stored: object) -> Mapping[Jurisdiction, int]:
    if not isinstance(stored, dict):
        raise _unreadable(MEDICAL_FILE_YEARS_KEY)
    check = _whole_number_parser(MEDICAL_FILE_YEARS_KEY, MEDICAL_FILE_YEARS_BOUNDS)
    years = dict(DEFAULT_MEDICAL_FILE_YEARS)
    for key, value in stored.items():
        try:
            jurisdiction = Jurisdiction(str(key))
        except ValueError:
            continue
        years[jurisdiction] = check(value)
    return MappingProxyType(years)


def _serialise_medical_file_years(years: Mapping[Jurisdiction, int]) -> object:
    merged = {**DEFAULT_MEDICAL_FILE_YEARS, **years}
    return {jurisdiction.value: merged[jurisdiction] for jurisdiction in Jurisdiction}


MEDICAL_FILE_YEARS_KEY = "medical_file_years"
MEDICAL_FILE_YEARS: SettingSpec[Mapping[Jurisdiction, int]] = SettingSpec(
    MEDICAL_FILE_YEARS_KEY,
    DEFAULT_MEDICAL_FILE_YEARS,
    "Years a medical file is kept after the last contact, by the centre's country (legal defaults 20/30/10).",
    _parse_medical_file_years,
    _serialise_medical_file_years,
    MEDICAL_FILE_YEARS_BOUNDS,
)


def medical_file_years_entry_by_entry(stored: object) -> Mapping[Jurisdiction, int]:
    """The years in force by country, where a stored entry that is unusable gives way to its country's default."""
    if not isinstance(stored, dict):
        return MEDICAL_FILE_YEARS.default
    years = dict(MEDICAL_FILE_YEARS.default)
    for key, value in stored.items():
        try:
            parsed = MEDICAL_FILE_YEARS.parse({key: value})
            jurisdiction = Jurisdiction(str(key))
        except ValueError:
            continue
        years[jurisdiction] = parsed[jurisdiction]
    return MappingProxyType(years)


# the deadline engine ---------------------------------------------------------------------------------------------
def _parse_closure_days(stored: object) -> frozenset[date]:
    if not isinstance(stored, list):
        raise _unreadable(CLOSURE_DAYS_KEY)
    try:
        return frozenset(date.fromisoformat(str(day)) for day in stored)
    except ValueError:
        raise _unreadable(CLOSURE_DAYS_KEY) from None


CLOSURE_DAYS_KEY = "closure_days"
CLOSURE_DAYS: SettingSpec[frozenset[date]] = SettingSpec(
    CLOSURE_DAYS_KEY,
    frozenset(),
    "The DPO's own closure days, added to the public holidays when deadlines are counted.",
    _parse_closure_days,
    lambda days: sorted(day.isoformat() for day in days),
)


def _parse_clocks(stored: object) -> Mapping[Jurisdiction, MedicalRecordClock]:
    if not isinstance(stored, list):
        raise _unreadable(MEDICAL_RECORD_CLOCKS_KEY)
    clocks = dict(DEFAULT_MEDICAL_RECORD_CLOCKS)
    try:
        for item in stored:
            if isinstance(item, dict):
                clock = MedicalRecordClock.from_dict(item)
                clocks[clock.jurisdiction] = clock
    except ValueError:
        raise _unreadable(MEDICAL_RECORD_CLOCKS_KEY) from None
    return clocks


def _serialise_clocks(clocks: Mapping[Jurisdiction, MedicalRecordClock]) -> object:
    # Always every country, in the order of the defaults, so that an unchanged list compares equal.
    return [clocks.get(j, default).to_dict() for j, default in DEFAULT_MEDICAL_RECORD_CLOCKS.items()]


MEDICAL_RECORD_CLOCKS_KEY = "medical_record_clocks"
MEDICAL_RECORD_CLOCKS: SettingSpec[Mapping[Jurisdiction, MedicalRecordClock]] = SettingSpec(
    MEDICAL_RECORD_CLOCKS_KEY,
    DEFAULT_MEDICAL_RECORD_CLOCKS,
    "The national deadlines for a copy of the medical record, by country.",
    _parse_clocks,
    _serialise_clocks,
)


# the organisation and its letters --------------------------------------------------------------------------------
def _parse_profile(stored: object) -> OrganisationProfile:
    if not isinstance(stored, dict):
        raise _unreadable(ORGANISATION_PROFILE_KEY)
    try:
        return OrganisationProfile.from_dict(stored)
    except ValueError:
        raise _unreadable(ORGANISATION_PROFILE_KEY) from None


ORGANISATION_PROFILE_KEY = "organisation_profile"
ORGANISATION_PROFILE: SettingSpec[OrganisationProfile] = SettingSpec(
    ORGANISATION_PROFILE_KEY,
    DEFAULT_PROFILE,
    "The controller, the DPO's profile and the envelope window printed on every letter.",
    _parse_profile,
    lambda profile: profile.to_dict(),
)


def _parse_centres(stored: object) -> tuple[Centre, ...]:
    if not isinstance(stored, list):
        raise _unreadable(CENTRES_KEY)
    try:
        return tuple(Centre.from_dict(item) for item in stored if isinstance(item, dict))
    except ValueError:
        raise _unreadable(CENTRES_KEY) from None


CENTRES_KEY = "centres"
CENTRES: SettingSpec[tuple[Centre, ...]] = SettingSpec(
    CENTRES_KEY,
    DEFAULT_CENTRES,
    "The centres, their countries and their addresses.",
    _parse_centres,
    lambda centres: [centre.to_dict() for centre in centres],
)


def _parse_letter_templates(stored: object) -> Mapping[tuple[LetterKind, Language], str]:
    if not isinstance(stored, dict):
        raise _unreadable(LETTER_TEMPLATES_KEY)
    found: dict[tuple[LetterKind, Language], str] = {}
    for key, text in stored.items():
        kind, _, language = str(key).partition("/")
        try:
            found[(LetterKind(kind), Language(language))] = str(text)
        except ValueError:
            continue
    return found


LETTER_TEMPLATES_KEY = "letter_templates"
LETTER_TEMPLATES: SettingSpec[Mapping[tuple[LetterKind, Language], str]] = SettingSpec(
    LETTER_TEMPLATES_KEY,
    MappingProxyType({}),
    "The DPO's adapted letter templates, by kind and language (a missing one means the default).",
    _parse_letter_templates,
    lambda templates: {f"{kind.value}/{language.value}": text for (kind, language), text in templates.items()},
)


# the workstation's data and the person acting --------------------------------------------------------------------
def _parse_folder(stored: object) -> Path | None:
    if not isinstance(stored, str):
        raise _unreadable(BACKUP_FOLDER_KEY)
    return Path(stored) if stored else None


BACKUP_FOLDER_KEY = "backup_folder"
BACKUP_FOLDER: SettingSpec[Path | None] = SettingSpec(
    BACKUP_FOLDER_KEY,
    None,
    "Where the start-of-day backups go (none: the default folder).",
    _parse_folder,
    lambda folder: str(folder) if folder is not None else "",
)


def _parse_calendar_file(stored: object) -> Path | None:
    if not isinstance(stored, str):
        raise _unreadable(CALENDAR_FILE_KEY)
    return Path(stored) if stored else None


CALENDAR_FILE_KEY = "calendar_file"
CALENDAR_FILE: SettingSpec[Path | None] = SettingSpec(
    CALENDAR_FILE_KEY,
    None,
    "The calendar file the window keeps refreshed with the open cases' due dates (none: no such file).",
    _parse_calendar_file,
    lambda path: str(path) if path is not None else "",
)


def _parse_actor(stored: object) -> str:
    if not isinstance(stored, str) or not stored.strip():
        raise _unreadable(ACTOR_KEY)
    return stored


ACTOR_KEY = "actor"
ACTOR: SettingSpec[str] = SettingSpec(
    ACTOR_KEY, "DPO", "Who the timeline names for the DPO's actions.", _parse_actor, _itself
)


def _parse_flag(stored: object) -> bool:
    if not isinstance(stored, bool):
        raise _unreadable(FIRST_RUN_DONE_KEY)
    return stored


FIRST_RUN_DONE_KEY = "first_run_done"
FIRST_RUN_DONE: SettingSpec[bool] = SettingSpec(
    FIRST_RUN_DONE_KEY, False, "Whether the welcome was finished on this database.", _parse_flag, _itself
)


# the window's language, a preference of one workstation (QSettings) ----------------------------------------------
UI_LANGUAGES = ("system", "en", "fr", "nl")


def _parse_ui_language(stored: object) -> str:
    if stored not in UI_LANGUAGES:
        raise _unreadable(UI_LANGUAGE_KEY)
    return str(stored)


UI_LANGUAGE_KEY = "ui/language"
UI_LANGUAGE: SettingSpec[str] = SettingSpec(
    UI_LANGUAGE_KEY,
    "system",
    "The language of this workstation's window: one of the app's, or the system's.",
    _parse_ui_language,
    _itself,
)

# QSettings gives back text for a number written by another version or by hand: read it as the number it says.
def _parse_reminder_days(stored: object) -> int:
    if isinstance(stored, str) and stored.strip().isdigit():
        stored = int(stored.strip())
    return _whole_number_parser(REMINDER_DAYS_KEY, REMINDER_DAYS_BOUNDS)(stored)


REMINDER_DAYS_KEY = "ui/reminder_days"
REMINDER_DAYS_BOUNDS = (0, 14)
REMINDER_DAYS: SettingSpec[int] = SettingSpec(
    REMINDER_DAYS_KEY,
    2,
    "Days before a due date when this workstation's notification area names the case (0: no notification).",
    _parse_reminder_days,
    int,
    REMINDER_DAYS_BOUNDS,
)


# the registry ------------------------------------------------------------------------------------------------
DATABASE_SETTINGS: tuple[SettingSpec[Any], ...] = (
    ORGANISATION_PROFILE,
    CENTRES,
    CLOSURE_DAYS,
    MEDICAL_RECORD_CLOCKS,
    INFO_REQUEST_LIMIT_DAYS,
    MEDICAL_FILE_YEARS,
    AUTO_LOCK_MINUTES,
    BACKUP_FOLDER,
    BACKUP_KEEP,
    CALENDAR_FILE,
    CASE_RETENTION_YEARS,
    LETTER_TEMPLATES,
    ACTOR,
    FIRST_RUN_DONE,
)
WORKSTATION_SETTINGS: tuple[SettingSpec[Any], ...] = (UI_LANGUAGE, REMINDER_DAYS)
ALL_SETTINGS: tuple[SettingSpec[Any], ...] = DATABASE_SETTINGS + WORKSTATION_SETTINGS

_BY_KEY: Mapping[str, SettingSpec[Any]] = MappingProxyType({spec.key: spec for spec in ALL_SETTINGS})


def setting(key: str) -> SettingSpec[Any]:
    """The setting named ``key``; :class:`SettingValueError` when there is none."""
    try:
        return _BY_KEY[key]
    except KeyError:
        raise SettingValueError(said("{setting} is not a setting", setting=key)) from None
