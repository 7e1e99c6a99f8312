"""The register's search on PostgreSQL reads a pg_trgm index (migration 0014) and finds what the scan finds."""

from __future__ import annotations

import copy

import pytest
from sqlalchemy import text
from test_register_queries import CLOCK, HAND_MADE

from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store import register, search
from lazeo_desk.store.database import Database
from lazeo_desk.store.register import CaseFilter

TYPED = [
    "elodie", "ËLODIE", "Elodie Verc", "zoe", "O'Brien-<Zoë> &", "vercammen@example", "Mike.Schmit@Example.LU",
    "BE-100001", "fr-200002", "garnier", "helene", "h.garnier@avocats", "%", "_", "\\", "nobody at all",
    "DSAR-2026-000", "dsar-2026-0003", "example", "ma", "Maître", "e",
]


@pytest.fixture
def hand_made(db: Database) -> Database:
    service = CaseService(Workplace(db, CLOCK))
    for case in HAND_MADE.values():
        service.open_case(copy.deepcopy(case))
    return db


def _found(db: Database, typed: str, text_search: search.TextSearch | None) -> set[str]:
    with db.transaction() as session:
        if text_search is None:
            rows = register.fetch_page(session, CaseFilter(text=typed), CLOCK.today(), limit=1000)
            return {row.reference for row in rows}
        query = register.page_query(CaseFilter(text=typed), CLOCK.today(), text_search=text_search)
        return {row.reference for row in session.execute(query)}


def test_the_server_database_searches_through_its_trigram_index(hand_made: Database, engine: str) -> None:
    with hand_made.transaction() as session:
        chosen = search.for_session(session)
    assert (chosen is search.SERVER_TRIGRAMS) == (engine == "postgresql")


@pytest.mark.parametrize("typed", TYPED)
def test_the_server_index_finds_what_the_scan_finds(hand_made: Database, typed: str) -> None:
    scanned = _found(hand_made, typed, search.LIKE)
    assert _found(hand_made, typed, None) == scanned
    assert _found(hand_made, typed, search.SERVER_TRIGRAMS) == scanned


def test_a_word_is_looked_up_in_the_index_when_the_planner_may_not_scan(hand_made: Database, engine: str) -> None:
    if engine != "postgresql":
        pytest.skip("PostgreSQL's plan")
    with hand_made.engine.connect() as connection:
        connection.exec_driver_sql("SET enable_seqscan = off")
        compiled = search.ServerTrigramSearch.matching(("garnier",)).compile(
            connection, compile_kwargs={"literal_binds": True}
        )
        plan = "\n".join(row[0] for row in connection.execute(text(f"EXPLAIN {compiled}")))
    assert search.SERVER_INDEX in plan


@pytest.mark.parametrize("typed", ["e", "example", "garnier", "ma", "DSAR"])
def test_a_search_lists_its_matches_in_the_registers_own_order(hand_made: Database, typed: str) -> None:
    with hand_made.transaction() as session:
        everything = [row.reference for row in register.fetch_page(session, CaseFilter(), CLOCK.today(), limit=1000)]
        matches = [
            row.reference for row in register.fetch_page(session, CaseFilter(text=typed), CLOCK.today(), limit=1000)
        ]
    assert matches
    assert matches == [reference for reference in everything if reference in set(matches)]


@pytest.mark.postgresql_only
def test_a_database_whose_pg_trgm_its_owner_may_not_use_migrates_without_the_index_and_searches_by_scanning(
    team_server_url: str,
) -> None:
    """Migration 0014 on a database where pg_trgm was installed (by an administrator) in a schema its owner has no
    right to use: the index is left out rather than the migration failing, and the search scans."""
    from sqlalchemy import create_engine, make_url

    admin_url = make_url(team_server_url).difference_update_query(["options"])
    owner = "dirk"  # one of the test server's people, dropped after the test (tests/conftest.py)
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.exec_driver_sql("DROP DATABASE IF EXISTS lazeo_locked_trgm")
            connection.exec_driver_sql(f"CREATE ROLE {owner} LOGIN")
            connection.exec_driver_sql(f"CREATE DATABASE lazeo_locked_trgm OWNER {owner}")
        locked = create_engine(admin_url.set(database="lazeo_locked_trgm"), isolation_level="AUTOCOMMIT")
        try:
            with locked.connect() as connection:
                connection.exec_driver_sql("CREATE SCHEMA extensions")
                connection.exec_driver_sql("CREATE EXTENSION pg_trgm SCHEMA extensions")
                connection.exec_driver_sql("REVOKE ALL ON SCHEMA extensions FROM PUBLIC")
        finally:
            locked.dispose()
        db = Database(admin_url.set(database="lazeo_locked_trgm", username=owner).render_as_string(hide_password=False))
        try:
            service = CaseService(Workplace(db, CLOCK))
            for case in HAND_MADE.values():
                service.open_case(copy.deepcopy(case))
            with db.transaction() as session:
                assert not search.has_server_index(session)
                assert search.for_session(session) is search.LIKE
            assert _found(db, "garnier", None) == _found(db, "garnier", search.LIKE) != set()
        finally:
            db.dispose()
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql("DROP DATABASE IF EXISTS lazeo_locked_trgm")
        admin.dispose()
