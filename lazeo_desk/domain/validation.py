"""What makes a case's data coherent before it is stored, and the bounds every number, date and text respects.

The bounds are not law: they keep what a person could really enter (a name, an address, a letter's worth of
request) and refuse what only an error or an attack produces (a name of ten million characters, the year 9999),
with the field named, before anything is computed or written. The window's forms and the command line use the
same functions.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from lazeo_desk.domain.case import Case, OutcomeKind, Relationship
from lazeo_desk.domain.messages import Problem, said
from lazeo_desk.domain.status import Status

# Dates: the register holds requests of living memory; the deadline engine counts holidays up to 2200.
FIRST_YEAR = 1900
LAST_YEAR = 2200
# Texts: a name, an e-mail address, a patient number or a centre fits on one line of a letter; a postal address
# on a few; a note, a reason or a ground is at most a long letter (100,000 characters). The request's text may
# be a whole e-mail thread, so it may be ten times that (the message itself is kept as a document besides).
LINE_MAX = 300
ADDRESS_LINES_MAX = 10
PROOF_MAX = 2_000
LONG_TEXT_MAX = 100_000
REQUEST_TEXT_MAX = 1_000_000
# Who holds a case: a database role or a person's name, on one line of the register.
ASSIGNEE_MAX = 120
# How many sample cases one command may add (the benchmarks use 100,000).
SEED_CASES_MAX = 1_000_000


def date_problem(field: str, day: date) -> Problem | None:
    """A date outside the years the program counts in (1900 to 2200), or None."""
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        return Problem(
            field, said("{day} is not between {first} and {last}", day=day, first=FIRST_YEAR, last=LAST_YEAR)
        )
    return None


def birth_date_problem(birth: date, today: date) -> Problem | None:
    """A date of birth before 1900 or after today, or None."""
    if birth.year < FIRST_YEAR:
        return Problem("subject.birth_date", said("{day} is before {first}", day=birth, first=FIRST_YEAR))
    if birth > today:
        return Problem("subject.birth_date", said("{day} is in the future", day=birth))
    return None


def text_problem(field: str, text: str, limit: int) -> Problem | None:
    """A text longer than ``limit`` characters, or None."""
    if len(text) > limit:
        return Problem(
            field, said("{count} characters, more than the {limit} allowed", count=len(text), limit=limit)
        )
    return None


def assignee_problem(person: str) -> Problem | None:
    """A name for who holds a case that is not one line of at most :data:`ASSIGNEE_MAX` printable characters."""
    if any(not character.isprintable() for character in person):
        return Problem("assignee", said("the name of who holds the case must be one line of printable characters"))
    return text_problem("assignee", person, ASSIGNEE_MAX)


def lines_problem(field: str, lines: Sequence[str]) -> Problem | None:
    """An address of more lines than an envelope holds, or a line longer than one line of a letter; or None."""
    if len(lines) > ADDRESS_LINES_MAX:
        return Problem(
            field, said("{count} lines, more than the {limit} allowed", count=len(lines), limit=ADDRESS_LINES_MAX)
        )
    for index, line in enumerate(lines):
        found = text_problem(f"{field}[{index}]", line, LINE_MAX)
        if found is not None:
            return found
    return None


def count_problem(field: str, value: int, low: int, high: int) -> Problem | None:
    """A number given on the command line outside ``low`` … ``high``, or None."""
    if not low <= value <= high:
        return Problem(field, said("{value} is not between {low} and {high}", value=value, low=low, high=high))
    return None


def bound_problems(case: Case) -> list[Problem]:
    """Every date, text and list of ``case`` outside its bounds (see the limits above)."""
    found: list[Problem | None] = []
    for name in ("received", "completed", "answered", "closed", "awaiting_since", "info_requested"):
        value = getattr(case, name)
        if value is not None:
            found.append(date_problem(name, value))
    subject, requester = case.subject, case.requester
    for name in ("birth_date", "death_date", "last_consultation"):
        value = getattr(subject, name)
        if value is not None:
            found.append(date_problem(f"subject.{name}", value))
    if case.extension is not None:
        found.append(date_problem("extension.notice_date", case.extension.notice_date))
        found.append(text_problem("extension.reason", case.extension.reason, LONG_TEXT_MAX))
    for name in ("name", "family_name", "email", "patient_number", "centre"):
        found.append(text_problem(f"subject.{name}", getattr(subject, name), LINE_MAX))
    found.append(lines_problem("subject.address", subject.address))
    for name in ("name", "family_name", "email"):
        found.append(text_problem(f"requester.{name}", getattr(requester, name), LINE_MAX))
    found.append(lines_problem("requester.address", requester.address))
    found.append(text_problem("requester.proof", requester.proof, PROOF_MAX))
    found.append(text_problem("requester.purpose_explanation", requester.purpose_explanation, PROOF_MAX))
    practitioner = requester.designated_practitioner
    if practitioner is not None:
        for name in ("name", "family_name"):
            found.append(
                text_problem(f"requester.designated_practitioner.{name}", getattr(practitioner, name), LINE_MAX)
            )
        found.append(lines_problem("requester.designated_practitioner.address", practitioner.address))
    found.append(text_problem("request_text", case.request_text, REQUEST_TEXT_MAX))
    found.append(text_problem("notes", case.notes, LONG_TEXT_MAX))
    for right, outcome in case.outcomes.items():
        found.append(text_problem(f"outcomes.{right.value}.ground", outcome.ground, LONG_TEXT_MAX))
    return [problem for problem in found if problem is not None]


def problems(case: Case, today: date) -> list[Problem]:
    """Every inconsistency in ``case``, each as "field: what is wrong"; empty when the case can be stored.

    A case outside the bounds (:func:`bound_problems`) is judged on those alone: the other rules are not worth
    computing on a date in the year 9999 or a name of a million characters.
    """
    out_of_bounds = bound_problems(case)
    if out_of_bounds:
        return out_of_bounds
    found: list[Problem] = []
    if not case.subject.name.strip():
        found.append(Problem("subject.name", said("the data subject's name is required")))
    if not case.rights:
        found.append(Problem("rights", said("at least one right must be invoked")))
    if len(set(case.rights)) != len(case.rights):
        found.append(Problem("rights", said("a right is listed twice")))
    if case.received > today:
        found.append(Problem("received", said("{day} is in the future", day=case.received)))
    for name in ("completed", "answered", "closed", "awaiting_since", "info_requested"):
        value = getattr(case, name)
        if value is not None and value > today:
            found.append(Problem(name, said("{day} is in the future", day=value)))
    if case.completed is not None and case.completed < case.received:
        found.append(Problem("completed", said("a request cannot be complete before it is received")))
    if case.answered is not None and case.answered < case.received:
        found.append(Problem("answered", said("the answer cannot precede the request")))
    if case.closed is not None and case.closed < case.received:
        found.append(Problem("closed", said("a case cannot be closed before it is received")))
    if case.status is Status.AWAITING_REQUESTER and case.awaiting_since is None:
        found.append(
            Problem("awaiting_since", said("a case awaiting the requester needs the day the information was asked for"))
        )
    if case.awaiting_since is not None and case.awaiting_since < case.received:
        found.append(
            Problem("awaiting_since", said("the information cannot be asked for before the request was received"))
        )
    if case.status in (Status.ANSWERED, Status.REFUSED, Status.REFERRED) and case.answered is None:
        found.append(
            Problem("answered", said("a case that is {status} needs the date it was answered", status=case.status))
        )
    if case.status is Status.CLOSED and case.closed is None:
        found.append(Problem("closed", said("a closed case needs the date it was closed")))
    if case.extension is not None and case.extension.notice_date < case.received:
        found.append(
            Problem("extension.notice_date", said("the extension cannot be notified before the request was received"))
        )
    birth = case.subject.birth_date
    if birth is not None:
        wrong_birth = birth_date_problem(birth, today)
        if wrong_birth is not None:
            found.append(wrong_birth)
        elif birth > case.received:
            found.append(Problem("subject.birth_date", said("the person is born after the request was received")))
    if case.subject.death_date is not None:
        if not case.subject.deceased:
            found.append(
                Problem("subject.death_date", said("a date of death is given but the person is not marked deceased"))
            )
        if birth is not None and case.subject.death_date < birth:
            found.append(Problem("subject.death_date", said("the person died before being born")))
    if case.requester.is_representative and not case.requester.name.strip():
        found.append(
            Problem("requester.name", said("the name of the person asking on the subject's behalf is required"))
        )
    if case.requester.relationship is Relationship.HEIR and not case.subject.deceased:
        found.append(
            Problem("requester.relationship", said("an heir asks for a deceased person; mark the subject deceased"))
        )
    if case.extension is not None and not case.extension.reason.strip():
        found.append(Problem("extension.reason", said("an extension needs its reasons (GDPR Art 12(3))")))
    for right, outcome in case.outcomes.items():
        if right not in case.rights:
            found.append(Problem(f"outcomes.{right.value}", said("an outcome for a right that was not invoked")))
        if outcome.kind is not OutcomeKind.GRANTED and not outcome.ground.strip():
            found.append(
                Problem(
                    f"outcomes.{right.value}",
                    said("a refusal or partial grant needs its ground (GDPR Art 12(4))"),
                )
            )
    return found
