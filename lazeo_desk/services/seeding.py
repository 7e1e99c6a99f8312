"""Realistic sample cases for demos, tests and benchmarks: varied, and the same for the same seed."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, insert, select

from lazeo_desk.domain.case import (
    Case,
    Channel,
    DataSubject,
    Extension,
    Jurisdiction,
    Language,
    OutcomeKind,
    Relationship,
    Requester,
    RightOutcome,
    format_reference,
)
from lazeo_desk.domain.clock import Clock
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status
from lazeo_desk.domain.timeline_lines import sample_received
from lazeo_desk.domain.validation import SEED_CASES_MAX, count_problem
from lazeo_desk.services.cases import DeadlineRules
from lazeo_desk.store import engines
from lazeo_desk.store.cases import case_columns, to_utc
from lazeo_desk.store.database import Database
from lazeo_desk.store.models import CaseRightRow, CaseRow, EventRow, ReferenceCounter
from lazeo_desk.store.sentences import encode_lines

# Marks a sample case's notes and starts its opening event (whose sentence repeats it: a template is a literal).
SAMPLE_NOTE = "Sample case (demo data)"


@dataclass(frozen=True)
class _Country:
    jurisdiction: Jurisdiction
    languages: tuple[Language, ...]
    centres: tuple[tuple[str, str], ...]  # (centre, "postcode city")
    streets: tuple[str, ...]
    given: tuple[str, ...]
    family: tuple[str, ...]
    country_line: str


_COUNTRIES = (
    _Country(
        Jurisdiction.BE,
        (Language.NL, Language.NL, Language.FR),
        (("Gent", "9000 Gent"), ("Antwerpen", "2000 Antwerpen"), ("Brussel", "1000 Brussel"),
         ("Liège", "4000 Liège"), ("Brugge", "8000 Brugge")),
        ("Kerkstraat", "Stationsstraat", "Rue de la Loi", "Nieuwstraat", "Avenue Louise", "Dorpsstraat"),
        ("Ëlodie", "Sofie", "Lotte", "Marie", "Jan", "Pieter", "Noor", "Amélie", "Wout", "Fatima", "Inès", "Lars"),
        ("Vercammen", "Peeters", "Janssens", "Maes", "De Smet", "Dubois", "Lambert", "Claes", "Van den Broeck",
         "El Amrani", "Willems", "Goossens"),
        "België",
    ),
    _Country(
        Jurisdiction.FR,
        (Language.FR,),
        (("Paris 16e", "75116 PARIS"), ("Lyon", "69002 LYON"), ("Bordeaux", "33000 BORDEAUX"),
         ("Marseille", "13008 MARSEILLE"), ("Lille", "59000 LILLE"), ("Nice", "06000 NICE")),
        ("rue de la Paix", "avenue Victor Hugo", "boulevard Voltaire", "rue Nationale", "cours Lafayette"),
        ("Camille", "Léa", "Chloé", "Manon", "Hélène", "Thomas", "Nicolas", "Anaïs", "Zoé", "Françoise", "Yasmine"),
        ("Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Laurent", "Garnier", "Rousseau", "Benali",
         "O'Brien", "Faure", "Mercier"),
        "FRANCE",
    ),
    _Country(
        Jurisdiction.LU,
        (Language.FR, Language.EN),
        (("Luxembourg", "L-1111 Luxembourg"), ("Esch-sur-Alzette", "L-4001 Esch-sur-Alzette")),
        ("rue de Hollerich", "boulevard Royal", "avenue de la Gare", "route d'Arlon"),
        ("Mike", "Sarah", "Claire", "Luc", "Anne", "Tom", "Laura", "Paul", "Joëlle"),
        ("Schmit", "Muller", "Weber", "Hoffmann", "Wagner", "Reuter", "Thill", "Kieffer"),
        "Luxembourg",
    ),
)

_CHANNELS = (Channel.EMAIL,) * 5 + (Channel.POST,) * 3 + (Channel.WEB_FORM, Channel.DOCTOLIB, Channel.IN_PERSON,
                                                        Channel.PHONE)
_RIGHT_SETS: tuple[tuple[Right, ...], ...] = (
    (Right.ACCESS,),
    (Right.ACCESS,),
    (Right.ACCESS, Right.MEDICAL_RECORD),
    (Right.MEDICAL_RECORD,),
    (Right.ERASURE,),
    (Right.ERASURE, Right.OBJECTION),
    (Right.OBJECTION,),
    (Right.WITHDRAW_CONSENT,),
    (Right.RECTIFICATION,),
    (Right.PORTABILITY,),
    (Right.RESTRICTION,),
    (Right.ACCESS, Right.RECTIFICATION),
)


def _outcome_for(right: Right, rng: random.Random) -> RightOutcome:
    if right is Right.ERASURE:
        return RightOutcome(OutcomeKind.PARTLY_GRANTED, "GDPR Art 17(3)(b)/(c): medical file retention (CSP)")
    if rng.random() < 0.08:
        return RightOutcome(OutcomeKind.REFUSED, "GDPR Art 12(5): manifestly unfounded")
    return RightOutcome(OutcomeKind.GRANTED)


def sample_case(rng: random.Random, today: date) -> Case:
    """One plausible request received within the last year and a half."""
    country = rng.choice(_COUNTRIES)
    centre, city_line = rng.choice(country.centres)
    given, family = rng.choice(country.given), rng.choice(country.family)
    received = today - timedelta(days=int(rng.triangular(0, 540, 10)))
    rights = rng.choice(_RIGHT_SETS)
    birth = date(rng.randint(1945, 2008), rng.randint(1, 12), rng.randint(1, 28))
    minor = (received - birth).days < 18 * 365
    address = (f"{rng.choice(country.streets)} {rng.randint(1, 180)}", city_line, country.country_line)
    requester = Requester()
    if minor:
        parent = f"{rng.choice(country.given)} {family}"
        requester = Requester(Relationship.PARENT, parent, address, proof="livret de famille / gezinsboekje")
    elif rng.random() < 0.05:
        requester = Requester(
            Relationship.MANDATARY, f"Maître {rng.choice(country.given)} {rng.choice(country.family)}",
            (f"{rng.randint(1, 90)} {rng.choice(country.streets)}", city_line, country.country_line),
            proof="signed mandate",
        )
    case = Case(
        jurisdiction=country.jurisdiction,
        language=rng.choice(country.languages),
        channel=rng.choice(_CHANNELS),
        received=received,
        rights=rights,
        subject=DataSubject(
            name=f"{given} {family}",
            birth_date=birth,
            email=f"{given}.{family}".lower().replace(" ", "").replace("'", "") + "@example.org",
            address=address,
            patient_number=f"{country.jurisdiction.value}-{rng.randint(100000, 999999)}",
            centre=centre,
            minor=minor,
            last_consultation=received - timedelta(days=rng.randint(20, 2000)),
        ),
        requester=requester,
        records_older_than_5_years=rng.random() < 0.1,
        notes=SAMPLE_NOTE,
    )
    _advance(case, rng, today)
    return case


def _advance(case: Case, rng: random.Random, today: date) -> None:
    """Move the case along a plausible life according to its age."""
    age = (today - case.received).days
    roll = rng.random()
    # Most requests are answered within the month; a few old ones are still open, as in a real register.
    if (age > 35 and roll > 0.03) or (age > 20 and roll < 0.6):
        case.status = Status.CLOSED if age > 60 else Status.ANSWERED
        case.answered = min(today, case.received + timedelta(days=rng.randint(3, 34)))
        if case.status is Status.CLOSED:
            case.closed = min(today, case.answered + timedelta(days=rng.randint(0, 10)))
        case.outcomes = {r: _outcome_for(r, rng) for r in case.rights}
        return
    if roll < 0.15:
        case.status = Status.NEW
    elif roll < 0.3:
        case.status = Status.VERIFYING_IDENTITY
    elif roll < 0.45:
        case.status = Status.AWAITING_REQUESTER
        asked = min(today, case.received + timedelta(days=rng.randint(1, 9)))
        case.awaiting_since = case.info_requested = asked
    else:
        case.status = Status.IN_PROGRESS
        if rng.random() < 0.15 and age < 28:
            case.extension = Extension("Complex request: files in several centres", case.received
                                       + timedelta(days=min(age, rng.randint(5, 25))))


def _set_received(case: Case, received: date) -> None:
    case.received = received
    case.subject.last_consultation = received - timedelta(days=200)
    case.status = Status.IN_PROGRESS
    case.answered = case.closed = case.awaiting_since = case.info_requested = None
    case.extension = None
    case.outcomes = {}


def _answered(case: Case, rng: random.Random, received: date, after_days: int, *, closed: bool) -> None:
    _set_received(case, received)
    case.answered = received + timedelta(days=after_days)
    case.status = Status.CLOSED if closed else Status.ANSWERED
    if closed:
        case.closed = case.answered + timedelta(days=2)
    case.outcomes = {r: _outcome_for(r, rng) for r in case.rights}


def _situations(today: date) -> tuple[Callable[[Case, random.Random], None], ...]:
    """One sample case in each situation the register shows, placed relative to the day the samples are loaded.

    A handful of random cases would mostly be old and closed; with these first, the tiles (overdue, due this
    week, awaiting the requester, identity to verify, answered) and every status have something to show.
    """

    def overdue(case: Case, rng: random.Random) -> None:
        _set_received(case, today - timedelta(days=40))

    def due_this_week(case: Case, rng: random.Random) -> None:
        _set_received(case, today - timedelta(days=27))

    def in_progress(case: Case, rng: random.Random) -> None:
        _set_received(case, today - timedelta(days=6))

    def new(case: Case, rng: random.Random) -> None:
        _set_received(case, today - timedelta(days=1))
        case.status = Status.NEW

    def verifying(case: Case, rng: random.Random) -> None:
        _set_received(case, today - timedelta(days=4))
        case.status = Status.VERIFYING_IDENTITY

    def awaiting(case: Case, rng: random.Random) -> None:
        _set_received(case, today - timedelta(days=12))
        case.status = Status.AWAITING_REQUESTER
        case.awaiting_since = case.info_requested = today - timedelta(days=5)

    def extended(case: Case, rng: random.Random) -> None:
        _set_received(case, today - timedelta(days=45))
        case.extension = Extension("Complex request: files in several centres", today - timedelta(days=25))

    def answered(case: Case, rng: random.Random) -> None:
        _answered(case, rng, today - timedelta(days=20), 15, closed=False)

    def closed_on_time(case: Case, rng: random.Random) -> None:
        _answered(case, rng, today - timedelta(days=95), 21, closed=True)

    def closed_late(case: Case, rng: random.Random) -> None:
        _answered(case, rng, today - timedelta(days=130), 45, closed=True)

    def withdrawn(case: Case, rng: random.Random) -> None:
        _set_received(case, today - timedelta(days=30))
        case.status = Status.WITHDRAWN
        case.closed = today - timedelta(days=18)

    def referred(case: Case, rng: random.Random) -> None:
        # A request about the Doctolib account, sent on to Doctolib as the controller of it.
        _set_received(case, today - timedelta(days=16))
        case.channel = Channel.DOCTOLIB
        case.status = Status.REFERRED
        case.answered = today - timedelta(days=13)

    def refused(case: Case, rng: random.Random) -> None:
        _set_received(case, today - timedelta(days=50))
        case.status = Status.REFUSED
        case.answered = today - timedelta(days=28)
        ground = "GDPR Art 12(5): manifestly unfounded"
        case.outcomes = {r: RightOutcome(OutcomeKind.REFUSED, ground) for r in case.rights}

    return (overdue, due_this_week, in_progress, new, verifying, awaiting, extended, answered, closed_on_time,
            closed_late, withdrawn, referred, refused)


def sample_cases(count: int, seed: int, today: date) -> Iterator[Case]:
    """``count`` sample cases; when there are enough of them, the first ones cover every situation (see
    :func:`_situations`), the others follow a plausible life at random."""
    rng = random.Random(seed)
    situations = _situations(today) if count >= len(_situations(today)) else ()
    for position in range(count):
        case = sample_case(rng, today)
        if position < len(situations):
            situations[position](case, rng)
        yield case


def seed_cases(db: Database, count: int, *, seed: int, clock: Clock, batch: int = 5000) -> list[str]:
    """Insert ``count`` sample cases in bulk (same data for the same seed); returns their references.

    ``count`` is bounded (0 … :data:`~lazeo_desk.domain.validation.SEED_CASES_MAX`): a billion would run until
    memory is gone. Raises ValueError naming the field beyond it.
    """
    problem = count_problem("cases", count, 0, SEED_CASES_MAX)
    if problem is not None:
        raise ValueError(problem)
    today = clock.today()
    now = to_utc(clock.now())
    references: list[str] = []
    # References follow the order of receipt, as they would have been handed out.
    cases = iter(sorted(sample_cases(count, seed, today), key=lambda c: c.received))
    with db.transaction() as session:
        rules = DeadlineRules.load(session)
        next_id = int(session.scalar(select(func.coalesce(func.max(CaseRow.id), 0))) or 0) + 1
        counters = {c.year: c for c in session.scalars(select(ReferenceCounter))}
        remaining = count
        while remaining > 0:
            chunk = [next(cases) for _ in range(min(batch, remaining))]
            remaining -= len(chunk)
            case_rows: list[dict[str, object]] = []
            right_rows: list[dict[str, object]] = []
            event_rows: list[dict[str, object]] = []
            for case in chunk:
                counter = counters.get(case.received.year)
                if counter is None:
                    counter = ReferenceCounter(year=case.received.year, last_sequence=0)
                    session.add(counter)
                    counters[case.received.year] = counter
                counter.last_sequence += 1
                reference = format_reference(case.received.year, counter.last_sequence)
                due, strict = rules.stored_dates(case)
                case_rows.append(
                    {
                        "id": next_id, "reference": reference, "year": case.received.year,
                        "sequence": counter.last_sequence, "due_date": due, "strict_due_date": strict,
                        "version": 1, "created_at": now, "updated_at": now, **case_columns(case),
                    }
                )
                for position, right in enumerate(case.rights):
                    outcome = case.outcomes.get(right)
                    right_rows.append(
                        {"case_id": next_id, "right": right.value, "position": position,
                         "outcome": outcome.kind.value if outcome else None,
                         "ground": outcome.ground if outcome else ""}
                    )
                opening = sample_received(case.channel, day=case.received)
                event_rows.append(
                    {"case_id": next_id, "at": now, "actor": "lazeo-desk", "kind": "opened",
                     "text": str(opening), "sentences": encode_lines([opening])}
                )
                references.append(reference)
                next_id += 1
            session.execute(insert(CaseRow), case_rows)
            session.execute(insert(CaseRightRow), right_rows)
            session.execute(insert(EventRow), event_rows)
            session.flush()
        if count:
            engines.follow_written_ids(session.connection(), CaseRow.__tablename__)
    return references


def count_cases(db: Database) -> int:
    with db.transaction() as session:
        return int(session.scalar(select(func.count()).select_from(CaseRow)) or 0)
