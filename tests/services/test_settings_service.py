"""The business settings as one whole: defaults from the policy, checked before saving, one transaction, and
the open cases' deadlines recounted when the days or the national clocks change."""

from __future__ import annotations

import io
import json
import stat
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image
from sqlalchemy import select

from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.deadlines import DEFAULT_MEDICAL_RECORD_CLOCKS, MedicalRecordClock, Period, Unit
from lazeo_desk.domain.organisation import DEFAULT_PROFILE, LocalText, WindowSide
from lazeo_desk.domain.rights import Right
from lazeo_desk.services import maintenance
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.purge import PurgeService
from lazeo_desk.services.settings import (
    ADDRESS_MAX_CHARACTERS,
    ADDRESS_MAX_LINES,
    AUTO_LOCK_RANGE,
    CENTRES,
    DEFAULT_CENTRES,
    MAX_IMAGE_BYTES,
    BusinessSettings,
    Centre,
    Fault,
    Field,
    ImageRole,
    LetterImage,
    SettingProblem,
    SettingsError,
    SettingsService,
    address_problems,
    auto_lock_minutes,
    backup_folder,
    centre_problems,
    centres,
    read_letter_image,
    validate,
)
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store import settings as store_settings
from lazeo_desk.store.audit import verify_chain
from lazeo_desk.store.backup import default_backup_folder
from lazeo_desk.store.database import Database
from lazeo_desk.store.models import AuditRow, DocumentRow


def png(colour: tuple[int, int, int] = (11, 79, 138), size: tuple[int, int] = (240, 80)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture
def settings_service(db: Database, clock: FixedClock, tmp_path: Path) -> SettingsService:
    return SettingsService(Workplace(db, clock, "Brigitte Perez"), image_folder=tmp_path / "letter-images")


def _rules(problems: Iterable[SettingProblem]) -> set[tuple[Field, Fault]]:
    return {(p.field, p.rule) for p in problems}


def _setting_entries(db: Database) -> list[AuditRow]:
    with db.transaction() as session:
        return list(session.scalars(select(AuditRow).where(AuditRow.action == "setting-changed")))


# reading ----------------------------------------------------------------------------------------------------
def test_an_untouched_database_has_the_policy_defaults(settings_service: SettingsService) -> None:
    loaded = settings_service.load()
    settings = loaded.settings
    assert loaded.unreadable == ()
    assert settings.profile.controller_name == "BS GROUPE"
    assert settings.profile.registration == "RCS Paris 879 986 214"
    assert settings.profile.dpo_name == "Brigitte PEREZ"
    assert settings.profile.dpo_email == "dpo@lazeo.com"
    assert settings.profile.window_position_mm() == (110.0, 55.0)
    assert settings.clock(Jurisdiction.FR).period == Period(8, Unit.DAYS)
    assert settings.clock(Jurisdiction.BE).period == Period(15, Unit.DAYS)
    assert settings.clock(Jurisdiction.LU).period is None
    assert settings.info_request_limit_days == 7
    assert settings.auto_lock_minutes == 10
    assert settings.backup_keep == 7
    assert settings.retention_years == 5
    assert settings.closure_days == frozenset()
    assert settings.centres == DEFAULT_CENTRES
    assert validate(settings) == []


def test_saving_the_settings_as_loaded_writes_nothing(
    settings_service: SettingsService, db: Database
) -> None:
    report = settings_service.save(settings_service.load().settings)
    assert report.changed == ()
    assert report.deadlines_moved == 0
    assert _setting_entries(db) == []


def test_every_setting_saved_is_read_back(
    settings_service: SettingsService, db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    settings = settings_service.load().settings
    changed = replace(
        settings,
        profile=replace(
            settings.profile,
            dpo_name="Anaïs O'Brien-<Zoë>",
            dpo_email="privacy@lazeo.example",
            dpo_title=LocalText(nl="DPO", fr="DPD", en="DPO"),
            letter_place=LocalText(nl="Brussel", fr="Bruxelles", en="Brussels"),
            seat_address=("1 rue de Test", "75001 Paris"),
            window_side=WindowSide.LEFT,
            window_top_mm=48.5,
        ),
        centres=(Centre("Gent", Jurisdiction.BE, ("Kouter 1", "9000 Gent")), Centre("Lyon", Jurisdiction.FR)),
        closure_days=frozenset({date(2026, 12, 24), date(2026, 12, 31)}),
        clocks=settings.with_clock(
            MedicalRecordClock(Jurisdiction.LU, Period(30, Unit.DAYS), None, 0, "a future Luxembourg law")
        ).clocks,
        info_request_limit_days=10,
        auto_lock_minutes=5,
        backup_folder=tmp_path / "backups",
        backup_keep=14,
        retention_years=6,
    )
    settings_service.save(changed)
    again = SettingsService(Workplace(db, clock), image_folder=tmp_path / "letter-images").load().settings
    assert again == changed


def test_the_other_modules_read_what_the_settings_saved(
    settings_service: SettingsService, db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    settings = settings_service.load().settings
    assert auto_lock_minutes(db) == 10
    assert backup_folder(db) == default_backup_folder()
    settings_service.save(replace(
        settings, auto_lock_minutes=3, backup_folder=tmp_path / "usb", backup_keep=30, retention_years=8,
        centres=(Centre("Nice", Jurisdiction.FR),), closure_days=frozenset({date(2026, 8, 14)}),
        info_request_limit_days=5,
    ))
    assert auto_lock_minutes(db) == 3
    assert backup_folder(db) == tmp_path / "usb"
    assert maintenance.backup_keep(db) == 30
    assert PurgeService(Workplace(db, clock)).retention_years() == 8
    assert centres(db) == (Centre("Nice", Jurisdiction.FR),)
    rules = CaseService(Workplace(db, clock)).rules()
    assert rules.closure_days == frozenset({date(2026, 8, 14)})
    assert rules.info_request_limit_days == 5


def test_a_stored_value_that_cannot_be_read_shows_the_default_and_is_named(
    settings_service: SettingsService, db: Database
) -> None:
    with db.transaction() as session:
        store_settings.set_setting(session, CENTRES, [{"name": "Gent", "jurisdiction": "XX"}])
        store_settings.set_setting(session, store_settings.ORGANISATION_PROFILE, {"dpo_name": 42})
    loaded = settings_service.load()
    assert set(loaded.unreadable) == {CENTRES.key, store_settings.ORGANISATION_PROFILE.key}
    assert loaded.settings.centres == DEFAULT_CENTRES
    assert loaded.settings.profile == DEFAULT_PROFILE
    settings_service.save(loaded.settings)
    assert settings_service.load().unreadable == ()


# checking ---------------------------------------------------------------------------------------------------
def _with_profile(**changes: object) -> BusinessSettings:
    return BusinessSettings(profile=replace(DEFAULT_PROFILE, **changes))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("settings", "expected"),
    [
        (_with_profile(dpo_name="  "), (Field.DPO_NAME, Fault.REQUIRED)),
        (_with_profile(controller_name=""), (Field.CONTROLLER_NAME, Fault.REQUIRED)),
        (_with_profile(dpo_email=""), (Field.DPO_EMAIL, Fault.REQUIRED)),
        (_with_profile(dpo_email="dpo at lazeo.com"), (Field.DPO_EMAIL, Fault.EMAIL)),
        (_with_profile(dpo_email="dpo@lazeo"), (Field.DPO_EMAIL, Fault.EMAIL)),
        (_with_profile(seat_address=()), (Field.SEAT_ADDRESS, Fault.REQUIRED)),
        (_with_profile(dpo_address=("x",) * 7), (Field.DPO_ADDRESS, Fault.ADDRESS_LINES)),
        (_with_profile(dpo_address=("x" * 39,)), (Field.DPO_ADDRESS, Fault.ADDRESS_LINE_LENGTH)),
        (
            _with_profile(letter_place=LocalText(nl="Parijs", fr="", en="Paris")),
            (Field.LETTER_PLACE, Fault.REQUIRED),
        ),
        (_with_profile(dpo_title=LocalText(nl="", fr="DPD", en="DPO")), (Field.DPO_TITLE, Fault.REQUIRED)),
        (_with_profile(window_left_mm=180.0), (Field.WINDOW_LEFT, Fault.RANGE)),
        (_with_profile(window_top_mm=150.0), (Field.WINDOW_TOP, Fault.RANGE)),
        (BusinessSettings(auto_lock_minutes=0), (Field.AUTO_LOCK, Fault.RANGE)),
        (BusinessSettings(backup_keep=0), (Field.BACKUP_KEEP, Fault.RANGE)),
        (BusinessSettings(retention_years=0), (Field.RETENTION_YEARS, Fault.RANGE)),
        (BusinessSettings(info_request_limit_days=45), (Field.INFO_REQUEST_LIMIT, Fault.RANGE)),
        (BusinessSettings(backup_folder=Path("relative/folder")), (Field.BACKUP_FOLDER, Fault.NOT_ABSOLUTE)),
        (BusinessSettings(centres=(Centre(" ", Jurisdiction.BE),)), (Field.CENTRE_NAME, Fault.REQUIRED)),
        (
            BusinessSettings(centres=(Centre("Gent", Jurisdiction.BE), Centre("GENT ", Jurisdiction.BE))),
            (Field.CENTRE_NAME, Fault.DUPLICATE),
        ),
        (
            BusinessSettings().with_clock(
                MedicalRecordClock(Jurisdiction.FR, Period(13, Unit.MONTHS), None, 0, "")
            ),
            (Field.CLOCK_PERIOD, Fault.RANGE),
        ),
        (
            BusinessSettings().with_clock(
                MedicalRecordClock(Jurisdiction.FR, Period(2, Unit.DAYS), None, 2, "")
            ),
            (Field.CLOCK_RELEASE, Fault.RELEASE_NOT_BEFORE_DEADLINE),
        ),
        (
            BusinessSettings(logo=LetterImage("logo.png", b"not an image")),
            (Field.LOGO, Fault.IMAGE_UNREADABLE),
        ),
        (
            BusinessSettings(signature=LetterImage("s.png", b"\x89PNG" + b"0" * MAX_IMAGE_BYTES)),
            (Field.SIGNATURE, Fault.IMAGE_TOO_LARGE),
        ),
    ],
)
def test_an_invalid_setting_is_named_with_its_rule(
    settings: BusinessSettings, expected: tuple[Field, Fault]
) -> None:
    assert expected in _rules(validate(settings))


def test_a_backup_folder_whose_parent_is_missing_is_refused(tmp_path: Path) -> None:
    problems = validate(BusinessSettings(backup_folder=tmp_path / "missing" / "backups"))
    assert _rules(problems) == {(Field.BACKUP_FOLDER, Fault.NOT_A_FOLDER)}
    assert validate(BusinessSettings(backup_folder=tmp_path / "backups")) == []


def test_invalid_settings_save_nothing_and_every_problem_is_named(
    settings_service: SettingsService, db: Database
) -> None:
    settings = settings_service.load().settings
    wrong = replace(
        settings,
        profile=replace(settings.profile, dpo_email="nope"),
        auto_lock_minutes=0,
        closure_days=frozenset({date(2026, 3, 20)}),
    )
    with pytest.raises(SettingsError) as raised:
        settings_service.save(wrong)
    assert _rules(list(raised.value.problems)) == {
        (Field.DPO_EMAIL, Fault.EMAIL), (Field.AUTO_LOCK, Fault.RANGE),
    }
    assert "dpo_email: is not an e-mail address" in str(raised.value)
    assert settings_service.load().settings == settings
    assert _setting_entries(db) == []


@given(st.lists(st.text(alphabet="abcAB ", max_size=4), max_size=8))
def test_each_centre_name_is_required_and_used_once(names: list[str]) -> None:
    problems = centre_problems(Centre(name, Jurisdiction.FR) for name in names)
    keys = [name.strip().casefold() for name in names]
    assert sum(p.rule is Fault.REQUIRED for p in problems) == sum(not key for key in keys)
    named = [key for key in keys if key]
    assert sum(p.rule is Fault.DUPLICATE for p in problems) == len(named) - len(set(named))


@given(st.lists(st.text(alphabet="ab ", min_size=1, max_size=45), max_size=9))
def test_an_address_fits_six_lines_of_thirty_eight_characters(lines: list[str]) -> None:
    kept = [line.strip() for line in lines if line.strip()]
    fits = len(kept) <= ADDRESS_MAX_LINES and all(len(line) <= ADDRESS_MAX_CHARACTERS for line in kept)
    assert (address_problems(Field.SEAT_ADDRESS, lines) == []) == fits


@given(st.integers(min_value=-1000, max_value=1000))
def test_the_lock_delay_is_accepted_only_within_its_range(minutes: int) -> None:
    accepted = AUTO_LOCK_RANGE[0] <= minutes <= AUTO_LOCK_RANGE[1]
    problems = _rules(validate(BusinessSettings(auto_lock_minutes=minutes)))
    assert ((Field.AUTO_LOCK, Fault.RANGE) not in problems) == accepted


# deadlines --------------------------------------------------------------------------------------------------
def _medical_record_case(received: date) -> Case:
    return Case(
        jurisdiction=Jurisdiction.BE, language=Language.NL, channel=Channel.EMAIL, received=received,
        rights=(Right.ACCESS, Right.MEDICAL_RECORD),
        subject=DataSubject(name="Ëlodie Vercammen", centre="Gent"),
    )


def test_a_closure_day_on_a_due_date_moves_it_to_the_next_working_day(
    settings_service: SettingsService, service: CaseService
) -> None:
    # Received Thursday 5 March 2026 in Gent: Belgian patient law, 15 days, Friday 20 March (SCENARIOS.md 1).
    reference = service.open_case(_medical_record_case(date(2026, 3, 5)))
    other = service.open_case(_medical_record_case(date(2026, 3, 2)))
    assert service.load(reference).deadline.due == date(2026, 3, 20)
    settings = settings_service.load().settings
    report = settings_service.save(replace(settings, closure_days=frozenset({date(2026, 3, 20)})))
    assert report.deadlines_recounted
    assert report.deadlines_moved == 1
    assert service.load(reference).deadline.due == date(2026, 3, 23)
    assert service.load(other).deadline.due == date(2026, 3, 17)


def test_a_shorter_national_clock_recounts_the_open_cases(
    settings_service: SettingsService, service: CaseService
) -> None:
    reference = service.open_case(_medical_record_case(date(2026, 3, 5)))
    settings = settings_service.load().settings
    belgian = replace(settings.clock(Jurisdiction.BE), period=Period(10, Unit.DAYS))
    report = settings_service.save(settings.with_clock(belgian))
    assert report.deadlines_moved == 1
    assert service.load(reference).deadline.due == date(2026, 3, 16)  # 15 March is a Sunday


def test_settings_that_do_not_count_in_deadlines_recount_nothing(
    settings_service: SettingsService, service: CaseService
) -> None:
    service.open_case(_medical_record_case(date(2026, 3, 5)))
    report = settings_service.save(replace(settings_service.load().settings, auto_lock_minutes=20))
    assert report.changed == ("auto_lock_minutes",)
    assert not report.deadlines_recounted


# audit ------------------------------------------------------------------------------------------------------
def test_each_changed_setting_is_in_the_audit_trail_with_who_changed_it(
    settings_service: SettingsService, db: Database
) -> None:
    settings = settings_service.load().settings
    renamed = replace(settings.profile, dpo_name="B. Perez")
    settings_service.save(replace(settings, backup_keep=12, profile=renamed))
    entries = _setting_entries(db)
    assert {json.loads(e.detail)["setting"] for e in entries} == {"backup_keep", "organisation_profile"}
    assert {e.actor for e in entries} == {"Brigitte Perez"}
    with db.transaction() as session:
        assert verify_chain(session).ok


# letter images ----------------------------------------------------------------------------------------------
def test_a_letter_image_is_kept_in_the_database_and_copied_for_the_letters(
    settings_service: SettingsService, db: Database, tmp_path: Path
) -> None:
    source = tmp_path / "logo.png"
    source.write_bytes(png())
    logo = read_letter_image(source)
    settings_service.save(replace(settings_service.load().settings, logo=logo))
    stored = settings_service.load().settings
    assert stored.logo == LetterImage("logo.png", png())
    path = stored.profile.logo_path
    assert path is not None and path.parent == tmp_path / "letter-images"
    assert path.read_bytes() == png()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with db.transaction() as session:
        rows = list(session.scalars(select(DocumentRow).where(DocumentRow.kind == ImageRole.LOGO.value)))
    assert [(row.case_id, row.content) for row in rows] == [(None, png())]


def test_a_replaced_image_leaves_no_old_copy_and_a_removed_one_leaves_none(
    settings_service: SettingsService, tmp_path: Path, db: Database
) -> None:
    first, second = LetterImage("a.png", png((200, 0, 0))), LetterImage("b.png", png((0, 200, 0)))
    settings_service.save(replace(settings_service.load().settings, signature=first))
    settings_service.save(replace(settings_service.load().settings, signature=second))
    stored = settings_service.load().settings
    assert stored.signature == second
    assert stored.profile.signature_path is not None
    assert list((tmp_path / "letter-images").iterdir()) == [stored.profile.signature_path]
    settings_service.save(replace(stored, signature=None))
    again = settings_service.load().settings
    assert again.signature is None and again.profile.signature_path is None
    assert list((tmp_path / "letter-images").iterdir()) == []
    # Every change went through the application: the settings' recorded state matches them.
    assert maintenance.check(db) == []


def test_a_missing_copy_of_an_image_is_written_again_from_the_database(
    settings_service: SettingsService, db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    settings_service.save(replace(settings_service.load().settings, logo=LetterImage("logo.png", png())))
    elsewhere = SettingsService(Workplace(db, clock), image_folder=tmp_path / "another-workstation")
    assert elsewhere.ensure_letter_images()
    path = elsewhere.load().settings.profile.logo_path
    assert path is not None and path.parent == tmp_path / "another-workstation"
    assert path.read_bytes() == png()
    assert not elsewhere.ensure_letter_images()


def _gif() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (20, 20), (0, 0, 0)).save(buffer, format="GIF")
    return buffer.getvalue()


@pytest.mark.parametrize("content", [_gif(), b"%PDF-1.7", png()[:40]], ids=["gif", "pdf", "truncated-png"])
def test_a_file_that_is_not_a_whole_png_or_jpeg_image_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "picture.png"
    path.write_bytes(content)
    with pytest.raises(SettingsError) as raised:
        read_letter_image(path, ImageRole.SIGNATURE)
    assert _rules(list(raised.value.problems)) == {(Field.SIGNATURE, Fault.IMAGE_UNREADABLE)}


def test_a_missing_image_file_is_refused_with_a_reason(tmp_path: Path) -> None:
    with pytest.raises(SettingsError) as raised:
        read_letter_image(tmp_path / "gone.png")
    assert _rules(list(raised.value.problems)) == {(Field.LOGO, Fault.IMAGE_UNREADABLE)}


def test_a_jpeg_image_is_accepted(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (60, 30), (0, 0, 0)).save(buffer, format="JPEG")
    path = tmp_path / "signature.jpg"
    path.write_bytes(buffer.getvalue())
    image = read_letter_image(path, ImageRole.SIGNATURE)
    assert image.media_type == "image/jpeg" and image.extension == ".jpg"


# first run --------------------------------------------------------------------------------------------------
def test_the_welcome_is_needed_until_it_is_finished(settings_service: SettingsService) -> None:
    assert settings_service.first_run_needed()
    settings_service.save(settings_service.load().settings, finish_first_run=True)
    assert not settings_service.first_run_needed()


def test_the_welcome_is_not_needed_once_a_case_exists(
    settings_service: SettingsService, service: CaseService
) -> None:
    service.open_case(_medical_record_case(date(2026, 3, 5)))
    assert not settings_service.first_run_needed()


def test_the_default_clocks_are_those_of_the_domain(settings_service: SettingsService) -> None:
    settings = settings_service.load().settings
    assert {c.jurisdiction: c for c in settings.clocks} == dict(DEFAULT_MEDICAL_RECORD_CLOCKS)
