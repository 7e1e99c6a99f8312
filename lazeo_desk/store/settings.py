"""Business settings kept in the database (they travel with a backup), as the registry declares them."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from lazeo_desk.domain.case import Jurisdiction, Language
from lazeo_desk.domain.deadlines import MedicalRecordClock
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.organisation import OrganisationProfile
from lazeo_desk.domain.settings_registry import (
    ACTOR,
    CLOSURE_DAYS,
    INFO_REQUEST_LIMIT_DAYS,
    LETTER_TEMPLATES,
    MEDICAL_FILE_YEARS,
    MEDICAL_RECORD_CLOCKS,
    ORGANISATION_PROFILE,
    SettingSpec,
    medical_file_years_entry_by_entry,
)
from lazeo_desk.store.models import SettingRow

__all__ = [
    "ACTOR",
    "CLOSURE_DAYS",
    "INFO_REQUEST_LIMIT_DAYS",
    "LETTER_TEMPLATES",
    "MEDICAL_FILE_YEARS",
    "MEDICAL_RECORD_CLOCKS",
    "ORGANISATION_PROFILE",
]

T = TypeVar("T")


def get_setting(session: Session, spec: SettingSpec[Any]) -> object:
    """What is stored for ``spec``, as stored (JSON); None when nothing is."""
    row = session.get(SettingRow, spec.key)
    if row is None:
        return None
    return json.loads(row.value)


def set_setting(session: Session, spec: SettingSpec[Any], stored: object) -> None:
    """Store ``stored`` as it is (JSON) under ``spec``'s key; :func:`write` checks a value first."""
    row = session.get(SettingRow, spec.key)
    encoded = json.dumps(stored, ensure_ascii=False, sort_keys=True)
    if row is None:
        session.add(SettingRow(key=spec.key, value=encoded))
    else:
        row.value = encoded


def read(session: Session, spec: SettingSpec[T]) -> T:
    """The value in force (the default when nothing is stored); ``SettingValueError`` when the stored one is
    unusable."""
    return spec.read(get_setting(session, spec))


def read_or_default(session: Session, spec: SettingSpec[T]) -> T:
    """The value in force, or the default when the stored one is unusable."""
    return spec.read_or_default(get_setting(session, spec))


def write(session: Session, spec: SettingSpec[T], value: T) -> None:
    """Store ``value``; ``SettingValueError`` (nothing written) when the setting cannot take it."""
    set_setting(session, spec, spec.encode(value))


def closure_days(session: Session) -> frozenset[date]:
    """The DPO's own closure days, added to the public holidays (Reg. 1182/71 Art 3(4): working days)."""
    return read(session, CLOSURE_DAYS)


def set_closure_days(session: Session, days: frozenset[date] | set[date]) -> None:
    write(session, CLOSURE_DAYS, frozenset(days))


def medical_record_clocks(session: Session) -> Mapping[Jurisdiction, MedicalRecordClock]:
    """The national medical-record clocks, as the DPO has them (the legal ones by default)."""
    return read(session, MEDICAL_RECORD_CLOCKS)


def set_medical_record_clock(session: Session, clock: MedicalRecordClock) -> None:
    clocks = dict(medical_record_clocks(session))
    clocks[clock.jurisdiction] = clock
    write(session, MEDICAL_RECORD_CLOCKS, clocks)


def medical_file_years(session: Session) -> dict[Jurisdiction, int]:
    """Years a medical file is kept after the last contact, by country (the legal defaults until the DPO changes
    them). A stored entry that is not a whole number within range falls back to its country's default."""
    return dict(medical_file_years_entry_by_entry(get_setting(session, MEDICAL_FILE_YEARS)))


def info_request_limit_days(session: Session) -> int:
    """Days within which a request for identity or details pauses the clock uncontested (EDPB 01/2022 §159)."""
    return read_or_default(session, INFO_REQUEST_LIMIT_DAYS)


def actor(session: Session) -> str:
    """Who the timeline names for the DPO's actions."""
    return read_or_default(session, ACTOR)


def organisation_profile(session: Session) -> OrganisationProfile:
    """The organisation profile printed on letters (defaults from the privacy policy until the DPO edits it)."""
    return read(session, ORGANISATION_PROFILE)


def set_organisation_profile(session: Session, profile: OrganisationProfile) -> None:
    write(session, ORGANISATION_PROFILE, profile)


def letter_templates(session: Session) -> dict[tuple[LetterKind, Language], str]:
    """The DPO's adapted letter templates, by kind and language (a missing entry means the default)."""
    templates: Mapping[tuple[LetterKind, Language], str] = read_or_default(session, LETTER_TEMPLATES)
    return dict(templates)


def set_letter_template(session: Session, kind: LetterKind, language: Language, text: str | None) -> None:
    """Store an adapted template, or drop it (``None``) to go back to the default."""
    templates = letter_templates(session)
    if text is None:
        templates.pop((kind, language), None)
    else:
        templates[(kind, language)] = text
    write(session, LETTER_TEMPLATES, templates)
