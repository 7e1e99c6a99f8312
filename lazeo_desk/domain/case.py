"""A data subject request — a "case" — and the people and decisions it holds."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status
from lazeo_desk.domain.vocabulary import Vocabulary


class Jurisdiction(Vocabulary, noun="jurisdiction", upper=True):
    """The country of the centre concerned: it chooses the holidays, the patient law and the authority."""

    BE = "BE"
    FR = "FR"
    LU = "LU"


class Language(Vocabulary, noun="language"):
    """The language the person is written to in."""

    NL = "nl"
    FR = "fr"
    EN = "en"


class Channel(Vocabulary, noun="channel", aliases={"e-mail": "email"}):
    """How the request reached the DPO."""

    POST = "post"
    EMAIL = "email"
    IN_PERSON = "in-person"
    WEB_FORM = "web-form"
    PHONE = "phone"
    DOCTOLIB = "doctolib"


class Relationship(Vocabulary, noun="relationship"):
    """Who asks, relative to the data subject (docs/rules.md, Identity: requests through someone else)."""

    SELF = "self"
    PARENT = "parent"
    GUARDIAN = "guardian"
    MANDATARY = "mandatary"
    HEIR = "heir"


class Title(
    Vocabulary,
    noun="title",
    aliases={
        "ms": "mrs", "ms.": "mrs", "mrs.": "mrs", "mme": "mrs", "madame": "mrs", "mevrouw": "mrs",
        "m": "mr", "m.": "mr", "mr.": "mr", "monsieur": "mr", "heer": "mr", "de-heer": "mr",
        "me": "maitre", "me.": "maitre", "maître": "maitre", "meester": "maitre",
        "dr.": "dr", "docteur": "dr", "dokter": "dr", "doctor": "dr",
    },
):  # fmt: skip
    """How a person is addressed (docs/rules.md, Salutations and civility); none recorded means a neutral salutation.

    "Mr." is read as "Mister": the Dutch abbreviation of "meester" is too easily mistaken for it, so a lawyer is
    recorded as "maitre" (or "Me", "Maître", "meester").
    """

    MRS = "mrs"
    MR = "mr"
    MAITRE = "maitre"
    DR = "dr"


class HeirPurpose(Vocabulary, noun="purpose"):
    """Why an heir asks for a deceased patient's file: the three purposes of the French CSP L.1110-4 V."""

    CAUSES_OF_DEATH = "causes-of-death"
    DEFEND_MEMORY = "defend-memory"
    ASSERT_RIGHTS = "assert-rights"

    @property
    def needs_explanation(self) -> bool:
        """Only "the causes of death" needs no more detail; the other two are explained (docs/rules.md, heirs)."""
        return self is not HeirPurpose.CAUSES_OF_DEATH


class OutcomeKind(Vocabulary, noun="outcome"):
    """What became of one right invoked."""

    GRANTED = "granted"
    PARTLY_GRANTED = "partly-granted"
    REFUSED = "refused"


REFERENCE_PATTERN = re.compile(r"^DSAR-(\d{4})-(\d{4,})$")


def format_reference(year: int, sequence: int) -> str:
    """The case reference: ``DSAR-2026-0001``, a yearly sequence that is never reused."""
    return f"DSAR-{year:04d}-{sequence:04d}"


def parse_reference(text: str) -> tuple[int, int]:
    """Year and sequence of a reference; ``ValueError`` when it is not one."""
    match = REFERENCE_PATTERN.match(text.strip().upper())
    if match is None:
        raise ValueError(f"not a case reference: {text!r} (expected DSAR-YYYY-NNNN)")
    return int(match.group(1)), int(match.group(2))


@dataclass
class DataSubject:
    """The person the data is about."""

    name: str
    birth_date: date | None = None
    email: str = ""
    address: tuple[str, ...] = ()
    title: Title | None = None
    family_name: str = ""
    patient_number: str = ""
    centre: str = ""
    minor: bool = False
    deceased: bool = False
    death_date: date | None = None
    last_consultation: date | None = None


@dataclass(frozen=True)
class Practitioner:
    """The health practitioner a relative designates to consult a deceased patient's file (BE art. 9 §4, LU)."""

    name: str
    address: tuple[str, ...] = ()
    title: Title | None = Title.DR
    family_name: str = ""


@dataclass
class Requester:
    """Who asks. ``relationship`` SELF means the data subject asks in person; other fields are then empty.

    For an heir, ``purpose`` and ``purpose_explanation`` record what they stated (FR L.1110-4 V) and
    ``designated_practitioner`` who consults the file for them (BE, LU).
    """

    relationship: Relationship = Relationship.SELF
    name: str = ""
    address: tuple[str, ...] = ()
    email: str = ""
    proof: str = ""
    title: Title | None = None
    family_name: str = ""
    purpose: HeirPurpose | None = None
    purpose_explanation: str = ""
    designated_practitioner: Practitioner | None = None

    @property
    def is_representative(self) -> bool:
        """Someone other than the data subject writes (a representative, or an heir in their own right)."""
        return self.relationship is not Relationship.SELF

    @property
    def is_heir(self) -> bool:
        """An heir or relative acts in their own right, not on the deceased's behalf (GDPR recital 27)."""
        return self.relationship is Relationship.HEIR


@dataclass
class Extension:
    """The Art 12(3) extension by two further months: its reasons and when the person was told."""

    reason: str
    notice_date: date


@dataclass
class RightOutcome:
    """The answer given to one right; ``ground`` is required when the right is not fully granted."""

    kind: OutcomeKind
    ground: str = ""


@dataclass(frozen=True)
class TimelineEvent:
    """One entry of a case's append-only history."""

    at: datetime
    actor: str
    kind: str
    text: str
    # The same lines as sentences the window can translate (see domain/messages.py); empty for older entries.
    lines: tuple[str, ...] = ()


@dataclass
class Case:
    """A data subject request and everything decided about it.

    ``received`` is the day the request arrived; ``completed`` the day it became complete (identity or missing
    details supplied), from which the clock runs when it is set; ``awaiting_since`` the day the DPO asked the
    requester for something, while the clock is paused.
    """

    jurisdiction: Jurisdiction
    language: Language
    channel: Channel
    received: date
    rights: tuple[Right, ...]
    subject: DataSubject
    requester: Requester = field(default_factory=Requester)
    status: Status = Status.NEW
    reference: str | None = None
    completed: date | None = None
    answered: date | None = None
    closed: date | None = None
    awaiting_since: date | None = None
    info_requested: date | None = None
    extension: Extension | None = None
    records_older_than_5_years: bool = False
    outcomes: dict[Right, RightOutcome] = field(default_factory=dict)
    request_text: str = ""
    notes: str = ""
    timeline: list[TimelineEvent] = field(default_factory=list)
    # Who on the team holds the case ("" while nobody does); changed only by assigning it.
    assignee: str = ""

    @property
    def recipient_is_representative(self) -> bool:
        """Letters go to the representative when someone else asks (docs/rules.md, Letters)."""
        return self.requester.is_representative
