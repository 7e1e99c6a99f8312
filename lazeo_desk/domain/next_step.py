"""What the DPO should do next on a case, from its state, its dates, the letters sent and the day it is.

Each rule is one function that returns a :class:`NextStep` or None; :func:`next_step` asks them in order of
urgency and keeps the first answer. An open case always has a next step (answering, or getting ready to); a closed
one never has.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from lazeo_desk.domain.case import Case, Jurisdiction
from lazeo_desk.domain.deadlines import DUE_SOON_DAYS
from lazeo_desk.domain.identity import IntakeRoute, default_route
from lazeo_desk.domain.letter_kinds import LetterKind, through_practitioner
from lazeo_desk.domain.messages import Message, said
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status


class NextAction(enum.StrEnum):
    """The actions a next step can ask for; the value is the key written in JSON."""

    VERIFY_IDENTITY = "verify-identity"
    RECORD_PRACTITIONER = "record-practitioner"
    SEND_ACKNOWLEDGEMENT = "send-acknowledgement"
    SEND_EXTENSION_NOTICE = "send-extension-notice"
    WAIT_FOR_REQUESTER = "wait-for-requester"
    ANSWER_OVERDUE = "answer-overdue"
    PREPARE_ANSWER = "prepare-answer"
    CLOSE_CASE = "close-case"


@dataclass(frozen=True)
class CaseFacts:
    """What the next step depends on, whether read from a whole case or from a line of the register.

    ``due`` is the governing date (None while the clock is paused), ``strict_due`` the date counted from first
    receipt, ``extension_notice_by`` the last day of the first month; ``pending_rights`` the rights with no outcome
    yet; ``letters_sent`` the kinds in the letter log; ``sender_on_file`` whether the request came from the address
    the clinic has on file (or by a route where that question does not arise); ``practitioner_missing`` whether a
    relative who consults the file through a practitioner has not designated one yet.
    """

    status: Status
    jurisdiction: Jurisdiction
    rights: tuple[Right, ...]
    pending_rights: tuple[Right, ...]
    due: date | None
    strict_due: date | None
    awaiting_since: date | None
    extended: bool
    extension_notice_by: date | None
    letters_sent: frozenset[LetterKind]
    sender_on_file: bool
    heir: bool
    practitioner_missing: bool

    @classmethod
    def of(
        cls,
        case: Case,
        *,
        due: date | None,
        strict_due: date | None,
        extension_notice_by: date | None,
        letters_sent: Iterable[LetterKind] = (),
        pending_rights: Iterable[Right] | None = None,
    ) -> CaseFacts:
        """The facts of ``case``; ``pending_rights`` defaults to the rights with no recorded outcome."""
        practitioner = case.requester.designated_practitioner
        return cls(
            status=case.status,
            jurisdiction=case.jurisdiction,
            rights=tuple(case.rights),
            pending_rights=tuple(
                pending_rights if pending_rights is not None else (r for r in case.rights if r not in case.outcomes)
            ),
            due=None if case.status is Status.AWAITING_REQUESTER else due,
            strict_due=strict_due,
            awaiting_since=case.awaiting_since,
            extended=case.extension is not None,
            extension_notice_by=extension_notice_by,
            letters_sent=frozenset(letters_sent),
            sender_on_file=default_route(case) is not IntakeRoute.EMAIL_UNKNOWN,
            heir=case.requester.is_heir,
            practitioner_missing=(
                case.requester.is_heir
                and through_practitioner(case.jurisdiction)
                and (practitioner is None or not practitioner.name.strip())
            ),
        )


@dataclass(frozen=True)
class NextStep:
    """One thing to do: the action, the date it is due by, and what the window needs to offer it.

    ``letter`` is the kind of letter the action writes (preselected in the letter dialog), ``right`` the right an
    answer concerns, ``since`` the day a wait or a delay began.
    """

    action: NextAction
    sentence: Message
    due: date | None = None
    letter: LetterKind | None = None
    right: Right | None = None
    since: date | None = None

    def said(self) -> Message:
        """The step as a sentence the window translates (English as a string)."""
        return self.sentence

    def to_json(self) -> dict[str, str | None]:
        """The step as the command line writes it: ``{"action": …, "text": …, "due": …}``."""
        return {
            "action": self.action.value,
            "text": str(self.sentence),
            "due": self.due.isoformat() if self.due is not None else None,
        }


_ANSWER_LETTERS: dict[Right, LetterKind] = {
    Right.ACCESS: LetterKind.ACCESS_RESPONSE,
    Right.RECTIFICATION: LetterKind.RECTIFICATION_DONE,
    # Erasure usually ends partly granted: the medical file is kept (docs/rules.md, Retention).
    Right.ERASURE: LetterKind.ERASURE_PARTLY_REFUSED,
    Right.RESTRICTION: LetterKind.RESTRICTION_APPLIED,
    Right.OBJECTION: LetterKind.OBJECTION_UPHELD,
    Right.WITHDRAW_CONSENT: LetterKind.CONSENT_WITHDRAWN,
    Right.PORTABILITY: LetterKind.PORTABILITY_COVER,
    Right.MEDICAL_RECORD: LetterKind.MEDICAL_RECORD_COVER,
}

_UNSETTLED_IDENTITY = frozenset({Status.NEW, Status.VERIFYING_IDENTITY})


def answer_letter(facts: CaseFacts, right: Right | None) -> LetterKind | None:
    """The letter that answers ``right``. A relative of a deceased patient receives no GDPR answer (recital 27):
    the file goes through the designated practitioner in Belgium and Luxembourg (BE art. 9 §4, LU art. 36), to the
    heir directly in France (CSP L.1110-4, L.1111-7)."""
    if right is None:
        return None
    if facts.heir:
        return LetterKind.PRACTITIONER_COVER if through_practitioner(facts.jurisdiction) else (
            LetterKind.MEDICAL_RECORD_COVER
        )
    return _ANSWER_LETTERS[right]


def _first_pending(facts: CaseFacts) -> Right | None:
    return facts.pending_rights[0] if facts.pending_rights else None


def wait_for_requester(facts: CaseFacts, today: date) -> NextStep | None:
    """While the requester's identity or missing details are awaited the clock is paused (GDPR Art 12(2), 12(6)
    with the policy); the strict date counted from first receipt is always shown beside it (EDPB Guidelines
    01/2022 §159)."""
    if facts.status is not Status.AWAITING_REQUESTER:
        return None
    since = facts.awaiting_since
    if since is None:
        sentence = said("Waiting for the requester; strict date {strict}", strict=facts.strict_due or "—")
    else:
        sentence = said(
            "Waiting for the requester since {since}; strict date {strict}", since=since, strict=facts.strict_due or "—"
        )
    return NextStep(NextAction.WAIT_FOR_REQUESTER, sentence, due=facts.strict_due, since=since)


def answer_overdue(facts: CaseFacts, today: date) -> NextStep | None:
    """Past the governing date the answer is late but still owed (GDPR Art 12(3); docs/rules.md, Before a letter goes
    out: "An answer after the governing date may still go out, but does not claim to be on time")."""
    if not facts.status.is_open or facts.due is None or today <= facts.due:
        return None
    right = _first_pending(facts)
    return NextStep(
        NextAction.ANSWER_OVERDUE,
        said("Overdue since {day}: answer now", day=facts.due + timedelta(days=1)),
        due=facts.due,
        letter=answer_letter(facts, right) if facts.status is Status.IN_PROGRESS else None,
        right=right,
        since=facts.due + timedelta(days=1),
    )


def verify_unknown_sender(facts: CaseFacts, today: date) -> NextStep | None:
    """A request from an address not on file leaves a reasonable doubt about who asks (GDPR Art 12(6); EDPB
    Guidelines 01/2022): identity comes first, even before an acknowledgement, which would tell a stranger that
    the person is a patient of the clinic."""
    if facts.status not in _UNSETTLED_IDENTITY or facts.sender_on_file:
        return None
    return NextStep(
        NextAction.VERIFY_IDENTITY,
        said("Verify identity — the request came from an address not on file"),
        due=facts.due,
    )


def send_extension_notice(facts: CaseFacts, today: date) -> NextStep | None:
    """An extension must be told to the person, with its reasons, within the first month (GDPR Art 12(3)): a case
    extended with no extension notice in its letter log gets one before the first deadline."""
    if (
        not facts.extended
        or not facts.status.is_open
        or LetterKind.EXTENSION_NOTICE in facts.letters_sent
        or facts.extension_notice_by is None
        or today > facts.extension_notice_by
    ):
        return None
    return NextStep(
        NextAction.SEND_EXTENSION_NOTICE,
        said("Send the extension notice by {day}", day=facts.extension_notice_by),
        due=facts.extension_notice_by,
        letter=LetterKind.EXTENSION_NOTICE,
    )


def send_acknowledgement(facts: CaseFacts, today: date) -> NextStep | None:
    """A request no letter has answered yet is acknowledged, with the date the answer is due (GDPR Art 12(3):
    without undue delay; docs/rules.md, Letters: acknowledgement of receipt). Within the last week before that date
    the answer itself is what is owed, so the acknowledgement no longer comes first."""
    if facts.letters_sent or facts.status not in (*_UNSETTLED_IDENTITY, Status.IN_PROGRESS):
        return None
    if facts.due is not None and (facts.due - today).days <= DUE_SOON_DAYS:
        return None
    return NextStep(
        NextAction.SEND_ACKNOWLEDGEMENT,
        said("Send the acknowledgement"),
        due=facts.due,
        letter=LetterKind.ACKNOWLEDGEMENT,
    )


def verify_identity(facts: CaseFacts, today: date) -> NextStep | None:
    """Identity is settled before the case is worked on, in proportion, with what the clinic already knows (GDPR
    Art 12(2), 12(6), 11(2); EDPB Guidelines 01/2022)."""
    if facts.status not in _UNSETTLED_IDENTITY:
        return None
    return NextStep(NextAction.VERIFY_IDENTITY, said("Verify the requester's identity"), due=facts.due)


def record_practitioner(facts: CaseFacts, today: date) -> NextStep | None:
    """A relative in Belgium (patient rights law of 22 August 2002, art. 9 §4) or Luxembourg (law of 28 August
    1998, art. 36) consults the file only through a practitioner they designate: without one, no file letter."""
    if not facts.practitioner_missing or not facts.status.is_open:
        return None
    return NextStep(
        NextAction.RECORD_PRACTITIONER,
        said("Record the designated practitioner: in {country} a relative consults the file only through one",
             country=facts.jurisdiction),
        due=facts.due,
    )


def prepare_answer(facts: CaseFacts, today: date) -> NextStep | None:
    """A case in progress is answered by its governing date (GDPR Art 12(3); the national clock when shorter)."""
    if facts.status is not Status.IN_PROGRESS:
        return None
    right = _first_pending(facts)
    if right is None:
        sentence = said("Answer due {day}: send the answer", day=facts.due or "—")
    else:
        sentence = said("Answer due {day}: prepare the answer ({right})", day=facts.due or "—", right=right)
    return NextStep(
        NextAction.PREPARE_ANSWER, sentence, due=facts.due, letter=answer_letter(facts, right), right=right
    )


def close_case(facts: CaseFacts, today: date) -> NextStep | None:
    """An answered, refused, withdrawn or referred request is closed, which starts its retention (docs/rules.md)."""
    if facts.status.is_open or facts.status is Status.CLOSED:
        return None
    return NextStep(NextAction.CLOSE_CASE, said("Close the case"))


# The order of urgency: the first rule that applies gives the step.
RULES: tuple[Callable[[CaseFacts, date], NextStep | None], ...] = (
    wait_for_requester,
    answer_overdue,
    verify_unknown_sender,
    send_extension_notice,
    send_acknowledgement,
    verify_identity,
    record_practitioner,
    prepare_answer,
    close_case,
)


def next_step(facts: CaseFacts, today: date) -> NextStep | None:
    """The one thing to do next on ``today``; None for a closed case."""
    for rule in RULES:
        step = rule(facts, today)
        if step is not None:
            return step
    return None
