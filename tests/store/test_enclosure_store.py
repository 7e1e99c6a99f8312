"""Enclosures in the documents table (migration 0009); a database upgraded to it still checks clean."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from alembic import command
from enclosure_samples import pdf_with_pages
from sqlalchemy import inspect, text

from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.rights import Right
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.enclosures import EnclosureService
from lazeo_desk.services.maintenance import check
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store.database import Database, alembic_config, head_revision
from lazeo_desk.store.documents import DocumentKind, add_document, documents_of, enclosures_of, erase_content

CLOCK = FixedClock(datetime(2026, 3, 10, 9, 30, tzinfo=ZoneInfo("Europe/Paris")))


def _case(db: Database) -> str:
    return CaseService(Workplace(db, CLOCK, "Brigitte Perez")).open_case(
        Case(
            jurisdiction=Jurisdiction.BE, language=Language.NL, channel=Channel.POST, received=date(2026, 3, 5),
            rights=(Right.ACCESS,), subject=DataSubject(name="Jan Peeters", address=("Kerkstraat 1", "9000 Gent")),
        )
    )


def test_an_enclosure_row_keeps_title_source_date_and_pages_and_others_leave_them_empty(db: Database) -> None:
    ref = _case(db)
    with db.transaction() as session:
        case_id = session.execute(text("SELECT id FROM cases")).scalar_one()
        add_document(session, case_id, kind=DocumentKind.SCAN, filename="letter.png", media_type="image/png",
                     content=b"png", now=CLOCK.now())
        add_document(session, case_id, kind=DocumentKind.ENCLOSURE, filename="a.pdf", media_type="application/pdf",
                     content=b"%PDF-", now=CLOCK.now(), title="Dossier", source="Logiciel",
                     document_date=date(2026, 1, 2), pages=4)
        (enclosure,) = enclosures_of(session, ref)
        assert (enclosure.title, enclosure.source, enclosure.document_date, enclosure.pages) == (
            "Dossier", "Logiciel", date(2026, 1, 2), 4,
        )
        assert [info.kind for info in documents_of(session, ref)] == ["scan", "enclosure"]
        row = session.execute(text("SELECT title, source, document_date, pages FROM documents WHERE kind = 'scan'"))
        assert row.one() == (None, None, None, None)


def test_an_erased_enclosure_leaves_the_list_but_keeps_its_row(db: Database) -> None:
    ref = _case(db)
    with db.transaction() as session:
        case_id = session.execute(text("SELECT id FROM cases")).scalar_one()
        row = add_document(session, case_id, kind=DocumentKind.ENCLOSURE, filename="a.pdf",
                           media_type="application/pdf", content=b"%PDF-", now=CLOCK.now(), title="Dossier")
        erase_content(session, row.id, CLOCK.now())
        assert enclosures_of(session, ref) == []
        (info,) = documents_of(session, ref)
        assert info.erased


def test_a_database_with_documents_upgraded_to_the_enclosures_revision_checks_clean(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'before-enclosures.sqlite3'}"
    db = Database(url, plain=True)
    ref = _case(db)
    with db.transaction() as session:
        # A scanned letter, as the versions before 0011 stored documents: the new columns stay empty.
        case_id = session.execute(text("SELECT id FROM cases")).scalar_one()
        add_document(session, case_id, kind=DocumentKind.SCAN, filename="letter.pdf", media_type="application/pdf",
                     content=pdf_with_pages(2), now=CLOCK.now())
    assert check(db) == []
    with db.engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0010")
    assert "title" not in {column["name"] for column in inspect(db.engine).get_columns("documents")}
    db.dispose()

    upgraded = Database(url, plain=True)
    try:
        assert upgraded.revision() == head_revision()
        assert check(upgraded) == []
        # And the upgraded database takes enclosures, still checking clean.
        EnclosureService(Workplace(upgraded, CLOCK, "Brigitte Perez")).add(ref, "a.pdf", pdf_with_pages(3))
        assert check(upgraded) == []
    finally:
        upgraded.dispose()
