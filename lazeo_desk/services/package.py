"""The answer package of a case: the answer letter, the index of the enclosures and the enclosures, as one PDF.

The letter is the one the letters service writes (its checks apply: what they refuse is returned, for the caller
to refuse in turn); the enclosures are those kept with the case. What must not reach the person (a third party's
name, another patient's data: GDPR Art 15(4)) is hidden from the enclosures' pages by :class:`Hiding`, burnt into
page images (``letters/redaction.py``), and the index says how many passages were hidden and why.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from lazeo_desk.domain.case import Language
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.messages import Explained, said
from lazeo_desk.letters import LetterExtras
from lazeo_desk.letters.package import IndexLine, PackageEnclosure, PageFilter, compose_package
from lazeo_desk.letters.redaction import Box, RedactionReport, redact
from lazeo_desk.services.enclosures import PACKAGE_KINDS, EnclosureService
from lazeo_desk.services.letters import LetterService
from lazeo_desk.services.workplace import AtWorkplace


class PackageRefused(Explained, ValueError):
    """No package can be made: the sentence says why."""


@dataclass(frozen=True)
class Hiding:
    """What to hide from the enclosures before they join the package (GDPR Art 15(4)).

    ``terms`` are hidden wherever they occur; ``boxes`` are areas of the enclosures' pages, numbered from 0 over
    the enclosures alone (the letter and the index are not counted), in PDF points; ``reason`` is a key of
    ``letters.redaction.REASONS``.
    """

    terms: tuple[str, ...] = ()
    boxes: tuple[Box, ...] = ()
    reason: str = "other-persons"

    def __bool__(self) -> bool:
        return bool(self.terms or self.boxes)


@dataclass(frozen=True)
class PackageResult:
    """The package's PDF, its page count and SHA-256, its index; and what the answer letter's checks found."""

    pdf: bytes
    pages: int
    sha256: str
    index: list[IndexLine]
    kind: LetterKind = LetterKind.ACCESS_RESPONSE
    language: Language = Language.EN
    refusals: tuple[str, ...] = field(default=())
    cautions: tuple[str, ...] = field(default=())
    hidden: RedactionReport | None = None

    def record(self) -> dict[str, object]:
        """What the case's record keeps of this package: kind, language, hash, pages, and what was hidden, where
        and why."""
        found: dict[str, object] = {
            "package": self.kind.value, "language": self.language.value, "sha256": self.sha256, "pages": self.pages,
        }
        if self.hidden is not None:
            found["hidden"] = {
                "reason": self.hidden.reason,
                "passages": self.hidden.passages,
                "where": [
                    {"page": item.page + 1, "what": item.what, "term": item.term, "count": item.count}
                    for item in self.hidden.hidden
                ],
                "attachments_removed": list(self.hidden.removed_attachments),
            }
        return found


class PackageService(AtWorkplace):
    """Builds the answer packages of the cases of one :class:`Workplace`."""

    def build_package(
        self,
        reference: str,
        *,
        kind: LetterKind = LetterKind.ACCESS_RESPONSE,
        language: Language | None = None,
        redaction: PageFilter | None = None,
        hiding: Hiding | None = None,
    ) -> PackageResult:
        """The package of ``reference`` with the answer letter of ``kind`` in ``language`` (the case's by default).

        ``PackageRefused`` when the kind carries no enclosures or the case has none (with nothing to enclose, the
        answer is the "no data held" letter, GDPR Art 15(1)). ``hiding`` hides passages from the enclosures (a
        ``RedactionError`` names what cannot be hidden); ``redaction`` is a lower-level hook on the same pages.
        """
        if kind not in PACKAGE_KINDS:
            raise PackageRefused(
                said("a package goes with an answer that carries enclosures, not with the letter {kind}", kind=kind)
            )
        service = EnclosureService(self.place)
        kept = service.enclosures(reference)
        if not kept:
            raise PackageRefused(
                said("{reference} has no enclosure: with nothing to enclose, the answer is the no-data-held letter",
                     reference=reference)
            )
        letters = LetterService(service.cases)
        extras = LetterExtras(enclosures=tuple(info.title for info in kept))
        draft = letters.draft(reference, kind, language=language, extras=extras)
        # Each enclosure's bytes are read when its pages are made: a package of hundreds of scans never holds
        # them all at once.
        enclosures = (
            PackageEnclosure(
                title=info.title, source=info.source, document_date=info.document_date,
                media_type=info.media_type, filename=info.filename, content=service.content(reference, info.id),
            )
            for info in kept
        )
        reports: list[RedactionReport] = []
        if hiding:

            def hide(pdf: bytes) -> bytes:
                redacted = redact(pdf, boxes=hiding.boxes, terms=hiding.terms, reason=hiding.reason)
                reports.append(redacted.report)
                return redacted.pdf

            redaction = hide
        composed = compose_package(
            reference=reference.strip().upper(), letter_pdf=draft.pdf, enclosures=enclosures,
            language=draft.language.value, redaction=redaction,
            index_note=lambda: reports[0].summary(draft.language.value) if reports else "",
            # An area hidden by hand on a page cannot be found in the exported file behind it: no original then.
            originals=not (hiding and hiding.boxes),
        )
        return PackageResult(
            pdf=composed.pdf,
            pages=composed.pages,
            sha256=hashlib.sha256(composed.pdf).hexdigest(),
            index=list(composed.index),
            kind=kind,
            language=draft.language,
            refusals=tuple(finding.said() for finding in draft.refusals),
            cautions=tuple(finding.said() for finding in draft.cautions),
            hidden=reports[0] if reports else None,
        )
