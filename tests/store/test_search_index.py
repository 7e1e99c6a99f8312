"""The register's search index: it finds every searched field by a fragment, whatever the accents, and stays in step
with the cases through edits, imports, purges, backups, restores and compaction; hostile text never breaks it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scan_texts import keep_scan_text
from sqlalchemy import text

from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language, Relationship, Requester
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.email_intake import import_message
from lazeo_desk.services.maintenance import backup_database, check
from lazeo_desk.services.passphrase import restore_backup
from lazeo_desk.services.purge import PurgeService
from lazeo_desk.services.register import RegisterService
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store import search
from lazeo_desk.store.cases import load_row
from lazeo_desk.store.database import Database
from lazeo_desk.store.encryption import KdfParams
from lazeo_desk.store.register import CaseFilter, SortKey

ACTOR = "Brigitte Perez"
REQUESTS = Path(__file__).resolve().parents[1] / "data" / "requests"


def lefevre() -> Case:
    return Case(
        jurisdiction=Jurisdiction.FR,
        language=Language.FR,
        channel=Channel.POST,
        received=date(2026, 3, 2),
        rights=(Right.ACCESS,),
        subject=DataSubject(
            "Hélène Lefèvre",
            email="helene.lefevre@exemple.fr",
            patient_number="FR-774411",
            address=("12 rue des Écoles", "75005 Paris"),
        ),
        requester=Requester(
            Relationship.MANDATARY,
            "Maître Çağla Öztürk",
            email="cagla.ozturk@avocats.example",
            address=("3 quai Saint-Michel", "75005 Paris"),
        ),
        notes="Prefers a call on Thursdays",
    )


def other(name: str = "Wout Claes") -> Case:
    return Case(
        status=Status.IN_PROGRESS,
        jurisdiction=Jurisdiction.BE,
        language=Language.NL,
        channel=Channel.EMAIL,
        received=date(2026, 3, 3),
        rights=(Right.ERASURE,),
        subject=DataSubject(name, email="wout@example.be", patient_number="BE-100200"),
    )


@pytest.fixture
def cases(encrypted_db: Database, clock: FixedClock) -> CaseService:
    return CaseService(Workplace(encrypted_db, clock, ACTOR))


def found(db: Database, clock: FixedClock, typed: str) -> set[str]:
    """The references the register lists for ``typed``, checked against its count."""
    register = RegisterService(Workplace(db, clock))
    rows = register.page(CaseFilter(text=typed), clock.today(), limit=1000)
    assert register.count(CaseFilter(text=typed), clock.today()) == len(rows)
    return {row.reference for row in rows}


def index_in_step(db: Database) -> None:
    """FTS5's own check of the index against the cases it was built from (raises when they differ)."""
    with db.engine.begin() as connection:
        connection.exec_driver_sql(f"INSERT INTO {search.INDEX}({search.INDEX}, rank) VALUES ('integrity-check', 1)")


def uses_index(db: Database) -> bool:
    with db.transaction() as session:
        return search.has_index(session)


def test_an_encrypted_database_is_searched_through_the_index(encrypted_db: Database) -> None:
    assert uses_index(encrypted_db)


@pytest.mark.parametrize(
    "typed",
    [
        "lefèvre",
        "LEFEVRE",
        "Hélène Lef",
        "helene lefevre",
        "lefevre helene",
        "exemple.fr",
        "774411",
        "fr-774",
        "Écoles",
        "ecoles",
        "cagla",
        "ÖZTÜRK",
        "ozturk@avocats",
        "quai saint",
        "thursdays",
        "rue des",
    ],
)
def test_every_searched_field_is_found_by_a_fragment_whatever_the_accents_and_case(
    encrypted_db: Database, cases: CaseService, clock: FixedClock, typed: str
) -> None:
    reference = cases.open_case(lefevre())
    cases.open_case(other())
    assert found(encrypted_db, clock, typed) == {reference}


def test_a_reference_fragment_finds_its_case(encrypted_db: Database, cases: CaseService, clock: FixedClock) -> None:
    first = cases.open_case(lefevre())
    second = cases.open_case(other())
    assert found(encrypted_db, clock, second) == {second}
    assert found(encrypted_db, clock, second.lower()[-6:]) == {second}
    assert found(encrypted_db, clock, "2026-00") == {first, second}


def test_a_word_too_short_for_the_index_is_looked_for_in_the_reference_and_names_only(
    encrypted_db: Database, cases: CaseService, clock: FixedClock
) -> None:
    reference = cases.open_case(lefevre())
    short = cases.open_case(other("Jo Ng"))
    assert found(encrypted_db, clock, "ng") == found(encrypted_db, clock, "NG") == {short}
    # "75" is in both postal addresses of Hélène's case, which a short word does not reach.
    assert found(encrypted_db, clock, "75") == set()
    assert found(encrypted_db, clock, "lefèvre hé") == {reference}
    assert found(encrypted_db, clock, "lefèvre jo") == set()


def test_an_edit_of_name_email_and_notes_moves_the_case_in_the_index(
    encrypted_db: Database, cases: CaseService, clock: FixedClock
) -> None:
    reference = cases.open_case(lefevre())
    loaded = cases.load(reference)
    edited = loaded.case
    edited.subject = replace(edited.subject, name="Hélène Marchetti", email="h.marchetti@poste.example")
    edited.notes = "Call back on Mondays"
    cases.save(edited, expected_version=loaded.version)
    assert found(encrypted_db, clock, "lefevre") == set()
    assert found(encrypted_db, clock, "thursdays") == set()
    assert found(encrypted_db, clock, "marchetti") == {reference}
    assert found(encrypted_db, clock, "poste.example") == {reference}
    assert found(encrypted_db, clock, "mondays") == {reference}
    index_in_step(encrypted_db)


def test_a_change_of_status_leaves_the_index_as_it_was(
    encrypted_db: Database, cases: CaseService, clock: FixedClock
) -> None:
    reference = cases.open_case(other())
    cases.close(reference)
    assert found(encrypted_db, clock, "wout") == {reference}
    index_in_step(encrypted_db)


def test_an_imported_email_is_found_by_its_sender(encrypted_db: Database, clock: FixedClock) -> None:
    clock.set(datetime(2026, 7, 10, 9, 0, tzinfo=clock.now().tzinfo))
    result = import_message(encrypted_db, REQUESTS / "01-nl-access-gent.eml", clock=clock, actor=ACTOR)
    assert result.reference is not None
    assert found(encrypted_db, clock, "elodie verca") == {result.reference}
    assert found(encrypted_db, clock, "vercammen@example") == {result.reference}
    index_in_step(encrypted_db)


def vocabulary(db: Database) -> set[str]:
    """Every trigram the index holds for a live or deleted case not yet merged away."""
    with db.engine.begin() as connection:
        connection.exec_driver_sql(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.words USING fts5vocab(main, {search.INDEX}, 'row')"
        )
        return {term for (term,) in connection.exec_driver_sql("SELECT term FROM temp.words")}


def test_a_purged_case_leaves_no_trigram_of_its_own_in_the_index(
    encrypted_db: Database, cases: CaseService, clock: FixedClock
) -> None:
    purged = cases.open_case(other("Quixotzel Vybrandt"))
    kept = cases.open_case(lefevre())
    assert {"xot", "ybr"} <= vocabulary(encrypted_db)
    with encrypted_db.transaction() as session:
        row = load_row(session, purged)
        row.status, row.closed = Status.CLOSED.value, date(2010, 1, 4)
    PurgeService(Workplace(encrypted_db, clock, ACTOR)).purge(purged)
    assert found(encrypted_db, clock, "quixotzel") == set()
    assert found(encrypted_db, clock, "lefevre") == {kept}
    assert {"xot", "ybr"}.isdisjoint(vocabulary(encrypted_db))
    index_in_step(encrypted_db)
    assert check(encrypted_db) == []


def test_a_backup_restored_is_searched_through_its_index(
    encrypted_db: Database, cases: CaseService, clock: FixedClock, tmp_path: Path, db_passphrase: str
) -> None:
    reference = cases.open_case(lefevre())
    copy = tmp_path / "copy.sqlite3"
    backup_database(encrypted_db, copy, actor=ACTOR)
    later = cases.open_case(other())
    encrypted_db.dispose()
    restore_backup(encrypted_db.url, copy, passphrase=db_passphrase, actor=ACTOR)
    restored = Database(encrypted_db.url, key=encrypted_db.key)
    try:
        assert uses_index(restored)
        assert found(restored, clock, "lefevre") == {reference}
        assert found(restored, clock, "wout") == set()
        assert later not in found(restored, clock, "2026")
        index_in_step(restored)
        # Still kept in step after the restore.
        again = CaseService(Workplace(restored, clock, ACTOR)).open_case(other("Vybrandt Quill"))
        assert found(restored, clock, "vybrandt") == {again}
        assert check(restored) == []
    finally:
        restored.dispose()


def test_compacting_keeps_the_index(encrypted_db: Database, cases: CaseService, clock: FixedClock) -> None:
    reference = cases.open_case(lefevre())
    encrypted_db.compact()
    assert found(encrypted_db, clock, "lefevre") == {reference}
    index_in_step(encrypted_db)


def test_the_check_stays_clean_with_the_index_after_edits(
    encrypted_db: Database, cases: CaseService, clock: FixedClock
) -> None:
    reference = cases.open_case(lefevre())
    cases.add_note(reference, "Called back")
    loaded = cases.load(reference)
    loaded.case.notes = "Wants the file by post"
    cases.save(loaded.case, expected_version=loaded.version)
    assert check(encrypted_db) == []


def test_a_case_edited_outside_the_application_is_still_reported_and_the_index_follows_it(
    encrypted_db: Database, cases: CaseService, clock: FixedClock
) -> None:
    reference = cases.open_case(lefevre())
    with encrypted_db.engine.begin() as connection:
        connection.execute(text("UPDATE cases SET subject_name = 'Someone Else' WHERE reference = :r"),
                           {"r": reference})
    assert found(encrypted_db, clock, "someone else") == {reference}
    index_in_step(encrypted_db)
    [problem] = check(encrypted_db)
    assert problem.startswith(f"case {reference}: the case row differ")


def test_an_older_database_gets_its_cases_indexed_on_upgrade(
    tmp_path: Path, fast_kdf: KdfParams, db_passphrase: str, clock: FixedClock
) -> None:
    from alembic import command

    from lazeo_desk.services.passphrase import create_database
    from lazeo_desk.store.database import alembic_config

    url = f"sqlite:///{tmp_path / 'older.sqlite3'}"
    database = create_database(url, db_passphrase, kdf=fast_kdf)
    reference = CaseService(Workplace(database, clock, ACTOR)).open_case(lefevre())
    with database.engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0008")
    assert not uses_index(database)
    database.dispose()
    upgraded = Database(url, key=database.key)
    try:
        assert uses_index(upgraded)
        assert found(upgraded, clock, "lefevre") == {reference}
        index_in_step(upgraded)
        assert check(upgraded) == []
    finally:
        upgraded.dispose()


def test_a_plain_database_without_the_tokenizer_is_searched_by_scanning(db: Database, clock: FixedClock) -> None:
    """SQLite before 3.45 has no ``remove_diacritics``, PostgreSQL no FTS5: no index, and the search still finds
    accented names."""
    indexed = False
    if not db.on_server:
        with db.engine.connect() as connection:
            found_version = connection.exec_driver_sql("SELECT sqlite_version()").scalar()
            indexed = tuple(int(p) for p in found_version.split(".")) >= (3, 45, 0)
    reference = CaseService(Workplace(db, clock, ACTOR)).open_case(lefevre())
    assert uses_index(db) == indexed
    assert found(db, clock, "lefevre") == {reference}
    assert found(db, clock, "helene lef") == {reference}


def test_open_matches_come_first_in_the_order_chosen(
    encrypted_db: Database, cases: CaseService, clock: FixedClock
) -> None:
    names = ["Anne Martin", "Bruno Martin", "Chloé Martin", "Denis Martin"]
    references = [cases.open_case(other(name)) for name in names]
    for closed in (references[0], references[2]):
        cases.close(closed)
    register = RegisterService(Workplace(encrypted_db, clock))
    listed = register.page(CaseFilter(text="martin"), clock.today(), sort=SortKey.SUBJECT)
    assert [row.subject_name for row in listed] == ["Bruno Martin", "Denis Martin", "Anne Martin", "Chloé Martin"]
    backwards = register.page(CaseFilter(text="martin"), clock.today(), sort=SortKey.SUBJECT, descending=True)
    assert [row.subject_name for row in backwards] == ["Denis Martin", "Bruno Martin", "Chloé Martin", "Anne Martin"]
    # Without a search, the order chosen is the only order.
    everything = register.page(CaseFilter(), clock.today(), sort=SortKey.SUBJECT)
    assert [row.subject_name for row in everything] == names


@pytest.fixture(scope="module")
def searched_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One indexed database with a few cases, for the property below (hypothesis runs it many times)."""
    from lazeo_desk.services.passphrase import create_database

    url = f"sqlite:///{tmp_path_factory.mktemp('search') / 'hostile.sqlite3'}"
    database = create_database(url, "correct horse battery staple",
                               kdf=KdfParams(time_cost=1, memory_cost=64, parallelism=1))
    clock = FixedClock(datetime(2026, 3, 10, 9, 30))
    service = CaseService(Workplace(database, clock, ACTOR))
    reference = service.open_case(lefevre())
    service.open_case(other())
    # A letter's text too, so that every word typed is also looked for in the index of the recognised texts.
    keep_scan_text(database, clock, reference, 'Objet : "demande" AND (NEAR accès) -- a* lef é_% \\ x:y')
    yield database
    database.dispose()


_PIECES = ['"', "'", "*", "-", "+", "^", ":", "(", ")", "{", "}", "NEAR", "AND", "OR", "NOT", " ", "\\", "%", "_",
           "\x00", "\ud800", "é", "a", "lef", "NEAR(", "a*", "-b", "x:y"]
HOSTILE = st.one_of(
    st.text(),
    st.lists(st.sampled_from(_PIECES), max_size=60).map("".join),
    st.lists(st.sampled_from(_PIECES), max_size=400).map(" ".join),
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(typed=HOSTILE)
def test_any_text_typed_is_searched_without_an_error(searched_db: Database, typed: str) -> None:
    clock = FixedClock(datetime(2026, 3, 10, 9, 30))
    references = found(searched_db, clock, typed)
    assert references <= found(searched_db, clock, "")


@pytest.mark.parametrize(
    ("typed", "terms"),
    [
        ("  Lefèvre  ", ("Lefèvre",)),
        ("a\x00b\tc", ("a", "b", "c")),
        ("x \ud800 y", ("x", "y")),
        ("dup dup", ("dup",)),
        ("Le\u0301fe\u0300vre", ("Léfèvre",)),
    ],
)
def test_the_words_of_a_search_are_cleaned_of_what_cannot_be_typed(typed: str, terms: tuple[str, ...]) -> None:
    assert search.search_terms(typed) == terms


def test_a_search_of_many_words_keeps_the_longest() -> None:
    words = [f"w{'x' * n}" for n in range(40)]
    kept = search.search_terms(" ".join(words))
    assert len(kept) == search.MOST_TERMS
    assert set(kept) == set(words[-search.MOST_TERMS:])


@pytest.mark.parametrize(
    ("terms", "expression"),
    [
        (("lefèvre",), '"lefèvre"'),
        (('say "hi"',), '"say ""hi"""'),
        (("NEAR(a", "b)*"), '"NEAR(a" "b)*"'),
    ],
)
def test_each_word_reaches_the_index_as_one_quoted_string(terms: tuple[str, ...], expression: str) -> None:
    assert search.match_expression(terms) == expression


@pytest.fixture(scope="module")
def scanned_and_indexed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, Database]]:
    """The hand-made register of the register's tests, in a database without the index and in one with it."""
    import copy

    from test_register_queries import CLOCK, HAND_MADE

    from lazeo_desk.services.passphrase import create_database

    folder = tmp_path_factory.mktemp("both")
    scanned = Database(f"sqlite:///{folder / 'scanned.sqlite3'}", plain=True)
    # What a database without the index has (revision 0009, or an SQLite too old for it), in today's schema.
    with scanned.engine.begin() as connection:
        for (name,) in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'case_search%'"
        ).all():
            connection.exec_driver_sql(f"DROP TRIGGER {name}")
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS {search.INDEX}")
    scanned.dispose()
    indexed = create_database(f"sqlite:///{folder / 'indexed.sqlite3'}", "correct horse battery staple",
                              kdf=KdfParams(time_cost=1, memory_cost=64, parallelism=1))
    for database in (scanned, indexed):
        service = CaseService(Workplace(database, CLOCK))
        for case in HAND_MADE.values():
            service.open_case(copy.deepcopy(case))
    yield scanned, indexed
    scanned.dispose()
    indexed.dispose()


@pytest.mark.parametrize(
    "typed",
    ["elodie", "ËLODIE", "Elodie Verc", "zoe", "O'Brien-<Zoë> &", "vercammen@example", "Mike.Schmit@Example.LU",
     "BE-100001", "fr-200002", "garnier", "helene", "h.garnier@avocats", "%", "_", "\\", "nobody at all",
     "DSAR-2026-000", "example", "ma", "Maître", "e"],
)
def test_the_index_finds_what_the_scan_finds(
    scanned_and_indexed: tuple[Database, Database], typed: str
) -> None:
    from test_register_queries import CLOCK

    scanned, indexed = scanned_and_indexed
    assert not uses_index(scanned)
    assert uses_index(indexed)
    by_name = [
        {row.subject_name for row in RegisterService(Workplace(database, CLOCK)).page(
            CaseFilter(text=typed), CLOCK.today(), limit=1000)}
        for database in (scanned, indexed)
    ]
    assert by_name[0] == by_name[1]


def test_the_models_match_the_indexed_schema_beside_the_index_tables(encrypted_db: Database) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlalchemy import inspect

    from lazeo_desk.store.models import Base

    with encrypted_db.engine.connect() as connection:
        assert search.INDEX_TABLES <= set(inspect(connection).get_table_names())
        context = MigrationContext.configure(connection, opts={"include_name": search.not_index_table})
        assert compare_metadata(context, Base.metadata) == []


def test_the_export_of_a_search_holds_the_cases_the_register_lists(
    encrypted_db: Database, cases: CaseService, clock: FixedClock, tmp_path: Path
) -> None:
    from lazeo_desk.services.register_export import ExportFormat, RegisterExportService

    reference = cases.open_case(lefevre())
    cases.open_case(other())
    target = tmp_path / "found.csv"
    # Found by the postal address, which only the index reads.
    count = RegisterExportService(Workplace(encrypted_db, clock, ACTOR)).export(
        CaseFilter(text="écoles"), target, ExportFormat.CSV
    )
    assert count == 1
    assert reference in target.read_text(encoding="utf-8-sig")


def test_a_search_matching_most_cases_walks_the_register_in_order_and_lists_the_same_page(
    encrypted_db: Database, clock: FixedClock
) -> None:
    from lazeo_desk.services.seeding import seed_cases
    from lazeo_desk.store.register import fetch_page, page_query

    seed_cases(encrypted_db, 300, seed=3, clock=clock)
    today = clock.today()
    with encrypted_db.transaction() as session:
        walking = search.TRIGRAMS.for_page(session, ("dsar",), walkable=True)
        assert isinstance(walking, search.TrigramSearch) and walking.walks
        sorting = search.TRIGRAMS.for_page(session, ("dsar",), walkable=False)
        assert isinstance(sorting, search.TrigramSearch) and not sorting.walks
        assert not isinstance(search.TRIGRAMS.for_page(session, ("nobody-at-all",), walkable=True),
                              search.TrigramSearch)
        listed = fetch_page(session, CaseFilter(text="dsar"), today, limit=50)
        sorted_matches = session.execute(page_query(CaseFilter(text="dsar"), today, text_search=search.TRIGRAMS)
                                         .limit(50))
        assert [row.reference for row in listed] == [row.reference for row in sorted_matches]
        assert len(listed) == 50


def tiny_png(seed: int) -> bytes:
    import io

    from PIL import Image

    picture = Image.new("L", (8, 8), color=seed % 256)
    out = io.BytesIO()
    picture.save(out, format="PNG")
    return out.getvalue()


def scanned_letter(db: Database, clock: FixedClock, name: str, recognised: str, seed: int = 1) -> str:
    """A case opened from a scanned letter whose recognised text is ``recognised``."""
    from lazeo_desk.services.scan_intake import ScanCaseFields, check_scan, store_scan

    scan = check_scan(tiny_png(seed), source=f"lettre-{seed}.png")
    fields = ScanCaseFields(
        subject=DataSubject(name, address=("3 rue du Canal", "69001 Lyon")),
        jurisdiction=Jurisdiction.FR, language=Language.FR, rights=(Right.ACCESS,),
    )
    result = store_scan(db, scan, fields, clock=clock, actor=ACTOR, recognised_text=recognised)
    assert result.reference is not None
    return result.reference


def out_of_step(db: Database) -> int:
    with db.transaction() as session:
        return search.entries_out_of_step(session)


@pytest.mark.parametrize("encrypted", [True, False], ids=["index", "scan of the columns"])
def test_a_case_is_found_by_a_word_only_its_scanned_letter_holds(
    encrypted: bool, encrypted_db: Database, db: Database, clock: FixedClock
) -> None:
    database = encrypted_db if encrypted else db
    reference = scanned_letter(database, clock, "Zoë Weber", "Objet : droit d'accès\nMon dossier Rhinoplastie 2019")
    CaseService(Workplace(database, clock, ACTOR)).open_case(lefevre())
    assert found(database, clock, "rhinoplastie") == {reference}
    assert found(database, clock, "RHINOPLASTIE") == {reference}
    # Every word must be found, each in the case or in its letter.
    assert found(database, clock, "weber rhinoplastie") == {reference}
    assert found(database, clock, "lefevre rhinoplastie") == set()
    assert out_of_step(database) == 0


def test_the_text_of_an_erased_scan_is_no_longer_found(
    encrypted_db: Database, clock: FixedClock
) -> None:
    from lazeo_desk.store.documents import DocumentKind, documents_of, erase_content

    reference = scanned_letter(encrypted_db, clock, "Zoë Weber", "Blépharoplastie demandée en 2021")
    assert found(encrypted_db, clock, "blepharo") == {reference}
    with encrypted_db.transaction() as session:
        (scan_text,) = [d for d in documents_of(session, reference) if d.kind == DocumentKind.SCAN_TEXT]
        erase_content(session, scan_text.id, clock.now())
    assert found(encrypted_db, clock, "blepharo") == set()
    assert found(encrypted_db, clock, "weber") == {reference}
    assert out_of_step(encrypted_db) == 0
    assert check(encrypted_db) == []


def test_a_purged_case_leaves_nothing_of_its_scanned_letter_in_the_index(
    encrypted_db: Database, clock: FixedClock
) -> None:
    purged = scanned_letter(encrypted_db, clock, "Zoë Weber", "Quixotzel Vybrandt, abdominoplastie")
    with encrypted_db.transaction() as session:
        row = load_row(session, purged)
        row.status, row.closed = Status.CLOSED.value, date(2010, 1, 4)
    PurgeService(Workplace(encrypted_db, clock, ACTOR)).purge(purged)
    assert found(encrypted_db, clock, "abdomino") == set()
    assert {"xot", "ybr", "dom"}.isdisjoint(vocabulary(encrypted_db))
    assert out_of_step(encrypted_db) == 0


def test_the_index_follows_a_case_as_its_status_and_dates_move_it_in_the_register(
    encrypted_db: Database, cases: CaseService, clock: FixedClock
) -> None:
    reference = cases.open_case(other("Hélène Lefèvre"))
    cases.open_case(other())
    assert out_of_step(encrypted_db) == 0
    with encrypted_db.transaction() as session:
        row = load_row(session, reference)
        row.due_date = date(2026, 6, 1)
    assert out_of_step(encrypted_db) == 0
    cases.close(reference)
    assert out_of_step(encrypted_db) == 0
    assert found(encrypted_db, clock, "lefevre") == {reference}
    # A hand-made change of the rank outside the triggers is what the check of step detects.
    with encrypted_db.engine.begin() as connection:
        connection.exec_driver_sql("DROP TRIGGER case_search_changed")
        connection.exec_driver_sql("UPDATE cases SET urgency = 0 WHERE reference = ?", (reference,))
    assert out_of_step(encrypted_db) == 2


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    typed=st.sampled_from(["mar", "martin", "example", "dsar", "be-", "ma tin", "e mar", "zz", "rue"]),
    quick=st.sampled_from([None, "OPEN", "OVERDUE", "DUE_THIS_WEEK"]),
    offset=st.sampled_from([0, 3, 17]),
)
def test_a_search_in_the_register_order_lists_what_sorting_every_match_lists(
    ranked_db: Database, typed: str, quick: str | None, offset: int
) -> None:
    """The page read from the index in its order is the page that sorting all the matches gives."""
    from test_register_queries import CLOCK

    from lazeo_desk.store.register import QuickFilter, fetch_page, page_query

    case_filter = CaseFilter(text=typed, quick=QuickFilter[quick] if quick else None)
    today = CLOCK.today()
    with ranked_db.transaction() as session:
        assert search.for_session(session).ranked(search.search_terms(typed)) is not None or all(
            len(term) < search.SHORTEST_INDEXED for term in search.search_terms(typed)
        )
        listed = fetch_page(session, case_filter, today, offset=offset, limit=20)
        sorted_matches = session.execute(
            page_query(case_filter, today, text_search=search.TRIGRAMS).offset(offset).limit(20)
        )
        assert [row.reference for row in listed] == [row.reference for row in sorted_matches]


@pytest.fixture(scope="module")
def ranked_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """Sample cases in every situation: open and closed, running, paused and extended, with their own dates."""
    from test_register_queries import CLOCK

    from lazeo_desk.services.passphrase import create_database
    from lazeo_desk.services.seeding import seed_cases

    folder = tmp_path_factory.mktemp("ranked")
    database = create_database(f"sqlite:///{folder / 'ranked.sqlite3'}", "correct horse battery staple",
                               kdf=KdfParams(time_cost=1, memory_cost=64, parallelism=1))
    seed_cases(database, 120, seed=5, clock=CLOCK)
    yield database
    database.dispose()
