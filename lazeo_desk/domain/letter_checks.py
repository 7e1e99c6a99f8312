"""Whether a letter may go out on its date, and what the DPO is warned of (docs/rules.md, "Before a letter goes out").

Each rule is one function returning the findings it makes: a REFUSE finding stops the letter (it is not printed,
saved or recorded), a WARN finding is shown and must be confirmed. :func:`check_letter` runs them all; the window
and the command line both go through it, so a letter refused in one is refused in the other.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from lazeo_desk.domain.case import Case, Jurisdiction
from lazeo_desk.domain.deadlines import DeadlineReport
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.messages import Message, said
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status


class Severity(enum.StrEnum):
    """REFUSE: the letter must not go out; WARN: it may, once the DPO has confirmed."""

    REFUSE = "refuse"
    WARN = "warn"


@dataclass(frozen=True)
class Finding:
    """One rule's verdict on a letter: the rule's key, its severity and the sentence saying why."""

    rule: str
    severity: Severity
    message: Message

    def said(self) -> Message:
        """The sentence, which the window says in the reader's language."""
        return self.message

    @property
    def refuses(self) -> bool:
        return self.severity is Severity.REFUSE


def _refuse(rule: str, message: Message) -> list[Finding]:
    return [Finding(rule, Severity.REFUSE, message)]


def _warn(rule: str, message: Message) -> list[Finding]:
    return [Finding(rule, Severity.WARN, message)]


# Kinds that tell the person by when they will be answered.
DATE_PROMISING_KINDS = frozenset({LetterKind.ACKNOWLEDGEMENT, LetterKind.IDENTITY_REQUEST})

# Kinds that answer the request (or part of it) and so are late after their date.
_ANSWER_KINDS = frozenset(kind for kind in LetterKind if kind.is_final_answer)

ART_12_5_GROUNDS = frozenset({"manifestly-unfounded", "excessive"})

# Words by which a request in Dutch, French or English speaks of direct marketing.
_MARKETING_WORDS = re.compile(
    r"prospection|publicit|marketing|newsletter|lettre d.information|d[ée]marchage|offres? commerciales?|"
    r"reclame|nieuwsbrief|promotie|promotional|advertis",
    re.IGNORECASE,
)


def promised_date_passed(case: Case, kind: LetterKind, on: date, deadlines: DeadlineReport) -> list[Finding]:
    """A letter that promises a date is refused once that date has passed on the letter's date.

    GDPR Art 12(3): an acknowledgement promises the answer by the due date; a request for identity or details
    pauses the clock only when it goes out before that date (Art 12(2), 12(6); EDPB Guidelines 01/2022 §159), so
    a first request sent after it is refused as well. A reminder to a requester already asked is not concerned.
    """
    if kind not in DATE_PROMISING_KINDS or on <= deadlines.due:
        return []
    if kind is LetterKind.ACKNOWLEDGEMENT:
        return _refuse(
            "promised-date-passed",
            said(
                "the acknowledgement would promise an answer by {due}, a date already passed on {on}: answer the "
                "request instead (GDPR Art 12(3))",
                due=deadlines.due, on=on,
            ),
        )
    if case.info_requested is not None or case.status is Status.AWAITING_REQUESTER:
        return []
    return _refuse(
        "promised-date-passed",
        said(
            "the answer was due on {due}: a request for identity or details dated {on} can no longer pause the "
            "clock; answer or refuse the request (GDPR Art 12(2), 12(3))",
            due=deadlines.due, on=on,
        ),
    )


def before_earliest_release(case: Case, kind: LetterKind, on: date, deadlines: DeadlineReport) -> list[Finding]:
    """A French medical-file copy is not sent before the 48-hour reflection period ends.

    Code de la santé publique L.1111-7: the file is communicated at the latest within eight days, and not before
    forty-eight hours have passed.
    """
    if kind is not LetterKind.MEDICAL_RECORD_COVER or case.jurisdiction is not Jurisdiction.FR:
        return []
    release = deadlines.earliest_release
    if release is None or on >= release:
        return []
    return _refuse(
        "before-earliest-release",
        said(
            "the medical file may not be sent before {release} (48-hour reflection period, Code de la santé "
            "publique L.1111-7): date the letter {release} or later",
            release=release,
        ),
    )


def national_clock_extended(case: Case, kind: LetterKind, deadlines: DeadlineReport) -> list[Finding]:
    """The national medical-file clock cannot be extended: a request for the file alone gets no extension notice.

    GDPR Art 12(3) extends the GDPR month only; the periods of Code de la santé publique L.1111-7 and of the Belgian
    patient rights law (art. 9 §2) know no extension. A mixed request may extend its GDPR part.
    """
    if kind is not LetterKind.EXTENSION_NOTICE or deadlines.national is None:
        return []
    if any(right is not Right.MEDICAL_RECORD for right in case.rights):
        return []
    return _refuse(
        "national-clock-extended",
        said(
            "the request concerns the medical file alone, whose national period ({law}) cannot be extended: "
            "send the file by {due}",
            law=deadlines.national_source, due=deadlines.national.final,
        ),
    )


def refusal_without_reasons(kind: LetterKind, refusal_ground: str | None, refusal_reason: str) -> list[Finding]:
    """A refusal as manifestly unfounded or excessive carries its specific reasons.

    GDPR Art 12(4)-(5): the controller informs the person of the reasons for not acting and bears the burden of
    demonstrating the manifestly unfounded or excessive character of the request: the facts (dates of earlier
    requests, what was already answered) are printed verbatim.
    """
    if kind is not LetterKind.REFUSAL or refusal_ground not in ART_12_5_GROUNDS or refusal_reason.strip():
        return []
    return _refuse(
        "refusal-without-reasons",
        said(
            "a refusal as manifestly unfounded or excessive must state its reasons (GDPR Art 12(4)-(5)): type the "
            "facts, such as the dates of the earlier requests and what was already answered"
        ),
    )


def objects_to_direct_marketing(case: Case) -> bool | None:
    """Whether the objection concerns direct marketing: True when the request says so, None when it cannot be told."""
    if Right.OBJECTION not in case.rights:
        return False
    if _MARKETING_WORDS.search(f"{case.request_text}\n{case.notes}"):
        return True
    return None


def refused_marketing_objection(case: Case, kind: LetterKind, *, not_marketing: bool = False) -> list[Finding]:
    """An objection to direct marketing is never refused.

    GDPR Art 21(2)-(3): where data are processed for direct marketing, the person may object at any time, and the
    data are then no longer processed for that purpose; no ground for refusing exists. Whether an objection
    concerns marketing cannot be read reliably from the request's words, so the safe side is the default: a
    refusal of a request that includes an objection is refused unless the DPO records (``not_marketing``) that the
    objection is not about direct marketing; even then, a request whose words speak of marketing is warned of.
    """
    if kind is not LetterKind.REFUSAL or Right.OBJECTION not in case.rights:
        return []
    if not not_marketing:
        return _refuse(
            "marketing-objection-refused",
            said(
                "the request includes an objection, and an objection to direct marketing cannot be refused (GDPR "
                "Art 21(2)-(3)): stop the marketing and send the objection-upheld letter, or record that the "
                "objection is not about direct marketing"
            ),
        )
    if objects_to_direct_marketing(case):
        return _warn(
            "marketing-objection-refused",
            said(
                "the objection is recorded as not about direct marketing, but the request speaks of marketing: an "
                "objection to direct marketing cannot be refused (GDPR Art 21(2)-(3))"
            ),
        )
    return []


def answers_a_right_not_invoked(case: Case, kind: LetterKind) -> list[Finding]:
    """An answer letter answers a right the request invoked; for any other, it would answer a question not asked.

    GDPR Art 12(1)-(3): the controller answers the request made. Recording such a letter as sent would also record
    an outcome for a right the person never exercised; the DPO adds the right to the case first if it was asked.
    """
    right = kind.answers
    if right is None or right in case.rights:
        return []
    return _refuse(
        "answers-a-right-not-invoked",
        said(
            "this letter answers the right “{right}”, which the request does not invoke: add the right to the case "
            "if it was asked, or choose the letter for a right the request invokes",
            right=right,
        ),
    )


def access_without_enclosures(kind: LetterKind, enclosures: Iterable[str]) -> list[Finding]:
    """An access response lists what is enclosed; with nothing to enclose, the answer is the no-data-held letter.

    GDPR Art 15(1) and 15(3): the person receives confirmation and a copy of the data; a response that says a copy
    is enclosed when none is would be untrue. Where no data are processed, Art 15(1) is answered by confirming so.
    """
    if kind is not LetterKind.ACCESS_RESPONSE or any(item.strip() for item in enclosures):
        return []
    return _refuse(
        "access-without-enclosures",
        said(
            "an access response must list the copy it encloses (GDPR Art 15(3)): add the enclosures, or send the "
            "no-data-held letter when no data are held"
        ),
    )


def answer_due_for(case: Case, kind: LetterKind, deadlines: DeadlineReport) -> date:
    """The date a letter answering ``kind`` was due: the medical file by the national date, the rest by the GDPR one.

    GDPR Art 12(3) and the national patient laws (docs/rules.md, Deadlines): where a request mixes rights, each part
    has its own date; a refusal or a referral answers the whole request, by the governing date.
    """
    gdpr = deadlines.extended.final if deadlines.extended is not None else deadlines.gdpr.final
    if kind is LetterKind.MEDICAL_RECORD_COVER and deadlines.national is not None:
        return min(deadlines.national.final, gdpr)
    if kind in (LetterKind.REFUSAL, LetterKind.REFERRAL_DOCTOLIB):
        return deadlines.due
    return gdpr


def answer_late(case: Case, kind: LetterKind, on: date, deadlines: DeadlineReport) -> list[Finding]:
    """An answer after its due date may go out, but the DPO is told: it is late, and the case records it so.

    GDPR Art 12(3): at the latest one month (or three, extended) after receipt; national patient laws for the file.
    """
    if kind not in _ANSWER_KINDS or kind is LetterKind.REFUSAL:
        return []
    due = answer_due_for(case, kind, deadlines)
    if on <= due:
        return []
    days = (on - due).days
    return _warn(
        "answer-late",
        said(
            "this answer was due on {due} and goes out on {on}, {days} day late: the case will record it as "
            "answered late",
            due=due, on=on, days=days,
        )
        if days == 1
        else said(
            "this answer was due on {due} and goes out on {on}, {days} days late: the case will record it as "
            "answered late",
            due=due, on=on, days=days,
        ),
    )


def refusal_late(kind: LetterKind, on: date, deadlines: DeadlineReport) -> list[Finding]:
    """A refusal goes out within one month of receipt of the request.

    GDPR Art 12(4): where the controller does not act, it informs the person without delay and at the latest
    within one month of receipt, of the reasons, the right to complain and the right to a judicial remedy.
    """
    if kind is not LetterKind.REFUSAL:
        return []
    limit = deadlines.gdpr.final
    if on <= limit:
        return []
    days = (on - limit).days
    return _warn(
        "refusal-late",
        said(
            "a refusal must go out within one month of receipt (GDPR Art 12(4)), by {limit}: this one is dated "
            "{on}, {days} day late",
            limit=limit, on=on, days=days,
        )
        if days == 1
        else said(
            "a refusal must go out within one month of receipt (GDPR Art 12(4)), by {limit}: this one is dated "
            "{on}, {days} days late",
            limit=limit, on=on, days=days,
        ),
    )


def check_letter(
    case: Case,
    kind: LetterKind,
    on: date,
    *,
    deadlines: DeadlineReport,
    refusal_ground: str | None = None,
    refusal_reason: str = "",
    enclosures: Iterable[str] = (),
    objection_not_marketing: bool = False,
) -> list[Finding]:
    """Every finding on a letter of ``kind`` for ``case`` dated ``on``; refusals first.

    ``objection_not_marketing``: the DPO recorded that the objection in the request is not about direct marketing.
    """
    findings = [
        *promised_date_passed(case, kind, on, deadlines),
        *before_earliest_release(case, kind, on, deadlines),
        *national_clock_extended(case, kind, deadlines),
        *refusal_without_reasons(kind, refusal_ground, refusal_reason),
        *refused_marketing_objection(case, kind, not_marketing=objection_not_marketing),
        *answers_a_right_not_invoked(case, kind),
        *access_without_enclosures(kind, tuple(enclosures)),
        *answer_late(case, kind, on, deadlines),
        *refusal_late(kind, on, deadlines),
    ]
    return sorted(findings, key=lambda finding: finding.severity is not Severity.REFUSE)
