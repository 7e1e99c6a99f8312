"""Whether a database is whole: SQLite's own check, the schema revision, each stored file against its hash."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Connection, create_engine, func, inspect, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from lazeo_desk.domain.messages import said
from lazeo_desk.store import encryption
from lazeo_desk.store.audit import ChainReport, anchor_path, compare_anchor, read_anchor, verify_chain, verify_states
from lazeo_desk.store.database import alembic_config
from lazeo_desk.store.models import CaseRow, DocumentRow, LetterRow

# Rows holding blobs are read a few at a time: a database may hold gigabytes of scans.
_BLOB_BATCH = 16
# A damaged page can produce hundreds of lines; the first ones say enough to act.
_SHOWN = 10


def sqlite_problems(connection: Connection) -> list[str]:
    """What ``PRAGMA integrity_check`` and ``foreign_key_check`` find (nothing when the file is sound).

    An encrypted database is first checked page by page against each page's HMAC (SQLCipher's own check; plain
    SQLite ignores the pragma): a page altered on disk cannot be decrypted, and SQLite's check would only fail.
    """
    result = connection.exec_driver_sql("PRAGMA cipher_integrity_check")
    cipher = [line for row in result if (line := str(row[0]).strip())] if result.returns_rows else []
    if cipher:
        shown: list[str] = [said("SQLCipher page check: {problem}", problem=line) for line in cipher[:_SHOWN]]
        if len(cipher) > _SHOWN:
            shown.append(said("SQLCipher page check: … and {count} more", count=len(cipher) - _SHOWN))
        return shown
    found = [
        line.strip()
        for (text,) in connection.exec_driver_sql("PRAGMA integrity_check")
        for line in str(text).splitlines()
        if line.strip() and not line.startswith("*** in database")
    ]
    problems: list[str] = []
    if found != ["ok"]:
        problems += [said("SQLite integrity check: {problem}", problem=line) for line in found[:_SHOWN]]
    if len(found) > _SHOWN:
        problems.append(said("SQLite integrity check: … and {count} more", count=len(found) - _SHOWN))
    for table, rowid, parent, _constraint in connection.exec_driver_sql("PRAGMA foreign_key_check"):
        problems.append(
            said(
                "{table} row {row} refers to a {parent} row that does not exist",
                table=str(table),
                row=str(rowid),
                parent=str(parent),
            )
        )
    return problems


def schema_revision(connection: Connection) -> str | None:
    """The Alembic revision the database is at (None: not a lazeo-desk database, or an empty one)."""
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def revision_known(revision: str) -> bool:
    """Whether this version of the program knows ``revision`` (a newer program's database is not known)."""
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False


@dataclass(frozen=True)
class ContentReport:
    """Stored documents and letters checked against the SHA-256 recorded when they were stored."""

    documents: int = 0
    letters: int = 0
    erased: int = 0
    problems: list[str] = field(default_factory=list)

    def describe(self) -> str:
        erased = f" ({self.erased} erased as required, not checked)" if self.erased else ""
        if self.problems:
            checked = self.documents + self.letters
            return f"Stored files: {len(self.problems)} of {checked} do not match their SHA-256"
        return (
            f"Stored files: {self.documents} documents and {self.letters} letters match their SHA-256{erased}"
        )


def _sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def content_report(session: Session) -> ContentReport:
    """Hash every stored document and letter PDF again and compare."""
    problems: list[str] = []
    documents = letters = erased = 0
    document_query = (
        select(DocumentRow.id, CaseRow.reference, DocumentRow.filename, DocumentRow.size, DocumentRow.sha256,
               DocumentRow.content)
        .outerjoin(CaseRow, CaseRow.id == DocumentRow.case_id)
        .order_by(DocumentRow.id)
    )
    for doc_id, reference, filename, size, expected, content in session.execute(
        document_query.execution_options(yield_per=_BLOB_BATCH)
    ):
        if content is None:
            erased += 1
            continue
        documents += 1
        if reference:
            where = said("document #{document} '{file}' of {reference}", document=str(doc_id), file=filename,
                         reference=reference)
        else:
            where = said("document #{document} '{file}'", document=str(doc_id), file=filename)
        if _sha256(content) != expected:
            problems.append(
                said("{document}: the stored bytes no longer match their SHA-256 (altered or damaged)", document=where)
            )
        elif len(content) != size:
            problems.append(
                said("{document}: {stored} bytes stored, {recorded} recorded", document=where, stored=len(content),
                     recorded=size)
            )
    letter_query = (
        select(LetterRow.id, CaseRow.reference, LetterRow.kind, LetterRow.sent_on, LetterRow.sha256,
               LetterRow.pdf)
        .outerjoin(CaseRow, CaseRow.id == LetterRow.case_id)
        .order_by(LetterRow.id)
    )
    for letter_id, reference, kind, sent_on, expected, pdf in session.execute(
        letter_query.execution_options(yield_per=_BLOB_BATCH)
    ):
        letters += 1
        if _sha256(pdf) != expected:
            problems.append(
                said(
                    "letter #{letter} ({kind} of {day}, {reference}): the stored PDF no longer matches its "
                    "SHA-256 (altered or damaged)",
                    letter=str(letter_id),
                    kind=kind,
                    day=sent_on,
                    reference=reference or said("no case"),
                )
            )
    return ContentReport(documents, letters, erased, problems)


def anchor_problems(session: Session, database: Path, chain: ChainReport) -> list[str]:
    """The trail against the anchor file beside ``database`` (``<database>.anchor``), when there is one."""
    anchor_file = anchor_path(database)
    try:
        anchor = read_anchor(anchor_file)
    except (OSError, ValueError):
        return [said("the anchor file {file} cannot be read as an anchor (damaged or replaced)", file=anchor_file.name)]
    if anchor is None:
        return []
    reason = compare_anchor(session, anchor)
    return [said("{file}: {reason}", file=anchor_file.name, reason=reason)] if reason else []


@dataclass(frozen=True)
class FileReport:
    """What :func:`inspect_file` found in a file (a backup about to be restored, or one just written)."""

    path: Path
    revision: str | None
    cases: int
    chain: ChainReport | None
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


def read_only_connector(dbapi: Any, path: Path, key: bytes | None = None) -> Callable[[], Any]:
    """A function opening ``path`` read-only with the driver ``dbapi`` (sqlite3, or a compatible one).

    Opening read-only never changes the file: no journal mode switch, no migration, no WAL file beside it.
    With ``key``, the connection is keyed for an encrypted file (``dbapi`` is then SQLCipher's driver).
    """

    def connect() -> Any:
        uri = f"file:{quote(str(path))}?mode=ro"
        if key is None:
            return dbapi.connect(uri, uri=True)
        return encryption.connect(dbapi, uri, uri=True, key=key)

    return connect


def inspect_file(path: Path, dbapi: Any, key: bytes | None = None) -> FileReport:
    """Check a database file without changing it: SQLite's check, revision, audit chain, stored files.

    An encrypted file is read with its ``key`` and SQLCipher's driver as ``dbapi``.
    """
    engine = create_engine(
        "sqlite://", module=dbapi, creator=read_only_connector(dbapi, path, key), poolclass=NullPool
    )
    problems: list[str] = []
    revision: str | None = None
    chain: ChainReport | None = None
    cases = 0
    try:
        with engine.connect() as connection:
            problems += sqlite_problems(connection)
            if problems:
                return FileReport(path, None, 0, None, problems)
            revision = schema_revision(connection)
            tables = set(inspect(connection).get_table_names())
            if revision is None or "cases" not in tables:
                problems.append(said("this file is not a lazeo-desk database"))
                return FileReport(path, revision, 0, None, problems)
            if not revision_known(revision):
                problems.append(
                    said(
                        "the database is at schema revision {revision}, which this version of lazeo-desk does "
                        "not know (it was written by a newer version)",
                        revision=revision,
                    )
                )
            with Session(bind=connection) as session:
                cases = int(session.scalar(select(func.count()).select_from(CaseRow)) or 0)
                if "audit" in tables:
                    chain = verify_chain(session, encryption.audit_key(key) if key is not None else None)
                    if not chain.ok:
                        problems.append(chain.describe())
                    problems += verify_states(session, chain)[1]
                    problems += anchor_problems(session, path, chain)
                if "documents" in tables and "letters" in tables:
                    problems += content_report(session).problems
    except (DBAPIError, dbapi.Error) as error:
        detail = str(getattr(error, "orig", error))
        problems.append(said("the file cannot be read as a database: {detail}", detail=detail))
    finally:
        engine.dispose()
    return FileReport(path, revision, cases, chain, problems)
