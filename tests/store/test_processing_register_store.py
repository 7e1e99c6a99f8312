"""The versions of the processing register in the database: added in order, read back whole, and a database with
letters upgraded to the revision that keeps them still checks clean."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from alembic import command
from sqlalchemy import inspect

from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.messages import said
from lazeo_desk.domain.organisation import DEFAULT_REGISTER, LocalText
from lazeo_desk.domain.rights import Right
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.letters import LetterService, SendMethod
from lazeo_desk.services.maintenance import check
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store import processing
from lazeo_desk.store.database import Database, alembic_config
from lazeo_desk.store.migrations import SCHEMA_HEAD

CLOCK = FixedClock(datetime(2026, 3, 10, 9, 0, tzinfo=ZoneInfo("Europe/Paris")))
AT = datetime(2026, 3, 10, 8, 0)


def test_versions_are_numbered_in_order_and_the_latest_is_in_force(db: Database) -> None:
    edited = dataclasses.replace(DEFAULT_REGISTER, storage=LocalText.same("Paris"))
    with db.transaction() as session:
        assert processing.current(session) == (None, DEFAULT_REGISTER)
        assert processing.ensure_policy_version(session, actor="Brigitte PEREZ", at=AT) == 1
        assert processing.ensure_policy_version(session, actor="Brigitte PEREZ", at=AT) == 1
        number = processing.add_version(session, edited, actor="Brigitte PEREZ", at=AT,
                                        changes=[said("where the data are stored")])
    assert number == 2
    with db.transaction() as session:
        assert processing.current(session) == (2, edited)
        newest, first = processing.versions(session)
    assert first.register == DEFAULT_REGISTER and first.changes == ("the register of the privacy policy",)
    assert (newest.number, newest.actor, newest.created_at) == (2, "Brigitte PEREZ", AT.replace(tzinfo=UTC))
    assert newest.changes == ("where the data are stored",)


def test_a_database_with_letters_upgraded_to_the_register_revision_checks_clean(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'before-register.sqlite3'}"
    db = Database(url, plain=True)
    cases = CaseService(Workplace(db, CLOCK, "Brigitte PEREZ"))
    reference = cases.open_case(Case(
        jurisdiction=Jurisdiction.BE, language=Language.NL, channel=Channel.EMAIL, received=date(2026, 3, 5),
        rights=(Right.ACCESS,), subject=DataSubject(name="Els Peeters", address=("Kerkstraat 1", "9000 Gent")),
    ))
    letters = LetterService(cases)
    letters.send(reference, letters.draft(reference, LetterKind.ACKNOWLEDGEMENT), method=SendMethod.POST)
    assert check(db) == []
    with db.engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0011")
    assert "register_version" not in {column["name"] for column in inspect(db.engine).get_columns("letters")}
    db.dispose()

    upgraded = Database(url, plain=True)
    try:
        assert upgraded.revision() == SCHEMA_HEAD
        assert check(upgraded) == []
        editor = CaseService(Workplace(upgraded, CLOCK, "Brigitte PEREZ"))
        LetterService(editor).send(
            reference, LetterService(editor).draft(reference, LetterKind.IDENTITY_REQUEST), method=SendMethod.POST
        )
        assert check(upgraded) == []
    finally:
        upgraded.dispose()
