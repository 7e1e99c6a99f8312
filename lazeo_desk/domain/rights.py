"""The rights a data subject request can invoke (GDPR Art 7(3), 15-21; docs/rules.md, Rights)."""

from __future__ import annotations

from lazeo_desk.domain.vocabulary import Vocabulary


class Right(Vocabulary, noun="right"):
    """A right invoked by a request; the value is the key used in files and on the command line."""

    ACCESS = "access"
    RECTIFICATION = "rectification"
    ERASURE = "erasure"
    RESTRICTION = "restriction"
    OBJECTION = "objection"
    WITHDRAW_CONSENT = "withdraw-consent"
    PORTABILITY = "portability"
    MEDICAL_RECORD = "medical-record"

    @property
    def article(self) -> str:
        """The provision the right rests on."""
        return _ARTICLES[self]

    @property
    def short_label(self) -> str:
        """A short English label for lists (the UI translates its own copy)."""
        return _SHORT_LABELS[self]



_ARTICLES: dict[Right, str] = {
    Right.ACCESS: "GDPR Art 15",
    Right.RECTIFICATION: "GDPR Art 16",
    Right.ERASURE: "GDPR Art 17",
    Right.RESTRICTION: "GDPR Art 18",
    Right.OBJECTION: "GDPR Art 21",
    Right.WITHDRAW_CONSENT: "GDPR Art 7(3)",
    Right.PORTABILITY: "GDPR Art 20",
    Right.MEDICAL_RECORD: "national patient law",
}

_SHORT_LABELS: dict[Right, str] = {
    Right.ACCESS: "Access",
    Right.RECTIFICATION: "Rectif.",
    Right.ERASURE: "Erasure",
    Right.RESTRICTION: "Restrict.",
    Right.OBJECTION: "Objection",
    Right.WITHDRAW_CONSENT: "Consent",
    Right.PORTABILITY: "Portab.",
    Right.MEDICAL_RECORD: "Med. file",
}
