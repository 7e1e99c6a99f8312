"""The command line: ``lazeo-desk [--db PATH|URL] [COMMAND …]``; without a command it opens the window."""

from __future__ import annotations

import argparse
import contextlib
import glob
import hashlib
import json
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

from lazeo_desk import __version__
from lazeo_desk.domain import validation
from lazeo_desk.domain.case import Channel, Jurisdiction, Language
from lazeo_desk.domain.case_json import CaseFormatError, case_from_json, case_to_dict
from lazeo_desk.domain.clock import Clock, SystemClock
from lazeo_desk.domain.deadlines import DeadlineReport, compute_deadline
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status, TransitionError
from lazeo_desk.domain.timeline_lines import readable_lines
from lazeo_desk.letters.context import RefusalGround
from lazeo_desk.services.actor import current_actor
from lazeo_desk.services.cases import CaseRuleError
from lazeo_desk.services.letters import SendMethod
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store.audit import Head
from lazeo_desk.store.cases import CaseNotFound, StaleCase
from lazeo_desk.store.database import Database, StoreError
from lazeo_desk.store.location import database_url
from lazeo_desk.store.register import CaseFilter, Handling, QuickFilter, SortKey

# Characters that a terminal obeys instead of showing: C0 controls but the line break and the tab, DEL, C1
# controls (among them the 8-bit escape), the bidirectional overrides and isolates that reverse what follows, and
# the Unicode line and paragraph separators.
_UNSHOWN = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)


def terminal_text(text: str) -> str:
    """``text`` with every character a terminal would obey shown instead as ``\\uXXXX`` (also valid inside a
    JSON string, so that ``--json`` output keeps its meaning): a name cannot move the cursor, recolour the
    screen or reverse the line."""
    return _UNSHOWN.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


class _ShownStream:
    """Standard output or error as the commands write to it, every line passing through :func:`terminal_text`:
    the one place where data from the database meets the terminal."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(terminal_text(text))
        return len(text)

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


@contextlib.contextmanager
def _shown_output() -> Iterator[None]:
    stdout, stderr = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _ShownStream(stdout), _ShownStream(stderr)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = stdout, stderr


if TYPE_CHECKING:
    from lazeo_desk.domain.letter_kinds import LetterKind
    from lazeo_desk.domain.next_step import NextStep
    from lazeo_desk.services.cases import CaseService, LoadedCase
    from lazeo_desk.services.package import PackageResult


# Longer than any field the search looks in but the notes: a search is a few words, not a document.
_SEARCH_MAX = 1000


class UsageError(Exception):
    """Bad input on the command line: one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _date(field: str) -> Callable[[str], date]:
    def parse(text: str) -> date:
        try:
            day = date.fromisoformat(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a valid date (YYYY-MM-DD)") from None
        problem = validation.date_problem(field, day)
        if problem is not None:
            raise argparse.ArgumentTypeError(problem.message)
        return day

    parse.__name__ = field
    return parse


def _number(field: str, low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text[:40]!r} is not a whole number") from None
        problem = validation.count_problem(field, value, low, high)
        if problem is not None:
            raise argparse.ArgumentTypeError(problem.message)
        return value

    parse.__name__ = field
    return parse


def _bounded_text(field: str, limit: int) -> Callable[[str], str]:
    def parse(text: str) -> str:
        problem = validation.text_problem(field, text, limit)
        if problem is not None:
            raise argparse.ArgumentTypeError(problem.message)
        return text

    parse.__name__ = field
    return parse


def _assignee(text: str) -> str:
    problem = validation.assignee_problem(text.strip())
    if problem is not None:
        raise argparse.ArgumentTypeError(problem.message)
    return text.strip()


def _jurisdiction(text: str) -> Jurisdiction:
    try:
        return Jurisdiction.parse(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _right(text: str) -> Right:
    try:
        return Right.parse(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _search_text(text: str) -> str:
    from lazeo_desk.store.search import search_terms

    if not search_terms(text):
        raise argparse.ArgumentTypeError("give some text to look for")
    problem = validation.text_problem("search", text, _SEARCH_MAX)
    if problem is not None:
        raise argparse.ArgumentTypeError(problem.message)
    return text


def _status(text: str) -> Status:
    try:
        return Status.parse(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _channel(text: str) -> Channel:
    try:
        return Channel.parse(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _choice(kind: type[Handling] | type[SortKey], field: str) -> Callable[[str], Handling | SortKey]:
    def parse(text: str) -> Handling | SortKey:
        try:
            return kind(text.strip().lower())
        except ValueError:
            known = ", ".join(k.value for k in kind)
            raise argparse.ArgumentTypeError(f"{field}: {text[:40]!r} is not one of {known}") from None

    parse.__name__ = field
    return parse


def _language(text: str) -> Language:
    try:
        return Language.parse(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _method(text: str) -> SendMethod:
    try:
        return SendMethod.parse(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _refusal_ground(text: str) -> RefusalGround:
    try:
        return RefusalGround.parse(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _anchor(text: str) -> Head:
    try:
        return Head.parse(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"expect-anchor: {error}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="lazeo-desk", description="The DPO's desk for data subject requests.")
    parser.add_argument("--version", action="version", version=f"lazeo-desk {__version__}")
    parser.add_argument("--db", metavar="PATH|URL", help="database file or SQLAlchemy URL (or LAZEO_DESK_DB)")
    parser.add_argument(
        "--plain", action="store_true",
        help="open or create an unencrypted database, for tests and demos (or LAZEO_DESK_PLAIN=1); otherwise "
        "the database is encrypted and its passphrase is asked for (or taken from LAZEO_DESK_PASSPHRASE)",
    )
    parser.add_argument(
        "--demo", action="store_true", help="open the window on sample cases (an empty database is filled first)"
    )
    parser.add_argument(
        "--create", action="store_true",
        help="create the database of --db (and its folder) when there is none; without it a missing folder is "
        "refused and a new database is announced",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    deadline = commands.add_parser("deadline", help="compute the governing due date of a request")
    deadline.add_argument("--received", required=True, type=_date("received"))
    deadline.add_argument("--complete", type=_date("complete"), help="the day the request became complete")
    deadline.add_argument("--jurisdiction", required=True, type=_jurisdiction)
    deadline.add_argument("--extended", action="store_true")
    deadline.add_argument("--right", action="append", type=_right, default=[], help="a right invoked (repeatable)")
    deadline.add_argument("--records-older-than-5-years", action="store_true")
    deadline.add_argument("--closure-day", action="append", type=_date("closure-day"), default=[])
    deadline.add_argument("--json", action="store_true")

    case = commands.add_parser("case", help="add, show and list cases")
    case_commands = case.add_subparsers(dest="case_command", metavar="ACTION", parser_class=_Parser, required=True)
    add = case_commands.add_parser("add", help="add a case from JSON (a file, or - for standard input)")
    add.add_argument("--json", required=True, metavar="FILE|-")
    show = case_commands.add_parser("show", help="show one case")
    show.add_argument("reference")
    show.add_argument("--json", action="store_true")
    listing = case_commands.add_parser("list", help="list cases, most urgent first")
    _register_filters(listing, sort=SortKey.URGENCY)
    listing.add_argument("--limit", type=_number("limit", 1, 10**9), help="at most this many (default: all)")
    listing.add_argument("--json", action="store_true")
    assign = case_commands.add_parser(
        "assign", help="give a case to someone on the team to hold (on a server: their database role)"
    )
    assign.add_argument("reference")
    assign.add_argument("person", nargs="?", type=_assignee, help="who holds it from now on")
    assign.add_argument("--nobody", action="store_true", help="leave the case with nobody")

    letter = commands.add_parser("letter", help="write a letter of a case as PDF (and record it as sent)")
    letter.add_argument("reference", nargs="?", help="the case reference, e.g. DSAR-2026-0001")
    letter.add_argument("kind", nargs="?", help="the kind of letter (see --list-kinds)")
    letter.add_argument("--list-kinds", action="store_true", help="list the kinds of letter, one a line, key first")
    letter.add_argument("--lang", type=_language, help="nl, fr or en (default: the case's language)")
    letter.add_argument("--out", metavar="FILE.pdf", help="where to write the PDF")
    letter.add_argument(
        "--sent-by", type=_method, help="record it as sent: post, registered-post, email or hand-delivery"
    )
    line, long_text = validation.LINE_MAX, validation.LONG_TEXT_MAX
    letter.add_argument(
        "--tracking", default="", type=_bounded_text("tracking", line), help="the registered-post tracking number"
    )
    letter.add_argument(
        "--enclosure", action="append", default=[], type=_bounded_text("enclosure", line),
        help="an enclosed document (repeatable)",
    )
    letter.add_argument(
        "--paragraph", action="append", default=[], type=_bounded_text("paragraph", long_text),
        help="a free paragraph (repeatable)",
    )
    letter.add_argument(
        "--item", action="append", default=[], type=_bounded_text("item", line),
        help="an item asked for (identity-request)",
    )
    letter.add_argument(
        "--reason", default="", type=_bounded_text("reason", long_text),
        help="the reasons of an extension or a refusal",
    )
    letter.add_argument(
        "--refusal-ground", type=_refusal_ground, help="identity-not-established, manifestly-unfounded or excessive"
    )
    letter.add_argument(
        "--objection-not-marketing", action="store_true",
        help="a refusal: the objection in the request is not about direct marketing (that one is never refused)",
    )
    letter.add_argument("--on", type=_date("on"), help="date of the letter (default: today)")

    email_draft = commands.add_parser(
        "email-draft",
        help="write the answer by e-mail as a draft (.eml, X-Unsent) for the mail program, and log it as sent by "
        "e-mail; nothing is sent",
    )
    email_draft.add_argument("reference", help="the case reference, e.g. DSAR-2026-0001")
    email_draft.add_argument("kind", help="the kind of letter (see letter --list-kinds)")
    email_draft.add_argument("--out", required=True, metavar="FILE.eml", help="where to write the draft")
    email_draft.add_argument(
        "--attach", metavar="FILE.pdf",
        help="a PDF to attach encrypted with AES-256; its password is printed once, as the line 'password: …'",
    )
    email_draft.add_argument(
        "--attach-package", action="store_true",
        help="attach the case's answer package (as `package` builds it) encrypted with AES-256; the password is "
        "printed once, as the line 'password: …'",
    )
    email_draft.add_argument(
        "--redact-text", action="append", default=[], metavar="TERM", type=_bounded_text("redact-text", 200),
        help="with --attach-package: hide TERM wherever it occurs in the enclosures (repeatable; GDPR Art 15(4))",
    )
    email_draft.add_argument(
        "--enclosure", action="append", default=[], type=_bounded_text("enclosure", line),
        help="an enclosed document (repeatable)",
    )
    email_draft.add_argument(
        "--paragraph", action="append", default=[], type=_bounded_text("paragraph", long_text),
        help="a free paragraph (repeatable)",
    )

    enclose = commands.add_parser(
        "enclose", help="keep files with a case as enclosures of its answer (PDF, JPEG, PNG, TIFF, CSV, JSON, XML)"
    )
    enclose.add_argument("reference", help="the case reference, e.g. DSAR-2026-0001")
    enclose.add_argument("files", nargs="+", metavar="FILE")
    enclose.add_argument(
        "--source", default="", type=_bounded_text("source", 255),
        help='where the files come from, e.g. "Dossier patient (logiciel du centre)"',
    )
    package = commands.add_parser(
        "package", help="write the answer package: the letter, an index and every enclosure, as one PDF"
    )
    package.add_argument("reference", help="the case reference, e.g. DSAR-2026-0001")
    package.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write the PDF")
    package.add_argument(
        "--kind", default="access-response",
        help="the answer letter: access-response (default), portability-cover, medical-record-cover or "
        "practitioner-cover",
    )
    package.add_argument("--lang", type=_language, help="nl, fr or en (default: the case's language)")
    package.add_argument(
        "--redact-text", action="append", default=[], metavar="TERM", type=_bounded_text("redact-text", 200),
        help="hide TERM wherever it occurs in the enclosures, burnt into the page (repeatable; GDPR Art 15(4)); "
        "the index says how many passages were hidden",
    )
    package.add_argument(
        "--encrypt", action="store_true",
        help="write the package encrypted with AES-256; the password is printed once, as the line 'password: …'",
    )

    intake = commands.add_parser("import-email", help="turn .eml/.msg files into cases (or link them to one)")
    intake.add_argument("files", nargs="+", metavar="FILE")

    scans = commands.add_parser(
        "import-scan", help="read scanned letters (PDF, PNG, JPEG, TIFF) into cases (or link them to one)"
    )
    scans.add_argument("files", nargs="+", metavar="FILE")
    scans.add_argument(
        "--received", type=_date("received"), help="the day the letters arrived, as stamped (default: today)"
    )

    check = commands.add_parser("check", help="check the database, the audit trail and every stored document")
    check.add_argument(
        "--anchor", action="store_true",
        help="print the audit trail's head (POSITION:MAC) as one line, to keep on paper, once the check passes",
    )
    check.add_argument(
        "--expect-anchor", metavar="POS:MAC", type=_anchor,
        help="a head printed earlier by --anchor: the trail must still reach it unchanged",
    )
    trail = commands.add_parser("audit", help="list the audit trail: who did what, when, on which case")
    trail.add_argument("--case", metavar="REF", help="only the entries about this case")
    trail.add_argument("--json", action="store_true")
    backup = commands.add_parser("backup", help="write a consistent backup of the database (documents included)")
    backup.add_argument("file", metavar="FILE")
    restore = commands.add_parser("restore", help="verify a backup, then put it in place of the database")
    restore.add_argument("file", metavar="FILE")
    moving = commands.add_parser(
        "migrate",
        help="copy the database into an empty PostgreSQL database, or a server's into a new local file; the source "
        "is left as it is",
    )
    moving.add_argument(
        "--to", metavar="URL|PATH", required=True,
        help="an empty PostgreSQL database (postgresql+psycopg://…), or a new file (encrypted under a new passphrase, "
        "asked for or taken from LAZEO_DESK_PASSPHRASE; plain with --plain)",
    )

    purge = commands.add_parser(
        "purge", help="list the closed cases whose retention period is over, or purge them (--yes)"
    )
    purge.add_argument("--yes", action="store_true", help="purge them: personal data and documents are removed")

    calendar = commands.add_parser(
        "calendar", help="write the open cases' due dates as an iCalendar file (references and rights only)"
    )
    calendar.add_argument("--out", metavar="FILE.ics", help="where to write the calendar")
    calendar.add_argument(
        "--keep-refreshed", action="store_true", help="also have the window rewrite this file whenever cases change"
    )
    calendar.add_argument("--stop-refreshing", action="store_true", help="the window stops rewriting a calendar file")

    seed = commands.add_parser("seed", help="add realistic sample cases (deterministic for a seed)")
    seed.add_argument("--cases", type=_number("cases", 0, validation.SEED_CASES_MAX), required=True)
    seed.add_argument("--seed", type=_number("seed", -(2**63), 2**63 - 1), default=1)
    seed.add_argument("--if-empty", action="store_true", help="only when the database holds no case")

    report = commands.add_parser("report", help="the figures of a year as JSON, or the annual report as PDF")
    report.add_argument("--year", type=_year, required=True)
    report.add_argument("--country", type=_jurisdiction)
    report.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    report.add_argument("--lang", type=_language, default=Language.EN, help="nl, fr or en (the PDF's language)")
    report.add_argument("--out", help="write the annual report as PDF to this file")

    export = commands.add_parser("export", help="export the register (one row per case) as XLSX or CSV")
    export.add_argument("--format", choices=["xlsx", "csv"], required=True)
    export.add_argument("--out", required=True)
    _register_filters(export, sort=SortKey.REFERENCE)

    processing = commands.add_parser(
        "processing", help="the register of processing activities (GDPR Art 30): export, import, versions"
    )
    processing_commands = processing.add_subparsers(
        dest="processing_command", metavar="ACTION", parser_class=_Parser, required=True
    )
    processing_export = processing_commands.add_parser(
        "export", help="write the register as JSON (for import), XLSX, or PDF (the Art 30 record for an authority)"
    )
    processing_export.add_argument("--format", choices=["json", "xlsx", "pdf"], required=True)
    processing_export.add_argument("--out", required=True, metavar="FILE")
    processing_export.add_argument("--lang", type=_language, default=Language.EN, help="nl, fr or en (the PDF's)")
    processing_export.add_argument(
        "--version", dest="register_version", type=_number("version", 1, 10**9),
        help="an earlier version (default: the one in force)",
    )
    processing_import = processing_commands.add_parser(
        "import", help="check a register exported as JSON and make it the version in force (all or nothing)"
    )
    processing_import.add_argument("file", metavar="FILE.json")
    processing_commands.add_parser("versions", help="list the versions of the register: when, who, what changed")

    init_server = commands.add_parser(
        "init-server",
        help="set up a PostgreSQL database for a team: the schema, the roles lazeo_dpo, lazeo_assistant and "
        "lazeo_auditor, their grants and row-level security (as a superuser or the database owner)",
    )
    init_server.add_argument("url", metavar="URL", help="postgresql+psycopg://USER@HOST/DATABASE")
    person = commands.add_parser("person", help="the people of a team on a PostgreSQL server (--db URL)")
    person_commands = person.add_subparsers(dest="person_command", metavar="ACTION", required=True)
    person_add = person_commands.add_parser(
        "add", help="let ROLE_NAME sign in as a person of the team (creates the login role if there is none)"
    )
    person_add.add_argument("role_name", metavar="ROLE_NAME")
    person_add.add_argument("--role", required=True, choices=["dpo", "assistant", "auditor"])
    person_add.add_argument(
        "--centre", action="append", default=[], metavar="CENTRE", help="a centre whose cases an assistant works on"
    )
    secret = person_add.add_mutually_exclusive_group()
    secret.add_argument("--password-file", metavar="FILE", help="the new password, on the file's first line")
    secret.add_argument(
        "--no-password", action="store_true",
        help="set no password (the person signs in otherwise: peer, certificate, an existing password)",
    )
    person_commands.add_parser("list", help="list the team: role names, roles, centres")
    person_remove = person_commands.add_parser("remove", help="take a person out of the team and drop their role")
    person_remove.add_argument("role_name", metavar="ROLE_NAME")

    wording = commands.add_parser("wording", help="the texts a requester reads, in nl/fr/en, for a lawyer's review")
    wording.add_argument("--export", required=True, metavar="FILE.html", help="write them side by side as HTML")
    return parser


def _register_filters(command: argparse.ArgumentParser, *, sort: SortKey) -> None:
    """The register's filters, as the window's filter bar and the reports' clicks give them: ``case list`` and
    ``export`` read the same cases for the same options."""
    command.add_argument("--status", type=_status)
    command.add_argument("--overdue", action="store_true", help="only open cases past their due date")
    command.add_argument("--year", type=_year, help="only the cases received in this year")
    command.add_argument("--received-from", type=_date("received-from"), help="received on or after (YYYY-MM-DD)")
    command.add_argument("--received-to", type=_date("received-to"), help="received on or before (YYYY-MM-DD)")
    command.add_argument("--country", type=_jurisdiction)
    command.add_argument("--centre", type=_bounded_text("centre", validation.LINE_MAX))
    command.add_argument("--right", type=_right)
    command.add_argument("--channel", type=_channel)
    command.add_argument(
        "--handling", type=_choice(Handling, "handling"),
        help="as the reports count it: " + ", ".join(h.value for h in Handling),
    )
    command.add_argument(
        "--search", metavar="TEXT", type=_search_text,
        help="only the cases whose reference, names, e-mails, patient number, addresses or notes hold every "
        "word of TEXT (open ones first), as the window's search box",
    )
    command.add_argument(
        "--sort", type=_choice(SortKey, "sort"), default=sort,
        help=f"{', '.join(k.value for k in SortKey)} (default: {sort.value})",
    )
    command.add_argument("--descending", action="store_true", help="the sort reversed")
    holder = command.add_mutually_exclusive_group()
    holder.add_argument("--assignee", type=_assignee, metavar="PERSON", help="only the cases PERSON holds")
    holder.add_argument("--mine", action="store_true", help="only the cases held by the person acting")


def _register_filter(args: argparse.Namespace) -> CaseFilter:
    if args.year is not None and (args.received_from is not None or args.received_to is not None):
        raise UsageError("year: give --year or --received-from/--received-to, not both")
    first = date(args.year, 1, 1) if args.year is not None else args.received_from
    last = date(args.year, 12, 31) if args.year is not None else args.received_to
    if first is not None and last is not None and last < first:
        raise UsageError("received-to: the last day is before the first")
    return CaseFilter(
        text=(args.search or "").strip(),
        statuses=frozenset({args.status}) if args.status else frozenset(),
        right=args.right,
        jurisdiction=args.country,
        centre=args.centre or "",
        received_from=first,
        received_to=last,
        quick=QuickFilter.OVERDUE if args.overdue else None,
        channel=args.channel,
        handling=args.handling,
        assignee=args.assignee,
    )


def _held_by_me(args: argparse.Namespace, case_filter: CaseFilter, place: Workplace) -> CaseFilter:
    """``--mine``: the cases held by whoever acts (known once the database is open)."""
    return replace(case_filter, assignee=place.actor) if args.mine else case_filter


def _year(text: str) -> int:
    try:
        year = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a year (YYYY)") from None
    if not 1900 <= year <= 9999:
        raise argparse.ArgumentTypeError(f"{text!r} is not a year (YYYY)")
    return year


def _deadline_json(report: DeadlineReport) -> dict[str, object]:
    def iso(value: date | None) -> str | None:
        return value.isoformat() if value else None

    return {
        "due": report.due.isoformat(),
        "governing": report.governing.value,
        "start": report.start.isoformat(),
        "gdpr_raw": report.gdpr.raw.isoformat(),
        "gdpr": report.gdpr.final.isoformat(),
        "gdpr_rolled_over": [[d.isoformat(), why] for d, why in report.gdpr.skipped],
        "extended": iso(report.extended.final if report.extended else None),
        "extended_raw": iso(report.extended.raw if report.extended else None),
        "medical_record": iso(report.national.final if report.national else None),
        "medical_record_raw": iso(report.national.raw if report.national else None),
        "medical_record_rolled_over": (
            [[d.isoformat(), why] for d, why in report.national.skipped] if report.national else []
        ),
        "earliest_release": iso(report.earliest_release),
        "strict_due": report.strict_due.isoformat(),
        "extension_notice_by": report.extension_notice_by.isoformat(),
    }


def _cmd_deadline(args: argparse.Namespace) -> int:
    if args.complete is not None and args.complete < args.received:
        raise UsageError("complete: the request cannot be complete before it was received")
    report = compute_deadline(
        received=args.received,
        completed=args.complete,
        jurisdiction=args.jurisdiction,
        rights=args.right,
        extended=args.extended,
        records_older_than_5_years=args.records_older_than_5_years,
        closure_days=args.closure_day,
    )
    if args.json:
        print(json.dumps(_deadline_json(report), ensure_ascii=False))
    else:
        print(f"Due: {report.due.isoformat()} ({report.due.strftime('%A')})")
        for line in report.explain():
            print(f"  {line}")
    return 0


# On a terminal a mistyped passphrase may be typed again; each wrong try changes nothing.
_PASSPHRASE_TRIES = 3


def _ask_passphrase(location: str, *, new: bool) -> str:
    """The passphrase from LAZEO_DESK_PASSPHRASE, else asked on the terminal (twice for a new one); never argv."""
    import getpass

    from lazeo_desk.services.passphrase import PASSPHRASE_ENV, passphrase_from_environment, passphrase_problem

    given = passphrase_from_environment()
    if given is not None:
        # Read once: the programs started from here (the print spooler, a PDF viewer) do not inherit it.
        os.environ.pop(PASSPHRASE_ENV, None)
        return given
    if not sys.stdin.isatty():
        raise UsageError(
            "passphrase: the database is encrypted and there is no terminal to ask for its passphrase on: set "
            "LAZEO_DESK_PASSPHRASE, or give --plain for an unencrypted test database"
        )
    if not new:
        return getpass.getpass(f"Passphrase for {location}: ")
    print(f"A new encrypted database will be created at {location}.", file=sys.stderr)
    for _ in range(_PASSPHRASE_TRIES):
        first = getpass.getpass("New passphrase: ")
        problem = passphrase_problem(first)
        if problem is not None:
            print(problem, file=sys.stderr)
            continue
        if getpass.getpass("The same passphrase again: ") == first:
            return first
        print("The two passphrases differ.", file=sys.stderr)
    raise UsageError("passphrase: no passphrase was chosen; nothing was created")


def _backup_passphrase(args: argparse.Namespace, backup: Path) -> str | None:
    """The passphrase a backup was made under, for a restore (None: a plain backup, with --plain)."""
    from lazeo_desk.services.passphrase import plain_requested

    if args.plain or plain_requested():
        return None
    return _ask_passphrase(str(backup), new=False)


def _database_url(args: argparse.Namespace) -> str:
    """The URL of the database chosen, once its folder is known to exist (or may be created).

    A mistyped ``--db`` must not quietly start an empty database somewhere else: a folder that does not exist is
    refused unless ``--create`` is given; the user data folder is created on first use.
    """
    from lazeo_desk.store.location import data_folder, database_file

    url = database_url(args.db)
    path = database_file(url)
    if path is None or args.create or path.parent.is_dir():
        return url
    if path.parent.exists():
        raise UsageError(f"db: {path.parent} is not a folder")
    # The user data folder is the program's own: created on first use (``make run``, ``make demo``).
    if path.parent == data_folder().expanduser().resolve():
        return url
    raise UsageError(
        f"db: the folder {path.parent} does not exist; nothing was created (give --create to start a new "
        "database there)"
    )


def _announce_new(args: argparse.Namespace, url: str) -> Callable[[], None]:
    """What to say once the database is open, when it did not exist before: a new empty database must never look
    like the DPO's cases gone missing."""
    from lazeo_desk.store.database import finish_interrupted_restore
    from lazeo_desk.store.encryption import FileKind, file_kind
    from lazeo_desk.store.location import database_file

    path = database_file(url)
    if path is not None:
        recovered = finish_interrupted_restore(path)
        if recovered is not None:
            print(f"lazeo-desk: {recovered}", file=sys.stderr)
    try:
        new = path is not None and file_kind(path) is FileKind.ABSENT
    except OSError:
        new = False

    def say() -> None:
        if not new or path is None:
            return
        if not args.create:
            print(f"lazeo-desk: new empty database created at {path}", file=sys.stderr)
        # A database set aside by a restore, with nothing in its place, is what a restore killed by an older
        # version leaves: the new empty database must not pass for it.
        aside = sorted(path.parent.glob(f"{glob.escape(path.name)}.before-restore-*"))
        if aside:
            print(f"lazeo-desk: warning: {path} did not exist, but a database set aside by a restore is beside it: "
                  f"{aside[-1]}", file=sys.stderr)

    return say


def _open(args: argparse.Namespace, *, migrate: bool = True) -> Database:
    """The database of ``--db``: encrypted (the passphrase is asked for), plain when asked for explicitly, or on a
    server (its own credentials)."""
    url = _database_url(args)
    announce = _announce_new(args, url)
    database = _open_url(args, url, migrate=migrate)
    announce()
    return database


def _open_server(url: str, *, migrate: bool) -> Database:
    """A database on a server, with libpq's own credentials (the URL, PGPASSWORD, the password file); when the
    server asks for a password none of them gave, it is asked on the terminal and kept for this run only."""
    import getpass

    from lazeo_desk.services.passphrase import open_server_database, password_wanted, with_password

    try:
        return open_server_database(url, migrate=migrate)
    except StoreError as error:
        if not password_wanted(error) or not sys.stdin.isatty():
            raise
    from sqlalchemy import make_url

    parsed = make_url(url)
    password = getpass.getpass(f"Password of {parsed.username or getpass.getuser()} on the database server: ")
    return open_server_database(with_password(url, password), migrate=migrate)


def _open_url(args: argparse.Namespace, url: str, *, migrate: bool) -> Database:
    from lazeo_desk.services import passphrase as unlocking
    from lazeo_desk.store.database import IS_PLAIN, NOT_A_DATABASE
    from lazeo_desk.store.location import database_file

    found = unlocking.protection(url)
    if found is unlocking.Protection.SERVER:
        return _open_server(url, migrate=migrate)
    if args.plain or unlocking.plain_requested():
        return unlocking.open_plain_database(url, migrate=migrate)
    if found is unlocking.Protection.NOT_A_FILE:
        raise UsageError("db: only a database file can be encrypted; give --plain for an in-memory database or a URI")
    if found is unlocking.Protection.PLAIN:
        raise StoreError(IS_PLAIN)
    if found is unlocking.Protection.NOT_A_DATABASE:
        raise StoreError(NOT_A_DATABASE)
    location = str(database_file(url))
    if found is unlocking.Protection.NEW:
        return unlocking.create_database(url, _ask_passphrase(location, new=True), migrate=migrate)
    interactive = unlocking.passphrase_from_environment() is None
    tries = 1
    while True:
        try:
            return unlocking.unlock_database(url, _ask_passphrase(location, new=False), migrate=migrate)
        except unlocking.WrongPassphrase as wrong:
            if not interactive or tries == _PASSPHRASE_TRIES:
                raise
            tries += 1
            print(f"{wrong} Try again.", file=sys.stderr)


# A case is a few kilobytes of JSON; its longest text, the request, is bounded at a million characters.
_CASE_JSON_MAX_BYTES = 16 * 1024 * 1024


def _read_case_json(name: str) -> str:
    if name == "-":
        stream = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else None
        raw = stream.read(_CASE_JSON_MAX_BYTES + 1) if stream is not None else sys.stdin.read().encode("utf-8")
    else:
        with open(name, "rb") as handle:
            raw = handle.read(_CASE_JSON_MAX_BYTES + 1)
    if len(raw) > _CASE_JSON_MAX_BYTES:
        raise UsageError(f"json: {name} is larger than {_CASE_JSON_MAX_BYTES // (1024 * 1024)} MiB: not a case")
    return raw.decode("utf-8")


def _cmd_case(args: argparse.Namespace, clock: Clock) -> int:
    from lazeo_desk.services.cases import CaseService
    from lazeo_desk.services.next_steps import step_of_row
    from lazeo_desk.services.register import RegisterService

    if args.case_command == "add":
        try:
            text = _read_case_json(args.json)
        except OSError as error:
            raise UsageError(f"json: cannot read {args.json}: {error.strerror}") from None
        except UnicodeDecodeError:
            raise UsageError(f"json: {args.json} is not UTF-8 text") from None
        case = case_from_json(text)
        # Checked before the database is opened: bad input writes nothing, and exits 2 naming the field.
        found = validation.problems(case, clock.today())
        if found:
            raise UsageError(found[0])
        db = _open(args)
        service = CaseService(Workplace.of(db, clock))
        print(service.open_case(case))
        return 0
    db = _open(args)
    service = CaseService(Workplace.of(db, clock))
    if args.case_command == "assign":
        if (args.person is None) == (not args.nobody):
            raise UsageError("person: name who holds the case, or give --nobody")
        loaded = service.assign(args.reference, "" if args.nobody else args.person)
        holder = loaded.case.assignee
        print(f"{loaded.case.reference} {'assigned to ' + holder if holder else 'assigned to nobody'}")
        return 0
    if args.case_command == "show":
        loaded = service.view(args.reference)
        if args.json:
            data = case_to_dict(loaded.case)
            data["deadline"] = _deadline_json(loaded.deadline)
            data["countdown"] = loaded.countdown.state.value
            data["next_action"] = _next_action_json(service, loaded, clock.today())
            print(json.dumps(data, ensure_ascii=False, indent=2))
            return 0
        _print_case(loaded)
        step = _next_action_json(service, loaded, clock.today())
        if step is not None:
            print(f"  Next step: {step['text']}")
        return 0
    today = clock.today()
    case_filter = _held_by_me(args, _register_filter(args), service.place)
    listing = RegisterService(Workplace(db, clock))
    rules = listing.rules()
    rows = listing.all_rows(case_filter, today, limit=args.limit, sort=args.sort, descending=args.descending)
    items = [(row, listing.countdown(row, today)) for row in rows]
    if args.json:
        print(json.dumps([
            {"reference": r.reference, "status": r.status.value, "jurisdiction": r.jurisdiction.value,
             "received": r.received.isoformat(), "due": r.due_date.isoformat() if r.due_date else None,
             "countdown": s.state.value, "days_left": s.days_left, "subject": r.subject_name,
             "rights": [x.value for x in r.rights], "assignee": r.assignee or None,
             "next_action": _step_json(step_of_row(r, rules, today))}
            for r, s in items
        ], ensure_ascii=False, indent=2))
        return 0
    for row, state in items:
        due = row.due_date.isoformat() if row.due_date else "paused" if state.paused_since else "-"
        left = f"{state.days_left:+d}d" if state.days_left is not None else ""
        print(f"{row.reference}  {row.status.value:<18} {row.jurisdiction.value}  received {row.received.isoformat()}"
              f"  due {due:<10} {state.state.value:<14} {left:>5}  {_one_line(row.subject_name)}"
              + (f"  (held by {row.assignee})" if row.assignee else ""))
    print(_counted(len(items), "case"), file=sys.stderr)
    return 0


def _counted(count: int, noun: str) -> str:
    """"1 case", "2 cases": the English plural of the nouns this command line counts."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _one_line(text: str) -> str:
    """A one-line field as one line of output, whatever line breaks it holds."""
    return " ".join(text.split())


def _step_json(step: NextStep | None) -> dict[str, str | None] | None:
    return step.to_json() if step is not None else None


def _next_action_json(service: CaseService, loaded: LoadedCase, today: date) -> dict[str, str | None] | None:
    from lazeo_desk.services.next_steps import letters_sent, step_of_loaded

    sent = letters_sent(service, loaded.case.reference or "")
    return _step_json(step_of_loaded(loaded, sent, today))


def _print_case(loaded: object) -> None:
    from lazeo_desk.services.cases import LoadedCase

    assert isinstance(loaded, LoadedCase)
    case = loaded.case
    requester = case.requester
    print(f"{case.reference}  {case.status.label}  ({case.jurisdiction.value}, {case.language.value}, "
          f"{case.channel.value})")
    born = f", born {case.subject.birth_date}" if case.subject.birth_date else ""
    print(f"  Subject:   {_one_line(case.subject.name)}{born}")
    if case.subject.address:
        print(f"  Address:   {' / '.join(_one_line(line) for line in case.subject.address)}")
    if requester.is_representative:
        print(f"  Requester: {_one_line(requester.name)} ({requester.relationship.value})")
        if requester.purpose is not None:
            print(f"  Purpose:   {requester.purpose.value}")
        if requester.designated_practitioner is not None:
            print(f"  Practitioner: {_one_line(requester.designated_practitioner.name)}")
    print(f"  Rights:    {', '.join(r.value for r in case.rights)}")
    print(f"  Received:  {case.received.isoformat()}")
    if case.assignee:
        print(f"  Held by:   {case.assignee}")
    left = loaded.countdown.days_left
    shown = "" if left is None else f", {left} days left" if left >= 0 else f", {-left} days overdue"
    print(f"  Countdown: {loaded.countdown.state.value}{shown}")
    for line in loaded.deadline.explain():
        print(f"    {line}")
    print("  Timeline:")
    for event in case.timeline:
        text = "; ".join(readable_lines(event.kind, event.lines or (event.text,)))
        print(f"    {event.at.astimezone():%Y-%m-%d %H:%M}  {event.actor}: {event.kind}: {text}")


def _write_file(path: str, content: bytes) -> None:
    """Write whole or not at all: a full disk leaves no half-written PDF behind; the database, its files and
    its backups are never written over."""
    from lazeo_desk.services.file_output import write_atomically

    try:
        write_atomically(Path(path), content)
    except OSError as error:
        raise UsageError(f"out: cannot write {path}: {error.strerror or error}") from None


def _check_out(path: str) -> None:
    from lazeo_desk.services.file_output import ProtectedFile, refuse_protected

    try:
        refuse_protected(Path(path))
    except ProtectedFile as error:
        raise UsageError(f"out: cannot write {path}: {error}") from None


def _cmd_letter(args: argparse.Namespace, clock: Clock) -> int:
    from lazeo_desk.domain.letter_kinds import LetterKind
    from lazeo_desk.letters import LetterExtras, LetterInputError, TemplateError
    from lazeo_desk.services.cases import CaseService
    from lazeo_desk.services.letters import LetterService

    if args.list_kinds:
        for kind in LetterKind:
            print(f"{kind.value}\t{kind.description}")
        return 0
    if not args.reference or not args.kind:
        raise UsageError("letter: give a case reference and a kind of letter (or --list-kinds)")
    try:
        kind = LetterKind.parse(args.kind)
    except ValueError as error:
        raise UsageError(f"kind: {error}") from None
    if not args.out and not args.sent_by:
        raise UsageError("out: say where to write the PDF with --out FILE.pdf")
    extras = LetterExtras(
        enclosures=tuple(args.enclosure), free_paragraphs=tuple(args.paragraph), items_requested=tuple(args.item),
        extension_reason=args.reason if kind is LetterKind.EXTENSION_NOTICE else "",
        refusal_ground=args.refusal_ground, refusal_reason=args.reason if kind is LetterKind.REFUSAL else "",
        objection_not_marketing=args.objection_not_marketing and kind is LetterKind.REFUSAL,
    )
    if args.out:
        _check_out(args.out)
    db = _open(args)
    letters = LetterService(CaseService(Workplace.of(db, clock)))
    try:
        draft = letters.draft(args.reference, kind, language=args.lang, extras=extras, on=args.on)
    except (LetterInputError, TemplateError) as error:
        raise UsageError(str(error)) from None
    if draft.refusals:
        # Refused before anything is written: no file, no letter in the log (docs/rules.md, Before a letter goes out).
        raise UsageError(f"letter {kind.value}: {draft.refusals[0].said()}")
    for caution in draft.cautions:
        print(f"lazeo-desk: warning: {caution.said()}", file=sys.stderr)
    case_language = letters.cases.load(args.reference).case.language
    if draft.language is not case_language:
        print(f"lazeo-desk: warning: the case's language is {case_language.value}; the letter is written in "
              f"{draft.language.value} as asked", file=sys.stderr)
    if not draft.fits_case:
        print(f"lazeo-desk: warning: the letter '{kind.value}' does not fit the case's present state "
              f"({letters.cases.load(args.reference).case.status.label}); written as asked", file=sys.stderr)
    for warning in draft.letter.warnings:
        print(f"lazeo-desk: warning: {warning}", file=sys.stderr)
    if args.out:
        _write_file(args.out, draft.pdf)
        print(f"{args.out}: {kind.value} ({draft.language.value}), SHA-256 {draft.sha256}")
        if not args.sent_by:
            letters.record_output(args.reference, draft, "saved", file=str(args.out))
    if args.sent_by:
        loaded = letters.send(args.reference, draft, method=args.sent_by, tracking_number=args.tracking, extras=extras)
        print(f"recorded as sent by {args.sent_by.value} on {clock.today().isoformat()}; "
              f"{loaded.case.reference} is now {loaded.case.status.label}")
    return 0


# The largest PDF taken as an attachment: beyond it, most mail servers refuse the message anyway.
_ATTACHMENT_MAX_BYTES = 100 * 1024 * 1024


def _cmd_email_draft(args: argparse.Namespace, clock: Clock) -> int:
    from lazeo_desk.domain.letter_kinds import LetterKind
    from lazeo_desk.letters import LetterExtras, LetterInputError, TemplateError
    from lazeo_desk.services.cases import CaseService
    from lazeo_desk.services.email_draft import EmailDraftService, password_note
    from lazeo_desk.services.letters import LetterRefused, LetterService

    try:
        kind = LetterKind.parse(args.kind)
    except ValueError as error:
        raise UsageError(f"kind: {error}") from None
    _check_out(args.out)
    _writable_target(args.out)
    if args.attach and args.attach_package:
        raise UsageError("attach: give --attach or --attach-package, not both")
    if args.redact_text and not args.attach_package:
        raise UsageError("redact-text: only with --attach-package")
    package: bytes | None = None
    if args.attach:
        try:
            if Path(args.attach).stat().st_size > _ATTACHMENT_MAX_BYTES:
                raise UsageError(f"attach: {args.attach} is larger than {_ATTACHMENT_MAX_BYTES // 2**20} MB")
            package = Path(args.attach).read_bytes()
        except OSError as error:
            raise UsageError(f"attach: cannot read {args.attach}: {error.strerror or error}") from None
    enclosures = tuple(args.enclosure)
    db = _open(args)
    place = Workplace.of(db, clock)
    built: PackageResult | None = None
    if args.attach_package:
        built = _build_package(place, args.reference, kind, language=None, terms=args.redact_text)
        package = built.pdf
        # The letter lists what the package encloses, as the package's own letter does.
        enclosures = enclosures or tuple(line.title for line in built.index)
    extras = LetterExtras(enclosures=enclosures, free_paragraphs=tuple(args.paragraph))
    service = EmailDraftService(LetterService(CaseService(place)))
    try:
        written = service.write(args.reference, kind, package=package, extras=extras)
    except (LetterInputError, TemplateError) as error:
        raise UsageError(str(error)) from None
    except LetterRefused as error:
        # Refused before anything is written: no file, no letter in the log.
        raise UsageError(f"letter {kind.value}: {error}") from None
    except CaseRuleError as error:
        raise UsageError(str(error)) from None
    for caution in written.letter.cautions:
        print(f"lazeo-desk: warning: {caution.said()}", file=sys.stderr)
    for warning in written.letter.letter.warnings:
        print(f"lazeo-desk: warning: {warning}", file=sys.stderr)
    _write_file(args.out, written.eml)
    loaded = service.record(args.reference, written, file=str(args.out), extras=extras)
    if built is not None:
        CaseService(place).record_access(
            args.reference, "saved",
            {**built.record(), "file": str(args.out), "encrypted_sha256": written.attachment_sha256},
        )
        if built.hidden is not None:
            print(built.hidden.summary(built.language.value) or "nothing to hide was found")
    print(f"{args.out}: draft of {kind.value} ({written.letter.language.value}) to {written.to}, "
          f"SHA-256 {written.sha256}; not sent: open it in the mail program to send it")
    print(f"recorded as sent by email on {clock.today().isoformat()}; "
          f"{loaded.case.reference} is now {loaded.case.status.label}")
    if written.password:
        print(f"attachment SHA-256 {written.attachment_sha256}")
        print(f"password: {written.password}")
        print("give it by another channel (post or telephone), e.g.: "
              + password_note(written.letter.language.value, args.reference, written.password))
    return 0


def _cmd_enclose(args: argparse.Namespace, clock: Clock) -> int:
    from lazeo_desk.services.enclosures import EnclosureService

    db = _open(args)
    outcomes = EnclosureService(Workplace.of(db, clock)).add_files(args.reference, args.files, source=args.source)
    for outcome in outcomes:
        print(terminal_text(outcome.line()))
    return 2 if any(outcome.stored is None for outcome in outcomes) else 0


def _build_package(place: Workplace, reference: str, kind: LetterKind, *, language: Language | None,
                   terms: Sequence[str]) -> PackageResult:
    """The answer package, or a UsageError naming why not (the letter's checks, no enclosure, a term that cannot
    be hidden)."""
    from lazeo_desk.letters.redaction import RedactionError
    from lazeo_desk.services.package import Hiding, PackageRefused, PackageService

    try:
        result = PackageService(place).build_package(
            reference, kind=kind, language=language, hiding=Hiding(terms=tuple(terms))
        )
    except PackageRefused as error:
        raise UsageError(f"package: {error}") from None
    except RedactionError as error:
        raise UsageError(f"redact-text: {error}") from None
    if result.refusals:
        # As for the letter alone: what the checks refuse is not written (docs/rules.md, Before a letter goes out).
        raise UsageError(f"package {kind.value}: {result.refusals[0]}")
    for caution in result.cautions:
        print(f"lazeo-desk: warning: {caution}", file=sys.stderr)
    return result


def _cmd_package(args: argparse.Namespace, clock: Clock) -> int:
    from lazeo_desk.domain.letter_kinds import LetterKind
    from lazeo_desk.services.cases import CaseService
    from lazeo_desk.services.pdf_encryption import encrypt_pdf

    try:
        kind = LetterKind.parse(args.kind)
    except ValueError as error:
        raise UsageError(f"kind: {error}") from None
    _check_out(args.out)
    _writable_target(args.out)
    db = _open(args)
    place = Workplace.of(db, clock)
    result = _build_package(place, args.reference, kind, language=args.lang, terms=args.redact_text)
    written, password = encrypt_pdf(result.pdf) if args.encrypt else (result.pdf, "")
    _write_file(args.out, written)
    record = {**result.record(), "file": str(args.out)}
    if password:
        record["encrypted_sha256"] = hashlib.sha256(written).hexdigest()
    CaseService(place).record_access(args.reference, "saved", record)
    print(f"{args.out}: package {kind.value} ({result.language.value}), {result.pages} pages, "
          f"{len(result.index)} enclosures, SHA-256 {result.sha256}")
    if result.hidden is not None:
        print(result.hidden.summary(result.language.value) or "nothing to hide was found")
    if password:
        print(f"password: {password}")
    return 0


def _cmd_import_email(args: argparse.Namespace, clock: Clock) -> int:
    from lazeo_desk.services.email_intake import import_email_lines

    db = _open(args)
    lines, status = import_email_lines(db, args.files, clock=clock, actor=current_actor(db))
    for line in lines:
        print(line)
    return status


def _cmd_import_scan(args: argparse.Namespace, clock: Clock) -> int:
    from lazeo_desk.services.scan_import import import_scan_lines

    db = _open(args)
    lines, status = import_scan_lines(db, args.files, clock=clock, actor=current_actor(db), received=args.received)
    for line in lines:
        print(line, file=sys.stderr if status == 2 else sys.stdout)
    return status


def _cmd_check(args: argparse.Namespace) -> int:
    from lazeo_desk.services.maintenance import run_check

    # A check reads the file as it is: it must not migrate or otherwise change it.
    result = run_check(_open(args, migrate=False), expect=args.expect_anchor)
    if args.anchor and result.ok and result.head is not None:
        print(result.head.text())
        return 0
    print("\n".join(result.lines))
    if args.anchor and result.ok:
        print("lazeo-desk: the audit trail is empty: there is no head to anchor yet", file=sys.stderr)
    return result.exit_status


def _cmd_audit(args: argparse.Namespace) -> int:
    from lazeo_desk.services.maintenance import audit_trail

    entries = audit_trail(_open(args), args.case)
    if args.json:
        print(json.dumps([entry.to_dict() for entry in entries], ensure_ascii=False, indent=2))
        return 0
    for entry in entries:
        print(entry.line())
    print(f"{len(entries)} entries", file=sys.stderr)
    return 0


def _cmd_backup(args: argparse.Namespace) -> int:
    from lazeo_desk.services.maintenance import backup_database
    from lazeo_desk.store.server_backup import ServerBackupError

    db = _open(args)
    try:
        report = backup_database(db, Path(args.file), actor=current_actor(db))
    except ServerBackupError as failed:
        print(f"lazeo-desk: the backup failed: {terminal_text(failed.message)}", file=sys.stderr)
        return 1
    print(f"backup written to {report.path} ({_counted(report.cases, 'case')})")
    return 0


def _cmd_restore(args: argparse.Namespace) -> int:
    from lazeo_desk.services.actor import login_name
    from lazeo_desk.services.passphrase import restore_backup

    # The database is not opened first: the restore must be the only one using it (so the DPO's name in its
    # settings cannot be read; the login name stands for who restored).
    from lazeo_desk.store.backup import refuse_if_open, refuse_on_server
    from lazeo_desk.store.engines import on_server
    from lazeo_desk.store.location import database_file

    url = _database_url(args)
    if on_server(url):
        return _restore_on_server(url, Path(args.file))
    refuse_on_server(url)
    path = database_file(url)
    if path is not None:
        # Before the backup's passphrase is asked for: whichever it is, an open database is not replaced.
        refuse_if_open(path)
    passphrase = _backup_passphrase(args, Path(args.file))
    report = restore_backup(url, Path(args.file), passphrase=passphrase, actor=login_name())
    print(f"restored from {args.file}; the previous database is kept as {report.previous}")
    return 0


def _cmd_migrate(args: argparse.Namespace) -> int:
    from lazeo_desk.services import passphrase as unlocking
    from lazeo_desk.services.moving import MoveFailed, MoveRefused, move_database
    from lazeo_desk.store.engines import on_server
    from lazeo_desk.store.location import database_file

    url = _database_url(args)
    if unlocking.protection(url) is unlocking.Protection.NEW:
        raise UsageError(f"db: there is no database at {database_file(url)} to move; nothing was created")
    target = database_url(args.to)
    plain = args.plain or unlocking.plain_requested()
    # Taken before the source is opened, which reads it once: a new file is encrypted under the same passphrase.
    given = unlocking.passphrase_from_environment()
    source = _open_url(args, url, migrate=False)
    try:
        passphrase: str | None = None
        if not on_server(target) and not plain:
            path = database_file(target)
            if path is not None and unlocking.protection(target) is unlocking.Protection.NEW:
                passphrase = given if given is not None else _ask_passphrase(str(path), new=True)
        try:
            report = move_database(source, target, actor=current_actor(source), passphrase=passphrase)
        except MoveRefused as refused:
            raise UsageError(refused.message) from None
        except MoveFailed as failed:
            print(f"lazeo-desk: the move failed: {failed.problems[0]}", file=sys.stderr)
            for problem in failed.problems[1:]:
                print(f"  {problem}", file=sys.stderr)
            return 1
    finally:
        source.dispose()
    print("\n".join(report.lines()))
    print("\n".join(report.check.lines))
    return 0


def _restore_on_server(url: str, dump: Path) -> int:
    from lazeo_desk.services.actor import login_name
    from lazeo_desk.services.maintenance import restore_server_backup
    from lazeo_desk.store.server_backup import ServerBackupError

    try:
        report, result = restore_server_backup(url, dump, actor=login_name())
    except ServerBackupError as refused:
        print(f"lazeo-desk: the restore failed, nothing was replaced: {terminal_text(refused.message)}",
              file=sys.stderr)
        return 1
    print(f"restored from {dump}; the previous database is kept as {report.previous}")
    print("\n".join(result.lines))
    return result.exit_status


def _cmd_purge(args: argparse.Namespace, clock: Clock) -> int:
    from lazeo_desk.services.purge import PurgeService

    db = _open(args)
    service = PurgeService(Workplace.of(db, clock))
    candidates = service.candidates()
    years = service.retention_years()
    if not args.yes:
        for candidate in candidates:
            print(f"{candidate.reference}  closed {candidate.closed.isoformat()}  kept until "
                  f"{candidate.kept_until.isoformat()}")
        print(f"{_counted(len(candidates), 'closed case')} past their {years}-year retention; purge them with --yes",
              file=sys.stderr)
        return 0
    reports = service.purge_all_due()
    for report in reports:
        print(f"{report.reference}: purged ({_counted(report.documents, 'document')}, "
              f"{_counted(report.letters, 'letter')}); "
              "an anonymous statistics line is kept")
    print(f"{_counted(len(reports), 'case')} purged", file=sys.stderr)
    return 0


def _cmd_calendar(args: argparse.Namespace, clock: Clock) -> int:
    from lazeo_desk.services.calendar import CalendarService
    from lazeo_desk.services.register_export import EXPORTED
    from lazeo_desk.services.reports import record_action

    if args.stop_refreshing and (args.out or args.keep_refreshed):
        raise UsageError("stop-refreshing: give it alone, without --out or --keep-refreshed")
    if not args.stop_refreshing and not args.out:
        raise UsageError("out: give the calendar file to write (--out FILE.ics)")
    if args.out:
        _check_out(args.out)
    db = _open(args)
    calendar = CalendarService(Workplace.of(db, clock))
    if args.stop_refreshing:
        calendar.keep(None)
        print("the window no longer refreshes a calendar file", file=sys.stderr)
        return 0
    path = Path(args.out).absolute()
    try:
        count = calendar.write(path)
    except OSError as error:
        raise UsageError(f"out: cannot write {args.out}: {error.strerror or error}") from None
    # The references and rights of every open case leave the database: an export like the register's.
    record_action(db, clock, calendar.actor, EXPORTED, {"format": "ics", "file": path.name, "rows": count})
    if args.keep_refreshed:
        calendar.keep(path)
    print(f"{_counted(count, 'open case')} written to {path}", file=sys.stderr)
    return 0


def _cmd_seed(args: argparse.Namespace, clock: Clock) -> int:
    from lazeo_desk.services.seeding import count_cases, seed_cases

    db = _open(args)
    if args.if_empty and count_cases(db) > 0:
        print("the database already holds cases: nothing added", file=sys.stderr)
        return 0
    references = seed_cases(db, args.cases, seed=args.seed, clock=clock)
    print(f"{_counted(len(references), 'sample case')} added")
    return 0


def _cmd_init_server(args: argparse.Namespace) -> int:
    from lazeo_desk.services.team import init_server
    from lazeo_desk.store.engines import on_server

    if not on_server(args.url):
        raise UsageError("url: init-server sets up a PostgreSQL server (postgresql+psycopg://…), not a database file")
    init_server(args.url)
    print("the database is set up for a team: add people with lazeo-desk --db URL person add")
    return 0


def _new_password(args: argparse.Namespace) -> str | None:
    """The password of a person being added: from --password-file or asked twice on the terminal; never argv."""
    import getpass

    if args.no_password:
        return None
    if args.password_file is not None:
        try:
            lines = Path(args.password_file).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as error:
            raise UsageError(f"password-file: {args.password_file} cannot be read ({error})") from error
        if not lines or not lines[0]:
            raise UsageError(f"password-file: {args.password_file} has no password on its first line")
        return lines[0]
    if not sys.stdin.isatty():
        raise UsageError("password: no terminal to ask on: give --password-file FILE, or --no-password")
    first = getpass.getpass(f"Password for {args.role_name}: ")
    if not first:
        raise UsageError("password: empty; give one, or --no-password")
    if getpass.getpass("The same password again: ") != first:
        raise UsageError("password: the two passwords differ; nothing was changed")
    return first


def _cmd_person(args: argparse.Namespace) -> int:
    from lazeo_desk.services import team
    from lazeo_desk.store.engines import on_server

    url = database_url(args.db)
    if not on_server(url):
        raise UsageError(
            "db: people and roles exist only on a PostgreSQL server (team mode); give --db postgresql+psycopg://…"
        )
    try:
        if args.person_command == "list":
            for person in team.people(url):
                centres = ", ".join(person.centres) if person.centres else "every centre"
                print(f"{person.role_name}\t{person.role.value}\t{centres}")
            return 0
        team.check_role_name(args.role_name)
        if args.person_command == "add":
            named = [centre.strip() for centre in args.centre]
            if any(not centre for centre in named):
                raise UsageError("centre: a centre's name cannot be empty")
            team.add_person(url, args.role_name, team.AppRole(args.role), named, _new_password(args))
            print(f"{args.role_name} is in the team as {args.role}")
            return 0
        if not team.remove_person(url, args.role_name):
            raise UsageError(f"role name: {args.role_name} is not in the team")
        print(f"{args.role_name} is no longer in the team; their entries in the audit trail keep their name")
        return 0
    except team.TeamError as error:
        raise UsageError(str(error)) from None


def _run(args: argparse.Namespace, clock: Clock) -> int:
    commands: dict[str, Callable[[], int]] = {
        "deadline": lambda: _cmd_deadline(args),
        "case": lambda: _cmd_case(args, clock),
        "letter": lambda: _cmd_letter(args, clock),
        "enclose": lambda: _cmd_enclose(args, clock),
        "package": lambda: _cmd_package(args, clock),
        "email-draft": lambda: _cmd_email_draft(args, clock),
        "import-email": lambda: _cmd_import_email(args, clock),
        "import-scan": lambda: _cmd_import_scan(args, clock),
        "check": lambda: _cmd_check(args),
        "audit": lambda: _cmd_audit(args),
        "backup": lambda: _cmd_backup(args),
        "restore": lambda: _cmd_restore(args),
        "migrate": lambda: _cmd_migrate(args),
        "purge": lambda: _cmd_purge(args, clock),
        "seed": lambda: _cmd_seed(args, clock),
        "calendar": lambda: _cmd_calendar(args, clock),
        "report": lambda: _cmd_report(args, clock),
        "export": lambda: _cmd_export(args, clock),
        "wording": lambda: _cmd_wording(args, clock),
        "processing": lambda: _cmd_processing(args, clock),
        "init-server": lambda: _cmd_init_server(args),
        "person": lambda: _cmd_person(args),
    }
    command = commands.get(args.command)
    if command is None:
        raise UsageError(f"unknown command {args.command!r}")
    return command()


def _cmd_report(args: argparse.Namespace, clock: Clock) -> int:
    from lazeo_desk.domain.report_figures import Period
    from lazeo_desk.services.reports import ReportService
    from lazeo_desk.store.report_queries import ReportFilter

    if not args.json and not args.out:
        raise UsageError("report: give --json (the figures) or --out FILE.pdf (the annual report)")
    if args.json and args.out:
        raise UsageError("report: give --json or --out, not both")
    if args.out:
        # Refused before the report is made: a report made is an audit entry, and none was written.
        _check_out(args.out)
        _writable_target(args.out)
    report_filter = ReportFilter(Period.year(args.year), jurisdiction=args.country)
    db = _open(args)
    service = ReportService(Workplace.of(db, clock))
    if args.json:
        print(json.dumps(service.report_json(report_filter), ensure_ascii=False, indent=2))
        return 0
    _write_file(args.out, service.annual_report_pdf(report_filter, args.lang))
    print(f"annual report {args.year} written to {args.out}", file=sys.stderr)
    return 0


def _writable_target(path: str) -> None:
    folder = Path(path).parent
    if not folder.is_dir():
        raise UsageError(f"out: the folder {folder} does not exist")


def _cmd_export(args: argparse.Namespace, clock: Clock) -> int:
    from lazeo_desk.services.register_export import ExportFormat, RegisterExportService

    _check_out(args.out)
    _writable_target(args.out)
    case_filter = _register_filter(args)
    db = _open(args)
    service = RegisterExportService(Workplace.of(db, clock))
    try:
        count = service.export(
            _held_by_me(args, case_filter, service.place), Path(args.out), ExportFormat(args.format),
            sort=args.sort, descending=args.descending,
        )
    except OSError as error:
        raise UsageError(f"out: cannot write {args.out}: {error.strerror or error}") from None
    print(f"{_counted(count, 'case')} exported to {args.out}", file=sys.stderr)
    return 0


def _cmd_processing(args: argparse.Namespace, clock: Clock) -> int:
    from lazeo_desk.services.processing import ExportFormat, ProcessingService, RegisterRefused

    if args.processing_command == "export":
        _check_out(args.out)
        _writable_target(args.out)
    elif args.processing_command == "import" and not Path(args.file).is_file():
        raise UsageError(f"file: {args.file} is not a file")
    service = ProcessingService(Workplace.of(_open(args), clock))
    if args.processing_command == "versions":
        history = service.history()
        if not history:
            print("version 1 (not yet stored): the register of the privacy policy")
        for version in history:
            stamp = version.created_at.strftime("%Y-%m-%d %H:%M UTC")
            print(f"version {version.number}  {stamp}  {version.actor}")
            for change in version.changes:
                print(f"  {change}")
        return 0
    try:
        if args.processing_command == "import":
            saved = service.import_file(Path(args.file))
            if saved.changes:
                print(f"the register is now version {saved.number}", file=sys.stderr)
            else:
                print(f"nothing changed: version {saved.number} stays in force", file=sys.stderr)
            return 0
        number = service.export(
            Path(args.out), ExportFormat(args.format), language=args.lang, number=args.register_version
        )
    except RegisterRefused as error:
        raise UsageError(str(error)) from None
    except OSError as error:
        raise UsageError(f"file: cannot use {args.file if args.processing_command == 'import' else args.out}: "
                         f"{error.strerror or error}") from None
    written = f"version {number}" if number is not None else "the policy's register"
    print(f"the processing register ({written}) written to {args.out}", file=sys.stderr)
    return 0


def _cmd_wording(args: argparse.Namespace, clock: Clock) -> int:
    from lazeo_desk.letters.wording_review import review_html
    from lazeo_desk.services.file_output import write_atomically

    _writable_target(args.export)
    page = review_html(clock.today())
    try:
        write_atomically(Path(args.export), page.encode("utf-8"))
    except OSError as error:
        raise UsageError(f"export: cannot write {args.export}: {error.strerror or error}") from None
    print(f"the wording for review written to {args.export}", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None, *, clock: Clock | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 failure, 2 bad input)."""
    if argv is None:
        from lazeo_desk.services.passphrase import hand_over_passphrase

        # Run as a program (not called with arguments): a passphrase given in the environment is taken out of
        # it for good, the program starting again with the passphrase in a pipe (see hand_over_passphrase).
        hand_over_passphrase()
    clock = clock or SystemClock()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.command is None:
            from lazeo_desk.app import start
            from lazeo_desk.services.file_output import clear_stale_scratch
            from lazeo_desk.services.passphrase import plain_requested

            # Letters a crashed run handed to the PDF viewer are removed now (a normal run removes its own).
            clear_stale_scratch()

            # The window asks for the passphrase itself (or takes LAZEO_DESK_PASSPHRASE).
            return start(_database_url(args), plain=args.plain or plain_requested(), clock=clock, demo=args.demo)
        with _shown_output():
            return _run(args, clock)
    except (UsageError, CaseFormatError) as error:
        print(f"lazeo-desk: error: {terminal_text(str(error))}", file=sys.stderr)
        return 2
    except (CaseNotFound, TransitionError, StaleCase, CaseRuleError, ValueError) as error:
        print(f"lazeo-desk: error: {terminal_text(str(error))}", file=sys.stderr)
        return 1
    except StoreError as error:
        print(f"lazeo-desk: {terminal_text(str(error))}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader went away (``lazeo-desk case list | head``): stop quietly, as other command-line tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
