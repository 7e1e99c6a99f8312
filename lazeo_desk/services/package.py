"""The answer package of a case: the answer letter, the index of the enclosures and the enclosures, as one PDF.

The letter is the one the letters service writes (its checks apply: what they refuse is returned, for the caller
to refuse in turn); the enclosures are those kept with the case. ``redaction`` is a hook for what changes the
enclosures' pages before they join the package.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from lazeo_desk.domain.case import Language
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.messages import Explained, said
from lazeo_desk.letters import LetterExtras
from lazeo_desk.letters.package import IndexLine, PackageEnclosure, PageFilter, compose_package
from lazeo_desk.services.enclosures import PACKAGE_KINDS, EnclosureService
from lazeo_desk.services.letters import LetterService
from lazeo_desk.services.workplace import AtWorkplace


class PackageRefused(Explained, ValueError):
    """No package can be made: the sentence says why."""


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


class PackageService(AtWorkplace):
    """Builds the answer packages of the cases of one :class:`Workplace`."""

    def build_package(
        self,
        reference: str,
        *,
        kind: LetterKind = LetterKind.ACCESS_RESPONSE,
        language: Language | None = None,
        redaction: PageFilter | None = None,
    ) -> PackageResult:
        """The package of ``reference`` with the answer letter of ``kind`` in ``language`` (the case's by default).

        ``PackageRefused`` when the kind carries no enclosures or the case has none (with nothing to enclose, the
        answer is the "no data held" letter, GDPR Art 15(1)).
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
        composed = compose_package(
            reference=reference.strip().upper(), letter_pdf=draft.pdf, enclosures=enclosures,
            language=draft.language.value, redaction=redaction,
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
        )
