"""Salutations, closing formulas and the name line of the address block, per language and title (docs/rules.md)."""

from __future__ import annotations

import pytest

from lazeo_desk.domain.case import Language, Title
from lazeo_desk.letters.salutations import Addressee, address_name, closing, salutation

_ANY_NAME = "Hélène Peeters"


@pytest.mark.parametrize(
    ("language", "title", "family_name", "expected"),
    [
        (Language.FR, Title.MRS, "Peeters", "Madame,"),
        (Language.FR, Title.MR, "Peeters", "Monsieur,"),
        (Language.FR, Title.MAITRE, "Roux", "Maître,"),
        (Language.FR, Title.DR, "", "Docteur,"),
        (Language.FR, None, "Peeters", "Madame, Monsieur,"),
        (Language.NL, Title.MRS, "Peeters", "Geachte mevrouw Peeters,"),
        (Language.NL, Title.MR, "Peeters", "Geachte heer Peeters,"),
        (Language.NL, Title.MAITRE, "", "Geachte meester,"),
        (Language.NL, Title.DR, "Wouters", "Geachte dokter,"),
        (Language.NL, None, "Peeters", "Geachte mevrouw, geachte heer,"),
        (Language.NL, Title.MRS, "", "Geachte mevrouw, geachte heer,"),
        (Language.NL, Title.MR, "  ", "Geachte mevrouw, geachte heer,"),
        (Language.NL, Title.MR, "D'Hondt-Vandenbroucke", "Geachte heer D'Hondt-Vandenbroucke,"),
        (Language.EN, Title.MRS, "Peeters", "Dear Ms Peeters,"),
        (Language.EN, Title.MR, "von Hohenzollern-Sigmaringen", "Dear Mr von Hohenzollern-Sigmaringen,"),
        (Language.EN, Title.MAITRE, "Martin", "Dear Maître Martin,"),
        (Language.EN, Title.DR, "Peeters", "Dear Dr Peeters,"),
        (Language.EN, Title.DR, "", "Dear Sir or Madam,"),
        (Language.EN, Title.MAITRE, "", "Dear Sir or Madam,"),
        (Language.EN, None, "Peeters", "Dear Sir or Madam,"),
    ],
)
def test_the_salutation_follows_the_title_and_the_recorded_family_name(
    language: Language, title: Title | None, family_name: str, expected: str
) -> None:
    assert salutation(Addressee(_ANY_NAME, (), title, family_name), language) == expected


def test_the_family_name_is_never_guessed_from_the_full_name() -> None:
    addressee = Addressee("Maximiliano von Hohenzollern-Sigmaringen", (), Title.DR, "")
    assert salutation(addressee, Language.EN) == "Dear Sir or Madam,"
    assert "Maximiliano" not in salutation(addressee, Language.NL)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (Title.MRS, "Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées."),
        (Title.MR, "Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées."),
        (Title.MAITRE, "Nous vous prions d'agréer, Maître, l'expression de nos salutations distinguées."),
        (Title.DR, "Nous vous prions d'agréer, Docteur, l'expression de nos salutations distinguées."),
        (None, "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées."),
    ],
)
def test_the_french_closing_repeats_the_form_of_address(title: Title | None, expected: str) -> None:
    assert closing(Addressee(_ANY_NAME, (), title, "Peeters"), Language.FR) == expected


@pytest.mark.parametrize(
    ("language", "title", "family_name", "expected"),
    [
        (Language.NL, Title.MAITRE, "", "Met vriendelijke groeten,"),
        (Language.NL, None, "", "Met vriendelijke groeten,"),
        (Language.EN, Title.MRS, "Peeters", "Yours sincerely,"),
        (Language.EN, Title.MRS, "", "Yours faithfully,"),
        (Language.EN, None, "", "Yours faithfully,"),
    ],
)
def test_the_dutch_and_english_closings_match_the_salutation(
    language: Language, title: Title | None, family_name: str, expected: str
) -> None:
    assert closing(Addressee(_ANY_NAME, (), title, family_name), language) == expected


@pytest.mark.parametrize(
    ("language", "name", "title", "expected"),
    [
        (Language.FR, "Hélène Roux", Title.MAITRE, "Maître Hélène Roux"),
        (Language.FR, "Louise Martin", Title.MRS, "Madame Louise Martin"),
        (Language.FR, "Jean Lacoste", Title.MR, "Monsieur Jean Lacoste"),
        (Language.FR, "Pieter Wouters", Title.DR, "Docteur Pieter Wouters"),
        (Language.NL, "Sofie Claes", Title.MRS, "Mevrouw Sofie Claes"),
        (Language.NL, "Jan Peeters", Title.MR, "De heer Jan Peeters"),
        (Language.EN, "Jan Peeters", Title.MR, "Mr Jan Peeters"),
        (Language.FR, "Anaïs O'Brien-<Zoë> & Fils", None, "Anaïs O'Brien-<Zoë> & Fils"),
        (Language.NL, "Dr. Pieter Wouters", Title.DR, "Dr. Pieter Wouters"),
        (Language.FR, "Maître Claire Dubois-Lefèvre", Title.MAITRE, "Maître Claire Dubois-Lefèvre"),
        (Language.FR, "Me Claire Dubois", Title.MAITRE, "Me Claire Dubois"),
    ],
)
def test_the_address_block_puts_the_title_before_the_name_once(
    language: Language, name: str, title: Title | None, expected: str
) -> None:
    assert address_name(Addressee(name, (), title), language) == expected
