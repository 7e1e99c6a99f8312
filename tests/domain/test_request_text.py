"""Suggestions from a request's wording: rights, language, country, person — each with what triggered it."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lazeo_desk.domain.case import Jurisdiction, Language, Relationship
from lazeo_desk.domain.request_text import (
    FoldedText,
    find_birth_date,
    find_patient_number,
    find_references,
    guess_language,
    suggest_jurisdiction,
    suggest_representation,
    suggest_rights,
)
from lazeo_desk.domain.rights import Right


def _rights(text: str) -> dict[Right, tuple[str, ...]]:
    return {s.right: s.triggers for s in suggest_rights(text)}


@pytest.mark.parametrize(
    ("text", "right", "trigger"),
    [
        ("Ik vraag inzage in mijn persoonsgegevens.", Right.ACCESS, "inzage"),
        ("Je demande l'accès à mes données.", Right.ACCESS, "accès"),
        ("I would like access to my personal data.", Right.ACCESS, "access"),
        ("Op grond van artikel 15 AVG …", Right.ACCESS, "artikel 15"),
        ("Gelieve mijn gegevens te verwijderen.", Right.ERASURE, "verwijderen"),
        ("Je demande l'effacement de mes données.", Right.ERASURE, "effacement"),
        ("Merci de procéder à la suppression de mon compte.", Right.ERASURE, "suppression"),
        ("Please erase everything you hold about me.", Right.ERASURE, "erase"),
        ("Please delete my data.", Right.ERASURE, "delete"),
        ("Ik vraag de rectificatie van mijn adres.", Right.RECTIFICATION, "rectificatie"),
        ("Je demande la rectification de mon nom.", Right.RECTIFICATION, "rectification"),
        ("Ik vraag de beperking van de verwerking.", Right.RESTRICTION, "beperking"),
        ("Je demande la limitation du traitement.", Right.RESTRICTION, "limitation du traitement"),
        ("Ik maak bezwaar tegen het gebruik voor reclame.", Right.OBJECTION, "bezwaar"),
        ("Je fais opposition à la prospection.", Right.OBJECTION, "opposition"),
        ("I object to direct marketing.", Right.OBJECTION, "object to"),
        ("Hierbij trek ik mijn toestemming in.", Right.WITHDRAW_CONSENT, "trek ik mijn toestemming"),
        ("Ik wens mijn toestemming in te trekken.", Right.WITHDRAW_CONSENT, "toestemming in te trekken"),
        ("Je demande le retrait du consentement donné.", Right.WITHDRAW_CONSENT, "retrait du consentement"),
        ("I withdraw my consent.", Right.WITHDRAW_CONSENT, "withdraw my consent"),
        ("Recht op overdraagbaarheid van gegevens.", Right.PORTABILITY, "overdraagbaarheid"),
        ("Je demande la portabilité de mes données.", Right.PORTABILITY, "portabilité"),
        ("In a machine‑readable format, please.", Right.PORTABILITY, "machine‑readable"),
        ("Graag een kopie van mijn medisch dossier.", Right.MEDICAL_RECORD, "medisch dossier"),
        ("Je souhaite recevoir mon dossier médical.", Right.MEDICAL_RECORD, "dossier médical"),
        ("Please send my medical records.", Right.MEDICAL_RECORD, "medical records"),
        ("Please send my medical file.", Right.MEDICAL_RECORD, "medical file"),
    ],
)
def test_each_right_is_suggested_from_its_dutch_french_or_english_wording(
    text: str, right: Right, trigger: str
) -> None:
    assert trigger in _rights(text)[right]


def test_accents_and_capitals_do_not_hide_a_right_and_the_trigger_is_shown_as_written() -> None:
    assert _rights("JE DEMANDE L’ACCÈS À MON DOSSIER MÉDICAL") == {
        Right.ACCESS: ("ACCÈS",),
        Right.MEDICAL_RECORD: ("DOSSIER MÉDICAL",),
    }


def test_a_text_that_asks_for_nothing_suggests_nothing() -> None:
    assert suggest_rights("Ik heb nog steeds geen antwoord ontvangen. Graag een update.") == []


def test_suggestions_come_in_the_order_of_the_rights() -> None:
    rights = [s.right for s in suggest_rights("Please delete my data and give me access to the rest.")]
    assert rights == [Right.ACCESS, Right.ERASURE]


def test_a_medical_file_named_in_an_erasure_sentence_is_not_a_request_for_the_file() -> None:
    text = "Je vous demande d'effacer toutes mes données, y compris mon dossier de soins."
    assert Right.MEDICAL_RECORD not in _rights(text)


def test_a_medical_file_asked_for_in_another_sentence_is_still_suggested() -> None:
    text = "Effacez mes données commerciales. Envoyez-moi par contre mon dossier médical."
    assert _rights(text)[Right.MEDICAL_RECORD] == ("dossier médical",)


@pytest.mark.parametrize(
    "text",
    [
        "Ik wil de intrekking van mijn verzoek melden.",  # withdrawing the request, not consent
        "This is not mandatory reading.",
        "We had a nice day.",
        "Article 73 of the code.",
    ],
)
def test_look_alike_words_suggest_no_right(text: str) -> None:
    assert suggest_rights(text) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Geachte heer, mevrouw, ik vraag inzage in mijn gegevens. Met vriendelijke groeten", Language.NL),
        ("Madame, Monsieur, je vous demande l'effacement de mes données. Cordialement", Language.FR),
        ("Dear Data Protection Officer, please send me the data you hold. Kind regards", Language.EN),
    ],
)
def test_the_language_is_guessed_from_common_words(text: str, language: Language) -> None:
    assert guess_language(text) is language


@pytest.mark.parametrize("text", ["", "12345", "DSAR-2026-0001", "OK"])
def test_a_text_without_enough_words_has_no_language(text: str) -> None:
    assert guess_language(text) is None


@pytest.mark.parametrize(
    ("text", "address", "jurisdiction", "centre"),
    [
        ("Ik was patiënte in het centrum in Gent.", "", Jurisdiction.BE, "Gent"),
        ("au centre de Paris 16e", "x@example.be", Jurisdiction.FR, "Paris 16e"),
        ("to your Luxembourg clinic", "", Jurisdiction.LU, "Luxembourg"),
        ("soignée à Nice en 2024", "", Jurisdiction.FR, "Nice"),
        ("no city here", "someone@Example.LU", Jurisdiction.LU, ""),
    ],
)
def test_the_country_comes_from_the_centre_named_else_from_the_senders_domain(
    text: str, address: str, jurisdiction: Jurisdiction, centre: str
) -> None:
    hint = suggest_jurisdiction(text, address)
    assert hint is not None
    assert (hint.jurisdiction, hint.centre) == (jurisdiction, centre)
    assert hint.trigger


@pytest.mark.parametrize(
    ("text", "address"), [("have a nice day", ""), ("", "someone@example.com"), ("", "")]
)
def test_no_country_is_suggested_without_a_clue(text: str, address: str) -> None:
    assert suggest_jurisdiction(text, address) is None


@pytest.mark.parametrize(
    ("text", "born"),
    [
        ("Geboren op 14/02/1987", date(1987, 2, 14)),
        ("née le 02/09/1979, patiente", date(1979, 9, 2)),
        ("date of birth: 1987-02-14", date(1987, 2, 14)),
        ("geboren op 14 februari 1987", date(1987, 2, 14)),
        ("née le 2 septembre 1979", date(1979, 9, 2)),
        ("born on the 3rd March 1990", date(1990, 3, 3)),
    ],
)
def test_a_stated_date_of_birth_is_read_day_first(text: str, born: date) -> None:
    assert find_birth_date(text) == born


@pytest.mark.parametrize("text", ["Geboren op 31/02/1987", "le 14/02/1987", "born yesterday", ""])
def test_no_date_of_birth_without_a_real_date_after_the_word(text: str) -> None:
    assert find_birth_date(text) is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Mijn patiëntnummer: GE-2024-0117.", "GE-2024-0117"),
        ("numéro de patient : 778812", "778812"),
        ("Patient number P12345", "P12345"),
        ("Dossiernummer 2024/17", "2024/17"),
    ],
)
def test_a_quoted_patient_number_is_found_as_written(text: str, number: str) -> None:
    assert find_patient_number(text) == number


def test_a_patient_number_needs_a_digit() -> None:
    assert find_patient_number("patient number unknown") == ""


def test_quoted_case_references_are_found_once_each() -> None:
    text = "RE: uw brief DSAR-2026-0001 (zie ook dsar-2026-0001 en DSAR-2025-0412)"
    assert find_references(text) == ("DSAR-2026-0001", "DSAR-2025-0412")


@pytest.mark.parametrize(
    ("text", "relationship", "person"),
    [
        (
            "Je vous écris en qualité de conseil de Mme Sophie Martin, née le 02/09/1979.",
            Relationship.MANDATARY,
            "Sophie Martin",
        ),
        ("Mon père, Jean Bernard, est décédé le 12 mai 2026.", Relationship.HEIR, "Jean Bernard"),
        ("Mijn vader Jan Peeters is overleden.", Relationship.HEIR, "Jan Peeters"),
        ("I write on behalf of Mrs Anne Weber.", Relationship.MANDATARY, "Anne Weber"),
        ("Ik vraag het dossier van mijn dochter Noor Maes.", Relationship.PARENT, "Noor Maes"),
        ("Als advocaat vraag ik het dossier.", Relationship.MANDATARY, ""),
    ],
)
def test_a_request_for_someone_else_is_recognised_with_the_person_it_names(
    text: str, relationship: Relationship, person: str
) -> None:
    hint = suggest_representation(text)
    assert hint is not None
    assert (hint.relationship, hint.named_person) == (relationship, person)
    assert hint.trigger


def test_a_request_for_oneself_suggests_no_representative() -> None:
    assert suggest_representation("Ik vraag inzage in mijn medisch dossier.") is None


def test_folding_keeps_track_of_where_each_character_came_from() -> None:
    folded = FoldedText.of("Ëﬁ É")
    assert folded.folded == "efi e"
    assert folded.written(1, 3) == "ﬁ"


# Arbitrary text, and text built from the pieces the patterns look for (so that they match halfway, too).
_PIECES = [
    *"aeiouéèëÉ ’'-./:0123456789\n",
    "inzage",
    "dossier",
    "médical",
    "né le ",
    "DSAR-",
    "2026",
    "effacer",
]
texts = st.text(alphabet=st.characters(codec="utf-8"), max_size=400) | st.lists(
    st.sampled_from(_PIECES), max_size=40
).map("".join)


@given(texts)
def test_any_text_gives_suggestions_without_raising(text: str) -> None:
    flattened = " ".join(text.split())
    for suggestion in suggest_rights(text):
        assert suggestion.triggers
        assert all(trigger and trigger in flattened for trigger in suggestion.triggers)
    guess_language(text)
    hint = suggest_jurisdiction(text, text)
    assert hint is None or hint.trigger
    find_birth_date(text)
    assert find_patient_number(text) in flattened
    find_references(text)
    suggest_representation(text)


@given(texts)
def test_folding_maps_every_folded_character_back_to_the_text(text: str) -> None:
    folded = FoldedText.of(text)
    assert len(folded.origin) == len(folded.folded)
    assert all(0 <= i < len(text) for i in folded.origin)
    assert list(folded.origin) == sorted(folded.origin)
