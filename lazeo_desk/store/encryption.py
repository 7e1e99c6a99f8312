"""Encryption at rest: the key from the DPO's passphrase (Argon2id), its parameters file, keyed SQLCipher connections.

The database is an SQLCipher file (AES-256, an HMAC on every page) keyed with a raw 256-bit key, so SQLCipher runs
no key derivation of its own: the slow part is Argon2id, tuned here. What is needed to derive the key again — the
Argon2 parameters and a random salt, none of them secret — lives beside the database in ``<file>.keyparams``,
with a check value that tells a wrong passphrase from a damaged database. The key itself is never written, logged
or shown: it only ever reaches SQLCipher through ``PRAGMA key`` on a driver connection, never through SQLAlchemy
(whose error messages quote the statement that failed).
"""

from __future__ import annotations

import base64
import binascii
import errno
import hashlib
import hmac
import json
import os
import secrets
import unicodedata
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from types import ModuleType
from typing import Any

from argon2.low_level import Type, hash_secret_raw

from lazeo_desk.domain.messages import Explained, said

KEY_BYTES = 32
SALT_BYTES = 16
FORMAT = 1
SIDECAR_SUFFIX = ".keyparams"
# Written before a re-key (or a restore) and put in place of the sidecar once the database uses the new key, so
# that an interruption at any moment leaves a file that derives the key the database is encrypted with.
PENDING_SUFFIX = ".keyparams-new"
_PLAIN_HEADER = b"SQLite format 3\x00"
_SMALLEST_PAGE = 512
_CHECK_LABEL = b"lazeo-desk key check v1"
_AUDIT_LABEL = b"lazeo-desk audit chain v1"
# Limits a parameters file must respect: a damaged or hostile file must not make the program allocate
# gigabytes or spin for minutes before saying that the passphrase is wrong. Ten passes over 1 GiB in 8 lanes is
# already some twenty seconds on the reference workstation, and well above the defaults below.
MAX_MEMORY_KIB = 1024 * 1024
MAX_TIME_COST = 10
MAX_PARALLELISM = 8
MAX_SALT_BYTES = 64
# A parameters file is a few hundred bytes: a larger one is not read at all.
_MAX_FILE_BYTES = 4096


class KeyFileError(Explained, ValueError):
    """The parameters file beside an encrypted database is unreadable or damaged."""


@dataclass(frozen=True)
class KdfParams:
    """Argon2id's cost: passes over memory, memory in KiB, lanes (threads)."""

    time_cost: int
    memory_cost: int
    parallelism: int

    def __post_init__(self) -> None:
        problem = kdf_problem(self.time_cost, self.memory_cost, self.parallelism)
        if problem is not None:
            raise ValueError(problem)


def kdf_problem(time_cost: int, memory_cost: int, parallelism: int) -> str | None:
    """Why Argon2id parameters are refused (outside what a workstation derives in seconds), or None.

    Checked before any key is derived, so that a hostile parameters file costs nothing.
    """
    if not 1 <= parallelism <= MAX_PARALLELISM:
        return said("parallelism is {value}, not between 1 and {limit}", value=parallelism, limit=MAX_PARALLELISM)
    if not 1 <= time_cost <= MAX_TIME_COST:
        return said("time_cost is {value}, not between 1 and {limit}", value=time_cost, limit=MAX_TIME_COST)
    if not 8 * parallelism <= memory_cost <= MAX_MEMORY_KIB:
        return said(
            "memory_cost_kib is {value}, not between {low} and {limit}",
            value=memory_cost, low=8 * parallelism, limit=MAX_MEMORY_KIB,
        )
    return None


# About half a second on the reference workstation (2 cores): 4 passes over 256 MiB in 2 lanes. Memory is the
# cost that graphics cards cannot cheapen; a laptop spends it once per start and once per unlock.
DEFAULT_KDF = KdfParams(time_cost=4, memory_cost=256 * 1024, parallelism=2)


def _normalized(passphrase: str) -> bytes:
    # The same passphrase typed on two systems may arrive composed or decomposed ("é" vs "e" + accent).
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_key(passphrase: str, salt: bytes, kdf: KdfParams) -> bytes:
    """The 256-bit database key for ``passphrase`` (Argon2id, RFC 9106)."""
    return hash_secret_raw(
        _normalized(passphrase), salt, kdf.time_cost, kdf.memory_cost, kdf.parallelism, KEY_BYTES, Type.ID
    )


def key_check(key: bytes) -> str:
    """A value that tells whether a key is the right one without revealing anything about it (HMAC-SHA-256)."""
    return hmac.new(key, _CHECK_LABEL, hashlib.sha256).hexdigest()


def audit_key(key: bytes) -> bytes:
    """The key of the audit trail's MACs, derived from the database key under its own label (HKDF's expand step,
    RFC 5869, one block): knowing it does not give the database key, and it is never stored anywhere."""
    return hmac.new(key, _AUDIT_LABEL + b"\x01", hashlib.sha256).digest()


@dataclass(frozen=True)
class KeyParams:
    """What the parameters file holds: how to derive the key again, and a check of the result. Not secret."""

    kdf: KdfParams
    salt: bytes
    check: str

    def matches(self, key: bytes) -> bool:
        return hmac.compare_digest(self.check, key_check(key))

    def to_json(self) -> str:
        return json.dumps({
            "format": FORMAT,
            "kdf": "argon2id",
            "time_cost": self.kdf.time_cost,
            "memory_cost_kib": self.kdf.memory_cost,
            "parallelism": self.kdf.parallelism,
            "salt": base64.b64encode(self.salt).decode("ascii"),
            "key_check": self.check,
            "cipher": "sqlcipher4-raw-key",
        }, indent=2) + "\n"

    @classmethod
    def from_json(cls, text: str) -> KeyParams:
        try:
            data = json.loads(text)
            if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("kdf") != "argon2id":
                raise KeyFileError(said("it is not a lazeo-desk key parameters file of a known format"))
            costs = (int(data["time_cost"]), int(data["memory_cost_kib"]), int(data["parallelism"]))
            out_of_bounds = kdf_problem(*costs)
            if out_of_bounds is not None:
                raise KeyFileError(said("its costs are refused ({problem})", problem=out_of_bounds))
            kdf = KdfParams(*costs)
            salt_text = str(data["salt"])
            if len(salt_text) > 4 * MAX_SALT_BYTES:
                raise KeyFileError(said("it is damaged (salt or check value of the wrong size)"))
            salt = base64.b64decode(salt_text, validate=True)
            check = str(data["key_check"])
        except KeyFileError:
            raise
        except (ValueError, KeyError, TypeError, OverflowError, binascii.Error) as error:
            raise KeyFileError(said("it is damaged ({detail})", detail=type(error).__name__)) from None
        if not SALT_BYTES <= len(salt) <= MAX_SALT_BYTES or len(check) != 64:
            raise KeyFileError(said("it is damaged (salt or check value of the wrong size)"))
        return cls(kdf, salt, check)


def new_key(passphrase: str, kdf: KdfParams | None = None) -> tuple[bytes, KeyParams]:
    """A fresh random salt, the key it gives with ``passphrase``, and the parameters to write beside the file.

    ``kdf`` defaults to :data:`DEFAULT_KDF`.
    """
    kdf = kdf or DEFAULT_KDF
    salt = secrets.token_bytes(SALT_BYTES)
    key = derive_key(passphrase, salt, kdf)
    return key, KeyParams(kdf, salt, key_check(key))


# the parameters file --------------------------------------------------------------------------------------------
def sidecar_path(database: Path) -> Path:
    return database.with_name(database.name + SIDECAR_SUFFIX)


def pending_path(database: Path) -> Path:
    return database.with_name(database.name + PENDING_SUFFIX)


def read_key_params(path: Path) -> KeyParams | None:
    """The parameters in ``path``, or None when there is no such file."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read(_MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        return None
    if len(raw) > _MAX_FILE_BYTES:
        raise KeyFileError(
            said("{file}: {problem}", file=path.name, problem=said("it is too large to be a key parameters file"))
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise KeyFileError(said("{file}: {problem}", file=path.name, problem=said("it is not text"))) from None
    try:
        return KeyParams.from_json(text)
    except KeyFileError as error:
        raise KeyFileError(said("{file}: {problem}", file=path.name, problem=error.sentences[0])) from None


def fsync_folder(folder: Path) -> None:
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def write_key_params(path: Path, params: KeyParams) -> None:
    """Write ``path`` whole or not at all (a temporary file moved into place), readable by its owner only."""
    temporary = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    temporary.unlink(missing_ok=True)
    descriptor = os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as out:
            out.write(params.to_json())
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    fsync_folder(path.parent)


def settle_pending(database: Path, *, adopt: bool) -> None:
    """Finish an interrupted change: the pending parameters replace the sidecar (``adopt``) or are dropped."""
    pending = pending_path(database)
    if adopt:
        os.replace(pending, sidecar_path(database))
    else:
        pending.unlink(missing_ok=True)
    fsync_folder(database.parent)


# the database file ----------------------------------------------------------------------------------------------
class FileKind(Enum):
    """What is at a database path, judged from its first bytes and its size."""

    ABSENT = "absent"  # no file, or an empty one: a database still to be created
    PLAIN = "plain"  # SQLite's header
    ENCRYPTED = "encrypted"  # no readable header, whole pages: what SQLCipher writes
    OTHER = "other"  # some other file (a PDF, a text): not a database at all


def file_kind(path: Path) -> FileKind:
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(_PLAIN_HEADER))
            size = os.fstat(handle.fileno()).st_size
    except FileNotFoundError:
        return FileKind.ABSENT
    except IsADirectoryError:
        # The reason is a sentence of its own, so that the message quoting it can be translated whole.
        raise OSError(errno.EISDIR, said("it is a folder, not a database file"), str(path)) from None
    if not head:
        return FileKind.ABSENT
    if head == _PLAIN_HEADER:
        return FileKind.PLAIN
    # An encrypted file looks random from its first byte; only its length, whole pages of at least 512
    # bytes, tells it from another program's file.
    return FileKind.ENCRYPTED if size % _SMALLEST_PAGE == 0 else FileKind.OTHER


def sqlcipher() -> ModuleType:
    """The SQLCipher driver (sqlite3's interface, with encryption)."""
    import sqlcipher3

    return sqlcipher3


def _key_pragma(key: bytes, pragma: str = "key") -> str:
    if len(key) != KEY_BYTES:
        raise ValueError(f"an encryption key has {KEY_BYTES} bytes")
    # x'…' hands SQLCipher the raw key: no second key derivation inside SQLCipher.
    return f"PRAGMA {pragma} = \"x'{key.hex()}'\""


def apply_key(connection: Any, key: bytes) -> None:
    """Key a fresh driver connection, then read the schema: a wrong key fails here, before anything is written.

    SQLCipher reports a page it cannot decrypt on standard error as well as in the exception; the report goes
    to the exception only, so that the command line prints one line.
    """
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(_key_pragma(key))
    connection.execute("SELECT count(*) FROM sqlite_master").fetchone()


def connect(dbapi: Any, *args: Any, key: bytes, **kwargs: Any) -> Any:
    """A driver connection (``dbapi.connect(*args, **kwargs)``) keyed with ``key``; closed again if the key fails."""
    connection = dbapi.connect(*args, **kwargs)
    try:
        apply_key(connection, key)
    except BaseException:
        connection.close()
        raise
    return connection


def key_opens(path: Path, key: bytes) -> bool:
    """Whether ``key`` decrypts the database at ``path`` (only reads it)."""
    dbapi = sqlcipher()
    try:
        connect(dbapi, str(path), key=key).close()
    except dbapi.DatabaseError as error:
        if "not a database" in str(error).lower():
            return False
        raise
    return True


def rekey(connection: Any, new_key: bytes) -> None:
    """Re-encrypt every page with ``new_key`` in one transaction: an interruption leaves the old key in force."""
    connection.execute(_key_pragma(new_key, "rekey"))
