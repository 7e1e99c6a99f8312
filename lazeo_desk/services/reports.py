"""Accountability reports (GDPR Art 5(2), Art 38(3)): the figures of a period, as data or as the annual report.

Every report made is an audit entry (who, when, which filter, in which form).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from lazeo_desk.domain.case import Language
from lazeo_desk.domain.clock import Clock
from lazeo_desk.services.workplace import AtWorkplace
from lazeo_desk.store import audit
from lazeo_desk.store.cases import to_utc
from lazeo_desk.store.database import Database
from lazeo_desk.store.models import AuditRow
from lazeo_desk.store.report_queries import (
    AuditHead,
    Counts,
    Figures,
    ReportData,
    ReportFilter,
    figures,
    late_answers,
    refusal_list,
)

REPORTED = "reported"


def record_action(db: Database, clock: Clock, actor: str, action: str, detail: dict[str, Any]) -> None:
    """One audit entry for a report or an export (who, when, what), in its own transaction: it concerns no
    case, so it carries no reference."""
    with db.transaction() as session:
        audit.append(session, [audit.AuditEntry(
            at=to_utc(clock.now()), actor=actor, reference="", action=action, detail=detail,
        )])


def _counts(counts: Counts) -> dict[str, int]:
    return counts.as_dict()


def figures_json(report_filter: ReportFilter, found: Figures) -> dict[str, Any]:
    """The figures as one JSON object (``lazeo-desk report --json``)."""
    totals = found.totals
    return {
        "period": {"from": report_filter.period.start.isoformat(), "to": report_filter.period.end.isoformat()},
        "filter": report_filter.describe(),
        "received": totals.received,
        "answered": totals.answered,
        "answered_on_time": totals.answered_on_time,
        "answered_late": totals.answered_late,
        "open": totals.open,
        "open_overdue": totals.open_overdue,
        "extended": totals.extended,
        "median_days_to_answer": found.median_days_to_answer,
        "p90_days_to_answer": found.p90_days_to_answer,
        "erasures_partly_refused": found.erasures_partly_refused,
        "purged_counted": found.purged,
        "by_right": {key: _counts(c) for key, c in found.by_right.items()},
        "by_country": {key: _counts(c) for key, c in found.by_country.items()},
        "by_centre": {key: _counts(c) for key, c in found.by_centre.items()},
        "by_channel": {key: _counts(c) for key, c in found.by_channel.items()},
        "by_month": [
            {"month": m.month, "received": m.received, "by_right": m.by_right, "answered": m.answered,
             "answered_on_time": m.answered_on_time}
            for m in found.by_month
        ],
        "refusals": found.refusals,
        "identity": found.identity,
        "days_to_answer_distribution": found.days_distribution,
    }


class ReportService(AtWorkplace):
    """The figures of a period for the window, the command line and the annual report."""

    def figures(self, report_filter: ReportFilter) -> Figures:
        """The figures, without recording anything (the window refreshes them as filters change)."""
        with self.db.transaction() as session:
            return figures(session, report_filter, self.clock.today())

    def report_json(self, report_filter: ReportFilter) -> dict[str, Any]:
        """The figures as JSON, recorded in the audit trail as a report made."""
        found = self.figures(report_filter)
        self.record(report_filter, "json")
        return figures_json(report_filter, found)

    def report_data(self, report_filter: ReportFilter) -> ReportData:
        """Everything the annual report shows, read in one transaction (one consistent snapshot)."""
        today = self.clock.today()
        with self.db.transaction() as session:
            # The head as `lazeo-desk check --anchor` prints it (the MAC where the chain is keyed), so that the
            # report's figure can be compared with the anchor the DPO keeps on paper.
            head = audit.current_head(session.connection())
            last = (
                (head.position, head.value) if head is not None
                else session.execute(select(AuditRow.id, AuditRow.hash).order_by(AuditRow.id.desc()).limit(1)).first()
            )
            return ReportData(
                report_filter=report_filter,
                made_on=today,
                made_at=self.clock.now(),
                actor=self.actor,
                figures=figures(session, report_filter, today),
                late=late_answers(session, report_filter),
                refusals=refusal_list(session, report_filter),
                audit_head=AuditHead(int(last[0]), str(last[1])) if last is not None else None,
            )

    def annual_report_pdf(self, report_filter: ReportFilter, language: Language) -> bytes:
        """The annual report as PDF bytes, recorded in the audit trail."""
        from lazeo_desk.letters.annual_report import render_annual_report

        data = self.report_data(report_filter)
        pdf = render_annual_report(data, language)
        self.record(report_filter, "pdf", language=language.value,
                    audit_head=data.audit_head.position if data.audit_head else None)
        return pdf

    def record(self, report_filter: ReportFilter, form: str, **extra: Any) -> None:
        record_action(self.db, self.clock, self.actor, REPORTED,
                      {"form": form, "filter": report_filter.describe(), **extra})
