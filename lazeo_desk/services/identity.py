"""Recording the end of an identity verification on the case, keeping no more personal data than needed."""

from __future__ import annotations

import mimetypes
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from lazeo_desk.domain.case import Case, Language
from lazeo_desk.domain.identity import Outcome, VerificationResult, item_text
from lazeo_desk.domain.messages import Message, Problem, said
from lazeo_desk.domain.status import Status, check_transition
from lazeo_desk.services.cases import CaseRuleError, CaseService, LoadedCase
from lazeo_desk.store.cases import load_row, to_utc
from lazeo_desk.store.documents import sha256_hex
from lazeo_desk.store.models import DocumentRow

ID_SCAN = "id-scan"
MAX_SCAN_BYTES = 20 * 1024 * 1024


def _erase_id_scans(session: Session, case_id: int, now: datetime) -> list[str]:
    """Erase the ID scans kept for the verification; the rows stay (name, hash, dates) for the record.

    EDPB Guidelines 01/2022 and the privacy policy: an identity document is not kept after verification;
    only what was checked, how, when and by whom is recorded.
    """
    lines: list[str] = []
    scans = session.scalars(
        select(DocumentRow).where(
            DocumentRow.case_id == case_id,
            DocumentRow.delete_after_verification.is_(True),
            DocumentRow.deleted_at.is_(None),
        )
    )
    for scan in scans:
        scan.content = None
        scan.deleted_at = to_utc(now)
        lines.append(
            said(
                "ID scan {filename} erased: the verification has ended, only its summary is kept",
                filename=scan.filename,
            )
        )
    return lines


def _checks_line(result: VerificationResult) -> Message:
    """The checks made and what each showed, by their keys (the summary names them in words)."""
    if not result.checks:
        return said("checks: none")
    return said(
        "checks: {checks}",
        checks=tuple(said("{check}: {result}", check=check, result=outcome) for check, outcome in result.checks),
    )


def record_verification(cases: CaseService, reference: str, result: VerificationResult) -> LoadedCase:
    """Apply how a verification ended, in one transaction with its timeline entry.

    Verified: the case goes into work (GDPR Art 12(2)). More information needed: once the request for it is sent
    (``request_sent_on``, or later the identity letter sent), the case awaits the requester and the clock pauses
    from that day until the answer arrives (Art 12(6), EDPB Guidelines 01/2022 §159); before that the clock runs.
    Cannot be verified: the case stays in verification until the refusal letter, which gives the reasons and the
    remedies, goes out (Art 11(2), 12(4)). An attached ID scan is kept only while the verification lasts.
    """
    scan_bytes: bytes | None = None
    if result.attached_scan is not None:
        try:
            scan_bytes = result.attached_scan.read_bytes()
        except OSError as error:
            raise CaseRuleError(
                said("ID scan: cannot read {path}: {reason}", path=result.attached_scan, reason=error.strerror)
            ) from None
        if not scan_bytes:
            raise CaseRuleError(said("ID scan: {name} is empty", name=result.attached_scan.name))
        if len(scan_bytes) > MAX_SCAN_BYTES:
            raise CaseRuleError(
                said(
                    "ID scan: {name} is larger than {limit}",
                    name=result.attached_scan.name,
                    limit=said("{amount} MiB", amount=MAX_SCAN_BYTES // (1024 * 1024)),
                )
            )
    today = cases.clock.today()
    now = cases.clock.now()

    def change(case: Case, session: Session) -> list[str]:
        row = load_row(session, reference)
        lines: list[str] = [
            said(
                "identity verification: {outcome} (method {route}; by {by} on {day})",
                outcome=result.outcome, route=result.route, by=result.by, day=result.decided_on,
            ),
            _checks_line(result),
        ]
        if result.summary:
            # Already in the language the DPO concluded in, from the identity texts' own translations: kept as written.
            lines.append(result.summary)
        statement = result.heir_statement
        if statement is not None and case.requester.is_heir:
            statement.apply_to(case)
            if statement.purpose is not None:
                lines.append(said("the heir states the purpose: {purpose}", purpose=statement.purpose))
            practitioner = statement.designated_practitioner
            if practitioner is not None and practitioner.name.strip():
                lines.append(said("designated practitioner: {name}", name=practitioner.name.strip()))
        if scan_bytes is not None and result.attached_scan is not None:
            media_type = mimetypes.guess_type(result.attached_scan.name)[0] or "application/octet-stream"
            session.add(
                DocumentRow(
                    case_id=row.id, kind=ID_SCAN, filename=result.attached_scan.name[:255], media_type=media_type,
                    size=len(scan_bytes), sha256=sha256_hex(scan_bytes), content=scan_bytes,
                    delete_after_verification=True, created_at=to_utc(now),
                )
            )
            session.flush()
            lines.append(
                said("ID scan {filename} kept until the verification ends", filename=result.attached_scan.name)
            )
        if result.outcome is Outcome.VERIFIED:
            if case.status is not Status.IN_PROGRESS:
                check_transition(case.status, Status.IN_PROGRESS)
                if case.status is Status.AWAITING_REQUESTER:
                    case.completed = today
                    case.awaiting_since = None
                case.status = Status.IN_PROGRESS
            lines += _erase_id_scans(session, row.id, now)
        elif result.outcome is Outcome.MORE_INFORMATION_NEEDED:
            sent = result.request_sent_on
            if sent is None:
                # Deciding to ask is not asking: the clock runs until the request goes out (the identity letter
                # sent, or the date the DPO records), EDPB Guidelines 01/2022 §159.
                if case.status is Status.NEW:
                    case.status = Status.VERIFYING_IDENTITY
                lines.append(said("more information is needed: the clock runs until the request for it is sent"))
            else:
                if sent > today:
                    raise CaseRuleError(
                        Problem("request_sent_on", said("the request for information cannot be sent in the future"))
                    )
                if sent < case.received:
                    raise CaseRuleError(
                        Problem(
                            "request_sent_on",
                            said("the request for information cannot be sent before the request was received"),
                        )
                    )
                if case.status is not Status.AWAITING_REQUESTER:
                    check_transition(case.status, Status.AWAITING_REQUESTER)
                    case.status = Status.AWAITING_REQUESTER
                    case.awaiting_since = sent
                    if case.info_requested is None:
                        case.info_requested = sent
                lines.append(said("request for information sent on {day}: the clock is paused from that day", day=sent))
            asked = "; ".join(item_text(item, Language.EN, case.jurisdiction) for item in result.items_requested)
            if asked:
                lines.append(said("to ask for: {items}", items=asked))
        else:
            if case.status is not Status.VERIFYING_IDENTITY:
                check_transition(case.status, Status.VERIFYING_IDENTITY)
                case.status = Status.VERIFYING_IDENTITY
                case.awaiting_since = None
            lines.append(said("identity not established: the refusal letter (Art 11(2), 12(4)) is to be sent"))
            lines += _erase_id_scans(session, row.id, now)
        return lines

    return cases.apply_change(reference, change, kind="identity")
