"""Who a letter speaks to: a lawyer answered as one (scenario 9), heirs in their own right (scenarios 5 and 8)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest
from letter_cases import flat, make_case, pdf_text

from lazeo_desk.domain.case import (
    Case,
    DataSubject,
    HeirPurpose,
    Jurisdiction,
    Language,
    Practitioner,
    Relationship,
    Requester,
    Title,
)
from lazeo_desk.domain.letter_kinds import LetterKind, proposed_kinds
from lazeo_desk.domain.organisation import DEFAULT_PROFILE
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status
from lazeo_desk.letters import render_letter
from lazeo_desk.letters.compose import compose_letter
from lazeo_desk.letters.context import LetterExtras, LetterInputError, RefusalGround

EXTRAS = LetterExtras(
    enclosures=("Copie du dossier médical (12 pages)",),
    refusal_ground=RefusalGround.IDENTITY_NOT_ESTABLISHED,
    refusal_reason="Aucun justificatif reçu.",
)


def text_of(kind: LetterKind, case: Case, language: Language, today: date) -> str:
    pdf = render_letter(kind, case, language=language, profile=DEFAULT_PROFILE, today=today, extras=EXTRAS)
    return pdf_text(pdf)


def lawyer_case() -> Case:
    """Scenario 4 and 9: Maître Hélène Roux asks for her client's medical file (FR, Lyon, Sunday 14 June 2026)."""
    return make_case(
        rights=(Right.MEDICAL_RECORD,),
        received=date(2026, 6, 14),
        status=Status.IN_PROGRESS,
        subject=DataSubject(name="Louise Martin", title=Title.MRS, family_name="Martin", address=("3 rue Neuve",)),
        requester=Requester(
            relationship=Relationship.MANDATARY,
            name="Hélène Roux",
            title=Title.MAITRE,
            family_name="Roux",
            address=("Cabinet Roux", "12 rue de la République", "69002 LYON"),
        ),
    )


@pytest.mark.parametrize("kind", [LetterKind.ACKNOWLEDGEMENT, LetterKind.MEDICAL_RECORD_COVER, LetterKind.REFUSAL])
def test_scenario_9_a_lawyer_is_greeted_and_addressed_as_maitre(kind: LetterKind) -> None:
    text = text_of(kind, lawyer_case(), Language.FR, date(2026, 6, 16))
    assert "Maître Hélène Roux" in text
    assert re.search(r" Maître, (Nous|En réponse) ", text)
    assert "Nous vous prions d'agréer, Maître, l'expression de nos salutations distinguées." in text
    assert "Madame, Monsieur" not in text
    assert "au nom de Louise Martin" in text
    assert "au nom de Louise Martin du" not in text


def test_a_representatives_request_dates_the_request_not_the_person_in_every_language() -> None:
    case = lawyer_case()
    assert "your request of 14 June 2026 on behalf of Louise Martin" in text_of(
        LetterKind.MEDICAL_RECORD_COVER, replace(case, language=Language.EN), Language.EN, date(2026, 6, 16)
    )
    dutch_case = replace(case, language=Language.NL)
    dutch = text_of(LetterKind.MEDICAL_RECORD_COVER, dutch_case, Language.NL, date(2026, 6, 16))
    assert "uw verzoek van 14 juni 2026 namens Louise Martin" in dutch
    assert "Geachte meester," in dutch


def claes_case(*, practitioner: bool) -> Case:
    """Scenario 8: Sofie Claes asks for her late mother's file in Antwerpen (BE, Dutch, 12 October 2026)."""
    return make_case(
        jurisdiction=Jurisdiction.BE,
        language=Language.NL,
        rights=(Right.MEDICAL_RECORD,),
        received=date(2026, 10, 12),
        status=Status.IN_PROGRESS,
        subject=DataSubject(name="Maria Claes", deceased=True, death_date=date(2026, 8, 3)),
        requester=Requester(
            relationship=Relationship.HEIR,
            name="Sofie Claes",
            title=Title.MRS,
            family_name="Claes",
            address=("Kasteelpleinstraat 20", "2000 Antwerpen", "België"),
            designated_practitioner=(
                Practitioner("Dr. Pieter Wouters", ("Lange Leemstraat 5", "2018 Antwerpen", "België"), Title.DR)
                if practitioner
                else None
            ),
        ),
    )


@pytest.mark.parametrize(
    "kind", [LetterKind.MEDICAL_RECORD_COVER, LetterKind.PRACTITIONER_COVER, LetterKind.HEIR_PRACTITIONER_NOTICE]
)
def test_scenario_8_no_file_letter_before_the_practitioner_is_recorded(kind: LetterKind) -> None:
    with pytest.raises(LetterInputError, match="no designated practitioner is recorded"):
        text_of(kind, claes_case(practitioner=False), Language.NL, date(2026, 10, 13))


def test_scenario_8_the_cover_letter_and_the_file_go_to_the_designated_practitioner() -> None:
    text = text_of(LetterKind.PRACTITIONER_COVER, claes_case(practitioner=True), Language.NL, date(2026, 10, 20))
    recipient_block = text[: text.index("Onze referentie")]
    assert "Dr. Pieter Wouters" in recipient_block
    assert "Lange Leemstraat 5" in recipient_block
    assert "Sofie Claes" not in recipient_block
    assert "Geachte dokter," in text
    assert "artikel 9, § 4, van de wet van 22 augustus 2002" in flat(text).lower()
    assert "Copie du dossier médical (12 pages)" in text


def test_scenario_8_the_relative_is_told_the_file_goes_to_her_practitioner_in_her_own_right() -> None:
    case = claes_case(practitioner=True)
    text = flat(text_of(LetterKind.HEIR_PRACTITIONER_NOTICE, case, Language.NL, date(2026, 10, 20)))
    assert "Mevrouw Sofie Claes" in text
    assert "Geachte mevrouw Claes," in text
    assert "uw verzoek van 12 oktober 2026 betreffende wijlen Maria Claes" in text
    assert "ter beschikking van de beroepsbeoefenaar die u hebt aangewezen, Dr. Pieter Wouters." in text
    assert "in eigen naam" in text
    for gdpr_right in ("namens", "AVG", "artikel 15", "artikel 17", "artikel 79", "kosteloos"):
        assert gdpr_right not in text


def test_scenario_8_the_medical_file_cover_is_not_sent_to_the_relative() -> None:
    with pytest.raises(LetterInputError, match="through a practitioner they designate"):
        text_of(LetterKind.MEDICAL_RECORD_COVER, claes_case(practitioner=True), Language.NL, date(2026, 10, 20))
    kinds = proposed_kinds(claes_case(practitioner=True))
    assert LetterKind.PRACTITIONER_COVER in kinds
    assert LetterKind.HEIR_PRACTITIONER_NOTICE in kinds
    assert LetterKind.MEDICAL_RECORD_COVER not in kinds


def lacoste_case(purpose: HeirPurpose | None, explanation: str = "") -> Case:
    """Scenario 5: an heir asks for his late father's file (FR, Bordeaux, Monday 6 July 2026)."""
    case = make_case(
        rights=(Right.MEDICAL_RECORD,),
        received=date(2026, 7, 6),
        status=Status.IN_PROGRESS,
        subject=DataSubject(name="Jean Lacoste", deceased=True, death_date=date(2026, 2, 11)),
        requester=Requester(
            relationship=Relationship.HEIR,
            name="Pierre Lacoste",
            title=Title.MR,
            family_name="Lacoste",
            address=("4 allée des Chartrons", "33000 BORDEAUX"),
            purpose=purpose,
            purpose_explanation=explanation,
        ),
    )
    return replace(case, completed=date(2026, 7, 20))


def test_scenario_5_the_heirs_cover_cites_the_code_names_the_purpose_and_limits_the_communication() -> None:
    text = flat(text_of(LetterKind.MEDICAL_RECORD_COVER, lacoste_case(HeirPurpose.CAUSES_OF_DEATH), Language.FR,
                        date(2026, 7, 23)))  # fmt: skip
    assert "L.1110-4" in text and "L.1111-7" in text
    assert "L'objectif que vous avez indiqué est de connaître les causes du décès." in text
    assert "la copie jointe se limite aux informations nécessaires à cet objectif" in text
    assert "votre demande du 6 juillet 2026 concernant feu Jean Lacoste" in text
    assert "Monsieur Pierre Lacoste" in text
    for gdpr_right in ("au nom de", "article 15", "article 17", "article 79", "gratuite"):
        assert gdpr_right not in text


def test_scenario_5_no_cover_letter_before_the_heirs_purpose_is_recorded() -> None:
    with pytest.raises(LetterInputError, match="no purpose is recorded for the heir"):
        text_of(LetterKind.MEDICAL_RECORD_COVER, lacoste_case(None), Language.FR, date(2026, 7, 23))


def test_a_purpose_other_than_the_causes_of_death_must_be_explained() -> None:
    with pytest.raises(LetterInputError, match="must be explained"):
        unexplained = lacoste_case(HeirPurpose.ASSERT_RIGHTS)
        text_of(LetterKind.MEDICAL_RECORD_COVER, unexplained, Language.FR, date(2026, 7, 23))
    text = flat(text_of(LetterKind.MEDICAL_RECORD_COVER, lacoste_case(HeirPurpose.ASSERT_RIGHTS, "la succession."),
                        Language.FR, date(2026, 7, 23)))  # fmt: skip
    assert "est de faire valoir vos droits (la succession)." in text


_OWN_RIGHT = {Language.FR: "concernant feu", Language.NL: "betreffende wijlen", Language.EN: "concerning the late"}
_NOT_ON_BEHALF = {Language.FR: "au nom de feu", Language.NL: "namens wijlen", Language.EN: "on behalf of the late"}
_GDPR_REMEDY = {Language.FR: "article 79", Language.NL: "artikel 79", Language.EN: "Article 79"}


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize(
    ("case_key", "kind"),
    [
        ("fr", LetterKind.ACKNOWLEDGEMENT),
        ("fr", LetterKind.IDENTITY_REQUEST),
        ("fr", LetterKind.MEDICAL_RECORD_COVER),
        ("fr", LetterKind.REFUSAL),
        ("be", LetterKind.ACKNOWLEDGEMENT),
        ("be", LetterKind.IDENTITY_REQUEST),
        ("be", LetterKind.HEIR_PRACTITIONER_NOTICE),
        ("be", LetterKind.REFUSAL),
    ],
)
def test_every_letter_to_an_heir_speaks_of_the_late_person_and_offers_no_gdpr_rights(
    case_key: str, kind: LetterKind, language: Language
) -> None:
    case = lacoste_case(HeirPurpose.CAUSES_OF_DEATH) if case_key == "fr" else claes_case(practitioner=True)
    text = flat(text_of(kind, replace(case, language=language), language, case.received))
    assert _OWN_RIGHT[language] in text
    assert _NOT_ON_BEHALF[language] not in text
    assert _GDPR_REMEDY[language] not in text


def test_an_identity_request_asks_a_belgian_relative_which_practitioner_and_why() -> None:
    text = flat(text_of(LetterKind.IDENTITY_REQUEST, claes_case(practitioner=False), Language.NL, date(2026, 10, 13)))
    assert "de naam en het adres van de beroepsbeoefenaar die u aanwijst" in text
    assert "de redenen van uw verzoek" in text


def test_a_luxembourg_relatives_letter_says_what_it_relies_on_and_asks_for_the_dpos_review() -> None:
    case = replace(claes_case(practitioner=True), jurisdiction=Jurisdiction.LU, language=Language.FR)
    letter = compose_letter(
        LetterKind.HEIR_PRACTITIONER_NOTICE, case, language=Language.FR, profile=DEFAULT_PROFILE,
        today=date(2026, 10, 20),
    )  # fmt: skip
    assert "article 36 de la loi du 28 août 1998 sur les établissements hospitaliers" in flat(letter.plain_text())
    assert any("not verified" in warning for warning in letter.warnings)


def test_the_heirs_acknowledgement_states_the_rule_but_leaves_the_purpose_to_the_file_letter() -> None:
    text = flat(text_of(LetterKind.ACKNOWLEDGEMENT, lacoste_case(HeirPurpose.CAUSES_OF_DEATH), Language.FR,
                        date(2026, 7, 7)))  # fmt: skip
    assert "L.1110-4" in text and "en votre nom propre, en qualité d'ayant droit de feu Jean Lacoste" in text
    assert "L'objectif que vous avez indiqué" not in text
