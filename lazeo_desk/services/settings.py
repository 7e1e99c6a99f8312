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

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lazeo_desk.domain.case import Jurisdiction, Language
from lazeo_desk.domain.clock import Clock
from lazeo_desk.domain.deadlines import DEFAULT_MEDICAL_RECORD_CLOCKS, MedicalRecordClock, Period, Unit
from lazeo_desk.domain.organisation import (
    DEFAULT_PROFILE,
    WINDOW_LEFT_MM,
    WINDOW_TOP_MM,
    OrganisationProfile,
    ProfileError,
    WindowSide,
)
from lazeo_desk.domain.retention import DEFAULT_MEDICAL_FILE_YEARS, MEDICAL_FILE_YEARS_RANGE
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.lock_settings import AUTO_LOCK_MINUTES as AUTO_LOCK_MINUTES
from lazeo_desk.services.lock_settings import AUTO_LOCK_RANGE as AUTO_LOCK_RANGE
from lazeo_desk.services.lock_settings import DEFAULT_AUTO_LOCK_MINUTES as DEFAULT_AUTO_LOCK_MINUTES
from lazeo_desk.services.lock_settings import auto_lock_minutes as auto_lock_minutes
from lazeo_desk.services.maintenance import BACKUP_KEEP, DEFAULT_BACKUP_KEEP
from lazeo_desk.services.purge import (
    CASE_RETENTION_YEARS,
    DEFAULT_CASE_RETENTION_YEARS,
    MAX_CASE_RETENTION_YEARS,
)
from lazeo_desk.store import audit
from lazeo_desk.store import settings as store_settings
from lazeo_desk.store.backup import default_backup_folder
from lazeo_desk.store.cases import to_utc
from lazeo_desk.store.database import Database
from lazeo_desk.store.documents import sha256_hex
from lazeo_desk.store.location import data_folder
from lazeo_desk.store.models import CaseRow, DocumentRow

# Keys of the settings this module adds to those of store/settings.py, maintenance.py and purge.py.
CENTRES = "centres"
BACKUP_FOLDER = "backup_folder"
FIRST_RUN_DONE = "first_run_done"

DEFAULT_INFO_REQUEST_LIMIT_DAYS = 7

# Accepted ranges (inclusive); the auto-lock's is in lock_settings.py.
BACKUP_KEEP_RANGE = (1, 365)
RETENTION_YEARS_RANGE = (1, MAX_CASE_RETENTION_YEARS)
MEDICAL_FILE_RANGE = MEDICAL_FILE_YEARS_RANGE
# EDPB Guidelines 01/2022 §159: the pause is accepted only when the controller asked "without undue delay"; a
# limit beyond a month would swallow the GDPR month itself.
INFO_REQUEST_LIMIT_RANGE = (1, 30)
# The address block must fall in the envelope window: within the width of an A4 sheet, and within its upper
# third once folded in three for a DL envelope (99 mm).
WINDOW_LEFT_RANGE = (0.0, 150.0)
WINDOW_TOP_RANGE = (0.0, 99.0)
CLOCK_DAYS_RANGE = (1, 365)
CLOCK_MONTHS_RANGE = (1, 12)
RELEASE_DAYS_RANGE = (0, 30)
# NF Z10-011 (DOMAIN.md, Letters): at most six lines of 38 characters in a window envelope.
ADDRESS_MAX_LINES = 6
ADDRESS_MAX_CHARACTERS = 38
MAX_IMAGE_BYTES = 2 * 1024 * 1024

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
class Centre:
    """A centre: its name as cases give it, its country (holidays, patient law, authority), its address."""

    name: str
    jurisdiction: Jurisdiction
    address: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, object]:
        return {"name": self.name, "jurisdiction": self.jurisdiction.value, "address": list(self.address)}

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Centre:
        name = data.get("name")
        address = data.get("address", [])
        if not isinstance(name, str):
            raise ValueError("a centre needs a name")
        if not isinstance(address, list) or not all(isinstance(line, str) for line in address):
            raise ValueError(f"centre {name}: the address must be a list of lines")
        return cls(name, Jurisdiction.parse(str(data.get("jurisdiction", ""))), tuple(address))


# The centres the intake recognises by name (domain/request_text.py); the DPO completes their addresses.
DEFAULT_CENTRES: tuple[Centre, ...] = (
    Centre("Antwerpen", Jurisdiction.BE),
    Centre("Brugge", Jurisdiction.BE),
    Centre("Brussel", Jurisdiction.BE),
    Centre("Gent", Jurisdiction.BE),
    Centre("Liège", Jurisdiction.BE),
    Centre("Bordeaux", Jurisdiction.FR),
    Centre("Lille", Jurisdiction.FR),
    Centre("Lyon", Jurisdiction.FR),
    Centre("Marseille", Jurisdiction.FR),
    Centre("Nice", Jurisdiction.FR),
    Centre("Paris 16e", Jurisdiction.FR),
    Centre("Esch-sur-Alzette", Jurisdiction.LU),
    Centre("Luxembourg", Jurisdiction.LU),
)


@dataclass(frozen=True)
class BusinessSettings:
    """Every business setting the settings dialog edits.

    ``clocks`` holds one national medical-record clock per jurisdiction; ``backup_folder`` None means the
    default folder; ``logo``/``signature`` None means none (the profile's image paths follow them on save).
    """

    profile: OrganisationProfile = DEFAULT_PROFILE
    centres: tuple[Centre, ...] = DEFAULT_CENTRES
    closure_days: frozenset[date] = frozenset()
    clocks: tuple[MedicalRecordClock, ...] = tuple(DEFAULT_MEDICAL_RECORD_CLOCKS.values())
    info_request_limit_days: int = DEFAULT_INFO_REQUEST_LIMIT_DAYS
    auto_lock_minutes: int = DEFAULT_AUTO_LOCK_MINUTES
    backup_folder: Path | None = None
    backup_keep: int = DEFAULT_BACKUP_KEEP
    retention_years: int = DEFAULT_CASE_RETENTION_YEARS
    # Years a medical file is kept after the last contact, by country: (FR, 20), (BE, 30), (LU, 10).
    medical_file_years: tuple[tuple[Jurisdiction, int], ...] = tuple(DEFAULT_MEDICAL_FILE_YEARS.items())
    logo: LetterImage | None = None
    signature: LetterImage | None = None

    def clock(self, jurisdiction: Jurisdiction) -> MedicalRecordClock:
        for clock in self.clocks:
            if clock.jurisdiction is jurisdiction:
                return clock
        return DEFAULT_MEDICAL_RECORD_CLOCKS[jurisdiction]

    def with_clock(self, clock: MedicalRecordClock) -> BusinessSettings:
        others = tuple(c for c in self.clocks if c.jurisdiction is not clock.jurisdiction)
        ordered = sorted((*others, clock), key=lambda c: list(Jurisdiction).index(c.jurisdiction))
        return replace(self, clocks=tuple(ordered))

    def image(self, role: ImageRole) -> LetterImage | None:
        return self.logo if role is ImageRole.LOGO else self.signature

    def kept_years(self, jurisdiction: Jurisdiction) -> int:
        """Years a medical file is kept in ``jurisdiction`` (DOMAIN.md, Retention)."""
        return dict(self.medical_file_years).get(jurisdiction, DEFAULT_MEDICAL_FILE_YEARS[jurisdiction])

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
    INFO_REQUEST_LIMIT = "info_request_limit_days"
    AUTO_LOCK = "auto_lock_minutes"
    BACKUP_FOLDER = "backup_folder"
    BACKUP_KEEP = "backup_keep"
    RETENTION_YEARS = "retention_years"
    MEDICAL_FILE_YEARS = "medical_file_years"


class Rule(enum.StrEnum):
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
    Rule.REQUIRED: "is required",
    Rule.EMAIL: "is not an e-mail address",
    Rule.RANGE: "must be between {low} and {high}",
    Rule.ADDRESS_LINES: "has more than {high} lines",
    Rule.ADDRESS_LINE_LENGTH: "has a line longer than {high} characters",
    Rule.DUPLICATE: "is already used by another centre",
    Rule.NOT_ABSOLUTE: "must be a full path",
    Rule.NOT_A_FOLDER: "is not a folder that exists or can be created",
    Rule.IMAGE_UNREADABLE: "is not a PNG or JPEG image that can be read",
    Rule.IMAGE_TOO_LARGE: "is larger than {high} bytes",
    Rule.RELEASE_NOT_BEFORE_DEADLINE: "must end before the national deadline",
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
    rule: Rule
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
    return [SettingProblem(field, Rule.RANGE, where, bounds[0], bounds[1])]


def address_problems(field: Field, lines: Iterable[str], where: str = "") -> list[SettingProblem]:
    """A postal address printed in a window envelope: at most six lines of 38 characters (NF Z10-011)."""
    kept = [line for line in lines if line.strip()]
    found: list[SettingProblem] = []
    if len(kept) > ADDRESS_MAX_LINES:
        found.append(SettingProblem(field, Rule.ADDRESS_LINES, where, high=ADDRESS_MAX_LINES))
    if any(len(line.strip()) > ADDRESS_MAX_CHARACTERS for line in kept):
        found.append(SettingProblem(field, Rule.ADDRESS_LINE_LENGTH, where, high=ADDRESS_MAX_CHARACTERS))
    return found


def profile_problems(profile: OrganisationProfile) -> list[SettingProblem]:
    """What every letter needs from the profile: who writes, how to reach the DPO, where the letter is from.

    GDPR Art 13(1)(a)-(b) and 37(7): the controller's identity and the DPO's contact details are published;
    the letters sign with the DPO's name and title (DOMAIN.md, Letters).
    """
    found: list[SettingProblem] = []
    for field, value in (
        (Field.CONTROLLER_NAME, profile.controller_name),
        (Field.DPO_NAME, profile.dpo_name),
    ):
        if not value.strip():
            found.append(SettingProblem(field, Rule.REQUIRED))
    if not any(line.strip() for line in profile.seat_address):
        found.append(SettingProblem(Field.SEAT_ADDRESS, Rule.REQUIRED))
    found += address_problems(Field.SEAT_ADDRESS, profile.seat_address)
    if not any(line.strip() for line in profile.dpo_address):
        found.append(SettingProblem(Field.DPO_ADDRESS, Rule.REQUIRED))
    found += address_problems(Field.DPO_ADDRESS, profile.dpo_address)
    email = profile.dpo_email.strip()
    if not email:
        found.append(SettingProblem(Field.DPO_EMAIL, Rule.REQUIRED))
    elif not _EMAIL.match(email):
        found.append(SettingProblem(Field.DPO_EMAIL, Rule.EMAIL))
    for language in Language:
        if not profile.dpo_title.get(language).strip():
            found.append(SettingProblem(Field.DPO_TITLE, Rule.REQUIRED, language.value))
        if not profile.letter_place.get(language).strip():
            found.append(SettingProblem(Field.LETTER_PLACE, Rule.REQUIRED, language.value))
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
            found.append(SettingProblem(Field.CENTRE_NAME, Rule.REQUIRED, where))
        elif key in seen:
            found.append(SettingProblem(Field.CENTRE_NAME, Rule.DUPLICATE, where))
        seen.add(key)
        found += address_problems(Field.CENTRE_ADDRESS, centre.address, where)
    return found


def _period_problem(field: Field, period: Period | None, where: str) -> list[SettingProblem]:
    if period is None:
        return []
    bounds = CLOCK_DAYS_RANGE if period.unit is Unit.DAYS else CLOCK_MONTHS_RANGE
    return _range_problem(field, period.amount, bounds, where)


def clock_problems(clock: MedicalRecordClock) -> list[SettingProblem]:
    """A national medical-record clock the deadline engine can count (DOMAIN.md, national clocks).

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
        found.append(SettingProblem(Field.CLOCK_RELEASE, Rule.RELEASE_NOT_BEFORE_DEADLINE, where, high=last))
    return found


def image_problems(role: ImageRole, image: LetterImage | None) -> list[SettingProblem]:
    """A logo or signature the letter layout can print: a PNG or JPEG image of reasonable size."""
    if image is None:
        return []
    field = Field.LOGO if role is ImageRole.LOGO else Field.SIGNATURE
    if len(image.data) > MAX_IMAGE_BYTES:
        return [SettingProblem(field, Rule.IMAGE_TOO_LARGE, high=MAX_IMAGE_BYTES)]
    # Pillow is loaded when an image is checked, not each time a setting is read at start-up.
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(image.data)) as opened:
            kind = opened.format
            opened.verify()
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        return [SettingProblem(field, Rule.IMAGE_UNREADABLE)]
    if kind not in ("PNG", "JPEG"):
        return [SettingProblem(field, Rule.IMAGE_UNREADABLE)]
    return []


def folder_problems(folder: Path | None) -> list[SettingProblem]:
    """A backup folder given in full, that exists or whose parent does (it is created on the first backup)."""
    if folder is None:
        return []
    if not folder.is_absolute():
        return [SettingProblem(Field.BACKUP_FOLDER, Rule.NOT_ABSOLUTE)]
    if folder.is_dir() or (not folder.exists() and folder.parent.is_dir()):
        return []
    return [SettingProblem(Field.BACKUP_FOLDER, Rule.NOT_A_FOLDER)]


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
            raise SettingsError([SettingProblem(role_field, Rule.IMAGE_TOO_LARGE, high=MAX_IMAGE_BYTES)])
        image = LetterImage(path.name, path.read_bytes())
    except OSError:
        raise SettingsError([SettingProblem(role_field, Rule.IMAGE_UNREADABLE)]) from None
    found = image_problems(role, image)
    if found:
        raise SettingsError(found)
    return image


# reading ----------------------------------------------------------------------------------------------------
def _whole_number(value: object, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def _stored_centres(session: Session) -> tuple[Centre, ...]:
    raw = store_settings.get_setting(session, CENTRES)
    if raw is None:
        return DEFAULT_CENTRES
    if not isinstance(raw, list):
        raise ValueError("centres: expected a list")
    return tuple(Centre.from_dict(item) for item in raw if isinstance(item, dict))


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


def read_settings(session: Session) -> LoadedSettings:
    """Every business setting, in the caller's transaction."""
    unreadable: list[str] = []
    profile = DEFAULT_PROFILE
    centre_list = DEFAULT_CENTRES
    closure: frozenset[date] = frozenset()
    clocks: Mapping[Jurisdiction, MedicalRecordClock] = DEFAULT_MEDICAL_RECORD_CLOCKS
    try:
        profile = store_settings.organisation_profile(session)
    except ProfileError:
        unreadable.append(store_settings.ORGANISATION_PROFILE)
    try:
        centre_list = _stored_centres(session)
    except ValueError:
        unreadable.append(CENTRES)
    try:
        closure = store_settings.closure_days(session)
    except ValueError:
        unreadable.append(store_settings.CLOSURE_DAYS)
    try:
        clocks = store_settings.medical_record_clocks(session)
    except ValueError:
        unreadable.append(store_settings.MEDICAL_RECORD_CLOCKS)
    folder = store_settings.get_setting(session, BACKUP_FOLDER)
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
        auto_lock_minutes=_whole_number(
            store_settings.get_setting(session, AUTO_LOCK_MINUTES), DEFAULT_AUTO_LOCK_MINUTES
        ),
        backup_folder=Path(folder) if isinstance(folder, str) and folder else None,
        backup_keep=_whole_number(store_settings.get_setting(session, BACKUP_KEEP), DEFAULT_BACKUP_KEEP),
        retention_years=_whole_number(
            store_settings.get_setting(session, CASE_RETENTION_YEARS), DEFAULT_CASE_RETENTION_YEARS
        ),
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


def _write(session: Session, key: str, value: object, default: object) -> bool:
    """Store ``value`` under ``key`` when it differs from what is in force; True when it was written."""
    current = store_settings.get_setting(session, key)
    if current is None:
        current = default
    if current == value:
        return False
    store_settings.set_setting(session, key, value)
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
        recounted = (store_settings.CLOSURE_DAYS, store_settings.MEDICAL_RECORD_CLOCKS)
        return any(key in self.changed for key in recounted)


class SettingsService:
    """Reading and saving the business settings, for one database, one clock and one person acting.

    ``image_folder`` is where the letter images are copied for the layout (by default in the data folder).
    """

    def __init__(
        self, db: Database, clock: Clock, actor: str = "DPO", *, image_folder: Path | None = None
    ) -> None:
        self.db = db
        self.clock = clock
        self.actor = actor
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
            writes: list[tuple[str, object, object]] = [
                (store_settings.ORGANISATION_PROFILE, profile.to_dict(), DEFAULT_PROFILE.to_dict()),
                (CENTRES, [c.to_dict() for c in new.centres], [c.to_dict() for c in DEFAULT_CENTRES]),
                (store_settings.CLOSURE_DAYS, sorted(d.isoformat() for d in new.closure_days), []),
                (
                    store_settings.MEDICAL_RECORD_CLOCKS,
                    # In the order store/settings.py keeps them, so that an unchanged list compares equal.
                    [new.clock(j).to_dict() for j in DEFAULT_MEDICAL_RECORD_CLOCKS],
                    [clock.to_dict() for clock in DEFAULT_MEDICAL_RECORD_CLOCKS.values()],
                ),
                (
                    store_settings.INFO_REQUEST_LIMIT_DAYS,
                    new.info_request_limit_days,
                    DEFAULT_INFO_REQUEST_LIMIT_DAYS,
                ),
                (AUTO_LOCK_MINUTES, new.auto_lock_minutes, DEFAULT_AUTO_LOCK_MINUTES),
                (BACKUP_FOLDER, str(new.backup_folder) if new.backup_folder is not None else "", ""),
                (BACKUP_KEEP, new.backup_keep, DEFAULT_BACKUP_KEEP),
                (CASE_RETENTION_YEARS, new.retention_years, DEFAULT_CASE_RETENTION_YEARS),
                (
                    store_settings.MEDICAL_FILE_YEARS,
                    {j.value: new.kept_years(j) for j in Jurisdiction},
                    {j.value: years for j, years in DEFAULT_MEDICAL_FILE_YEARS.items()},
                ),
            ]
            if finish_first_run:
                writes.append((FIRST_RUN_DONE, True, False))
            changed += [key for key, value, default in writes if _write(session, key, value, default)]
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
        return CaseService(self.db, self.clock, self.actor).recompute_deadlines()

    def first_run_needed(self) -> bool:
        """The welcome is shown while the database holds no case and the welcome was never finished."""
        with self.db.transaction() as session:
            done = store_settings.get_setting(session, FIRST_RUN_DONE)
            cases = int(session.scalar(select(func.count()).select_from(CaseRow)) or 0)
        return done is not True and cases == 0

    def mark_first_run_done(self) -> None:
        with self.db.transaction() as session:
            audit.act_as(session, self.actor, self.clock.now())
            _write(session, FIRST_RUN_DONE, True, False)

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
        value = store_settings.get_setting(session, BACKUP_FOLDER)
    return Path(value) if isinstance(value, str) and value else default_backup_folder()


def centres(db: Database) -> tuple[Centre, ...]:
    """The centres as the DPO lists them."""
    with db.transaction() as session:
        try:
            return _stored_centres(session)
        except ValueError:
            return DEFAULT_CENTRES


def default_window_position(side: WindowSide) -> tuple[float, float]:
    """The envelope window's default distance from the left and from the top for a window side (DOMAIN.md)."""
    return WINDOW_LEFT_MM[side], WINDOW_TOP_MM
