"""The register's search reads the text recognised on scanned letters: a case is found by a word of its letter, each
word of a search in the case's own fields or in its texts, through the index or by scanning; the index follows
every text stored, erased, purged, backed up and restored, and an older database gets its texts indexed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from scan_texts import ACTOR, keep_scan_text, without_search_indexes
from sqlalchemy import select, text
from test_search_index import found, lefevre, other, uses_index

from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.status import Status
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.maintenance import backup_database, check
from lazeo_desk.services.passphrase import create_database, restore_backup
from lazeo_desk.services.purge import PurgeService
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store import search
from lazeo_desk.store.cases import load_row
from lazeo_desk.store.database import Database
from lazeo_desk.store.documents import DocumentKind, add_document, erase_content
from lazeo_desk.store.encryption import KdfParams
from lazeo_desk.store.models import DocumentRow
from lazeo_desk.store.register import CaseFilter, SortKey, fetch_page, page_query

LETTER = (
    "Madame, Monsieur,\n"
    "Je suis suivie en kinésithérapie au centre de Lyon depuis 2019.\n"
    "Je souhaite recevoir une copie de mon dossier.\n"
    "Hélène Lefèvre"
)
BRIEF = "Geachte,\nIk vraag inzage in mijn medisch dossier bij de kinesitherapeut in Gent.\nWout Claes"


@pytest.fixture(params=["index", "scanning"])
def searched(request: pytest.FixtureRequest) -> Database:
    """An encrypted database searched through its indexes, or one without them, searched by scanning."""
    if request.param == "index":
        database: Database = request.getfixturevalue("encrypted_db")
        assert uses_index(database)
        return database
    database = request.getfixturevalue("db")
    without_search_indexes(database)
    assert not uses_index(database)
    return database


def opened(db: Database, clock: FixedClock) -> tuple[str, str]:
    """Hélène Lefèvre's case with her letter's text, Wout Claes's with his."""
    service = CaseService(Workplace(db, clock, ACTOR))
    helene, wout = service.open_case(lefevre()), service.open_case(other())
    keep_scan_text(db, clock, helene, LETTER)
    keep_scan_text(db, clock, wout, BRIEF)
    return helene, wout


def scan_index_in_step(db: Database) -> None:
    """Every case has its entry at its rank and no other; exactly the cases with a recognised text still kept have
    trigrams in the texts' column of their entry; and FTS5 finds the index sound."""
    with db.engine.begin() as connection:
        connection.exec_driver_sql(f"INSERT INTO {search.INDEX}({search.INDEX}, rank) VALUES ('integrity-check', 1)")
        connection.exec_driver_sql(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.scan_instances USING fts5vocab(main, {search.INDEX}, 'instance')"
        )
        ranks = {rank for (rank,) in connection.exec_driver_sql(
            "SELECT DISTINCT doc FROM temp.scan_instances WHERE col = 'scan_text'"
        )}
    with db.transaction() as session:
        assert search.entries_out_of_step(session) == 0
        kept = set(session.scalars(select(DocumentRow.case_id).where(
            DocumentRow.kind == DocumentKind.SCAN_TEXT.value, DocumentRow.content.is_not(None),
            DocumentRow.deleted_at.is_(None),
        )))
    assert {rank & 0xFFFFFFFF for rank in ranks} == kept


def scan_vocabulary(db: Database) -> set[str]:
    """Every trigram the index holds in the recognised texts' column."""
    with db.engine.begin() as connection:
        connection.exec_driver_sql(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.scan_words USING fts5vocab(main, {search.INDEX}, 'col')"
        )
        return {
            term for (term,) in connection.exec_driver_sql("SELECT term FROM temp.scan_words WHERE col = 'scan_text'")
        }


@pytest.mark.parametrize("typed", ["kinésithérapie", "KINESITHERAPIE", "thérapie", "souhaite recevoir", "lyon"])
def test_a_word_only_in_a_recognised_text_finds_its_case(
    searched: Database, clock: FixedClock, typed: str
) -> None:
    helene, _wout = opened(searched, clock)
    assert found(searched, clock, typed) == {helene}


@pytest.mark.parametrize(
    ("typed", "who"),
    [
        ("lefevre kinesi", {"helene"}),  # the name in the case, the other word in the letter
        ("kinesi lefèvre", {"helene"}),
        ("kinesi dossier", {"helene", "wout"}),  # both in each letter
        ("wout dossier", {"wout"}),
        ("wout lyon", set()),  # "lyon" is in Hélène's letter only
        ("lefevre inzage", set()),
        ("kinesi hé", {"helene"}),  # a word too short for the index is looked for in the names
        ("kinesi wo", {"wout"}),
        ("kinesi 19", set()),  # ... and in them only, not in the letters ("2019")
        ("nobody kinesi", set()),
    ],
)
def test_each_word_of_a_search_is_found_in_the_case_or_in_its_recognised_texts(
    searched: Database, clock: FixedClock, typed: str, who: set[str]
) -> None:
    helene, wout = opened(searched, clock)
    references = {"helene": helene, "wout": wout}
    assert found(searched, clock, typed) == {references[name] for name in who}


def test_the_words_of_a_search_may_be_in_different_letters_of_one_case(searched: Database, clock: FixedClock) -> None:
    helene, _wout = opened(searched, clock)
    keep_scan_text(searched, clock, helene, "Suite à mon courrier précédent, je vous relance.")
    assert found(searched, clock, "courrier lyon") == {helene}
    assert found(searched, clock, "relance kinésithérapie lefèvre") == {helene}
    assert found(searched, clock, "relance inzage") == set()


def test_a_recognised_text_erased_is_no_longer_searched(searched: Database, clock: FixedClock) -> None:
    helene, _wout = opened(searched, clock)
    with searched.transaction() as session:
        [text_id] = session.scalars(select(DocumentRow.id).where(
            DocumentRow.kind == DocumentKind.SCAN_TEXT.value, DocumentRow.case_id == load_row(session, helene).id
        ))
        erase_content(session, text_id, clock.now())
    assert found(searched, clock, "lyon") == set()
    assert found(searched, clock, "lefevre kinesi") == set()
    assert found(searched, clock, "lefevre") == {helene}


def test_an_import_erasure_and_a_case_edit_keep_the_index_of_the_texts_in_step(
    encrypted_db: Database, clock: FixedClock
) -> None:
    helene, _wout = opened(encrypted_db, clock)
    scan_index_in_step(encrypted_db)
    with encrypted_db.transaction() as session:
        first = session.scalars(select(DocumentRow.id).where(DocumentRow.kind == DocumentKind.SCAN_TEXT.value))
        erase_content(session, next(iter(first)), clock.now())
    scan_index_in_step(encrypted_db)
    service = CaseService(Workplace(encrypted_db, clock, ACTOR))
    loaded = service.load(helene)
    loaded.case.notes = "Called back"
    service.save(loaded.case, expected_version=loaded.version)
    scan_index_in_step(encrypted_db)
    assert check(encrypted_db) == []


def test_a_purged_case_leaves_no_trigram_of_its_letter_in_the_index(encrypted_db: Database, clock: FixedClock) -> None:
    helene, wout = opened(encrypted_db, clock)
    keep_scan_text(encrypted_db, clock, wout, "Quixotzel Vybrandt schreef ook.")
    assert {"xot", "ybr"} <= scan_vocabulary(encrypted_db)
    with encrypted_db.transaction() as session:
        row = load_row(session, wout)
        row.status, row.closed = Status.CLOSED.value, date(2010, 1, 4)
    PurgeService(Workplace(encrypted_db, clock, ACTOR)).purge(wout)
    assert found(encrypted_db, clock, "quixotzel") == set()
    assert found(encrypted_db, clock, "inzage") == set()
    assert found(encrypted_db, clock, "kinesi") == {helene}
    assert {"xot", "ybr", "nza"}.isdisjoint(scan_vocabulary(encrypted_db))
    scan_index_in_step(encrypted_db)
    assert check(encrypted_db) == []


def test_a_backup_restored_finds_cases_by_their_letters(
    encrypted_db: Database, clock: FixedClock, tmp_path: Path, db_passphrase: str
) -> None:
    helene, wout = opened(encrypted_db, clock)
    copy = tmp_path / "copy.sqlite3"
    backup_database(encrypted_db, copy, actor=ACTOR)
    keep_scan_text(encrypted_db, clock, wout, "Een latere brief over fysiotherapie.")
    encrypted_db.dispose()
    restore_backup(encrypted_db.url, copy, passphrase=db_passphrase, actor=ACTOR)
    restored = Database(encrypted_db.url, key=encrypted_db.key)
    try:
        assert uses_index(restored)
        assert found(restored, clock, "kinésithérapie") == {helene}
        assert found(restored, clock, "fysiotherapie") == set()
        keep_scan_text(restored, clock, wout, "Nog een brief over fysiotherapie.")
        assert found(restored, clock, "fysiotherapie") == {wout}
        scan_index_in_step(restored)
        assert check(restored) == []
    finally:
        restored.dispose()


def test_an_older_database_gets_its_recognised_texts_indexed_on_upgrade(
    tmp_path: Path, fast_kdf: KdfParams, db_passphrase: str, clock: FixedClock
) -> None:
    from alembic import command

    from lazeo_desk.store.database import alembic_config

    url = f"sqlite:///{tmp_path / 'older.sqlite3'}"
    database = create_database(url, db_passphrase, kdf=fast_kdf)
    helene, _wout = opened(database, clock)
    with database.engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0011")
        (created,) = connection.execute(
            text("SELECT sql FROM sqlite_master WHERE name = :name"), {"name": search.INDEX}
        ).one()
    # Revision 0011's index: the cases' fields only, numbered by case id.
    assert "scan_text" not in created and "content='cases'" in created
    database.dispose()
    upgraded = Database(url, key=database.key)
    try:
        assert uses_index(upgraded)
        assert found(upgraded, clock, "kinesi lefevre") == {helene}
        scan_index_in_step(upgraded)
        assert check(upgraded) == []
    finally:
        upgraded.dispose()


def test_many_cases_found_through_their_letters_are_listed_as_a_scan_lists_them(
    encrypted_db: Database, clock: FixedClock
) -> None:
    """More cases than a page holds match through their letters: the register walks its order or sorts the
    matches, and lists what scanning every case and letter lists."""
    from lazeo_desk.services.seeding import seed_cases

    references = seed_cases(encrypted_db, 400, seed=5, clock=clock)
    with encrypted_db.transaction() as session:
        ids = {row.reference: row.id for row in (load_row(session, r) for r in references)}
        for number, reference in enumerate(references):
            # Every case but one in twenty has a letter naming the osteopath; one in three names the city too.
            if number % 20:
                city = " à Besançon" if number % 3 == 0 else ""
                add_document(session, ids[reference], kind=DocumentKind.SCAN_TEXT, filename="scan.png.txt",
                             media_type="text/plain; charset=utf-8", now=clock.now(),
                             content=f"Mon ostéopathe{city} m'a conseillé d'écrire.".encode())
        family = load_row(session, references[77]).subject_name.split()[-1].lower()
    today = clock.today()
    for typed in ("osteopathe", "ostéopathe besançon", f"osteopathe {family}", f"{family} besancon", "dsar besan"):
        case_filter = CaseFilter(text=typed)
        for sort in (SortKey.URGENCY, SortKey.SUBJECT):
            with encrypted_db.transaction() as session:
                listed = [row.reference for row in fetch_page(session, case_filter, today, sort=sort, limit=60)]
                scanned = [row.reference for row in session.execute(
                    page_query(case_filter, today, sort, text_search=search.LIKE).limit(60)
                )]
            assert listed == scanned, (typed, sort)
        assert len(found(encrypted_db, clock, typed)) == len(found_by_scanning(encrypted_db, clock, typed))
    assert len(found(encrypted_db, clock, "osteopathe")) == 380


def found_by_scanning(db: Database, clock: FixedClock, typed: str) -> set[str]:
    with db.transaction() as session:
        query = page_query(CaseFilter(text=typed), clock.today(), text_search=search.LIKE)
        return {row.reference for row in session.execute(query)}


def test_a_word_typed_with_its_accents_finds_a_scanned_letter_on_every_engine(db: Database, clock: FixedClock) -> None:
    _helene, wout = opened(db, clock)
    keep_scan_text(db, clock, wout, "ÉCRIT PAR MAÎTRE ÇÉLESTE ÖZGÜR")
    assert found(db, clock, "Çéleste Özgür") == {wout}
    assert found_by_scanning(db, clock, "maître çéleste") == {wout}
    assert found_by_scanning(db, clock, "maître çélestine") == set()


# Without its indexes: what an SQLite without FTS5's trigram tokenizer does (a server folds no accents itself).
@pytest.mark.sqlite_only
def test_a_database_without_the_indexes_reads_the_texts_folded_as_the_index_reads_them(
    db: Database, clock: FixedClock
) -> None:
    without_search_indexes(db)
    helene, wout = opened(db, clock)
    keep_scan_text(db, clock, wout, "ÉCRIT PAR MAÎTRE ÇÉLESTE ÖZGÜR")
    assert found(db, clock, "celeste ozgur") == {wout}
    assert found(db, clock, "Écrit PAR") == {wout}
    assert found(db, clock, "100%") == set()
    assert search.folded_text("Kinésithérapie À LYON".encode()) == "kinesitherapie a lyon"
    assert search.folded_text(None) is None
    # "kinesitherapeut" in Wout's letter holds the fragment too.
    assert found(db, clock, "kinési") == {helene, wout}


def test_letters_read_by_import_scan_are_found_by_their_words_and_the_index_follows_them(
    encrypted_db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    """The path of a letter by post: read by Tesseract, a new case; a follow-up quoting its reference, linked."""
    from ocr_letters import generated_scan

    from lazeo_desk.domain.case import Language
    from lazeo_desk.services.intake_storage import ImportOutcome
    from lazeo_desk.services.scan_import import import_scan_file

    letter, first = generated_scan(7, language=Language.FR)
    (tmp_path / "first.png").write_bytes(first)
    opened = import_scan_file(encrypted_db, tmp_path / "first.png", clock=clock, actor=ACTOR)
    assert opened.outcome is ImportOutcome.CREATED and opened.reference is not None, opened.line
    scan_index_in_step(encrypted_db)
    # The closing formula of the French letter: in no field of the case.
    assert found(encrypted_db, clock, "salutations distinguées") == {opened.reference}
    assert found(encrypted_db, clock, "yours faithfully") == set()
    _again, follow_up = generated_scan(8, language=Language.EN, reference=opened.reference)
    (tmp_path / "follow-up.png").write_bytes(follow_up)
    linked = import_scan_file(encrypted_db, tmp_path / "follow-up.png", clock=clock, actor=ACTOR)
    assert (linked.outcome, linked.reference) == (ImportOutcome.LINKED, opened.reference), linked.line
    scan_index_in_step(encrypted_db)
    # Each word in one of the two letters, or in the name read on the first.
    assert found(encrypted_db, clock, "salutations faithfully") == {opened.reference}
    assert found(encrypted_db, clock, f"faithfully {letter.family}") == {opened.reference}
