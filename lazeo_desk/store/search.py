"""The register's text search: a full-text index where the engine has one, a scan of the main columns where not.

On SQLite the index is an FTS5 table with the trigram tokenizer (``case_search``, migrations 0010 and 0013): it
finds any fragment of three characters or more in the reference, the names, e-mails, patient number, postal
addresses and notes, and in the text recognised on the case's scanned letters, whatever the case and the accents
("lefevre" finds "Lefèvre"). Every word of a search must be found somewhere in the case or its letters.

Each case has one entry, numbered by its *rank*: its place in the register's urgency order (urgency, the date that
binds, the id) packed into one integer (:func:`rank_of`). FTS5 yields its matches in that order, so the first page
of a search in the register's default order is read from the index and stops after its last row, however many
cases match: a keystroke costs the same with a thousand cases or a million. The index is contentless (it keeps
no copy of the text, only the trigrams and the ranks) and triggers keep it in step with every write to the cases
and to the recognised texts (a case added, edited, moved in the order, imported, purged; a scan's text kept or
erased), whoever makes it. A deleted entry's trigrams are only marked deleted until the index's segments are
merged: :func:`merge` merges them all, and ``Database.compact()`` calls it, so that a purge leaves nothing of the
case in the index either.

The index is derived data: the audit trail neither hashes nor records it (a case's state is read from ``cases``),
and a backup copies it with the rest of the file. An SQLite too old for the tokenizer's ``remove_diacritics`` or
for ``contentless_delete`` is searched by :class:`LikeSearch`.

On PostgreSQL, migration 0014 adds a ``pg_trgm`` GIN index over :data:`SERVER_TEXT`: the reference, both names as
their accent-free keys (``subject_name_key``, ``requester_name_key``: the program folds the accents when it writes
them, so no ``unaccent`` extension is needed), both e-mails and the patient number, in lower case, in one text.
:class:`ServerTrigramSearch` looks every word up there — as its accent-free key and as typed in lower case — or in
the text read on the case's scanned letters, which is what :class:`LikeSearch` finds: the same cases, through the
index. Words of fewer than three characters give the index no trigram to look up: they are scanned, still
correctly. A server where ``pg_trgm`` could not be installed has no such index, and is searched by
:class:`LikeSearch`.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    CompoundSelect,
    Select,
    String,
    Subquery,
    and_,
    cast,
    exists,
    func,
    literal_column,
    or_,
    select,
    text,
    true,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement

from lazeo_desk.store.cases import search_key
from lazeo_desk.store.models import BINDING_DATE, CaseRow, DocumentRow

INDEX = "case_search"
# The tables FTS5 keeps the index in, beside the virtual table itself: the schema has them, the models do not.
INDEX_TABLES = frozenset({INDEX, *(f"{INDEX}_{part}" for part in ("data", "idx", "docsize", "config"))})
# The trigram tokenizer matches fragments of at least this many characters.
SHORTEST_INDEXED = 3
# Enough words for any real search; FTS5 refuses an expression deeper than 256, SQLite one deeper than 1000.
MOST_TERMS = 24
# How many rows a page of the register reads when it walks its index (the window's first page, rounded up).
_PAGE_ROWS = 256
_WALK_COST = 8
# A rank packs the urgency above the day number of the date that binds, above the case id (migration 0013).
_URGENCY_SHIFT = 2**54
_DAY_SHIFT = 2**32
_ID_MASK = _DAY_SHIFT - 1
# The documents whose text the index holds beside the case's own fields.
SCAN_TEXT_KIND = "scan-text"
_JULIAN_DAY_OF_ORDINAL_ZERO = 1721424.5


def rank_of(urgency: int, binding: date | None, case_id: int) -> int:
    """The number of a case's entry in the index: its place in the register's urgency order (urgency, then the
    date that binds — none first, as SQLite sorts — then the id), as the triggers of migration 0013 compute it."""
    day = int(binding.toordinal() + _JULIAN_DAY_OF_ORDINAL_ZERO) if binding is not None else 0
    return urgency * _URGENCY_SHIFT + day * _DAY_SHIFT + case_id


def case_id_of(rank: Any) -> ColumnElement[int]:
    """The case id held in the low bits of a rank."""
    return cast(rank.op("&")(_ID_MASK), BigInteger)


def not_index_table(name: str | None, type_: str, _parent: Any) -> bool:
    """For Alembic's schema comparison: the index's tables are FTS5's, and the server's trigram index is
    PostgreSQL's, not the models'."""
    return not ((type_ == "table" and name in INDEX_TABLES) or (type_ == "index" and name in SERVER_ONLY_INDEXES))


@dataclass(frozen=True)
class RankedMatches:
    """The matches of a search in the register's urgency order: ``matches`` (a subquery of ranks, in order) and
    the conditions the index cannot answer (``also``: the words too short for it)."""

    matches: Subquery
    also: tuple[ColumnElement[bool], ...]

    @property
    def rank(self) -> Any:
        return self.matches.c.rank

    @property
    def case_id(self) -> ColumnElement[int]:
        return case_id_of(self.matches.c.rank)


class TextSearch(Protocol):
    """How an engine finds the cases whose text holds every word of a search."""

    def condition(self, terms: tuple[str, ...]) -> ColumnElement[bool]:
        """The condition on ``cases`` for ``terms`` (at least one, as :func:`search_terms` gives them)."""
        ...

    def for_page(self, session: Session, terms: tuple[str, ...], *, walkable: bool) -> TextSearch:
        """The search to read one page of the register with (``walkable``: in its urgency order, which an index
        gives). Itself, or one that reads the matches once, or — when so many cases match that walking the index
        and keeping the matches costs less than sorting every match — one that lets the database do that."""
        ...

    def ranked(self, terms: tuple[str, ...]) -> RankedMatches | None:
        """The matches in the register's urgency order straight from an index, or None if there is none."""
        ...


FOLD_FUNCTION = "lazeo_search_key"


def folded_text(stored: bytes | str | None) -> str | None:
    """A recognised text as stored (UTF-8 bytes) in lower case without accents, as :func:`search_key` folds
    the names: what :data:`FOLD_FUNCTION` returns to SQLite."""
    if stored is None:
        return None
    return search_key(stored.decode("utf-8", "replace") if isinstance(stored, bytes) else str(stored))


def add_functions(dbapi_connection: Any) -> None:
    """Give a new SQLite connection the function the search without an index reads recognised texts with."""
    dbapi_connection.create_function(FOLD_FUNCTION, 1, folded_text, deterministic=True)


class _Folded(FunctionElement[str]):
    """A stored text's bytes read as UTF-8 text, folded as :func:`search_key` folds a name."""

    inherit_cache = True
    type = String()
    name = "folded"


@compiles(_Folded)
def _folded_by_function(element: _Folded, compiler: Any, **kw: Any) -> str:
    return f"{FOLD_FUNCTION}({compiler.process(element.clauses, **kw)})"


@compiles(_Folded, "postgresql")
def _folded_in_postgresql(element: _Folded, compiler: Any, **kw: Any) -> str:
    # Lower case only: the accents stay unless the unaccent extension is installed, which is not assumed here.
    # convert_from's text has the collation "C", whose lower() leaves every letter beyond ASCII as it is ("ÇÉ"):
    # the database's own collation lowers them as Python does.
    return f"lower(convert_from({compiler.process(element.clauses, **kw)}, 'UTF8') COLLATE \"default\")"


def _escape_like(text_: str) -> str:
    return text_.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _in_names(term: str) -> ColumnElement[bool]:
    """``term`` in the reference or in either name (what a fragment too short for the index is looked for in)."""
    key = f"%{_escape_like(search_key(term))}%"
    return or_(
        CaseRow.reference.like(f"%{_escape_like(term.upper())}%", escape="\\"),
        CaseRow.subject_name_key.like(key, escape="\\"),
        CaseRow.requester_name_key.like(key, escape="\\"),
    )


def _in_letter(term: str) -> ColumnElement[bool]:
    """``term`` in a scanned letter's text: without accents as the names are folded, or as typed in lower case
    (PostgreSQL keeps the letters' accents, so a word typed with its accents finds them there)."""
    forms = dict.fromkeys((search_key(term), term.lower()))
    folded = _Folded(DocumentRow.content)
    return or_(*(folded.like(f"%{_escape_like(form)}%", escape="\\") for form in forms))


def _in_scan_text(term: str) -> ColumnElement[bool]:
    """``term`` in the text recognised on one of the case's scanned letters still kept, in any case and, on SQLite,
    without the accents (folded as the names are)."""
    return exists().where(
        DocumentRow.case_id == CaseRow.id,
        DocumentRow.kind == SCAN_TEXT_KIND,
        DocumentRow.content.is_not(None),
        DocumentRow.deleted_at.is_(None),
        _in_letter(term),
    )


def _anywhere(term: str) -> ColumnElement[bool]:
    plain = f"%{_escape_like(term.lower())}%"
    return or_(
        _in_names(term),
        func.lower(CaseRow.subject_email).like(plain, escape="\\"),
        func.lower(CaseRow.requester_email).like(plain, escape="\\"),
        # In any case on every engine (SQLite's LIKE ignores the case of ASCII letters, PostgreSQL's does not).
        CaseRow.patient_number.ilike(f"%{_escape_like(term)}%", escape="\\"),
        # As through the index, a word too short for it is not looked for in the letters.
        *([_in_scan_text(term)] if len(term) >= SHORTEST_INDEXED else []),
    )


class LikeSearch:
    """A scan of the reference, names, e-mails, patient number and the text read on scanned letters: every word
    must be found in one of them."""

    def condition(self, terms: tuple[str, ...]) -> ColumnElement[bool]:
        return and_(true(), *(_anywhere(term) for term in terms))

    def for_page(self, session: Session, terms: tuple[str, ...], *, walkable: bool) -> TextSearch:
        # The engine's own plan already walks the register's index and stops at the page.
        return self

    def ranked(self, terms: tuple[str, ...]) -> RankedMatches | None:
        return None


def match_expression(terms: tuple[str, ...]) -> str:
    """An FTS5 query finding every one of ``terms`` as a fragment: each is one quoted string, so that nothing the
    user typed (quotes, ``*``, ``-``, ``NEAR``, ``AND``, parentheses, ``:``) is read as query syntax."""
    return " ".join('"' + term.replace('"', '""') + '"' for term in terms)


class TrigramSearch:
    """The FTS5 trigram index: words of three characters or more through the index, shorter ones in the
    reference and the names only (the index cannot look them up).

    In the register's urgency order the index gives the matches in order (:meth:`ranked`). In any other order
    they must all be sorted: ``drives``: the matches are read first and the cases looked up by id (few matches);
    otherwise the cases are read in the order of an index and each kept if it is among the matches (see
    :meth:`for_page`).
    """

    def __init__(self, *, drives: bool = True) -> None:
        self._drives = drives

    @property
    def walks(self) -> bool:
        """Whether the cases are read in the order of the register's index, each kept if among the matches."""
        return not self._drives

    def condition(self, terms: tuple[str, ...]) -> ColumnElement[bool]:
        indexed = tuple(t for t in terms if len(t) >= SHORTEST_INDEXED)
        short = [_in_names(t) for t in terms if len(t) < SHORTEST_INDEXED]
        if not indexed:
            return and_(true(), *short)
        # "+ 0" hides the id from the planner, which can then no longer look the cases up from the matches.
        case_id = CaseRow.id if self._drives else CaseRow.id + 0
        return and_(case_id.in_(self._matching(indexed).scalar_subquery()), *short)

    def for_page(self, session: Session, terms: tuple[str, ...], *, walkable: bool) -> TextSearch:
        indexed = tuple(t for t in terms if len(t) >= SHORTEST_INDEXED)
        if not indexed:
            return self
        # Sorting m matches reads m cases; walking the index to a page of p matches reads p * n / m of the n
        # entries of the index, each about eight times cheaper (measured: bench_search.py). The walk wins from
        # m = sqrt(p * n / 8): some 1,800 matches among 100,000 cases, 5,700 among a million. The index yields its
        # matches in rank order and stops at the limit: reading up to it costs little, and fewer are kept.
        cases = session.scalar(select(func.max(CaseRow.id))) or 0
        many = max(_PAGE_ROWS, math.isqrt(_PAGE_ROWS * cases // _WALK_COST))
        found = list(session.scalars(self._matching(indexed).limit(many)))
        if len(found) < many:
            return _Found(tuple(found), tuple(t for t in terms if len(t) < SHORTEST_INDEXED))
        return TrigramSearch(drives=False) if walkable else self

    def ranked(self, terms: tuple[str, ...]) -> RankedMatches | None:
        indexed = tuple(t for t in terms if len(t) >= SHORTEST_INDEXED)
        if not indexed:
            return None
        rowid: ColumnElement[int] = literal_column("rowid", BigInteger)
        matches = (
            select(rowid.label("rank"))
            .select_from(text(INDEX))
            .where(literal_column(INDEX).op("MATCH")(match_expression(indexed)))
            .order_by(rowid)
            .subquery("matches")
        )
        return RankedMatches(matches, tuple(_in_names(t) for t in terms if len(t) < SHORTEST_INDEXED))

    @staticmethod
    def _matching(indexed: tuple[str, ...]) -> Select[Any]:
        return (
            select(case_id_of(literal_column("rowid")))
            .select_from(text(INDEX))
            .where(literal_column(INDEX).op("MATCH")(match_expression(indexed)))
        )


# The text the PostgreSQL trigram index holds (migration 0014 writes the same expression): separated by spaces, which
# no word of a search holds, so that a word is never found across two fields.
SERVER_TEXT = (
    "(lower(reference) || ' ' || subject_name_key || ' ' || requester_name_key || ' ' || lower(subject_email) "
    "|| ' ' || lower(requester_email) || ' ' || lower(patient_number))"
)
SERVER_INDEX = "ix_cases_text_trgm"
# What only a PostgreSQL database has beside the models' indexes.
SERVER_ONLY_INDEXES = frozenset({SERVER_INDEX})


def _server_patterns(term: str) -> list[str]:
    """``term`` as the index's text holds it: as a name's accent-free key, and as typed in lower case (an e-mail
    or a reference keeps its accents)."""
    return list(dict.fromkeys(f"%{_escape_like(form)}%" for form in (search_key(term), term.lower())))


def _in_server_text(term: str) -> ColumnElement[bool]:
    found = literal_column(SERVER_TEXT, String)
    return or_(*(found.like(pattern, escape="\\") for pattern in _server_patterns(term)))


class ServerTrigramSearch:
    """The PostgreSQL ``pg_trgm`` index over :data:`SERVER_TEXT`, with the scanned letters' text beside it.

    Few matches are read from the index first and their cases looked up by id (a page sorts a few rows); when many
    cases match, the register's own order is walked and each case tested, which stops as soon as the page is full.
    """

    def condition(self, terms: tuple[str, ...]) -> ColumnElement[bool]:
        return and_(true(), *(or_(_in_server_text(term), _in_scan_text(term)) for term in terms))

    def for_page(self, session: Session, terms: tuple[str, ...], *, walkable: bool) -> TextSearch:
        cases = session.scalar(select(func.max(CaseRow.id))) or 0
        many = max(_PAGE_ROWS, math.isqrt(_PAGE_ROWS * cases // _WALK_COST))
        found = list(session.scalars(self.matching(terms).limit(many)))
        if len(found) < many:
            return _ServerFound(tuple(found))
        return self

    def ranked(self, terms: tuple[str, ...]) -> RankedMatches | None:
        return None

    @staticmethod
    def matching(terms: tuple[str, ...]) -> CompoundSelect[Any]:
        """The ids of the cases holding every one of ``terms``.

        Those holding every word in their own text are read from the index in one scan (GIN intersects the words'
        trigrams itself, so only the matches are read); a case whose scanned letters hold one of the words is then
        tested word by word, its letters included (there are few such letters beside the cases)."""
        in_text = select(CaseRow.id).where(*(_in_server_text(term) for term in terms))
        letters = select(DocumentRow.case_id).where(
            DocumentRow.kind == SCAN_TEXT_KIND,
            DocumentRow.content.is_not(None),
            DocumentRow.deleted_at.is_(None),
            or_(*(_in_letter(term) for term in terms)),
        )
        with_letters = select(CaseRow.id).where(
            CaseRow.id.in_(letters), *(or_(_in_server_text(term), _in_scan_text(term)) for term in terms)
        )
        return in_text.union(with_letters)


class _Found:
    """Matches already read from the index, for one page: the cases are looked up by id."""

    def __init__(self, ids: tuple[int, ...], short: tuple[str, ...]) -> None:
        self._ids = ids
        self._short = short

    def condition(self, terms: tuple[str, ...]) -> ColumnElement[bool]:
        return and_(CaseRow.id.in_(self._ids), *(_in_names(t) for t in self._short))

    def for_page(self, session: Session, terms: tuple[str, ...], *, walkable: bool) -> TextSearch:
        return self

    def ranked(self, terms: tuple[str, ...]) -> RankedMatches | None:
        return None


# A day after the last the register counts in: PostgreSQL sorts a case without a binding date after the others.
_NO_DAY = 2**22 - 1


class _ServerFound(_Found):
    """Few matches already read from the PostgreSQL index: in the register's urgency order they are ranked as the
    register sorts them (urgency, the date that binds with none last, the id) and the page joins the cases on them,
    rather than walking the register's index until the page is full of them."""

    def __init__(self, ids: tuple[int, ...]) -> None:
        super().__init__(ids, ())

    def ranked(self, terms: tuple[str, ...]) -> RankedMatches | None:
        day = func.coalesce(BINDING_DATE - date(1970, 1, 1) + 1, _NO_DAY)
        rank = (
            cast(CaseRow.urgency, BigInteger) * _URGENCY_SHIFT + cast(day, BigInteger) * _DAY_SHIFT + CaseRow.id
        ).label("rank")
        matches = select(rank).where(CaseRow.id.in_(self._ids)).order_by(rank).subquery("matches")
        return RankedMatches(matches, ())


def _printable(character: str) -> bool:
    # Control characters and lone surrogates (an argument that was not UTF-8) can be neither typed nor stored.
    return unicodedata.category(character) not in ("Cc", "Cs")


def search_terms(typed: str) -> tuple[str, ...]:
    """The words of a search as typed: split on spaces, unprintable characters left out, each word once, at most
    :data:`MOST_TERMS` of them (the longest, which narrow the most)."""
    cleaned = unicodedata.normalize("NFC", "".join(c if _printable(c) else " " for c in typed))
    words = list(dict.fromkeys(cleaned.split()))
    if len(words) > MOST_TERMS:
        kept = set(sorted(words, key=len, reverse=True)[:MOST_TERMS])
        words = [w for w in words if w in kept][:MOST_TERMS]
    return tuple(words)


_HAS_INDEX = "lazeo_desk.search.has_index"
_HAS_SERVER_INDEX = "lazeo_desk.search.has_server_index"


def _schema_holds(session: Session, dialect: str, remembered: str, query: str, name: str) -> bool:
    """Whether ``query`` finds ``name`` in the schema of the database in use, on ``dialect`` only; read once per
    connection (a connection outlives many sessions in the pool): an index comes with a migration, run before the
    database is used, or with a restored file, which is opened anew."""
    connection = session.connection()
    if connection.dialect.name != dialect:
        return False
    known = connection.info.get(remembered)
    if known is None:
        known = connection.info[remembered] = connection.execute(text(query), {"name": name}).first() is not None
    return bool(known)


def has_server_index(session: Session) -> bool:
    """Whether the PostgreSQL database in use has the ``pg_trgm`` index."""
    return _schema_holds(
        session, "postgresql", _HAS_SERVER_INDEX,
        "SELECT 1 FROM pg_indexes WHERE schemaname = current_schema() AND indexname = :name", SERVER_INDEX,
    )


def has_index(session: Session) -> bool:
    """Whether the SQLite database in use has the FTS5 trigram index."""
    return _schema_holds(
        session, "sqlite", _HAS_INDEX, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name", INDEX
    )


LIKE = LikeSearch()
TRIGRAMS = TrigramSearch()
SERVER_TRIGRAMS = ServerTrigramSearch()


def for_session(session: Session) -> TextSearch:
    """The search the database of ``session`` answers."""
    if has_index(session):
        return TRIGRAMS
    return SERVER_TRIGRAMS if has_server_index(session) else LIKE


def entries_out_of_step(session: Session) -> int:
    """How many entries of the index are not where the cases put them: a case without its entry at its rank,
    or an entry of no case (0 without the index). FTS5's own ``integrity-check`` cannot tell, as a contentless
    index keeps no text to compare."""
    if not has_index(session):
        return 0
    indexed = set(session.scalars(select(literal_column("rowid", BigInteger)).select_from(text(INDEX))))
    expected = {
        rank_of(urgency, binding, case_id)
        for case_id, urgency, binding in session.execute(
            select(CaseRow.id, CaseRow.urgency, func.coalesce(CaseRow.due_date, CaseRow.strict_due_date))
        )
    }
    return len(indexed ^ expected)


_CASE_COLUMNS = (
    "reference", "subject_name", "requester_name", "subject_email", "requester_email", "patient_number",
    "subject_address", "requester_address", "notes",
)


def rebuild(connection: Any) -> None:
    """Write every case's entry again, as migration 0013 first wrote them (a DB-API connection, in its own
    transaction; for a register filled in bulk with the triggers set aside)."""
    names = ", ".join((*_CASE_COLUMNS, "scan_text"))
    values = ", ".join(f"c.{column}" for column in _CASE_COLUMNS)
    connection.execute(f"DELETE FROM {INDEX}")
    connection.execute(
        f"INSERT INTO {INDEX}(rowid, {names}) SELECT c.urgency * {_URGENCY_SHIFT} + "
        f"coalesce(CAST(julianday(coalesce(c.due_date, c.strict_due_date)) AS INTEGER), 0) * {_DAY_SHIFT} + c.id, "
        f"{values}, (SELECT group_concat(CAST(d.content AS TEXT), char(10)) FROM documents AS d "
        f"WHERE d.case_id = c.id AND d.kind = '{SCAN_TEXT_KIND}' AND d.content IS NOT NULL "
        "AND d.deleted_at IS NULL) FROM cases AS c"
    )


def merge(connection: Any) -> None:
    """Merge the index into one segment, leaving out every entry of a deleted case (a DB-API connection: this
    runs beside VACUUM, outside SQLAlchemy's transactions)."""
    found = connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (INDEX,))
    if found.fetchone() is not None:
        connection.execute(f"INSERT INTO {INDEX}({INDEX}) VALUES ('optimize')")
