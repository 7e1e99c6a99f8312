"""A scanned letter's recognised text turned into a prefilled case, each field with where it was read and how sure
the reading is: the same analysis as e-mails (lazeo_desk/domain/request_text.py), read line by line.

A field read with little confidence stays empty rather than guessed; the DPO types it from the image. The day of
receipt is never taken from the letter: it is the day the DPO stamps (docs/rules.md, Deadlines).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Generic, TypeVar

from lazeo_desk.domain.case import DataSubject, Jurisdiction, Language
from lazeo_desk.domain.messages import Message, said
from lazeo_desk.domain.request_text import (
    FoldedText,
    PostalLine,
    find_birth_date,
    find_email_address,
    find_letter_date,
    find_patient_number,
    find_phone_number,
    find_postal_line,
    find_references,
    guess_language,
    name_in_line,
    suggest_jurisdiction,
    suggest_rights,
)
from lazeo_desk.domain.rights import Right
from lazeo_desk.services.email_intake import _REASON_WORDS, Match
from lazeo_desk.services.scan_intake import ScanCaseFields
from lazeo_desk.services.scan_reading import ReadLine, ScanReading
from lazeo_desk.store.database import Database
from lazeo_desk.store.matching import MatchQuery, find_matching_cases

# Tesseract's word confidence (0-100) below which a field is left for the DPO to type: measured on the generated
# letters, a word read at 60 or more is right in nearly every case, below it one in four is wrong.
CONFIDENT = 60.0

T = TypeVar("T")


@dataclass(frozen=True)
class ReadField(Generic[T]):
    """A value read on the scan: the page and line it was read on, the words as read and the confidence."""

    value: T
    page: int
    line: int
    confidence: float
    words: str

    @property
    def source(self) -> Message:
        return said(
            "read on page {page}, line {line} (“{words}”), {confidence} % sure",
            page=self.page,
            line=self.line,
            words=self.words,
            confidence=round(self.confidence),
        )


@dataclass(frozen=True)
class ScanPrefill:
    """What the letter says about its writer and request, each field None when not read or not read surely."""

    name: ReadField[str] | None = None
    address: ReadField[tuple[str, ...]] | None = None
    postal: ReadField[PostalLine] | None = None
    email: ReadField[str] | None = None
    phone: ReadField[str] | None = None
    patient_number: ReadField[str] | None = None
    birth_date: ReadField[date] | None = None
    signed: ReadField[date] | None = None
    rights: tuple[ReadField[Right], ...] = ()
    language: Language | None = None
    jurisdiction: Jurisdiction | None = None
    centre: str = ""
    references: tuple[str, ...] = ()
    set_aside: tuple[str, ...] = field(default_factory=tuple)


def _confidence_of(line: ReadLine, written: str) -> float:
    """The least sure of the line's words that hold ``written`` (compared without spaces, accents or case, as a
    reading may split "jean-pierre. peeters"); the least sure of the whole line when it is not found."""
    letters: list[str] = []
    owner: list[int] = []
    for index, word in enumerate(line.words):
        folded = FoldedText.build(word.text).folded
        letters.append(folded)
        owner.extend([index] * len(folded))
    joined = "".join(letters)
    wanted = "".join(FoldedText.build(written).folded.split())
    at = joined.find(wanted) if wanted else -1
    if at < 0:
        return line.confidence
    held = [line.words[i] for i in sorted(set(owner[at : at + len(wanted)]))]
    # A lone "@" or "." set apart by spaces gets a low score whatever its shape: once the pattern has accepted
    # it, the letters around it are what can be misread.
    telling = [word for word in held if any(c.isalnum() for c in word.text)] or held
    return min(word.confidence for word in telling)


class _Reader:
    """Looks for each field line by line, keeping the first surely read, and says what it set aside."""

    def __init__(self, reading: ScanReading) -> None:
        self.lines = reading.lines
        self.set_aside: list[str] = []

    def judged(self, label: str, found: ReadField[T]) -> ReadField[T] | None:
        if found.confidence >= CONFIDENT:
            return found
        self.set_aside.append(
            said(
                "{field} read as “{words}” on page {page}, line {line}, only {confidence} % sure: left empty",
                field=label,
                words=found.words,
                page=found.page,
                line=found.line,
                confidence=round(found.confidence),
            )
        )
        return None

    def first(self, label: str, find: Callable[[str], T | None], shown: Callable[[T], str]) -> ReadField[T] | None:
        for line in self.lines:
            value = find(line.text)
            if value:
                read = ReadField(value, line.page, line.number, _confidence_of(line, shown(value)), line.text)
                return self.judged(label, read)
        return None


def _sender_block(lines: Sequence[ReadLine]) -> tuple[int, list[ReadLine]] | None:
    """The position of the first postcode line and the lines of its block up to it: the writer's address."""
    for index, line in enumerate(lines):
        if find_postal_line(line.text) is not None:
            block = [other for other in lines[:index] if other.page == line.page and other.block == line.block]
            return index, [*block[-4:], line]
    return None


def _name(reader: _Reader, lines: Sequence[ReadLine]) -> ReadField[str] | None:
    """The name heading the writer's address; confirmed (and surer) when the signature repeats it."""
    sender = _sender_block(lines)
    # The signature: the last line that is only a name.
    signature = [line for line in lines if name_in_line(line.text)][-1:]
    signed = FoldedText.build(name_in_line(signature[0].text)).folded if signature else ""
    candidates: list[ReadLine] = []
    if sender is not None:
        # The first address of a letter is its writer's, at the head of the page; when the writer's address was
        # not read, the first one found is the addressee's (the centre), whose name the signature does not repeat.
        candidates = [
            line
            for line in sender[1]
            if name_in_line(line.text)
            and (line.block == lines[0].block or FoldedText.build(name_in_line(line.text)).folded == signed)
        ][:1]
    if not candidates and not signature:
        return None
    head = candidates[0] if candidates else signature[0]
    name = name_in_line(head.text)
    read = ReadField(name, head.page, head.number, _confidence_of(head, name), head.text)
    for line in signature:
        if line is not head and signed == FoldedText.build(name).folded:
            # The same name twice confirms it. A reading loses accents (a speck hides a cedilla) far more often
            # than it invents them: the spelling with more of them is kept, else the surer one.
            again = name_in_line(line.text)
            second = ReadField(again, line.page, line.number, _confidence_of(line, again), line.text)
            if (_accents(second.value), second.confidence) > (_accents(read.value), read.confidence):
                read, second = second, read
            read = dataclasses.replace(read, confidence=max(read.confidence, second.confidence))
    return reader.judged(said("name"), read)


def _accents(name: str) -> int:
    return sum(1 for char in name if not char.isascii())


def _address(reader: _Reader, lines: Sequence[ReadLine]) -> tuple[ReadField[tuple[str, ...]] | None,
                                                                   ReadField[PostalLine] | None]:
    sender = _sender_block(lines)
    if sender is None:
        return None, None
    index, block = sender
    postal_line = block[-1]
    postal = find_postal_line(postal_line.text)
    assert postal is not None
    written = f"{postal.postcode} {postal.city}"
    postal_read = reader.judged(
        said("postcode and city"),
        ReadField(postal, postal_line.page, postal_line.number, _confidence_of(postal_line, written), postal_line.text),
    )
    # The street lines between the name and the postcode line, then the country when it follows.
    street = [line for line in block[:-1] if not name_in_line(line.text)]
    following = lines[index + 1] if index + 1 < len(lines) else None
    is_country = (
        following is not None
        and following.block == postal_line.block
        and not any(c.isdigit() for c in following.text)
        and len(following.text.split()) <= 2
    )
    country = [following] if is_country and following is not None else []
    address_lines = [*street, postal_line, *country]
    confidence = min(line.confidence for line in address_lines)
    address = reader.judged(
        said("postal address"),
        ReadField(tuple(line.text for line in address_lines), postal_line.page, address_lines[0].number, confidence,
                  " / ".join(line.text for line in address_lines)),
    )
    return address, postal_read


def _rights(reader: _Reader, text: str) -> tuple[ReadField[Right], ...]:
    found: list[ReadField[Right]] = []
    for suggestion in suggest_rights(text):
        best: ReadField[Right] | None = None
        for trigger in suggestion.triggers:
            for line in reader.lines:
                if trigger in line.text:
                    read = ReadField(suggestion.right, line.page, line.number, _confidence_of(line, trigger), line.text)
                    if best is None or read.confidence > best.confidence:
                        best = read
                    break
        if best is None:
            continue
        kept = reader.judged(said("the right {right}", right=suggestion.right), best)
        if kept is not None:
            found.append(kept)
    return tuple(found)


def prefill_scan(reading: ScanReading) -> ScanPrefill:
    """The fields a recognised letter gives, each with its source and confidence; what was read too unsurely
    is named in ``set_aside`` and left empty."""
    reader = _Reader(reading)
    lines = reading.lines
    text = reading.text
    address, postal = _address(reader, lines)
    sender = _sender_block(lines)
    # The writer's own city is no centre: the centre's country is looked for in the rest of the letter.
    others = "\n".join(line.text for line in lines if sender is None or line not in sender[1])
    hint = suggest_jurisdiction(others)
    jurisdiction = hint.jurisdiction if hint else (postal.value.jurisdiction if postal else None)
    return ScanPrefill(
        name=_name(reader, lines),
        address=address,
        postal=postal,
        email=reader.first(said("e-mail address"), find_email_address, str),
        phone=reader.first(said("telephone"), find_phone_number, str),
        patient_number=reader.first(said("patient number"), find_patient_number, str),
        birth_date=reader.first(said("date of birth"), _digits_joined(find_birth_date), _date_words),
        signed=reader.first(said("date of the letter"), _digits_joined(find_letter_date), _date_words),
        rights=_rights(reader, text),
        language=guess_language(text),
        jurisdiction=jurisdiction,
        centre=hint.centre if hint else "",
        references=find_references(text),
        set_aside=tuple(reader.set_aside),
    )


_SPLIT_DIGITS = re.compile(r"(?<=\d)\s+(?=\d)")


def _digits_joined(find: Callable[[str], date | None]) -> Callable[[str], date | None]:
    """``find`` applied to the line with the spaces a reading puts between digits removed ("19/12/1 990")."""
    return lambda line: find(_SPLIT_DIGITS.sub("", line))


def _date_words(day: date) -> str:
    # Written "14/02/1987" or "14 février 1987": the year is the part every form shares, and a reading holds a
    # numeric date in one word.
    return str(day.year)


def case_fields(
    prefill: ScanPrefill,
    *,
    received: date | None,
    request_text: str = "",
    jurisdiction: Jurisdiction | None = None,
) -> ScanCaseFields:
    """The case fields as the command line stores them: what was read surely, the day of receipt as stamped
    (today when None), the country and language read or else the usual ones (the notes will say so)."""
    country = prefill.jurisdiction or jurisdiction or Jurisdiction.BE
    language = prefill.language or (Language.NL if country is Jurisdiction.BE else Language.FR)
    birth = prefill.birth_date.value if prefill.birth_date else None
    if birth is not None and received is not None and birth > received:
        birth = None
    subject = DataSubject(
        name=prefill.name.value if prefill.name else "",
        birth_date=birth,
        email=prefill.email.value if prefill.email else "",
        address=prefill.address.value if prefill.address else (),
        patient_number=prefill.patient_number.value if prefill.patient_number else "",
        centre=prefill.centre,
    )
    return ScanCaseFields(
        subject=subject,
        jurisdiction=country,
        language=language,
        rights=tuple(read.value for read in prefill.rights),
        received=received,
        request_text=request_text,
    )


def prefill_notes(prefill: ScanPrefill) -> tuple[str, ...]:
    """What the timeline keeps of the reading: where the name was read, the letter's own date (never taken as
    the day of receipt), the telephone (the case has no field for it), what was assumed and what was set
    aside."""
    notes: list[str] = []
    fields = case_fields(prefill, received=None)
    if prefill.jurisdiction is None:
        notes.append(said("the centre's country is not named: {country} assumed", country=fields.jurisdiction))
    if prefill.language is None:
        notes.append(said("the language is not recognised: {language} assumed", language=fields.language))
    if prefill.name is not None:
        notes.append(said("name {source}", source=prefill.name.source))
    if prefill.signed is not None:
        notes.append(said("the letter is dated {day}", day=prefill.signed.value))
    if prefill.phone is not None:
        notes.append(said("telephone: {phone}", phone=prefill.phone.value))
    return (*notes, *prefill.set_aside)


def find_scan_matches(db: Database, prefill: ScanPrefill, *, as_of: date) -> list[Match]:
    """Open or recent cases the letter may follow (a quoted reference, the same e-mail address, name and date of
    birth, or patient number), best first: the same search as for e-mails."""
    query = MatchQuery(
        emails=(prefill.email.value,) if prefill.email else (),
        people=((prefill.name.value, prefill.birth_date.value),) if prefill.name and prefill.birth_date else (),
        patient_numbers=(prefill.patient_number.value,) if prefill.patient_number else (),
        references=prefill.references,
    )
    if query.is_empty:
        return []
    with db.transaction() as session:
        return find_matching_cases(session, query, as_of=as_of)


def match_reason(match: Match) -> Message:
    """Why the letter was joined to ``match``, as the timeline says it."""
    return said(
        "matched {reference}: {reasons}",
        reference=match.reference,
        reasons=tuple(_REASON_WORDS[reason] for reason in match.reasons),
    )
