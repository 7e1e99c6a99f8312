"""Business settings kept in the database (they travel with a backup), each with a declared default."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date

from sqlalchemy.orm import Session

from lazeo_desk.domain.case import Jurisdiction, Language
from lazeo_desk.domain.deadlines import DEFAULT_MEDICAL_RECORD_CLOCKS, MedicalRecordClock
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.organisation import DEFAULT_PROFILE, OrganisationProfile
from lazeo_desk.domain.retention import DEFAULT_MEDICAL_FILE_YEARS, MEDICAL_FILE_YEARS_RANGE
from lazeo_desk.store.models import SettingRow

CLOSURE_DAYS = "closure_days"
MEDICAL_RECORD_CLOCKS = "medical_record_clocks"
INFO_REQUEST_LIMIT_DAYS = "info_request_limit_days"
ACTOR = "actor"
MEDICAL_FILE_YEARS = "medical_file_years"

DEFAULTS: dict[str, object] = {
    CLOSURE_DAYS: [],
    MEDICAL_RECORD_CLOCKS: [clock.to_dict() for clock in DEFAULT_MEDICAL_RECORD_CLOCKS.values()],
    INFO_REQUEST_LIMIT_DAYS: 7,
    ACTOR: "DPO",
    MEDICAL_FILE_YEARS: {jurisdiction.value: years for jurisdiction, years in DEFAULT_MEDICAL_FILE_YEARS.items()},
}


def get_setting(session: Session, key: str) -> object:
    """The stored value of ``key``, or its declared default."""
    row = session.get(SettingRow, key)
    if row is None:
        return DEFAULTS.get(key)
    return json.loads(row.value)


def set_setting(session: Session, key: str, value: object) -> None:
    row = session.get(SettingRow, key)
    encoded = json.dumps(value, ensure_ascii=False, sort_keys=True)
    if row is None:
        session.add(SettingRow(key=key, value=encoded))
    else:
        row.value = encoded


def closure_days(session: Session) -> frozenset[date]:
    """The DPO's own closure days, added to the public holidays (DOMAIN.md, Deadlines, rule 6)."""
    raw = get_setting(session, CLOSURE_DAYS)
    if not isinstance(raw, list):
        return frozenset()
    return frozenset(date.fromisoformat(str(d)) for d in raw)


def set_closure_days(session: Session, days: frozenset[date] | set[date]) -> None:
    set_setting(session, CLOSURE_DAYS, sorted(d.isoformat() for d in days))


def medical_record_clocks(session: Session) -> Mapping[Jurisdiction, MedicalRecordClock]:
    """The national medical-record clocks, as the DPO has them (defaults from DOMAIN.md)."""
    raw = get_setting(session, MEDICAL_RECORD_CLOCKS)
    clocks = dict(DEFAULT_MEDICAL_RECORD_CLOCKS)
    if isinstance(raw, list):
        for item in raw:
            if isinstance(item, dict):
                clock = MedicalRecordClock.from_dict(item)
                clocks[clock.jurisdiction] = clock
    return clocks


def set_medical_record_clock(session: Session, clock: MedicalRecordClock) -> None:
    clocks = dict(medical_record_clocks(session))
    clocks[clock.jurisdiction] = clock
    set_setting(session, MEDICAL_RECORD_CLOCKS, [c.to_dict() for c in clocks.values()])


def medical_file_years(session: Session) -> dict[Jurisdiction, int]:
    """Years a medical file is kept after the last contact, by country (DOMAIN.md, Retention; defaults 20/30/10).

    A stored value that is not a whole number within range falls back to the country's legal default.
    """
    raw = get_setting(session, MEDICAL_FILE_YEARS)
    years = dict(DEFAULT_MEDICAL_FILE_YEARS)
    if isinstance(raw, dict):
        low, high = MEDICAL_FILE_YEARS_RANGE
        for key, value in raw.items():
            try:
                jurisdiction = Jurisdiction(str(key))
            except ValueError:
                continue
            if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
                years[jurisdiction] = value
    return years


def info_request_limit_days(session: Session) -> int:
    raw = get_setting(session, INFO_REQUEST_LIMIT_DAYS)
    return raw if isinstance(raw, int) else 7


ORGANISATION_PROFILE = "organisation_profile"
LETTER_TEMPLATES = "letter_templates"


def organisation_profile(session: Session) -> OrganisationProfile:
    """The organisation profile printed on letters (defaults from the privacy policy until the DPO edits it)."""
    raw = get_setting(session, ORGANISATION_PROFILE)
    if isinstance(raw, dict):
        return OrganisationProfile.from_dict(raw)
    return DEFAULT_PROFILE


def set_organisation_profile(session: Session, profile: OrganisationProfile) -> None:
    set_setting(session, ORGANISATION_PROFILE, profile.to_dict())


def letter_templates(session: Session) -> dict[tuple[LetterKind, Language], str]:
    """The DPO's adapted letter templates, by kind and language (a missing entry means the default)."""
    raw = get_setting(session, LETTER_TEMPLATES)
    found: dict[tuple[LetterKind, Language], str] = {}
    if isinstance(raw, dict):
        for key, text in raw.items():
            kind, _, language = str(key).partition("/")
            try:
                found[(LetterKind(kind), Language(language))] = str(text)
            except ValueError:
                continue
    return found


def set_letter_template(session: Session, kind: LetterKind, language: Language, text: str | None) -> None:
    """Store an adapted template, or drop it (``None``) to go back to the default."""
    raw = get_setting(session, LETTER_TEMPLATES)
    templates = dict(raw) if isinstance(raw, dict) else {}
    key = f"{kind.value}/{language.value}"
    if text is None:
        templates.pop(key, None)
    else:
        templates[key] = text
    set_setting(session, LETTER_TEMPLATES, templates)
