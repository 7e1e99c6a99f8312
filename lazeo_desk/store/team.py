"""Team mode on a PostgreSQL server: the app's roles, what each may do, and who belongs to the team.

Each person signs in as their own PostgreSQL login role, a member of one of three group roles:

- ``lazeo_dpo``: everything;
- ``lazeo_assistant``: the cases of their centres (read, add, change), never a case's deletion (purge), the
  settings or the register of processing (read only);
- ``lazeo_auditor``: reads everything and writes nothing but the audit trail's record of what they viewed.

The server enforces it, so that a hand-written SQL client gets no more than the window: GRANTs per table, and
row-level security (enabled and forced) on the cases, the rows hanging from a case and the audit trail. An
assistant sees a case when its centre is one of theirs in ``team_members``; a case without a centre is seen by the
DPO and the auditor only. A row hanging from a case (its rights, events, letters, documents, audit entries) is
seen when the case is: its policy reads ``cases`` as the person asking, under that table's own policy. Documents
that belong to no case (the letterhead's images) are seen by every role, since printing a letter needs them. Of the
audit entries about no one case an assistant sees only those recording case states (a move, a bulk load).

The audit trail's actor is the database role: a trigger refuses an entry whose actor is not ``session_user``
(the login role, which a member cannot change with ``SET ROLE``). It refuses rather than rewrites, because the
client hash-chains each entry with its actor: the program writes the role's name itself (see
:func:`lazeo_desk.store.audit.system_actor` and :mod:`lazeo_desk.services.actor`), and the server checks it.
The same trigger makes the trail append-only for every role: no entry is changed or deleted, except the redaction of
a purged case's details; the head only moves forward.

Everything here is made by :func:`set_up` (``lazeo-desk init-server``), run by a superuser or the database owner
after the migrations; it converges: a second run leaves the same roles, grants, policies and trigger. None of it
exists in an SQLite file, which one DPO keeps alone. PostgreSQL roles belong to the whole server, not to one database: a
person is the same app role on every lazeo-desk database of a server; their centres are per database.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, text

from lazeo_desk.domain.messages import said
from lazeo_desk.store.audit import redaction_marker


class AppRole(StrEnum):
    """What a person of the team may do (the group role they are a member of)."""

    DPO = "dpo"
    ASSISTANT = "assistant"
    AUDITOR = "auditor"

    @property
    def group(self) -> str:
        return f"lazeo_{self.value}"


GROUPS = tuple(role.group for role in AppRole)
MEMBERS = "team_members"
# The tables of the cases, each with how one of its rows finds its case (None: it is the case).
_CASE_TABLES: dict[str, str | None] = {
    "cases": None,
    "case_rights": "case_rights.case_id",
    "events": "events.case_id",
    "letters": "letters.case_id",
    "documents": "documents.case_id",
}
_APP_TABLES = (
    "cases", "case_rights", "events", "letters", "documents", "reference_counters", "settings",
    "processing_register_versions", "audit", "audit_head", "case_statistics", "alembic_version",
)
# What an assistant may write: a case and what hangs from it (not delete a case: purging is the DPO's), the
# reference counter, and the audit chain's entries and head.
_ASSISTANT_WRITES: dict[str, str] = {
    "cases": "INSERT, UPDATE",
    "case_rights": "INSERT, UPDATE, DELETE",
    "events": "INSERT, UPDATE, DELETE",
    "letters": "INSERT, UPDATE, DELETE",
    "documents": "INSERT, UPDATE, DELETE",
    "reference_counters": "INSERT, UPDATE",
    "audit": "INSERT",
    "audit_head": "UPDATE",
}
# An auditor's views and exports are recorded in the trail like anyone's: the one thing they write.
_AUDITOR_WRITES: dict[str, str] = {"audit": "INSERT", "audit_head": "UPDATE"}
# A login role's name as the commands accept it: what needs no quoting, and not one of PostgreSQL's or ours.
_ROLE_NAME = re.compile(r"[a-z][a-z0-9_]{0,62}")
_RESERVED_PREFIXES = ("pg_", "lazeo_")


class TeamError(ValueError):
    """A person or role the server cannot take as given (the sentence names what is wrong)."""


@dataclass(frozen=True)
class Person:
    """A member of the team: their login role, what they may do, and their centres (assistants only)."""

    role_name: str
    role: AppRole
    centres: tuple[str, ...] = ()


def check_role_name(name: str) -> str:
    """``name`` when it can be a person's login role; :class:`TeamError` naming the rule otherwise."""
    if not _ROLE_NAME.fullmatch(name) or name.startswith(_RESERVED_PREFIXES):
        raise TeamError(said(
            "role name: {name} is not usable (lower-case letters, digits and _, starting with a letter, at most "
            "63, not beginning with pg_ or lazeo_)",
            name=name,
        ))
    return name


def _quoted(connection: Connection, name: str) -> str:
    return str(connection.execute(text("SELECT quote_ident(:name)"), {"name": name}).scalar_one())


def session_role(connection: Connection) -> str:
    """The login role of this connection (what the audit trigger expects as the actor)."""
    return str(connection.execute(text("SELECT session_user")).scalar_one())


def is_set_up(connection: Connection) -> bool:
    """Whether ``init-server`` made the team's table in this database's schema."""
    return connection.execute(text("SELECT to_regclass(:name) IS NOT NULL"), {"name": MEMBERS}).scalar_one()


def app_role_of(connection: Connection) -> AppRole | None:
    """The app role of whoever this connection signed in as (None: in no group; a superuser, who may do
    everything, is a DPO)."""
    for role in AppRole:
        member = connection.execute(
            text("SELECT pg_has_role(session_user, :group, 'MEMBER')"), {"group": role.group}
        ).scalar_one()
        if member:
            return role
    return None


def sees_part_only(connection: Connection) -> bool:
    """Whether this connection's person sees only part of the database (an assistant of a team): what reads the
    whole of it (the integrity check) would take the cases hidden from them for cases removed."""
    if connection.dialect.name == "sqlite" or not is_set_up(connection):
        return False
    return app_role_of(connection) is AppRole.ASSISTANT


def set_up(connection: Connection) -> None:
    """Make the group roles, the team's table, the grants, the row-level security and the audit actor's trigger
    (all of it, or nothing: run inside a transaction). Converges: running it again changes nothing."""
    schema = str(connection.execute(text("SELECT current_schema()")).scalar_one())
    quoted_schema = _quoted(connection, schema)
    existing = {name for (name,) in connection.execute(
        text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:names)"), {"names": list(GROUPS)}
    )}
    for group in GROUPS:
        if group not in existing:
            connection.exec_driver_sql(f"CREATE ROLE {group} NOLOGIN")
    superuser = connection.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).scalar_one()
    if not superuser:
        # Row-level security is forced on the owner too: the owner who sets the team up works as its DPO.
        connection.exec_driver_sql(f"GRANT {AppRole.DPO.group} TO CURRENT_USER")
    connection.exec_driver_sql(
        f"CREATE TABLE IF NOT EXISTS {MEMBERS} ("
        "role_name text PRIMARY KEY, "
        "app_role text NOT NULL CHECK (app_role IN ('dpo', 'assistant', 'auditor')), "
        "centres text[] NOT NULL DEFAULT '{}')"
    )
    _functions(connection, quoted_schema)
    _grants(connection, quoted_schema)
    _policies(connection)
    _audit_trigger(connection)


def _functions(connection: Connection, schema: str) -> None:
    # SECURITY DEFINER: the team's table stays unreadable to assistants, who only learn whether a centre is theirs.
    connection.exec_driver_sql(
        "CREATE OR REPLACE FUNCTION lazeo_sees_centre(centre text) RETURNS boolean "
        f"LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$ "
        f"SELECT EXISTS (SELECT 1 FROM {MEMBERS} WHERE role_name = session_user AND centre = ANY (centres)) $$"
    )
    connection.exec_driver_sql("REVOKE ALL ON FUNCTION lazeo_sees_centre(text) FROM PUBLIC")
    connection.exec_driver_sql(f"GRANT EXECUTE ON FUNCTION lazeo_sees_centre(text) TO {', '.join(GROUPS)}")


def _grants(connection: Connection, schema: str) -> None:
    groups = ", ".join(GROUPS)
    tables = ", ".join((*_APP_TABLES, MEMBERS))
    # From nothing each time, so that a second run (or a newer version's) ends with exactly the grants below.
    connection.exec_driver_sql(f"REVOKE ALL ON {tables} FROM {groups}")
    connection.exec_driver_sql(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM {groups}")
    connection.exec_driver_sql(f"GRANT USAGE ON SCHEMA {schema} TO {groups}")
    app_tables = ", ".join(_APP_TABLES)
    connection.exec_driver_sql(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {app_tables} TO {AppRole.DPO.group}")
    connection.exec_driver_sql(f"GRANT SELECT ON {MEMBERS} TO {AppRole.DPO.group}, {AppRole.AUDITOR.group}")
    connection.exec_driver_sql(
        f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA {schema} TO {AppRole.DPO.group}"
    )
    for role, writes in ((AppRole.ASSISTANT, _ASSISTANT_WRITES), (AppRole.AUDITOR, _AUDITOR_WRITES)):
        connection.exec_driver_sql(f"GRANT SELECT ON {app_tables} TO {role.group}")
        for table, rights in writes.items():
            connection.exec_driver_sql(f"GRANT {rights} ON {table} TO {role.group}")
        connection.exec_driver_sql(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {role.group}")


def _policy(connection: Connection, table: str, name: str, rule: str) -> None:
    connection.exec_driver_sql(f"DROP POLICY IF EXISTS {name} ON {table}")
    connection.exec_driver_sql(f"CREATE POLICY {name} ON {table} {rule}")


def _policies(connection: Connection) -> None:
    dpo, assistant, auditor = (role.group for role in AppRole)
    for table, case_id in _CASE_TABLES.items():
        connection.exec_driver_sql(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        connection.exec_driver_sql(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
        if case_id is None:
            seen = "lazeo_sees_centre(cases.centre)"
        else:
            # Read as the person asking: the case's own policy decides.
            seen = f"EXISTS (SELECT 1 FROM cases c WHERE c.id = {case_id})"
            if table == "documents":
                seen = f"({case_id} IS NULL OR {seen})"
        _policy(connection, table, "lazeo_dpo_all", f"TO {dpo} USING (true) WITH CHECK (true)")
        _policy(connection, table, "lazeo_auditor_reads", f"FOR SELECT TO {auditor} USING (true)")
        _policy(connection, table, "lazeo_assistant_centres", f"TO {assistant} USING ({seen}) WITH CHECK ({seen})")
    connection.exec_driver_sql("ALTER TABLE audit ENABLE ROW LEVEL SECURITY")
    connection.exec_driver_sql("ALTER TABLE audit FORCE ROW LEVEL SECURITY")
    # An assistant reads the entries of the cases they see, and of the entries about no one case only those that
    # record states (a move, the chain's start: a change compares a case with the state recorded last, which may
    # be there); not the others (settings, exports with their filters, checks), which may name anyone.
    entry_seen = (
        "(EXISTS (SELECT 1 FROM cases c WHERE c.reference = audit.reference) "
        "OR (audit.reference = '' AND audit.states IS NOT NULL))"
    )
    _policy(connection, "audit", "lazeo_dpo_all", f"TO {dpo} USING (true) WITH CHECK (true)")
    _policy(connection, "audit", "lazeo_auditor_reads", f"FOR SELECT TO {auditor} USING (true)")
    _policy(connection, "audit", "lazeo_assistant_centres", f"FOR SELECT TO {assistant} USING {entry_seen}")
    # Who writes an entry is the trigger's to check; what the entry is about is not restricted (a case's own
    # entries are written while the case is visible anyway).
    _policy(connection, "audit", "lazeo_team_appends", f"FOR INSERT TO {assistant}, {auditor} WITH CHECK (true)")


# An entry as it stands once written: only its detail may change, and only into the redaction marker of a purge
# (:func:`lazeo_desk.store.audit.redaction_marker`, the SHA-256 of the detail it replaces), which leaves its hash valid.
_SEALED_COLUMNS = ("id", "at", "actor", "reference", "action", "previous_hash", "hash", "states", "mac")


def _sql_text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _redacted_sql() -> str:
    """:func:`redaction_marker` written in SQL, of the detail an UPDATE replaces (``OLD.detail``)."""
    before, after = redaction_marker("@digest@").split("@digest@")
    return f"{_sql_text(before)} || encode(sha256(convert_to(OLD.detail, 'UTF8')), 'hex') || {_sql_text(after)}"


def _audit_trigger(connection: Connection) -> None:
    """The trail on a server is append-only for every team role, the DPO included: an entry names the login role
    that wrote it; once written nothing of it changes but the redaction of its detail when its case is purged
    (Art 17: the trail keeps no personal data of an erased case); no entry is deleted; the head only moves
    forward. Only the tables' owner (who ran ``init-server``) could lift this, by dropping the trigger."""
    sealed_new = ", ".join(f"NEW.{column}" for column in _SEALED_COLUMNS)
    sealed_old = ", ".join(f"OLD.{column}" for column in _SEALED_COLUMNS)
    refuse = "RAISE EXCEPTION 'permission denied: %s' USING ERRCODE = '42501';"
    connection.exec_driver_sql(
        "CREATE OR REPLACE FUNCTION lazeo_audit_actor() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF TG_OP = 'DELETE' THEN "
        + refuse % "the audit trail is append-only: an entry cannot be removed"
        + " END IF; "
        "IF TG_OP = 'INSERT' AND NEW.actor IS DISTINCT FROM session_user THEN "
        "RAISE EXCEPTION 'permission denied: the audit trail''s actor must be the database role %%', session_user "
        "USING ERRCODE = '42501'; END IF; "
        f"IF TG_OP = 'UPDATE' AND (({sealed_new}) IS DISTINCT FROM ({sealed_old}) "
        f"OR (NEW.detail IS DISTINCT FROM OLD.detail AND NEW.detail IS DISTINCT FROM {_redacted_sql()})) THEN "
        + refuse % "the audit trail is append-only: an entry cannot be changed, only its detail redacted by a purge"
        + " END IF; RETURN NEW; END $$"
    )
    connection.exec_driver_sql("DROP TRIGGER IF EXISTS lazeo_audit_actor ON audit")
    connection.exec_driver_sql(
        "CREATE TRIGGER lazeo_audit_actor BEFORE INSERT OR UPDATE OR DELETE ON audit "
        "FOR EACH ROW EXECUTE FUNCTION lazeo_audit_actor()"
    )
    connection.exec_driver_sql(
        "CREATE OR REPLACE FUNCTION lazeo_audit_head_forward() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF TG_OP = 'DELETE' OR NEW.id IS DISTINCT FROM OLD.id OR NEW.position < OLD.position "
        "OR (OLD.keyed_from IS NOT NULL AND NEW.keyed_from IS DISTINCT FROM OLD.keyed_from) "
        "OR (OLD.states_from IS NOT NULL AND NEW.states_from IS DISTINCT FROM OLD.states_from) THEN "
        + refuse % "the audit trail''s head only moves forward"
        + " END IF; RETURN NEW; END $$"
    )
    connection.exec_driver_sql("DROP TRIGGER IF EXISTS lazeo_audit_head_forward ON audit_head")
    connection.exec_driver_sql(
        "CREATE TRIGGER lazeo_audit_head_forward BEFORE UPDATE OR DELETE ON audit_head "
        "FOR EACH ROW EXECUTE FUNCTION lazeo_audit_head_forward()"
    )


# people ---------------------------------------------------------------------------------------------------------


def add_person(
    connection: Connection, role_name: str, role: AppRole, centres: Sequence[str], password: str | None
) -> None:
    """Make ``role_name`` a login role of the group of ``role`` (its password sent already hashed, so that it
    appears in no server log) and record their centres. An existing role is given the group (its password is
    changed only when one is given). The password is never stored by lazeo-desk."""
    check_role_name(role_name)
    if not is_set_up(connection):
        raise TeamError(said("This database is not set up for a team: run lazeo-desk init-server first."))
    if role is AppRole.ASSISTANT and not centres:
        raise TeamError(said("centre: an assistant needs at least one centre (--centre)"))
    if role is not AppRole.ASSISTANT and centres:
        raise TeamError(said("centre: only an assistant has centres; the {role} sees every case", role=role.value))
    existing = connection.execute(
        text("SELECT rolname FROM pg_roles WHERE rolname = :name"), {"name": role_name}
    ).scalar_one_or_none()
    if existing is None:
        connection.exec_driver_sql(f"CREATE ROLE {role_name} LOGIN")
    else:
        taken = connection.execute(
            text("SELECT app_role FROM team_members WHERE role_name = :name"), {"name": role_name}
        ).scalar_one_or_none()
        if taken is not None and taken != role.value:
            raise TeamError(said(
                "role name: {name} is already in the team as {role}; remove them first", name=role_name, role=taken
            ))
    if password is not None:
        hashed = connection.execute(
            text("SELECT quote_literal(:hashed)"), {"hashed": _hashed(connection, password, role_name)}
        ).scalar_one()
        connection.exec_driver_sql(f"ALTER ROLE {role_name} PASSWORD {hashed}")
    connection.exec_driver_sql(f"GRANT {role.group} TO {role_name}")
    connection.execute(
        text(
            f"INSERT INTO {MEMBERS} (role_name, app_role, centres) VALUES (:name, :role, :centres) "
            "ON CONFLICT (role_name) DO UPDATE SET app_role = excluded.app_role, centres = excluded.centres"
        ),
        {"name": role_name, "role": role.value, "centres": list(centres)},
    )


def _hashed(connection: Connection, password: str, role_name: str) -> str:
    # libpq hashes it as the server asks (SCRAM-SHA-256 by default), as psql's \password does.
    raw: Any = connection.connection.driver_connection
    return str(raw.pgconn.encrypt_password(password.encode(), role_name.encode()).decode())


def people(connection: Connection) -> list[Person]:
    """The team, by role name."""
    if not is_set_up(connection):
        raise TeamError(said("This database is not set up for a team: run lazeo-desk init-server first."))
    rows = connection.execute(text(f"SELECT role_name, app_role, centres FROM {MEMBERS} ORDER BY role_name"))
    return [Person(name, AppRole(role), tuple(centres)) for name, role, centres in rows]


def remove_person(connection: Connection, role_name: str) -> bool:
    """Take ``role_name`` out of the team and drop their login role (their entries in the audit trail keep their
    name). False when they were not in the team."""
    check_role_name(role_name)
    if not is_set_up(connection):
        raise TeamError(said("This database is not set up for a team: run lazeo-desk init-server first."))
    removed = connection.execute(
        text(f"DELETE FROM {MEMBERS} WHERE role_name = :name RETURNING role_name"), {"name": role_name}
    ).first()
    if removed is None:
        return False
    connection.exec_driver_sql(f"DROP ROLE IF EXISTS {role_name}")
    return True
