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

The text recognised on a case's scanned letters (documents of kind "scan-text") is searched too, through a second
index of the same kind (``scan_search``, migration 0013): contentless, one row per case holding the texts of all its
letters, the case's id as rowid (a search reads case ids from the index alone, without looking up a document),
written anew by triggers on ``documents`` whenever a text is stored, erased, or removed with its purged case. Every
word of a search must be found in the case's own fields or in one of its recognised texts, each word in either:
"lefèvre" in the name and "kinésithérapie" in the letter find the case. A search reads that index first; in the
common case, where no recognised text holds any of the words, the search is the cases' index alone.
"""

from __future__ import annotations

import math
import unicodedata
from typing import Any, Protocol

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    String,
    and_,
    bindparam,
    exists,
    func,
    literal_column,
    or_,
    select,
    text,
    true,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from lazeo_desk.store.cases import search_key
from lazeo_desk.store.documents import DocumentKind
from lazeo_desk.store.models import CaseRow, DocumentRow

INDEX = "case_search"
# The index of the texts recognised on scanned letters (documents of kind "scan-text").
SCAN_INDEX = "scan_search"
# The tables FTS5 keeps the indexes in, beside the virtual tables themselves: the schema has them, the models do not.
INDEX_TABLES = frozenset(
    name
    for index in (INDEX, SCAN_INDEX)
    for name in (index, *(f"{index}_{part}" for part in ("data", "idx", "docsize", "config")))
)
# What the search without an index calls on SQLite to read a recognised text as its words are compared.
FOLD_FUNCTION = "lazeo_search_key"
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
        CaseRow.patient_number.like(f"%{_escape_like(term)}%", escape="\\"),
    )


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
def _folded_by_function(element: _Folded, compiler: SQLCompiler, **kw: Any) -> str:
    return f"{FOLD_FUNCTION}({compiler.process(element.clauses, **kw)})"


@compiles(_Folded, "postgresql")
def _folded_in_postgresql(element: _Folded, compiler: SQLCompiler, **kw: Any) -> str:
    # Lower case only: the accents stay unless the unaccent extension is installed, which is not assumed here.
    return f"lower(convert_from({compiler.process(element.clauses, **kw)}, 'UTF8'))"


def _in_scan_texts(term: str) -> ColumnElement[bool]:
    """``term`` in one of the case's recognised texts still kept (a correlated scan of its documents)."""
    return exists().where(
        DocumentRow.case_id == CaseRow.id,
        # The kind first: a document's later columns lie past its content, which may be a large file.
        DocumentRow.kind == DocumentKind.SCAN_TEXT.value,
        DocumentRow.deleted_at.is_(None),
        _Folded(DocumentRow.content).like(f"%{_escape_like(search_key(term))}%", escape="\\"),
    )


class LikeSearch:
    """A scan of the reference, names, e-mails and patient number, and of the recognised texts: every word must be
    found in one of them (a word shorter than the index's fragments is not looked for in the texts, as with it)."""

    def condition(self, terms: tuple[str, ...]) -> ColumnElement[bool]:
        return and_(
            true(),
            *(
                or_(_anywhere(term), _in_scan_texts(term)) if len(term) >= SHORTEST_INDEXED else _anywhere(term)
                for term in terms
            ),
        )

    def for_page(self, session: Session, terms: tuple[str, ...], *, walkable: bool) -> TextSearch:
        # The engine's own plan already walks the register's index and stops at the page.
        return self


def match_expression(terms: tuple[str, ...]) -> str:
    """An FTS5 query finding every one of ``terms`` as a fragment: each is one quoted string, so that nothing the
    user typed (quotes, ``*``, ``-``, ``NEAR``, ``AND``, parentheses, ``:``) is read as query syntax."""
    return " ".join('"' + term.replace('"', '""') + '"' for term in terms)


def match_any_expression(terms: tuple[str, ...]) -> str:
    """An FTS5 query finding any one of ``terms`` as a fragment (each quoted as in :func:`match_expression`)."""
    return " OR ".join(match_expression((term,)) for term in terms)


# The id of the case a condition is on: the column, or the column hidden from the planner (see TrigramSearch).
_CaseId = ColumnElement[int] | InstrumentedAttribute[int]


def _matching_in(index: str, expression: str) -> Select[tuple[Any]]:
    return (
        select(literal_column("rowid"))
        .select_from(text(index))
        .where(literal_column(index).op("MATCH")(expression))
    )


def _in_index(case_id: _CaseId, index: str, expression: str) -> ColumnElement[bool]:
    """The case's row of ``index`` matches the FTS5 query ``expression`` (both indexes have the case's id as
    rowid)."""
    return case_id.in_(_matching_in(index, expression).scalar_subquery())


def _each_word_in_fields_or_texts(case_id: _CaseId, indexed: tuple[str, ...]) -> list[ColumnElement[bool]]:
    words = [match_expression((term,)) for term in indexed]
    return [or_(_in_index(case_id, INDEX, word), _in_index(case_id, SCAN_INDEX, word)) for word in words]


def _through_scan_texts(case_id: _CaseId, indexed: tuple[str, ...]) -> ColumnElement[bool]:
    """Every one of ``indexed`` is in the case's fields or in its recognised texts, and one at least in a text:
    the cases a search finds beside those whose own fields hold every word."""
    # The cases whose texts hold any of the words come first: few, and none in the common case.
    with_texts = _in_index(case_id, SCAN_INDEX, match_any_expression(indexed))
    if len(indexed) == 1:
        return with_texts
    return and_(with_texts, *_each_word_in_fields_or_texts(case_id, indexed))


def _first_matching_in(index: str) -> Select[tuple[Any]]:
    """The first ``many`` rows of ``index`` matching the FTS5 query ``words`` (both given when it is run): built
    once, as a keystroke runs it every time."""
    return (
        select(literal_column("rowid"))
        .select_from(text(index))
        .where(literal_column(index).op("MATCH")(bindparam("words", type_=String)))
        .limit(bindparam("many", type_=Integer))
    )


_FIRST_IN_FIELDS = _first_matching_in(INDEX)
_FIRST_IN_TEXTS = _first_matching_in(SCAN_INDEX)


def _first_through_scan_texts(indexed: tuple[str, ...]) -> Select[tuple[Any]]:
    """The first ``many`` cases of :func:`_through_scan_texts` (the FTS5 query ``words`` finding any of ``indexed``,
    and ``many``, given when it is run)."""
    if len(indexed) == 1:
        return _FIRST_IN_TEXTS
    # "+ 0": the planner would otherwise read the ORs of rowids as a union of lookups in the index, where the
    # MATCH that selects its rows can no longer be used (SQLite refuses the query).
    rowid: ColumnElement[int] = literal_column("rowid") + 0
    return _FIRST_IN_TEXTS.where(*_each_word_in_fields_or_texts(rowid, indexed))


class TrigramSearch:
    """The FTS5 trigram indexes: words of three characters or more through the indexes of the cases and of the
    recognised texts, shorter ones in the reference and the names only (the indexes cannot look them up).

    ``drives``: the matches are read first and the cases looked up by id (few matches); otherwise the cases are
    read in the order of an index and each kept if it is among the matches (see :meth:`for_page`).
    ``through_texts``: the cases found through their recognised texts, when already read (see
    :func:`_through_scan_texts`); None to look them up in the query.
    """

    def __init__(self, *, drives: bool = True, through_texts: tuple[int, ...] | None = None) -> None:
        self._drives = drives
        self._through_texts = through_texts

    @property
    def walks(self) -> bool:
        """Whether the cases are read in the order of an index, each kept if it is among the matches."""
        return not self._drives

    def condition(self, terms: tuple[str, ...]) -> ColumnElement[bool]:
        indexed = tuple(t for t in terms if len(t) >= SHORTEST_INDEXED)
        short = [_in_names(t) for t in terms if len(t) < SHORTEST_INDEXED]
        if not indexed:
            return and_(true(), *short)
        # "+ 0" hides the id from the planner, which can then no longer look the cases up from the matches.
        case_id = CaseRow.id if self._drives else CaseRow.id + 0
        in_fields = case_id.in_(self._matching(indexed).scalar_subquery())
        if self._through_texts is None:
            found = or_(in_fields, _through_scan_texts(case_id, indexed))
        elif self._through_texts:
            found = or_(in_fields, case_id.in_(self._through_texts))
        else:
            found = in_fields
        return and_(found, *short)

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
        # The cases found through their recognised texts, when they are few enough to be listed (usually none).
        texts = list(session.scalars(_first_through_scan_texts(indexed), {"words": match_any_expression(indexed),
                                                                          "many": many}))
        through_texts = tuple(texts) if len(texts) < many else None
        found = list(session.scalars(_FIRST_IN_FIELDS, {"words": match_expression(indexed), "many": many}))
        if len(found) < many and through_texts is not None:
            return _Found(tuple(dict.fromkeys((*found, *through_texts))),
                          tuple(t for t in terms if len(t) < SHORTEST_INDEXED))
        return TrigramSearch(drives=not walkable, through_texts=through_texts)

    @staticmethod
    def _matching(indexed: tuple[str, ...]) -> Select[tuple[Any]]:
        return _matching_in(INDEX, match_expression(indexed))


class _Found:
    """Matches already read from the indexes, for one page: the cases are looked up by id."""

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
    """Whether the database in use has the trigram indexes (of the cases and of the recognised texts).

    Read from the schema once per connection (a connection outlives many sessions in the pool): the indexes come
    with migrations, run before the database is used, or with a restored file, which is opened anew.
    """
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return False
    known = connection.info.get(_HAS_INDEX)
    if known is None:
        found = connection.execute(
            text("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN (:cases, :texts)"),
            {"cases": INDEX, "texts": SCAN_INDEX},
        )
        known = connection.info[_HAS_INDEX] = found.scalar() == 2
    return bool(known)


LIKE = LikeSearch()
TRIGRAMS = TrigramSearch()


def for_session(session: Session) -> TextSearch:
    """The search the database of ``session`` answers."""
    return TRIGRAMS if has_index(session) else LIKE


def merge(connection: Any) -> None:
    """Merge each index into one segment, leaving out every entry of a deleted case or recognised text (a DB-API
    connection: this runs beside VACUUM, outside SQLAlchemy's transactions)."""
    for index in (INDEX, SCAN_INDEX):
        found = connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (index,))
        if found.fetchone() is not None:
            connection.execute(f"INSERT INTO {index}({index}) VALUES ('optimize')")
