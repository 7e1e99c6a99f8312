"""The window's names for the kinds of letter, marked for translation."""

from __future__ import annotations

from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.ui.translation import QT_TRANSLATE_NOOP, translate

_LABELS = "LetterLabels"

KIND_LABELS = {
    LetterKind.ACKNOWLEDGEMENT: QT_TRANSLATE_NOOP("LetterLabels", "Acknowledgement of receipt"),
    LetterKind.IDENTITY_REQUEST: QT_TRANSLATE_NOOP("LetterLabels", "Request for identity or missing details"),
    LetterKind.EXTENSION_NOTICE: QT_TRANSLATE_NOOP("LetterLabels", "Extension notice"),
    LetterKind.ACCESS_RESPONSE: QT_TRANSLATE_NOOP("LetterLabels", "Access response"),
    LetterKind.RECTIFICATION_DONE: QT_TRANSLATE_NOOP("LetterLabels", "Rectification done"),
    LetterKind.ERASURE_DONE: QT_TRANSLATE_NOOP("LetterLabels", "Erasure done"),
    LetterKind.ERASURE_PARTLY_REFUSED: QT_TRANSLATE_NOOP("LetterLabels", "Erasure partly refused"),
    LetterKind.RESTRICTION_APPLIED: QT_TRANSLATE_NOOP("LetterLabels", "Restriction applied"),
    LetterKind.OBJECTION_UPHELD: QT_TRANSLATE_NOOP("LetterLabels", "Objection upheld"),
    LetterKind.CONSENT_WITHDRAWN: QT_TRANSLATE_NOOP("LetterLabels", "Withdrawal of consent recorded"),
    LetterKind.PORTABILITY_COVER: QT_TRANSLATE_NOOP("LetterLabels", "Portability cover letter"),
    LetterKind.REFERRAL_DOCTOLIB: QT_TRANSLATE_NOOP("LetterLabels", "Referral to Doctolib"),
    LetterKind.REFUSAL: QT_TRANSLATE_NOOP("LetterLabels", "Refusal"),
    LetterKind.MEDICAL_RECORD_COVER: QT_TRANSLATE_NOOP("LetterLabels", "Medical file cover letter"),
    LetterKind.PRACTITIONER_COVER: QT_TRANSLATE_NOOP("LetterLabels", "Cover letter to the designated practitioner"),
    LetterKind.HEIR_PRACTITIONER_NOTICE: QT_TRANSLATE_NOOP(
        "LetterLabels", "Notice to the relative: file sent to their practitioner"
    ),
    LetterKind.NO_DATA_HELD: QT_TRANSLATE_NOOP("LetterLabels", "No data held"),
}


def kind_label(kind: LetterKind) -> str:
    return translate(_LABELS, KIND_LABELS[kind])
