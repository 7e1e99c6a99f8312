"""A message or a scanned letter becoming a new case, or joining the case it is about: what the intake dialogs
and the import controller ask, so that the window neither opens a transaction nor words the timeline."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lazeo_desk.domain.case import Case
from lazeo_desk.domain.messages import Message, said
from lazeo_desk.services.cases import DeadlineRules
from lazeo_desk.services.email_intake import (
    ImportResult,
    IntakeDraft,
    Match,
    find_matches,
    reasons_said,
    store_draft,
)
from lazeo_desk.services.intake_storage import refuse_duplicate
from lazeo_desk.services.scan_intake import Scan, ScanCaseFields, store_scan
from lazeo_desk.services.scan_prefill import ScanPrefill, find_scan_matches
from lazeo_desk.services.workplace import AtWorkplace
from lazeo_desk.store.documents import DocumentKind

# A correction kept in the timeline names each value up to this many characters (a whole request text, rewritten).
CORRECTION_CHARS = 160


def _cut(text: str) -> str:
    return text if len(text) <= CORRECTION_CHARS else text[: CORRECTION_CHARS - 1] + "…"


def _shortened(change: str) -> str:
    """``change`` with every typed value cut, its sentence kept so that the window can still translate it."""
    if not isinstance(change, Message):
        return _cut(change)
    values = change.values.items()
    return Message(change.template, {n: _cut(v) if type(v) is str else v for n, v in values})


@dataclass(frozen=True)
class Prepared:
    """What an intake dialog needs before it opens: the deadline rules, and the cases a message may belong to."""

    rules: DeadlineRules
    matches: tuple[Match, ...] = ()


class IntakeService(AtWorkplace):
    """Prepare, create and link: the three steps of taking in a message or a scan."""

    def prepare(self, content: bytes, kind: DocumentKind, draft: IntakeDraft | None = None) -> Prepared:
        """Refuse a file already kept on a case (raises :class:`~lazeo_desk.services.email_intake.IntakeRefused`
        naming it); read the rules, and for a message the cases it may belong to (any thread)."""
        with self.db.transaction() as session:
            refuse_duplicate(session, content, kind)
            rules = DeadlineRules.load(session, self.place.holidays)
        matches = tuple(find_matches(self.db, draft)) if draft is not None else ()
        return Prepared(rules, matches)

    def prepare_scan(self, scan: Scan, prefill: ScanPrefill | None) -> Prepared:
        """As :meth:`prepare` for a scan, with the cases the letter may follow when its text was read (a quoted
        reference, the same person)."""
        prepared = self.prepare(scan.content, DocumentKind.SCAN)
        if prefill is None:
            return prepared
        matches = find_scan_matches(self.db, prefill, as_of=self.clock.today())
        return Prepared(prepared.rules, tuple(matches))

    def create_from_message(
        self, draft: IntakeDraft, case: Case, *, corrections: Sequence[str] = (), resembles: Sequence[Match] = ()
    ) -> ImportResult:
        """A new case from the message as the DPO completed it; the timeline says what the DPO corrected in the
        suggestion (one line per change, each value cut to :data:`CORRECTION_CHARS`) and which resemblance was set
        aside."""
        notes: list[str] = [said("corrected by the DPO: {change}", change=_shortened(c)) for c in corrections]
        if resembles:
            notes.append(
                said(
                    "opened as a new case although it resembles {cases}",
                    cases=tuple(
                        said("{reference} ({reasons})", reference=m.reference, reasons=reasons_said(m.reasons))
                        for m in resembles
                    ),
                )
            )
        return store_draft(self.db, draft, case, clock=self.clock, actor=self.actor, notes=notes)

    def link_message(self, draft: IntakeDraft, reference: str, match: Match | None = None) -> ImportResult:
        """The message joins case ``reference``; the timeline gives the resemblance that led there, if any."""
        if match is None:
            why = said("linked by the DPO to {reference}", reference=reference)
        else:
            why = said(
                "linked by the DPO to {reference}: {reasons}", reference=reference, reasons=reasons_said(match.reasons)
            )
        return store_draft(
            self.db, draft, None, clock=self.clock, actor=self.actor, link_to=reference, notes=(why,)
        )

    def create_from_scan(
        self, scan: Scan, fields: ScanCaseFields, recognised_text: str | None = None, notes: Sequence[str] = ()
    ) -> ImportResult:
        """A new case from the scan as the DPO completed it; the text recognised on it, if any, kept beside it, and
        ``notes`` (what the reading said of its pages) on the timeline."""
        return store_scan(
            self.db, scan, fields, clock=self.clock, actor=self.actor, recognised_text=recognised_text,
            reading_notes=tuple(notes),
        )

    def link_scan(
        self, scan: Scan, reference: str, recognised_text: str | None = None, notes: Sequence[str] = ()
    ) -> ImportResult:
        return store_scan(
            self.db, scan, None, clock=self.clock, actor=self.actor, link_to=reference, recognised_text=recognised_text,
            reading_notes=tuple(notes),
        )
