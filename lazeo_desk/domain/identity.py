"""Identity verification: who must prove what, by which checks, and how a verification ends (DOMAIN.md, Identity).

The rules come from GDPR Art 11(2), 12(2), 12(5), 12(6) and 5(1)(c), the EDPB Guidelines 01/2022 on the right of
access (identification in proportion, requests made through others, §159 on pausing the clock), and the national
patient laws on the file of a deceased patient (FR Code de la santé publique L.1110-4; BE patient rights law of
22 August 2002, art. 9 §4; LU law of 24 July 2014). Every text shown to the DPO or written to the requester is in
the table ``IDENTITY_TEXTS`` at the end, one block per language, so that a lawyer can review it in one place.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from babel.dates import format_date

from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language, Relationship
from lazeo_desk.domain.deadlines import late_information_request
from lazeo_desk.domain.heirs import HeirStatement
from lazeo_desk.domain.messages import Explained, Problem, said
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status

# A second request from the same person within this many days is the same request (see second_request_handling).
REPEAT_WINDOW_DAYS = 7


class IntakeRoute(enum.StrEnum):
    """How the request (or the requester's reply) reached the DPO; it decides which checks can be made."""

    EMAIL_ON_FILE = "email-on-file"
    EMAIL_UNKNOWN = "email-unknown"
    POST = "post"
    IN_PERSON = "in-person"
    PHONE = "phone"


class Assurance(enum.IntEnum):
    """How certain the DPO must be of who asks; higher values need more (EDPB Guidelines 01/2022)."""

    LOW = 1
    SUBSTANTIAL = 2
    HIGH = 3


class Check(enum.StrEnum):
    """One thing the DPO can check; the texts say what to look at and why."""

    NAME_MATCHES = "name-matches"
    BIRTH_DATE_MATCHES = "birth-date-matches"
    POSTAL_ADDRESS_MATCHES = "postal-address-matches"
    EMAIL_ON_RECORD = "email-on-record"
    DOCTOLIB_ACCOUNT = "doctolib-account"
    PATIENT_NUMBER = "patient-number"
    SIGNED_LETTER = "signed-letter"
    ID_SEEN_IN_PERSON = "id-seen-in-person"
    PARENTAL_AUTHORITY = "parental-authority"
    SIGNED_MANDATE = "signed-mandate"
    REQUESTER_IDENTITY = "requester-identity"
    DEATH_CERTIFICATE = "death-certificate"
    HEIR_STATUS = "heir-status"
    STATED_PURPOSE = "stated-purpose"
    DESIGNATED_PRACTITIONER = "designated-practitioner"
    REDACTED_ID_COPY = "redacted-id-copy"

    @property
    def topic(self) -> Topic:
        """The step of the verification the check belongs to."""
        return _TOPICS[self]


class CheckResult(enum.StrEnum):
    """What a check showed."""

    MATCHES = "matches"
    DOES_NOT_MATCH = "does-not-match"
    NOT_CHECKED = "not-checked"


class Topic(enum.StrEnum):
    """The steps of a verification, in the order the DPO goes through them."""

    SUBJECT = "subject"
    AUTHORITY = "authority"
    DECEASED = "deceased"
    ID_DOCUMENT = "id-document"


_TOPICS: Mapping[Check, Topic] = {
    Check.NAME_MATCHES: Topic.SUBJECT,
    Check.BIRTH_DATE_MATCHES: Topic.SUBJECT,
    Check.POSTAL_ADDRESS_MATCHES: Topic.SUBJECT,
    Check.EMAIL_ON_RECORD: Topic.SUBJECT,
    Check.DOCTOLIB_ACCOUNT: Topic.SUBJECT,
    Check.PATIENT_NUMBER: Topic.SUBJECT,
    Check.SIGNED_LETTER: Topic.SUBJECT,
    Check.ID_SEEN_IN_PERSON: Topic.SUBJECT,
    Check.PARENTAL_AUTHORITY: Topic.AUTHORITY,
    Check.SIGNED_MANDATE: Topic.AUTHORITY,
    Check.REQUESTER_IDENTITY: Topic.AUTHORITY,
    Check.DEATH_CERTIFICATE: Topic.DECEASED,
    Check.HEIR_STATUS: Topic.DECEASED,
    Check.STATED_PURPOSE: Topic.DECEASED,
    Check.DESIGNATED_PRACTITIONER: Topic.DECEASED,
    Check.REDACTED_ID_COPY: Topic.ID_DOCUMENT,
}


class Need(enum.StrEnum):
    """What must be shown for a verification to be sufficient; each need is met by any one of its checks."""

    SUBJECT_NAME = "subject-name"
    SUBJECT_BIRTH_DATE = "subject-birth-date"
    SUBJECT_RECORD = "subject-record"
    CONTROL = "control"
    SIGNATURE = "signature"
    AUTHORITY = "authority"
    REQUESTER = "requester"
    DEATH = "death"
    HEIR = "heir"
    PURPOSE = "purpose"
    PRACTITIONER = "practitioner"


class Outcome(enum.StrEnum):
    """How a verification ends."""

    VERIFIED = "verified"
    MORE_INFORMATION_NEEDED = "more-information-needed"
    CANNOT_BE_VERIFIED = "cannot-be-verified"


class Rule(enum.StrEnum):
    """A rule the wizard states in plain words; its text, with the article, is in ``IDENTITY_TEXTS``."""

    PROPORTIONALITY = "proportionality"
    OVER_COLLECTION = "over-collection"
    PHONE = "phone"
    MINOR = "minor"
    MANDATE = "mandate"
    DECEASED_FR = "deceased-fr"
    DECEASED_BE = "deceased-be"
    DECEASED_LU = "deceased-lu"
    ID_COPY_LAST_RESORT = "id-copy-last-resort"
    FILE_ESTABLISHES_IDENTITY = "file-establishes-identity"
    REFUSAL = "refusal"
    PAUSE = "pause"
    LATE_REQUEST = "late-request"
    SELF_BUT_DECEASED = "self-but-deceased"
    PARENT_OF_ADULT = "parent-of-adult"
    HEIR_BUT_ALIVE = "heir-but-alive"
    REPEAT_REQUEST = "repeat-request"


class RepeatHandling(enum.StrEnum):
    """What a further request from the same person is."""

    SAME_REQUEST = "same-request"
    NEW_REQUEST = "new-request"


# ----------------------------------------------------------------------------------------------------------------
# The situation: who asks, how, where, for what


@dataclass(frozen=True)
class Situation:
    """Everything the choice of checks depends on: who asks, for whom, how it arrived, where, and for what."""

    relationship: Relationship
    route: IntakeRoute
    jurisdiction: Jurisdiction
    rights: frozenset[Right]
    minor: bool = False
    deceased: bool = False

    @classmethod
    def of(cls, case: Case, route: IntakeRoute | None = None, *, sender_email: str | None = None) -> Situation:
        """The situation of ``case``; ``route`` is the DPO's choice, else the default for the case."""
        return cls(
            relationship=case.requester.relationship,
            route=route if route is not None else default_route(case, sender_email),
            jurisdiction=case.jurisdiction,
            rights=frozenset(case.rights),
            minor=case.subject.minor,
            deceased=case.subject.deceased,
        )

    @property
    def assurance(self) -> Assurance:
        return required_assurance(self.rights)

    @property
    def requester_on_file(self) -> bool:
        """Whether the person asking is known to the file: the patient, or a living patient's parent or guardian.

        A minor's file holds the parent's contact details, so their identity is checked against the file too.
        """
        acts = self.relationship in (Relationship.SELF, Relationship.PARENT, Relationship.GUARDIAN)
        return acts and not self.after_death

    @property
    def after_death(self) -> bool:
        """The heir's path applies: the patient is recorded as deceased, or an heir asks (which implies it)."""
        return self.deceased or self.relationship is Relationship.HEIR


def _same_address(a: str, b: str) -> bool:
    return bool(a.strip()) and a.strip().casefold() == b.strip().casefold()


def default_route(case: Case, sender_email: str | None = None) -> IntakeRoute:
    """The route the wizard proposes; the DPO may choose another.

    An e-mail (or a web form or Doctolib message, which also carry an address) counts as coming from the
    address on file when the sender's address equals the data subject's recorded address, ignoring case. The
    sender's address is ``sender_email`` when given, else the requester's address when one is recorded, else,
    for a patient who writes themself, the address recorded on the case. Post, a visit and a phone
    call keep their own route. The route is only where the checks start: the "e-mail address on record" check
    still has to be made.
    """
    if case.channel is Channel.POST:
        return IntakeRoute.POST
    if case.channel is Channel.IN_PERSON:
        return IntakeRoute.IN_PERSON
    if case.channel is Channel.PHONE:
        return IntakeRoute.PHONE
    sender = sender_email
    if sender is None:
        sender = case.requester.email
        if not sender.strip() and not case.requester.is_representative:
            sender = case.subject.email
    if _same_address(sender, case.subject.email):
        return IntakeRoute.EMAIL_ON_FILE
    return IntakeRoute.EMAIL_UNKNOWN


_RIGHT_ASSURANCE: Mapping[Right, Assurance] = {
    Right.OBJECTION: Assurance.LOW,
    Right.WITHDRAW_CONSENT: Assurance.LOW,
    Right.RESTRICTION: Assurance.SUBSTANTIAL,
    Right.RECTIFICATION: Assurance.HIGH,
    Right.ACCESS: Assurance.HIGH,
    Right.PORTABILITY: Assurance.HIGH,
    Right.ERASURE: Assurance.HIGH,
    Right.MEDICAL_RECORD: Assurance.HIGH,
}


def assurance_for_right(right: Right) -> Assurance:
    """The certainty one right needs, in proportion to the harm of answering the wrong person.

    EDPB Guidelines 01/2022 (identification in proportion): the type of data (here health data, GDPR Art 9),
    the nature of the request and the damage an improper disclosure could cause. An objection or a withdrawal of
    consent only stops a processing (low). A restriction freezes data (substantial). Access, portability and the
    medical file disclose health data; erasure cannot be undone; a rectification can redirect later answers to
    another address (high).
    """
    return _RIGHT_ASSURANCE[right]


def required_assurance(rights: Iterable[Right]) -> Assurance:
    """The highest certainty any of the rights asked needs; substantial when no right is named yet."""
    levels = [assurance_for_right(right) for right in rights]
    return max(levels) if levels else Assurance.SUBSTANTIAL


# ----------------------------------------------------------------------------------------------------------------
# Which checks a situation needs


@dataclass(frozen=True)
class Requirement:
    """A need and the checks that can meet it, least intrusive first; any one that matches is enough."""

    need: Need
    any_of: tuple[Check, ...]


_CHECKS_BY_ROUTE: Mapping[IntakeRoute, frozenset[Check]] = {
    IntakeRoute.EMAIL_ON_FILE: frozenset(
        {Check.NAME_MATCHES, Check.BIRTH_DATE_MATCHES, Check.EMAIL_ON_RECORD, Check.POSTAL_ADDRESS_MATCHES,
         Check.DOCTOLIB_ACCOUNT, Check.PATIENT_NUMBER}
    ),
    IntakeRoute.EMAIL_UNKNOWN: frozenset(
        {Check.NAME_MATCHES, Check.BIRTH_DATE_MATCHES, Check.POSTAL_ADDRESS_MATCHES, Check.DOCTOLIB_ACCOUNT,
         Check.PATIENT_NUMBER}
    ),
    IntakeRoute.POST: frozenset(
        {Check.NAME_MATCHES, Check.BIRTH_DATE_MATCHES, Check.POSTAL_ADDRESS_MATCHES, Check.PATIENT_NUMBER,
         Check.SIGNED_LETTER}
    ),
    IntakeRoute.IN_PERSON: frozenset(
        {Check.NAME_MATCHES, Check.BIRTH_DATE_MATCHES, Check.POSTAL_ADDRESS_MATCHES, Check.PATIENT_NUMBER,
         Check.ID_SEEN_IN_PERSON}
    ),
    IntakeRoute.PHONE: frozenset(
        {Check.NAME_MATCHES, Check.BIRTH_DATE_MATCHES, Check.POSTAL_ADDRESS_MATCHES, Check.PATIENT_NUMBER}
    ),
}


def offered_on_route(check: Check, route: IntakeRoute) -> bool:
    """Whether ``check`` can be made on what arrived by ``route``.

    Only a message from the address on file shows the e-mail on record; only a visit lets staff see an identity
    document (seen, not copied); only a letter carries a signature; nothing said on the phone proves who calls,
    so a call offers the file details and an answer by post to the address on file. Documents (mandate,
    parental authority, death certificate...) may come by any route. A redacted ID copy is never needed from
    someone who stands at the desk with the document.
    """
    if check.topic in (Topic.AUTHORITY, Topic.DECEASED):
        return True
    if check is Check.REDACTED_ID_COPY:
        return route is not IntakeRoute.IN_PERSON
    return check in _CHECKS_BY_ROUTE[route]


_LOW_RECORD_CHECKS = (
    Check.EMAIL_ON_RECORD, Check.BIRTH_DATE_MATCHES, Check.POSTAL_ADDRESS_MATCHES, Check.PATIENT_NUMBER,
    Check.DOCTOLIB_ACCOUNT, Check.ID_SEEN_IN_PERSON,
)
_SUBSTANTIAL_CONTROL_CHECKS = (
    Check.EMAIL_ON_RECORD, Check.DOCTOLIB_ACCOUNT, Check.POSTAL_ADDRESS_MATCHES, Check.PATIENT_NUMBER,
    Check.ID_SEEN_IN_PERSON, Check.REDACTED_ID_COPY,
)
_HIGH_CONTROL_CHECKS = (
    Check.EMAIL_ON_RECORD, Check.DOCTOLIB_ACCOUNT, Check.POSTAL_ADDRESS_MATCHES, Check.ID_SEEN_IN_PERSON,
    Check.REDACTED_ID_COPY,
)


def subject_requirements(situation: Situation) -> tuple[Requirement, ...]:
    """What shows that the file is the person's and, where they act themselves, that it is them.

    GDPR Art 12(6) and EDPB Guidelines 01/2022: use what the file already holds. Low assurance (an objection, a
    withdrawal of consent): the name and one more detail of the file. Substantial: name, date of birth and a
    channel or detail the file knows. High (health data disclosed, erasure): name, date of birth and a channel
    only the person controls — the e-mail or postal address on file (the answer then goes there), the Doctolib
    account, or the person seen at a centre; a patient number alone is not enough. A redacted ID copy is the
    last alternative. When someone else acts (mandatary, heir), the patient's name and date of birth are matched
    against the file and that person's authority is checked instead. A parent or guardian uses the contact details
    recorded on the minor's file.
    """
    name = Requirement(Need.SUBJECT_NAME, (Check.NAME_MATCHES,))
    birth = Requirement(Need.SUBJECT_BIRTH_DATE, (Check.BIRTH_DATE_MATCHES,))
    if not situation.requester_on_file:
        return (name, birth)
    level = situation.assurance
    if level is Assurance.LOW and situation.relationship is Relationship.SELF:
        return (name, Requirement(Need.SUBJECT_RECORD, _LOW_RECORD_CHECKS))
    control = _HIGH_CONTROL_CHECKS if level is Assurance.HIGH else _SUBSTANTIAL_CONTROL_CHECKS
    return (name, birth, Requirement(Need.CONTROL, control))


def signature_requirements(situation: Situation) -> tuple[Requirement, ...]:
    """A request by post must be signed, except one that only stops a processing (GDPR Art 12(6))."""
    if situation.route is IntakeRoute.POST and (situation.assurance > Assurance.LOW or situation.after_death):
        return (Requirement(Need.SIGNATURE, (Check.SIGNED_LETTER,)),)
    return ()


def authority_requirements(situation: Situation) -> tuple[Requirement, ...]:
    """Proof that the person acting for the patient may do so (EDPB Guidelines 01/2022, requests through others).

    A parent or guardian shows parental authority or the guardianship decision (FR CSP L.1111-7, BE patient
    rights law art. 12, LU law of 24 July 2014 art. 13). A parent of an adult holds no parental authority and
    needs the adult's mandate, or a guardianship decision. A mandatary (a lawyer, for instance) shows the
    patient's signed mandate and their own identity.
    """
    relationship = situation.relationship
    if relationship is Relationship.GUARDIAN or (relationship is Relationship.PARENT and situation.minor):
        return (Requirement(Need.AUTHORITY, (Check.PARENTAL_AUTHORITY,)),)
    if relationship is Relationship.PARENT and not situation.after_death:
        return (Requirement(Need.AUTHORITY, (Check.SIGNED_MANDATE, Check.PARENTAL_AUTHORITY)),)
    if relationship is Relationship.MANDATARY:
        return (
            Requirement(Need.AUTHORITY, (Check.SIGNED_MANDATE,)),
            Requirement(Need.REQUESTER, (Check.REQUESTER_IDENTITY,)),
        )
    return ()


def deceased_requirements(situation: Situation) -> tuple[Requirement, ...]:
    """What a relative of a deceased patient shows (GDPR rights end with death, Recital 27: the patient law rules).

    France, CSP L.1110-4 V: heirs, spouse, concubin or PACS partner receive the information needed to know the
    causes of death, defend the patient's memory or assert their rights, unless the patient objected: death
    certificate, proof of heir status (acte de notoriété) and a stated purpose the law accepts. Belgium, patient
    rights law of 22 August 2002 art. 9 §4: spouse, legal cohabitant, partner and relatives up to the second
    degree, through a practitioner they designate, with a motivated and specified request: the designated
    practitioner is needed too. Luxembourg: death certificate, proof of the tie and the purpose. An heir always
    takes this path, so that a living patient's file is never opened to someone who calls themself heir.
    """
    if not situation.after_death:
        return ()
    needs = [
        Requirement(Need.DEATH, (Check.DEATH_CERTIFICATE,)),
        Requirement(Need.HEIR, (Check.HEIR_STATUS,)),
        Requirement(Need.PURPOSE, (Check.STATED_PURPOSE,)),
    ]
    if situation.jurisdiction is Jurisdiction.BE:
        needs.append(Requirement(Need.PRACTITIONER, (Check.DESIGNATED_PRACTITIONER,)))
    return tuple(needs)


def requirements(situation: Situation) -> tuple[Requirement, ...]:
    """Every need of the situation: the file, the signature, the authority and, after a death, the heir's proof."""
    return (
        subject_requirements(situation)
        + signature_requirements(situation)
        + authority_requirements(situation)
        + deceased_requirements(situation)
    )


def checks_needed(situation: Situation) -> tuple[Check, ...]:
    """The checks that fit the situation and can be made on its route, in the order the wizard offers them."""
    seen: dict[Check, None] = {}
    for requirement in requirements(situation):
        for check in requirement.any_of:
            if offered_on_route(check, situation.route):
                seen.setdefault(check, None)
    return tuple(seen)


def relevant_checks(situation: Situation) -> frozenset[Check]:
    """Every check that can count for the situation, whether or not its route offers it now."""
    return frozenset(check for requirement in requirements(situation) for check in requirement.any_of)


# Contact details change (people move, change address): a difference is no doubt, it just does not count.
_CONTACT_CHECKS = frozenset(
    {Check.POSTAL_ADDRESS_MATCHES, Check.EMAIL_ON_RECORD, Check.DOCTOLIB_ACCOUNT, Check.PATIENT_NUMBER}
)


def contradictions(results: Mapping[Check, CheckResult], situation: Situation) -> tuple[Check, ...]:
    """The checks whose mismatch is a reasonable doubt (GDPR Art 12(6)).

    A name, a date of birth, a signature, an identity document or a proof that does not match stops the
    verification. A postal or e-mail address, a Doctolib account or a patient number that differs from the file
    does not: contact details change; such a check simply does not count.
    """
    relevant = relevant_checks(situation)
    return tuple(
        check
        for check in Check
        if check in relevant and check not in _CONTACT_CHECKS and results.get(check) is CheckResult.DOES_NOT_MATCH
    )


def is_met(requirement: Requirement, results: Mapping[Check, CheckResult]) -> bool:
    """A need is met when any one of its checks matches."""
    return any(results.get(check) is CheckResult.MATCHES for check in requirement.any_of)


def missing_requirements(
    results: Mapping[Check, CheckResult], situation: Situation
) -> tuple[Requirement, ...]:
    """The needs no matching check meets yet."""
    return tuple(req for req in requirements(situation) if not is_met(req, results))


def is_sufficient(results: Mapping[Check, CheckResult], situation: Situation) -> bool:
    """Identity (and authority) is established: every need is met and nothing raises a reasonable doubt.

    GDPR Art 12(2) and 12(6): the controller acts once it can identify the person; it asks for more only where a
    reasonable doubt remains. Adding a matching check never undoes a sufficient verification.
    """
    return not missing_requirements(results, situation) and not contradictions(results, situation)


def file_establishes_identity(results: Mapping[Check, CheckResult], situation: Situation) -> bool:
    """The patient file alone (without any identity document) establishes who the patient is.

    True when the name, date of birth and channel needs are met by checks against the file, and no check about
    the person (file details, identity documents) contradicts it.
    """
    without_id: dict[Check, CheckResult] = {
        check: result for check, result in results.items() if check is not Check.REDACTED_ID_COPY
    }
    subject_needs = subject_requirements(situation)
    if not all(is_met(req, without_id) for req in subject_needs):
        return False
    doubts = contradictions(results, situation)
    return not any(check.topic in (Topic.SUBJECT, Topic.ID_DOCUMENT) for check in doubts)


def may_ask_for_id_copy(results: Mapping[Check, CheckResult], situation: Situation) -> bool:
    """Whether a copy of an identity document may be asked for at all — and then only a redacted one.

    GDPR Art 5(1)(c) and 12(6), EDPB Guidelines 01/2022, and the policy ("if needed"): never where the file
    already establishes identity, never for a request that only stops a processing, never from someone acting
    for a patient on a mandate or as heir (their documents prove their authority). Where it is allowed, it is a
    last resort and the copy asked for hides the photo and the national number; it is deleted after the check.
    """
    if Check.REDACTED_ID_COPY not in relevant_checks(situation):
        return False
    return not file_establishes_identity(results, situation)


@dataclass(frozen=True)
class ItemRequest:
    """One thing to ask the requester for; any one of ``alternatives`` will do, least intrusive first.

    ``on_behalf`` is set when someone else asks for the patient, so that the letter says "the patient's date of
    birth" rather than "your date of birth".
    """

    alternatives: tuple[Check, ...]
    on_behalf: bool = False


def items_to_request(results: Mapping[Check, CheckResult], situation: Situation) -> tuple[ItemRequest, ...]:
    """What the "request for identity or missing details" letter asks for: each unmet need, then each doubt.

    Every alternative of a need is offered, so that the person can choose the least intrusive one; a redacted
    ID copy comes last, and only where one may be asked for at all (``may_ask_for_id_copy``). A check that
    raised a doubt re-opens its need, which is asked for again with all its alternatives (a former name, a valid
    proof, a way the file knows). Nothing is asked when the verification is sufficient.
    """
    if is_sufficient(results, situation):
        return ()
    id_allowed = may_ask_for_id_copy(results, situation)

    def askable(checks: Iterable[Check]) -> tuple[Check, ...]:
        return tuple(check for check in checks if check is not Check.REDACTED_ID_COPY or id_allowed)

    on_behalf = situation.relationship is not Relationship.SELF
    doubts = contradictions(results, situation)
    # A doubt re-opens the need it belongs to: an ID copy that does not match is asked for again only as the
    # last of the ways the file knows, never alone.
    reopened = [req for req in requirements(situation) if any(check in req.any_of for check in doubts)]
    items: list[ItemRequest] = []
    for requirement in [*missing_requirements(results, situation), *reopened]:
        alternatives = askable(requirement.any_of)
        if alternatives and all(item.alternatives != alternatives for item in items):
            items.append(ItemRequest(alternatives, on_behalf))
    return tuple(items)


def situation_warnings(situation: Situation) -> tuple[Rule, ...]:
    """Inconsistencies in who asks that the DPO should correct on the case before verifying."""
    warnings: list[Rule] = []
    if situation.deceased and situation.relationship is Relationship.SELF:
        warnings.append(Rule.SELF_BUT_DECEASED)
    if situation.relationship is Relationship.PARENT and not situation.minor and not situation.deceased:
        warnings.append(Rule.PARENT_OF_ADULT)
    if situation.relationship is Relationship.HEIR and not situation.deceased:
        warnings.append(Rule.HEIR_BUT_ALIVE)
    return tuple(warnings)


def rules_for(topic: Topic, situation: Situation) -> tuple[Rule, ...]:
    """The rules a step states, in plain words with their article."""
    if topic is Topic.SUBJECT:
        rules = [Rule.PROPORTIONALITY, Rule.OVER_COLLECTION]
        if situation.route is IntakeRoute.PHONE:
            rules.append(Rule.PHONE)
        return tuple(rules)
    if topic is Topic.AUTHORITY:
        guards = situation.relationship is Relationship.GUARDIAN or (
            situation.relationship is Relationship.PARENT and situation.minor
        )
        return (Rule.MINOR,) if guards else (Rule.MANDATE,)
    if topic is Topic.DECEASED:
        return (
            {Jurisdiction.FR: Rule.DECEASED_FR, Jurisdiction.BE: Rule.DECEASED_BE, Jurisdiction.LU: Rule.DECEASED_LU}[
                situation.jurisdiction
            ],
        )
    return (Rule.ID_COPY_LAST_RESORT,)


def topics_needed(situation: Situation) -> tuple[Topic, ...]:
    """The steps with checks to make, in order (the ID step is decided later, by ``may_ask_for_id_copy``)."""
    present = {check.topic for check in checks_needed(situation)}
    return tuple(topic for topic in (Topic.SUBJECT, Topic.AUTHORITY, Topic.DECEASED) if topic in present)


# ----------------------------------------------------------------------------------------------------------------
# How it ends, and the clock


def may_verify(status: Status) -> bool:
    """Identity is settled before the case is worked on: a new case, one being verified, or one awaiting the
    requester's proof can be verified (GDPR Art 12(2), 12(6)); a case in progress or answered already was."""
    return status in (Status.NEW, Status.VERIFYING_IDENTITY, Status.AWAITING_REQUESTER)


def has_asked_requester(case: Case) -> bool:
    """Whether the DPO has already asked the requester for identity or missing details on this case."""
    return case.info_requested is not None or case.status is Status.AWAITING_REQUESTER


def allowed_outcomes(*, sufficient: bool, asked_before: bool) -> frozenset[Outcome]:
    """The endings open to the DPO.

    Verified only when the checks are sufficient (GDPR Art 12(6): no further question without a doubt). Otherwise
    more information is asked for; declining is possible only once the requester has been asked and identity still
    cannot be established (GDPR Art 11(2), 12(2): the controller must show it is not in a position to identify).
    """
    if sufficient:
        return frozenset({Outcome.VERIFIED})
    if asked_before:
        return frozenset({Outcome.MORE_INFORMATION_NEEDED, Outcome.CANNOT_BE_VERIFIED})
    return frozenset({Outcome.MORE_INFORMATION_NEEDED})


def suggested_outcome(*, sufficient: bool) -> Outcome:
    """The ending proposed first: verified when sufficient, otherwise ask (declining is the DPO's explicit choice)."""
    return Outcome.VERIFIED if sufficient else Outcome.MORE_INFORMATION_NEEDED


def pauses_clock(outcome: Outcome) -> bool:
    """Asking for information may pause the clock: the month runs from the complete request (GDPR Art 12(3),
    policy) — but only once the request for it is sent (see :attr:`VerificationResult.pauses_clock`)."""
    return outcome is Outcome.MORE_INFORMATION_NEEDED


def status_after(outcome: Outcome) -> Status:
    """Where the case goes: in progress when verified, awaiting the requester, or refused (Art 11(2), 12(2))."""
    return {
        Outcome.VERIFIED: Status.IN_PROGRESS,
        Outcome.MORE_INFORMATION_NEEDED: Status.AWAITING_REQUESTER,
        Outcome.CANNOT_BE_VERIFIED: Status.REFUSED,
    }[outcome]


def clock_restarts_on(received: date, information_arrived: date) -> date:
    """The day the clock starts again: the day the information arrived (it becomes the case's ``completed``).

    DOMAIN.md and EDPB Guidelines 01/2022 §159: the period runs from receipt of the complete request, the day of
    that event not counted; the case still shows the strict date counted from first receipt beside it.
    """
    if information_arrived < received:
        raise ValueError(
            f"the information cannot arrive ({information_arrived.isoformat()}) before the request was "
            f"received ({received.isoformat()})"
        )
    return information_arrived


def pause_may_be_contested(received: date, requested_on: date, limit_days: int) -> bool:
    """The request for information went out late, so the pause may not hold (EDPB Guidelines 01/2022 §159).

    The EDPB accepts the pause only when the controller asked without undue delay; the app flags a request sent
    more than ``limit_days`` (the DPO's setting) after receipt.
    """
    return late_information_request(received, requested_on, limit_days)


def second_request_handling(
    first_received: date,
    again_received: date,
    *,
    first_case_open: bool = True,
    window_days: int = REPEAT_WINDOW_DAYS,
) -> RepeatHandling:
    """A second request from the same person within a week is the same request: link it to the open case.

    GDPR Art 12(5) lets the controller refuse or charge for manifestly excessive requests, "in particular because
    of their repetitive character"; one repeat (a reminder, a copy sent to another address) is not that. It is
    neither a ground for refusal nor a new clock: the first request's clock and verification carry on and nothing
    is verified again. A request after the window, or after the first case was closed, is a new request (a
    closed case is final) — still not excessive by itself.
    """
    if again_received < first_received:
        raise ValueError("the second request cannot be received before the first")
    within = again_received - first_received <= timedelta(days=window_days)
    return RepeatHandling.SAME_REQUEST if within and first_case_open else RepeatHandling.NEW_REQUEST


def is_same_person(a: DataSubject, b: DataSubject) -> bool:
    """Whether two requests name the same person: the same e-mail address, or the same name and date of birth."""
    if a.email.strip() and _same_address(a.email, b.email):
        return True
    same_name = " ".join(a.name.split()).casefold() == " ".join(b.name.split()).casefold() and bool(a.name.strip())
    return same_name and a.birth_date is not None and a.birth_date == b.birth_date


# ----------------------------------------------------------------------------------------------------------------
# The result the service applies


class ConclusionError(Explained, ValueError):
    """An ending the rules do not allow for a verification (or one without who decided); the sentence says why."""


@dataclass(frozen=True)
class VerificationResult:
    """How a verification ended: what the case records (method, checks, date, who), never the documents.

    ``route`` is the method; ``checks`` holds only the checks that were made, with their result;
    ``items_requested`` what was asked for (more information) or is still missing (cannot be verified);
    ``attached_scan`` the path of an ID scan the DPO chose — the service stores it encrypted and deletes it when
    the verification ends.
    """

    outcome: Outcome
    route: IntakeRoute
    checks: tuple[tuple[Check, CheckResult], ...]
    items_requested: tuple[ItemRequest, ...]
    summary: str
    decided_on: date
    by: str
    attached_scan: Path | None = None
    request_sent_on: date | None = None
    heir_statement: HeirStatement | None = None

    @property
    def results(self) -> dict[Check, CheckResult]:
        return dict(self.checks)

    @property
    def pauses_clock(self) -> bool:
        """Deciding that more is needed does not pause the clock by itself: the pause starts the day the request
        for information goes out (EDPB Guidelines 01/2022 §159), recorded here or by sending the identity letter."""
        return pauses_clock(self.outcome) and self.request_sent_on is not None

    @property
    def status(self) -> Status:
        if self.outcome is Outcome.MORE_INFORMATION_NEEDED and self.request_sent_on is None:
            return Status.VERIFYING_IDENTITY
        return status_after(self.outcome)


def conclude(
    results: Mapping[Check, CheckResult],
    situation: Situation,
    *,
    outcome: Outcome,
    asked_before: bool,
    decided_on: date,
    by: str,
    language: Language = Language.EN,
    attached_scan: Path | None = None,
    request_sent_on: date | None = None,
    heir_statement: HeirStatement | None = None,
) -> VerificationResult:
    """The result of a verification, once the rules allow the chosen ending; ``ConclusionError`` (a ValueError)
    says why not."""
    if not by.strip():
        raise ConclusionError(Problem("by", said("the person who decided must be recorded")))
    sufficient = is_sufficient(results, situation)
    if outcome not in allowed_outcomes(sufficient=sufficient, asked_before=asked_before):
        if outcome is Outcome.VERIFIED:
            raise ConclusionError(
                Problem("outcome", said("the checks do not establish identity yet, it cannot be 'verified'"))
            )
        if outcome is Outcome.CANNOT_BE_VERIFIED and not sufficient:
            raise ConclusionError(
                Problem(
                    "outcome",
                    said("a request can be declined only after asking the requester once (GDPR Art 11(2), 12(2))"),
                )
            )
        raise ConclusionError(
            Problem("outcome", said("the checks establish identity; nothing more may be asked (GDPR Art 12(6))"))
        )
    if attached_scan is not None and not may_ask_for_id_copy(results, situation):
        raise ConclusionError(
            Problem("attached_scan", said("the file establishes identity, no identity document may be kept"))
        )
    done = tuple(
        (check, results[check])
        for check in Check
        if check in results and results[check] is not CheckResult.NOT_CHECKED
    )
    items = () if outcome is Outcome.VERIFIED else items_to_request(results, situation)
    summary = summarise(
        outcome, situation, done, items,
        decided_on=decided_on, by=by.strip(), language=language, scan_attached=attached_scan is not None,
    )
    return VerificationResult(
        outcome=outcome,
        route=situation.route,
        checks=done,
        items_requested=items,
        summary=summary,
        decided_on=decided_on,
        by=by.strip(),
        attached_scan=attached_scan,
        request_sent_on=request_sent_on if outcome is Outcome.MORE_INFORMATION_NEEDED else None,
        heir_statement=heir_statement,
    )


# ----------------------------------------------------------------------------------------------------------------
# Texts


@dataclass(frozen=True)
class CheckText:
    """A check as the DPO reads it (label, what to check, why) and as the letter asks for it.

    ``ask`` is addressed to the patient; ``ask_other``, where the wording differs, to someone acting for them.
    """

    label: str
    what: str
    why: str
    ask: str
    ask_other: str = ""

    def ask_for(self, on_behalf: bool) -> str:
        return self.ask_other if on_behalf and self.ask_other else self.ask


@dataclass(frozen=True)
class LabelledText:
    """A short label and the sentence that explains it."""

    label: str
    meaning: str


@dataclass(frozen=True)
class SummaryTexts:
    """The sentences of the summary kept on the case, and the words that list a letter item's alternatives.

    ``{date}``, ``{by}``, ``{route}``, ``{checks}`` and ``{items}`` are filled in; ``one_of`` heads a list of
    alternatives and ``alternative_separator`` joins them.
    """

    verified: str
    more_information: str
    cannot_verify: str
    no_checks: str
    scan_attached: str
    one_of: str
    alternative_separator: str
    check_entry: str
    list_separator: str


@dataclass(frozen=True)
class IdentityTexts:
    """Every identity text in one language."""

    checks: Mapping[Check, CheckText]
    checks_by_jurisdiction: Mapping[tuple[Check, Jurisdiction], CheckText]
    results: Mapping[CheckResult, str]
    routes: Mapping[IntakeRoute, str]
    assurance: Mapping[Assurance, LabelledText]
    outcomes: Mapping[Outcome, LabelledText]
    rules: Mapping[Rule, str]
    summary: SummaryTexts


def texts(language: Language) -> IdentityTexts:
    """The identity texts in ``language``."""
    return IDENTITY_TEXTS[language]


def check_text(check: Check, language: Language, jurisdiction: Jurisdiction) -> CheckText:
    """A check's texts, in the wording of the jurisdiction's own law where it has one."""
    table = IDENTITY_TEXTS[language]
    return table.checks_by_jurisdiction.get((check, jurisdiction), table.checks[check])


def rule_text(rule: Rule, language: Language, **values: object) -> str:
    """A rule in plain words; ``values`` fill its blanks (``days`` for the late request)."""
    return IDENTITY_TEXTS[language].rules[rule].format(**values)


def _lower_first(text: str) -> str:
    first_word = text.split(" ", 1)[0]
    if len(first_word) > 1 and first_word.isupper():
        return text
    return text[:1].lower() + text[1:]


def item_alternatives(item: ItemRequest, language: Language, jurisdiction: Jurisdiction) -> tuple[str, ...]:
    """The alternatives of one item as the letter words them, least intrusive first."""
    return tuple(
        check_text(check, language, jurisdiction).ask_for(item.on_behalf) for check in item.alternatives
    )


def item_text(item: ItemRequest, language: Language, jurisdiction: Jurisdiction) -> str:
    """One line of the letter: the thing asked for, or its alternatives ("One of the following: …; or …")."""
    table = IDENTITY_TEXTS[language].summary
    asks = item_alternatives(item, language, jurisdiction)
    if len(asks) == 1:
        return asks[0]
    joined = table.alternative_separator.join([asks[0]] + [_lower_first(ask) for ask in asks[1:]])
    return f"{table.one_of} {joined}"


# British English writes the day first, as the French and Dutch letters do.
_LOCALES: Mapping[Language, str] = {Language.EN: "en_GB", Language.FR: "fr_FR", Language.NL: "nl_BE"}


def format_day(day: date, language: Language) -> str:
    """A date written out in ``language`` ("5 March 2026", "5 mars 2026", "5 maart 2026")."""
    return format_date(day, format="long", locale=_LOCALES[language])


def summarise(
    outcome: Outcome,
    situation: Situation,
    checks: Iterable[tuple[Check, CheckResult]],
    items: Iterable[ItemRequest],
    *,
    decided_on: date,
    by: str,
    language: Language,
    scan_attached: bool = False,
) -> str:
    """The summary kept on the case: method, checks and results, date and who; what was asked, if anything.

    DOMAIN.md: record only what was checked, how, when and by whom — never the content of an identity document.
    """
    table = IDENTITY_TEXTS[language]
    done = [
        table.summary.check_entry.format(
            label=check_text(check, language, situation.jurisdiction).label, result=table.results[result]
        )
        for check, result in checks
    ]
    # Numbered, because one item may itself list alternatives separated like the items are.
    asked = [f"({n}) {item_text(item, language, situation.jurisdiction)}" for n, item in enumerate(items, 1)]
    template = {
        Outcome.VERIFIED: table.summary.verified,
        Outcome.MORE_INFORMATION_NEEDED: table.summary.more_information,
        Outcome.CANNOT_BE_VERIFIED: table.summary.cannot_verify,
    }[outcome]
    text = template.format(
        date=format_day(decided_on, language),
        by=by,
        route=table.routes[situation.route],
        checks=table.summary.list_separator.join(done) if done else table.summary.no_checks,
        items=table.summary.list_separator.join(asked) if asked else table.summary.no_checks,
    )
    if scan_attached:
        text += " " + table.summary.scan_attached
    return text


_EN = IdentityTexts(
    checks={
        Check.NAME_MATCHES: CheckText(
            label="Name matches the file",
            what="The name in the request is the one in the patient file (allow for a birth or married name "
            "and for accents).",
            why="It shows which file the request is about. A different name is a reasonable doubt "
            "(GDPR Art 12(6)).",
            ask="Your full name as you gave it to the centre, with any former or birth name",
            ask_other="The patient's full name as given to the centre, with any former or birth name",
        ),
        Check.BIRTH_DATE_MATCHES: CheckText(
            label="Date of birth matches the file",
            what="The date of birth given in the request is the one in the patient file.",
            why="Two patients can share a name; the date of birth tells them apart without asking for any "
            "document (EDPB Guidelines 01/2022: use what you already hold).",
            ask="Your date of birth",
            ask_other="The patient's date of birth",
        ),
        Check.POSTAL_ADDRESS_MATCHES: CheckText(
            label="Postal address matches the file",
            what="The postal address given is the one in the patient file. When it is what establishes "
            "identity, the answer goes by post to that address only.",
            why="Post sent to the address on file reaches the patient, not whoever wrote (GDPR Art 32). People "
            "move: a different address alone is no reason for doubt.",
            ask="The postal address you gave the centre (our answer will be sent to it by post)",
        ),
        Check.EMAIL_ON_RECORD: CheckText(
            label="E-mail address on record",
            what="The message comes from the e-mail address recorded in the patient file (compare every "
            "character).",
            why="Only the person who controls that address can write from it, and the answer goes back to it "
            "(EDPB Guidelines 01/2022: use the channel already known).",
            ask="Confirm your request by e-mail from the address you gave the centre",
        ),
        Check.DOCTOLIB_ACCOUNT: CheckText(
            label="Doctolib account",
            what="The e-mail address or phone number of the request is the one of the Doctolib account used to "
            "book at the centre (see the booking in the centre's agenda).",
            why="The Doctolib booking links the person to the file without asking for anything new.",
            ask="Write to us from the e-mail address of the Doctolib account you use to book at the centre",
        ),
        Check.PATIENT_NUMBER: CheckText(
            label="Patient number",
            what="The patient number given (on an invoice or an appointment letter) is the one of the file.",
            why="It singles out the file; on its own it does not prove who writes, so it never suffices for "
            "health data.",
            ask="Your patient number, if you have it (it is on invoices and appointment letters)",
            ask_other="The patient number, if you have it (it is on invoices and appointment letters)",
        ),
        Check.SIGNED_LETTER: CheckText(
            label="Signed letter",
            what="The letter is signed by hand, and the name under the signature is that of the person asking.",
            why="A signed letter shows that the person makes the request themself; an unsigned letter can come "
            "from anyone (GDPR Art 12(6)).",
            ask="A signed letter confirming your request",
        ),
        Check.ID_SEEN_IN_PERSON: CheckText(
            label="Identity document seen at the centre",
            what="A member of staff looked at an identity document at the desk and compared the name, photo and "
            "date of birth. Seen, not copied.",
            why="Seeing the document settles identity without keeping a copy (data minimisation, GDPR "
            "Art 5(1)(c)).",
            ask="Come to a LAZEO centre with an identity document: it will be looked at, not copied",
        ),
        Check.PARENTAL_AUTHORITY: CheckText(
            label="Proof of parental authority or guardianship",
            what="A document showing that the person asking holds parental authority over the minor (a birth "
            "certificate or family record book naming them) or is the appointed guardian (court decision).",
            why="A parent or guardian exercises the rights of a minor or protected person; the proof shows that "
            "authority (EDPB Guidelines 01/2022, requests made through others).",
            ask="A document showing your parental authority over the child (a birth certificate or family record "
            "book naming you), or the court decision appointing you guardian",
        ),
        Check.SIGNED_MANDATE: CheckText(
            label="Signed mandate",
            what="A mandate signed and dated by the patient that names the person acting and the request it "
            "covers (for the medical file, it must say so).",
            why="Someone acting for another needs that person's written authority; it also sets what they may ask "
            "for (EDPB Guidelines 01/2022, requests made through others).",
            ask="The mandate signed and dated by the patient, naming you and the request it covers",
        ),
        Check.REQUESTER_IDENTITY: CheckText(
            label="Identity of the person acting (lawyer)",
            what="The person acting is who they say: for a lawyer, the bar's directory (name, bar, office address) "
            "and their letterhead; for anyone else, the name and address written in the mandate.",
            why="A mandate only helps if the person using it is the one it names.",
            ask="Your professional details (bar and office address), or your name and address as written in the "
            "mandate",
        ),
        Check.DEATH_CERTIFICATE: CheckText(
            label="Death certificate",
            what="A death certificate for the patient, with the name and date of birth of the file.",
            why="Relatives have a right to the file only after the patient's death; the certificate shows it.",
            ask="A copy of the patient's death certificate",
        ),
        Check.HEIR_STATUS: CheckText(
            label="Proof of heir status",
            what="A proof that the person writing is an heir or close relative of the patient, naming them.",
            why="Only the relatives the law names may receive information about a deceased patient.",
            ask="A proof that you are an heir or close relative of the patient",
        ),
        Check.STATED_PURPOSE: CheckText(
            label="Stated purpose accepted",
            what="The request says why and what it seeks, and the file records no objection by the patient.",
            why="Only what the relative needs is shared, and nothing if the patient objected.",
            ask="The reason for your request and the information you seek",
        ),
        Check.DESIGNATED_PRACTITIONER: CheckText(
            label="Designated practitioner",
            what="The name and address of the health practitioner the relative designates to consult the file.",
            why="Relatives see the file through a practitioner they designate.",
            ask="The name and address of the health practitioner (doctor) you designate to consult the file for "
            "you",
        ),
        Check.REDACTED_ID_COPY: CheckText(
            label="Redacted copy of an identity document (last resort)",
            what="A copy of an identity document with the photo and the national number hidden: compare the name "
            "and date of birth with the file, record the result, and do not keep the copy.",
            why="Only where the file cannot establish identity: a last resort, asked for redacted and deleted "
            "once the check is done (GDPR Art 5(1)(c), 12(6); EDPB Guidelines 01/2022).",
            ask="Only if none of the above is possible: a copy of an identity document on which you have hidden "
            "the photo and the national number (we delete it as soon as your identity is checked)",
        ),
    },
    checks_by_jurisdiction={
        (Check.HEIR_STATUS, Jurisdiction.FR): CheckText(
            label="Proof of heir status (acte de notoriété)",
            what="An acte de notoriété (or another proof of being heir, spouse, concubin or PACS partner) that "
            "names the person writing.",
            why="In France the heirs, the spouse, the concubin and the PACS partner may receive the information "
            "they need (CSP L.1110-4 V, L.1111-7).",
            ask="An acte de notoriété, or another proof that you are heir, spouse, concubin or PACS partner of the "
            "patient",
        ),
        (Check.HEIR_STATUS, Jurisdiction.BE): CheckText(
            label="Proof of the family tie",
            what="A proof that the person writing is the spouse, legal cohabitant, partner or a relative up to "
            "the second degree (an extract from the civil registry, a certificate of inheritance).",
            why="In Belgium only these relatives may see a deceased patient's file (patient rights law of "
            "22 August 2002, art. 9 §4).",
            ask="A proof of your family tie with the patient (an extract from the civil registry or a "
            "certificate of inheritance)",
        ),
        (Check.STATED_PURPOSE, Jurisdiction.FR): CheckText(
            label="Stated purpose accepted (CSP L.1110-4)",
            what="The request states a purpose the law accepts — to know the causes of death, to defend the "
            "patient's memory, or to assert the relatives' rights — and the file records no objection by the "
            "patient.",
            why="Heirs receive only the information needed for that purpose, and nothing if the patient objected "
            "during their life (CSP L.1110-4 V).",
            ask="The reason for your request: to know the causes of death, to defend the memory of the deceased, "
            "or to assert your rights",
        ),
        (Check.STATED_PURPOSE, Jurisdiction.BE): CheckText(
            label="Request motivated and specified",
            what="The request says why and which information it seeks, and the file records no express "
            "objection by the patient.",
            why="Relatives have access only with a sufficiently motivated and specified request, unless the "
            "patient expressly objected (patient rights law, art. 9 §4).",
            ask="The reason for your request and the information you seek",
        ),
        (Check.DESIGNATED_PRACTITIONER, Jurisdiction.BE): CheckText(
            label="Designated practitioner (indirect access)",
            what="The name and address of the health practitioner the relative designates to consult the file "
            "for them.",
            why="In Belgium relatives of a deceased patient see the file only indirectly, through a practitioner "
            "they designate (patient rights law, art. 9 §4).",
            ask="The name and address of the health practitioner (doctor) you designate to consult the file for "
            "you",
        ),
    },
    results={
        CheckResult.MATCHES: "matches",
        CheckResult.DOES_NOT_MATCH: "does not match",
        CheckResult.NOT_CHECKED: "not checked",
    },
    routes={
        IntakeRoute.EMAIL_ON_FILE: "E-mail from the address on file",
        IntakeRoute.EMAIL_UNKNOWN: "E-mail from an address not on file",
        IntakeRoute.POST: "Letter by post",
        IntakeRoute.IN_PERSON: "In person at a centre",
        IntakeRoute.PHONE: "Phone call",
    },
    assurance={
        Assurance.LOW: LabelledText(
            "Basic",
            "The request only stops a processing (objection, withdrawal of consent): a mistake harms little, so "
            "the name and one detail of the file are enough.",
        ),
        Assurance.SUBSTANTIAL: LabelledText(
            "Substantial",
            "The request freezes data: name, date of birth and one more detail or channel the file knows.",
        ),
        Assurance.HIGH: LabelledText(
            "High",
            "The request discloses health data, or changes or erases it for good: name, date of birth and a "
            "channel only the patient controls — the e-mail or postal address on file, the Doctolib account, or "
            "a visit to a centre (GDPR Art 9, 32; EDPB Guidelines 01/2022).",
        ),
    },
    outcomes={
        Outcome.VERIFIED: LabelledText(
            "Verified",
            "Identity is established: the case moves on and the verification is summarised on it (method, "
            "checks, date, who).",
        ),
        Outcome.MORE_INFORMATION_NEEDED: LabelledText(
            "More information needed",
            "The case waits for the requester and the clock pauses; the letter asking for the items listed is "
            "proposed (GDPR Art 12(6)).",
        ),
        Outcome.CANNOT_BE_VERIFIED: LabelledText(
            "Cannot be verified",
            "After asking once, identity still cannot be established: the request is declined, and the refusal "
            "letter gives the reasons, the right to complain and the right to a judicial remedy (GDPR Art 11(2), "
            "12(2), 12(4)).",
        ),
    },
    rules={
        Rule.PROPORTIONALITY: "Verify in proportion. Use what the patient file already shows — name, date of "
        "birth, the e-mail or postal address on record, the Doctolib booking, the patient number — before "
        "asking for anything. Ask for more only where a reasonable doubt remains (GDPR Art 12(2), 12(6); EDPB "
        "Guidelines 01/2022).",
        Rule.OVER_COLLECTION: "Collect no more than needed. No copy of an identity document where the file "
        "establishes identity; where one is truly needed, a redacted copy (photo and national number hidden), "
        "deleted after the check (GDPR Art 5(1)(c); EDPB Guidelines 01/2022).",
        Rule.PHONE: "Nothing from the file is disclosed on the phone. A call can start a request; the answer goes "
        "in writing to an address the file knows.",
        Rule.MINOR: "A parent or guardian exercises the rights of a minor (a guardian also those of a protected "
        "adult) and shows their authority (FR CSP L.1111-7; "
        "BE patient rights law art. 12; LU law of 24 July 2014 art. 13). A minor able to judge their own "
        "interests may act alone; check the file for care the minor asked to keep from their parents "
        "(FR CSP L.1111-5).",
        Rule.MANDATE: "Someone acting for the patient shows the patient's signed mandate and who they are; the "
        "patient's own name and date of birth are still matched against the file (EDPB Guidelines 01/2022, "
        "requests made through others).",
        Rule.DECEASED_FR: "France: the heirs, spouse, concubin or PACS partner of a deceased patient receive the "
        "information they need to know the causes of death, defend the patient's memory or assert their rights, "
        "unless the patient objected during their life (CSP L.1110-4 V). Only what that purpose needs is sent.",
        Rule.DECEASED_BE: "Belgium: the spouse, legal cohabitant, partner and relatives up to the second degree "
        "of a deceased patient have indirect access, through a health practitioner they designate, if their "
        "request is motivated and specified and the patient did not expressly object (patient rights law of "
        "22 August 2002, art. 9 §4).",
        Rule.DECEASED_LU: "Luxembourg: access by relatives to a deceased patient's file rests on the patient "
        "rights law of 24 July 2014. Ask for the death certificate, a proof of the family tie and the purpose, "
        "and check the file for an objection by the patient.",
        Rule.ID_COPY_LAST_RESORT: "The file does not establish identity. Prefer the ways the file already knows "
        "(the e-mail or postal address on record, a visit to a centre). A copy of an identity document is a last "
        "resort: ask for a redacted copy (photo and national number hidden). An attached scan is stored "
        "encrypted and deleted when the verification ends; only the summary stays (EDPB Guidelines 01/2022).",
        Rule.FILE_ESTABLISHES_IDENTITY: "The file establishes identity: do not ask for a copy of an identity "
        "document. One sent anyway is not kept.",
        Rule.REFUSAL: "After asking once without success, the request may be declined: the refusal letter gives "
        "the reasons, the right to complain to the supervisory authority and the right to a judicial remedy "
        "(GDPR Art 11(2), 12(2), 12(4)).",
        Rule.PAUSE: "While the requester's answer is awaited the clock is paused; it starts again on the day the "
        "information arrives. The case also shows the strict date counted from first receipt.",
        Rule.LATE_REQUEST: "This request for information goes out {days} days after receipt. The EDPB accepts the "
        "pause only when the controller asked without undue delay (Guidelines 01/2022, §159): keep the strict "
        "date counted from first receipt in view.",
        Rule.SELF_BUT_DECEASED: "The case records the patient as deceased but as asking themself: correct who "
        "asks on the case before verifying.",
        Rule.PARENT_OF_ADULT: "The patient is not a minor: a parent holds no parental authority over an adult "
        "and needs the patient's signed mandate or a guardianship decision.",
        Rule.HEIR_BUT_ALIVE: "An heir asks, but the case does not record the patient as deceased: correct the "
        "case; until a death certificate is shown, nothing is disclosed.",
        Rule.REPEAT_REQUEST: "A second request from the same person within a week is the same request: it is "
        "linked to the open case. One repeat does not make a request manifestly excessive (GDPR Art 12(5)).",
    },
    summary=SummaryTexts(
        verified="Identity verified on {date} by {by}. Method: {route}. Checks: {checks}.",
        more_information="More information needed, decided on {date} by {by}. Method: {route}. Checks: {checks}. "
        "Asked for: {items}. The clock is paused until the information arrives.",
        cannot_verify="Identity could not be verified after asking once, decided on {date} by {by}. Method: "
        "{route}. Checks: {checks}. Still missing: {items}. Refusal under GDPR Art 11(2) and 12(2).",
        no_checks="none",
        scan_attached="A redacted identity document was attached; it is deleted when the verification ends.",
        one_of="One of the following:",
        alternative_separator="; or ",
        check_entry="{label}: {result}",
        list_separator="; ",
    ),
)

_FR = IdentityTexts(
    checks={
        Check.NAME_MATCHES: CheckText(
            label="Le nom correspond au dossier",
            what="Le nom indiqué dans la demande est celui du dossier patient (tenir compte du nom de naissance "
            "ou d'usage et des accents).",
            why="Il désigne le dossier concerné. Un nom différent est un doute raisonnable (RGPD art. 12(6)).",
            ask="Vos nom et prénoms tels que donnés au centre, avec tout nom antérieur ou de naissance",
            ask_other="Les nom et prénoms du patient tels que donnés au centre, avec tout nom antérieur ou de "
            "naissance",
        ),
        Check.BIRTH_DATE_MATCHES: CheckText(
            label="La date de naissance correspond au dossier",
            what="La date de naissance indiquée dans la demande est celle du dossier patient.",
            why="Deux patients peuvent porter le même nom ; la date de naissance les distingue sans demander de "
            "document (lignes directrices 01/2022 du CEPD : utiliser ce que l'on détient déjà).",
            ask="Votre date de naissance",
            ask_other="La date de naissance du patient",
        ),
        Check.POSTAL_ADDRESS_MATCHES: CheckText(
            label="L'adresse postale correspond au dossier",
            what="L'adresse postale indiquée est celle du dossier patient. Lorsqu'elle sert à établir l'identité, "
            "la réponse part par courrier à cette seule adresse.",
            why="Un courrier envoyé à l'adresse du dossier parvient au patient, non à l'auteur de la demande "
            "(RGPD art. 32). On déménage : une autre adresse n'est pas à elle seule un motif de doute.",
            ask="L'adresse postale que vous avez donnée au centre (notre réponse vous y sera envoyée par courrier)",
        ),
        Check.EMAIL_ON_RECORD: CheckText(
            label="Adresse e-mail du dossier",
            what="Le message provient de l'adresse e-mail enregistrée dans le dossier patient (comparer chaque "
            "caractère).",
            why="Seule la personne qui maîtrise cette adresse peut écrire depuis celle-ci, et la réponse y "
            "retourne (lignes directrices 01/2022 du CEPD : utiliser le canal déjà connu).",
            ask="Confirmez votre demande par e-mail depuis l'adresse que vous avez donnée au centre",
        ),
        Check.DOCTOLIB_ACCOUNT: CheckText(
            label="Compte Doctolib",
            what="L'adresse e-mail ou le numéro de téléphone de la demande est celui du compte Doctolib utilisé "
            "pour prendre rendez-vous au centre (voir le rendez-vous dans l'agenda du centre).",
            why="Le rendez-vous Doctolib rattache la personne au dossier sans rien lui demander de nouveau.",
            ask="Écrivez-nous depuis l'adresse e-mail du compte Doctolib avec lequel vous prenez rendez-vous au "
            "centre",
        ),
        Check.PATIENT_NUMBER: CheckText(
            label="Numéro de patient",
            what="Le numéro de patient indiqué (sur une facture ou une convocation) est celui du dossier.",
            why="Il désigne le dossier ; à lui seul il ne prouve pas qui écrit, il ne suffit donc jamais pour "
            "des données de santé.",
            ask="Votre numéro de patient, si vous l'avez (il figure sur les factures et les convocations)",
            ask_other="Le numéro de patient, si vous l'avez (il figure sur les factures et les convocations)",
        ),
        Check.SIGNED_LETTER: CheckText(
            label="Lettre signée",
            what="La lettre porte une signature manuscrite, et le nom sous la signature est celui du demandeur.",
            why="Une lettre signée montre que la personne fait elle-même la demande ; une lettre non signée peut "
            "venir de n'importe qui (RGPD art. 12(6)).",
            ask="Une lettre signée confirmant votre demande",
        ),
        Check.ID_SEEN_IN_PERSON: CheckText(
            label="Pièce d'identité vue au centre",
            what="Un membre du personnel a regardé une pièce d'identité à l'accueil et comparé le nom, la photo "
            "et la date de naissance. Vue, non copiée.",
            why="Voir la pièce établit l'identité sans en garder de copie (minimisation, RGPD art. 5(1)(c)).",
            ask="Présentez-vous dans un centre LAZEO avec une pièce d'identité : elle sera regardée, non copiée",
        ),
        Check.PARENTAL_AUTHORITY: CheckText(
            label="Preuve de l'autorité parentale ou de la tutelle",
            what="Un document montrant que le demandeur exerce l'autorité parentale sur le mineur (acte de "
            "naissance ou livret de famille le désignant) ou qu'il est le tuteur désigné (décision de justice).",
            why="Le parent ou le tuteur exerce les droits du mineur ou de la personne protégée ; la preuve "
            "établit cette autorité (lignes directrices 01/2022 du CEPD, demandes faites par un tiers).",
            ask="Un document prouvant votre autorité parentale sur l'enfant (acte de naissance ou livret de "
            "famille vous désignant), ou la décision de justice vous nommant tuteur",
        ),
        Check.SIGNED_MANDATE: CheckText(
            label="Mandat signé",
            what="Un mandat signé et daté par le patient, qui désigne le mandataire et la demande couverte (pour "
            "le dossier médical, il doit le dire).",
            why="Qui agit pour autrui doit en avoir l'autorisation écrite ; le mandat fixe aussi ce qu'il peut "
            "demander (lignes directrices 01/2022 du CEPD, demandes faites par un tiers).",
            ask="Le mandat signé et daté par le patient, qui vous désigne et précise la demande couverte",
        ),
        Check.REQUESTER_IDENTITY: CheckText(
            label="Identité du mandataire (avocat)",
            what="Le mandataire est bien celui qu'il dit être : pour un avocat, l'annuaire du barreau (nom, "
            "barreau, adresse du cabinet) et son papier à en-tête ; pour toute autre personne, les nom et adresse "
            "inscrits dans le mandat.",
            why="Un mandat ne vaut que si celui qui l'utilise est celui qu'il désigne.",
            ask="Vos coordonnées professionnelles (barreau et adresse du cabinet), ou vos nom et adresse tels "
            "qu'inscrits dans le mandat",
        ),
        Check.DEATH_CERTIFICATE: CheckText(
            label="Acte de décès",
            what="Un acte de décès du patient, aux nom et date de naissance du dossier.",
            why="Les proches n'ont de droit sur le dossier qu'après le décès du patient ; l'acte l'établit.",
            ask="Une copie de l'acte de décès du patient",
        ),
        Check.HEIR_STATUS: CheckText(
            label="Preuve de la qualité d'héritier",
            what="Une preuve que l'auteur de la demande est héritier ou proche parent du patient, à son nom.",
            why="Seuls les proches désignés par la loi peuvent recevoir des informations sur un patient décédé.",
            ask="Une preuve que vous êtes héritier ou proche parent du patient",
        ),
        Check.STATED_PURPOSE: CheckText(
            label="Motif accepté",
            what="La demande dit pourquoi et ce qu'elle cherche, et le dossier ne mentionne aucune opposition du "
            "patient.",
            why="Seul ce dont le proche a besoin est communiqué, et rien si le patient s'y est opposé.",
            ask="Le motif de votre demande et les informations recherchées",
        ),
        Check.DESIGNATED_PRACTITIONER: CheckText(
            label="Praticien désigné",
            what="Les nom et adresse du praticien de santé que le proche désigne pour consulter le dossier.",
            why="Les proches consultent le dossier par l'intermédiaire d'un praticien qu'ils désignent.",
            ask="Les nom et adresse du praticien de santé (médecin) que vous désignez pour consulter le dossier "
            "pour vous",
        ),
        Check.REDACTED_ID_COPY: CheckText(
            label="Copie occultée d'une pièce d'identité (dernier recours)",
            what="Une copie de pièce d'identité dont la photo et le numéro national sont masqués : comparer le nom "
            "et la date de naissance au dossier, noter le résultat, ne pas conserver la copie.",
            why="Seulement si le dossier ne permet pas d'établir l'identité : dernier recours, demandée occultée "
            "et supprimée une fois la vérification faite (RGPD art. 5(1)(c), 12(6) ; lignes directrices 01/2022 "
            "du CEPD).",
            ask="Seulement si rien de ce qui précède n'est possible : une copie d'une pièce d'identité sur "
            "laquelle vous avez masqué la photo et le numéro national (nous la supprimons dès votre identité "
            "vérifiée)",
        ),
    },
    checks_by_jurisdiction={
        (Check.HEIR_STATUS, Jurisdiction.FR): CheckText(
            label="Preuve de la qualité d'ayant droit (acte de notoriété)",
            what="Un acte de notoriété (ou une autre preuve de la qualité d'ayant droit, de conjoint, de concubin "
            "ou de partenaire de PACS) au nom de l'auteur de la demande.",
            why="En France, les ayants droit, le conjoint, le concubin et le partenaire de PACS peuvent recevoir "
            "les informations qui leur sont nécessaires (CSP L.1110-4 V, L.1111-7).",
            ask="Un acte de notoriété, ou une autre preuve de votre qualité d'ayant droit, de conjoint, de "
            "concubin ou de partenaire de PACS du patient",
        ),
        (Check.HEIR_STATUS, Jurisdiction.BE): CheckText(
            label="Preuve du lien familial",
            what="Une preuve que l'auteur de la demande est le conjoint, le cohabitant légal, le partenaire ou un "
            "parent jusqu'au deuxième degré (extrait d'état civil, certificat d'hérédité).",
            why="En Belgique, seuls ces proches peuvent consulter le dossier d'un patient décédé (loi du 22 août "
            "2002 relative aux droits du patient, art. 9 §4).",
            ask="Une preuve de votre lien familial avec le patient (extrait d'état civil ou certificat "
            "d'hérédité)",
        ),
        (Check.STATED_PURPOSE, Jurisdiction.FR): CheckText(
            label="Motif accepté (CSP L.1110-4)",
            what="La demande invoque un motif admis par la loi — connaître les causes du décès, défendre la "
            "mémoire du défunt ou faire valoir ses droits — et le dossier ne mentionne aucune opposition du "
            "patient.",
            why="Les ayants droit ne reçoivent que les informations nécessaires à ce motif, et rien si le patient "
            "s'y est opposé de son vivant (CSP L.1110-4 V).",
            ask="Le motif de votre demande : connaître les causes du décès, défendre la mémoire du défunt ou "
            "faire valoir vos droits",
        ),
        (Check.STATED_PURPOSE, Jurisdiction.BE): CheckText(
            label="Demande motivée et spécifiée",
            what="La demande dit pourquoi et quelles informations elle cherche, et le dossier ne mentionne aucune "
            "opposition expresse du patient.",
            why="Les proches n'ont accès que sur demande suffisamment motivée et spécifiée, sauf opposition "
            "expresse du patient (loi relative aux droits du patient, art. 9 §4).",
            ask="Le motif de votre demande et les informations recherchées",
        ),
        (Check.DESIGNATED_PRACTITIONER, Jurisdiction.BE): CheckText(
            label="Praticien désigné (accès indirect)",
            what="Les nom et adresse du praticien professionnel que le proche désigne pour consulter le dossier "
            "à sa place.",
            why="En Belgique, les proches d'un patient décédé consultent le dossier indirectement, par "
            "l'intermédiaire d'un praticien qu'ils désignent (loi relative aux droits du patient, art. 9 §4).",
            ask="Les nom et adresse du praticien de santé (médecin) que vous désignez pour consulter le dossier "
            "pour vous",
        ),
    },
    results={
        CheckResult.MATCHES: "correspond",
        CheckResult.DOES_NOT_MATCH: "ne correspond pas",
        CheckResult.NOT_CHECKED: "non vérifié",
    },
    routes={
        IntakeRoute.EMAIL_ON_FILE: "E-mail depuis l'adresse du dossier",
        IntakeRoute.EMAIL_UNKNOWN: "E-mail depuis une adresse inconnue du dossier",
        IntakeRoute.POST: "Lettre par courrier",
        IntakeRoute.IN_PERSON: "En personne dans un centre",
        IntakeRoute.PHONE: "Appel téléphonique",
    },
    assurance={
        Assurance.LOW: LabelledText(
            "Élémentaire",
            "La demande ne fait qu'arrêter un traitement (opposition, retrait du consentement) : une erreur nuit "
            "peu, le nom et un élément du dossier suffisent.",
        ),
        Assurance.SUBSTANTIAL: LabelledText(
            "Substantiel",
            "La demande gèle des données : nom, date de naissance et un autre élément ou canal connu du dossier.",
        ),
        Assurance.HIGH: LabelledText(
            "Élevé",
            "La demande communique des données de santé, ou les modifie ou les efface définitivement : nom, date "
            "de naissance et un canal que seul le patient maîtrise — l'adresse e-mail ou postale du dossier, le "
            "compte Doctolib, ou une visite au centre (RGPD art. 9, 32 ; lignes directrices 01/2022 du CEPD).",
        ),
    },
    outcomes={
        Outcome.VERIFIED: LabelledText(
            "Vérifiée",
            "L'identité est établie : le dossier avance et la vérification y est résumée (méthode, contrôles, "
            "date, auteur).",
        ),
        Outcome.MORE_INFORMATION_NEEDED: LabelledText(
            "Informations complémentaires nécessaires",
            "Le dossier attend le demandeur et le délai est suspendu ; la lettre demandant les éléments listés "
            "est proposée (RGPD art. 12(6)).",
        ),
        Outcome.CANNOT_BE_VERIFIED: LabelledText(
            "Vérification impossible",
            "Après une demande restée sans suite, l'identité ne peut toujours pas être établie : la demande est "
            "refusée, et la lettre de refus donne les motifs, le droit d'introduire une réclamation et le droit "
            "à un recours juridictionnel (RGPD art. 11(2), 12(2), 12(4)).",
        ),
    },
    rules={
        Rule.PROPORTIONALITY: "Vérifier avec mesure. Utiliser d'abord ce que montre déjà le dossier patient — "
        "nom, date de naissance, adresse e-mail ou postale enregistrée, rendez-vous Doctolib, numéro de patient — "
        "avant de demander quoi que ce soit. Ne demander davantage qu'en cas de doute raisonnable (RGPD "
        "art. 12(2), 12(6) ; lignes directrices 01/2022 du CEPD).",
        Rule.OVER_COLLECTION: "Ne rien collecter de plus que nécessaire. Pas de copie de pièce d'identité quand "
        "le dossier établit l'identité ; si elle est vraiment nécessaire, une copie occultée (photo et numéro "
        "national masqués), supprimée après la vérification (RGPD art. 5(1)(c) ; lignes directrices 01/2022 du "
        "CEPD).",
        Rule.PHONE: "Rien du dossier n'est communiqué par téléphone. Un appel peut ouvrir une demande ; la "
        "réponse part par écrit à une adresse connue du dossier.",
        Rule.MINOR: "Le parent ou le tuteur exerce les droits du mineur (le tuteur aussi ceux du majeur "
        "protégé) et justifie de son autorité (CSP "
        "L.1111-7 ; loi belge relative aux droits du patient, art. 12 ; loi luxembourgeoise du 24 juillet 2014, "
        "art. 13). Un mineur capable d'apprécier ses intérêts peut agir seul ; vérifier si le dossier mentionne "
        "des soins que le mineur a demandé de garder secrets (CSP L.1111-5).",
        Rule.MANDATE: "Qui agit pour le patient présente le mandat signé du patient et justifie de son "
        "identité ; les nom et date de naissance du patient sont toujours comparés au dossier (lignes "
        "directrices 01/2022 du CEPD, demandes faites par un tiers).",
        Rule.DECEASED_FR: "France : les ayants droit, le conjoint, le concubin ou le partenaire de PACS d'un "
        "patient décédé reçoivent les informations nécessaires pour connaître les causes du décès, défendre la "
        "mémoire du défunt ou faire valoir leurs droits, sauf volonté contraire exprimée par le patient de son "
        "vivant (CSP L.1110-4 V). Seul ce que ce motif requiert est envoyé.",
        Rule.DECEASED_BE: "Belgique : le conjoint, le cohabitant légal, le partenaire et les parents jusqu'au "
        "deuxième degré d'un patient décédé ont un accès indirect, par l'intermédiaire d'un praticien qu'ils "
        "désignent, si leur demande est motivée et spécifiée et que le patient ne s'y est pas expressément "
        "opposé (loi du 22 août 2002 relative aux droits du patient, art. 9 §4).",
        Rule.DECEASED_LU: "Luxembourg : l'accès des proches au dossier d'un patient décédé relève de la loi du "
        "24 juillet 2014 relative aux droits et obligations du patient. Demander l'acte de décès, une preuve du "
        "lien familial et le motif, et vérifier au dossier l'absence d'opposition du patient.",
        Rule.ID_COPY_LAST_RESORT: "Le dossier n'établit pas l'identité. Préférer les moyens que le dossier "
        "connaît déjà (adresse e-mail ou postale enregistrée, visite dans un centre). Une copie de pièce "
        "d'identité est un dernier recours : demander une copie occultée (photo et numéro national masqués). "
        "Un scan joint est conservé chiffré et supprimé à la fin de la vérification ; seul le résumé reste "
        "(lignes directrices 01/2022 du CEPD).",
        Rule.FILE_ESTABLISHES_IDENTITY: "Le dossier établit l'identité : ne demandez pas de copie de pièce "
        "d'identité. Une copie envoyée malgré tout n'est pas conservée.",
        Rule.REFUSAL: "Après une demande restée sans suite, la demande peut être refusée : la lettre de refus "
        "donne les motifs, le droit d'introduire une réclamation auprès de l'autorité de contrôle et le droit à "
        "un recours juridictionnel (RGPD art. 11(2), 12(2), 12(4)).",
        Rule.PAUSE: "Tant que la réponse du demandeur est attendue, le délai est suspendu ; il repart le jour où "
        "les informations arrivent. Le dossier montre aussi la date stricte comptée depuis la première "
        "réception.",
        Rule.LATE_REQUEST: "Cette demande d'informations part {days} jours après la réception. Le CEPD n'admet la "
        "suspension que si le responsable a demandé sans retard injustifié (lignes directrices 01/2022, §159) : "
        "gardez en vue la date stricte comptée depuis la première réception.",
        Rule.SELF_BUT_DECEASED: "Le dossier indique un patient décédé qui ferait lui-même la demande : corrigez "
        "le demandeur avant de vérifier.",
        Rule.PARENT_OF_ADULT: "Le patient n'est pas mineur : un parent n'a pas d'autorité parentale sur un "
        "majeur et doit présenter le mandat signé du patient ou une décision de tutelle.",
        Rule.HEIR_BUT_ALIVE: "Un ayant droit fait la demande, mais le dossier n'indique pas le patient comme "
        "décédé : corrigez le dossier ; tant qu'aucun acte de décès n'est présenté, rien n'est communiqué.",
        Rule.REPEAT_REQUEST: "Une deuxième demande de la même personne dans la semaine est la même demande : elle "
        "est rattachée au dossier ouvert. Une seule répétition ne rend pas une demande manifestement excessive "
        "(RGPD art. 12(5)).",
    },
    summary=SummaryTexts(
        verified="Identité vérifiée le {date} par {by}. Méthode : {route}. Contrôles : {checks}.",
        more_information="Informations complémentaires nécessaires, décidé le {date} par {by}. Méthode : {route}. "
        "Contrôles : {checks}. Demandé : {items}. Le délai est suspendu jusqu'à leur réception.",
        cannot_verify="Identité non vérifiable après une demande, décidé le {date} par {by}. Méthode : {route}. "
        "Contrôles : {checks}. Toujours manquant : {items}. Refus fondé sur le RGPD art. 11(2) et 12(2).",
        no_checks="aucun",
        scan_attached="Une pièce d'identité occultée a été jointe ; elle est supprimée à la fin de la "
        "vérification.",
        one_of="L'un des éléments suivants :",
        alternative_separator=" ; ou ",
        check_entry="{label} : {result}",
        list_separator=" ; ",
    ),
)

_NL = IdentityTexts(
    checks={
        Check.NAME_MATCHES: CheckText(
            label="Naam komt overeen met het dossier",
            what="De naam in het verzoek is die van het patiëntendossier (houd rekening met geboorte- of "
            "gebruiksnaam en met accenten).",
            why="Zo weet u over welk dossier het gaat. Een andere naam is een redelijke twijfel (AVG art. 12(6)).",
            ask="Uw volledige naam zoals opgegeven aan het centrum, met een eventuele vroegere of geboortenaam",
            ask_other="De volledige naam van de patiënt zoals opgegeven aan het centrum, met een eventuele "
            "vroegere of geboortenaam",
        ),
        Check.BIRTH_DATE_MATCHES: CheckText(
            label="Geboortedatum komt overeen met het dossier",
            what="De geboortedatum in het verzoek is die van het patiëntendossier.",
            why="Twee patiënten kunnen dezelfde naam dragen; de geboortedatum onderscheidt hen zonder om een "
            "document te vragen (EDPB-richtsnoeren 01/2022: gebruik wat u al hebt).",
            ask="Uw geboortedatum",
            ask_other="De geboortedatum van de patiënt",
        ),
        Check.POSTAL_ADDRESS_MATCHES: CheckText(
            label="Postadres komt overeen met het dossier",
            what="Het opgegeven postadres is dat van het patiëntendossier. Als het de identiteit vaststelt, gaat "
            "het antwoord per post naar alleen dat adres.",
            why="Post naar het adres in het dossier bereikt de patiënt, niet wie het verzoek schreef (AVG art. 32). "
            "Mensen verhuizen: een ander adres is op zich geen reden tot twijfel.",
            ask="Het postadres dat u aan het centrum gaf (ons antwoord wordt daar per post naartoe gestuurd)",
        ),
        Check.EMAIL_ON_RECORD: CheckText(
            label="E-mailadres in het dossier",
            what="Het bericht komt van het e-mailadres dat in het patiëntendossier staat (vergelijk elk teken).",
            why="Alleen wie dat adres beheert, kan ervandaan schrijven, en het antwoord gaat ernaar terug "
            "(EDPB-richtsnoeren 01/2022: gebruik het kanaal dat u al kent).",
            ask="Bevestig uw verzoek per e-mail vanaf het adres dat u aan het centrum gaf",
        ),
        Check.DOCTOLIB_ACCOUNT: CheckText(
            label="Doctolib-account",
            what="Het e-mailadres of telefoonnummer van het verzoek is dat van de Doctolib-account waarmee in het "
            "centrum werd geboekt (zie de afspraak in de agenda van het centrum).",
            why="De Doctolib-afspraak verbindt de persoon met het dossier zonder iets nieuws te vragen.",
            ask="Schrijf ons vanaf het e-mailadres van de Doctolib-account waarmee u afspraken in het centrum "
            "boekt",
        ),
        Check.PATIENT_NUMBER: CheckText(
            label="Patiëntnummer",
            what="Het opgegeven patiëntnummer (op een factuur of afspraakbrief) is dat van het dossier.",
            why="Het wijst het dossier aan; op zich bewijst het niet wie schrijft, dus volstaat het nooit voor "
            "gezondheidsgegevens.",
            ask="Uw patiëntnummer, als u het hebt (het staat op facturen en afspraakbrieven)",
            ask_other="Het patiëntnummer, als u het hebt (het staat op facturen en afspraakbrieven)",
        ),
        Check.SIGNED_LETTER: CheckText(
            label="Ondertekende brief",
            what="De brief is met de hand ondertekend en de naam onder de handtekening is die van de verzoeker.",
            why="Een ondertekende brief toont dat de persoon zelf het verzoek doet; een niet-ondertekende brief "
            "kan van iedereen komen (AVG art. 12(6)).",
            ask="Een ondertekende brief die uw verzoek bevestigt",
        ),
        Check.ID_SEEN_IN_PERSON: CheckText(
            label="Identiteitsdocument gezien in het centrum",
            what="Een medewerker bekeek aan de balie een identiteitsdocument en vergeleek naam, foto en "
            "geboortedatum. Gezien, niet gekopieerd.",
            why="Het document zien stelt de identiteit vast zonder een kopie te bewaren (minimale gegevensverwerking, "
            "AVG art. 5(1)(c)).",
            ask="Kom met een identiteitsdocument naar een LAZEO-centrum: het wordt bekeken, niet gekopieerd",
        ),
        Check.PARENTAL_AUTHORITY: CheckText(
            label="Bewijs van ouderlijk gezag of voogdij",
            what="Een document waaruit blijkt dat de verzoeker het ouderlijk gezag over de minderjarige uitoefent "
            "(een geboorteakte die de ouder vermeldt) of de aangestelde voogd is (rechterlijke beslissing).",
            why="Een ouder of voogd oefent de rechten van een minderjarige of beschermde persoon uit; het bewijs "
            "toont dat gezag (EDPB-richtsnoeren 01/2022, verzoeken via derden).",
            ask="Een document dat uw ouderlijk gezag over het kind aantoont (een geboorteakte die u vermeldt), of "
            "de rechterlijke beslissing die u als voogd aanstelt",
        ),
        Check.SIGNED_MANDATE: CheckText(
            label="Ondertekende volmacht",
            what="Een volmacht, gedateerd en ondertekend door de patiënt, die de gevolmachtigde en het verzoek "
            "noemt (voor het medisch dossier moet ze dat vermelden).",
            why="Wie voor een ander optreedt, heeft diens schriftelijke toestemming nodig; de volmacht bepaalt ook "
            "wat gevraagd mag worden (EDPB-richtsnoeren 01/2022, verzoeken via derden).",
            ask="De volmacht, gedateerd en ondertekend door de patiënt, die u aanwijst en het verzoek vermeldt",
        ),
        Check.REQUESTER_IDENTITY: CheckText(
            label="Identiteit van de gevolmachtigde (advocaat)",
            what="De gevolmachtigde is wie hij zegt te zijn: voor een advocaat, de lijst van de balie (naam, "
            "balie, kantooradres) en het briefpapier; voor iemand anders, de naam en het adres in de volmacht.",
            why="Een volmacht helpt alleen als wie ze gebruikt, degene is die ze noemt.",
            ask="Uw beroepsgegevens (balie en kantooradres), of uw naam en adres zoals in de volmacht vermeld",
        ),
        Check.DEATH_CERTIFICATE: CheckText(
            label="Overlijdensakte",
            what="Een overlijdensakte van de patiënt, met de naam en geboortedatum van het dossier.",
            why="Naasten hebben pas na het overlijden van de patiënt recht op het dossier; de akte toont dat aan.",
            ask="Een kopie van de overlijdensakte van de patiënt",
        ),
        Check.HEIR_STATUS: CheckText(
            label="Bewijs van de hoedanigheid van erfgenaam",
            what="Een bewijs dat de verzoeker erfgenaam of naaste verwant van de patiënt is, op zijn naam.",
            why="Alleen de naasten die de wet noemt, mogen informatie over een overleden patiënt krijgen.",
            ask="Een bewijs dat u erfgenaam of naaste verwant van de patiënt bent",
        ),
        Check.STATED_PURPOSE: CheckText(
            label="Aanvaarde reden",
            what="Het verzoek zegt waarom en wat het zoekt, en het dossier vermeldt geen verzet van de patiënt.",
            why="Alleen wat de naaste nodig heeft, wordt gedeeld, en niets als de patiënt zich verzette.",
            ask="De reden van uw verzoek en de informatie die u zoekt",
        ),
        Check.DESIGNATED_PRACTITIONER: CheckText(
            label="Aangewezen beroepsbeoefenaar",
            what="Naam en adres van de gezondheidszorgbeoefenaar die de naaste aanwijst om het dossier in te zien.",
            why="Naasten zien het dossier in via een beroepsbeoefenaar die zij aanwijzen.",
            ask="Naam en adres van de beroepsbeoefenaar (arts) die u aanwijst om het dossier voor u in te zien",
        ),
        Check.REDACTED_ID_COPY: CheckText(
            label="Afgeschermde kopie van een identiteitsdocument (laatste middel)",
            what="Een kopie van een identiteitsdocument waarop foto en rijksregisternummer afgeschermd zijn: "
            "vergelijk naam en geboortedatum met het dossier, noteer het resultaat en bewaar de kopie niet.",
            why="Alleen als het dossier de identiteit niet kan vaststellen: een laatste middel, afgeschermd "
            "gevraagd en gewist zodra de controle gedaan is (AVG art. 5(1)(c), 12(6); EDPB-richtsnoeren 01/2022).",
            ask="Alleen als niets van het voorgaande mogelijk is: een kopie van een identiteitsdocument waarop u "
            "de foto en het rijksregisternummer hebt afgeschermd (wij wissen ze zodra uw identiteit gecontroleerd "
            "is)",
        ),
    },
    checks_by_jurisdiction={
        (Check.HEIR_STATUS, Jurisdiction.FR): CheckText(
            label="Bewijs van de hoedanigheid van rechthebbende (acte de notoriété)",
            what="Een acte de notoriété (of een ander bewijs van de hoedanigheid van rechthebbende, echtgenoot, "
            "samenwonende of PACS-partner) op naam van de verzoeker.",
            why="In Frankrijk mogen de rechthebbenden, de echtgenoot, de samenwonende en de PACS-partner de "
            "informatie krijgen die zij nodig hebben (CSP L.1110-4 V, L.1111-7).",
            ask="Een acte de notoriété, of een ander bewijs dat u rechthebbende, echtgenoot, samenwonende of "
            "PACS-partner van de patiënt bent",
        ),
        (Check.HEIR_STATUS, Jurisdiction.BE): CheckText(
            label="Bewijs van de familieband",
            what="Een bewijs dat de verzoeker de echtgenoot, wettelijk samenwonende, partner of een bloedverwant "
            "tot en met de tweede graad is (uittreksel uit de burgerlijke stand, attest van erfopvolging).",
            why="In België mogen alleen deze naasten het dossier van een overleden patiënt inzien (wet van "
            "22 augustus 2002 betreffende de rechten van de patiënt, art. 9 §4).",
            ask="Een bewijs van uw familieband met de patiënt (uittreksel uit de burgerlijke stand of attest van "
            "erfopvolging)",
        ),
        (Check.STATED_PURPOSE, Jurisdiction.FR): CheckText(
            label="Aanvaarde reden (CSP L.1110-4)",
            what="Het verzoek noemt een reden die de wet aanvaardt — de doodsoorzaak kennen, de nagedachtenis van "
            "de overledene verdedigen of zijn rechten doen gelden — en het dossier vermeldt geen verzet van de "
            "patiënt.",
            why="Rechthebbenden krijgen alleen de informatie die voor die reden nodig is, en niets als de patiënt "
            "zich er bij leven tegen verzette (CSP L.1110-4 V).",
            ask="De reden van uw verzoek: de doodsoorzaak kennen, de nagedachtenis van de overledene verdedigen of "
            "uw rechten doen gelden",
        ),
        (Check.STATED_PURPOSE, Jurisdiction.BE): CheckText(
            label="Verzoek gemotiveerd en gespecificeerd",
            what="Het verzoek zegt waarom en welke informatie het zoekt, en het dossier vermeldt geen uitdrukkelijk "
            "verzet van de patiënt.",
            why="Naasten hebben alleen inzage met een voldoende gemotiveerd en gespecificeerd verzoek, tenzij de "
            "patiënt zich uitdrukkelijk verzette (patiëntenrechtenwet, art. 9 §4).",
            ask="De reden van uw verzoek en de informatie die u zoekt",
        ),
        (Check.DESIGNATED_PRACTITIONER, Jurisdiction.BE): CheckText(
            label="Aangewezen beroepsbeoefenaar (onrechtstreekse inzage)",
            what="Naam en adres van de beroepsbeoefenaar die de naaste aanwijst om het dossier in zijn plaats in "
            "te zien.",
            why="In België zien de naasten van een overleden patiënt het dossier alleen onrechtstreeks in, via een "
            "beroepsbeoefenaar die zij aanwijzen (patiëntenrechtenwet, art. 9 §4).",
            ask="Naam en adres van de beroepsbeoefenaar (arts) die u aanwijst om het dossier voor u in te zien",
        ),
    },
    results={
        CheckResult.MATCHES: "komt overeen",
        CheckResult.DOES_NOT_MATCH: "komt niet overeen",
        CheckResult.NOT_CHECKED: "niet gecontroleerd",
    },
    routes={
        IntakeRoute.EMAIL_ON_FILE: "E-mail van het adres in het dossier",
        IntakeRoute.EMAIL_UNKNOWN: "E-mail van een adres dat niet in het dossier staat",
        IntakeRoute.POST: "Brief per post",
        IntakeRoute.IN_PERSON: "Persoonlijk in een centrum",
        IntakeRoute.PHONE: "Telefoongesprek",
    },
    assurance={
        Assurance.LOW: LabelledText(
            "Basis",
            "Het verzoek stopt alleen een verwerking (bezwaar, intrekking van toestemming): een vergissing schaadt "
            "weinig, dus de naam en één gegeven uit het dossier volstaan.",
        ),
        Assurance.SUBSTANTIAL: LabelledText(
            "Substantieel",
            "Het verzoek bevriest gegevens: naam, geboortedatum en nog een gegeven of kanaal dat het dossier kent.",
        ),
        Assurance.HIGH: LabelledText(
            "Hoog",
            "Het verzoek geeft gezondheidsgegevens vrij, of wijzigt of wist ze definitief: naam, geboortedatum en "
            "een kanaal dat alleen de patiënt beheert — het e-mail- of postadres in het dossier, de "
            "Doctolib-account of een bezoek aan een centrum (AVG art. 9, 32; EDPB-richtsnoeren 01/2022).",
        ),
    },
    outcomes={
        Outcome.VERIFIED: LabelledText(
            "Geverifieerd",
            "De identiteit is vastgesteld: het dossier gaat verder en de controle wordt erop samengevat (methode, "
            "controles, datum, door wie).",
        ),
        Outcome.MORE_INFORMATION_NEEDED: LabelledText(
            "Meer informatie nodig",
            "Het dossier wacht op de verzoeker en de termijn is geschorst; de brief die om de vermelde stukken "
            "vraagt, wordt voorgesteld (AVG art. 12(6)).",
        ),
        Outcome.CANNOT_BE_VERIFIED: LabelledText(
            "Kan niet worden geverifieerd",
            "Na één vraag kan de identiteit nog steeds niet worden vastgesteld: het verzoek wordt geweigerd, en de "
            "weigeringsbrief geeft de redenen, het recht om klacht in te dienen en het recht op een beroep bij de "
            "rechter (AVG art. 11(2), 12(2), 12(4)).",
        ),
    },
    rules={
        Rule.PROPORTIONALITY: "Controleer in verhouding. Gebruik eerst wat het patiëntendossier al toont — naam, "
        "geboortedatum, het geregistreerde e-mail- of postadres, de Doctolib-afspraak, het patiëntnummer — "
        "voordat u iets vraagt. Vraag alleen meer bij redelijke twijfel (AVG art. 12(2), 12(6); "
        "EDPB-richtsnoeren 01/2022).",
        Rule.OVER_COLLECTION: "Verzamel niet meer dan nodig. Geen kopie van een identiteitsdocument als het "
        "dossier de identiteit vaststelt; is er echt een nodig, dan een afgeschermde kopie (foto en "
        "rijksregisternummer afgeschermd), gewist na de controle (AVG art. 5(1)(c); EDPB-richtsnoeren 01/2022).",
        Rule.PHONE: "Niets uit het dossier wordt telefonisch meegedeeld. Een oproep kan een verzoek starten; het "
        "antwoord gaat schriftelijk naar een adres dat het dossier kent.",
        Rule.MINOR: "Een ouder of voogd oefent de rechten van een minderjarige uit (een voogd of bewindvoerder "
        "ook die van een beschermde meerderjarige) en toont zijn gezag aan (FR "
        "CSP L.1111-7; Belgische patiëntenrechtenwet art. 12; Luxemburgse wet van 24 juli 2014 art. 13). Een "
        "minderjarige die zijn belangen redelijk kan beoordelen, mag zelf optreden; kijk in het dossier of de "
        "minderjarige vroeg bepaalde zorg voor de ouders geheim te houden (FR CSP L.1111-5).",
        Rule.MANDATE: "Wie voor de patiënt optreedt, toont de ondertekende volmacht van de patiënt en wie hij is; "
        "naam en geboortedatum van de patiënt worden nog steeds met het dossier vergeleken (EDPB-richtsnoeren "
        "01/2022, verzoeken via derden).",
        Rule.DECEASED_FR: "Frankrijk: de rechthebbenden, echtgenoot, samenwonende of PACS-partner van een "
        "overleden patiënt krijgen de informatie die nodig is om de doodsoorzaak te kennen, de nagedachtenis van "
        "de overledene te verdedigen of hun rechten te doen gelden, tenzij de patiënt zich daar bij leven tegen "
        "verzette (CSP L.1110-4 V). Alleen wat die reden vereist, wordt verstuurd.",
        Rule.DECEASED_BE: "België: de echtgenoot, wettelijk samenwonende, partner en bloedverwanten tot en met de "
        "tweede graad van een overleden patiënt hebben onrechtstreekse inzage, via een beroepsbeoefenaar die zij "
        "aanwijzen, als hun verzoek voldoende gemotiveerd en gespecificeerd is en de patiënt zich er niet "
        "uitdrukkelijk tegen verzette (wet van 22 augustus 2002 betreffende de rechten van de patiënt, art. 9 §4).",
        Rule.DECEASED_LU: "Luxemburg: de inzage door naasten in het dossier van een overleden patiënt berust op de "
        "wet van 24 juli 2014 betreffende de rechten en plichten van de patiënt. Vraag de overlijdensakte, een "
        "bewijs van de familieband en de reden, en kijk in het dossier of de patiënt zich verzette.",
        Rule.ID_COPY_LAST_RESORT: "Het dossier stelt de identiteit niet vast. Geef voorrang aan wat het dossier "
        "al kent (het geregistreerde e-mail- of postadres, een bezoek aan een centrum). Een kopie van een "
        "identiteitsdocument is een laatste middel: vraag een afgeschermde kopie (foto en rijksregisternummer "
        "afgeschermd). Een bijgevoegde scan wordt versleuteld bewaard en gewist wanneer de controle afloopt; "
        "alleen de samenvatting blijft (EDPB-richtsnoeren 01/2022).",
        Rule.FILE_ESTABLISHES_IDENTITY: "Het dossier stelt de identiteit vast: vraag geen kopie van een "
        "identiteitsdocument. Een toch toegestuurde kopie wordt niet bewaard.",
        Rule.REFUSAL: "Na één vraag zonder resultaat mag het verzoek worden geweigerd: de weigeringsbrief geeft de "
        "redenen, het recht om klacht in te dienen bij de toezichthoudende autoriteit en het recht op een beroep "
        "bij de rechter (AVG art. 11(2), 12(2), 12(4)).",
        Rule.PAUSE: "Zolang het antwoord van de verzoeker uitblijft, is de termijn geschorst; hij loopt opnieuw "
        "vanaf de dag waarop de informatie binnenkomt. Het dossier toont ook de strikte datum vanaf de eerste "
        "ontvangst.",
        Rule.LATE_REQUEST: "Deze vraag om informatie vertrekt {days} dagen na ontvangst. Het EDPB aanvaardt de "
        "schorsing alleen als de verwerkingsverantwoordelijke zonder onnodige vertraging vroeg (richtsnoeren "
        "01/2022, §159): houd de strikte datum vanaf de eerste ontvangst in het oog.",
        Rule.SELF_BUT_DECEASED: "Het dossier vermeldt een overleden patiënt die zelf het verzoek zou doen: "
        "corrigeer de verzoeker voordat u controleert.",
        Rule.PARENT_OF_ADULT: "De patiënt is niet minderjarig: een ouder heeft geen ouderlijk gezag over een "
        "meerderjarige en heeft de ondertekende volmacht van de patiënt of een beslissing over bewindvoering nodig.",
        Rule.HEIR_BUT_ALIVE: "Een erfgenaam doet het verzoek, maar het dossier vermeldt de patiënt niet als "
        "overleden: corrigeer het dossier; zolang geen overlijdensakte is voorgelegd, wordt niets meegedeeld.",
        Rule.REPEAT_REQUEST: "Een tweede verzoek van dezelfde persoon binnen een week is hetzelfde verzoek: het "
        "wordt aan het open dossier gekoppeld. Eén herhaling maakt een verzoek niet kennelijk buitensporig "
        "(AVG art. 12(5)).",
    },
    summary=SummaryTexts(
        verified="Identiteit geverifieerd op {date} door {by}. Methode: {route}. Controles: {checks}.",
        more_information="Meer informatie nodig, beslist op {date} door {by}. Methode: {route}. Controles: "
        "{checks}. Gevraagd: {items}. De termijn is geschorst tot de informatie binnenkomt.",
        cannot_verify="Identiteit niet te verifiëren na één vraag, beslist op {date} door {by}. Methode: {route}. "
        "Controles: {checks}. Ontbreekt nog: {items}. Weigering op grond van AVG art. 11(2) en 12(2).",
        no_checks="geen",
        scan_attached="Een afgeschermd identiteitsdocument werd bijgevoegd; het wordt gewist wanneer de controle "
        "afloopt.",
        one_of="Een van de volgende:",
        alternative_separator="; of ",
        check_entry="{label}: {result}",
        list_separator="; ",
    ),
)

IDENTITY_TEXTS: Mapping[Language, IdentityTexts] = {Language.EN: _EN, Language.FR: _FR, Language.NL: _NL}
