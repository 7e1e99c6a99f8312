"""The versions of the processing register (GDPR Art 30): only ever added, the latest in force.

With no version stored, the register in force is the privacy policy's (:data:`DEFAULT_REGISTER`); it is stored as
version 1 the first time a version is needed (an access response sent, or the first edit), so that what a letter
printed is always kept in the database and recorded in the audit trail.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lazeo_desk.domain.messages import Message, said
from lazeo_desk.domain.organisation import DEFAULT_REGISTER, ProcessingRegister
from lazeo_desk.store.models import ProcessingRegisterVersionRow
from lazeo_desk.store.sentences import decode_lines, encode_lines

# The summary of version 1 when it is the policy's register, stored the first time it is needed.
POLICY_VERSION_SUMMARY = said("the register of the privacy policy")


@dataclass(frozen=True)
class RegisterVersion:
    """One stored version: its number, when (aware, UTC) and by whom it was saved, the register, and what
    changed."""

    number: int
    created_at: datetime
    actor: str
    register: ProcessingRegister
    changes: tuple[str, ...]


def _encoded(register: ProcessingRegister) -> str:
    return json.dumps(register.to_dict(), ensure_ascii=False, sort_keys=True)


def _version(row: ProcessingRegisterVersionRow) -> RegisterVersion:
    changes = decode_lines(row.sentences) or tuple(line for line in row.summary.split("\n") if line)
    return RegisterVersion(
        row.version, row.created_at.replace(tzinfo=UTC), row.actor,
        ProcessingRegister.from_dict(json.loads(row.content)), changes,
    )


def latest_number(session: Session) -> int | None:
    """The number of the version in force; None while none is stored (the policy's register is in force)."""
    found: int | None = session.scalar(select(func.max(ProcessingRegisterVersionRow.version)))
    return found


def current(session: Session) -> tuple[int | None, ProcessingRegister]:
    """The version in force and its register (None and the policy's register while none is stored)."""
    number = latest_number(session)
    if number is None:
        return None, DEFAULT_REGISTER
    return number, version(session, number).register


def version(session: Session, number: int) -> RegisterVersion:
    """Version ``number``; KeyError when it was never stored."""
    row = session.get(ProcessingRegisterVersionRow, number)
    if row is None:
        raise KeyError(number)
    return _version(row)


def versions(session: Session) -> list[RegisterVersion]:
    """Every stored version, newest first."""
    rows = session.scalars(select(ProcessingRegisterVersionRow).order_by(ProcessingRegisterVersionRow.version.desc()))
    return [_version(row) for row in rows]


def add_version(
    session: Session, register: ProcessingRegister, *, actor: str, at: datetime, changes: Sequence[Message]
) -> int:
    """Store ``register`` as the next version (``at`` naive UTC); returns its number."""
    number = (latest_number(session) or 0) + 1
    session.add(
        ProcessingRegisterVersionRow(
            version=number, created_at=at, actor=actor, content=_encoded(register),
            summary="\n".join(str(line) for line in changes), sentences=encode_lines(list(changes)),
        )
    )
    session.flush()
    return number


def ensure_policy_version(session: Session, *, actor: str, at: datetime) -> int:
    """Store the policy's register as version 1 when no version is stored yet; returns 1. Every later version
    comes after it, so that a letter drafted before any edit printed version 1."""
    if latest_number(session) is None:
        add_version(session, DEFAULT_REGISTER, actor=actor, at=at, changes=(POLICY_VERSION_SUMMARY,))
    return 1
