"""The processing register as the DPO keeps it: read, edited in versions, exported and imported (GDPR Art 30).

Every save that changes something stores a new dated version (who, when, what changed), recorded in the audit
trail by the same transaction; access responses are drafted from the version in force and record its number.
An export is JSON (the format ``import`` reads back), XLSX, or the PDF laid out as the Art 30 record for the
supervisory authority. An import is checked whole before anything is stored: a file with one problem changes
nothing.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from lazeo_desk.domain.case import Language
from lazeo_desk.domain.messages import Explained, Message, Problem, said
from lazeo_desk.domain.organisation import ProcessingRegister, ProfileError
from lazeo_desk.domain.processing import register_changes, register_problems
from lazeo_desk.domain.vocabulary import Vocabulary
from lazeo_desk.letters.processing_record import RecordFacts, render_processing_record
from lazeo_desk.services.file_output import stream_atomically
from lazeo_desk.services.reports import record_action
from lazeo_desk.services.workplace import AtWorkplace
from lazeo_desk.store import audit
from lazeo_desk.store import processing as store
from lazeo_desk.store import settings as store_settings
from lazeo_desk.store.cases import to_utc
from lazeo_desk.store.processing import RegisterVersion as RegisterVersion

# What an exported JSON file says it is, and the version of its layout (README: "The processing register as JSON").
FILE_KIND = "lazeo-desk processing register"
FILE_FORMAT = 1
EXPORTED = "exported"
# An import larger than this is not a register (the policy's is about 30 kB).
MAX_IMPORT_BYTES = 5 * 1024 * 1024


class ExportFormat(Vocabulary, noun="export format"):
    """The files the register is exported to."""

    JSON = "json"
    XLSX = "xlsx"
    PDF = "pdf"


class RegisterRefused(Explained, ValueError):
    """A register that cannot be saved or imported; ``problems`` names each missing or wrong element, the first
    one is the message."""

    def __init__(self, problems: Sequence[str]) -> None:
        super().__init__(*problems[:1])
        self.problems = tuple(problems)


@dataclass(frozen=True)
class Saved:
    """The outcome of a save: the version in force afterwards and what changed (nothing: no version added)."""

    number: int
    changes: tuple[Message, ...]


def register_file(register: ProcessingRegister, number: int | None) -> dict[str, Any]:
    """The JSON object of an export (README: "The processing register as JSON")."""
    return {"kind": FILE_KIND, "format": FILE_FORMAT, "version": number, "register": register.to_dict()}


def read_register_file(data: bytes) -> ProcessingRegister:
    """The register in an exported JSON file, checked whole; :class:`RegisterRefused` names the first field
    that is wrong or missing."""
    if len(data) > MAX_IMPORT_BYTES:
        raise RegisterRefused([Problem("file", said("too large to be a processing register"))])
    try:
        found = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise RegisterRefused([Problem("file", said("not a JSON file ({reason})", reason=str(error)))]) from None
    if not isinstance(found, dict) or found.get("kind") != FILE_KIND:
        raise RegisterRefused([Problem("kind", said("not an exported processing register (expected {kind})",
                                                    kind=repr(FILE_KIND)))])
    if found.get("format") != FILE_FORMAT:
        raise RegisterRefused([Problem("format", said("unknown format {value} (known: {known})",
                                                      value=repr(found.get("format")), known=str(FILE_FORMAT)))])
    raw = found.get("register")
    if not isinstance(raw, dict):
        raise RegisterRefused([Problem("register", said("expected an object"))])
    try:
        register = ProcessingRegister.from_dict(raw)
    except ProfileError as error:
        raise RegisterRefused(error.sentences) from None
    problems = register_problems(register)
    if problems:
        raise RegisterRefused(problems)
    return register


class ProcessingService(AtWorkplace):
    """The register of one database: the version in force, its history, saving, exporting and importing."""

    def current(self) -> tuple[int | None, ProcessingRegister]:
        """The number of the version in force (None: the policy's, never stored yet) and its register."""
        with self.db.transaction() as session:
            return store.current(session)

    def history(self) -> list[RegisterVersion]:
        """Every stored version, newest first."""
        with self.db.transaction() as session:
            return store.versions(session)

    def version(self, number: int) -> RegisterVersion:
        """Version ``number``; :class:`RegisterRefused` when there is none."""
        with self.db.transaction() as session:
            try:
                return store.version(session, number)
            except KeyError:
                raise RegisterRefused([Problem("version", said("there is no version {number} of the register",
                                                               number=str(number)))]) from None

    def save(self, register: ProcessingRegister, *, note: Message | None = None) -> Saved:
        """Store ``register`` as a new version when it differs from the one in force; ``note`` (an import's
        file, say) heads the summary of what changed. :class:`RegisterRefused` with every problem when the
        register lacks an element (nothing is stored then)."""
        problems = register_problems(register)
        if problems:
            raise RegisterRefused(problems)
        now = self.clock.now()
        with self.db.transaction() as session:
            audit.act_as(session, self.actor, now)
            number, in_force = store.current(session)
            changes = register_changes(in_force, register)
            if not changes:
                return Saved(number or 1, ())
            store.ensure_policy_version(session, actor=self.actor, at=to_utc(now))
            lines = ((note,) if note is not None else ()) + changes
            added = store.add_version(session, register, actor=self.actor, at=to_utc(now), changes=lines)
        return Saved(added, changes)

    def import_file(self, path: Path) -> Saved:
        """Read, check and store the register exported to ``path``: all of it or nothing. Raises
        :class:`RegisterRefused` naming the first problem, OSError when the file cannot be read."""
        with path.open("rb") as handle:
            data = handle.read(MAX_IMPORT_BYTES + 1)
        register = read_register_file(data)
        return self.save(register, note=said("imported from {file}", file=path.name))

    def export(
        self, path: Path, export_format: ExportFormat, *, language: Language = Language.EN,
        number: int | None = None,
    ) -> int | None:
        """Write the register (version ``number``, else the one in force) to ``path``, whole or not at all, and
        record the export in the audit trail; returns the version written (None: the policy's, never stored).
        The PDF is the Art 30 record in ``language``; the XLSX has one sheet per language."""
        saved: RegisterVersion | None
        if number is not None:
            saved = self.version(number)
            register = saved.register
        else:
            with self.db.transaction() as session:
                number, register = store.current(session)
                saved = store.version(session, number) if number is not None else None
        if export_format is ExportFormat.JSON:
            content = json.dumps(register_file(register, number), ensure_ascii=False, indent=2).encode("utf-8")
            stream_atomically(path, lambda handle: handle.write(content + b"\n"))
        elif export_format is ExportFormat.XLSX:
            stream_atomically(path, lambda handle: write_register_xlsx(handle, register))
        else:
            with self.db.transaction() as session:
                profile = store_settings.organisation_profile(session)
                years = store_settings.medical_file_years(session)
            facts = RecordFacts(
                version=number, saved_at=saved.created_at if saved is not None else None,
                saved_by=saved.actor if saved is not None else "", made_on=self.clock.today(), made_by=self.actor,
                retention_years=years,
            )
            pdf = render_processing_record(register, profile, language, facts)
            stream_atomically(path, lambda handle: handle.write(pdf))
        record_action(self.db, self.clock, self.actor, EXPORTED, {
            "what": "processing register", "format": export_format.value, "file": path.name, "version": number,
            "language": language.value,
        })
        return number


_XLSX_COLUMNS = (
    ("key", 14), ("purpose", 30), ("legal_basis", 36), ("health_data", 10), ("data_subjects", 30),
    ("data_categories", 30), ("recipients", 36), ("transfers", 36), ("retention", 30),
    ("doctolib_is_controller", 12),
)
_XLSX_REGISTER_TEXTS = ("sources", "storage", "transfers", "automated_decisions", "retention_note",
                        "security_measures")


def write_register_xlsx(handle: BinaryIO, register: ProcessingRegister) -> None:
    """The register as XLSX: one sheet of activities per language, and one of the register's own texts; text
    cells stay text (no formula, number or link is read into them)."""
    import xlsxwriter

    from lazeo_desk.services.register_export import neutralised

    book = xlsxwriter.Workbook(handle, {
        "strings_to_formulas": False, "strings_to_numbers": False, "strings_to_urls": False,
    })
    bold = book.add_format({"bold": True})
    wrapped = book.add_format({"text_wrap": True, "valign": "top"})
    for language in Language:
        sheet = book.add_worksheet(f"Activities ({language.value})")
        for column, (name, width) in enumerate(_XLSX_COLUMNS):
            sheet.set_column(column, column, width, wrapped)
            sheet.write_string(0, column, name, bold)
        sheet.freeze_panes(1, 1)
        for row, activity in enumerate(register.activities, start=1):
            for column, (name, _width) in enumerate(_XLSX_COLUMNS):
                value = getattr(activity, name)
                if isinstance(value, bool):
                    sheet.write_boolean(row, column, value)
                elif isinstance(value, str):
                    sheet.write_string(row, column, neutralised(value))
                else:
                    sheet.write_string(row, column, neutralised(value.get(language)))
        sheet.autofilter(0, 0, len(register.activities), len(_XLSX_COLUMNS) - 1)
    sheet = book.add_worksheet("Register")
    sheet.set_column(0, 0, 22, wrapped)
    sheet.set_column(1, len(Language), 60, wrapped)
    sheet.write_string(0, 0, "element", bold)
    for column, language in enumerate(Language, start=1):
        sheet.write_string(0, column, language.value, bold)
    for row, name in enumerate(_XLSX_REGISTER_TEXTS, start=1):
        sheet.write_string(row, 0, name)
        for column, language in enumerate(Language, start=1):
            sheet.write_string(row, column, neutralised(getattr(register, name).get(language)))
    book.close()

