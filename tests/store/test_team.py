"""Team mode on the PostgreSQL test server: the roles, their grants and row-level security hold against plain SQL,
and the audit trail's actor is the database role. Each test works in a schema of its own, set up by the server's
superuser as ``lazeo-desk init-server`` would; the people are real login roles (the test server trusts its Unix
socket, so they sign in without a password)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import create_engine, make_url, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, ProgrammingError

from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.rights import Right
from lazeo_desk.services import team as team_service
from lazeo_desk.services.actor import current_actor
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.maintenance import run_check
from lazeo_desk.services.purge import PurgeService
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store.database import Database, StoreError
from lazeo_desk.store.team import AppRole, TeamError

pytestmark = pytest.mark.postgresql_only

# The schema the team_server_url fixture makes (tests/conftest.py).
SCHEMA = "team_mode"


def _as(url: str, role: str | None = None) -> str:
    parsed = make_url(url)
    if role is not None:
        parsed = parsed.set(username=role)
    return parsed.render_as_string(hide_password=False)


@pytest.fixture
def server_url(team_server_url: str) -> str:
    return team_server_url


def _case(name: str, centre: str) -> Case:
    return Case(
        jurisdiction=Jurisdiction.BE, language=Language.NL, channel=Channel.EMAIL, received=date(2026, 3, 5),
        rights=(Right.ACCESS,), subject=DataSubject(name=name, email="x@example.be", centre=centre),
    )


@pytest.fixture
def team(server_url: str, clock: FixedClock) -> dict[str, str]:
    """A team set up with three cases: one in Antwerpen, one in Gent, one without a centre; the references."""
    team_service.init_server(server_url)
    team_service.add_person(server_url, "ana", AppRole.ASSISTANT, ["Antwerpen"], None)
    team_service.add_person(server_url, "bram", AppRole.AUDITOR, [], None)
    team_service.add_person(server_url, "chloe", AppRole.DPO, [], None)
    db = Database(_as(server_url, "chloe"))
    try:
        service = CaseService(Workplace(db, clock, current_actor(db)))
        return {
            "antwerpen": service.open_case(_case("Sofie Peeters", "Antwerpen")),
            "gent": service.open_case(_case("Lies Maes", "Gent")),
            "none": service.open_case(_case("Jan Claes", "")),
        }
    finally:
        db.dispose()


def _engine(server_url: str, role: str) -> Engine:
    return create_engine(_as(server_url, role))


def _policies_and_grants(server_url: str) -> list[tuple[object, ...]]:
    engine = create_engine(server_url)
    with engine.connect() as connection:
        rows = connection.execute(text(
            "SELECT 'policy', tablename, policyname, array_to_string(roles, ','), cmd, coalesce(qual, ''), "
            "coalesce(with_check, '') FROM pg_policies WHERE schemaname = :schema "
            "UNION ALL SELECT 'grant', table_name, grantee, privilege_type, '', '', '' "
            "FROM information_schema.role_table_grants WHERE table_schema = :schema "
            "UNION ALL SELECT 'rls', relname, relrowsecurity::text, relforcerowsecurity::text, '', '', '' "
            "FROM pg_class WHERE relnamespace = CAST(:schema AS regnamespace) AND relkind = 'r' "
            "UNION ALL SELECT 'trigger', event_object_table, trigger_name, event_manipulation, action_timing, '', '' "
            "FROM information_schema.triggers WHERE trigger_schema = :schema ORDER BY 1, 2, 3, 4, 5"
        ), {"schema": SCHEMA}).all()
    engine.dispose()
    return [tuple(row) for row in rows]


def test_init_server_twice_leaves_the_same_roles_grants_policies_and_trigger(server_url: str) -> None:
    team_service.init_server(server_url)
    first = _policies_and_grants(server_url)
    team_service.init_server(server_url)
    assert _policies_and_grants(server_url) == first
    assert ("rls", "cases", "true", "true", "", "", "") in first
    assert any(row[0] == "trigger" and row[1] == "audit" for row in first)


def test_an_assistant_reads_with_plain_sql_only_the_cases_of_their_centres(
    server_url: str, team: dict[str, str]
) -> None:
    engine = _engine(server_url, "ana")
    with engine.connect() as connection:
        seen = connection.execute(text("SELECT reference, centre FROM cases")).all()
        rights = connection.execute(text(
            "SELECT c.reference FROM case_rights r JOIN cases c ON c.id = r.case_id"
        )).scalars().all()
        events = connection.execute(text("SELECT DISTINCT case_id FROM events")).scalars().all()
        other = connection.execute(
            text("SELECT count(*) FROM cases WHERE reference = :reference"), {"reference": team["gent"]}
        ).scalar()
        trail = set(connection.execute(text("SELECT DISTINCT reference FROM audit")).scalars())
    engine.dispose()
    assert seen == [(team["antwerpen"], "Antwerpen")]
    assert rights == [team["antwerpen"]]
    assert len(events) == 1
    assert other == 0
    assert team["gent"] not in trail and team["none"] not in trail and team["antwerpen"] in trail


def test_an_assistant_cannot_delete_a_case_nor_move_one_to_another_centre(
    server_url: str, team: dict[str, str]
) -> None:
    engine = _engine(server_url, "ana")
    with engine.connect() as connection, pytest.raises(ProgrammingError, match="permission denied"):
        connection.execute(text("DELETE FROM cases"))
    with engine.connect() as connection, pytest.raises(ProgrammingError, match="row-level security"):
        connection.execute(text("UPDATE cases SET centre = 'Gent' WHERE reference = :r"), {"r": team["antwerpen"]})
    with engine.connect() as connection, pytest.raises(ProgrammingError, match="permission denied"):
        connection.execute(text("UPDATE settings SET value = value"))
    with engine.connect() as connection, pytest.raises(ProgrammingError, match="permission denied"):
        connection.execute(text("SELECT * FROM team_members"))
    engine.dispose()


def test_an_auditor_reads_every_case_and_cannot_change_one(server_url: str, team: dict[str, str]) -> None:
    engine = _engine(server_url, "bram")
    with engine.connect() as connection:
        assert set(connection.execute(text("SELECT reference FROM cases")).scalars()) == set(team.values())
    with engine.connect() as connection, pytest.raises(ProgrammingError, match="permission denied"):
        connection.execute(text("UPDATE cases SET notes = 'changed'"))
    with engine.connect() as connection, pytest.raises(ProgrammingError, match="permission denied"):
        connection.execute(text("DELETE FROM events"))
    engine.dispose()


def test_the_audit_trigger_refuses_an_actor_that_is_not_the_database_role(
    server_url: str, team: dict[str, str]
) -> None:
    engine = _engine(server_url, "ana")
    with engine.connect() as connection, pytest.raises(DBAPIError, match="actor must be the database role ana"):
        connection.execute(text(
            "INSERT INTO audit (at, actor, reference, action, detail, previous_hash, hash) "
            "VALUES (now(), 'chloe', '', 'forged', '{}', '', '')"
        ))
    engine.dispose()


def test_the_trail_names_each_persons_database_role_and_stays_verifiable(
    server_url: str, team: dict[str, str], clock: FixedClock
) -> None:
    db = Database(_as(server_url, "ana"))
    try:
        assert current_actor(db) == "ana"
        CaseService(Workplace(db, clock, current_actor(db))).add_note(team["antwerpen"], "Called back")
    finally:
        db.dispose()
    owner = Database(server_url)
    try:
        with owner.engine.connect() as connection:
            actors = set(connection.execute(
                text("SELECT actor FROM audit WHERE reference = :r"), {"r": team["antwerpen"]}
            ).scalars())
        result = run_check(owner)
    finally:
        owner.dispose()
    assert actors == {"chloe", "ana"}
    assert result.ok, result.lines


def test_an_assistant_working_on_a_case_of_another_centre_is_told_it_is_not_found(
    server_url: str, team: dict[str, str], clock: FixedClock
) -> None:
    db = Database(_as(server_url, "ana"))
    try:
        service = CaseService(Workplace(db, clock, current_actor(db)))
        with pytest.raises(Exception, match=team["gent"]):
            service.load(team["gent"])
    finally:
        db.dispose()


def test_a_purge_refused_by_the_server_is_said_in_one_line(server_url: str, team: dict[str, str]) -> None:
    db = Database(_as(server_url, "ana"))
    try:
        with pytest.raises(StoreError, match="^Your role on the database server does not allow this") as refused:
            with db.transaction() as session:
                session.execute(text("DELETE FROM cases WHERE reference = :r"), {"r": team["antwerpen"]})
    finally:
        db.dispose()
    assert "\n" not in str(refused.value)


def test_people_are_listed_with_their_roles_and_centres_and_removed(server_url: str, team: dict[str, str]) -> None:
    listed = team_service.people(server_url)
    assert [(p.role_name, p.role, p.centres) for p in listed] == [
        ("ana", AppRole.ASSISTANT, ("Antwerpen",)), ("bram", AppRole.AUDITOR, ()), ("chloe", AppRole.DPO, ()),
    ]
    assert team_service.remove_person(server_url, "bram")
    assert not team_service.remove_person(server_url, "bram")
    assert [p.role_name for p in team_service.people(server_url)] == ["ana", "chloe"]


def test_a_person_added_with_a_password_signs_in_with_it(server_url: str, team: dict[str, str]) -> None:
    team_service.add_person(server_url, "dirk", AppRole.ASSISTANT, ["Gent", "Gent"], "s3cret pass")
    engine = create_engine(server_url)
    with engine.connect() as connection:
        stored = connection.execute(text("SELECT rolpassword FROM pg_authid WHERE rolname = 'dirk'")).scalar()
        centres = connection.execute(text("SELECT centres FROM team_members WHERE role_name = 'dirk'")).scalar()
    engine.dispose()
    assert str(stored).startswith("SCRAM-SHA-256$")
    assert "s3cret" not in str(stored)
    assert centres == ["Gent"]


@pytest.mark.parametrize(
    ("role", "centres", "says"),
    [
        (AppRole.ASSISTANT, [], "an assistant needs at least one centre"),
        (AppRole.AUDITOR, ["Gent"], "only an assistant has centres"),
    ],
)
def test_a_person_is_refused_centres_that_do_not_fit_their_role(
    server_url: str, role: AppRole, centres: list[str], says: str
) -> None:
    team_service.init_server(server_url)
    with pytest.raises(TeamError, match=says):
        team_service.add_person(server_url, "dirk", role, centres, None)


def test_people_are_refused_before_the_server_is_set_up(server_url: str) -> None:
    with pytest.raises(TeamError, match="run lazeo-desk init-server first"):
        team_service.people(server_url)


def test_an_assistant_changing_a_setting_is_refused_in_one_line(
    server_url: str, team: dict[str, str], clock: FixedClock
) -> None:
    db = Database(_as(server_url, "ana"))
    try:
        with pytest.raises(StoreError, match="permission denied for table settings") as refused:
            PurgeService(Workplace(db, clock, current_actor(db))).set_retention_years(6)
    finally:
        db.dispose()
    assert "\n" not in str(refused.value)


def test_an_auditor_opens_checks_and_views_under_their_role_and_cannot_add_a_note(
    server_url: str, team: dict[str, str], clock: FixedClock
) -> None:
    db = Database(_as(server_url, "bram"))
    try:
        assert run_check(db).ok
        service = CaseService(Workplace(db, clock, current_actor(db)))
        service.view(team["gent"])
        with pytest.raises(StoreError, match="^Your role on the database server does not allow this"):
            service.add_note(team["gent"], "Looked at it")
        with db.engine.connect() as connection:
            last = connection.execute(text("SELECT actor, action FROM audit ORDER BY id DESC LIMIT 1")).one()
    finally:
        db.dispose()
    assert tuple(last) == ("bram", "viewed")



def test_an_assistant_is_told_the_check_is_not_theirs_rather_than_shown_hidden_cases_as_removed(
    server_url: str, team: dict[str, str]
) -> None:
    db = Database(_as(server_url, "ana"))
    try:
        with pytest.raises(StoreError, match=r"sees the cases of its centres only: the DPO or the auditor runs it"):
            run_check(db)
    finally:
        db.dispose()


def test_an_assistant_cannot_open_a_case_for_a_centre_not_theirs(
    server_url: str, team: dict[str, str], clock: FixedClock
) -> None:
    db = Database(_as(server_url, "ana"))
    try:
        service = CaseService(Workplace(db, clock, current_actor(db)))
        with pytest.raises(StoreError, match="violates row-level security policy for table \"cases\""):
            service.open_case(_case("Lies Maes", "Gent"))
    finally:
        db.dispose()


def test_each_person_is_known_by_their_team_role_and_the_superuser_as_a_dpo(
    server_url: str, team: dict[str, str]
) -> None:
    found = {}
    for person in ("ana", "bram", "chloe", None):
        db = Database(_as(server_url, person))
        try:
            found[person] = team_service.role_of(db)
        finally:
            db.dispose()
    assert found == {"ana": AppRole.ASSISTANT, "bram": AppRole.AUDITOR, "chloe": AppRole.DPO, None: AppRole.DPO}


# The trail on the server is append-only --------------------------------------------------------------------------


def _refused(server_url: str, role: str, statement: str, **values: object) -> str:
    engine = _engine(server_url, role)
    try:
        with engine.begin() as connection, pytest.raises(DBAPIError) as refused:
            connection.execute(text(statement), values)
    finally:
        engine.dispose()
    return str(refused.value.orig)


def test_not_even_the_dpo_can_change_or_remove_an_audit_entry_with_plain_sql(
    server_url: str, team: dict[str, str]
) -> None:
    reference = team["antwerpen"]
    where = "WHERE reference = :r"
    for statement in (
        f"UPDATE audit SET action = 'note-added' {where}",
        f"UPDATE audit SET at = at - interval '1 day' {where}",
        f"UPDATE audit SET detail = '{{}}' {where}",
        f"UPDATE audit SET hash = previous_hash {where}",
    ):
        assert "an entry cannot be changed, only its detail redacted by a purge" in _refused(
            server_url, "chloe", statement, r=reference
        ), statement
    assert "an entry cannot be removed" in _refused(server_url, "chloe", f"DELETE FROM audit {where}", r=reference)
    # An assistant has no right to change an entry at all; the head is theirs to move, forward only.
    assert "permission denied for table audit" in _refused(
        server_url, "ana", f"UPDATE audit SET action = 'x' {where}", r=reference
    )
    for role in ("ana", "chloe"):
        assert "head only moves forward" in _refused(
            server_url, role, "UPDATE audit_head SET position = position - 1"
        )
    assert "head only moves forward" in _refused(server_url, "chloe", "DELETE FROM audit_head")
    owner = Database(server_url)
    try:
        assert run_check(owner).ok
    finally:
        owner.dispose()


def test_the_dpo_may_only_redact_an_entrys_detail_into_the_digest_of_what_it_held(
    server_url: str, team: dict[str, str]
) -> None:
    from lazeo_desk.store.audit import detail_digest, redact, redacted_digest

    reference = team["gent"]
    db = Database(_as(server_url, "chloe"))
    try:
        with db.engine.connect() as connection:
            before = connection.execute(
                text("SELECT id, detail, hash FROM audit WHERE reference = :r ORDER BY id"), {"r": reference}
            ).all()
        with db.transaction() as session:
            assert redact(session, reference) == len(before) > 0
        with db.engine.connect() as connection:
            after = connection.execute(
                text("SELECT id, detail, hash FROM audit WHERE reference = :r ORDER BY id"), {"r": reference}
            ).all()
    finally:
        db.dispose()
    assert [(row.id, row.hash) for row in after] == [(row.id, row.hash) for row in before]
    assert [redacted_digest(row.detail) for row in after] == [detail_digest(row.detail) for row in before]
    # A marker naming another digest is not a redaction: it would hide what the entry held.
    forged = '{"redacted": "purged", "sha256": "' + "0" * 64 + '"}'
    assert "only its detail redacted by a purge" in _refused(
        server_url, "chloe", "UPDATE audit SET detail = :d WHERE reference = :r", d=forged, r=team["antwerpen"]
    )


def test_a_dpo_purges_a_case_on_the_team_server_and_its_entries_are_redacted_under_the_trigger(
    server_url: str, team: dict[str, str], clock: FixedClock
) -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from lazeo_desk.domain.case import OutcomeKind, RightOutcome
    from lazeo_desk.domain.status import Status

    def at(day: date) -> datetime:
        return datetime(day.year, day.month, day.day, 9, 30, tzinfo=ZoneInfo("Europe/Brussels"))

    db = Database(_as(server_url, "chloe"))
    try:
        service = CaseService(Workplace(db, clock, current_actor(db)))
        clock.set(at(date(2019, 4, 1)))
        old = _case("Lotte Jacobs", "Gent")
        old.received = date(2019, 4, 1)
        reference = service.open_case(old)
        service.change_status(reference, Status.IN_PROGRESS)
        clock.set(at(date(2019, 4, 20)))
        service.close(reference, {Right.ACCESS: RightOutcome(OutcomeKind.GRANTED)})
        clock.set(at(date(2026, 3, 10)))
        report = PurgeService(Workplace(db, clock, current_actor(db))).purge(reference)
        assert report.reference == reference
        with db.engine.connect() as connection:
            details = connection.execute(
                text("SELECT detail FROM audit WHERE reference = :r ORDER BY id"), {"r": reference}
            ).scalars().all()
            assert "Lotte" not in " ".join(details)
        assert run_check(db).ok
    finally:
        db.dispose()


def test_the_schemas_owner_without_superuser_rights_sets_the_server_up_and_works_as_a_dpo(
    server_url: str, clock: FixedClock
) -> None:
    """README, Team mode, step 2: the database's owner with CREATEROLE may run init-server instead of a superuser."""
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.exec_driver_sql("CREATE ROLE keeper LOGIN CREATEROLE")
            connection.exec_driver_sql(f"ALTER SCHEMA {SCHEMA} OWNER TO keeper")
    finally:
        admin.dispose()
    keeper_url = _as(server_url, "keeper")
    team_service.init_server(keeper_url)
    team_service.add_person(keeper_url, "ana", AppRole.ASSISTANT, ["Antwerpen"], None)
    db = Database(keeper_url)
    try:
        assert current_actor(db) == "keeper"
        service = CaseService(Workplace(db, clock, current_actor(db)))
        mine = service.open_case(_case("Sofie Peeters", "Antwerpen"))
        other = service.open_case(_case("Lies Maes", "Gent"))
        assert run_check(db).ok
    finally:
        db.dispose()
    engine = _engine(server_url, "ana")
    try:
        with engine.connect() as connection:
            seen = set(connection.execute(text("SELECT reference FROM cases")).scalars())
    finally:
        engine.dispose()
    assert seen == {mine} and other not in seen
    engine = create_engine(server_url)
    try:
        with engine.connect() as connection:
            owner = connection.execute(text(
                "SELECT tableowner FROM pg_tables WHERE schemaname = :s AND tablename = 'cases'"
            ), {"s": SCHEMA}).scalar()
    finally:
        engine.dispose()
    assert owner == "keeper"


def test_an_assistant_reads_none_of_the_entries_about_no_case_but_those_recording_states(
    server_url: str, team: dict[str, str], clock: FixedClock
) -> None:
    """A DPO's export names its filter (a searched name, say) and settings changes name the signatory: entries about
    no one case that an assistant has no need of."""
    db = Database(_as(server_url, "chloe"))
    try:
        PurgeService(Workplace(db, clock, current_actor(db))).set_retention_years(6)
        with db.engine.begin() as connection:
            connection.execute(text(
                "INSERT INTO audit (at, actor, reference, action, detail, previous_hash, hash) "
                "VALUES (now(), 'chloe', '', 'exported', '{\"search\": \"Lies Maes\"}', '', '')"
            ))
        with db.engine.connect() as connection:
            everything = connection.execute(text("SELECT action FROM audit WHERE reference = ''")).scalars().all()
    finally:
        db.dispose()
    assert {"exported"} <= set(everything) and len(everything) >= 2
    engine = _engine(server_url, "ana")
    try:
        with engine.connect() as connection:
            seen = connection.execute(text("SELECT action, states IS NOT NULL FROM audit WHERE reference = ''")).all()
            details = " ".join(connection.execute(text("SELECT detail FROM audit")).scalars())
    finally:
        engine.dispose()
    assert all(recorded for _action, recorded in seen), seen
    assert "Lies Maes" not in details
