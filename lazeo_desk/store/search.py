"""The register's text search: a full-text index where the engine has one, a scan of the main columns where not.

On SQLite the index is an FTS5 table with the trigram tokenizer (``case_search``, created by migration 0010): it
finds any fragment of three characters or more in the reference, the names, e-mails, patient number, postal
addresses and notes, whatever the case and the accents ("lefevre" finds "Lefèvre"). It is an external-content
index over ``cases``: it holds no copy of the text, only the trigrams, and triggers keep it in step with every
write to the table (a case added, edited, imported, purged), whoever makes it. A deleted case's trigrams are
only marked deleted until the index's segments are merged: :func:`merge` merges them all, and
``Database.compact()`` calls it, so that a purge leaves nothing of the case in the index either. (FTS5's
``secure-delete`` option would remove them at once, but with it SQLite 3.51's integrity check reports a false
corruption on a connection that has not read the index since another program wrote to it.)

The index is derived data: the audit trail neither hashes nor records it (a case's state is read from ``cases``),
and a backup copies it with the rest of the file. An engine without it — an SQLite too old for the tokenizer's
``remove_diacritics``, or another engine — is searched by :class:`LikeSearch`; PostgreSQL can plug in a
``pg_trgm`` index the same way, as another :class:`TextSearch` chosen by :func:`for_session`.
"""

from __future__ import annotations

import math
import unicodedata
from typing import Any, Protocol

from sqlalchemy import ColumnElement, Select, and_, func, literal_column, or_, select, text, true
from sqlalchemy.orm import Session

from lazeo_desk.store.cases import search_key
from lazeo_desk.store.models import CaseRow

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


def not_index_table(name: str | None, type_: str, _parent: Any) -> bool:
    """For Alembic's schema comparison: the index's tables are FTS5's, not the models'."""
    return not (type_ == "table" and name in INDEX_TABLES)


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


def _anywhere(term: str) -> ColumnElement[bool]:
    plain = f"%{_escape_like(term.lower())}%"
    return or_(
        _in_names(term),
        func.lower(CaseRow.subject_email).like(plain, escape="\\"),
        func.lower(CaseRow.requester_email).like(plain, escape="\\"),
        # In any case on every engine (SQLite's LIKE ignores the case of ASCII letters, PostgreSQL's does not).
        CaseRow.patient_number.ilike(f"%{_escape_like(term)}%", escape="\\"),
    )


class LikeSearch:
    """A scan of the reference, names, e-mails and patient number: every word must be found in one of them."""

    def condition(self, terms: tuple[str, ...]) -> ColumnElement[bool]:
        return and_(true(), *(_anywhere(term) for term in terms))

    def for_page(self, session: Session, terms: tuple[str, ...], *, walkable: bool) -> TextSearch:
        # The engine's own plan already walks the register's index and stops at the page.
        return self


def match_expression(terms: tuple[str, ...]) -> str:
    """An FTS5 query finding every one of ``terms`` as a fragment: each is one quoted string, so that nothing the
    user typed (quotes, ``*``, ``-``, ``NEAR``, ``AND``, parentheses, ``:``) is read as query syntax."""
    return " ".join('"' + term.replace('"', '""') + '"' for term in terms)


class TrigramSearch:
    """The FTS5 trigram index: words of three characters or more through the index, shorter ones in the
    reference and the names only (the index cannot look them up).

    ``drives``: the matches are read first and the cases looked up by id (few matches); otherwise the cases are
    read in the order of an index and each kept if it is among the matches (see :meth:`in_register_order`).
    """

    def __init__(self, *, drives: bool = True) -> None:
        self._drives = drives

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
        # matches in rowid order and stops at the limit: reading up to it costs little, and fewer are kept.
        cases = session.scalar(select(func.max(CaseRow.id))) or 0
        many = max(_PAGE_ROWS, math.isqrt(_PAGE_ROWS * cases // _WALK_COST))
        found = list(session.scalars(self._matching(indexed).limit(many)))
        if len(found) < many:
            return _Found(tuple(found), tuple(t for t in terms if len(t) < SHORTEST_INDEXED))
        return TrigramSearch(drives=False) if walkable else self

    @staticmethod
    def _matching(indexed: tuple[str, ...]) -> Select[tuple[Any]]:
        return (
            select(literal_column("rowid"))
            .select_from(text(INDEX))
            .where(literal_column(INDEX).op("MATCH")(match_expression(indexed)))
        )


class _Found:
    """Matches already read from the index, for one page: the cases are looked up by id."""

    def __init__(self, ids: tuple[int, ...], short: tuple[str, ...]) -> None:
        self._ids = ids
        self._short = short

    def condition(self, terms: tuple[str, ...]) -> ColumnElement[bool]:
        return and_(CaseRow.id.in_(self._ids), *(_in_names(t) for t in self._short))

    def for_page(self, session: Session, terms: tuple[str, ...], *, walkable: bool) -> TextSearch:
        return self


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


def has_index(session: Session) -> bool:
    """Whether the database in use has the trigram index.

    Read from the schema once per connection (a connection outlives many sessions in the pool): the index comes
    with a migration, run before the database is used, or with a restored file, which is opened anew.
    """
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return False
    known = connection.info.get(_HAS_INDEX)
    if known is None:
        found = connection.execute(
            text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name"), {"name": INDEX}
        )
        known = connection.info[_HAS_INDEX] = found.first() is not None
    return bool(known)


LIKE = LikeSearch()
TRIGRAMS = TrigramSearch()


def for_session(session: Session) -> TextSearch:
    """The search the database of ``session`` answers."""
    return TRIGRAMS if has_index(session) else LIKE


def merge(connection: Any) -> None:
    """Merge the index into one segment, leaving out every entry of a deleted case (a DB-API connection: this
    runs beside VACUUM, outside SQLAlchemy's transactions)."""
    found = connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (INDEX,))
    if found.fetchone() is not None:
        connection.execute(f"INSERT INTO {INDEX}({INDEX}) VALUES ('optimize')")
