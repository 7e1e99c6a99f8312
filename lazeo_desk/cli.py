"""The command line: ``lazeo-desk [--db PATH|URL] [COMMAND …]``; without a command it opens the window."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from typing import NoReturn

from lazeo_desk import __version__
from lazeo_desk.domain.case import Jurisdiction
from lazeo_desk.domain.case_json import CaseFormatError, case_from_json, case_to_dict
from lazeo_desk.domain.clock import Clock, SystemClock
from lazeo_desk.domain.deadlines import DeadlineReport, compute_deadline, countdown
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status, TransitionError
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


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="lazeo-desk", description="The DPO's desk for data subject requests.")
    parser.add_argument("--version", action="version", version=f"lazeo-desk {__version__}")
    parser.add_argument("--db", metavar="PATH|URL", help="database file or SQLAlchemy URL (or LAZEO_DESK_DB)")
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

    seed = commands.add_parser("seed", help="add realistic sample cases (deterministic for a seed)")
    seed.add_argument("--cases", type=int, required=True)
    seed.add_argument("--seed", type=int, default=1)
    seed.add_argument("--if-empty", action="store_true", help="only when the database holds no case")
    return parser


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


def _open(args: argparse.Namespace) -> Database:
    return Database(database_url(args.db))


def _cmd_case(args: argparse.Namespace, clock: Clock) -> int:
    from lazeo_desk.services.cases import CaseService
    from lazeo_desk.store import register

    if args.case_command == "add":
        try:
            text = sys.stdin.read() if args.json == "-" else open(args.json, encoding="utf-8").read()
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


def main(argv: Sequence[str] | None = None, *, clock: Clock | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 failure, 2 bad input)."""
    clock = clock or SystemClock()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.command is None:
            from lazeo_desk.app import run

            return run(_open(args), clock=clock)
        if args.command == "deadline":
            return _cmd_deadline(args)
        if args.command == "case":
            return _cmd_case(args, clock)
        if args.command == "seed":
            return _cmd_seed(args, clock)
        raise UsageError(f"unknown command {args.command!r}")
    except (UsageError, CaseFormatError) as error:
        print(f"lazeo-desk: error: {error}", file=sys.stderr)
        return 2
    except (CaseNotFound, TransitionError, StaleCase, ValueError) as error:
        print(f"lazeo-desk: error: {error}", file=sys.stderr)
        return 1
    except StoreError as error:
        print(f"lazeo-desk: {error}", file=sys.stderr)
        return 1

