"""The business settings as one whole: read together, checked together, saved in one transaction.

Everything here is stored in the database, so that it travels with a backup; the preferences of one
workstation's window (its language, its geometry) stay in QSettings and are none of this module's business.
The logo and signature printed on letters are kept as bytes in the documents table (with no case), and a
private copy is written to the data folder for the letter layout, which reads images from a path.
"""

from __future__ import annotations

import enum
import io
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lazeo_desk.domain.case import Jurisdiction, Language
from lazeo_desk.domain.centres import DEFAULT_CENTRES as DEFAULT_CENTRES
from lazeo_desk.domain.centres import Centre as Centre
from lazeo_desk.domain.deadlines import MedicalRecordClock, Period, Unit
from lazeo_desk.domain.organisation import (
    WINDOW_LEFT_MM,
    WINDOW_TOP_MM,
    OrganisationProfile,
    WindowSide,
)
from lazeo_desk.domain.settings_registry import (
    AUTO_LOCK_MINUTES,
    BACKUP_FOLDER,
    BACKUP_KEEP,
    CASE_RETENTION_YEARS,
    CENTRES,
    CLOSURE_DAYS,
    FIRST_RUN_DONE,
    INFO_REQUEST_LIMIT_DAYS,
    MEDICAL_FILE_YEARS,
    MEDICAL_RECORD_CLOCKS,
    ORGANISATION_PROFILE,
    SettingSpec,
    SettingValueError,
)
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.lock_settings import auto_lock_minutes as auto_lock_minutes
from lazeo_desk.services.workplace import AtWorkplace, Workplace
from lazeo_desk.store import audit
from lazeo_desk.store import settings as store_settings
from lazeo_desk.store.backup import default_backup_folder
from lazeo_desk.store.cases import to_utc
from lazeo_desk.store.database import Database
from lazeo_desk.store.documents import sha256_hex
from lazeo_desk.store.location import data_folder
from lazeo_desk.store.models import CaseRow, DocumentRow

# Accepted ranges (inclusive) of the settings that are whole numbers, as the registry declares them.
AUTO_LOCK_RANGE = AUTO_LOCK_MINUTES.limits
BACKUP_KEEP_RANGE = BACKUP_KEEP.limits
RETENTION_YEARS_RANGE = CASE_RETENTION_YEARS.limits
MEDICAL_FILE_RANGE = MEDICAL_FILE_YEARS.limits
INFO_REQUEST_LIMIT_RANGE = INFO_REQUEST_LIMIT_DAYS.limits
# The address block must fall in the envelope window: within the width of an A4 sheet, and within its upper
# third once folded in three for a DL envelope (99 mm).
WINDOW_LEFT_RANGE = (0.0, 150.0)
WINDOW_TOP_RANGE = (0.0, 99.0)
CLOCK_DAYS_RANGE = (1, 365)
CLOCK_MONTHS_RANGE = (1, 12)
RELEASE_DAYS_RANGE = (0, 30)
# NF Z10-011 (docs/rules.md, Letters): at most six lines of 38 characters in a window envelope.
ADDRESS_MAX_LINES = 6
ADDRESS_MAX_CHARACTERS = 38
MAX_IMAGE_BYTES = 2 * 1024 * 1024

T = TypeVar("T")

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")


class ImageRole(enum.StrEnum):
    """The images a letter can carry; the value is the document kind they are stored under."""

    LOGO = "letter-logo"
    SIGNATURE = "letter-signature"


@dataclass(frozen=True)
class LetterImage:
    """A PNG or JPEG image for the letters: its original file name and its bytes."""

    name: str
    data: bytes

    @property
    def sha256(self) -> str:
        return sha256_hex(self.data)

    @property
    def extension(self) -> str:
        return ".png" if self.data.startswith(b"\x89PNG") else ".jpg"

    @property
    def media_type(self) -> str:
        return "image/png" if self.extension == ".png" else "image/jpeg"


@dataclass(frozen=True)
class BusinessSettings:
    """Every business setting the settings dialog edits.

    ``clocks`` holds one national medical-record clock per jurisdiction; ``backup_folder`` None means the
    default folder; ``logo``/``signature`` None means none (the profile's image paths follow them on save).
    """

    profile: OrganisationProfile = ORGANISATION_PROFILE.default
    centres: tuple[Centre, ...] = CENTRES.default
    closure_days: frozenset[date] = CLOSURE_DAYS.default
    clocks: tuple[MedicalRecordClock, ...] = tuple(MEDICAL_RECORD_CLOCKS.default.values())
    info_request_limit_days: int = INFO_REQUEST_LIMIT_DAYS.default
    auto_lock_minutes: int = AUTO_LOCK_MINUTES.default
    backup_folder: Path | None = BACKUP_FOLDER.default
    backup_keep: int = BACKUP_KEEP.default
    retention_years: int = CASE_RETENTION_YEARS.default
    # Years a medical file is kept after the last contact, by country.
    medical_file_years: tuple[tuple[Jurisdiction, int], ...] = tuple(MEDICAL_FILE_YEARS.default.items())
    logo: LetterImage | None = None
    signature: LetterImage | None = None

    def clock(self, jurisdiction: Jurisdiction) -> MedicalRecordClock:
        for clock in self.clocks:
            if clock.jurisdiction is jurisdiction:
                return clock
        return MEDICAL_RECORD_CLOCKS.default[jurisdiction]

    def with_clock(self, clock: MedicalRecordClock) -> BusinessSettings:
        others = tuple(c for c in self.clocks if c.jurisdiction is not clock.jurisdiction)
        ordered = sorted((*others, clock), key=lambda c: list(Jurisdiction).index(c.jurisdiction))
        return replace(self, clocks=tuple(ordered))

    def image(self, role: ImageRole) -> LetterImage | None:
        return self.logo if role is ImageRole.LOGO else self.signature

    def kept_years(self, jurisdiction: Jurisdiction) -> int:
        """Years a medical file is kept in ``jurisdiction`` (docs/rules.md, Retention)."""
        return dict(self.medical_file_years).get(jurisdiction, MEDICAL_FILE_YEARS.default[jurisdiction])

    def with_kept_years(self, jurisdiction: Jurisdiction, years: int) -> BusinessSettings:
        kept = {**dict(self.medical_file_years), jurisdiction: years}
        return replace(self, medical_file_years=tuple((j, kept[j]) for j in Jurisdiction if j in kept))


# problems ---------------------------------------------------------------------------------------------------
class Field(enum.StrEnum):
    """The setting a problem is about (the dialog puts its message beside that field)."""

    BRAND = "brand"
    CONTROLLER_NAME = "controller_name"
    REGISTRATION = "registration"
    SEAT_ADDRESS = "seat_address"
    DPO_NAME = "dpo_name"
    DPO_TITLE = "dpo_title"
    DPO_ADDRESS = "dpo_address"
    DPO_EMAIL = "dpo_email"
    LETTER_PLACE = "letter_place"
    WINDOW_LEFT = "window_left_mm"
    WINDOW_TOP = "window_top_mm"
    LOGO = "logo"
    SIGNATURE = "signature"
    CENTRE_NAME = "centre.name"
    CENTRE_ADDRESS = "centre.address"
    CLOCK_PERIOD = "clock.period"
    CLOCK_OLD_RECORDS = "clock.period_old_records"
    CLOCK_RELEASE = "clock.earliest_release_days"
    INFO_REQUEST_LIMIT = INFO_REQUEST_LIMIT_DAYS.key
    AUTO_LOCK = AUTO_LOCK_MINUTES.key
    BACKUP_FOLDER = BACKUP_FOLDER.key
    BACKUP_KEEP = BACKUP_KEEP.key
    RETENTION_YEARS = "retention_years"
    MEDICAL_FILE_YEARS = MEDICAL_FILE_YEARS.key


class Fault(enum.StrEnum):
    """What is wrong with the value."""

    REQUIRED = "required"
    EMAIL = "email"
    RANGE = "range"
    ADDRESS_LINES = "address-lines"
    ADDRESS_LINE_LENGTH = "address-line-length"
    DUPLICATE = "duplicate"
    NOT_ABSOLUTE = "not-absolute"
    NOT_A_FOLDER = "not-a-folder"
    IMAGE_UNREADABLE = "image-unreadable"
    IMAGE_TOO_LARGE = "image-too-large"
    RELEASE_NOT_BEFORE_DEADLINE = "release-not-before-deadline"


_RULE_TEXT = {
    Fault.REQUIRED: "is required",
    Fault.EMAIL: "is not an e-mail address",
    Fault.RANGE: "must be between {low} and {high}",
    Fault.ADDRESS_LINES: "has more than {high} lines",
    Fault.ADDRESS_LINE_LENGTH: "has a line longer than {high} characters",
    Fault.DUPLICATE: "is already used by another centre",
    Fault.NOT_ABSOLUTE: "must be a full path",
    Fault.NOT_A_FOLDER: "is not a folder that exists or can be created",
    Fault.IMAGE_UNREADABLE: "is not a PNG or JPEG image that can be read",
    Fault.IMAGE_TOO_LARGE: "is larger than {high} bytes",
    Fault.RELEASE_NOT_BEFORE_DEADLINE: "must end before the national deadline",
}


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value)


@dataclass(frozen=True)
class SettingProblem:
    """One invalid value: which setting, which rule, and where in a list (a centre's index, a jurisdiction).

    ``low``/``high`` are the limits of the rule that was broken; ``str()`` gives an English sentence for the
    command line and logs, the window words it itself in the user's language.
    """

    field: Field
    rule: Fault
    where: str = ""
    low: float | None = None
    high: float | None = None

    def __str__(self) -> str:
        text = _RULE_TEXT[self.rule].format(low=_number(self.low), high=_number(self.high))
        where = f" [{self.where}]" if self.where else ""
        return f"{self.field.value}{where}: {text}"


class SettingsError(ValueError):
    """Settings that cannot be saved as they are; ``problems`` says which and why."""

    def __init__(self, problems: Iterable[SettingProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(str(p) for p in self.problems))


def _in_range(value: float | None, bounds: tuple[float, float]) -> bool:
    return value is not None and bounds[0] <= value <= bounds[1]


def _range_problem(
    field: Field, value: float | None, bounds: tuple[float, float], where: str = ""
) -> list[SettingProblem]:
    if _in_range(value, bounds):
        return []
    return [SettingProblem(field, Fault.RANGE, where, bounds[0], bounds[1])]


def address_problems(field: Field, lines: Iterable[str], where: str = "") -> list[SettingProblem]:
    """A postal address printed in a window envelope: at most six lines of 38 characters (NF Z10-011)."""
    kept = [line for line in lines if line.strip()]
    found: list[SettingProblem] = []
    if len(kept) > ADDRESS_MAX_LINES:
        found.append(SettingProblem(field, Fault.ADDRESS_LINES, where, high=ADDRESS_MAX_LINES))
    if any(len(line.strip()) > ADDRESS_MAX_CHARACTERS for line in kept):
        found.append(SettingProblem(field, Fault.ADDRESS_LINE_LENGTH, where, high=ADDRESS_MAX_CHARACTERS))
    return found


def profile_problems(profile: OrganisationProfile) -> list[SettingProblem]:
    """What every letter needs from the profile: who writes, how to reach the DPO, where the letter is from.

    GDPR Art 13(1)(a)-(b) and 37(7): the controller's identity and the DPO's contact details are published;
    the letters sign with the DPO's name and title (docs/rules.md, Letters).
    """
    found: list[SettingProblem] = []
    for field, value in (
        (Field.CONTROLLER_NAME, profile.controller_name),
        (Field.DPO_NAME, profile.dpo_name),
    ):
        if not value.strip():
            found.append(SettingProblem(field, Fault.REQUIRED))
    if not any(line.strip() for line in profile.seat_address):
        found.append(SettingProblem(Field.SEAT_ADDRESS, Fault.REQUIRED))
    found += address_problems(Field.SEAT_ADDRESS, profile.seat_address)
    if not any(line.strip() for line in profile.dpo_address):
        found.append(SettingProblem(Field.DPO_ADDRESS, Fault.REQUIRED))
    found += address_problems(Field.DPO_ADDRESS, profile.dpo_address)
    email = profile.dpo_email.strip()
    if not email:
        found.append(SettingProblem(Field.DPO_EMAIL, Fault.REQUIRED))
    elif not _EMAIL.match(email):
        found.append(SettingProblem(Field.DPO_EMAIL, Fault.EMAIL))
    for language in Language:
        if not profile.dpo_title.get(language).strip():
            found.append(SettingProblem(Field.DPO_TITLE, Fault.REQUIRED, language.value))
        if not profile.letter_place.get(language).strip():
            found.append(SettingProblem(Field.LETTER_PLACE, Fault.REQUIRED, language.value))
    left, top = profile.window_position_mm()
    found += _range_problem(Field.WINDOW_LEFT, left, WINDOW_LEFT_RANGE)
    found += _range_problem(Field.WINDOW_TOP, top, WINDOW_TOP_RANGE)
    return found


def centre_problems(centres: Iterable[Centre]) -> list[SettingProblem]:
    """Each centre has a name of its own (cases name their centre) and a printable address."""
    found: list[SettingProblem] = []
    seen: set[str] = set()
    for index, centre in enumerate(centres):
        where = str(index)
        key = centre.name.strip().casefold()
        if not key:
            found.append(SettingProblem(Field.CENTRE_NAME, Fault.REQUIRED, where))
        elif key in seen:
            found.append(SettingProblem(Field.CENTRE_NAME, Fault.DUPLICATE, where))
        seen.add(key)
        found += address_problems(Field.CENTRE_ADDRESS, centre.address, where)
    return found


def _period_problem(field: Field, period: Period | None, where: str) -> list[SettingProblem]:
    if period is None:
        return []
    bounds = CLOCK_DAYS_RANGE if period.unit is Unit.DAYS else CLOCK_MONTHS_RANGE
    return _range_problem(field, period.amount, bounds, where)


def clock_problems(clock: MedicalRecordClock) -> list[SettingProblem]:
    """A national medical-record clock the deadline engine can count (docs/rules.md, national clocks).

    A reflection period (FR L.1111-7: not before 48 hours) must end before the national deadline, or the file
    could never be sent on time.
    """
    where = clock.jurisdiction.value
    found = _period_problem(Field.CLOCK_PERIOD, clock.period, where)
    found += _period_problem(Field.CLOCK_OLD_RECORDS, clock.period_old_records, where)
    found += _range_problem(Field.CLOCK_RELEASE, clock.earliest_release_days, RELEASE_DAYS_RANGE, where)
    period = clock.period
    if (
        period is not None
        and period.unit is Unit.DAYS
        and clock.earliest_release_days >= period.amount
        and not found
    ):
        last = period.amount - 1
        found.append(SettingProblem(Field.CLOCK_RELEASE, Fault.RELEASE_NOT_BEFORE_DEADLINE, where, high=last))
    return found


def image_problems(role: ImageRole, image: LetterImage | None) -> list[SettingProblem]:
    """A logo or signature the letter layout can print: a PNG or JPEG image of reasonable size."""
    if image is None:
        return []
    field = Field.LOGO if role is ImageRole.LOGO else Field.SIGNATURE
    if len(image.data) > MAX_IMAGE_BYTES:
        return [SettingProblem(field, Fault.IMAGE_TOO_LARGE, high=MAX_IMAGE_BYTES)]
    # Pillow is loaded when an image is checked, not each time a setting is read at start-up.
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(image.data)) as opened:
            kind = opened.format
            opened.verify()
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        return [SettingProblem(field, Fault.IMAGE_UNREADABLE)]
    if kind not in ("PNG", "JPEG"):
        return [SettingProblem(field, Fault.IMAGE_UNREADABLE)]
    return []


def folder_problems(folder: Path | None) -> list[SettingProblem]:
    """A backup folder given in full, that exists or whose parent does (it is created on the first backup)."""
    if folder is None:
        return []
    if not folder.is_absolute():
        return [SettingProblem(Field.BACKUP_FOLDER, Fault.NOT_ABSOLUTE)]
    if folder.is_dir() or (not folder.exists() and folder.parent.is_dir()):
        return []
    return [SettingProblem(Field.BACKUP_FOLDER, Fault.NOT_A_FOLDER)]


def validate(settings: BusinessSettings) -> list[SettingProblem]:
    """Every problem in ``settings``; empty when they can be saved."""
    found = profile_problems(settings.profile)
    found += image_problems(ImageRole.LOGO, settings.logo)
    found += image_problems(ImageRole.SIGNATURE, settings.signature)
    found += centre_problems(settings.centres)
    for clock in settings.clocks:
        found += clock_problems(clock)
    limit = settings.info_request_limit_days
    found += _range_problem(Field.INFO_REQUEST_LIMIT, limit, INFO_REQUEST_LIMIT_RANGE)
    found += _range_problem(Field.AUTO_LOCK, settings.auto_lock_minutes, AUTO_LOCK_RANGE)
    found += folder_problems(settings.backup_folder)
    found += _range_problem(Field.BACKUP_KEEP, settings.backup_keep, BACKUP_KEEP_RANGE)
    found += _range_problem(Field.RETENTION_YEARS, settings.retention_years, RETENTION_YEARS_RANGE)
    for jurisdiction, years in settings.medical_file_years:
        found += _range_problem(Field.MEDICAL_FILE_YEARS, years, MEDICAL_FILE_RANGE, jurisdiction.value)
    return found


def read_letter_image(path: Path, role: ImageRole = ImageRole.LOGO) -> LetterImage:
    """The image file at ``path``, checked; :class:`SettingsError` when it cannot go on a letter."""
    role_field = Field.LOGO if role is ImageRole.LOGO else Field.SIGNATURE
    try:
        size = path.stat().st_size
        if size > MAX_IMAGE_BYTES:
            raise SettingsError([SettingProblem(role_field, Fault.IMAGE_TOO_LARGE, high=MAX_IMAGE_BYTES)])
        image = LetterImage(path.name, path.read_bytes())
    except OSError:
        raise SettingsError([SettingProblem(role_field, Fault.IMAGE_UNREADABLE)]) from None
    found = image_problems(role, image)
    if found:
        raise SettingsError(found)
    return image


# reading ----------------------------------------------------------------------------------------------------
def _stored_image(session: Session, role: ImageRole) -> LetterImage | None:
    row = session.scalars(
        select(DocumentRow)
        .where(DocumentRow.kind == role.value, DocumentRow.case_id.is_(None))
        .where(DocumentRow.content.is_not(None))
        .order_by(DocumentRow.id.desc())
        .limit(1)
    ).first()
    if row is None or row.content is None:
        return None
    return LetterImage(row.filename, row.content)


def _image_from_path(path: Path | None, role: ImageRole) -> LetterImage | None:
    """An image the profile names by path only (set before images were kept in the database)."""
    if path is None:
        return None
    try:
        return read_letter_image(path, role)
    except SettingsError:
        return None


@dataclass(frozen=True)
class LoadedSettings:
    """The settings as stored; ``unreadable`` names the stored values that could not be read (shown as
    defaults, and replaced on the next save)."""

    settings: BusinessSettings
    unreadable: tuple[str, ...] = ()


def _read_reporting(session: Session, spec: SettingSpec[T], unreadable: list[str]) -> T:
    """The value in force, or the default with ``spec``'s key added to ``unreadable``."""
    try:
        return store_settings.read(session, spec)
    except SettingValueError:
        unreadable.append(spec.key)
        return spec.default


def read_settings(session: Session) -> LoadedSettings:
    """Every business setting, in the caller's transaction."""
    unreadable: list[str] = []
    profile = _read_reporting(session, ORGANISATION_PROFILE, unreadable)
    centre_list = _read_reporting(session, CENTRES, unreadable)
    closure = _read_reporting(session, CLOSURE_DAYS, unreadable)
    clocks = _read_reporting(session, MEDICAL_RECORD_CLOCKS, unreadable)
    logo = _stored_image(session, ImageRole.LOGO) or _image_from_path(profile.logo_path, ImageRole.LOGO)
    signature = _stored_image(session, ImageRole.SIGNATURE) or _image_from_path(
        profile.signature_path, ImageRole.SIGNATURE
    )
    settings = BusinessSettings(
        profile=profile,
        centres=centre_list,
        closure_days=closure,
        clocks=tuple(clocks[j] for j in Jurisdiction if j in clocks),
        info_request_limit_days=store_settings.info_request_limit_days(session),
        auto_lock_minutes=store_settings.read_or_default(session, AUTO_LOCK_MINUTES),
        backup_folder=store_settings.read_or_default(session, BACKUP_FOLDER),
        backup_keep=store_settings.read_or_default(session, BACKUP_KEEP),
        retention_years=store_settings.read_or_default(session, CASE_RETENTION_YEARS),
        medical_file_years=tuple(store_settings.medical_file_years(session).items()),
        logo=logo,
        signature=signature,
    )
    return LoadedSettings(settings, tuple(unreadable))


# writing ----------------------------------------------------------------------------------------------------
def _private_write(path: Path, data: bytes) -> None:
    descriptor = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)


def image_file(folder: Path, role: ImageRole, image: LetterImage) -> Path:
    """Where the letter layout finds ``image``: named by content, so that a new image gets a new file."""
    return folder / f"{role.value}-{image.sha256[:16]}{image.extension}"


def _place_image(folder: Path, role: ImageRole, image: LetterImage) -> Path:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = image_file(folder, role, image)
    if not path.is_file() or path.read_bytes() != image.data:
        _private_write(path, image.data)
    return path


def _remove_stale_images(folder: Path, role: ImageRole, keep: Path | None) -> None:
    if not folder.is_dir():
        return
    for path in folder.glob(f"{role.value}-*"):
        if path != keep:
            path.unlink(missing_ok=True)


def _store_image(session: Session, role: ImageRole, image: LetterImage | None, now: datetime) -> bool:
    """Keep ``image`` as the one document of its role (None removes it); True when something changed."""
    rows = list(
        session.scalars(
            select(DocumentRow).where(DocumentRow.kind == role.value, DocumentRow.case_id.is_(None))
        )
    )
    wanted = image.sha256 if image is not None else ""
    if len(rows) == 1 and rows[0].content is not None and rows[0].sha256 == wanted:
        return False
    if image is None and not rows:
        return False
    for row in rows:
        session.delete(row)
    if image is not None:
        session.add(
            DocumentRow(
                case_id=None, kind=role.value, filename=image.name[:255], media_type=image.media_type,
                size=len(image.data), sha256=image.sha256, content=image.data,
                delete_after_verification=False, created_at=now,
            )
        )
    return True


def _write(session: Session, spec: SettingSpec[T], value: T) -> bool:
    """Store ``value`` when it differs from what is in force; True when it was written."""
    wanted = spec.serialise(value)
    current = store_settings.get_setting(session, spec)
    if current is None:
        current = spec.serialise(spec.default)
    if current == wanted:
        return False
    store_settings.set_setting(session, spec, wanted)
    return True


def _with_image_paths(
    profile: OrganisationProfile, paths: Mapping[ImageRole, Path | None]
) -> OrganisationProfile:
    return replace(profile, logo_path=paths[ImageRole.LOGO], signature_path=paths[ImageRole.SIGNATURE])


@dataclass(frozen=True)
class SaveReport:
    """What a save changed: the settings written (by key) and how many open cases got new dates."""

    changed: tuple[str, ...]
    deadlines_moved: int = 0

    @property
    def deadlines_recounted(self) -> bool:
        recounted = (CLOSURE_DAYS.key, MEDICAL_RECORD_CLOCKS.key)
        return any(key in self.changed for key in recounted)


class SettingsService(AtWorkplace):
    """Reading and saving the business settings, for one database, one clock and one person acting.

    ``image_folder`` is where the letter images are copied for the layout (by default in the data folder).
    """

    def __init__(self, place: Workplace, *, image_folder: Path | None = None) -> None:
        super().__init__(place)
        self.image_folder = image_folder if image_folder is not None else data_folder() / "letter-images"

    def load(self) -> LoadedSettings:
        with self.db.transaction() as session:
            return read_settings(session)

    def save(self, new: BusinessSettings, *, finish_first_run: bool = False) -> SaveReport:
        """Check and store every setting in one transaction, then recount the open cases' deadlines when the
        closure days or the national clocks changed (a failure of that recount leaves the settings saved; the
        next save or :meth:`recount_deadlines` finishes it).

        Raises :class:`SettingsError` with every problem when something is invalid; nothing is written then.
        """
        problems = validate(new)
        if problems:
            raise SettingsError(problems)
        paths = {
            role: _place_image(self.image_folder, role, image) if image is not None else None
            for role, image in ((ImageRole.LOGO, new.logo), (ImageRole.SIGNATURE, new.signature))
        }
        profile = _with_image_paths(new.profile, paths)
        changed: list[str] = []
        now = to_utc(self.clock.now())
        with self.db.transaction() as session:
            audit.act_as(session, self.actor, self.clock.now())
            written = [
                _write(session, ORGANISATION_PROFILE, profile) and ORGANISATION_PROFILE.key,
                _write(session, CENTRES, new.centres) and CENTRES.key,
                _write(session, CLOSURE_DAYS, new.closure_days) and CLOSURE_DAYS.key,
                _write(session, MEDICAL_RECORD_CLOCKS, {c.jurisdiction: c for c in new.clocks})
                and MEDICAL_RECORD_CLOCKS.key,
                _write(session, INFO_REQUEST_LIMIT_DAYS, new.info_request_limit_days) and INFO_REQUEST_LIMIT_DAYS.key,
                _write(session, AUTO_LOCK_MINUTES, new.auto_lock_minutes) and AUTO_LOCK_MINUTES.key,
                _write(session, BACKUP_FOLDER, new.backup_folder) and BACKUP_FOLDER.key,
                _write(session, BACKUP_KEEP, new.backup_keep) and BACKUP_KEEP.key,
                _write(session, CASE_RETENTION_YEARS, new.retention_years) and CASE_RETENTION_YEARS.key,
                _write(session, MEDICAL_FILE_YEARS, {j: new.kept_years(j) for j in Jurisdiction})
                and MEDICAL_FILE_YEARS.key,
            ]
            if finish_first_run:
                written.append(_write(session, FIRST_RUN_DONE, True) and FIRST_RUN_DONE.key)
            changed += [key for key in written if key]
            for role, image in ((ImageRole.LOGO, new.logo), (ImageRole.SIGNATURE, new.signature)):
                if _store_image(session, role, image, now):
                    changed.append(role.value)
        for role, path in paths.items():
            _remove_stale_images(self.image_folder, role, path)
        report = SaveReport(tuple(changed))
        if report.deadlines_recounted:
            report = replace(report, deadlines_moved=self.recount_deadlines())
        return report

    def recount_deadlines(self) -> int:
        """Recount every open case's dates with the settings in force; returns how many moved."""
        return CaseService(self.place).recompute_deadlines()

    def first_run_needed(self) -> bool:
        """The welcome is shown while the database holds no case and the welcome was never finished."""
        with self.db.transaction() as session:
            done = store_settings.read_or_default(session, FIRST_RUN_DONE)
            cases = int(session.scalar(select(func.count()).select_from(CaseRow)) or 0)
        return not done and cases == 0

    def mark_first_run_done(self) -> None:
        with self.db.transaction() as session:
            audit.act_as(session, self.actor, self.clock.now())
            _write(session, FIRST_RUN_DONE, True)

    def ensure_letter_images(self) -> bool:
        """Write the stored logo and signature where the profile expects them, after a restore on another
        workstation for instance; True when the profile had to point to new copies."""
        with self.db.transaction() as session:
            loaded = read_settings(session).settings
            profile = loaded.profile
            wanted = {
                role: _place_image(self.image_folder, role, image) if image is not None else None
                for role, image in ((ImageRole.LOGO, loaded.logo), (ImageRole.SIGNATURE, loaded.signature))
            }
            updated = _with_image_paths(profile, wanted)
            if updated == profile:
                return False
            audit.act_as(session, self.actor, self.clock.now())
            store_settings.set_organisation_profile(session, updated)
            return True


# for the modules that read one setting ----------------------------------------------------------------------
def backup_folder(db: Database) -> Path:
    """Where the start-of-day backups go: the folder the DPO chose, or the default one."""
    with db.transaction() as session:
        chosen = store_settings.read_or_default(session, BACKUP_FOLDER)
    return chosen if chosen is not None else default_backup_folder()


def centres(db: Database) -> tuple[Centre, ...]:
    """The centres as the DPO lists them."""
    with db.transaction() as session:
        return store_settings.read_or_default(session, CENTRES)


def default_window_position(side: WindowSide) -> tuple[float, float]:
    """The envelope window's default distance from the left and from the top for a window side (docs/rules.md)."""
    return WINDOW_LEFT_MM[side], WINDOW_TOP_MM
