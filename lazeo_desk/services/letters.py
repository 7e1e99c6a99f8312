"""Letters from a case: preview, and sending — which records the exact PDF, its SHA-256 and what it changes."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from lazeo_desk.domain.case import Case, Extension, Language, OutcomeKind, RightOutcome
from lazeo_desk.domain.letter_checks import Finding, check_letter
from lazeo_desk.domain.letter_kinds import LetterKind, fits, proposed_kinds
from lazeo_desk.domain.messages import Message, Problem, said
from lazeo_desk.domain.status import Status, check_transition
from lazeo_desk.domain.vocabulary import Vocabulary
from lazeo_desk.letters import (
    ComposedLetter,
    LetterExtras,
    RefusalGround,
    compose_letter,
    glyph_findings,
    render_pdf,
)
from lazeo_desk.letters.templates import load_template
from lazeo_desk.services.cases import CaseRuleError, CaseService, DeadlineRules, LoadedCase
from lazeo_desk.store import audit
from lazeo_desk.store import processing as store_processing
from lazeo_desk.store import settings as store_settings
from lazeo_desk.store.cases import load_row, row_to_case, to_utc
from lazeo_desk.store.models import LetterRow


class SendMethod(Vocabulary, noun="sending method"):
    """How a letter went out (docs/rules.md, Letters: registered post records its tracking number)."""

    POST = "post"
    REGISTERED_POST = "registered-post"
    EMAIL = "email"
    HAND_DELIVERY = "hand-delivery"


# How the timeline names each method: the same English as the method's key, in words the window can translate.
_METHOD_WORDS = {
    SendMethod.POST: said("post"),
    SendMethod.REGISTERED_POST: said("registered-post"),
    SendMethod.EMAIL: said("email"),
    SendMethod.HAND_DELIVERY: said("hand-delivery"),
}


@dataclass(frozen=True)
class Draft:
    """A letter ready to print or send: its texts and the PDF they make."""

    kind: LetterKind
    language: Language
    letter: ComposedLetter
    pdf: bytes
    fits_case: bool
    findings: tuple[Finding, ...] = ()
    # The version of the processing register the letter prints (GDPR Art 15(1), Art 30); None: it prints none.
    register_version: int | None = None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.pdf).hexdigest()

    @property
    def refusals(self) -> tuple[Finding, ...]:
        """What stops the letter from going out (docs/rules.md, Before a letter goes out): nothing is printed or
        sent."""
        return tuple(finding for finding in self.findings if finding.refuses)

    @property
    def cautions(self) -> tuple[Finding, ...]:
        """What the DPO must confirm before the letter goes out."""
        return tuple(finding for finding in self.findings if not finding.refuses)


class LetterRefused(CaseRuleError):
    """A letter the rules do not let go out; the first refusal's sentence says why."""

    def __init__(self, refusals: tuple[Finding, ...]) -> None:
        super().__init__(*(finding.said() for finding in refusals[:1]))
        self.refusals = refusals


@dataclass(frozen=True)
class SentLetter:
    """One entry of a case's letter log."""

    id: int
    kind: LetterKind
    language: Language
    sent_on: date
    method: SendMethod
    tracking_number: str
    sha256: str
    # The version of the processing register it printed; None for a letter that prints none, or one sent before
    # versions were kept.
    register_version: int | None = None


# Erasure "partly granted": the medical file is kept under the retention duty (docs/rules.md, Retention). A sentence,
# so that the timeline line recording the outcome says the ground in the reader's language.
_PARTLY_REFUSED_GROUND = said("GDPR Art 17(3)(b)/(c): medical file kept for its legal retention period")
_NO_DATA_HELD = said("no personal data held (GDPR Art 15(1))")


class LetterService:
    """Preview and send letters for the cases of one :class:`CaseService`."""

    def __init__(self, cases: CaseService) -> None:
        self.cases = cases

    def proposals(self, case: Case) -> list[LetterKind]:
        return proposed_kinds(case)

    def draft(
        self, reference: str, kind: LetterKind, *, language: Language | None = None, extras: LetterExtras | None = None,
        on: date | None = None, register_version: int | None = None,
    ) -> Draft:
        """Compose and lay out a letter from the stored case and the organisation's settings, dated ``on``.

        An access response prints the processing register in force, or version ``register_version`` (the one an
        earlier letter recorded, to draft it again as it was); the draft names the version it printed. The draft
        carries the findings of the checks before a letter goes out (:func:`check_letter`, and the characters no
        font can print): the window and the command line show them and refuse what they refuse.
        """
        with self.cases.db.transaction() as session:
            if register_version is None:
                in_force, register = store_processing.current(session)
            else:
                try:
                    register = store_processing.version(session, register_version).register
                except KeyError:
                    raise CaseRuleError(Problem("register version", said(
                        "there is no version {number} of the register", number=str(register_version)))) from None
                in_force = register_version
            case = row_to_case(load_row(session, reference))
            profile = store_settings.organisation_profile(session)
            overrides = store_settings.letter_templates(session)
            closure = store_settings.closure_days(session)
            rules = DeadlineRules.load(session, self.cases.place.holidays)
            retention = store_settings.medical_file_years(session)
        chosen = language or case.language
        day = on or self.cases.clock.today()
        letter = compose_letter(
            kind, case, language=chosen, profile=profile, today=day, extras=extras,
            template_overrides=overrides, closure_days=closure, clocks=rules.clocks,
            retention_years=retention, register=register,
        )
        prints_register = any(
            paragraph.block == "access_information" for paragraph in load_template(kind, chosen, overrides).paragraphs
        )
        # Until the DPO edits the register, the policy's is in force: it becomes version 1 when the letter is sent.
        printed = (in_force or 1) if prints_register else None
        given = extras or LetterExtras()
        ground = given.refusal_ground.value if given.refusal_ground is not None else None
        findings = check_letter(
            case, kind, day, deadlines=rules.report(case), refusal_ground=ground,
            refusal_reason=given.refusal_reason, enclosures=given.enclosures,
            objection_not_marketing=given.objection_not_marketing,
        )
        findings += glyph_findings(letter)
        findings.sort(key=lambda finding: not finding.refuses)
        return Draft(
            kind, chosen, letter, render_pdf(letter, profile), fits(case, kind), tuple(findings), printed
        )

    def send(
        self,
        reference: str,
        draft: Draft,
        *,
        method: SendMethod,
        tracking_number: str = "",
        extras: LetterExtras | None = None,
    ) -> LoadedCase:
        """Record ``draft`` as sent and apply what it means for the case, in one transaction.

        An identity request pauses the clock (GDPR Art 12(2), 12(6)); an extension notice records the extension and
        its reasons (Art 12(3)); an answer letter records the outcome of its right, and once every right has one the
        case is answered; a refusal or a referral moves the case accordingly (Art 12(4)). A draft the checks refuse
        (docs/rules.md, Before a letter goes out) raises :class:`LetterRefused` and nothing is recorded.
        """
        if draft.refusals:
            raise LetterRefused(draft.refusals)
        tracking = tracking_number.strip()
        if method is SendMethod.REGISTERED_POST and not tracking:
            raise CaseRuleError(
                Problem("tracking number", said("registered post needs its tracking number for the letter log"))
            )
        today = self.cases.clock.today()
        kind = draft.kind

        def change(case: Case, session: Session) -> list[str]:
            row = load_row(session, reference)
            if draft.register_version is not None:
                # The policy's register, printed before any edit, is stored as version 1 with the letter's author.
                audit.act_as(session, self.cases.actor, self.cases.clock.now())
                store_processing.ensure_policy_version(
                    session, actor=self.cases.actor, at=to_utc(self.cases.clock.now())
                )
            session.add(
                LetterRow(
                    case_id=row.id, kind=kind.value, language=draft.language.value, sent_on=today,
                    method=method.value, tracking_number=tracking, pdf=draft.pdf, sha256=draft.sha256,
                    created_at=to_utc(self.cases.clock.now()), register_version=draft.register_version,
                )
            )
            lines: list[str] = [_sent_line(draft, method, tracking)]
            lines += _apply_letter(case, kind, today, extras)
            return lines

        return self.cases.apply_change(reference, change, kind="letter")

    def record_output(self, reference: str, draft: Draft, action: str, **where: object) -> None:
        """Record that a letter left the program without being sent: ``printed`` or ``saved`` (a PDF written), with
        which letter (kind, language, SHA-256 of the PDF) and where to (``where``: printer, copies, file)."""
        detail: dict[str, object] = {
            "letter": draft.kind.value, "language": draft.language.value, "sha256": draft.sha256, **where,
        }
        self.cases.record_access(reference, action, detail)

    def log(self, reference: str) -> list[SentLetter]:
        with self.cases.db.transaction() as session:
            row = load_row(session, reference)
            letters = session.scalars(select(LetterRow).where(LetterRow.case_id == row.id).order_by(LetterRow.id))
            return [
                SentLetter(
                    l.id, LetterKind(l.kind), Language(l.language), l.sent_on, SendMethod(l.method),
                    l.tracking_number, l.sha256, l.register_version,
                )
                for l in letters  # noqa: E741
            ]

    def register_version_in_force(self) -> int | None:
        """The version of the processing register in force (None: the policy's, never stored yet)."""
        with self.cases.db.transaction() as session:
            return store_processing.latest_number(session)

    def stored_pdf(self, letter_id: int) -> bytes:
        with self.cases.db.transaction() as session:
            row = session.get(LetterRow, letter_id)
            if row is None:
                raise CaseRuleError(said("letter {number}: no such letter in the log", number=str(letter_id)))
            return row.pdf


def _sent_line(draft: Draft, method: SendMethod, tracking: str) -> Message:
    """The timeline line recording a letter sent: which, in what language, how, and the SHA-256 of its PDF."""
    if tracking:
        return said(
            "letter {kind} ({language}) sent by {method} (tracking {tracking}); SHA-256 {sha256}",
            kind=draft.kind, language=draft.language, method=_METHOD_WORDS[method], tracking=tracking,
            sha256=draft.sha256,
        )
    return said(
        "letter {kind} ({language}) sent by {method}; SHA-256 {sha256}",
        kind=draft.kind, language=draft.language, method=_METHOD_WORDS[method], sha256=draft.sha256,
    )


def _move(case: Case, target: Status, today: date, lines: list[str]) -> None:
    if case.status is target:
        return
    check_transition(case.status, target)
    if case.status is Status.AWAITING_REQUESTER:
        case.completed = today
        case.awaiting_since = None
    case.status = target


def _apply_letter(case: Case, kind: LetterKind, today: date, extras: LetterExtras | None) -> list[str]:
    """What sending a letter of ``kind`` changes on the case (the rules are in :meth:`LetterService.send`)."""
    lines: list[str] = []
    if kind is LetterKind.IDENTITY_REQUEST:
        if case.status is not Status.AWAITING_REQUESTER:
            _move(case, Status.AWAITING_REQUESTER, today, lines)
            case.awaiting_since = today
            if case.info_requested is None:
                case.info_requested = today
    elif kind is LetterKind.EXTENSION_NOTICE:
        if case.extension is None:
            reason = (extras.extension_reason if extras else "") or ""
            if not reason.strip():
                raise CaseRuleError(
                    Problem("extension.reason", said("an extension notice needs its reasons (GDPR Art 12(3))"))
                )
            case.extension = Extension(reason.strip(), today)
    elif kind is LetterKind.REFUSAL:
        ground = extras.refusal_ground if extras else None
        reason = (extras.refusal_reason if extras else "").strip()
        text = (ground.value if isinstance(ground, RefusalGround) else "refused") + (f": {reason}" if reason else "")
        for right in case.rights:
            case.outcomes.setdefault(right, RightOutcome(OutcomeKind.REFUSED, text))
        _move(case, Status.REFUSED, today, lines)
        case.answered = case.answered or today
    elif kind is LetterKind.NO_DATA_HELD:
        # Nothing is held, so every right invoked is answered by the confirmation (GDPR Art 15(1)).
        for right in case.rights:
            case.outcomes.setdefault(right, RightOutcome(OutcomeKind.GRANTED, _NO_DATA_HELD))
        if case.status.is_open:
            _move(case, Status.IN_PROGRESS, today, lines)
            _move(case, Status.ANSWERED, today, lines)
            case.answered = case.answered or today
    elif kind is LetterKind.REFERRAL_DOCTOLIB:
        _move(case, Status.REFERRED, today, lines)
        case.answered = case.answered or today
    elif kind.answers is not None:
        right = kind.answers
        if kind is LetterKind.ERASURE_PARTLY_REFUSED:
            case.outcomes[right] = RightOutcome(OutcomeKind.PARTLY_GRANTED, _PARTLY_REFUSED_GROUND)
        else:
            case.outcomes.setdefault(right, RightOutcome(OutcomeKind.GRANTED))
        if all(r in case.outcomes for r in case.rights) and case.status.is_open:
            # A case still being verified is first taken into work: the answer comes from work on it.
            _move(case, Status.IN_PROGRESS, today, lines)
            _move(case, Status.ANSWERED, today, lines)
            case.answered = today
    return lines
