"""The values of a letter's placeholders, computed from the case, the organisation and what the DPO typed.

Values are computed only when a template uses them, so a letter never asks for what it does not print; a value
that cannot be known (a refusal without a ground) raises :class:`LetterInputError` with a sentence saying what
to supply.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from lazeo_desk.domain.case import Case, Jurisdiction, Language, Relationship
from lazeo_desk.domain.deadlines import (
    DEFAULT_MEDICAL_RECORD_CLOCKS,
    DeadlineReport,
    MedicalRecordClock,
    compute_deadline,
)
from lazeo_desk.domain.heirs import needs_legal_review
from lazeo_desk.domain.letter_kinds import LetterKind, through_practitioner
from lazeo_desk.domain.messages import Explained, said
from lazeo_desk.domain.organisation import (
    MEDICAL_FILE_RETENTION,
    MEDICAL_FILE_RETENTION_NOTE,
    OrganisationProfile,
    ProcessingRegister,
    SupervisoryAuthority,
    supervisory_authority,
)
from lazeo_desk.domain.retention import (
    MedicalFileRetention,
    RetentionRule,
    medical_file_retention,
    medical_file_years,
)
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.vocabulary import Vocabulary
from lazeo_desk.letters.heir_phrases import HEIR_PHRASES
from lazeo_desk.letters.letter import BlockKind, LetterBlock
from lazeo_desk.letters.phrases import Phrases, join_list, long_date, phrases, with_name
from lazeo_desk.letters.salutations import Addressee, address_name, closing, salutation


class LetterInputError(Explained, ValueError):
    """A letter cannot be written from what is known; the message says what the DPO must supply."""


class RefusalGround(Vocabulary, noun="refusal ground"):
    """Why a request is refused (GDPR Art 12(4) requires the reasons)."""

    IDENTITY_NOT_ESTABLISHED = "identity-not-established"  # Art 11(2), 12(2)
    MANIFESTLY_UNFOUNDED = "manifestly-unfounded"  # Art 12(5)(b)
    EXCESSIVE = "excessive"  # Art 12(5)(b)



@dataclass(frozen=True)
class LetterExtras:
    """What the case cannot know and the DPO supplies for one letter.

    ``enclosures``: documents sent with it; ``free_paragraphs``: paragraphs typed for this letter;
    ``refusal_ground``/``refusal_reason``: why a request is refused; ``items_requested``: what an identity
    request asks for (suggested items when empty); ``extension_reason``: overrides the reason recorded on the
    case; ``done_items``: what was rectified, erased, restricted or stopped; ``recipients_notified``: the
    recipients told of it (Art 19); ``liability_claim``: a pending liability claim suspends retention;
    ``registered_mention``: print the registered-post line (None: when customary for the kind);
    ``objection_not_marketing``: the DPO records that an objection refused is not about direct marketing (an
    objection to direct marketing is never refused, GDPR Art 21(2)-(3)).
    """

    enclosures: tuple[str, ...] = ()
    free_paragraphs: tuple[str, ...] = ()
    refusal_ground: RefusalGround | None = None
    refusal_reason: str = ""
    items_requested: tuple[str, ...] = ()
    extension_reason: str = ""
    done_items: tuple[str, ...] = ()
    recipients_notified: tuple[str, ...] = ()
    liability_claim: bool = False
    registered_mention: bool | None = None
    objection_not_marketing: bool = False


def suggested_identity_items(case: Case, language: Language) -> tuple[str, ...]:
    """What an identity request usually asks for, proportionate to who asks (EDPB Guidelines 01/2022).

    A representative proves their authority (parental authority, guardianship, mandate, death certificate and
    proof of being an heir); a copy of an identity document comes last, redacted, and is not kept.
    """
    words = phrases(language)
    relative = HEIR_PHRASES[language].items[case.jurisdiction] if case.requester.is_heir else ()
    return (*words.identity_items[case.requester.relationship], *relative, words.identity_item_id_copy)


def letter_addressee(case: Case, kind: LetterKind | None) -> Addressee:
    """Who the letter is written to: the practitioner a relative designated for the practitioner cover letter
    (BE art. 9 §4, LU), the representative or relative when someone else asks, else the data subject."""
    requester, subject = case.requester, case.subject
    practitioner = requester.designated_practitioner
    if kind is LetterKind.PRACTITIONER_COVER and practitioner is not None:
        return Addressee(practitioner.name.strip(), practitioner.address, practitioner.title, practitioner.family_name)
    if requester.is_representative:
        return Addressee(requester.name.strip(), requester.address, requester.title, requester.family_name)
    return Addressee(subject.name.strip(), subject.address, subject.title, subject.family_name)


def _paragraph(text: str) -> LetterBlock:
    return LetterBlock(BlockKind.PARAGRAPH, text=text)


class LetterContext:
    """The placeholder values of one letter; see :data:`lazeo_desk.letters.templates.PLACEHOLDERS`."""

    def __init__(
        self,
        case: Case,
        *,
        language: Language,
        profile: OrganisationProfile,
        register: ProcessingRegister,
        today: date,
        extras: LetterExtras,
        closure_days: Iterable[date] = (),
        kind: LetterKind | None = None,
        clocks: Mapping[Jurisdiction, MedicalRecordClock] = DEFAULT_MEDICAL_RECORD_CLOCKS,
        retention_years: Mapping[Jurisdiction, int] | None = None,
    ) -> None:
        self.case = case
        self.kind = kind
        self.addressee = letter_addressee(case, kind)
        self.clocks = clocks
        self.kept_years = medical_file_years(case.jurisdiction, retention_years)
        self.language = language
        self.profile = profile
        self.register = register
        self.today = today
        self.extras = extras
        self.closure_days = tuple(closure_days)
        self.words: Phrases = phrases(language)
        self.warnings: list[str] = []
        self.enclosures_listed = False
        if needs_legal_review(case):
            self.warnings.append(
                said(
                    "a Luxembourg relative's access rests on art. 36 of the law of 28 August 1998 on hospital "
                    "establishments; the patients' rights law of 24 July 2014 is not verified: have the letter "
                    "reviewed before it goes out"
                )
            )
        self._inline: dict[str, Callable[[], str]] = {
            "recipient_name": lambda: self.recipient_name,
            "salutation": lambda: salutation(self.addressee, language),
            "closing": lambda: closing(self.addressee, language),
            "requester_name": lambda: case.requester.name.strip(),
            "deceased_name": lambda: self.subject_display,
            "practitioner_name": lambda: self.practitioner_name,
            "subject_name": lambda: case.subject.name.strip(),
            "reference": lambda: self.reference,
            "received_date": lambda: self.written(case.received),
            "letter_date": lambda: self.written(today),
            "due_date": lambda: self.written(self.deadlines.due),
            "first_due_date": lambda: self.written(self.deadlines.gdpr.final),
            "new_due_date": lambda: self.written(self.new_due_date),
            "extension_reason": lambda: self.extension_reason,
            "on_behalf": lambda: self.on_behalf,
            "your_data": lambda: self.your_data,
            "your_file": lambda: self.subject_phrase(self.words.your_file, self.words.others_file),
            "of_your_data": lambda: self.subject_phrase(self.words.of_your_data, self.words.of_others_data),
            "of_your_file": lambda: self.subject_phrase(self.words.of_your_file, self.words.of_others_file),
            "rights_requested": lambda: self.rights_named(case.rights),
            "controller_name": lambda: profile.controller_name,
            "dpo_name": lambda: profile.dpo_name,
            "dpo_title": lambda: profile.dpo_title.get(language),
            "dpo_email": lambda: profile.dpo_email,
            "dpo_postal_address": lambda: ", ".join(profile.dpo_address),
            "authority_name": lambda: self.authority.name.get(language),
            "retention_end_date": lambda: self.written(self.retention_end),
            "national_law": lambda: self.words.national_laws[case.jurisdiction],
            "verification": lambda: self.verification,
        }
        self._blocks: dict[str, Callable[[], list[LetterBlock]]] = {
            "free_paragraphs": self.free_paragraphs,
            "enclosures": self.enclosures,
            "representation": self.representation,
            "heir_basis": self.heir_basis,
            "access_information": self.access_information,
            "items_requested": self.items_requested,
            "complaint": self.complaint,
            "judicial_remedy": self.judicial_remedy,
            "refusal_reasons": self.refusal_reasons,
            "retention_ground": self.retention_ground,
            "recipients_notified": self.recipients_notified,
            "done_items": lambda: (
                [LetterBlock(BlockKind.BULLETS, items=extras.done_items)] if extras.done_items else []
            ),
            "national_deadline": self.national_deadline,
            "answer_dates": self.answer_dates,
            "first_copy_free": self.first_copy_free,
            "doctolib_note": lambda: [_paragraph(self.words.doctolib_note.format(controller=self.controller))],
        }

    # --- inline values -------------------------------------------------------------------------------------

    def inline(self, name: str) -> str:
        """The text of an inline placeholder (the template was validated, so the name is known)."""
        if name in self._blocks:
            raise LetterInputError(
                said("{placeholder} is a block and must stand alone in its paragraph", placeholder=f"{{{name}}}")
            )
        return self._inline[name]()

    def block(self, name: str) -> list[LetterBlock]:
        """The blocks a block placeholder expands to (none for an empty optional block)."""
        if name in self._inline:
            return [_paragraph(self._inline[name]())]
        return self._blocks[name]()

    def written(self, day: date) -> str:
        return long_date(day, self.language)

    @property
    def controller(self) -> str:
        return self.profile.controller_name

    @property
    def representative(self) -> bool:
        return self.case.requester.is_representative

    @property
    def recipient_name(self) -> str:
        return self.addressee.name

    @property
    def recipient_address(self) -> tuple[str, ...]:
        return self.addressee.address

    @property
    def recipient_block_name(self) -> str:
        """The first line of the address block, the title before the name (NF Z10-011)."""
        return address_name(self.addressee, self.language)

    @property
    def on_behalf(self) -> str:
        """" on behalf of X" after "your request of <date>"; an heir asks in their own right: " concerning the
        late X" (GDPR recital 27; docs/rules.md)."""
        if self.case.requester.is_heir:
            return with_name(HEIR_PHRASES[self.language].concerning, self.subject_display, self.language)
        return self.subject_phrase("", self.words.on_behalf)

    def rights_named(self, rights: Iterable[Right]) -> str:
        """The rights asked, as a list in words; for a relative, without the GDPR articles, which give them no
        right over the deceased's data (recital 27)."""
        names = HEIR_PHRASES[self.language].rights if self.case.requester.is_heir else self.words.rights
        return join_list([names[right] for right in rights], self.language)

    @property
    def verification(self) -> str:
        """Why proof is asked: GDPR Art 12(2), 12(6) for the person and their representatives; for a deceased
        patient's relative, the national rule that says who may see the file (docs/rules.md)."""
        if self.case.requester.is_heir:
            return HEIR_PHRASES[self.language].verification[self.case.jurisdiction]
        return self.words.verification

    @property
    def practitioner_name(self) -> str:
        practitioner = self.case.requester.designated_practitioner
        if practitioner is None or not practitioner.name.strip():
            raise LetterInputError(
                said(
                    "no designated practitioner is recorded: record the practitioner the relative designated (name "
                    "and address)"
                )
            )
        return practitioner.name.strip()

    @property
    def reference(self) -> str:
        return (self.case.reference or "").strip()

    @property
    def subject_display(self) -> str:
        """The data subject's name as the letter speaks of them: "the late …" once they have died."""
        name = self.case.subject.name.strip()
        if self.case.subject.deceased or self.case.subject.death_date is not None:
            return self.words.the_late.format(name=name)
        return name

    def subject_phrase(self, own: str, others: str) -> str:
        """``own`` ("your medical file") for the person, ``others`` naming them when a representative reads it."""
        return with_name(others, self.subject_display, self.language) if self.representative else own

    @property
    def your_data(self) -> str:
        return self.subject_phrase(self.words.your_data, self.words.others_data)

    @cached_property
    def deadlines(self) -> DeadlineReport:
        return self._deadlines(extended=self.case.extension is not None)

    def _deadlines(self, *, extended: bool) -> DeadlineReport:
        return compute_deadline(
            received=self.case.received,
            jurisdiction=self.case.jurisdiction,
            rights=self.case.rights,
            completed=self.case.completed,
            extended=extended,
            records_older_than_5_years=self.case.records_older_than_5_years,
            closure_days=self.closure_days,
            clocks=self.clocks,
        )

    @cached_property
    def new_due_date(self) -> date:
        """The extended deadline: start + 3 months, rolled to a working day (GDPR Art 12(3); docs/rules.md,
        Deadlines, rule 5)."""
        report = self._deadlines(extended=True)
        assert report.extended is not None  # compute_deadline always sets it when extended=True
        if self.today > report.extension_notice_by:
            self.warnings.append(
                said(
                    "the extension notice had to go out by {day} (within the first month, GDPR Art 12(3))",
                    day=report.extension_notice_by,
                )
            )
        return report.extended.final

    @property
    def extension_reason(self) -> str:
        reason = self.extras.extension_reason.strip()
        if not reason and self.case.extension is not None:
            reason = self.case.extension.reason.strip()
        if not reason:
            raise LetterInputError(
                said(
                    "an extension notice must give its reasons (GDPR Art 12(3)): record the reason for the extension "
                    "on the case or type it for this letter"
                )
            )
        return reason

    @cached_property
    def authority(self) -> SupervisoryAuthority:
        return supervisory_authority(self.case.jurisdiction)

    @cached_property
    def retention(self) -> MedicalFileRetention:
        return medical_file_retention(
            self.case.subject,
            jurisdiction=self.case.jurisdiction,
            years={self.case.jurisdiction: self.kept_years},
            liability_claim=self.extras.liability_claim,
        )

    @property
    def retention_end(self) -> date:
        if self.retention.end is None:
            raise LetterInputError(
                said(
                    "the end of retention of the medical file cannot be computed: {explanation}",
                    explanation=self.retention.governing.explain(),
                )
            )
        return self.retention.end

    # --- blocks --------------------------------------------------------------------------------------------

    def free_paragraphs(self) -> list[LetterBlock]:
        return [LetterBlock(BlockKind.FREE, text=text.strip()) for text in self.extras.free_paragraphs if text.strip()]

    def enclosures(self) -> list[LetterBlock]:
        self.enclosures_listed = True
        items = tuple(item.strip() for item in self.extras.enclosures if item.strip())
        if not items:
            return []
        return [_paragraph(self.words.enclosures_intro), LetterBlock(BlockKind.BULLETS, items=items)]

    def representation(self) -> list[LetterBlock]:
        relationship = self.case.requester.relationship
        if relationship is Relationship.SELF:
            return []
        if relationship is Relationship.HEIR:
            standing = HEIR_PHRASES[self.language].standing[self.case.jurisdiction]
            return [_paragraph(with_name(standing, self.subject_display, self.language)), *self.heir_basis()]
        phrase = self.words.representation[relationship]
        return [_paragraph(with_name(phrase, self.subject_display, self.language))]

    def heir_basis(self) -> list[LetterBlock]:
        """The national rule a relative's access rests on; in France, in the medical-file letter, with the stated
        purpose and the limit of the communication to it (CSP L.1110-4 V, L.1111-7). Nothing when the requester is
        not an heir."""
        if not self.case.requester.is_heir:
            return []
        words = HEIR_PHRASES[self.language]
        text = words.basis[self.case.jurisdiction]
        purpose = self.case.requester.purpose
        # The purpose and the limit of the communication belong with the file itself, not with interim letters.
        file_letter = self.kind in (None, LetterKind.MEDICAL_RECORD_COVER)
        if self.case.jurisdiction is Jurisdiction.FR and purpose is not None and file_letter:
            explanation = self.case.requester.purpose_explanation.strip().rstrip(".")
            stated = words.purpose_explained if explanation else words.purpose
            text += " " + stated.format(purpose=words.purposes[purpose], explanation=explanation)
            text += " " + words.limited
        return [_paragraph(text)]

    def authority_address(self) -> LetterBlock:
        authority = self.authority
        lines = (authority.name.get(self.language), *authority.address_lines(self.language), authority.contact)
        return LetterBlock(BlockKind.ADDRESS, items=lines)

    def complaint(self) -> list[LetterBlock]:
        if self.case.requester.is_heir:
            return [_paragraph(HEIR_PHRASES[self.language].complaint), self.authority_address()]
        return [_paragraph(self.words.complaint), self.authority_address()]

    def judicial_remedy(self) -> list[LetterBlock]:
        """GDPR Art 79 for the person or their representative; a relative, outside the GDPR (recital 27), is told
        of the courts without it."""
        if self.case.requester.is_heir:
            return [_paragraph(HEIR_PHRASES[self.language].judicial_remedy)]
        return [_paragraph(self.words.judicial_remedy.format(controller=self.controller))]

    def first_copy_free(self) -> list[LetterBlock]:
        """The patient's first copy is free under GDPR Art 15(3) (CJEU C-307/22); not said to a relative, to whom
        the GDPR does not apply (recital 27)."""
        if self.case.requester.is_heir:
            return []
        return [_paragraph(self.words.first_copy_free)]

    def access_information(self) -> list[LetterBlock]:
        """GDPR Art 15(1)(a)-(h) and 15(2), drawn from the processing register; actual recipients named."""
        words, language, register = self.words, self.language, self.register
        rows: list[tuple[str, ...]] = [words.register_columns]
        years = self.kept_years
        for activity in register.answerable():
            # The medical-file rule is the centre's country's (docs/rules.md, Retention: FR 20, BE 30, LU 10 years).
            retention = activity.retention.get(language)
            if activity.retention == MEDICAL_FILE_RETENTION:
                retention = words.medical_retention_cell.format(years=years)
            rows.append(
                (
                    f"{activity.purpose.get(language)}\n{activity.legal_basis.get(language)}",
                    activity.data_categories.get(language),
                    activity.recipients.get(language),
                    retention,
                )
            )
        authority = self.authority
        authority_line = ", ".join(
            (authority.name.get(language), *authority.address_lines(language), authority.contact)
        )
        items = words.access_items
        data = {
            "data": self.your_data,
            "of_data": self.subject_phrase(words.of_your_data, words.of_others_data),
        }
        blocks = [
            LetterBlock(BlockKind.HEADING, text=words.access_heading),
            _paragraph(words.access_intro.format(controller=self.controller, data=self.your_data)),
            LetterBlock(BlockKind.TABLE, rows=tuple(rows)),
        ]
        note = register.retention_note.get(language).strip()
        if register.retention_note == MEDICAL_FILE_RETENTION_NOTE:
            note = words.medical_retention_notes[self.case.jurisdiction].format(years=years)
        if note:
            blocks.append(LetterBlock(BlockKind.NOTE, text=note))
        blocks += [
            LetterBlock(BlockKind.LABELLED, label=items["e"], text=words.rights_reminder.format(**data)),
            LetterBlock(BlockKind.LABELLED, label=items["f"], text=f"{words.complaint} {authority_line}."),
            LetterBlock(BlockKind.LABELLED, label=items["g"], text=register.sources.get(language)),
            LetterBlock(BlockKind.LABELLED, label=items["h"], text=register.automated_decisions.get(language)),
            LetterBlock(BlockKind.LABELLED, label=items["transfers"], text=register.transfers.get(language)),
            LetterBlock(BlockKind.LABELLED, label=items["storage"], text=register.storage.get(language)),
            LetterBlock(BlockKind.LABELLED, label=items["copy"], text=words.copy_note.format(**data)),
        ]
        if any(activity.doctolib_is_controller for activity in register.activities):
            blocks.append(_paragraph(words.doctolib_note.format(controller=self.controller)))
        return blocks

    def items_requested(self) -> list[LetterBlock]:
        items = tuple(item.strip() for item in self.extras.items_requested if item.strip())
        if not items:
            items = suggested_identity_items(self.case, self.language)
        return [LetterBlock(BlockKind.BULLETS, items=items)]

    def refusal_reasons(self) -> list[LetterBlock]:
        ground = self.extras.refusal_ground
        if ground is None:
            raise LetterInputError(
                said(
                    "a refusal must state its ground (GDPR Art 12(4)): identity not established (Art 11(2), 12(2)), "
                    "or a manifestly unfounded or excessive request (Art 12(5))"
                )
            )
        heir = self.case.requester.is_heir
        grounds = HEIR_PHRASES[self.language].refusal_grounds if heir else self.words.refusal_grounds
        blocks = [_paragraph(grounds[ground.value])]
        reason = self.extras.refusal_reason.strip()
        if reason:
            blocks.append(LetterBlock(BlockKind.LABELLED, label=self.words.refusal_reason_intro, text=reason))
        return blocks

    def retention_ground(self) -> list[LetterBlock]:
        """Until when the medical file is kept and why: the Art 17(3)(b)/(c) exception (docs/rules.md, Retention)."""
        retention = self.retention
        governing = retention.governing
        last = self.case.subject.last_consultation
        reason = self.words.retention_rules[governing.rule].format(
            last=self.written(last) if last else "", years=governing.years
        )
        if retention.end is not None:
            text = self.words.retention_kept_until.format(date=self.written(retention.end), reason=reason)
        else:
            text = self.words.retention_no_date.format(reason=reason)
            if governing.rule is not RetentionRule.SUSPENDED_BY_CLAIM:
                self.warnings.append(
                    said(
                        "the letter states the retention rule without an end date: {explanation}",
                        explanation=governing.explain(),
                    )
                )
        return [_paragraph(text), _paragraph(self.words.retention_ground)]

    def recipients_notified(self) -> list[LetterBlock]:
        named = [name.strip() for name in self.extras.recipients_notified if name.strip()]
        if named:
            text = self.words.recipients_notified_named.format(recipients=join_list(named, self.language))
        else:
            text = self.words.recipients_notified_generic
        return [_paragraph(text)]

    def national_deadline(self) -> list[LetterBlock]:
        report = self.deadlines
        if Right.MEDICAL_RECORD not in self.case.rights or report.national is None:
            return []
        if report.national.final < self.today:
            # A letter does not promise a date already passed on the day it is written.
            self.warnings.append(
                said(
                    "the medical file was due by {day} ({law}): the letter does not promise that date; send the "
                    "file now",
                    day=report.national.final, law=report.national_source,
                )
            )
            return []
        text = self.words.national_deadline_note.format(
            date=self.written(report.national.final), law=self.words.national_laws[self.case.jurisdiction]
        )
        if report.earliest_release is not None:
            text += " " + self.words.earliest_release_note.format(date=self.written(report.earliest_release))
        return [_paragraph(text)]

    def answer_dates(self) -> list[LetterBlock]:
        """By when each part of the request is answered, and which date alone may be extended.

        GDPR Art 12(3) allows the month to be extended by two months; the national patient laws' periods for the
        medical file (FR L.1111-7, BE art. 9 §2) cannot be. A request for the file alone never promises an
        extension; a mixed request gives the file's date and the GDPR date of the rest (docs/rules.md, Before a letter
        goes out).
        """
        report, words, case = self.deadlines, self.words, self.case
        gdpr = report.extended.final if report.extended is not None else report.gdpr.final
        # A relative's request rests on national patient law, not on the GDPR (recital 27): no Art 12(3) extension.
        extendable = report.extended is None and not case.requester.is_heir
        national = report.national if Right.MEDICAL_RECORD in case.rights else None
        if national is None:
            text = words.answer_by.format(date=self.written(gdpr))
            return [_paragraph(f"{text} {words.extension_possible}" if extendable else text)]
        law = words.national_laws[case.jurisdiction]
        file_date = min(national.final, report.gdpr.final)
        file_by = words.file_by
        if case.requester.is_heir and through_practitioner(case.jurisdiction):
            # BE art. 9 §4, LU art. 36: the relative never receives the file, the practitioner they designate does.
            file_by = HEIR_PHRASES[self.language].file_to_practitioner_by
        text = file_by.format(
            file=self.subject_phrase(words.your_file, words.others_file), date=self.written(file_date), law=law
        )
        if report.earliest_release is not None:
            text += " " + words.earliest_release_note.format(date=self.written(report.earliest_release))
        blocks = [_paragraph(text)]
        others = [right for right in case.rights if right is not Right.MEDICAL_RECORD]
        if others:
            rest = words.rest_by.format(rights=self.rights_named(others), date=self.written(gdpr))
            blocks.append(_paragraph(f"{rest} {words.rest_extension_possible}" if extendable else rest))
        return blocks
