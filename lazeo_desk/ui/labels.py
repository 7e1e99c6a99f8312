"""The words the window uses for the domain's closed vocabularies, marked for translation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lazeo_desk.domain.case import Channel, HeirPurpose, Jurisdiction, Language, OutcomeKind, Relationship, Title
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status
from lazeo_desk.store.register import QuickFilter
from lazeo_desk.ui.translation import QT_TRANSLATE_NOOP

_CONTEXT = "Labels"

STATUS = {
    Status.NEW: QT_TRANSLATE_NOOP("Labels", "New"),
    Status.VERIFYING_IDENTITY: QT_TRANSLATE_NOOP("Labels", "Verifying identity"),
    Status.AWAITING_REQUESTER: QT_TRANSLATE_NOOP("Labels", "Awaiting requester"),
    Status.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "In progress"),
    Status.ANSWERED: QT_TRANSLATE_NOOP("Labels", "Answered"),
    Status.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
    Status.REFUSED: QT_TRANSLATE_NOOP("Labels", "Refused"),
    Status.WITHDRAWN: QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
    Status.REFERRED: QT_TRANSLATE_NOOP("Labels", "Referred"),
}

RIGHT = {
    Right.ACCESS: QT_TRANSLATE_NOOP("Labels", "Access"),
    Right.RECTIFICATION: QT_TRANSLATE_NOOP("Labels", "Rectification"),
    Right.ERASURE: QT_TRANSLATE_NOOP("Labels", "Erasure"),
    Right.RESTRICTION: QT_TRANSLATE_NOOP("Labels", "Restriction"),
    Right.OBJECTION: QT_TRANSLATE_NOOP("Labels", "Objection"),
    Right.WITHDRAW_CONSENT: QT_TRANSLATE_NOOP("Labels", "Withdrawal of consent"),
    Right.PORTABILITY: QT_TRANSLATE_NOOP("Labels", "Portability"),
    Right.MEDICAL_RECORD: QT_TRANSLATE_NOOP("Labels", "Medical file"),
}

RIGHT_SHORT = {
    Right.ACCESS: QT_TRANSLATE_NOOP("Labels", "Access"),
    Right.RECTIFICATION: QT_TRANSLATE_NOOP("Labels", "Rectif."),
    Right.ERASURE: QT_TRANSLATE_NOOP("Labels", "Erasure"),
    Right.RESTRICTION: QT_TRANSLATE_NOOP("Labels", "Restrict."),
    Right.OBJECTION: QT_TRANSLATE_NOOP("Labels", "Objection"),
    Right.WITHDRAW_CONSENT: QT_TRANSLATE_NOOP("Labels", "Consent"),
    Right.PORTABILITY: QT_TRANSLATE_NOOP("Labels", "Portab."),
    Right.MEDICAL_RECORD: QT_TRANSLATE_NOOP("Labels", "Med. file"),
}

RIGHT_ARTICLE = {
    Right.ACCESS: QT_TRANSLATE_NOOP("Labels", "GDPR Art 15"),
    Right.RECTIFICATION: QT_TRANSLATE_NOOP("Labels", "GDPR Art 16"),
    Right.ERASURE: QT_TRANSLATE_NOOP("Labels", "GDPR Art 17"),
    Right.RESTRICTION: QT_TRANSLATE_NOOP("Labels", "GDPR Art 18"),
    Right.OBJECTION: QT_TRANSLATE_NOOP("Labels", "GDPR Art 21"),
    Right.WITHDRAW_CONSENT: QT_TRANSLATE_NOOP("Labels", "GDPR Art 7(3)"),
    Right.PORTABILITY: QT_TRANSLATE_NOOP("Labels", "GDPR Art 20"),
    Right.MEDICAL_RECORD: QT_TRANSLATE_NOOP("Labels", "national patient law"),
}

JURISDICTION = {
    Jurisdiction.BE: QT_TRANSLATE_NOOP("Labels", "Belgium"),
    Jurisdiction.FR: QT_TRANSLATE_NOOP("Labels", "France"),
    Jurisdiction.LU: QT_TRANSLATE_NOOP("Labels", "Luxembourg"),
}

LANGUAGE = {
    Language.NL: QT_TRANSLATE_NOOP("Labels", "Dutch"),
    Language.FR: QT_TRANSLATE_NOOP("Labels", "French"),
    Language.EN: QT_TRANSLATE_NOOP("Labels", "English"),
}

CHANNEL = {
    Channel.POST: QT_TRANSLATE_NOOP("Labels", "Post"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("Labels", "E-mail"),
    Channel.IN_PERSON: QT_TRANSLATE_NOOP("Labels", "In person"),
    Channel.WEB_FORM: QT_TRANSLATE_NOOP("Labels", "Web form"),
    Channel.PHONE: QT_TRANSLATE_NOOP("Labels", "Phone"),
    Channel.DOCTOLIB: QT_TRANSLATE_NOOP("Labels", "Doctolib"),
}

RELATIONSHIP = {
    Relationship.SELF: QT_TRANSLATE_NOOP("Labels", "The data subject in person"),
    Relationship.PARENT: QT_TRANSLATE_NOOP("Labels", "Parent"),
    Relationship.GUARDIAN: QT_TRANSLATE_NOOP("Labels", "Guardian"),
    Relationship.MANDATARY: QT_TRANSLATE_NOOP("Labels", "Mandatary or lawyer"),
    Relationship.HEIR: QT_TRANSLATE_NOOP("Labels", "Heir"),
}

TITLE = {
    Title.MRS: QT_TRANSLATE_NOOP("Labels", "Mrs / Ms"),
    Title.MR: QT_TRANSLATE_NOOP("Labels", "Mr"),
    Title.MAITRE: QT_TRANSLATE_NOOP("Labels", "Maître (lawyer)"),
    Title.DR: QT_TRANSLATE_NOOP("Labels", "Doctor"),
}

HEIR_PURPOSE = {
    HeirPurpose.CAUSES_OF_DEATH: QT_TRANSLATE_NOOP("Labels", "To know the causes of death"),
    HeirPurpose.DEFEND_MEMORY: QT_TRANSLATE_NOOP("Labels", "To defend the memory of the deceased"),
    HeirPurpose.ASSERT_RIGHTS: QT_TRANSLATE_NOOP("Labels", "To assert their rights"),
}

OUTCOME = {
    OutcomeKind.GRANTED: QT_TRANSLATE_NOOP("Labels", "Granted"),
    OutcomeKind.PARTLY_GRANTED: QT_TRANSLATE_NOOP("Labels", "Partly granted"),
    OutcomeKind.REFUSED: QT_TRANSLATE_NOOP("Labels", "Refused"),
}

QUICK = {
    QuickFilter.OVERDUE: QT_TRANSLATE_NOOP("Labels", "Overdue"),
    QuickFilter.DUE_THIS_WEEK: QT_TRANSLATE_NOOP("Labels", "Due this week"),
    QuickFilter.AWAITING_REQUESTER: QT_TRANSLATE_NOOP("Labels", "Awaiting requester"),
    QuickFilter.IDENTITY_TO_VERIFY: QT_TRANSLATE_NOOP("Labels", "Identity to verify"),
    QuickFilter.OPEN: QT_TRANSLATE_NOOP("Labels", "Open"),
    QuickFilter.ANSWERED_THIS_MONTH: QT_TRANSLATE_NOOP("Labels", "Answered this month"),
}

EVENT_KIND = {
    "opened": QT_TRANSLATE_NOOP("Labels", "Opened"),
    "edited": QT_TRANSLATE_NOOP("Labels", "Edited"),
    "status": QT_TRANSLATE_NOOP("Labels", "Status"),
    "resumed": QT_TRANSLATE_NOOP("Labels", "Resumed"),
    "extended": QT_TRANSLATE_NOOP("Labels", "Extended"),
    "outcome": QT_TRANSLATE_NOOP("Labels", "Outcome"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
    "note": QT_TRANSLATE_NOOP("Labels", "Note"),
    "letter": QT_TRANSLATE_NOOP("Labels", "Letter"),
    "identity": QT_TRANSLATE_NOOP("Labels", "Identity"),
    "enclosure": QT_TRANSLATE_NOOP("Labels", "Enclosure"),
    "assigned": QT_TRANSLATE_NOOP("Labels", "Assigned"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def status_label(status: Status) -> str:
    return _tr(STATUS[status])


def right_label(right: Right) -> str:
    return _tr(RIGHT[right])


def right_short_label(right: Right) -> str:
    return _tr(RIGHT_SHORT[right])


def right_article(right: Right) -> str:
    return _tr(RIGHT_ARTICLE[right])


def jurisdiction_label(jurisdiction: Jurisdiction) -> str:
    return _tr(JURISDICTION[jurisdiction])


def language_label(language: Language) -> str:
    return _tr(LANGUAGE[language])


def channel_label(channel: Channel) -> str:
    return _tr(CHANNEL[channel])


def relationship_label(relationship: Relationship) -> str:
    return _tr(RELATIONSHIP[relationship])


def title_label(title: Title) -> str:
    return _tr(TITLE[title])


def heir_purpose_label(purpose: HeirPurpose) -> str:
    return _tr(HEIR_PURPOSE[purpose])


def outcome_label(kind: OutcomeKind) -> str:
    return _tr(OUTCOME[kind])


def quick_filter_label(quick: QuickFilter) -> str:
    return _tr(QUICK[quick])


def event_kind_label(kind: str) -> str:
    """The timeline's word for an event kind; kinds added later show as stored."""
    known = EVENT_KIND.get(kind)
    return _tr(known) if known is not None else kind
