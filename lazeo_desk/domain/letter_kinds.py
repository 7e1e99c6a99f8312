"""The kinds of formal letter the DPO sends (docs/rules.md, Letters) and which of them fit a case."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from enum import Enum

from lazeo_desk.domain.case import Case, Jurisdiction, OutcomeKind
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status
from lazeo_desk.domain.vocabulary import Vocabulary


class LetterKind(Vocabulary, noun="letter kind"):
    """A kind of letter; the value is the key used in files and on the command line."""

    ACKNOWLEDGEMENT = "acknowledgement"
    IDENTITY_REQUEST = "identity-request"
    EXTENSION_NOTICE = "extension-notice"
    ACCESS_RESPONSE = "access-response"
    RECTIFICATION_DONE = "rectification-done"
    ERASURE_DONE = "erasure-done"
    ERASURE_PARTLY_REFUSED = "erasure-partly-refused"
    RESTRICTION_APPLIED = "restriction-applied"
    OBJECTION_UPHELD = "objection-upheld"
    CONSENT_WITHDRAWN = "consent-withdrawn"
    PORTABILITY_COVER = "portability-cover"
    REFERRAL_DOCTOLIB = "referral-doctolib"
    REFUSAL = "refusal"
    MEDICAL_RECORD_COVER = "medical-record-cover"
    PRACTITIONER_COVER = "practitioner-cover"
    HEIR_PRACTITIONER_NOTICE = "heir-practitioner-notice"
    NO_DATA_HELD = "no-data-held"

    @property
    def description(self) -> str:
        """A short English description (the UI shows its translated copy)."""
        return _DESCRIPTIONS[self]

    @property
    def customarily_registered(self) -> bool:
        """Registered post is customary for refusals, extensions and medical-file copies (docs/rules.md, Letters)."""
        return self in REGISTERED_POST_KINDS

    @property
    def is_final_answer(self) -> bool:
        """Whether sending it answers the request (the case's answered date is then set)."""
        return self not in _INTERIM_KINDS

    @property
    def answers(self) -> Right | None:
        """The right this letter answers, for the kinds that answer one right."""
        return _ANSWERS.get(self)



_DESCRIPTIONS: dict[LetterKind, str] = {
    LetterKind.ACKNOWLEDGEMENT: "Acknowledgement of receipt, with the date the answer is due",
    LetterKind.IDENTITY_REQUEST: "Request for proof of identity or missing details (the clock waits)",
    LetterKind.EXTENSION_NOTICE: "Extension by two further months, with the reasons and the new date (Art 12(3))",
    LetterKind.ACCESS_RESPONSE: "Access response: copy of the data and the Art 15 information",
    LetterKind.RECTIFICATION_DONE: "Rectification carried out (Art 16), recipients notified (Art 19)",
    LetterKind.ERASURE_DONE: "Erasure carried out (Art 17), recipients notified (Art 19)",
    LetterKind.ERASURE_PARTLY_REFUSED: "Erasure partly refused: medical file kept until a computed date (Art 17(3))",
    LetterKind.RESTRICTION_APPLIED: "Restriction of processing applied (Art 18)",
    LetterKind.OBJECTION_UPHELD: "Objection upheld: the processing has stopped (Art 21)",
    LetterKind.CONSENT_WITHDRAWN: "Withdrawal of consent recorded (Art 7(3))",
    LetterKind.PORTABILITY_COVER: "Cover letter for the portable data file (Art 20)",
    LetterKind.REFERRAL_DOCTOLIB: "Referral to Doctolib, controller for the patient's Doctolib account",
    LetterKind.REFUSAL: "Refusal with reasons, the right to complain and to a judicial remedy (Art 12(4))",
    LetterKind.MEDICAL_RECORD_COVER: "Cover letter for a copy of the medical file (first copy free)",
    LetterKind.PRACTITIONER_COVER: "Cover letter for a deceased patient's file, to the practitioner a relative "
    "designated (BE, LU)",
    LetterKind.HEIR_PRACTITIONER_NOTICE: "To the relative: the file is made available to the practitioner they "
    "designated (BE, LU)",
    LetterKind.NO_DATA_HELD: "No personal data held: confirmation (Art 15(1)), the right to complain and to a remedy",
}

REGISTERED_POST_KINDS = frozenset(
    {LetterKind.REFUSAL, LetterKind.EXTENSION_NOTICE, LetterKind.MEDICAL_RECORD_COVER, LetterKind.PRACTITIONER_COVER}
)

# Answers under the GDPR itself, which an heir of a deceased patient does not receive (recital 27).
_GDPR_ANSWERS = frozenset(
    {
        LetterKind.ACCESS_RESPONSE,
        LetterKind.RECTIFICATION_DONE,
        LetterKind.ERASURE_DONE,
        LetterKind.ERASURE_PARTLY_REFUSED,
        LetterKind.RESTRICTION_APPLIED,
        LetterKind.OBJECTION_UPHELD,
        LetterKind.CONSENT_WITHDRAWN,
        LetterKind.PORTABILITY_COVER,
        LetterKind.NO_DATA_HELD,
    }
)


def through_practitioner(jurisdiction: Jurisdiction) -> bool:
    """Relatives of a deceased patient see the file only through a practitioner they designate: Belgium (patient
    rights law of 22 August 2002, art. 9 §4) and Luxembourg (law of 28 August 1998 on hospital establishments,
    art. 36; docs/rules.md treats it as Belgium)."""
    return jurisdiction in (Jurisdiction.BE, Jurisdiction.LU)


_INTERIM_KINDS = frozenset({LetterKind.ACKNOWLEDGEMENT, LetterKind.IDENTITY_REQUEST, LetterKind.EXTENSION_NOTICE})

_ANSWERS: Mapping[LetterKind, Right] = {
    LetterKind.ACCESS_RESPONSE: Right.ACCESS,
    LetterKind.RECTIFICATION_DONE: Right.RECTIFICATION,
    LetterKind.ERASURE_DONE: Right.ERASURE,
    LetterKind.ERASURE_PARTLY_REFUSED: Right.ERASURE,
    LetterKind.RESTRICTION_APPLIED: Right.RESTRICTION,
    LetterKind.OBJECTION_UPHELD: Right.OBJECTION,
    LetterKind.CONSENT_WITHDRAWN: Right.WITHDRAW_CONSENT,
    LetterKind.PORTABILITY_COVER: Right.PORTABILITY,
    LetterKind.MEDICAL_RECORD_COVER: Right.MEDICAL_RECORD,
    LetterKind.PRACTITIONER_COVER: Right.MEDICAL_RECORD,
    LetterKind.HEIR_PRACTITIONER_NOTICE: Right.MEDICAL_RECORD,
    LetterKind.NO_DATA_HELD: Right.ACCESS,
}

_PRACTITIONER_KINDS = frozenset({LetterKind.PRACTITIONER_COVER, LetterKind.HEIR_PRACTITIONER_NOTICE})


def heir_may_receive(case: Case, kind: LetterKind) -> bool:
    """Whether an heir's case answers with ``kind``: never a GDPR answer (recital 27: the GDPR does not apply to
    the dead); the file itself through the designated practitioner in Belgium (patient rights law of 22 August
    2002, art. 9 §4) and Luxembourg (law of 28 August 1998, art. 36), directly to the heir in France (CSP L.1110-4).
    """
    if kind in _PRACTITIONER_KINDS:
        return through_practitioner(case.jurisdiction)
    if kind is LetterKind.MEDICAL_RECORD_COVER:
        return not through_practitioner(case.jurisdiction)
    return kind not in _GDPR_ANSWERS


# The order in which letters are usually sent; proposals keep it.
_ANSWER_ORDER: tuple[LetterKind, ...] = (
    LetterKind.ACCESS_RESPONSE,
    LetterKind.NO_DATA_HELD,
    LetterKind.MEDICAL_RECORD_COVER,
    LetterKind.PRACTITIONER_COVER,
    LetterKind.HEIR_PRACTITIONER_NOTICE,
    LetterKind.RECTIFICATION_DONE,
    LetterKind.ERASURE_DONE,
    LetterKind.ERASURE_PARTLY_REFUSED,
    LetterKind.RESTRICTION_APPLIED,
    LetterKind.OBJECTION_UPHELD,
    LetterKind.CONSENT_WITHDRAWN,
    LetterKind.PORTABILITY_COVER,
)


def _answer_fits(case: Case, kind: LetterKind) -> bool:
    """An answer letter fits when its right was invoked and the recorded outcome does not contradict it.

    Erasure usually ends "partly granted" (the medical file is kept: docs/rules.md, Retention), so both erasure letters
    fit until an outcome is recorded; an objection letter says it was upheld, so it does not fit a refused one.
    """
    right = _ANSWERS[kind]
    if right not in case.rights:
        return False
    if case.requester.is_heir and not heir_may_receive(case, kind):
        return False
    if kind in _PRACTITIONER_KINDS and not case.requester.is_heir:
        return False
    outcome = case.outcomes.get(right)
    if kind is LetterKind.ERASURE_DONE:
        return outcome is None or outcome.kind is OutcomeKind.GRANTED
    if kind is LetterKind.ERASURE_PARTLY_REFUSED:
        return outcome is None or outcome.kind is not OutcomeKind.GRANTED
    return outcome is None or outcome.kind is not OutcomeKind.REFUSED


def proposed_kinds(case: Case) -> list[LetterKind]:
    """The letters that fit the case's status and rights, in the order they are usually sent.

    A new or verifying case is acknowledged, may need identity or details (Art 12(2), 12(6)), may be referred to
    Doctolib or extended (Art 12(3)); one awaiting the requester gets a reminder or, failing proof, a refusal
    (Art 11(2), 12(4)); one in progress gets the answers to its rights; a refused or referred case gets its
    letter again; a closed or withdrawn case gets none.
    """
    status = case.status
    kinds: list[LetterKind] = []
    if status in (Status.NEW, Status.VERIFYING_IDENTITY, Status.IN_PROGRESS) and case.answered is None:
        kinds.append(LetterKind.ACKNOWLEDGEMENT)
    if status in (Status.NEW, Status.VERIFYING_IDENTITY, Status.AWAITING_REQUESTER):
        kinds.append(LetterKind.IDENTITY_REQUEST)
    # The extension is the GDPR's (Art 12(3)); a relative's request rests on national patient law (recital 27).
    if (
        status in (Status.NEW, Status.VERIFYING_IDENTITY, Status.IN_PROGRESS)
        and case.answered is None
        and not case.requester.is_heir
    ):
        kinds.append(LetterKind.EXTENSION_NOTICE)
    if status in (Status.IN_PROGRESS, Status.ANSWERED):
        kinds.extend(kind for kind in _ANSWER_ORDER if _answer_fits(case, kind))
    if status in (Status.NEW, Status.VERIFYING_IDENTITY, Status.IN_PROGRESS, Status.REFERRED):
        kinds.append(LetterKind.REFERRAL_DOCTOLIB)
    if status in (Status.VERIFYING_IDENTITY, Status.AWAITING_REQUESTER, Status.IN_PROGRESS, Status.REFUSED):
        kinds.append(LetterKind.REFUSAL)
    return kinds


def fits(case: Case, kind: LetterKind) -> bool:
    """Whether ``kind`` is among the letters proposed for the case (the CLI still renders others, with a warning)."""
    return kind in proposed_kinds(case)


class LetterInput(Enum):
    """What the DPO may have to supply for one letter, beyond the case itself."""

    ENCLOSURES = "enclosures"
    ITEMS_REQUESTED = "items_requested"
    EXTENSION_REASON = "extension_reason"
    REFUSAL = "refusal_reasons"
    OBJECTION_NOT_MARKETING = "objection_not_marketing"
    DONE_ITEMS = "done_items"
    RECIPIENTS_NOTIFIED = "recipients_notified"
    LIABILITY_CLAIM = "retention_ground"
    FREE_NOTE = "free_note"


# Kinds that go with documents whatever their template says: the copy of the data (GDPR Art 15(3)), the
# portable data (Art 20(1)), the medical file (patients' rights laws: FR CSP L1111-7, BE 22 Aug 2002 Art 9,
# LU 24 Jul 2014 Art 16), the file handed to the practitioner a relative designated.
ENCLOSING_KINDS = frozenset(
    {
        LetterKind.ACCESS_RESPONSE,
        LetterKind.MEDICAL_RECORD_COVER,
        LetterKind.PORTABILITY_COVER,
        LetterKind.PRACTITIONER_COVER,
    }
)


def carries_enclosures(kind: LetterKind, placeholders: Collection[str]) -> bool:
    """Whether a letter lists enclosures: its template names them, or its kind sends a copy of data or a file.

    An access response must say what copy it encloses (GDPR Art 15(3)); so must the covers of the portable
    data (Art 20(1)) and of a medical file.
    """
    return "enclosures" in placeholders or kind in ENCLOSING_KINDS


def letter_inputs(kind: LetterKind, placeholders: Collection[str], rights: Collection[Right]) -> frozenset[LetterInput]:
    """What the DPO supplies for a letter whose template uses ``placeholders``, on a case about ``rights``.

    A field is asked for only where the letter prints it. A refusal of an objection asks whether it is about
    direct marketing, which is never refused (GDPR Art 21(2)-(3)); a free note is offered where the template
    has no free paragraphs of its own.
    """
    needed = {item for item in LetterInput if item.value in placeholders}
    needed.discard(LetterInput.OBJECTION_NOT_MARKETING)
    needed.discard(LetterInput.ENCLOSURES)
    needed.discard(LetterInput.FREE_NOTE)
    if carries_enclosures(kind, placeholders):
        needed.add(LetterInput.ENCLOSURES)
    if LetterInput.REFUSAL in needed and Right.OBJECTION in rights:
        needed.add(LetterInput.OBJECTION_NOT_MARKETING)
    if "free_paragraphs" not in placeholders:
        needed.add(LetterInput.FREE_NOTE)
    return frozenset(needed)
