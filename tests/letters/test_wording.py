"""Wording a lawyer signs unedited: faults found in the letters, checked in every language on the printed text."""

from __future__ import annotations

import re
from datetime import date

import pytest
from letter_cases import full_extras, make_case, pdf_text, varied_cases, with_language

from lazeo_desk.domain.case import Language
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.organisation import DEFAULT_PROFILE
from lazeo_desk.domain.rights import Right
from lazeo_desk.letters import render_letter

DAY = date(2026, 4, 20)
RELATIVE = varied_cases()["be-deceased-relative"]


def _text(kind: LetterKind, language: Language, case_key: str = "fr-self") -> str:
    case = with_language(varied_cases()[case_key], language)
    return pdf_text(
        render_letter(kind, case, language=language, profile=DEFAULT_PROFILE, today=DAY, extras=full_extras())
    )


def test_the_french_acknowledgement_writes_to_the_dpo_at_an_address_not_au_bs_groupe() -> None:
    text = _text(LetterKind.ACKNOWLEDGEMENT, Language.FR)
    assert "au BS GROUPE" not in text
    assert "par courrier à l'adresse suivante : BS GROUPE, 45 avenue Victor Hugo" in text


@pytest.mark.parametrize(
    ("language", "enclosed"),
    [(Language.FR, "ci-joint"), (Language.NL, "bijgevoegd"), (Language.EN, "enclosed")],
)
def test_a_medical_file_cover_says_enclosed_once(language: Language, enclosed: str) -> None:
    text = _text(LetterKind.MEDICAL_RECORD_COVER, language)
    assert len(re.findall(enclosed, text, re.IGNORECASE)) == 1


@pytest.mark.parametrize(
    ("language", "note", "repeated"),
    [
        (Language.FR, "relève de la responsabilité de Doctolib", "en qualité de responsable du traitement"),
        (Language.NL, "valt onder de verantwoordelijkheid van Doctolib", "als verwerkingsverantwoordelijke"),
        (Language.EN, "is the responsibility of Doctolib", "on its platform as controller"),
    ],
)
def test_the_doctolib_referral_says_once_that_doctolib_is_responsible(
    language: Language, note: str, repeated: str
) -> None:
    text = _text(LetterKind.REFERRAL_DOCTOLIB, language)
    assert text.count(note) == 1
    assert repeated not in text


@pytest.mark.parametrize("language", list(Language))
def test_the_extension_notice_does_not_apologise_just_before_the_closing(language: Language) -> None:
    text = _text(LetterKind.EXTENSION_NOTICE, language)
    assert not re.search("excuser|verontschuldig|apologi", text, re.IGNORECASE)


@pytest.mark.parametrize("kind", list(LetterKind))
def test_english_letters_say_direct_marketing_not_commercial_prospecting(kind: LetterKind) -> None:
    if kind in (LetterKind.PRACTITIONER_COVER, LetterKind.HEIR_PRACTITIONER_NOTICE):
        case = with_language(RELATIVE, Language.EN)  # the practitioner letters exist only for a relative
    else:
        case = make_case(rights=(Right.ERASURE, Right.OBJECTION, Right.ACCESS), language=Language.EN)
    text = pdf_text(
        render_letter(kind, case, language=Language.EN, profile=DEFAULT_PROFILE, today=DAY, extras=full_extras())
    )
    assert "prospecting" not in text


@pytest.mark.parametrize(
    ("language", "article_19"),
    [(Language.FR, "article 19"), (Language.NL, "artikel 19"), (Language.EN, "Article 19")],
)
def test_an_upheld_objection_does_not_cite_article_19(language: Language, article_19: str) -> None:
    text = _text(LetterKind.OBJECTION_UPHELD, language)
    assert article_19 not in text
    assert {"fr": "prospection commerciale", "nl": "direct marketing", "en": "direct marketing"}[
        language.value
    ] in text


@pytest.mark.parametrize(
    ("kind", "language", "article_19"),
    [
        (LetterKind.RECTIFICATION_DONE, Language.FR, "article 19 du RGPD"),
        (LetterKind.ERASURE_DONE, Language.NL, "artikel 19 AVG"),
        (LetterKind.RESTRICTION_APPLIED, Language.EN, "Article 19 GDPR"),
    ],
)
def test_rectification_erasure_and_restriction_still_cite_article_19(
    kind: LetterKind, language: Language, article_19: str
) -> None:
    assert article_19 in _text(kind, language)
