"""A recognised letter prefills the case: each field with the page and line it was read on and how sure the
reading is; an unsure field stays empty; the day of receipt is the stamp's, never the letter's; a letter that
follows a case is linked to it, its recognised text kept beside the scan."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from ocr_letters import Letter, generated_scan

from lazeo_desk.domain.case import Jurisdiction, Language
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.intake_storage import ImportOutcome
from lazeo_desk.services.scan_import import ReadScan, import_scan_file, read_and_prefill
from lazeo_desk.services.scan_intake import recognised_texts
from lazeo_desk.services.scan_prefill import CONFIDENT, case_fields, prefill_scan
from lazeo_desk.services.scan_reading import PageReading, ReadLine, ReadWord, ScanReading, TesseractEngine
from lazeo_desk.store.database import Database
from lazeo_desk.store.documents import documents_of

ACTOR = "Brigitte Perez"
# One letter per language, chosen for the variety of their names: accents, an elided particle, a hyphen.
SEEDS = {Language.FR: 1, Language.NL: 2, Language.EN: 3}


@pytest.fixture(scope="module")
def engine() -> TesseractEngine:
    return TesseractEngine()


@pytest.fixture(scope="module")
def letters(
    engine: TesseractEngine, tmp_path_factory: pytest.TempPathFactory
) -> dict[Language, tuple[Letter, ReadScan]]:
    folder = tmp_path_factory.mktemp("letters")
    read: dict[Language, tuple[Letter, ReadScan]] = {}
    for language, seed in SEEDS.items():
        letter, png = generated_scan(seed, language=language)
        path = folder / f"{language}.png"
        path.write_bytes(png)
        read[language] = (letter, read_and_prefill(path, engine=engine))
    return read


@pytest.mark.parametrize("language", list(SEEDS))
def test_a_scanned_letter_prefills_the_person_and_the_request(
    letters: dict[Language, tuple[Letter, ReadScan]], language: Language
) -> None:
    letter, read = letters[language]
    prefill = read.prefill
    assert prefill.name is not None and prefill.name.value == letter.name
    assert prefill.postal is not None
    assert (prefill.postal.value.postcode, prefill.postal.value.city) == (letter.postcode, letter.city)
    assert prefill.address is not None and prefill.address.value[0] == letter.street
    assert prefill.email is not None and prefill.email.value == letter.email
    assert prefill.phone is not None and prefill.phone.value == letter.phone
    assert prefill.patient_number is not None and prefill.patient_number.value == letter.patient_number
    assert prefill.birth_date is not None and prefill.birth_date.value == letter.birth_date
    assert prefill.signed is not None and prefill.signed.value == letter.written
    assert tuple(r.value for r in prefill.rights) == letter.rights
    assert prefill.language is language


@pytest.mark.parametrize("language", list(SEEDS))
def test_each_prefilled_field_says_the_line_it_was_read_on_and_how_sure(
    letters: dict[Language, tuple[Letter, ReadScan]], language: Language
) -> None:
    letter, read = letters[language]
    lines = {(line.page, line.number): line.text for line in read.reading.lines}
    prefill = read.prefill
    for field, written in (
        (prefill.name, letter.name),
        (prefill.patient_number, letter.patient_number),
        (prefill.phone, letter.phone),
        (prefill.postal, letter.postcode_line),
    ):
        assert field is not None
        assert written in lines[(field.page, field.line)]
        assert field.words == lines[(field.page, field.line)]
        assert CONFIDENT <= field.confidence <= 100
        assert str(field.source).startswith(f"read on page 1, line {field.line} (“")
    # The name heads the letter and signs it: it is read from whichever of the two was read surer.
    signature = max(line.number for line in read.reading.lines if line.text == letter.name)
    assert prefill.name is not None and prefill.name.line in (1, signature)


def reading_of(*lines: tuple[str, float]) -> ScanReading:
    """A reading whose every word of each line has the given confidence."""
    return ScanReading(
        (
            PageReading(
                1,
                tuple(
                    ReadLine(1, number, 1 if number <= 3 else 2,
                             tuple(ReadWord(word, confidence) for word in text.split()))
                    for number, (text, confidence) in enumerate(lines, start=1)
                ),
            ),
        )
    )


def test_a_name_read_unsurely_stays_empty_and_the_set_aside_reading_is_named() -> None:
    prefill = prefill_scan(
        reading_of(
            ("Joëlle Vanderbeken", 41.0),
            ("Veldstraat 12", 93.0),
            ("9000 Gent", 95.0),
            ("Ik vraag inzage in mijn medisch dossier.", 90.0),
            ("Joëlle Vanderbeken", 38.0),
        )
    )
    assert prefill.name is None
    assert prefill.postal is not None and prefill.postal.value.city == "Gent"
    assert any(
        line.startswith("name read as “Joëlle Vanderbeken” on page 1, line 1, only 41 % sure")
        for line in prefill.set_aside
    )


def test_a_name_repeated_surely_in_the_signature_is_taken_with_the_surer_reading() -> None:
    prefill = prefill_scan(
        reading_of(
            ("Joëlle Vanderbeken", 55.0),
            ("Veldstraat 12", 93.0),
            ("9000 Gent", 95.0),
            ("Ik vraag inzage in mijn gegevens.", 90.0),
            ("Joëlle Vanderbeken", 92.0),
        )
    )
    assert prefill.name is not None
    assert (prefill.name.value, prefill.name.line, prefill.name.confidence) == ("Joëlle Vanderbeken", 5, 92.0)


def test_a_right_read_unsurely_is_not_ticked() -> None:
    prefill = prefill_scan(
        reading_of(("Zoë Weber", 90.0), ("3 rue du Canal", 90.0), ("L-4050 Esch-sur-Alzette", 90.0),
                   ("Je demande l'effacement de mes données.", 30.0))
    )
    assert prefill.rights == ()
    assert any("erasure" in line for line in prefill.set_aside)


def test_the_day_of_receipt_is_the_stamp_never_the_date_written_in_the_letter(
    letters: dict[Language, tuple[Letter, ReadScan]],
) -> None:
    letter, read = letters[Language.FR]
    stamped = date(2026, 12, 1)
    assert letter.written != stamped
    assert case_fields(read.prefill, received=stamped).received == stamped
    # Left empty, the case is received on the day it is stored (scan_intake says so in its notes).
    assert case_fields(read.prefill, received=None).received is None


def test_the_case_fields_carry_what_was_read_and_the_country_of_the_centre(
    letters: dict[Language, tuple[Letter, ReadScan]],
) -> None:
    letter, read = letters[Language.NL]
    fields = case_fields(read.prefill, received=date(2026, 12, 1))
    assert fields.subject.name == letter.name
    assert fields.subject.address[-2:] == (letter.postcode_line, letter.country)
    assert fields.subject.patient_number == letter.patient_number
    assert fields.language is Language.NL
    expected = {"Gent": Jurisdiction.BE, "Bruxelles": Jurisdiction.BE, "Lyon": Jurisdiction.FR,
                "Luxembourg": Jurisdiction.LU}[letter.centre_city]
    assert fields.jurisdiction is expected


def test_a_letter_quoting_a_case_reference_is_linked_to_it_with_its_text_kept(
    db: Database, clock: FixedClock, service: CaseService, tmp_path: Path, engine: TesseractEngine
) -> None:
    letter, first = generated_scan(7, language=Language.FR)
    (tmp_path / "first.png").write_bytes(first)
    opened = import_scan_file(db, tmp_path / "first.png", clock=clock, actor=ACTOR, engine=engine)
    assert opened.outcome is ImportOutcome.CREATED, opened.line
    case = service.load(opened.reference).case
    assert case.subject.name == letter.name
    assert case.received == clock.today() != letter.written
    assert case.rights == letter.rights
    assert "the text read on the scan is kept beside it (first.png.txt)" in case.timeline[0].text

    _again, follow_up = generated_scan(8, language=Language.EN, reference=opened.reference)
    (tmp_path / "follow-up.png").write_bytes(follow_up)
    linked = import_scan_file(db, tmp_path / "follow-up.png", clock=clock, actor=ACTOR, engine=engine)
    assert (linked.outcome, linked.reference) == (ImportOutcome.LINKED, opened.reference), linked.line
    assert any(f"matched {opened.reference}" in note for note in linked.notes)
    with db.transaction() as session:
        kinds = [d.kind for d in documents_of(session, opened.reference)]
        texts = recognised_texts(session, opened.reference)
    assert kinds.count("scan") == 2 and kinds.count("scan-text") == 2
    assert letter.name in texts[0]
    assert opened.reference in texts[1]


def test_a_letter_from_the_same_person_and_birth_date_is_linked(
    db: Database, clock: FixedClock, tmp_path: Path, engine: TesseractEngine
) -> None:
    _letter, first = generated_scan(9, language=Language.NL)
    (tmp_path / "a.png").write_bytes(first)
    opened = import_scan_file(db, tmp_path / "a.png", clock=clock, actor=ACTOR, engine=engine)
    # The same letter posted again, scanned on another day: other bytes, same person.
    _same, again = generated_scan(9, language=Language.EN)
    (tmp_path / "b.png").write_bytes(again)
    linked = import_scan_file(db, tmp_path / "b.png", clock=clock, actor=ACTOR, engine=engine)
    assert (linked.outcome, linked.reference) == (ImportOutcome.LINKED, opened.reference), linked.line


def test_when_the_writers_address_is_not_read_the_centres_name_is_not_taken_for_the_writers() -> None:
    prefill = prefill_scan(
        reading_of(
            ("Zoë Weber", 94.0),
            ("3 rue du Canal", 93.0),
            ("Luxembourg", 95.0),
            ("LAZEO Gent", 96.0),
            ("9000 Gent", 96.0),
            ("Je demande l'effacement de mes données.", 91.0),
            ("Zoë Weber", 92.0),
        )
    )
    assert prefill.name is not None
    assert (prefill.name.value, prefill.name.line) == ("Zoë Weber", 7)


def test_the_same_name_read_twice_keeps_its_accents_and_the_surer_confidence() -> None:
    prefill = prefill_scan(
        reading_of(
            ("Francoise Le Goff", 61.0),
            ("Boulevard d'Avroy 34", 94.0),
            ("4000 Liège", 90.0),
            ("Date of birth: 19/12/1 990", 90.0),
            ("Françoise Le Goff", 95.0),
        )
    )
    assert prefill.name is not None
    assert (prefill.name.value, prefill.name.line, prefill.name.confidence) == ("Françoise Le Goff", 5, 95.0)
    # The other way round: the accents are kept from the head of the letter, with the signature's confidence.
    other = prefill_scan(reading_of(("Anaïs Lefèvre", 80.0), ("Veldstraat 12", 94.0), ("9000 Gent", 90.0),
                                    ("Anais Lefèvre", 93.0)))
    assert other.name is not None
    assert (other.name.value, other.name.line, other.name.confidence) == ("Anaïs Lefèvre", 1, 93.0)
    # A year split by the reading ("1 990") is still a date.
    assert prefill.birth_date is not None and prefill.birth_date.value == date(1990, 12, 19)
