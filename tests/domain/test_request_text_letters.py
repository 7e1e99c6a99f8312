"""What a posted letter's own lines say about its writer: e-mail, telephone, postcode and city, the name heading
the address, and the day the letter was written."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lazeo_desk.domain.case import Jurisdiction
from lazeo_desk.domain.request_text import (
    PostalLine,
    find_email_address,
    find_letter_date,
    find_phone_number,
    find_postal_line,
    name_in_line,
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("E-mail : sophie.lefevre@example.fr", "sophie.lefevre@example.fr"),
        ("E-mail: pieter-jan.hoffmann @mail.example.com", "pieter-jan.hoffmann@mail.example.com"),
        ("Mail: Anais.NDiaye @ Example.BE.", "anais.ndiaye@example.be"),
        ("Téléphone : 0471 23 45 67", ""),
    ],
)
def test_an_email_address_is_read_with_the_spaces_a_scan_puts_around_the_at_sign(line: str, expected: str) -> None:
    assert find_email_address(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Telefoon: +32 9 123 45 67", "+32 9 123 45 67"),
        ("Téléphone : +33 4 72 11 22 33", "+33 4 72 11 22 33"),
        ("Phone: +352 26 12 34 56", "+352 26 12 34 56"),
        ("GSM 0471/23.45.67", "0471/23.45.67"),
        ("Tél. 04 72 11 22 33", "04 72 11 22 33"),
        ("Patient number: P-629202", ""),
        ("Date of birth: 08/09/1973", ""),
    ],
)
def test_a_belgian_french_or_luxembourg_telephone_number_is_read_as_written(line: str, expected: str) -> None:
    assert find_phone_number(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("9000 Gent", PostalLine("9000", "Gent", None)),
        ("B-1050 Ixelles", PostalLine("1050", "Ixelles", Jurisdiction.BE)),
        ("75016 Paris", PostalLine("75016", "Paris", Jurisdiction.FR)),
        ("69003 LYON CEDEX 03", PostalLine("69003", "LYON", Jurisdiction.FR)),
        ("L-4050 Esch-sur-Alzette", PostalLine("L-4050", "Esch-sur-Alzette", Jurisdiction.LU)),
        ("4000 Liège", PostalLine("4000", "Liège", None)),
        ("Veldstraat 12", None),
        ("12 rue de la Pompe", None),
        ("Patiëntnummer: P-709436", None),
        ("F-1050 Ixelles", None),
    ],
)
def test_the_postcode_line_of_an_address_is_recognised_with_its_country(
    line: str, expected: PostalLine | None
) -> None:
    assert find_postal_line(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Anaïs N'Diaye", "Anaïs N'Diaye"),
        ("Mme Françoise d'Hondt", "Françoise d'Hondt"),
        ("Pieter-Jan van den Berghe", "Pieter-Jan van den Berghe"),
        ("Marie-Thérèse de la Tour", "Marie-Thérèse de la Tour"),
        ("De heer Daan De Smet", "Daan De Smet"),
        ("Jean DUPONT", "Jean DUPONT"),
        ("Boulevard d'Avroy 34", ""),
        ("Dear Sir or Madam,", ""),
        ("Belgique", ""),
        ("Met vriendelijke groeten,", ""),
    ],
)
def test_a_line_that_is_only_a_name_gives_the_name_without_its_title(line: str, expected: str) -> None:
    assert name_in_line(line) == expected


def test_the_letter_date_is_the_first_date_that_is_not_a_birth_date() -> None:
    text = "Anaïs N'Diaye\nGeboortedatum: 02/10/1967\nGent, 13 november 2026\nIk maak bezwaar."
    assert find_letter_date(text) == date(2026, 11, 13)
    assert find_letter_date("Lyon, le 3 mars 2026") == date(2026, 3, 3)
    assert find_letter_date("Date: 31/02/2026\nLondon, 1 March 2026") == date(2026, 3, 1)
    assert find_letter_date("Date of birth: 08/09/1973") is None


@given(st.text(max_size=400))
def test_the_letter_readers_accept_any_text_and_never_raise(text: str) -> None:
    find_email_address(text)
    find_phone_number(text)
    find_letter_date(text)
    for line in text.splitlines() or [text]:
        find_postal_line(line)
        name_in_line(line)
