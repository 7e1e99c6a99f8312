"""The dates letters promise: the medical file by its national date (never extended), the rest by the GDPR date,
and the retention period of the centre's country in access responses."""

from __future__ import annotations

from datetime import date

import pytest
from letter_cases import make_case, pdf_text

from lazeo_desk.domain.case import Extension, Jurisdiction, Language, Relationship, Requester
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.organisation import DEFAULT_PROFILE
from lazeo_desk.domain.rights import Right
from lazeo_desk.letters import LetterExtras, compose_letter, render_letter

EXTENSION_WORDS = {
    Language.FR: "prolongé de deux mois",
    Language.NL: "met twee maanden worden verlengd",
    Language.EN: "extended by two further months",
}


def _acknowledgement(
    jurisdiction: Jurisdiction, language: Language, rights: tuple[Right, ...], received: date, **options: object
) -> str:
    case = make_case(jurisdiction=jurisdiction, language=language, rights=rights, received=received, **options)  # type: ignore[arg-type]
    pdf = render_letter(
        LetterKind.ACKNOWLEDGEMENT, case, language=language, profile=DEFAULT_PROFILE, today=received
    )
    return pdf_text(pdf)


def test_scenario_9_the_lawyer_is_given_22_june_for_the_file_and_no_extension() -> None:
    lawyer = Requester(
        relationship=Relationship.MANDATARY, name="Hélène Roux", address=("10 rue de la République", "69002 LYON")
    )
    text = _acknowledgement(
        Jurisdiction.FR, Language.FR, (Right.MEDICAL_RECORD,), date(2026, 6, 14), requester=lawyer
    )
    assert "au plus tard le 22 juin 2026" in text
    assert "L.1111-7" in text
    assert "pas envoyé avant le 16 juin 2026" in text
    assert "prolong" not in text
    assert "14 juillet" not in text and "15 juillet" not in text


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize(
    ("jurisdiction", "received", "file_date"),
    [
        (Jurisdiction.FR, date(2026, 6, 14), {"fr": "22 juin 2026", "nl": "22 juni 2026", "en": "22 June 2026"}),
        (Jurisdiction.BE, date(2026, 3, 5), {"fr": "20 mars 2026", "nl": "20 maart 2026", "en": "20 March 2026"}),
    ],
)
def test_a_request_for_the_file_alone_never_promises_an_extension(
    language: Language, jurisdiction: Jurisdiction, received: date, file_date: dict[str, str]
) -> None:
    text = _acknowledgement(jurisdiction, language, (Right.MEDICAL_RECORD,), received)
    assert file_date[language.value] in text
    assert EXTENSION_WORDS[language] not in text


@pytest.mark.parametrize(
    ("language", "file_part", "rest_part", "not_extended"),
    [
        (
            Language.FR,
            "au plus tard le 20 mars 2026",
            "Pour le reste de votre demande, qui porte sur l'accès aux données personnelles (article 15 du RGPD), "
            "nous vous répondrons au plus tard le 7 avril 2026. Si cette partie de la demande se révèle complexe, "
            "ce délai pourra être prolongé de deux mois",
            "Le délai légal de communication du dossier médical ne peut, lui, être prolongé.",
        ),
        (
            Language.NL,
            "uiterlijk op 20 maart 2026",
            "Op het overige deel van uw verzoek, dat betrekking heeft op inzage in de persoonsgegevens (artikel 15 "
            "AVG), antwoorden wij uiterlijk op 7 april 2026. Mocht dat deel van het verzoek complex blijken, dan "
            "kan die termijn met twee maanden worden verlengd",
            "De wettelijke termijn voor het medisch dossier kan niet worden verlengd.",
        ),
        (
            Language.EN,
            "at the latest by 20 March 2026",
            "We will answer the rest of your request, which concerns access to the personal data (Article 15 "
            "GDPR), at the latest by 7 April 2026. Should that part of the request prove complex, this period may "
            "be extended by two further months",
            "The legal period for the medical file cannot be extended.",
        ),
    ],
)
def test_scenario_1_a_mixed_request_gives_each_part_its_date_and_only_the_gdpr_part_is_extendable(
    language: Language, file_part: str, rest_part: str, not_extended: str
) -> None:
    text = _acknowledgement(Jurisdiction.BE, language, (Right.ACCESS, Right.MEDICAL_RECORD), date(2026, 3, 5))
    assert file_part in text
    assert rest_part in text
    assert not_extended in text
    assert text.index(file_part) < text.index(rest_part)


@pytest.mark.parametrize("language", list(Language))
def test_a_gdpr_request_is_answered_by_the_month_which_may_be_extended(language: Language) -> None:
    text = _acknowledgement(Jurisdiction.FR, language, (Right.ERASURE, Right.OBJECTION), date(2026, 4, 8))
    assert {"fr": "11 mai 2026", "nl": "11 mei 2026", "en": "11 May 2026"}[language.value] in text
    assert EXTENSION_WORDS[language] in text


def test_luxembourg_has_no_national_clock_so_the_file_goes_by_the_gdpr_month() -> None:
    text = _acknowledgement(Jurisdiction.LU, Language.EN, (Right.MEDICAL_RECORD,), date(2026, 5, 23))
    assert "at the latest by 24 June 2026" in text
    assert EXTENSION_WORDS[Language.EN] in text


def test_an_extended_request_gives_its_extended_date_and_no_second_extension() -> None:
    extension = Extension("Cinq années de dossiers.", date(2026, 2, 20))
    text = _acknowledgement(
        Jurisdiction.FR, Language.FR, (Right.ACCESS,), date(2026, 1, 31), extension=extension
    )
    assert "au plus tard le 30 avril 2026" in text
    assert EXTENSION_WORDS[Language.FR] not in text


@pytest.mark.parametrize(
    ("jurisdiction", "language", "cell", "note"),
    [
        (Jurisdiction.FR, Language.FR, "20 ans après la dernière consultation (*)", "R.1112-7"),
        (Jurisdiction.BE, Language.NL, "30 jaar na de laatste raadpleging (*)", "wet van 22 april 2019"),
        (Jurisdiction.BE, Language.FR, "30 ans après la dernière consultation (*)", "loi du 22 avril 2019"),
        (Jurisdiction.LU, Language.EN, "10 years after the last consultation (*)", "Act of 24 July 2014"),
    ],
)
def test_the_access_response_gives_the_retention_of_the_centres_country(
    jurisdiction: Jurisdiction, language: Language, cell: str, note: str
) -> None:
    case = make_case(jurisdiction=jurisdiction, language=language)
    extras = LetterExtras(enclosures=("Copie",))
    text = pdf_text(
        render_letter(
            LetterKind.ACCESS_RESPONSE, case, language=language, profile=DEFAULT_PROFILE, today=date(2026, 4, 20),
            extras=extras,
        )
    )
    assert cell in text
    assert note in text
    if jurisdiction is not Jurisdiction.FR:
        assert "20 ans après" not in text and "20 jaar na" not in text and "20 years after" not in text


def test_the_dpo_setting_changes_the_years_a_letter_states() -> None:
    case = make_case(jurisdiction=Jurisdiction.LU, language=Language.EN, rights=(Right.ERASURE,))
    letter = compose_letter(
        LetterKind.ERASURE_PARTLY_REFUSED, case, language=Language.EN, profile=DEFAULT_PROFILE,
        today=date(2026, 4, 20), retention_years={Jurisdiction.LU: 12},
    )
    assert "kept until 3 November 2037: 12 years after the last consultation" in " ".join(letter.plain_text().split())


@pytest.mark.parametrize(
    ("language", "kept"),
    [
        (Language.FR, "le dossier médical lui-même, qui vous sera communiqué au plus tard le 20 mars 2026"),
        (Language.NL, "geldt niet voor het medisch dossier zelf, dat u uiterlijk op 20 maart 2026 wordt bezorgd"),
        (Language.EN, "the medical file itself, which will be sent to you by 20 March 2026 at the latest"),
    ],
)
def test_an_extension_of_a_mixed_request_keeps_the_national_date_of_the_file(language: Language, kept: str) -> None:
    case = make_case(
        jurisdiction=Jurisdiction.BE, language=language, rights=(Right.ACCESS, Right.MEDICAL_RECORD),
        received=date(2026, 3, 5), extension=Extension("Vijf jaar dossiers.", date(2026, 3, 10)),
    )
    text = pdf_text(
        render_letter(LetterKind.EXTENSION_NOTICE, case, language=language, profile=DEFAULT_PROFILE,
                      today=date(2026, 3, 10))
    )
    assert kept in text
    assert {"fr": "n'est pas prolongé", "nl": "wordt niet verlengd", "en": "is not extended"}[language.value] in text
    assert {"fr": "5 juin 2026", "nl": "5 juni 2026", "en": "5 June 2026"}[language.value] in text
