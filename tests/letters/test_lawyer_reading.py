"""Every kind of letter, for each kind of requester, in each country and language, read as a lawyer reads it.

A self-requester, a parent of a minor, a lawyer (mandatary, "Maître") and a deceased patient's relative, in France
(fr), Belgium (nl, fr) and Luxembourg (fr, en). The invariants are those of docs/rules.md: a relative acts in their own
right under national patient law (recital 27), a refusal names the authority and the courts (Art 12(4)), Belgian
files are kept 30 years, the national medical-file clock is never said to be extendable, and a signature never
stands alone on its last page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from functools import cache
from typing import Any

import pytest
from letter_cases import flat, pdf_pages

from lazeo_desk.domain.case import (
    Case,
    Channel,
    DataSubject,
    HeirPurpose,
    Jurisdiction,
    Language,
    Practitioner,
    Relationship,
    Requester,
    Title,
)
from lazeo_desk.domain.heirs import heir_letter_refusal
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.organisation import DEFAULT_PROFILE
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status
from lazeo_desk.letters import render_letter
from lazeo_desk.letters.compose import compose_letter
from lazeo_desk.letters.context import LetterExtras, LetterInputError, RefusalGround

RECEIVED = date(2026, 4, 8)
LETTER_DAY = date(2026, 4, 14)
Place = tuple[Jurisdiction, Language]
PLACES: tuple[Place, ...] = (
    (Jurisdiction.FR, Language.FR),
    (Jurisdiction.BE, Language.NL),
    (Jurisdiction.BE, Language.FR),
    (Jurisdiction.LU, Language.FR),
    (Jurisdiction.LU, Language.EN),
)
REQUESTERS = ("self", "parent", "lawyer", "heir")
ADDRESSES = {
    Jurisdiction.FR: ("12 rue des Lilas", "75016 PARIS"),
    Jurisdiction.BE: ("Kortrijksesteenweg 112 bus 3", "9000 Gent", "België"),
    Jurisdiction.LU: ("15, rue de la Gare", "L-1611 Luxembourg", "Luxembourg"),
}
ALL_RIGHTS = (
    Right.ACCESS, Right.MEDICAL_RECORD, Right.RECTIFICATION, Right.ERASURE, Right.RESTRICTION, Right.OBJECTION,
    Right.WITHDRAW_CONSENT, Right.PORTABILITY,
)
EXTRAS = LetterExtras(
    enclosures=("Copie du dossier (12 pages)",),
    refusal_ground=RefusalGround.IDENTITY_NOT_ESTABLISHED,
    refusal_reason="Aucun justificatif reçu.",
    extension_reason="Cinq années de dossiers dans trois centres.",
    done_items=("Adresse corrigée",),
    recipients_notified=("Doctolib SAS",),
)
AUTHORITIES = {
    Jurisdiction.FR: "Commission nationale de l'informatique et des libertés",
    Jurisdiction.BE: "(APD|GBA)",
    Jurisdiction.LU: "Commission nationale pour la protection des données",
}
JUDICIAL = {
    Language.FR: "(juridiction|recours juridictionnel)",
    Language.NL: "(rechter|voorziening in rechte)",
    Language.EN: "(court|judicial remedy)",
}
EXTENSION_PROMISES = ("prolongé de deux mois", "met twee maanden worden verlengd", "extended by two months")


def case_for(who: str, jurisdiction: Jurisdiction, language: Language) -> Case:
    address = ADDRESSES[jurisdiction]
    subject = DataSubject(
        name="Louise Martin", title=Title.MRS, family_name="Martin", birth_date=date(1980, 3, 2), address=address,
        last_consultation=date(2025, 11, 3),
    )
    requester = Requester()
    rights = ALL_RIGHTS
    if who == "parent":
        subject = DataSubject(
            name="Léa Martin", birth_date=date(2016, 5, 1), minor=True, address=address,
            last_consultation=date(2025, 3, 1),
        )
        requester = Requester(
            relationship=Relationship.PARENT, name="Sophie Martin", title=Title.MRS, family_name="Martin",
            address=address,
        )
    elif who == "lawyer":
        requester = Requester(
            relationship=Relationship.MANDATARY, name="Hélène Roux", title=Title.MAITRE, family_name="Roux",
            address=("Cabinet Roux", *address),
        )
    elif who == "heir":
        subject = DataSubject(
            name="Jean Lacoste", birth_date=date(1950, 1, 20), deceased=True, death_date=date(2026, 2, 11),
            last_consultation=date(2025, 9, 30),
        )
        french = jurisdiction is Jurisdiction.FR
        requester = Requester(
            relationship=Relationship.HEIR, name="Pierre Lacoste", title=Title.MR, family_name="Lacoste",
            address=address,
            purpose=HeirPurpose.ASSERT_RIGHTS if french else None,
            purpose_explanation="succession en cours" if french else "",
            designated_practitioner=None if french else Practitioner(
                name="Dr Anne Wouters", address=("5 rue Haute", "1000 Bruxelles", "Belgique"), title=Title.DR,
                family_name="Wouters",
            ),
        )
        rights = (Right.MEDICAL_RECORD, Right.ACCESS)
    return Case(
        jurisdiction=jurisdiction, language=language, channel=Channel.EMAIL, received=RECEIVED, rights=rights,
        subject=subject, requester=requester, status=Status.IN_PROGRESS, reference="DSAR-2026-0042",
    )


@cache
def pages_of(kind: LetterKind, who: str, jurisdiction: Jurisdiction, language: Language) -> tuple[str, ...] | None:
    """The pages of the letter, or None when the program refuses to write it for that requester."""
    case = case_for(who, jurisdiction, language)
    try:
        pdf = render_letter(kind, case, language=language, profile=DEFAULT_PROFILE, today=LETTER_DAY, extras=EXTRAS)
    except LetterInputError:
        assert heir_letter_refusal(case, kind) is not None, f"{kind} refused for {who} without a rule of heirs"
        return None
    return tuple(pdf_pages(pdf))


def combinations(
    kinds: Iterable[LetterKind] = tuple(LetterKind), whom: Iterable[str] = REQUESTERS, places: Iterable[Place] = PLACES
) -> list[Any]:
    """The letters the program writes among ``kinds`` × ``whom`` × ``places`` (refused ones left out)."""
    return [
        pytest.param(kind, who, jurisdiction, language, id=f"{kind}-{who}-{jurisdiction}-{language}")
        for kind in kinds
        for who in whom
        for jurisdiction, language in places
        if pages_of(kind, who, jurisdiction, language) is not None
    ]


ARGS = ("kind", "who", "jurisdiction", "language")


def _text(kind: LetterKind, who: str, jurisdiction: Jurisdiction, language: Language) -> str:
    pages = pages_of(kind, who, jurisdiction, language)
    assert pages is not None, "the program refuses this letter for this requester"
    return flat(" ".join(pages))


def test_refusals_are_the_heir_rules() -> None:
    """Only relatives' letters are refused: GDPR answers (recital 27), the extension notice, the file letter of the
    wrong country; the practitioner letters for anyone but a relative."""
    for kind in LetterKind:
        for jurisdiction, language in PLACES:
            for who in REQUESTERS:
                refused = pages_of(kind, who, jurisdiction, language) is None
                practitioner_letter = kind in (LetterKind.PRACTITIONER_COVER, LetterKind.HEIR_PRACTITIONER_NOTICE)
                if who != "heir":
                    assert refused is practitioner_letter, (kind, who, jurisdiction)
    heir_letters = {kind for kind in LetterKind if pages_of(kind, "heir", Jurisdiction.BE, Language.NL) is not None}
    assert heir_letters == {
        LetterKind.ACKNOWLEDGEMENT, LetterKind.IDENTITY_REQUEST, LetterKind.REFUSAL, LetterKind.REFERRAL_DOCTOLIB,
        LetterKind.PRACTITIONER_COVER, LetterKind.HEIR_PRACTITIONER_NOTICE,
    }
    french_heir = {kind for kind in LetterKind if pages_of(kind, "heir", Jurisdiction.FR, Language.FR) is not None}
    assert LetterKind.MEDICAL_RECORD_COVER in french_heir and LetterKind.EXTENSION_NOTICE not in french_heir


@pytest.mark.parametrize(ARGS, combinations(whom=("heir",)))
def test_a_relative_is_never_offered_gdpr_rights_nor_written_to_on_the_deceased_behalf(
    kind: LetterKind, who: str, jurisdiction: Jurisdiction, language: Language
) -> None:
    text = _text(kind, who, jurisdiction, language)
    for word in ("RGPD", "AVG", "GDPR", "au nom de", "namens", "on behalf of", "vos droits sur", "uw rechten"):
        assert word not in text, word
    for label in ("Personne concernée", "Betrokkene", "Data subject"):
        assert label not in text


@pytest.mark.parametrize(
    ARGS, combinations((LetterKind.REFUSAL, LetterKind.ERASURE_PARTLY_REFUSED, LetterKind.NO_DATA_HELD))
)
def test_every_refusal_names_the_authority_and_the_courts(
    kind: LetterKind, who: str, jurisdiction: Jurisdiction, language: Language
) -> None:
    text = _text(kind, who, jurisdiction, language)
    assert re.search(AUTHORITIES[jurisdiction], text)
    assert re.search(JUDICIAL[language], text)


@pytest.mark.parametrize(
    ARGS,
    combinations(
        (LetterKind.ERASURE_PARTLY_REFUSED, LetterKind.ACCESS_RESPONSE),
        places=[place for place in PLACES if place[0] is Jurisdiction.BE],
    ),
)
def test_belgian_letters_keep_the_file_thirty_years(
    kind: LetterKind, who: str, jurisdiction: Jurisdiction, language: Language
) -> None:
    text = _text(kind, who, jurisdiction, language)
    assert re.search(r"30 (ans|jaar)", text)
    assert not re.search(r"\b20 (ans|jaar)", text)


@pytest.mark.parametrize(
    ARGS, combinations(whom=("lawyer",), places=[place for place in PLACES if place[1] is not Language.EN])
)
def test_a_lawyer_is_greeted_as_maitre(
    kind: LetterKind, who: str, jurisdiction: Jurisdiction, language: Language
) -> None:
    pages = pages_of(kind, who, jurisdiction, language)
    assert pages is not None
    greeting = "Maître," if language is Language.FR else "Geachte meester,"
    assert greeting in pages[0].splitlines()
    if language is Language.FR:
        assert "Nous vous prions d'agréer, Maître," in flat(" ".join(pages))


def _longer_than_a_page() -> list[Any]:
    return [
        param for param in combinations() if len(pages_of(*param.values) or ()) > 1
    ]


@pytest.mark.parametrize(ARGS, _longer_than_a_page())
def test_no_last_page_holds_only_the_signature(
    kind: LetterKind, who: str, jurisdiction: Jurisdiction, language: Language
) -> None:
    pages = pages_of(kind, who, jurisdiction, language)
    assert pages is not None
    closing = compose_letter(
        kind, case_for(who, jurisdiction, language), language=language, profile=DEFAULT_PROFILE, today=LETTER_DAY,
        extras=EXTRAS,
    ).closing
    last = flat(pages[-1])
    assert flat(closing)[:20] in last
    # The continuation header is "LAZEO <name> — DSAR-2026-0042 (suite)": what follows it and precedes the
    # closing is the body that keeps the signature company.
    body = last.split("DSAR-2026-0042", 1)[1].split(flat(closing)[:20], 1)[0]
    body = re.sub(r"^\s*\((suite|vervolg|continued)\)", "", body).strip()
    assert len(body) > 60, body


@pytest.mark.parametrize(ARGS, combinations())
def test_no_letter_says_the_national_medical_file_clock_may_be_extended(
    kind: LetterKind, who: str, jurisdiction: Jurisdiction, language: Language
) -> None:
    text = _text(kind, who, jurisdiction, language)
    if kind in (
        LetterKind.MEDICAL_RECORD_COVER, LetterKind.PRACTITIONER_COVER, LetterKind.HEIR_PRACTITIONER_NOTICE
    ) or who == "heir":
        assert not any(promise in text for promise in EXTENSION_PROMISES)
    elif kind is LetterKind.ACKNOWLEDGEMENT and jurisdiction is not Jurisdiction.LU:
        # A mixed request: only the rest is extendable, and the letter says the file's period is not.
        assert any(phrase in text for phrase in (
            "Le délai légal de communication du dossier médical ne peut, lui, être prolongé.",
            "De wettelijke termijn voor het medisch dossier kan niet worden verlengd.",
        ))


@pytest.mark.parametrize(("jurisdiction", "language"), PLACES)
def test_a_relatives_acknowledgement_states_the_request_before_the_law(
    jurisdiction: Jurisdiction, language: Language
) -> None:
    text = _text(LetterKind.ACKNOWLEDGEMENT, "heir", jurisdiction, language)
    request = re.search(r"(concernant feu|betreffende wijlen|concerning the late) Jean Lacoste", text)
    law = re.search(r"L\.1110-4|9, § 4|9\(4\)|(a|A)rti(cle|kel) 36", text)
    assert request and law and request.start() < law.start()


@pytest.mark.parametrize(("jurisdiction", "language"), [place for place in PLACES if place[0] is not Jurisdiction.FR])
def test_a_belgian_or_luxembourg_relative_is_promised_the_file_through_the_practitioner(
    jurisdiction: Jurisdiction, language: Language
) -> None:
    text = _text(LetterKind.ACKNOWLEDGEMENT, "heir", jurisdiction, language)
    if jurisdiction is Jurisdiction.BE:
        assert any(words in text for words in ("à la disposition du praticien", "ter beschikking van de beroeps"))
    for promise in ("Nous vous communiquerons le dossier", "Wij bezorgen u het medisch dossier", "We will send you"):
        assert promise not in text


@pytest.mark.parametrize("language", [Language.FR, Language.EN])
def test_a_luxembourg_relative_is_told_what_the_letter_relies_on(language: Language) -> None:
    for kind in (LetterKind.ACKNOWLEDGEMENT, LetterKind.HEIR_PRACTITIONER_NOTICE, LetterKind.PRACTITIONER_COVER):
        text = _text(kind, "heir", Jurisdiction.LU, language)
        assert any(words in text for words in ("Nous nous fondons sur l'article 36", "We rely on Article 36"))
    letter = compose_letter(
        LetterKind.ACKNOWLEDGEMENT, case_for("heir", Jurisdiction.LU, language), language=language,
        profile=DEFAULT_PROFILE, today=LETTER_DAY,
    )
    assert any("is not verified" in warning for warning in letter.warnings)


@pytest.mark.parametrize(("jurisdiction", "language"), PLACES)
def test_a_relative_proves_their_standing_under_the_national_rule_not_the_gdpr(
    jurisdiction: Jurisdiction, language: Language
) -> None:
    text = _text(LetterKind.IDENTITY_REQUEST, "heir", jurisdiction, language)
    assert not re.search(r"12[.(]2|12[.(]6", text)
    assert re.search(r"L\.1110-4|9, § 4|9\(4\)|(a|A)rti(cle|kel) 36", text)
    refusal = _text(LetterKind.REFUSAL, "heir", jurisdiction, language)
    assert not re.search(r"11[.(]2|12[.(]2", refusal)


@pytest.mark.parametrize(("jurisdiction", "language"), PLACES)
def test_an_access_response_gives_every_line_of_article_15(jurisdiction: Jurisdiction, language: Language) -> None:
    text = _text(LetterKind.ACCESS_RESPONSE, "self", jurisdiction, language)
    for label in ("(a)", "(b)", "(c)", "(d)", "(e)", "(f)", "(g)", "(h)"):
        assert label in text
    assert re.search(r"15[.(]2", text) and re.search(r"15[.(]3", text)
    assert "Doctolib SAS" in text  # the actual recipient, not only a category (CJEU C-154/21)


@pytest.mark.parametrize(("jurisdiction", "language"), PLACES)
def test_a_representatives_consent_withdrawal_dates_the_withdrawal_not_the_person(
    jurisdiction: Jurisdiction, language: Language
) -> None:
    text = _text(LetterKind.CONSENT_WITHDRAWN, "parent", jurisdiction, language)
    assert not re.search(r"(au nom de|on behalf of) Léa Martin (reçu|received)", text)


def test_no_sentence_is_printed_twice_in_a_letter() -> None:
    for kind in LetterKind:
        for jurisdiction, language in PLACES:
            for who in REQUESTERS:
                pages = pages_of(kind, who, jurisdiction, language)
                if pages is None:
                    continue
                sentences = [
                    s for s in re.split(r"(?<=[.!?])\s+", flat(" ".join(pages))) if len(s) > 60 and "DSAR" not in s
                ]
                doubled = {s for s in sentences if sentences.count(s) > 1}
                assert not doubled, (kind, who, jurisdiction, language, doubled)
