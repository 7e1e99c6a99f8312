"""Identity verification: who must prove what, by which checks, and how a verification ends (docs/rules.md, Identity).

The rules come from GDPR Art 11(2), 12(2), 12(5), 12(6) and 5(1)(c), the EDPB Guidelines 01/2022 on the right of
access (identification in proportion, requests made through others, §159 on pausing the clock), and the national
patient laws on the file of a deceased patient (FR Code de la santé publique L.1110-4; BE patient rights law of
22 August 2002, art. 9 §4; LU law of 24 July 2014). Every text shown to the DPO or written to the requester is in
``resources/wording/<language>.toml`` under ``identity.``, read into ``IDENTITY_TEXTS``, so that a lawyer can review
it in one place with the letters' phrases.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language, Relationship
from lazeo_desk.domain.deadlines import late_information_request
from lazeo_desk.domain.heirs import HeirStatement
from lazeo_desk.domain.messages import Explained, Problem, said
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status
from lazeo_desk.wording import ByLanguage, long_date

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

    docs/rules.md and EDPB Guidelines 01/2022 §159: the period runs from receipt of the complete request, the day of
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


def format_day(day: date, language: Language) -> str:
    """A date written out in ``language`` as the letters write it ("5 March 2026", "1er avril 2026", "5 maart 2026")."""
    return long_date(day, language)


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

    docs/rules.md: record only what was checked, how, when and by whom — never the content of an identity document.
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


IDENTITY_TEXTS: Mapping[Language, IdentityTexts] = ByLanguage(IdentityTexts, "identity")
