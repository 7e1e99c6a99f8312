"""The parts of a page: the recipient block, escaping of data, dates in words, where the resources are."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lazeo_desk.domain.case import Jurisdiction, Language
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.letters import resources
from lazeo_desk.letters.addresses import MAX_LINES, address_warnings, recipient_lines
from lazeo_desk.letters.markup import data, printable
from lazeo_desk.letters.phrases import join_list, long_date, place_and_date, with_name


def test_recipient_block_keeps_lines_as_typed() -> None:
    assert recipient_lines("  Anaïs O'Brien-<Zoë> & Fils ", ("12 rue des Lilas", "", "75016 PARIS")) == (
        "Anaïs O'Brien-<Zoë> & Fils",
        "12 rue des Lilas",
        "75016 PARIS",
    )


def test_line_breaks_typed_inside_a_field_become_lines() -> None:
    assert recipient_lines("Jean Dupont", ("Appartement 4\nEscalier B", "75001 PARIS")) == (
        "Jean Dupont",
        "Appartement 4",
        "Escalier B",
        "75001 PARIS",
    )


def test_more_than_six_lines_join_the_first_complements_and_keep_town_last() -> None:
    lines = recipient_lines("M. X", ("Appt 4", "Esc. B", "Bât. C", "Résidence D", "12 rue E", "BP 7", "75001 PARIS"))
    assert lines == ("M. X", "Appt 4, Esc. B, Bât. C", "Résidence D", "12 rue E", "BP 7", "75001 PARIS")


@given(st.text(), st.lists(st.text(), max_size=12))
def test_the_block_never_exceeds_six_lines_and_loses_nothing(name: str, address: list[str]) -> None:
    lines = recipient_lines(name, address)
    assert len(lines) <= MAX_LINES
    joined = " ".join(lines)
    for typed in (name, *address):
        for part in typed.splitlines():
            assert part.strip() in joined


def test_a_french_address_within_nf_z10_011_has_no_warning() -> None:
    assert address_warnings("Mme Anaïs Martin", ("12 rue des Lilas", "75016 PARIS"), Jurisdiction.FR) == []


def test_address_warnings_name_what_to_fix() -> None:
    warnings = address_warnings(
        "M. X", ("Une très longue ligne d'adresse qui dépasse trente-huit", "Paris"), Jurisdiction.FR
    )
    assert any("38 characters" in warning for warning in warnings)
    assert any("postcode" in warning for warning in warnings)


def test_a_belgian_address_without_country_gets_a_reminder() -> None:
    warnings = address_warnings("Griet", ("Kortrijksesteenweg 112 bus 3", "9000 Gent"), Jurisdiction.BE)
    assert any("country" in warning for warning in warnings)
    assert address_warnings("Griet", ("Kortrijksesteenweg 112 bus 3", "9000 Gent", "België"), Jurisdiction.BE) == []


def test_data_is_escaped_for_paragraph_markup() -> None:
    assert data("Anaïs O'Brien-<Zoë> & Fils") == "Anaïs O'Brien-&lt;Zoë&gt; &amp; Fils"
    assert data("two\nlines") == "two<br/>lines"
    assert data("<b>&amp;</b>") == "&lt;b&gt;&amp;amp;&lt;/b&gt;"


def test_unprintable_characters_are_removed_and_tabs_become_spaces() -> None:
    assert printable("a\x00b\x07c\td\r\ne\ud800") == "abc d\ne\ufffd"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (Language.FR, "Paris, le 5 mars 2026"),
        (Language.NL, "Parijs, 5 maart 2026"),
        (Language.EN, "Paris, 5 March 2026"),
    ],
)
def test_place_and_date_are_written_out_in_the_letters_language(language: Language, expected: str) -> None:
    place = {Language.FR: "Paris", Language.NL: "Parijs", Language.EN: "Paris"}[language]
    assert place_and_date(place, date(2026, 3, 5), language) == expected


def test_french_writes_the_first_of_the_month_as_an_ordinal() -> None:
    assert long_date(date(2026, 4, 1), Language.FR) == "1er avril 2026"
    assert long_date(date(2026, 4, 1), Language.EN) == "1 April 2026"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Anaïs Martin", "au nom d'Anaïs Martin"),
        ("Émile Roux", "au nom d'Émile Roux"),
        ("Léa Martin", "au nom de Léa Martin"),
    ],
)
def test_french_elides_de_before_a_name_starting_with_a_vowel(name: str, expected: str) -> None:
    assert with_name("au nom de {name}", name, Language.FR) == expected
    assert with_name("on behalf of {name}", name, Language.EN) == f"on behalf of {name}"


def test_lists_are_joined_as_each_language_does() -> None:
    assert join_list(["a", "b", "c"], Language.FR) == "a, b et c"
    assert join_list(["a", "b"], Language.NL) == "a en b"
    assert join_list([], Language.EN) == ""


def test_resources_are_found_in_the_source_tree() -> None:
    root = resources.resources_root()
    assert (root / "letters" / "fr" / "refusal.txt").is_file()
    assert resources.font_path("Carlito-Regular.ttf").is_file()
    assert (root / "fonts" / "OFL.txt").is_file()


def test_a_frozen_app_finds_resources_under_its_unpack_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "resources" / "letters" / "en").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resources_root() == tmp_path / "resources"
    assert resources.template_path(LetterKind.REFUSAL, Language.EN) == tmp_path / "resources/letters/en/refusal.txt"


def test_missing_resources_are_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(resources.RESOURCES_ENV, str(tmp_path))
    assert resources.resources_root() != tmp_path  # an empty override falls through to the source tree
    with pytest.raises(resources.ResourceError, match="font Nope.ttf is missing"):
        resources.font_path("Nope.ttf")


def test_letters_do_not_load_qt() -> None:
    code = (
        "import sys, lazeo_desk.letters, lazeo_desk.domain.organisation, lazeo_desk.domain.retention, "
        "lazeo_desk.domain.letter_kinds; print('PySide6' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
