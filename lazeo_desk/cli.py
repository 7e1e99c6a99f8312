"""The command line: ``lazeo-desk [--db PATH|URL] [COMMAND …]``; without a command it opens the window."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import NoReturn

from lazeo_desk import __version__
from lazeo_desk.domain.case import Jurisdiction, Language
from lazeo_desk.domain.case_json import CaseFormatError, case_from_json, case_to_dict
from lazeo_desk.domain.clock import Clock, SystemClock
from lazeo_desk.domain.deadlines import DeadlineReport, compute_deadline, countdown
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status, TransitionError
from lazeo_desk.letters.context import RefusalGround
from lazeo_desk.services.cases import CaseRuleError
from lazeo_desk.services.letters import SendMethod
from lazeo_desk.store.cases import CaseNotFound, StaleCase
from lazeo_desk.store.database import Database, StoreError
from lazeo_desk.store.location import database_url


class UsageError(Exception):
    """Bad input on the command line: one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _date(field: str) -> Callable[[str], date]:
    def parse(text: str) -> date:
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a valid date (YYYY-MM-DD)") from None

    parse.__name__ = field
    return parse


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


def _status(text: str) -> Status:
    try:
        return Status.parse(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


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
    listing.add_argument("--status", type=_status)
    listing.add_argument("--overdue", action="store_true")
    listing.add_argument("--limit", type=int, default=0, help="at most this many (0: all)")
    listing.add_argument("--json", action="store_true")

    letter = commands.add_parser("letter", help="write a letter of a case as PDF (and record it as sent)")
    letter.add_argument("reference", nargs="?", help="the case reference, e.g. DSAR-2026-0001")
    letter.add_argument("kind", nargs="?", help="the kind of letter (see --list-kinds)")
    letter.add_argument("--list-kinds", action="store_true", help="list the kinds of letter, one a line, key first")
    letter.add_argument("--lang", type=_language, help="nl, fr or en (default: the case's language)")
    letter.add_argument("--out", metavar="FILE.pdf", help="where to write the PDF")
    letter.add_argument(
        "--sent-by", type=_method, help="record it as sent: post, registered-post, email or hand-delivery"
    )
    letter.add_argument("--tracking", default="", help="the registered-post tracking number")
    letter.add_argument("--enclosure", action="append", default=[], help="an enclosed document (repeatable)")
    letter.add_argument("--paragraph", action="append", default=[], help="a free paragraph (repeatable)")
    letter.add_argument("--item", action="append", default=[], help="an item asked for (identity-request)")
    letter.add_argument("--reason", default="", help="the reasons of an extension or a refusal")
    letter.add_argument(
        "--refusal-ground", type=_refusal_ground, help="identity-not-established, manifestly-unfounded or excessive"
    )
    letter.add_argument("--on", type=_date("on"), help="date of the letter (default: today)")

    intake = commands.add_parser("import-email", help="turn .eml/.msg files into cases (or link them to one)")
    intake.add_argument("files", nargs="+", metavar="FILE")

    commands.add_parser("check", help="check the database, the audit trail and every stored document")
    backup = commands.add_parser("backup", help="write a consistent backup of the database (documents included)")
    backup.add_argument("file", metavar="FILE")
    restore = commands.add_parser("restore", help="verify a backup, then put it in place of the database")
    restore.add_argument("file", metavar="FILE")

    purge = commands.add_parser(
        "purge", help="list the closed cases whose retention period is over, or purge them (--yes)"
    )
    purge.add_argument("--yes", action="store_true", help="purge them: personal data and documents are removed")

    seed = commands.add_parser("seed", help="add realistic sample cases (deterministic for a seed)")
    seed.add_argument("--cases", type=int, required=True)
    seed.add_argument("--seed", type=int, default=1)
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
    export.add_argument("--year", type=_year, help="only the cases received in this year")
    export.add_argument("--status", type=_status)
    return parser


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


def _open(args: argparse.Namespace, *, migrate: bool = True) -> Database:
    """The database of ``--db``: encrypted (the passphrase is asked for), or plain when asked for explicitly."""
    from lazeo_desk.services import passphrase as unlocking
    from lazeo_desk.store.database import IS_PLAIN, NOT_A_DATABASE
    from lazeo_desk.store.location import database_file

    url = database_url(args.db)
    if args.plain or unlocking.plain_requested():
        return unlocking.open_plain_database(url, migrate=migrate)
    found = unlocking.protection(url)
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


def _cmd_case(args: argparse.Namespace, clock: Clock) -> int:
    from lazeo_desk.services.cases import CaseService
    from lazeo_desk.store import register

    if args.case_command == "add":
        try:
            text = sys.stdin.read() if args.json == "-" else Path(args.json).read_text(encoding="utf-8")
        except OSError as error:
            raise UsageError(f"json: cannot read {args.json}: {error.strerror}") from None
        except UnicodeDecodeError:
            raise UsageError(f"json: {args.json} is not UTF-8 text") from None
        case = case_from_json(text)
        service = CaseService(_open(args), clock)
        print(service.open_case(case))
        return 0
    service = CaseService(_open(args), clock)
    if args.case_command == "show":
        loaded = service.load(args.reference)
        if args.json:
            data = case_to_dict(loaded.case)
            data["deadline"] = _deadline_json(loaded.deadline)
            data["countdown"] = loaded.countdown.state.value
            print(json.dumps(data, ensure_ascii=False, indent=2))
            return 0
        _print_case(loaded)
        return 0
    today = clock.today()
    case_filter = register.CaseFilter(
        statuses=frozenset({args.status}) if args.status else frozenset(),
        quick=register.QuickFilter.OVERDUE if args.overdue else None,
    )
    rules = service.rules()
    rows: list[register.RegisterRow] = []
    with service.db.transaction() as session:
        offset, page = 0, 1000
        while True:
            chunk = register.fetch_page(session, case_filter, today, offset=offset, limit=page)
            rows.extend(chunk)
            offset += page
            if len(chunk) < page or (args.limit and len(rows) >= args.limit):
                break
    if args.limit:
        rows = rows[: args.limit]
    items = []
    for row in rows:
        state = countdown(
            due=row.due_date, today=today, calendar_=rules.calendar(row.jurisdiction),
            paused_since=row.awaiting_since if row.status is Status.AWAITING_REQUESTER else None,
            answered=row.answered, is_open=row.status.is_open,
        )
        items.append((row, state))
    if args.json:
        print(json.dumps([
            {"reference": r.reference, "status": r.status.value, "jurisdiction": r.jurisdiction.value,
             "received": r.received.isoformat(), "due": r.due_date.isoformat() if r.due_date else None,
             "countdown": s.state.value, "days_left": s.days_left, "subject": r.subject_name,
             "rights": [x.value for x in r.rights]}
            for r, s in items
        ], ensure_ascii=False, indent=2))
        return 0
    for row, state in items:
        due = row.due_date.isoformat() if row.due_date else "paused" if state.paused_since else "-"
        left = f"{state.days_left:+d}d" if state.days_left is not None else ""
        print(f"{row.reference}  {row.status.value:<18} {row.jurisdiction.value}  received {row.received.isoformat()}"
              f"  due {due:<10} {state.state.value:<14} {left:>5}  {row.subject_name}")
    print(f"{len(items)} case(s)", file=sys.stderr)
    return 0


def _print_case(loaded: object) -> None:
    from lazeo_desk.services.cases import LoadedCase

    assert isinstance(loaded, LoadedCase)
    case = loaded.case
    requester = case.requester
    print(f"{case.reference}  {case.status.label}  ({case.jurisdiction.value}, {case.language.value}, "
          f"{case.channel.value})")
    born = f", born {case.subject.birth_date}" if case.subject.birth_date else ""
    print(f"  Subject:   {case.subject.name}{born}")
    if case.subject.address:
        print(f"  Address:   {' / '.join(case.subject.address)}")
    if requester.is_representative:
        print(f"  Requester: {requester.name} ({requester.relationship.value})")
        if requester.purpose is not None:
            print(f"  Purpose:   {requester.purpose.value}")
        if requester.designated_practitioner is not None:
            print(f"  Practitioner: {requester.designated_practitioner.name}")
    print(f"  Rights:    {', '.join(r.value for r in case.rights)}")
    print(f"  Received:  {case.received.isoformat()}")
    left = loaded.countdown.days_left
    shown = "" if left is None else f", {left} days left" if left >= 0 else f", {-left} days overdue"
    print(f"  Countdown: {loaded.countdown.state.value}{shown}")
    for line in loaded.deadline.explain():
        print(f"    {line}")
    print("  Timeline:")
    for event in case.timeline:
        text = event.text.replace("\n", "; ")
        print(f"    {event.at.astimezone():%Y-%m-%d %H:%M}  {event.actor}: {event.kind}: {text}")


def _write_file(path: str, content: bytes) -> None:
    """Write whole or not at all: a full disk leaves no half-written PDF behind."""
    from lazeo_desk.services.file_output import write_atomically

    try:
        write_atomically(Path(path), content)
    except OSError as error:
        raise UsageError(f"out: cannot write {path}: {error.strerror or error}") from None


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
    )
    letters = LetterService(CaseService(_open(args), clock))
    try:
        draft = letters.draft(args.reference, kind, language=args.lang, extras=extras, on=args.on)
    except (LetterInputError, TemplateError) as error:
        raise UsageError(str(error)) from None
    if draft.refusals:
        # Refused before anything is written: no file, no letter in the log (DOMAIN.md, Before a letter goes out).
        raise UsageError(f"letter {kind.value}: {draft.refusals[0].said()}")
    for caution in draft.cautions:
        print(f"lazeo-desk: warning: {caution.said()}", file=sys.stderr)
    if not draft.fits_case:
        print(f"lazeo-desk: warning: the letter '{kind.value}' does not fit the case's present state "
              f"({letters.cases.load(args.reference).case.status.label}); written as asked", file=sys.stderr)
    for warning in draft.letter.warnings:
        print(f"lazeo-desk: warning: {warning}", file=sys.stderr)
    if args.out:
        _write_file(args.out, draft.pdf)
        print(f"{args.out}: {kind.value} ({draft.language.value}), SHA-256 {draft.sha256}")
    if args.sent_by:
        loaded = letters.send(args.reference, draft, method=args.sent_by, tracking_number=args.tracking, extras=extras)
        print(f"recorded as sent by {args.sent_by.value} on {clock.today().isoformat()}; "
              f"{loaded.case.reference} is now {loaded.case.status.label}")
    return 0


def _cmd_import_email(args: argparse.Namespace, clock: Clock) -> int:
    from lazeo_desk.services.email_intake import import_email_lines

    lines, status = import_email_lines(_open(args), args.files, clock=clock, actor=_actor())
    for line in lines:
        print(line)
    return status


def _actor() -> str:
    """Who acts, for the timeline: the DPO's login name on this workstation."""
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "DPO"


def _cmd_check(args: argparse.Namespace) -> int:
    from lazeo_desk.services.maintenance import run_check

    # A check reads the file as it is: it must not migrate or otherwise change it.
    result = run_check(_open(args, migrate=False))
    print("\n".join(result.lines))
    return result.exit_status


def _cmd_backup(args: argparse.Namespace) -> int:
    from lazeo_desk.store.backup import backup

    report = backup(_open(args), Path(args.file))
    print(f"backup written to {report.path} ({report.cases} cases)")
    return 0


def _cmd_restore(args: argparse.Namespace) -> int:
    from lazeo_desk.services.passphrase import restore_backup

    # The database is not opened first: the restore must be the only one using it.
    passphrase = _backup_passphrase(args, Path(args.file))
    report = restore_backup(database_url(args.db), Path(args.file), passphrase=passphrase, actor=_actor())
    print(f"restored from {args.file}; the previous database is kept as {report.previous}")
    return 0


def _cmd_purge(args: argparse.Namespace, clock: Clock) -> int:
    from lazeo_desk.services.purge import PurgeService

    service = PurgeService(_open(args), clock, _actor())
    candidates = service.candidates()
    years = service.retention_years()
    if not args.yes:
        for candidate in candidates:
            print(f"{candidate.reference}  closed {candidate.closed.isoformat()}  kept until "
                  f"{candidate.kept_until.isoformat()}")
        print(f"{len(candidates)} closed case(s) past their {years}-year retention; purge them with --yes",
              file=sys.stderr)
        return 0
    reports = service.purge_all_due()
    for report in reports:
        print(f"{report.reference}: purged ({report.documents} document(s), {report.letters} letter(s)); "
              "an anonymous statistics line is kept")
    print(f"{len(reports)} case(s) purged", file=sys.stderr)
    return 0


def _cmd_seed(args: argparse.Namespace, clock: Clock) -> int:
    from lazeo_desk.services.seeding import count_cases, seed_cases

    if args.cases < 0:
        raise UsageError("cases: the number of cases cannot be negative")
    db = _open(args)
    if args.if_empty and count_cases(db) > 0:
        print("the database already holds cases: nothing added", file=sys.stderr)
        return 0
    references = seed_cases(db, args.cases, seed=args.seed, clock=clock)
    print(f"{len(references)} sample case(s) added")
    return 0


def _cmd_report(args: argparse.Namespace, clock: Clock) -> int:
    from lazeo_desk.domain.report_figures import Period
    from lazeo_desk.services.reports import ReportService
    from lazeo_desk.store.report_queries import ReportFilter

    if not args.json and not args.out:
        raise UsageError("report: give --json (the figures) or --out FILE.pdf (the annual report)")
    if args.json and args.out:
        raise UsageError("report: give --json or --out, not both")
    if args.out:
        _writable_target(args.out)
    report_filter = ReportFilter(Period.year(args.year), jurisdiction=args.country)
    service = ReportService(_open(args), clock, _actor())
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
    from lazeo_desk.store.register import CaseFilter

    _writable_target(args.out)
    case_filter = CaseFilter(
        statuses=frozenset({args.status}) if args.status else frozenset(),
        received_from=date(args.year, 1, 1) if args.year else None,
        received_to=date(args.year, 12, 31) if args.year else None,
    )
    service = RegisterExportService(_open(args), clock, _actor())
    try:
        count = service.export(case_filter, Path(args.out), ExportFormat(args.format))
    except OSError as error:
        raise UsageError(f"out: cannot write {args.out}: {error.strerror or error}") from None
    print(f"{count} case(s) exported to {args.out}", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None, *, clock: Clock | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 failure, 2 bad input)."""
    clock = clock or SystemClock()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.command is None:
            from lazeo_desk.app import start
            from lazeo_desk.services.passphrase import plain_requested

            # The window asks for the passphrase itself (or takes LAZEO_DESK_PASSPHRASE).
            return start(database_url(args.db), plain=args.plain or plain_requested(), clock=clock, demo=args.demo)
        if args.command == "deadline":
            return _cmd_deadline(args)
        if args.command == "case":
            return _cmd_case(args, clock)
        if args.command == "letter":
            return _cmd_letter(args, clock)
        if args.command == "import-email":
            return _cmd_import_email(args, clock)
        if args.command == "check":
            return _cmd_check(args)
        if args.command == "backup":
            return _cmd_backup(args)
        if args.command == "restore":
            return _cmd_restore(args)
        if args.command == "purge":
            return _cmd_purge(args, clock)
        if args.command == "seed":
            return _cmd_seed(args, clock)
        if args.command == "report":
            return _cmd_report(args, clock)
        if args.command == "export":
            return _cmd_export(args, clock)
        raise UsageError(f"unknown command {args.command!r}")
    except (UsageError, CaseFormatError) as error:
        print(f"lazeo-desk: error: {error}", file=sys.stderr)
        return 2
    except (CaseNotFound, TransitionError, StaleCase, CaseRuleError, ValueError) as error:
        print(f"lazeo-desk: error: {error}", file=sys.stderr)
        return 1
    except StoreError as error:
        print(f"lazeo-desk: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader went away (``lazeo-desk case list | head``): stop quietly, as other command-line tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0

