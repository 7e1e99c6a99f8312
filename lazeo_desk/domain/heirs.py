"""Relatives and heirs of a deceased patient: what must be known before a letter about the file goes to them.

They act in their own right under national patient law, not on the deceased's behalf: the GDPR does not apply to
deceased persons (recital 27). Each function is one rule and returns the sentence that refuses the letter, or None.
"""

from __future__ import annotations

from dataclasses import dataclass

from lazeo_desk.domain.case import Case, HeirPurpose, Jurisdiction, Practitioner
from lazeo_desk.domain.letter_kinds import LetterKind, heir_may_receive, through_practitioner
from lazeo_desk.domain.messages import Message, said


@dataclass(frozen=True)
class HeirStatement:
    """What a relative states when asked (docs/rules.md): the purpose of the request (FR, CSP L.1110-4 V), its
    explanation, and the practitioner designated to consult the file (BE art. 9 §4, LU art. 36)."""

    purpose: HeirPurpose | None = None
    purpose_explanation: str = ""
    designated_practitioner: Practitioner | None = None

    def apply_to(self, case: Case) -> None:
        """Record the statement on the case's requester (only for an heir; empty parts leave what was recorded)."""
        requester = case.requester
        if not requester.is_heir:
            return
        if self.purpose is not None:
            requester.purpose = self.purpose
        if self.purpose_explanation.strip():
            requester.purpose_explanation = self.purpose_explanation.strip()
        if self.designated_practitioner is not None and self.designated_practitioner.name.strip():
            requester.designated_practitioner = self.designated_practitioner


_FILE_LETTERS = frozenset(
    {LetterKind.MEDICAL_RECORD_COVER, LetterKind.PRACTITIONER_COVER, LetterKind.HEIR_PRACTITIONER_NOTICE}
)


def no_gdpr_answer_to_an_heir(case: Case, kind: LetterKind) -> Message | None:
    """An heir receives no GDPR answer (access response, erasure …) about the deceased: GDPR recital 27."""
    if kind in _FILE_LETTERS or heir_may_receive(case, kind):
        return None
    return said(
        "the GDPR does not apply to deceased persons (recital 27): an heir's request is answered under the national "
        "patient law, not with a {kind} letter",
        kind=kind,
    )


def no_extension_for_an_heir(case: Case, kind: LetterKind) -> Message | None:
    """An heir's request is not extended: the two-month extension is the GDPR's (Art 12(3)), which does not apply
    to the deceased's data (recital 27), and the national periods for the file (CSP L.1111-7, BE art. 9) know no
    extension."""
    if kind is not LetterKind.EXTENSION_NOTICE:
        return None
    return said(
        "an heir's request rests on the national patient law, whose period cannot be extended; the GDPR "
        "extension (Art 12(3)) does not apply to a deceased person's data (recital 27): answer by the national date"
    )


def file_goes_to_the_practitioner(case: Case, kind: LetterKind) -> Message | None:
    """Belgium (patient rights law of 22 August 2002, art. 9 §4) and Luxembourg (law of 28 August 1998, art. 36):
    the relative never receives the file; it goes to the practitioner they designate, with the practitioner
    cover letter. In France the heir receives it (CSP L.1111-7), so the practitioner letters do not apply."""
    if kind is LetterKind.MEDICAL_RECORD_COVER and through_practitioner(case.jurisdiction):
        return said(
            "in {country} a relative consults a deceased patient's file only through a practitioner they designate: "
            "send the file with the practitioner cover letter, and the relative the notice that it was made available",
            country=case.jurisdiction,
        )
    if kind in (LetterKind.PRACTITIONER_COVER, LetterKind.HEIR_PRACTITIONER_NOTICE) and not through_practitioner(
        case.jurisdiction
    ):
        return said(
            "in {country} the heir receives the file directly (CSP L.1110-4, L.1111-7): use the medical-file cover "
            "letter",
            country=case.jurisdiction,
        )
    return None


def practitioner_designated(case: Case, kind: LetterKind) -> Message | None:
    """Without a designated practitioner no file letter is written for a Belgian or Luxembourg relative
    (BE art. 9 §4; LU art. 36 of the law of 28 August 1998): the DPO asks the relative to designate one."""
    if kind not in _FILE_LETTERS or not through_practitioner(case.jurisdiction):
        return None
    practitioner = case.requester.designated_practitioner
    if practitioner is not None and practitioner.name.strip():
        return None
    return said(
        "no designated practitioner is recorded: in {country} a relative consults the file only through a "
        "practitioner they designate; ask the requester which practitioner, and record their name and address",
        country=case.jurisdiction,
    )


def purpose_stated(case: Case, kind: LetterKind) -> Message | None:
    """French heirs receive only what their stated purpose needs (CSP L.1110-4 V): knowing the causes of death,
    defending the memory of the deceased, or asserting their rights — the last two explained. No purpose
    recorded, no medical-file cover letter."""
    if kind is not LetterKind.MEDICAL_RECORD_COVER or case.jurisdiction is not Jurisdiction.FR:
        return None
    purpose = case.requester.purpose
    if purpose is None:
        return said(
            "no purpose is recorded for the heir: under CSP L.1110-4 V an heir receives only the information needed "
            "to know the causes of death, defend the memory of the deceased or assert their rights; record the "
            "purpose they stated"
        )
    if purpose.needs_explanation and not case.requester.purpose_explanation.strip():
        return said(
            "the heir's purpose ({purpose}) must be explained (CSP L.1110-4 V): record the circumstances or the "
            "rights in question",
            purpose=purpose,
        )
    return None


def practitioner_letters_are_for_relatives(case: Case, kind: LetterKind) -> Message | None:
    """The practitioner letters exist for a deceased patient's relative (BE art. 9 §4, LU art. 36); a living
    patient or their representative receives the file directly."""
    if kind in (LetterKind.PRACTITIONER_COVER, LetterKind.HEIR_PRACTITIONER_NOTICE) and not case.requester.is_heir:
        return said(
            "the practitioner letters are for the relative of a deceased patient; this requester is not recorded as "
            "an heir or relative"
        )
    return None


def heir_letter_refusal(case: Case, kind: LetterKind) -> Message | None:
    """The first rule that forbids writing ``kind`` for ``case`` to or about a relative; None when it may be
    written."""
    if not case.requester.is_heir:
        return practitioner_letters_are_for_relatives(case, kind)
    for rule in (
        no_gdpr_answer_to_an_heir,
        no_extension_for_an_heir,
        practitioner_designated,
        file_goes_to_the_practitioner,
        purpose_stated,
    ):
        refusal = rule(case, kind)
        if refusal is not None:
            return refusal
    return None


def needs_legal_review(case: Case) -> bool:
    """A Luxembourg relative's access rests on art. 36 of the law of 28 August 1998 on hospital establishments as
    a clinic publishes it; the patients' rights law of 24 July 2014 is not verified here (docs/rules.md): the DPO's
    legal review is asked for."""
    return case.requester.is_heir and case.jurisdiction is Jurisdiction.LU
