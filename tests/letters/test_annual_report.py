"""The annual report PDF, read back by its extracted text in nl, fr and en."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language, OutcomeKind, RightOutcome
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.report_figures import Period
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status
from lazeo_desk.letters.annual_report import report_texts
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.reports import ReportService
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store.database import Database
from lazeo_desk.store.models import AuditRow
from lazeo_desk.store.report_queries import ReportFilter

TITLES = {
    Language.EN: "Data subject requests: annual report",
    Language.FR: "Demandes des personnes concernées : rapport annuel",
    Language.NL: "Verzoeken van betrokkenen: jaarverslag",
}
LATE_HEADINGS = {Language.EN: "Late answers", Language.FR: "Réponses en retard", Language.NL: "Te late antwoorden"}
MANIFESTLY_UNFOUNDED = {
    Language.EN: "Manifestly unfounded", Language.FR: "Manifestement infondée", Language.NL: "Kennelijk ongegrond",
}


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture
def year_2025(service: CaseService) -> dict[str, str]:
    def case(received: date, rights: tuple[Right, ...], status: Status, answered: date | None,
             outcomes: dict[Right, RightOutcome], jurisdiction: Jurisdiction = Jurisdiction.BE) -> str:
        return service.open_case(Case(
            jurisdiction=jurisdiction, language=Language.NL, channel=Channel.POST, received=received, rights=rights,
            status=status, subject=DataSubject(name="Sofie Peeters", centre="Gent"), answered=answered,
            outcomes=outcomes,
        ))

    return {
        # Due 2025-04-03, answered 2025-04-15: twelve days late.
        "late": case(date(2025, 3, 3), (Right.ACCESS,), Status.ANSWERED, date(2025, 4, 15),
                     {Right.ACCESS: RightOutcome(OutcomeKind.GRANTED)}),
        "refused": case(date(2025, 5, 5), (Right.ERASURE,), Status.REFUSED, date(2025, 5, 20),
                        {Right.ERASURE: RightOutcome(OutcomeKind.REFUSED, "manifestly-unfounded: a weekly request")},
                        Jurisdiction.FR),
        "on_time": case(date(2025, 6, 2), (Right.RECTIFICATION,), Status.ANSWERED, date(2025, 6, 12),
                        {Right.RECTIFICATION: RightOutcome(OutcomeKind.GRANTED)}, Jurisdiction.LU),
    }


@pytest.mark.parametrize("language", list(Language))
def test_the_annual_report_says_its_figures_late_answers_refusals_and_audit_head_in_its_language(
    db: Database, clock: FixedClock, year_2025: dict[str, str], language: Language
) -> None:
    with db.transaction() as session:
        last_id, last_hash = session.execute(
            select(AuditRow.id, AuditRow.hash).order_by(AuditRow.id.desc()).limit(1)
        ).one()
    reports = ReportService(Workplace(db, clock, "Brigitte Perez"))
    pdf = reports.annual_report_pdf(ReportFilter(Period.year(2025)), language)
    text = _text(pdf)
    flat = _flat(text)
    texts = report_texts(language)
    assert TITLES[language] in flat
    assert texts["summary_text"].format(received=3, answered=3, on_time=2, late=1, open=0, overdue=0,
                                        extended=0) in flat
    assert LATE_HEADINGS[language] in flat
    assert year_2025["late"] in text
    assert year_2025["refused"] in text
    assert MANIFESTLY_UNFOUNDED[language] + ": a weekly request" in flat
    assert texts["audit_text"].format(position=last_id) in flat
    assert last_hash in text.replace("\n", "")
    assert "Brigitte Perez" in flat


def test_a_report_for_one_country_names_it_and_counts_only_its_cases(
    db: Database, clock: FixedClock, year_2025: dict[str, str]
) -> None:
    pdf = ReportService(Workplace(db, clock)).annual_report_pdf(
        ReportFilter(Period.year(2025), jurisdiction=Jurisdiction.FR), Language.FR
    )
    flat = _flat(_text(pdf))
    assert "Pays : France" in flat
    assert report_texts(Language.FR)["summary_text"].format(
        received=1, answered=1, on_time=1, late=0, open=0, overdue=0, extended=0
    ) in flat
    assert year_2025["late"] not in flat
    assert report_texts(Language.FR)["late_none"] in flat


def test_every_language_has_every_text_of_the_report() -> None:
    keys = {language: set(report_texts(language)) for language in Language}
    assert keys[Language.FR] == keys[Language.EN] == keys[Language.NL]
    fields = {language: {k: set(re.findall(r"{(\w+)}", v)) for k, v in report_texts(language).items()}
              for language in Language}
    assert fields[Language.FR] == fields[Language.EN] == fields[Language.NL]
