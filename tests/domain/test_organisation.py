"""The organisation profile, the supervisory authorities and the processing register letters draw on."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from lazeo_desk.domain.case import Jurisdiction, Language
from lazeo_desk.domain.organisation import (
    DEFAULT_PROFILE,
    DEFAULT_REGISTER,
    SUPERVISORY_AUTHORITIES,
    LocalText,
    OrganisationProfile,
    ProcessingRegister,
    ProfileError,
    WindowSide,
    supervisory_authority,
)


def test_default_profile_comes_from_the_privacy_policy() -> None:
    profile = DEFAULT_PROFILE
    assert profile.controller_name == "BS GROUPE"
    assert profile.registration == "RCS Paris 879 986 214"
    assert profile.seat_address[:2] == ("15 Villa Dupont", "75116 Paris")
    assert profile.dpo_name == "Brigitte PEREZ"
    assert profile.dpo_address[:3] == ("BS GROUPE", "45 avenue Victor Hugo", "75116 Paris")
    assert profile.dpo_email == "dpo@lazeo.com"
    assert profile.letter_place.get(Language.NL) == "Parijs"


def test_default_window_is_the_french_dl_envelope_11_cm_from_left_and_5_5_cm_from_top() -> None:
    assert DEFAULT_PROFILE.window_side is WindowSide.RIGHT
    assert DEFAULT_PROFILE.window_position_mm() == (110.0, 55.0)


def test_a_left_window_text_sits_in_line_with_the_body_and_offsets_can_be_set() -> None:
    assert replace(DEFAULT_PROFILE, window_side=WindowSide.LEFT).window_position_mm() == (25.0, 55.0)
    assert replace(DEFAULT_PROFILE, window_left_mm=105.5, window_top_mm=50).window_position_mm() == (105.5, 50)


def test_profile_round_trips_through_json() -> None:
    profile = replace(
        DEFAULT_PROFILE,
        dpo_name="Jeanne Dupont",
        dpo_title=LocalText(nl="DPO", fr="Déléguée", en="Officer"),
        window_side=WindowSide.LEFT,
        window_top_mm=48.0,
        logo_path=Path("/srv/logo.png"),
    )
    stored = json.loads(json.dumps(profile.to_dict()))
    assert OrganisationProfile.from_dict(stored) == profile


def test_missing_fields_take_the_defaults() -> None:
    assert OrganisationProfile.from_dict({}) == DEFAULT_PROFILE
    assert OrganisationProfile.from_dict({"dpo_email": "privacy@example.org"}).dpo_email == "privacy@example.org"


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"dpo_name": 3}, "dpo_name"),
        ({"seat_address": "one line"}, "seat_address"),
        ({"window_side": "top"}, "window_side"),
        ({"window_top_mm": "far"}, "window_top_mm"),
        ({"window_top_mm": 400}, "window_top_mm"),
        ({"dpo_title": ["x"]}, "dpo_title"),
        ({"logo_path": 5}, "logo_path"),
    ],
)
def test_a_damaged_stored_profile_names_the_wrong_field(data: dict[str, object], field: str) -> None:
    with pytest.raises(ProfileError, match=field):
        OrganisationProfile.from_dict(data)


def test_a_plain_string_counts_as_the_same_text_in_every_language() -> None:
    profile = OrganisationProfile.from_dict({"letter_place": "Lyon"})
    assert {profile.letter_place.get(language) for language in Language} == {"Lyon"}


def test_each_jurisdiction_has_its_authority() -> None:
    assert set(SUPERVISORY_AUTHORITIES) == set(Jurisdiction)
    cnil = supervisory_authority(Jurisdiction.FR)
    assert "CNIL" in cnil.name.get(Language.EN)
    assert cnil.address_lines(Language.FR) == ("3 Place de Fontenoy", "TSA 80715", "75334 Paris Cedex 07")
    cnpd = supervisory_authority(Jurisdiction.LU)
    assert cnpd.address_lines(Language.EN) == ("15, Boulevard du Jazz", "L-4370 Belvaux")


def test_the_belgian_authority_is_named_in_dutch_or_french() -> None:
    authority = supervisory_authority(Jurisdiction.BE)
    assert authority.name.get(Language.NL).startswith("Gegevensbeschermingsautoriteit")
    assert authority.address_lines(Language.NL) == ("Drukpersstraat 35", "1000 Brussel")
    assert authority.name.get(Language.FR).startswith("Autorité de protection des données")
    assert authority.address_lines(Language.FR) == ("Rue de la Presse 35", "1000 Bruxelles")
    assert authority.contact == "contact@apd-gba.be"


def test_every_register_text_exists_in_every_language() -> None:
    for activity in DEFAULT_REGISTER.activities:
        for text in (activity.purpose, activity.legal_basis, activity.data_categories, activity.recipients):
            for language in Language:
                assert text.get(language).strip(), (activity.key, language)
    for text in (DEFAULT_REGISTER.sources, DEFAULT_REGISTER.storage, DEFAULT_REGISTER.transfers):
        assert all(text.get(language).strip() for language in Language)


def test_the_register_names_actual_recipients_and_the_transfer_safeguard() -> None:
    recipients = " ".join(a.recipients.get(Language.EN) for a in DEFAULT_REGISTER.activities)
    assert "Doctolib SAS" in recipients
    assert "standard contractual clauses" in DEFAULT_REGISTER.transfers.get(Language.EN)
    assert "HDS" in DEFAULT_REGISTER.storage.get(Language.FR)
    assert "Art. 22" in DEFAULT_REGISTER.automated_decisions.get(Language.EN)


def test_the_doctolib_account_is_not_answered_by_the_controller() -> None:
    answerable = {activity.key for activity in DEFAULT_REGISTER.answerable()}
    assert "doctolib-account" not in answerable
    assert {"appointments", "medical-files", "marketing"} <= answerable


def test_register_round_trips_through_json() -> None:
    stored = json.loads(json.dumps(DEFAULT_REGISTER.to_dict()))
    assert ProcessingRegister.from_dict(stored) == DEFAULT_REGISTER


def test_a_damaged_register_is_a_clear_error() -> None:
    with pytest.raises(ProfileError, match="activities"):
        ProcessingRegister.from_dict({"activities": "none"})
    with pytest.raises(ProfileError, match="key"):
        ProcessingRegister.from_dict({"activities": [{"purpose": "x"}]})
